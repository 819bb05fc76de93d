#include "engine/disksource.h"

#include "vmware/datastore.h"
#include "vmware/datastorechain.h"

namespace ferry::engine {

transfer::DiskSource diskSourceOf(const vmware::FlatExtent &extent,
    const std::shared_ptr<const vmware::DatastoreChain> &chain, const QByteArray &cookie,
    const QString &pinnedSha256)
{
    transfer::DiskSource src;
    src.extentUrl = extent.url;
    src.pinnedSha256 = pinnedSha256;
    src.sizeBytes = extent.sizeBytes;
    src.cookie = cookie;
    if (!chain)
        return src;
    src.chainFiles << chain->base.url;
    for (const vmware::RangedFile &delta : chain->deltas)
        src.chainFiles << delta.url;
    src.chainLayout = [chain](qint64 offset, qint64 length) {
        QVector<transfer::ChainRead> reads;
        for (const vmware::ChainPiece &p : chain->chain.pieces(offset, length)) {
            if (p.source == vmware::ChainPiece::Source::Base)
                reads.push_back({p.offset, p.length, 0, p.fileOffset});
            else if (p.source == vmware::ChainPiece::Source::Delta)
                reads.push_back({p.offset, p.length, p.delta + 1, p.fileOffset});
            else
                reads.push_back({p.offset, p.length, -1, 0});
        }
        return reads;
    };
    return src;
}

} // namespace ferry::engine
