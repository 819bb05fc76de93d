#include "store/enginelockrepository.h"

#include "store/database.h"
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

namespace {

// Whether a process with this id exists on this machine (it may be another program that got the
// id again: then the lock waits for the heartbeat to age, the safe side).
bool processExists(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno != ESRCH);
#else
    Q_UNUSED(pid);
    return true;
#endif
}

Result<std::optional<EngineLockHolder>> readHolder(QSqlDatabase &c)
{
    auto q = Database::exec(c,
        QStringLiteral("SELECT pid, host, started_at, heartbeat_at FROM engine_lock WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<EngineLockHolder>();
    EngineLockHolder h;
    h.pid = q->value(0).toLongLong();
    h.host = q->value(1).toString();
    h.startedAt = fromDbTime(q->value(2));
    h.heartbeatAt = fromDbTime(q->value(3));
    return std::optional<EngineLockHolder>(h);
}

bool isHeldBy(const EngineLockHolder &h, qint64 pid, const QString &host)
{
    return h.pid == pid && h.host == host;
}

Error heldBy(const EngineLockHolder &h)
{
    return Error(Error::Code::Conflict,
        QCoreApplication::translate("EngineLockRepository",
            "Another Ferry engine drives this database: process %1 on %2, running since %3, "
            "last heartbeat %4.")
            .arg(QString::number(h.pid), h.host, h.startedAt.toLocalTime().toString(Qt::ISODate),
                h.heartbeatAt.toLocalTime().toString(Qt::ISODate)),
        QStringLiteral("pid=%1 host=%2 heartbeat=%3")
            .arg(QString::number(h.pid), h.host, toDbTime(h.heartbeatAt)));
}

} // namespace

EngineLockRepository::EngineLockRepository(std::shared_ptr<Database> db, qint64 staleAfterMs)
    : m_db(std::move(db))
    , m_staleAfterMs(staleAfterMs)
{ }

Status EngineLockRepository::acquire(qint64 pid, const QString &host) const
{
    return m_db->transaction([&](QSqlDatabase &c) -> Status {
        auto current = readHolder(c);
        if (!current)
            return current.error();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (*current) {
            const EngineLockHolder &h = **current;
            if (isHeldBy(h, pid, host)) {
                auto q = Database::exec(c,
                    QStringLiteral("UPDATE engine_lock SET heartbeat_at = ? WHERE id = 1"),
                    {toDbTime(now)});
                return q ? Status() : Status(q.error());
            }
            const bool stale
                = !h.heartbeatAt.isValid() || h.heartbeatAt.msecsTo(now) > m_staleAfterMs;
            // On this machine a holder that is gone (killed, crashed) needs no waiting for its
            // heartbeat to age: a restart after kill -9 goes on at once.
            const bool gone = h.host == currentHost() && !processExists(h.pid);
            if (!stale && !gone)
                return heldBy(h);
            qCInfo(lcStore) << "taking over the engine lock of" << (gone ? "the gone" : "the stale")
                            << "process" << h.pid << "on" << h.host << "last heartbeat"
                            << toDbTime(h.heartbeatAt);
        }
        auto q = Database::exec(c,
            QStringLiteral(
                "INSERT INTO engine_lock (id, pid, host, started_at, heartbeat_at) "
                "VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "pid = excluded.pid, host = excluded.host, "
                "started_at = excluded.started_at, heartbeat_at = excluded.heartbeat_at"),
            {pid, host, toDbTime(now), toDbTime(now)});
        return q ? Status() : Status(q.error());
    });
}

Status EngineLockRepository::heartbeat(qint64 pid, const QString &host) const
{
    return m_db->transaction([&](QSqlDatabase &c) -> Status {
        auto q = Database::exec(c,
            QStringLiteral(
                "UPDATE engine_lock SET heartbeat_at = ? WHERE id = 1 AND pid = ? AND host = ?"),
            {nowDbTime(), pid, host});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 1)
            return {};
        auto current = readHolder(c);
        if (!current)
            return current.error();
        if (!*current)
            return Error(Error::Code::Conflict,
                QCoreApplication::translate("EngineLockRepository",
                    "This engine no longer holds the lock of the database."));
        return Error(Error::Code::Conflict,
            QCoreApplication::translate("EngineLockRepository",
                "This engine no longer holds the lock of the database: process %1 on %2 took "
                "it over.")
                .arg(QString::number((*current)->pid), (*current)->host),
            heldBy(**current).details);
    });
}

Status EngineLockRepository::release(qint64 pid, const QString &host) const
{
    return m_db->transaction([&](QSqlDatabase &c) -> Status {
        auto q = Database::exec(c,
            QStringLiteral("DELETE FROM engine_lock WHERE id = 1 AND pid = ? AND host = ?"),
            {pid, host});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 1)
            return {};
        auto current = readHolder(c);
        if (!current)
            return current.error();
        if (*current)
            return heldBy(**current);
        return {};
    });
}

Result<std::optional<EngineLockHolder>> EngineLockRepository::holder() const
{
    QSqlDatabase c = m_db->connection();
    return readHolder(c);
}

Status EngineLockRepository::acquire() const
{
    return acquire(currentPid(), currentHost());
}

Status EngineLockRepository::heartbeat() const
{
    return heartbeat(currentPid(), currentHost());
}

Status EngineLockRepository::release() const
{
    return release(currentPid(), currentHost());
}

qint64 EngineLockRepository::currentPid()
{
    return QCoreApplication::applicationPid();
}

QString EngineLockRepository::currentHost()
{
    return QSysInfo::machineHostName();
}

} // namespace ferry
