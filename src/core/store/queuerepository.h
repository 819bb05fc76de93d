#pragma once

#include "model/queueentry.h"
#include "util/result.h"

#include <QHash>
#include <QVector>

#include <memory>

namespace ferry {

class Database;

// The durable migration queue: one entry per (batch, instance), its per-disk progress and its
// log. Status changes go through updateStatus(), a compare-and-set, so two writers can never
// both move an entry out of the same status. (Which transitions are allowed is the engine's
// business, not the store's.)
class QueueRepository final
{
public:
    explicit QueueRepository(std::shared_ptr<Database> db);

    // Fencing (docs/scale.md): with an engine id set, update() and updateStatus() change the entry
    // only while that engine holds it (queue_entries.engine_id), so a job whose lease passed to
    // another engine cannot write over the new holder's work; they fail with Conflict instead
    // (details "lease-lost"). Empty (the default): no check.
    void setFence(const QString &engineId) { m_fence = engineId; }
    const QString &fence() const { return m_fence; }

    // Stores the entry with its initial status and message; AlreadyExists when the instance is
    // queued in the batch already.
    Result<qint64> insert(const QueueEntry &entry) const;
    // Every field except status and status message (those only change through updateStatus())
    // and keepLeftovers.
    Status update(const QueueEntry &entry) const;
    // A cancel's choice to keep what the migration created on the target.
    Status setKeepLeftovers(qint64 id, bool keep) const;
    // Sets `to` and message only if the entry is still in `from`; Conflict (naming the
    // status it found) otherwise, NotFound when there is no such entry.
    Status updateStatus(qint64 id, QueueStatus from, QueueStatus to, const QString &message) const;
    // Removes the entry with its progress and log.
    Status remove(qint64 id) const;

    Result<QueueEntry> byId(qint64 id) const;
    Result<QueueEntry> byBatchAndInstance(qint64 batchId, qint64 instanceId) const;
    Result<QVector<QueueEntry>> byBatch(qint64 batchId) const;
    // An instance has one entry per batch that queued it.
    Result<QVector<QueueEntry>> byInstance(qint64 instanceId) const;
    Result<QVector<QueueEntry>> byStatus(QueueStatus status) const;
    Result<QVector<QueueEntry>> all() const;

    // Inserts or replaces the progress of one disk (by position). An invalid startedAt keeps the
    // stored one, so the engine need not carry it on every update; updatedAt is set here.
    Status setDiskProgress(qint64 entryId, const DiskProgress &progress) const;
    Result<QVector<DiskProgress>> diskProgress(qint64 entryId) const;
    // The progress of every entry of a batch, by entry id, in one query (the dashboard).
    Result<QHash<qint64, QVector<DiskProgress>>> diskProgressOfBatch(qint64 batchId) const;
    Status clearDiskProgress(qint64 entryId) const;

    // Appends a line (level debug, info, warning or error) stamped now; returns its id.
    Result<qint64> appendLog(qint64 entryId, const QString &level, const QString &message) const;
    // The lines of the entry with an id greater than afterId, oldest first: pass the id of the
    // last line seen to read only what is new. limit 0: no limit.
    Result<QVector<LogLine>> log(qint64 entryId, qint64 afterId = 0, int limit = 0) const;

private:
    Result<QVector<QueueEntry>> load(const QString &where, const QVariantList &values) const;

    // Conflict when a fenced write found the entry held by another engine (or none); else {}.
    Status checkFence(qint64 id) const;

    std::shared_ptr<Database> m_db;
    QString m_fence;
};

} // namespace ferry
