#include "vmware/sparsedelta.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>

namespace ferry::vmware {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vmdk)
};

// The layouts, as described publicly (VMware's sparse-extent notes, qemu's block/vmdk.c):
//
// COWD: sector 0 starts with the magic "COWD" and little-endian u32 fields: version (1), flags,
// capacity (sectors), grain size (sectors), grain directory offset (sectors), number of directory
// entries, first free sector. The directory holds u32 sector numbers of grain tables (0: none);
// each table holds 4096 u32 sector numbers of grains (0: the grain is not in this delta).
//
// SEsparse: a 512-byte "const" header of 26 little-endian u64 (magic 0xcafebabe, version 2.1,
// capacity, grain size 8 sectors, grain table size 64 sectors, flags, 4 reserved, then offset and
// size in sectors of: volatile header, journal header, journal, grain directory, grain tables,
// free bitmap, back map, grains), the rest zero. The volatile header (magic 0xcafecafe) says
// whether the journal must be replayed first. Directory entries are u64: 0 (no table) or
// 0x10000000'xxxxxxxx, x the table's number in the grain tables area. Table entries are u64, the
// top nibble their type: 0 not in this delta (the whole entry 0), 1 unmapped and 2 zero (both read
// as zeros), 3 allocated: the grain's number in the grains area, its low 12 bits stored in bits
// 48-59 and the rest in bits 0-47.
constexpr qint64 kSector = 512;
constexpr qint64 kCowdTableEntries = 4096;
constexpr qint64 kCowdMaxGrainSectors = 0x200000; // 1 GiB; ESXi writes 1
constexpr quint64 kSeConstMagic = 0xcafebabe;
constexpr quint64 kSeVolatileMagic = 0xcafecafe;
constexpr quint64 kSeVersion = 0x0000000200000001;
constexpr qint64 kSeGrainSectors = 8;
constexpr qint64 kSeTableSectors = 64;
constexpr qint64 kSeTableEntries = kSeTableSectors * kSector / 8;
constexpr qint64 kSeMaxCapacitySectors = qint64(1) << 37; // 64 TiB, SEsparse's limit
// Neighbouring grain tables are fetched in one request up to this size, when little of the span
// lies between them.
constexpr qint64 kMaxBatchBytes = 8 * 1024 * 1024;

Error damaged(const QString &details)
{
    return Error(Error::Code::InvalidInput,
        Text::tr("The snapshot delta disk is damaged or is not a delta disk."), details);
}

Error unsupported(const QString &details)
{
    return Error(Error::Code::Unsupported,
        Text::tr("The snapshot delta disk uses a variant Ferry cannot read."), details);
}

