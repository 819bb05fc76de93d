#pragma once

#include "instances/instancesmodel.h"

#include <QString>

#include <memory>
#include <vector>

namespace ferry {
class Database;
}

namespace ferry::gui {

// What the Instances page loads off the GUI thread: the rows (in location order, as the
// repository returns them) with their collation ranks, or why they could not be read.
struct LoadedInstances
{
    std::vector<InstanceRow> rows;
    InstancesModel::Ranks ranks;
    QString error;
    QString errorDetails;
    qint64 elapsedMs = 0;
};

// Reads every instance and builds the rows; runs on a worker thread (its own connection).
std::shared_ptr<LoadedInstances> loadInstances(const std::shared_ptr<Database> &database);

} // namespace ferry::gui
