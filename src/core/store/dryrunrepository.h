#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QVector>

#include <memory>

namespace ferry {

class Database;

// The last conversion dry run of an instance (docs/conversion.md, "Dry run").
struct ConversionDryRunRecord
{
    qint64 instanceId = 0;
    QDateTime ranAt;
    bool disksRead = false; // false: the VM ran (its disks are in use), or no tools here
    double seconds = 0;
    QJsonArray findings; // [{severity, code, message}]
};

class DryRunRepository final
{
public:
    explicit DryRunRepository(std::shared_ptr<Database> db);

    // Replaces the instance's last dry run.
    Status save(const ConversionDryRunRecord &record) const;
    // The last dry runs of these instances (those that have one), by instance id.
    Result<QVector<ConversionDryRunRecord>> forInstances(const QList<qint64> &instanceIds) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ferry