quint32 u32At(const QByteArray &bytes, qint64 at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

quint64 u64At(const QByteArray &bytes, qint64 at)
{
    return qFromLittleEndian<quint64>(bytes.constData() + at);
}

QString hex(quint64 value)
{
    return QStringLiteral("0x%1").arg(value, 0, 16);
}

// `read`, with the promise that a short answer is an error.
Result<QByteArray> readExactly(const RangeReader &read, qint64 offset, qint64 length)
{
    Result<QByteArray> bytes = read(offset, length);
    if (!bytes)
        return bytes.error();
    if (bytes->size() != length)
        return damaged(QStringLiteral("read %1 bytes at %2, wanted %3")
                           .arg(bytes->size())
                           .arg(offset)
                           .arg(length));
    return bytes;
}

// Appends grains in increasing virtual order, merging neighbours.
class RunBuilder
{
public:
    explicit RunBuilder(DeltaMap &map)
        : m_map(map)
    { }

    void add(qint64 offset, qint64 fileOffset)
    {
        const qint64 length = std::min(m_map.grainSize, m_map.capacity - offset);
        if (!m_map.runs.isEmpty()) {
            DeltaRun &last = m_map.runs.last();
            const bool adjacent = last.offset + last.length == offset;
            const bool bothZero = last.isZero() && fileOffset < 0;
            const bool contiguousData
                = !last.isZero() && fileOffset >= 0 && last.fileOffset + last.length == fileOffset;
            if (adjacent && (bothZero || contiguousData)) {
                last.length += length;
                return;
            }
        }
        m_map.runs.append(DeltaRun {offset, length, fileOffset});
    }

private:
    DeltaMap &m_map;
};

struct Table
{
    qint64 index = 0; // in the grain directory
    qint64 fileOffset = 0;
};

// Reads the grain tables in directory order, neighbours in the file in one request, and hands
// each to `decode`.
Status readTables(const RangeReader &read, const QVector<Table> &tables, qint64 tableBytes,
    const std::function<Status(qint64 index, const char *table)> &decode)
{
    // Two directory entries naming the same or overlapping tables would let a small file list
    // the same grains over and over (a real delta never shares tables): refused, so the work and
    // the runs stay proportional to the file's size.
    QVector<qint64> offsets;
    offsets.reserve(tables.size());
    for (const Table &t : tables)
        offsets.append(t.fileOffset);
    std::sort(offsets.begin(), offsets.end());
    for (int i = 1; i < offsets.size(); ++i)
        if (offsets[i] - offsets[i - 1] < tableBytes)
            return damaged(QStringLiteral("grain tables at %1 and %2 overlap")
                               .arg(offsets[i - 1])
                               .arg(offsets[i]));
    for (int first = 0; first < tables.size();) {
        qint64 spanStart = tables[first].fileOffset;
        qint64 spanEnd = spanStart + tableBytes;
        int last = first;
        while (last + 1 < tables.size()) {
            const qint64 start = std::min(spanStart, tables[last + 1].fileOffset);
            const qint64 end = std::max(spanEnd, tables[last + 1].fileOffset + tableBytes);
            const qint64 count = last + 2 - first;
            if (end - start > kMaxBatchBytes || end - start > 4 * count * tableBytes)
                break;
            spanStart = start;
            spanEnd = end;
            ++last;
        }
        Result<QByteArray> span = readExactly(read, spanStart, spanEnd - spanStart);
        if (!span)
            return span.error();
        for (int i = first; i <= last; ++i) {
            if (Status s
                = decode(tables[i].index, span->constData() + (tables[i].fileOffset - spanStart));
                !s)
                return s;
        }
        first = last + 1;
    }
    return {};
}

Result<DeltaMap> readCowd(const RangeReader &read, qint64 fileSize, const QByteArray &header)
{
    const quint32 version = u32At(header, 4);
    const qint64 capacitySectors = u32At(header, 12);
    const qint64 grainSectors = u32At(header, 16);
    const qint64 directoryOffset = qint64(u32At(header, 20)) * kSector;
    const qint64 directoryEntries = u32At(header, 24);
    if (version != 1)
        return unsupported(QStringLiteral("COWD version %1").arg(version));
    if (capacitySectors == 0 || grainSectors == 0 || grainSectors > kCowdMaxGrainSectors)
        return damaged(QStringLiteral("COWD capacity %1 sectors, grain %2 sectors")
                           .arg(capacitySectors)
                           .arg(grainSectors));
    DeltaMap map;
    map.format = DeltaFormat::VmfsSparse;
    map.capacity = capacitySectors * kSector;
    map.grainSize = grainSectors * kSector;
    const qint64 tableCoverage = kCowdTableEntries * map.grainSize;
    const qint64 needed = (map.capacity + tableCoverage - 1) / tableCoverage;
    if (directoryEntries < needed)
        return damaged(QStringLiteral("COWD grain directory of %1 entries, the capacity needs %2")
                           .arg(directoryEntries)
                           .arg(needed));
    if (directoryOffset < kSector || directoryOffset + needed * 4 > fileSize)
        return damaged(QStringLiteral("COWD grain directory at %1 outside the file of %2 bytes")
                           .arg(directoryOffset)
                           .arg(fileSize));
    Result<QByteArray> directory = readExactly(read, directoryOffset, needed * 4);
    if (!directory)
        return directory.error();
    const qint64 tableBytes = kCowdTableEntries * 4;
    QVector<Table> tables;
    for (qint64 i = 0; i < needed; ++i) {
        const qint64 at = qint64(u32At(*directory, i * 4)) * kSector;
        if (at == 0)
            continue;
        if (at + tableBytes > fileSize)
            return damaged(QStringLiteral("COWD grain table %1 at %2 past the file's end (%3)")
                               .arg(i)
                               .arg(at)
                               .arg(fileSize));
        tables.append(Table {i, at});
    }
    RunBuilder runs(map);
    const Status status
        = readTables(read, tables, tableBytes, [&](qint64 index, const char *table) -> Status {
              for (qint64 e = 0; e < kCowdTableEntries; ++e) {
                  const qint64 offset = (index * kCowdTableEntries + e) * map.grainSize;
                  if (offset >= map.capacity)
                      break;
                  const qint64 sector = qFromLittleEndian<quint32>(table + e * 4);
                  if (sector == 0)
                      continue;
                  const qint64 length = std::min(map.grainSize, map.capacity - offset);
                  if (sector * kSector + length > fileSize)
                      return damaged(QStringLiteral("COWD grain at virtual %1 points to %2, past "
                                                    "the file's end (%3)")
                                         .arg(offset)
                                         .arg(sector * kSector)
                                         .arg(fileSize));
                  runs.add(offset, sector * kSector);
              }
              return {};
          });
    if (!status)
        return status.error();
    return map;
}

Result<DeltaMap> readSeSparse(const RangeReader &read, qint64 fileSize, const QByteArray &header)
{
    // The const header's fields, in order.
    enum Field {
        Magic,
        Version,
        Capacity,
        GrainSize,
        GrainTableSize,
        Flags,
        Reserved1,
        Reserved4 = Reserved1 + 3,
        VolatileOffset,
        VolatileSize,
        JournalHeaderOffset,
        JournalHeaderSize,
        JournalOffset,
        JournalSize,
        DirectoryOffset,
        DirectorySize,
        TablesOffset,
        TablesSize,
        BitmapOffset,
        BitmapSize,
        BackmapOffset,
        BackmapSize,
        GrainsOffset,
        GrainsSize,
        FieldCount,
    };
    auto field = [&](Field f) {
        return u64At(header, qint64(f) * 8);
    };
    if (field(Version) != kSeVersion)
        return unsupported(QStringLiteral("SEsparse version %1").arg(hex(field(Version))));
    if (field(GrainSize) != quint64(kSeGrainSectors)
        || field(GrainTableSize) != quint64(kSeTableSectors))
        return unsupported(QStringLiteral("SEsparse grain size %1, grain table size %2 sectors")
                               .arg(field(GrainSize))
                               .arg(field(GrainTableSize)));
    if (field(Flags) != 0)
        return unsupported(QStringLiteral("SEsparse flags %1").arg(hex(field(Flags))));
    for (int f = Reserved1; f <= Reserved4; ++f)
        if (field(Field(f)) != 0)
            return unsupported(QStringLiteral("SEsparse reserved field %1 is %2")
                                   .arg(f - Reserved1 + 1)
                                   .arg(hex(field(Field(f)))));
    if (field(Capacity) == 0 || field(Capacity) > quint64(kSeMaxCapacitySectors))
        return damaged(QStringLiteral("SEsparse capacity %1 sectors").arg(field(Capacity)));
    // Offsets and sizes in sectors, each below 2^40 before they are turned into bytes.
    const quint64 kMaxSectors = quint64(1) << 40;
    for (int f = VolatileOffset; f < FieldCount; ++f)
        if (field(Field(f)) > kMaxSectors)
            return damaged(
                QStringLiteral("SEsparse header field %1 is %2").arg(f).arg(hex(field(Field(f)))));

    const qint64 volatileOffset = qint64(field(VolatileOffset)) * kSector;
    if (volatileOffset < kSector || volatileOffset + kSector > fileSize)
        return damaged(QStringLiteral("SEsparse volatile header at %1 outside the file of %2 bytes")
                           .arg(volatileOffset)
                           .arg(fileSize));
    Result<QByteArray> volatileHeader = readExactly(read, volatileOffset, kSector);
    if (!volatileHeader)
        return volatileHeader.error();
    if (u64At(*volatileHeader, 0) != kSeVolatileMagic)
        return damaged(QStringLiteral("SEsparse volatile header magic %1")
                           .arg(hex(u64At(*volatileHeader, 0))));
    if (u64At(*volatileHeader, 24) != 0)
        return unsupported(QStringLiteral("the SEsparse journal must be replayed first (the disk "
                                          "was not closed cleanly)"));

    DeltaMap map;
    map.format = DeltaFormat::SeSparse;
    map.capacity = qint64(field(Capacity)) * kSector;
    map.grainSize = kSeGrainSectors * kSector;
    const qint64 tableCoverage = kSeTableEntries * map.grainSize;
    const qint64 needed = (map.capacity + tableCoverage - 1) / tableCoverage;
    const qint64 directoryOffset = qint64(field(DirectoryOffset)) * kSector;
    const qint64 directoryEntries = qint64(field(DirectorySize)) * kSector / 8;
    if (directoryEntries < needed)
        return damaged(
            QStringLiteral("SEsparse grain directory of %1 entries, the capacity needs %2")
                .arg(directoryEntries)
                .arg(needed));
    if (directoryOffset < kSector || directoryOffset + needed * 8 > fileSize)
        return damaged(QStringLiteral("SEsparse grain directory at %1 outside the file of %2 bytes")
                           .arg(directoryOffset)
                           .arg(fileSize));
    Result<QByteArray> directory = readExactly(read, directoryOffset, needed * 8);
    if (!directory)
        return directory.error();

    const qint64 tablesOffset = qint64(field(TablesOffset)) * kSector;
    const qint64 tableBytes = kSeTableSectors * kSector;
    QVector<Table> tables;
    for (qint64 i = 0; i < needed; ++i) {
        const quint64 entry = u64At(*directory, i * 8);
        if (entry == 0)
            continue;
        if ((entry & 0xffffffff00000000ULL) != 0x1000000000000000ULL)
            return damaged(
                QStringLiteral("SEsparse grain directory entry %1 is %2").arg(i).arg(hex(entry)));
        const qint64 at = tablesOffset + qint64(entry & 0xffffffffULL) * tableBytes;
        if (at < kSector || at + tableBytes > fileSize)
            return damaged(QStringLiteral("SEsparse grain table %1 at %2 past the file's end (%3)")
                               .arg(i)
                               .arg(at)
                               .arg(fileSize));
        tables.append(Table {i, at});
    }

    const qint64 grainsOffset = qint64(field(GrainsOffset)) * kSector;
    RunBuilder runs(map);
    const Status status
        = readTables(read, tables, tableBytes, [&](qint64 index, const char *table) -> Status {
              for (qint64 e = 0; e < kSeTableEntries; ++e) {
                  const qint64 offset = (index * kSeTableEntries + e) * map.grainSize;
                  if (offset >= map.capacity)
                      break;
                  const quint64 entry = qFromLittleEndian<quint64>(table + e * 8);
                  switch (entry >> 60) {
                  case 0:
                      if (entry != 0)
                          return damaged(QStringLiteral("SEsparse grain entry %1 at virtual %2")
                                             .arg(hex(entry))
                                             .arg(offset));
                      break;
                  case 1: // unmapped (SCSI UNMAP): reads as zeros
                  case 2: // zero
                      runs.add(offset, -1);
                      break;
                  case 3: {
                      const quint64 grain
                          = ((entry >> 48) & 0xfff) | ((entry & 0xffffffffffffULL) << 12);
                      // grain < 2^60; below 2^40 its byte offset cannot overflow.
                      const qint64 length = std::min(map.grainSize, map.capacity - offset);
                      const qint64 at = grain < (quint64(1) << 40)
                          ? grainsOffset + qint64(grain) * map.grainSize
                          : -1;
                      if (at < 0 || at + length > fileSize)
                          return damaged(QStringLiteral("SEsparse grain at virtual %1 is grain %2, "
                                                        "past the file's end (%3)")
                                             .arg(offset)
                                             .arg(grain)
                                             .arg(fileSize));
                      runs.add(offset, at);
                      break;
                  }
                  default:
                      return damaged(QStringLiteral("SEsparse grain entry %1 at virtual %2")
                                         .arg(hex(entry))
                                         .arg(offset));
                  }
              }
              return {};
          });
    if (!status)
        return status.error();
    return map;
}
} // namespace

