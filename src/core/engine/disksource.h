#pragma once

#include "transfer/vmimport.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace ferry::vmware {
struct DatastoreChain;
struct FlatExtent;
} // namespace ferry::vmware

namespace ferry::engine {

// Where the copy reads one disk: its flat extent, or, for a disk with snapshots, the mapped chain
// (the base's flat extent and every delta file, each range of the disk read where the newest
// delta that has it put it, zeros where a delta says so).
transfer::DiskSource diskSourceOf(const vmware::FlatExtent &extent,
    const std::shared_ptr<const vmware::DatastoreChain> &chain, const QByteArray &cookie,
    const QString &pinnedSha256);

} // namespace ferry::engine
