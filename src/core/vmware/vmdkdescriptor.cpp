#include "vmware/vmdkdescriptor.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStringDecoder>

#include <functional>

namespace ferry::vmware {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vmdk)
};

// 1 PiB in 512-byte sectors: far above vSphere's largest disk (62 TB), far below where
// sectors * 512 overflows. Larger extents (or sums of them) are refused while parsing, so
// sizeBytes() cannot overflow (found by fuzzing: "RW 9223372036854775807 FLAT ...").
constexpr qint64 kMaxSectors = qint64(1) << 41;

// windows-1252's 0x80..0x9F (0: unassigned, read as U+FFFD); the other bytes are Latin-1.
constexpr char16_t kCp1252High[32] = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

QString fromWindows1252(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 && b < 0xA0)
            out.append(kCp1252High[b - 0x80] ? QChar(kCp1252High[b - 0x80]) : QChar(0xFFFD));
        else
            out.append(QChar(char16_t(b)));
    }
    return out;
}

// The value of ddb.encoding, found before anything else is decoded (the key is ASCII in every
// encoding a descriptor uses).
QString encodingOf(const QList<QByteArray> &lines)
{
    static const QRegularExpression key(QStringLiteral("^\\s*ddb\\.encoding\\s*=\\s*\"([^\"]*)\""));
    for (const QByteArray &raw : lines)
        if (raw.contains("ddb.encoding"))
            if (auto m = key.match(QString::fromLatin1(raw)); m.hasMatch())
                return m.captured(1).trimmed();
    return {};
}
} // namespace

qint64 VmdkDescriptor::sizeBytes() const
{
    qint64 sectors = 0;
    for (const VmdkExtent &e : extents)
        sectors += e.sectors;
    return sectors * 512;
}

bool VmdkDescriptor::isDelta() const
{
    const QString type = createType.toLower();
    return type == QLatin1String("vmfssparse") || type == QLatin1String("sesparse")
        || !parentFileNameHint.isEmpty()
        || (!parentCid.isEmpty() && parentCid != QLatin1String("ffffffff"));
}

