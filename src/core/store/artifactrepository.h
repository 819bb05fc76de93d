#pragma once

#include "model/artifact.h"
#include "util/result.h"

#include <QVector>

#include <memory>

namespace ferry {

class Database;

// Artifacts (SDKs, drivers, OS images) that migrations may need, and the queue entries that
// wait for one.
class ArtifactRepository final
{
public:
    explicit ArtifactRepository(std::shared_ptr<Database> db);

    // An empty uuid gets a new one. insert() and update() stamp lastUpdated with now.
    Result<qint64> insert(const Artifact &artifact) const;
    Status update(const Artifact &artifact) const;
    Status remove(qint64 id) const;
    Result<Artifact> byId(qint64 id) const;
    Result<Artifact> byUuid(const QString &uuid) const;
    Result<QVector<Artifact>> byType(const QString &type) const;
    Result<QVector<Artifact>> all() const;
    Result<QVector<Artifact>> bySha256(const QString &sha256) const;

    // The queue entries Blocked until an artifact of `type` is there (artifact_waits): the
    // engine records one, adding such an artifact releases them.
    Status addWait(qint64 entryId, const QString &type) const;
    Result<QVector<qint64>> waitingEntries(const QString &type) const;
    Status clearWait(qint64 entryId) const;

private:
    Result<QVector<Artifact>> load(const QString &where, const QVariantList &values) const;

    std::shared_ptr<Database> m_db;
};

} // namespace ferry
