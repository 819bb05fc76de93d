#include "transfer/diskpatches.h"

#include "transfer/transferinternal.h"

#include <QFile>

#include <algorithm>
#include <cstring>

namespace ferry::transfer {

qint64 DiskPatches::bytes() const
{
    qint64 n = 0;
    for (const PatchRegion &r : regions)
        n += r.length;
    return n;
}

Status DiskPatches::validate(qint64 sizeBytes) const
{
    qint64 end = 0;
    for (const PatchRegion &r : regions) {
        if (r.offset < end || r.length <= 0 || r.offset + r.length > sizeBytes
            || (r.fileOffset >= 0 && file.isEmpty()))
            return Error(Error::Code::Internal,
                TransferText::tr("bug: the conversion's changes do not fit the disk."),
                QStringLiteral("region %1+%2 after %3, disk %4 bytes")
                    .arg(r.offset)
                    .arg(r.length)
                    .arg(end)
                    .arg(sizeBytes));
        end = r.offset + r.length;
    }
    return {};
}

Status applyPatches(const DiskPatches &patches, qint64 offset, QByteArray &data, QFile &file)
{
    const qint64 end = offset + data.size();
    // The first region that ends after offset.
    auto it = std::upper_bound(patches.regions.cbegin(), patches.regions.cend(), offset,
        [](qint64 at, const PatchRegion &r) { return at < r.offset + r.length; });
    for (; it != patches.regions.cend() && it->offset < end; ++it) {
        const qint64 from = qMax(offset, it->offset);
        const qint64 to = qMin(end, it->offset + it->length);
        char *dst = data.data() + (from - offset);
        if (it->fileOffset < 0) {
            std::memset(dst, 0, size_t(to - from));
            continue;
        }
        if (!file.isOpen() && !file.open(QIODevice::ReadOnly))
            return Error(Error::Code::Io,
                TransferText::tr("The conversion's changes cannot be read: %1")
                    .arg(file.errorString()));
        if (!file.seek(it->fileOffset + (from - it->offset))
            || file.read(dst, to - from) != to - from)
            return Error(Error::Code::Io,
                TransferText::tr("The conversion's changes cannot be read: %1")
                    .arg(file.errorString()));
    }
    return {};
}

} // namespace ferry::transfer
