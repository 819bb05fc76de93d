#pragma once

#include "util/result.h"
#include "vmware/datastore.h"
#include "vmware/deltachain.h"
#include "vmware/sparsedelta.h"

#include <QString>
#include <QVector>

#include <memory>

namespace ferry::vmware {

// A disk's snapshot chain as it lies on the datastore, mapped: its descriptors, the base's flat
// extent and every delta file opened for ranged reads, and the merged grain maps. What a copy
// of the disk's current state needs; read() gives its bytes.
struct DatastoreChain
{
    QString datastore;
    QVector<ChainLink> links; // the descriptors, base first (paths relative to the datastore)
    RangedFile base; // the base's flat extent
    QVector<RangedFile> deltas; // the delta extents, oldest first (links[i + 1]'s)
    QVector<DeltaMap> maps; // their grains, in the same order
    DeltaChain chain;

    qint64 size() const { return chain.size(); }
    // The disk's current content at [offset, offset + length): base bytes and delta grains read
    // by ranges, zeros where the chain has none. Must lie inside size().
    Result<QByteArray> read(qint64 offset, qint64 length) const;
};

// Resolves the chain below `topDiskFileName` ("[ds] dir/vm-000002.vmdk", the VM's current
// backing) over `datastores`: reads each descriptor, follows parentFileNameHint (resolveChain),
// reads every delta's grain tables by ranges (readDeltaMap) and opens the base's flat extent.
// A parent missing on the datastore is a NotFound error naming it. A disk without snapshots
// gives a chain of the base alone.
Result<DatastoreChain> mapDatastoreChain(
    const Datastores &datastores, const QString &topDiskFileName);

// What a copy reads for one disk: the flat extent of a disk without snapshots, or its snapshot
// chain. For a chain, `extent` names the base's flat extent, the disk's size (the newest delta's
// capacity) and the CID of the current (newest) descriptor.
struct DiskContent
{
    FlatExtent extent;
    QVector<ChainLink> links; // a chain's descriptors, base first; empty without snapshots
    std::shared_ptr<const DatastoreChain> chain; // mapped (ChainDepth::Grains) chains only

    bool isChain() const { return !links.isEmpty(); }
    // "web/web.vmdk <- web-000001.vmdk (vmfsSparse) <- web-000002.vmdk (seSparse)", for logs.
    QString describe() const;
};

enum class ChainDepth {
    // Only the descriptors (and the chain's consistency): what can be read while the VM runs
    // and holds its newest delta open.
    Descriptors,
    // The descriptors and every delta's grain tables: once the VM is off, what the copy needs.
    Grains,
};

// Reads the descriptor of `diskFileName` ("[ds] dir/disk.vmdk", a VM's current backing) and
// locates what holds its content: a flat extent (checkCopyable), or a snapshot chain resolved to
// its base (and, with ChainDepth::Grains, mapped). Layouts Ferry cannot read are Unsupported.
Result<DiskContent> locateDiskContent(
    const Datastores &datastores, const QString &diskFileName, ChainDepth depth);

} // namespace ferry::vmware
