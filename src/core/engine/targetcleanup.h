#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace ferry::incus {
class IncusClient;
} // namespace ferry::incus

namespace ferry::engine {

// Removes what attempts of one queue entry left on a target: the instances and custom volumes
// that carry its user.ferry.* markers (incus::targetstate::leftovers), nothing else. Serves the
// clean-up before a copy (a retry never makes a duplicate) and the one after a failure.
class TargetCleanup final
{
public:
    using Log = std::function<void(const QString &line)>;

    TargetCleanup(incus::IncusClient &client, QString project, qint64 entryId, QString uuid,
        Log log, const std::atomic_bool *cancel = nullptr);

    // Our instances go (stopped first). With `name`: an instance of that name that is not ours
    // for this entry is a Conflict, and nothing is deleted.
    Status removeInstances(const QString &name = {});
    // Our custom volumes in each of `pools` go.
    Status removeVolumes(const QStringList &pools);

private:
    incus::IncusClient &m_client;
    QString m_project;
    qint64 m_entryId;
    QString m_uuid;
    Log m_log;
    const std::atomic_bool *m_cancel;
};

} // namespace ferry::engine
