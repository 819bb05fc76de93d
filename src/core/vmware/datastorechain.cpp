#include "vmware/datastorechain.h"

#include <QCoreApplication>

namespace ferry::vmware {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Datastores)
};

QString directoryOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash + 1);
}
} // namespace

Result<QByteArray> DatastoreChain::read(qint64 offset, qint64 length) const
{
    if (offset < 0 || length < 0 || offset > size() - length)
        return Error(Error::Code::Internal,
            QStringLiteral("Read of %1 bytes at %2 past the end of the chain (%3 bytes).")
                .arg(length)
                .arg(offset)
                .arg(size()));
    QByteArray out;
    out.reserve(static_cast<qsizetype>(length));
    for (const ChainPiece &p : chain.pieces(offset, length)) {
        if (p.source == ChainPiece::Source::Zero) {
            out.append(QByteArray(static_cast<qsizetype>(p.length), '\0'));
            continue;
        }
        const RangedFile &file = p.source == ChainPiece::Source::Base ? base : deltas.at(p.delta);
        Result<QByteArray> bytes = file.read(p.fileOffset, p.length);
        if (!bytes)
            return bytes.error();
        out.append(*bytes);
    }
    if (out.size() != length)
        return Error(Error::Code::Internal,
            QStringLiteral("The chain's pieces cover %1 of %2 bytes at %3.")
                .arg(out.size())
                .arg(length)
                .arg(offset));
    return out;
}

Result<DatastoreChain> mapDatastoreChain(
    const Datastores &datastores, const QString &topDiskFileName)
{
    const DatastorePath top = DatastorePath::parse(topDiskFileName);
    if (!top.isValid())
        return Error(Error::Code::Unsupported,
            Text::tr("Disk %1 is not on a datastore.").arg(topDiskFileName));

    DatastoreChain out;
    out.datastore = top.datastore;
    // The descriptors are small files; read whole with a ranged reader, which says plainly
    // when one is missing (a parent named by a delta but deleted or renamed).
    auto links = resolveChain(top.path, [&](const QString &path) -> Result<QByteArray> {
        Result<RangedFile> file = datastores.openRanged(top.datastore, path);
        if (!file && file.error().code == Error::Code::NotFound && path != top.path)
            return Error(Error::Code::NotFound,
                Text::tr("The snapshot chain of %1 names the parent disk [%2] %3, which is not "
                         "on the datastore; consolidate the disk's snapshots in vSphere.")
                    .arg(topDiskFileName, top.datastore, path),
                file.error().message);
        if (!file)
            return file.error();
        if (file->size > 1024 * 1024)
            return Error(Error::Code::Unsupported,
                Text::tr("[%1] %2 is not a disk descriptor.").arg(top.datastore, path),
                QStringLiteral("%1 bytes").arg(file->size));
        return file->read(0, file->size);
    });
    if (!links)
        return links.error();
    out.links = *links;

    const ChainLink &baseLink = out.links.first();
    auto base = datastores.openRanged(
        top.datastore, directoryOf(baseLink.path) + baseLink.descriptor.extents.first().file);
    if (!base)
        return base.error();
    const qint64 baseSize = baseLink.descriptor.sizeBytes();
    if (base->size < baseSize)
        return Error(Error::Code::InvalidInput,
            Text::tr("The flat extent [%1] %2 is shorter than its descriptor says.")
                .arg(top.datastore, base->path),
            QStringLiteral("%1 bytes, the descriptor says %2").arg(base->size).arg(baseSize));
    out.base = *base;

    for (qsizetype i = 1; i < out.links.size(); ++i) {
        const ChainLink &link = out.links.at(i);
        const VmdkExtent &extent = link.descriptor.extents.first();
        auto delta = datastores.openRanged(top.datastore, directoryOf(link.path) + extent.file);
        if (!delta)
            return delta.error();
        auto map = readDeltaMap(delta->read, delta->size);
        if (!map)
            return map.error();
        if (Status st = checkDeltaFormat(extent.type, map->format); !st)
            return st.error();
        out.deltas.append(*delta);
        out.maps.append(*map);
    }
    auto chain = DeltaChain::build(baseSize, out.maps);
    if (!chain)
        return chain.error();
    out.chain = *chain;
    return out;
}

QString DiskContent::describe() const
{
    if (links.isEmpty())
        return extent.url.path();
    QStringList parts;
    for (const ChainLink &link : links) {
        const QString name = parts.isEmpty() ? link.path : link.path.section(QLatin1Char('/'), -1);
        parts << (link.descriptor.isDelta()
                ? QStringLiteral("%1 (%2)").arg(name, link.descriptor.createType)
                : name);
    }
    return parts.join(QStringLiteral(" <- "));
}

Result<DiskContent> locateDiskContent(
    const Datastores &datastores, const QString &diskFileName, ChainDepth depth)
{
    const DatastorePath where = DatastorePath::parse(diskFileName);
    if (!where.isValid())
        return Error(
            Error::Code::Unsupported, Text::tr("Disk %1 is not on a datastore.").arg(diskFileName));
    auto text = datastores.read(where.datastore, where.path);
    if (!text)
        return text.error();
    auto top = parseVmdkDescriptor(*text);
    if (!top)
        return top.error();
    DiskContent out;
    if (!top->isDelta()) {
        if (Status st = checkCopyable(*top); !st)
            return st.error();
        out.extent.url
            = datastores.folderUrl(where.datastore, where.directory() + top->extents.first().file);
        out.extent.sizeBytes = top->sizeBytes();
        out.extent.descriptorCid = top->cid;
        return out;
    }
    if (depth == ChainDepth::Grains) {
        auto chain = mapDatastoreChain(datastores, diskFileName);
        if (!chain)
            return chain.error();
        out.links = chain->links;
        out.extent.url = chain->base.url;
        out.extent.sizeBytes = chain->size();
        out.extent.descriptorCid = chain->links.last().descriptor.cid;
        out.chain = std::make_shared<const DatastoreChain>(std::move(*chain));
        return out;
    }
    auto links = resolveChain(where.path, [&](const QString &path) -> Result<QByteArray> {
        if (path == where.path)
            return *text;
        return datastores.read(where.datastore, path);
    });
    if (!links)
        return links.error();
    out.links = *links;
    const ChainLink &base = out.links.first();
    out.extent.url = datastores.folderUrl(
        where.datastore, directoryOf(base.path) + base.descriptor.extents.first().file);
    out.extent.sizeBytes = top->sizeBytes();
    out.extent.descriptorCid = top->cid;
    return out;
}

} // namespace ferry::vmware
