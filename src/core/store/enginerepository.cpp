#include "store/enginerepository.h"

#include "store/database.h"
#include "store/jsoncolumns.h"
#include "store/queuerepository.h"
#include "store/repositorysupport.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>

#include <cerrno>
#ifdef Q_OS_UNIX
#include <signal.h>
#endif

namespace ferry {

using namespace repositorysupport;

namespace {

// Whether a process with this id exists on this machine (another program may have the id again:
// then the engine's row waits for its heartbeat to age, the safe side).
bool processExists(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno != ESRCH);
#else
    Q_UNUSED(pid);
    return true;
#endif
}

// No engine holds it: no engine named, no lease, or a lease that ran out. `?` is now.
const QString kUnheld
    = QStringLiteral("(engine_id IS NULL OR lease_until IS NULL OR lease_until < ?)");

Error noEngine(const QString &engineId)
{
    return Error(Error::Code::NotFound,
        QCoreApplication::translate(
            "EngineRepository", "The engine %1 is not registered in the database (any more).")
            .arg(engineId));
}

} // namespace

EngineRepository::EngineRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{ }

Status EngineRepository::registerEngine(const EngineRecord &engine) const
{
    const QString now = nowDbTime();
    auto q = m_db->exec(
        QStringLiteral("INSERT INTO engines (id, host, pid, started_at, heartbeat_at, version, "
                       "restrictions) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {engine.id, engine.host, engine.pid, now, now, engine.version, engine.restrictions});
    if (!q)
        return describeWriteError(q.error(),
            QCoreApplication::translate("EngineRepository", "The engine %1 is registered already.")
                .arg(engine.id));
    return {};
}

Result<QVector<qint64>> EngineRepository::heartbeat(const QString &engineId, qint64 leaseMs) const
{
    QVector<qint64> held;
    Status st = m_db->transaction([&](QSqlDatabase &c) -> Status {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto beat
            = Database::write(c, QStringLiteral("UPDATE engines SET heartbeat_at = ? WHERE id = ?"),
                {toDbTime(now), engineId});
        if (!beat)
            return beat.error();
        if (*beat != 1)
            return noEngine(engineId);
        auto renew = Database::write(c,
            QStringLiteral("UPDATE queue_entries SET lease_until = ? WHERE engine_id = ?"),
            {toDbTime(now.addMSecs(leaseMs)), engineId});
        if (!renew)
            return renew.error();
        auto q = Database::exec(c,
            QStringLiteral("SELECT id FROM queue_entries WHERE engine_id = ? ORDER BY id"),
            {engineId});
        if (!q)
            return q.error();
        while (q->next())
            held << q->value(0).toLongLong();
        return {};
    });
    if (!st)
        return st.error();
    return held;
}

Status EngineRepository::updateRestrictions(
    const QString &engineId, const QString &restrictions) const
{
    auto q = m_db->exec(QStringLiteral("UPDATE engines SET restrictions = ? WHERE id = ?"),
        {restrictions, engineId});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1 ? Status() : Status(noEngine(engineId));
}

Status EngineRepository::unregisterEngine(const QString &engineId) const
{
    return m_db->transaction([&](QSqlDatabase &c) -> Status {
        auto released = Database::write(c,
            QStringLiteral("UPDATE queue_entries SET engine_id = NULL, lease_until = NULL WHERE "
                           "engine_id = ?"),
            {engineId});
        if (!released)
            return released.error();
        auto removed
            = Database::write(c, QStringLiteral("DELETE FROM engines WHERE id = ?"), {engineId});
        return removed ? Status() : Status(removed.error());
    });
}

Result<QVector<EngineRecord>> EngineRepository::list() const
{
    auto q = m_db->exec(QStringLiteral(
        "SELECT e.id, e.host, e.pid, e.started_at, e.heartbeat_at, e.version, e.restrictions, "
        "(SELECT COUNT(*) FROM queue_entries q WHERE q.engine_id = e.id) "
        "FROM engines e ORDER BY e.started_at, e.id"));
    if (!q)
        return q.error();
    QVector<EngineRecord> out;
    while (q->next()) {
        EngineRecord e;
        int i = 0;
        e.id = q->value(i++).toString();
        e.host = q->value(i++).toString();
        e.pid = q->value(i++).toLongLong();
        e.startedAt = fromDbTime(q->value(i++));
        e.heartbeatAt = fromDbTime(q->value(i++));
        e.version = q->value(i++).toString();
        e.restrictions = q->value(i++).toString();
        e.heldEntries = q->value(i++).toInt();
        out << e;
    }
    return out;
}

Result<int> EngineRepository::removeDeadEngines(qint64 staleAfterMs) const
{
    int removed = 0;
    Status st = m_db->transaction([&](QSqlDatabase &c) -> Status {
        auto q = Database::exec(
            c, QStringLiteral("SELECT id, host, pid, heartbeat_at FROM engines ORDER BY id"));
        if (!q)
            return q.error();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString thisHost = currentHost();
        QStringList dead;
        while (q->next()) {
            const QString id = q->value(0).toString();
            const QString host = q->value(1).toString();
            const qint64 pid = q->value(2).toLongLong();
            const QDateTime beat = fromDbTime(q->value(3));
            const bool stale = !beat.isValid() || beat.msecsTo(now) > staleAfterMs;
            const bool gone = host == thisHost && !processExists(pid);
            if (!stale && !gone)
                continue;
            qCInfo(lcStore) << "the engine" << id << "( process" << pid << "on" << host << ") is"
                            << (gone ? "gone" : "stale") << "; last heartbeat" << toDbTime(beat)
                            << "; its leases end";
            dead << id;
        }
        q->finish();
        for (const QString &id : std::as_const(dead)) {
            auto released = Database::write(c,
                QStringLiteral("UPDATE queue_entries SET lease_until = NULL, engine_id = NULL "
                               "WHERE engine_id = ?"),
                {id});
            if (!released)
                return released.error();
            auto gone
                = Database::write(c, QStringLiteral("DELETE FROM engines WHERE id = ?"), {id});
            if (!gone)
                return gone.error();
            ++removed;
        }
        return {};
    });
    if (!st)
        return st.error();
    return removed;
}

Result<std::optional<QueueEntry>> EngineRepository::claim(
    qint64 entryId, const QString &engineId, qint64 leaseMs, const ClaimDecision &decide) const
{
    std::optional<QueueEntry> claimed;
    Status st = m_db->transaction([&](QSqlDatabase &c) -> Status {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString nowText = toDbTime(now);
        // The row itself: locked against every other claimer until the commit; one that another
        // transaction has locked already is skipped, not waited for.
        // (A lease of this engine itself is one it did not give back: a release that failed.)
        QString select = QStringLiteral("SELECT id FROM queue_entries WHERE id = ? AND status = ? "
                                        "AND (%1 OR engine_id = ?)")
                             .arg(kUnheld);
        if (m_db->isPostgreSQL())
            select += QStringLiteral(" FOR UPDATE SKIP LOCKED");
        auto row = Database::exec(
            c, select, {entryId, queuestatus::wireName(QueueStatus::Waiting), nowText, engineId});
        if (!row)
            return row.error();
        if (!row->next())
            return {};
        row->finish();

        ClaimView view;
        view.now = now;
        auto entry = QueueRepository(m_db).byId(entryId); // this thread's connection: in here
        if (!entry)
            return entry.error();
        view.entry = *entry;

        auto held = Database::exec(c,
            QStringLiteral("SELECT q.id, q.batch_id, q.instance_id, i.source_id, q.placement_json, "
                           "q.engine_id "
                           "FROM queue_entries q JOIN instances i ON i.id = q.instance_id "
                           "WHERE q.engine_id IS NOT NULL AND q.lease_until >= ? ORDER BY q.id"),
            {nowText});
        if (!held)
            return held.error();
        while (held->next()) {
            HeldEntry h;
            h.entryId = held->value(0).toLongLong();
            h.batchId = held->value(1).toLongLong();
            h.instanceId = held->value(2).toLongLong();
            h.sourceId = held->value(3).toLongLong();
            h.targetName = jsoncolumns::toObject(held->value(4))
                               .value(QStringLiteral("target_name"))
                               .toString();
            h.engineId = held->value(5).toString();
            view.held << h;
        }
        auto windows = Database::exec(c,
            QStringLiteral("SELECT window_id, COUNT(*) FROM queue_entries WHERE batch_id = ? AND "
                           "window_id IS NOT NULL AND id <> ? GROUP BY window_id"),
            {view.entry.batchId, entryId});
        if (!windows)
            return windows.error();
        while (windows->next())
            view.assignedPerWindow.insert(
                windows->value(0).toLongLong(), windows->value(1).toInt());

        const std::optional<qint64> window = decide(view);
        if (!window)
            return {};
        auto written = Database::write(c,
            QStringLiteral("UPDATE queue_entries SET engine_id = ?, lease_until = ?, "
                           "window_id = ?, updated_at = ? WHERE id = ?"),
            {engineId, toDbTime(now.addMSecs(leaseMs)), nullableId(*window), nowText, entryId});
        if (!written)
            return written.error();
        QueueEntry e = view.entry;
        e.engineId = engineId;
        e.leaseUntil = now.addMSecs(leaseMs);
        e.windowId = *window;
        claimed = e;
        return {};
    });
    if (!st)
        return st.error();
    return claimed;
}

Result<bool> EngineRepository::holds(qint64 entryId, const QString &engineId) const
{
    auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM queue_entries WHERE id = ? AND "
                                       "engine_id = ? AND lease_until >= ?"),
        {entryId, engineId, nowDbTime()});
    if (!q)
        return q.error();
    return q->next() && q->value(0).toLongLong() == 1;
}

