#include "vmware/vmdkdescriptor.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
    VmdkDescriptor d;
    qint64 totalSectors = 0;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
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