qint64 DeltaMap::dataBytes() const
{
    qint64 bytes = 0;
    for (const DeltaRun &run : runs)
        if (!run.isZero())
            bytes += run.length;
    return bytes;
}

Result<DeltaMap> readDeltaMap(const RangeReader &read, qint64 fileSize)
{
    if (fileSize < kSector)
        return damaged(
            QStringLiteral("the file has %1 bytes, less than one header sector").arg(fileSize));
    Result<QByteArray> header = readExactly(read, 0, kSector);
    if (!header)
        return header.error();
    if (header->startsWith("COWD"))
        return readCowd(read, fileSize, *header);
    if (u64At(*header, 0) == kSeConstMagic)
        return readSeSparse(read, fileSize, *header);
    if (header->startsWith("KDMV"))
        return unsupported(QStringLiteral("a hosted sparse extent (KDMV), not an ESXi delta"));
    return damaged(
        QStringLiteral("magic %1").arg(hex(qFromBigEndian<quint32>(header->constData()))));
}

Status checkDeltaFormat(const QString &extentType, DeltaFormat format)
{
    const QString type = extentType.toUpper();
    const bool agrees = (format == DeltaFormat::VmfsSparse && type == QLatin1String("VMFSSPARSE"))
        || (format == DeltaFormat::SeSparse && type == QLatin1String("SESPARSE"));
    if (agrees)
        return {};
    return damaged(QStringLiteral("the descriptor names a %1 extent, the file is %2")
                       .arg(extentType,
                           format == DeltaFormat::VmfsSparse ? QStringLiteral("VMFSSPARSE (COWD)")
                                                             : QStringLiteral("SESPARSE")));
}

} // namespace ferry::vmware