Status EngineRepository::release(qint64 entryId, const QString &engineId) const
{
    auto q = m_db->exec(QStringLiteral("UPDATE queue_entries SET engine_id = NULL, lease_until = "
                                       "NULL WHERE id = ? AND engine_id = ?"),
        {entryId, engineId});
    return q ? Status() : Status(q.error());
}

Result<QVector<qint64>> EngineRepository::recoverOrphans(
    const QVector<QueueStatus> &activeStatuses, const QString &message) const
{
    QStringList names;
    for (QueueStatus s : activeStatuses)
        names << queuestatus::wireName(s);
    QVector<qint64> moved;
    Status st = m_db->transaction([&](QSqlDatabase &c) -> Status {
        const QString now = nowDbTime();
        auto q = Database::exec(c,
            QStringLiteral("SELECT id, status FROM queue_entries WHERE status IN "
                           "(SELECT value FROM json_each(?)) AND %1 ORDER BY id")
                .arg(kUnheld),
            {jsonList(names), now});
        if (!q)
            return q.error();
        QVector<QPair<qint64, QString>> found;
        while (q->next())
            found << qMakePair(q->value(0).toLongLong(), q->value(1).toString());
        q->finish();
        const QString waiting = queuestatus::wireName(QueueStatus::Waiting);
        for (const auto &[id, status] : std::as_const(found)) {
            auto written = Database::write(c,
                QStringLiteral("UPDATE queue_entries SET status = ?, status_message = ?, "
                               "engine_id = NULL, lease_until = NULL, updated_at = ? "
                               "WHERE id = ? AND status = ? AND %1")
                    .arg(kUnheld),
                {waiting, message, now, id, status, now});
            if (!written)
                return written.error();
            if (*written != 1)
                continue;
            auto logged = Database::exec(c,
                QStringLiteral("INSERT INTO queue_log (queue_entry_id, at, level, message) "
                               "VALUES (?, ?, 'info', ?)"),
                {id, now, QStringLiteral("%1: %2").arg(waiting, message)});
            if (!logged)
                return logged.error();
            qCInfo(lcStore).noquote() << "entry" << id << status << "->" << waiting << message;
            moved << id;
        }
        return {};
    });
    if (!st)
        return st.error();
    return moved;
}

QString EngineRepository::currentHost()
{
    return QSysInfo::machineHostName();
}

qint64 EngineRepository::currentPid()
{
    return QCoreApplication::applicationPid();
}

} // namespace ferry
