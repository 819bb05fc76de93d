#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace ferry {

class Database;

// The process that drives the queue of a database.
struct EngineLockHolder
{
    qint64 pid = 0;
    QString host;
    QDateTime startedAt;
    QDateTime heartbeatAt;
};

// Exactly one engine may drive a database (the GUI and ferryctl share it). The engine acquires
// the lock at start, renews it with heartbeat() well within the stale limit, and releases it at
// exit; a lock whose heartbeat is older than the stale limit belongs to a crashed process and
// may be taken over. Every check-and-write runs in one BEGIN IMMEDIATE transaction, so two
// processes racing for the lock cannot both win.
class EngineLockRepository final
{
public:
    static constexpr qint64 kDefaultStaleAfterMs = 60 * 1000;

    explicit EngineLockRepository(
        std::shared_ptr<Database> db, qint64 staleAfterMs = kDefaultStaleAfterMs);

    // Succeeds when nobody holds the lock, when the holder's heartbeat is stale, or when
    // (pid, host) holds it already (that only renews the heartbeat). Conflict naming the holder
    // otherwise.
    Status acquire(qint64 pid, const QString &host) const;
    // Conflict when (pid, host) does not hold the lock any more: another engine took it over, so
    // this one must stop driving the queue.
    Status heartbeat(qint64 pid, const QString &host) const;
    // Gives the lock up if (pid, host) holds it; nothing to do when nobody does; Conflict naming
    // the holder when someone else does.
    Status release(qint64 pid, const QString &host) const;
    // Who holds the lock (stale or not); std::nullopt when nobody does.
    Result<std::optional<EngineLockHolder>> holder() const;

    // The same for this process (QCoreApplication::applicationPid(), the machine's host name).
    Status acquire() const;
    Status heartbeat() const;
    Status release() const;
    static qint64 currentPid();
    static QString currentHost();

    qint64 staleAfterMs() const { return m_staleAfterMs; }

private:
    std::shared_ptr<Database> m_db;
    qint64 m_staleAfterMs;
};

} // namespace ferry
