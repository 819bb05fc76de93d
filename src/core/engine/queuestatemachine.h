#pragma once

#include "model/queueentry.h"
#include "util/result.h"

#include <QString>
#include <QVector>

#include <memory>

namespace ferry {

class Database;

namespace engine {

// The allowed transitions of a queue entry, as a table in code. Every status change of the
// engine goes through transition(): it checks the table, then writes with the repository's
// compare-and-set (so two writers can never both move an entry out of the same status) and
// appends the change to the entry's log. An illegal transition is a bug: it is refused with an
// Internal error, logged, and never written.
class QueueStateMachine final
{
public:
    struct Edge
    {
        QueueStatus from;
        QueueStatus to;
    };

    explicit QueueStateMachine(std::shared_ptr<Database> db);

    static const QVector<Edge> &table();
    static bool isAllowed(QueueStatus from, QueueStatus to);
    // No transition leaves it (Finished).
    static bool isFinal(QueueStatus status);
    // A job is (or was, before a crash) working on it.
    static bool isActive(QueueStatus status);
    // Cancel and retry are offered.
    static bool canCancel(QueueStatus status);
    static bool canRetry(QueueStatus status);

    // Moves `entry` from entry.status to `to` with `message`. On success entry.status and
    // entry.statusMessage are updated. Internal ("bug: ...") for a transition outside the table,
    // Conflict when the stored status is not entry.status any more (someone else moved it).
    Status transition(QueueEntry &entry, QueueStatus to, const QString &message) const;

    // Transitions only while this engine holds the entry (QueueRepository::setFence).
    void setFence(const QString &engineId) { m_fence = engineId; }

private:
    std::shared_ptr<Database> m_db;
    QString m_fence;
};

} // namespace engine
} // namespace ferry
