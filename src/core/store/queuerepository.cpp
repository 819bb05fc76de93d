#include "store/queuerepository.h"

#include "store/database.h"
#include "store/jsoncolumns.h"
#include "store/repositorysupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <limits>

namespace ferry {

using namespace repositorysupport;

namespace {

const QString kColumns = QStringLiteral(
    "id, batch_id, instance_id, status, status_message, import_stage, window_id, placement_json, "
    "target_instance_name, source_was_running, source_powered_off_by_ferry, target_created, "
    "retry_count, next_attempt_at, last_background_sync, created_at, updated_at, keep_leftovers, "
    "engine_id, lease_until");

// A status the database names but this version does not know (a newer Ferry wrote it, or a
// hand edit): the entry cannot be read, and the caller gets an error instead of a guess.
Error unknownStatus(qint64 id, const QString &stored)
{
    return Error(Error::Code::Database,
        QCoreApplication::translate("QueueRepository",
            "The queue entry %1 has the status \"%2\", which this version of Ferry does not know.")
            .arg(QString::number(id), stored));
}

Result<QueueEntry> fromRow(const QSqlQuery &q)
{
    QueueEntry e;
    int i = 0;
    e.id = q.value(i++).toLongLong();
    e.batchId = q.value(i++).toLongLong();
    e.instanceId = q.value(i++).toLongLong();
    if (const QString stored = q.value(i++).toString();
        !queuestatus::fromWireName(stored, &e.status))
        return unknownStatus(e.id, stored);
    e.statusMessage = q.value(i++).toString();
    e.importStage = q.value(i++).toString();
    e.windowId = q.value(i++).toLongLong(); // NULL reads as 0
    e.placement = jsoncolumns::toObject(q.value(i++));
    e.targetInstanceName = q.value(i++).toString();
    e.sourceWasRunning = q.value(i++).toBool();
    e.sourcePoweredOffByFerry = q.value(i++).toBool();
    e.targetCreated = q.value(i++).toBool();
    e.retryCount = q.value(i++).toInt();
    e.nextAttemptAt = fromDbTime(q.value(i++));
    e.lastBackgroundSync = fromDbTime(q.value(i++));
    e.createdAt = fromDbTime(q.value(i++));
    e.updatedAt = fromDbTime(q.value(i++));
    e.keepLeftovers = q.value(i++).toBool();
    e.engineId = q.value(i++).toString(); // NULL reads as empty
    e.leaseUntil = fromDbTime(q.value(i++));
    return e;
}

const QString kProgressColumns
    = QStringLiteral("queue_entry_id, disk_position, disk_name, bytes_total, bytes_done, "
                     "bytes_sent, rate_bps, sha256, started_at, updated_at");

DiskProgress progressFromRow(const QSqlQuery &q)
{
    DiskProgress p;
    int i = 1;
    p.diskPosition = q.value(i++).toInt();
    p.diskName = q.value(i++).toString();
    p.bytesTotal = q.value(i++).toLongLong();
    p.bytesDone = q.value(i++).toLongLong();
    p.bytesSent = q.value(i++).toLongLong();
    p.rateBps = q.value(i++).toDouble();
    p.sha256 = q.value(i++).toString();
    p.startedAt = fromDbTime(q.value(i++));
    p.updatedAt = fromDbTime(q.value(i++));
    return p;
}

Error notFound(qint64 id)
{
    return Error(Error::Code::NotFound,
        QCoreApplication::translate("QueueRepository", "No queue entry with id %1.").arg(id));
}

Error writeError(const Error &e, const QueueEntry &entry)
{
    return describeWriteError(e,
        QCoreApplication::translate(
            "QueueRepository", "The instance %1 is already queued in the batch %2.")
            .arg(QString::number(entry.instanceId), QString::number(entry.batchId)),
        QCoreApplication::translate("QueueRepository",
            "The batch %1, the instance %2 or the migration window %3 does not exist.")
            .arg(QString::number(entry.batchId), QString::number(entry.instanceId),
                QString::number(entry.windowId)));
}

Result<QueueEntry> single(Result<QVector<QueueEntry>> found, const Error &missing)
{
    if (!found)
        return found.error();
    if (found->isEmpty())
        return missing;
    return found->first();
}

} // namespace

QueueRepository::QueueRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{ }

Result<qint64> QueueRepository::insert(const QueueEntry &entry) const
{
    const QString now = nowDbTime();
    auto q = m_db->exec(
        QStringLiteral(
            "INSERT INTO queue_entries (batch_id, instance_id, status, status_message, "
            "import_stage, window_id, placement_json, target_instance_name, source_was_running, "
            "source_powered_off_by_ferry, target_created, retry_count, next_attempt_at, "
            "last_background_sync, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {entry.batchId, entry.instanceId, queuestatus::wireName(entry.status), entry.statusMessage,
            entry.importStage, nullableId(entry.windowId), jsoncolumns::fromObject(entry.placement),
            entry.targetInstanceName, entry.sourceWasRunning, entry.sourcePoweredOffByFerry,
            entry.targetCreated, entry.retryCount, nullableTime(entry.nextAttemptAt),
            nullableTime(entry.lastBackgroundSync), now, now});
    if (!q)
        return writeError(q.error(), entry);
    return insertedId(*q);
}

Status QueueRepository::setKeepLeftovers(qint64 id, bool keep) const
{
    auto q = m_db->exec(
        QStringLiteral("UPDATE queue_entries SET keep_leftovers = ? WHERE id = ?"), {keep, id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return notFound(id);
    return {};
}

Status QueueRepository::update(const QueueEntry &entry) const
{
    QVariantList values {entry.importStage, nullableId(entry.windowId),
        jsoncolumns::fromObject(entry.placement), entry.targetInstanceName, entry.sourceWasRunning,
        entry.sourcePoweredOffByFerry, entry.targetCreated, entry.retryCount,
        nullableTime(entry.nextAttemptAt), nullableTime(entry.lastBackgroundSync), nowDbTime(),
        entry.id};
    QString sql = QStringLiteral(
        "UPDATE queue_entries SET import_stage = ?, window_id = ?, placement_json = ?, "
        "target_instance_name = ?, source_was_running = ?, source_powered_off_by_ferry = ?, "
        "target_created = ?, retry_count = ?, next_attempt_at = ?, last_background_sync = ?, "
        "updated_at = ? WHERE id = ?");
    if (!m_fence.isEmpty()) {
        sql += QStringLiteral(" AND engine_id = ?");
        values << m_fence;
    }
    auto q = m_db->exec(sql, values);
    if (!q)
        return writeError(q.error(), entry);
    if (q->numRowsAffected() != 1) {
        if (Status fenced = checkFence(entry.id); !fenced)
            return fenced;
        return notFound(entry.id);
    }
    return {};
}

Status QueueRepository::updateStatus(
    qint64 id, QueueStatus from, QueueStatus to, const QString &message) const
{
    const QString fromStatus = queuestatus::wireName(from);
    const QString toStatus = queuestatus::wireName(to);
    QVariantList values {toStatus, message, nowDbTime(), id, fromStatus};
    QString sql = QStringLiteral("UPDATE queue_entries SET status = ?, status_message = ?, "
                                 "updated_at = ? WHERE id = ? AND status = ?");
    if (!m_fence.isEmpty()) {
        sql += QStringLiteral(" AND engine_id = ?");
        values << m_fence;
    }
    auto q = m_db->exec(sql, values);
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 1)
        return {};
    // Nothing changed: say why. The status read here is only for the message.
    if (Status fenced = checkFence(id); !fenced)
        return fenced;
    auto found = m_db->exec(QStringLiteral("SELECT status FROM queue_entries WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (!found->next())
        return notFound(id);
    const QString current = found->value(0).toString();
    return Error(Error::Code::Conflict,
        QCoreApplication::translate("QueueRepository",
            "The queue entry %1 is \"%2\", not \"%3\"; it was not changed to \"%4\".")
            .arg(QString::number(id), current, fromStatus, toStatus),
        QStringLiteral("expected=%1 actual=%2").arg(fromStatus, current));
}

Status QueueRepository::checkFence(qint64 id) const
{
    if (m_fence.isEmpty())
        return {};
    auto found
        = m_db->exec(QStringLiteral("SELECT engine_id FROM queue_entries WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (!found->next())
        return notFound(id);
    const QString holder = found->value(0).toString();
    if (holder == m_fence)
        return {};
    return Error(Error::Code::Conflict,
        QCoreApplication::translate("QueueRepository",
            "The queue entry %1 is no longer held by this engine (its lease ended or passed to "
            "another engine); it was not changed.")
            .arg(id),
        QStringLiteral("lease-lost holder=%1")
            .arg(holder.isEmpty() ? QStringLiteral("none") : holder));
}

Status QueueRepository::remove(qint64 id) const
{
    auto q = m_db->exec(QStringLiteral("DELETE FROM queue_entries WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return notFound(id);
    return {};
}

Result<QueueEntry> QueueRepository::byId(qint64 id) const
{
    return single(load(QStringLiteral("id = ?"), {id}), notFound(id));
}

Result<QueueEntry> QueueRepository::byBatchAndInstance(qint64 batchId, qint64 instanceId) const
{
    return single(load(QStringLiteral("batch_id = ? AND instance_id = ?"), {batchId, instanceId}),
        Error(Error::Code::NotFound,
            QCoreApplication::translate(
                "QueueRepository", "The instance %1 is not queued in the batch %2.")
                .arg(QString::number(instanceId), QString::number(batchId))));
}

Result<QVector<QueueEntry>> QueueRepository::byBatch(qint64 batchId) const
{
    return load(QStringLiteral("batch_id = ?"), {batchId});
}

Result<QVector<QueueEntry>> QueueRepository::byInstance(qint64 instanceId) const
{
    return load(QStringLiteral("instance_id = ?"), {instanceId});
}

Result<QVector<QueueEntry>> QueueRepository::byStatus(QueueStatus status) const
{
    return load(QStringLiteral("status = ?"), {queuestatus::wireName(status)});
}

Result<QVector<QueueEntry>> QueueRepository::all() const
{
    return load({}, {});
}

Status QueueRepository::setDiskProgress(qint64 entryId, const DiskProgress &p) const
{
    auto q = m_db->exec(
        QStringLiteral(
            "INSERT INTO queue_disk_progress (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (queue_entry_id, disk_position) DO UPDATE SET "
            "disk_name = excluded.disk_name, bytes_total = excluded.bytes_total, "
            "bytes_done = excluded.bytes_done, bytes_sent = excluded.bytes_sent, "
            "rate_bps = excluded.rate_bps, sha256 = excluded.sha256, "
            "started_at = COALESCE(excluded.started_at, queue_disk_progress.started_at), "
            "updated_at = excluded.updated_at")
            .arg(kProgressColumns),
        {entryId, p.diskPosition, p.diskName, p.bytesTotal, p.bytesDone, p.bytesSent, p.rateBps,
            p.sha256, nullableTime(p.startedAt), nowDbTime()});
    if (!q)
        return describeWriteError(q.error(), {}, notFound(entryId).message);
    return {};
}

Result<QVector<DiskProgress>> QueueRepository::diskProgress(qint64 entryId) const
{
    auto q
        = m_db->exec(QStringLiteral("SELECT %1 FROM queue_disk_progress WHERE queue_entry_id = ? "
                                    "ORDER BY disk_position")
                         .arg(kProgressColumns),
            {entryId});
    if (!q)
        return q.error();
    QVector<DiskProgress> out;
    while (q->next())
        out << progressFromRow(*q);
    return out;
}

Result<QHash<qint64, QVector<DiskProgress>>> QueueRepository::diskProgressOfBatch(
    qint64 batchId) const
{
    auto q = m_db->exec(QStringLiteral("SELECT %1 FROM queue_disk_progress WHERE queue_entry_id IN "
                                       "(SELECT id FROM queue_entries WHERE batch_id = ?) "
                                       "ORDER BY queue_entry_id, disk_position")
                            .arg(kProgressColumns),
        {batchId});
    if (!q)
        return q.error();
    QHash<qint64, QVector<DiskProgress>> out;
    while (q->next())
        out[q->value(0).toLongLong()] << progressFromRow(*q);
    return out;
}

Status QueueRepository::clearDiskProgress(qint64 entryId) const
{
    auto q = m_db->exec(
        QStringLiteral("DELETE FROM queue_disk_progress WHERE queue_entry_id = ?"), {entryId});
    if (!q)
        return q.error();
    return {};
}

Result<qint64> QueueRepository::appendLog(
    qint64 entryId, const QString &level, const QString &message) const
{
    static const QStringList levels = {QStringLiteral("debug"), QStringLiteral("info"),
        QStringLiteral("warning"), QStringLiteral("error")};
    if (!levels.contains(level))
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("QueueRepository", "Unknown log level %1.").arg(level));
    auto q = m_db->exec(QStringLiteral("INSERT INTO queue_log (queue_entry_id, at, level, message) "
                                       "VALUES (?, ?, ?, ?) RETURNING id"),
        {entryId, nowDbTime(), level, message});
    if (!q)
        return describeWriteError(q.error(), {}, notFound(entryId).message);
    return insertedId(*q);
}

Result<QVector<LogLine>> QueueRepository::log(qint64 entryId, qint64 afterId, int limit) const
{
    auto q = m_db->exec(QStringLiteral("SELECT id, at, level, message FROM queue_log "
                                       "WHERE queue_entry_id = ? AND id > ? ORDER BY id LIMIT ?"),
        {entryId, afterId, limit > 0 ? qint64(limit) : std::numeric_limits<qint64>::max()});
    if (!q)
        return q.error();
    QVector<LogLine> out;
    while (q->next()) {
        LogLine line;
        line.id = q->value(0).toLongLong();
        line.at = fromDbTime(q->value(1));
        line.level = q->value(2).toString();
        line.message = q->value(3).toString();
        out << line;
    }
    return out;
}

Result<QVector<QueueEntry>> QueueRepository::load(
    const QString &where, const QVariantList &values) const
{
    auto q = m_db->exec(
        QStringLiteral("SELECT %1 FROM queue_entries%2 ORDER BY id")
            .arg(kColumns, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
        values);
    if (!q)
        return q.error();
    QVector<QueueEntry> out;
    while (q->next()) {
        auto entry = fromRow(*q);
        if (!entry)
            return entry.error();
        out << *entry;
    }
    return out;
}

} // namespace ferry