Result<VmdkDescriptor> parseVmdkDescriptor(const QByteArray &text)
{
    if (text.size() > 64 * 1024 || text.contains('\0'))
        return Error(Error::Code::Unsupported,
            Text::tr("The disk's .vmdk file is not a text descriptor (a binary sparse or "
                     "stream-optimised VMDK); only flat disks can be copied."));
    static const QRegularExpression createType(
        QStringLiteral("^\\s*createType\\s*=\\s*\"([^\"]*)\""));
    static const QRegularExpression parentHint(
        QStringLiteral("^\\s*parentFileNameHint\\s*=\\s*\"([^\"]*)\""));
    static const QRegularExpression cid(
        QStringLiteral("^\\s*(parent)?CID\\s*=\\s*([0-9A-Fa-f]{1,8})\\s*$"));
    static const QRegularExpression extent(QStringLiteral(
        "^\\s*(RW|RDONLY|NOACCESS)\\s+(\\d+)\\s+(\\w+)(?:\\s+\"([^\"]*)\"(?:\\s+(\\d+))?)?\\s*$"));
    static const QRegularExpression thin(
        QStringLiteral("^\\s*ddb\\.thinProvisioned\\s*=\\s*\"([^\"]*)\""));
    VmdkDescriptor d;
    qint64 totalSectors = 0;
    const QList<QByteArray> lines = text.split('\n');
    // vSphere writes descriptors in the encoding ddb.encoding names: UTF-8 on current ESXi,
    // windows-1252 from older hosts and Workstation, which matters for non-ASCII file names.
    d.encoding = encodingOf(lines);
    const QString enc = d.encoding.toLower();
    std::function<QString(const QByteArray &)> decode;
    if (enc.isEmpty() || enc == QLatin1String("utf-8") || enc == QLatin1String("utf8"))
        decode = [](const QByteArray &b) {
            return QString::fromUtf8(b);
        };
    else if (enc == QLatin1String("windows-1252") || enc == QLatin1String("cp1252")
        || enc == QLatin1String("iso-8859-1") || enc == QLatin1String("latin1"))
        decode = enc.startsWith(QLatin1String("iso")) || enc == QLatin1String("latin1")
            ? std::function<QString(const QByteArray &)>(
                [](const QByteArray &b) { return QString::fromLatin1(b); })
            : std::function<QString(const QByteArray &)>(fromWindows1252);
    else {
        const QByteArray name = d.encoding.toLatin1();
        if (!QStringDecoder(name.constData()).isValid())
            return Error(Error::Code::Unsupported,
                Text::tr("The disk descriptor is written in the encoding \"%1\", which Ferry "
                         "cannot read.")
                    .arg(d.encoding));
        decode = [name](const QByteArray &b) {
            QStringDecoder decoder(name.constData());
            return QString(decoder.decode(b));
        };
    }
    for (const QByteArray &raw : lines) {
        const QString line = decode(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (auto m = createType.match(line); m.hasMatch()) {
            d.createType = m.captured(1);
            continue;
        }
        if (auto m = parentHint.match(line); m.hasMatch()) {
            d.parentFileNameHint = m.captured(1);
            continue;
        }
        if (auto m = thin.match(line); m.hasMatch()) {
            d.thinProvisioned = m.captured(1).trimmed() == QLatin1String("1");
            continue;
        }
        if (auto m = cid.match(line); m.hasMatch()) {
            (m.captured(1).isEmpty() ? d.cid : d.parentCid) = m.captured(2).toLower();
            continue;
        }
        if (auto m = extent.match(line); m.hasMatch()) {
            VmdkExtent e;
            e.access = m.captured(1);
            bool sectorsOk = false;
            e.sectors = m.captured(2).toLongLong(&sectorsOk);
            e.type = m.captured(3).toUpper();
            e.file = m.captured(4);
            bool offsetOk = m.captured(5).isEmpty();
            if (!offsetOk)
                e.offset = m.captured(5).toLongLong(&offsetOk);
            // Both below 2^41 before the sum, so the sum cannot overflow either.
            if (!sectorsOk || !offsetOk || e.sectors > kMaxSectors || e.offset > kMaxSectors
                || (totalSectors += e.sectors) > kMaxSectors)
                return Error(Error::Code::Unsupported,
                    Text::tr("The disk descriptor names an extent larger than any disk (%1 sectors "
                             "at offset %2).")
                        .arg(m.captured(2),
                            m.captured(5).isEmpty() ? QStringLiteral("0") : m.captured(5)));
            d.extents << e;
        }
    }
    if (d.createType.isEmpty() || d.extents.isEmpty())
        return Error(Error::Code::Unsupported,
            Text::tr("The disk descriptor names no create type or no extent."));
    return d;
}

Result<QString> resolveParentPath(const QString &childPath, const QString &hint)
{
    const qsizetype slash = childPath.lastIndexOf(QLatin1Char('/'));
    const QString childDir = slash < 0 ? QString() : childPath.left(slash + 1);
    const auto elsewhere = [&]() {
        return Error(Error::Code::Unsupported,
            Text::tr("The disk's snapshot chain has its base in another directory (a linked "
                     "clone); Ferry cannot copy such a disk yet."),
            QStringLiteral("%1: parentFileNameHint %2").arg(childPath, hint));
    };
    if (hint.isEmpty())
        return elsewhere();
    if (hint.startsWith(QLatin1Char('/'))) {
        // /vmfs/volumes/<volume>/<directory>/<file>
        static const QRegularExpression absolute(
            QStringLiteral("^/vmfs/volumes/[^/]+/(.+/)?([^/]+)$"));
        const auto m = absolute.match(QDir::cleanPath(hint));
        if (!m.hasMatch() || m.captured(1) != childDir)
            return elsewhere();
        return QString(childDir + m.captured(2));
    }
    const QString joined = QDir::cleanPath(childDir + hint);
    if (joined.startsWith(QLatin1String("../")) || joined == QLatin1String("..")
        || joined.startsWith(QLatin1Char('/')))
        return elsewhere();
    return joined;
}

Status checkCopyable(const VmdkDescriptor &d)
{
    const QString type = d.createType.toLower();
    const bool flatLayout = type == QLatin1String("vmfs") || type == QLatin1String("monolithicflat")
        || type == QLatin1String("twogbmaxextentflat") || type == QLatin1String("vmfsthin")
        || type == QLatin1String("vmfseagerzeroedthick");
    if (!flatLayout)
        return Error(Error::Code::Unsupported,
            Text::tr("Disks of type \"%1\" cannot be copied yet; Ferry copies flat disks.")
                .arg(d.createType));
    if (d.extents.size() != 1)
        return Error(Error::Code::Unsupported,
            Text::tr("The disk has %1 extents; Ferry copies disks with one extent.")
                .arg(d.extents.size()));
    const VmdkExtent &e = d.extents.first();
    if ((e.type != QLatin1String("VMFS") && e.type != QLatin1String("FLAT")) || e.offset != 0
        || e.file.isEmpty())
        return Error(Error::Code::Unsupported,
            Text::tr("The disk's extent of type %1 cannot be copied.").arg(e.type));
    return {};
}

} // namespace ferry::vmware
