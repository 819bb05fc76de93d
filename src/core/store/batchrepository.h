#pragma once

#include "model/batch.h"
#include "util/result.h"

#include <QVector>

#include <memory>

namespace ferry {

class Database;

// Batches with their migration windows and constraints (always read and written together, in
// one transaction) and the set of instances each batch matched.
class BatchRepository final
{
public:
    explicit BatchRepository(std::shared_ptr<Database> db);

    // The batch with its windows and constraints; their ids are ignored and assigned here. The
    // order of the vectors is kept.
    Result<qint64> insert(const Batch &batch) const;
    // The definition, windows and constraints; not the status (see updateStatus()). Windows
    // and constraints are matched by name: a kept one keeps its id (queue entries point at
    // windows), a new one is added, one no longer listed is removed.
    Status update(const Batch &batch) const;
    // One of batchstatus::*.
    Status updateStatus(qint64 id, const QString &status, const QString &message) const;
    // Removes the batch with its windows, constraints, membership and queue entries.
    Status remove(qint64 id) const;

    Result<Batch> byId(qint64 id) const;
    Result<Batch> byName(const QString &name) const;
    // Every batch ordered by name; one query per table whatever the number of batches.
    Result<QVector<Batch>> all() const;

    // Replaces the instances the batch matched (batch_instances) by instanceIds.
    Status setMatched(qint64 batchId, const QVector<qint64> &instanceIds) const;
    // The ids of the instances the batch matched, ascending.
    Result<QVector<qint64>> matched(qint64 batchId) const;

private:
    Result<QVector<Batch>> load(const QString &where, const QVariantList &values) const;
    Result<Batch> loadOne(
        const QString &where, const QVariantList &values, const QString &what) const;

    std::shared_ptr<Database> m_db;
};

} // namespace ferry
