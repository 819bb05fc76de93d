#pragma once

#include "model/instance.h"
#include "util/result.h"

#include <QStringList>
#include <QVector>

#include <memory>

namespace ferry {

class Database;

// The imported VMs with their disks, NICs and snapshots, which are always read and written
// together. An instance is identified by (source, source-specific id); its uuid and id stay the
// same across syncs.
class InstanceRepository final
{
public:
    explicit InstanceRepository(std::shared_ptr<Database> db);

    // Inserts or updates the instance found by (sourceId, sourceSpecificId) and replaces its
    // disks, NICs and snapshots, in one transaction; returns its id. An empty uuid gets a new
    // one; an existing row keeps its uuid. Overrides belong to people: a new row takes the ones
    // the instance carries, an existing row keeps its own (change them with setOverrides()).
    Result<qint64> save(const Instance &instance) const;
    // The same for many instances in one transaction (a sync); the ids in the same order.
    Result<QVector<qint64>> saveAll(const QVector<Instance> &instances) const;

    Status setOverrides(qint64 id, const InstanceOverrides &overrides) const;
    Status clearOverrides(qint64 id) const;

    // Sets missing_since (now) on the instances of the source whose source-specific id is not in
    // keepSourceSpecificIds and that were not missing yet; returns how many it marked.
    Result<int> markMissing(qint64 sourceId, const QStringList &keepSourceSpecificIds) const;

    Status remove(qint64 id) const;

    Result<Instance> byId(qint64 id) const;
    Result<Instance> byUuid(const QString &uuid) const;
    Result<Instance> bySourceSpecificId(qint64 sourceId, const QString &sourceSpecificId) const;
    // Inventory paths are unique within a source only, so this may return several.
    Result<QVector<Instance>> byLocation(const QString &location) const;
    Result<QVector<Instance>> bySource(qint64 sourceId) const;
    // The instances a batch matched (batch_instances).
    Result<QVector<Instance>> byBatch(qint64 batchId) const;
    // Every instance, ordered by location; one query per table whatever the number of rows.
    Result<QVector<Instance>> all() const;

private:
    Result<QVector<Instance>> load(const QString &where, const QVariantList &values) const;
    Result<Instance> loadOne(
        const QString &where, const QVariantList &values, const QString &what) const;

    std::shared_ptr<Database> m_db;
};

} // namespace ferry
