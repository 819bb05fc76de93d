#include "engine/queuestatemachine.h"

#include "store/queuerepository.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <utility>

namespace ferry::engine {

Q_LOGGING_CATEGORY(lcQueue, "ferry.engine.queue")

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(QueueStateMachine)
};

QVector<QueueStateMachine::Edge> buildTable()
{
    using S = QueueStatus;
    QVector<QueueStateMachine::Edge> t;
    auto add = [&t](S from, std::initializer_list<S> tos) {
        for (const S to : tos)
            t.append({from, to});
    };
    // Before any work: unblocked, scheduled, or stopped by a person or a failed check.
    add(S::Blocked, {S::Waiting, S::Canceled, S::Failed, S::Conflict});
    add(S::Waiting, {S::Blocked, S::Creating, S::Idle, S::Conflict, S::Canceled, S::Failed});
    // The job: re-check the source, then create the target VM (and copy the disks: a cold
    // migration copies while the source is off, so it goes on to the final import at once).
    // Back to Waiting is a retry by policy (or the engine resuming after a crash); Blocked is a
    // Windows guest waiting for a virtio-win ISO (checked before the source is powered off).
    add(S::Creating,
        {S::Background, S::Idle, S::Final, S::Waiting, S::Blocked, S::Conflict, S::Canceled,
            S::Failed});
    add(S::Background, {S::Idle, S::Waiting, S::Canceled, S::Failed});
    add(S::Idle,
        {S::Background, S::Final, S::PostImport, S::Waiting, S::Conflict, S::Canceled, S::Failed});
    // Past the point of no return: the source is off.
    add(S::Final, {S::PostImport, S::Idle, S::Waiting, S::Conflict, S::Canceled, S::Failed});
    add(S::PostImport,
        {S::WorkerDone, S::Finished, S::Waiting, S::Conflict, S::Canceled, S::Failed});
    add(S::WorkerDone, {S::Finished, S::Waiting, S::Conflict, S::Canceled, S::Failed});
    // Ends: a retry (Waiting, or Blocked when a check fails again), a resolved conflict, a
    // cancel of something that failed.
    add(S::Failed, {S::Waiting, S::Blocked, S::Canceled});
    add(S::Canceled, {S::Waiting, S::Blocked});
    add(S::Conflict, {S::Waiting, S::Blocked, S::WorkerDone, S::Canceled, S::Failed});
    return t;
}

} // namespace

QueueStateMachine::QueueStateMachine(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{ }

const QVector<QueueStateMachine::Edge> &QueueStateMachine::table()
{
    static const QVector<Edge> t = buildTable();
    return t;
}

bool QueueStateMachine::isAllowed(QueueStatus from, QueueStatus to)
{
    for (const Edge &e : table())
        if (e.from == from && e.to == to)
            return true;
    return false;
}

bool QueueStateMachine::isFinal(QueueStatus status)
{
    return status == QueueStatus::Finished;
}

bool QueueStateMachine::isActive(QueueStatus status)
{
    using S = QueueStatus;
    return status == S::Creating || status == S::Background || status == S::Final
        || status == S::PostImport || status == S::WorkerDone;
}

bool QueueStateMachine::canCancel(QueueStatus status)
{
    return isAllowed(status, QueueStatus::Canceled);
}

bool QueueStateMachine::canRetry(QueueStatus status)
{
    return status == QueueStatus::Failed || status == QueueStatus::Canceled
        || status == QueueStatus::Conflict;
}

Status QueueStateMachine::transition(
    QueueEntry &entry, QueueStatus to, const QString &message) const
{
    const QueueStatus from = entry.status;
    if (!isAllowed(from, to)) {
        const QString text = Text::tr("bug: queue entry %1 cannot go from \"%2\" to \"%3\"")
                                 .arg(entry.id)
                                 .arg(queuestatus::wireName(from), queuestatus::wireName(to));
        qCCritical(lcQueue).noquote() << text;
        (void)QueueRepository(m_db).appendLog(entry.id, QStringLiteral("error"), text);
        return ferry::Error(ferry::Error::Code::Internal, text, message);
    }
    QueueRepository queue(m_db);
    queue.setFence(m_fence);
    if (Status st = queue.updateStatus(entry.id, from, to, message); !st)
        return st;
    entry.status = to;
    entry.statusMessage = message;
    const QString toName = queuestatus::wireName(to);
    qCInfo(lcQueue).noquote() << "entry" << entry.id << queuestatus::wireName(from) << "->"
                              << toName << message;
    const QString line = message.isEmpty() ? toName : QStringLiteral("%1: %2").arg(toName, message);
    if (auto logged = queue.appendLog(entry.id,
            to == QueueStatus::Failed ? QStringLiteral("error") : QStringLiteral("info"), line);
        !logged)
        qCWarning(lcQueue) << "cannot log the transition:" << logged.error().toString();
    return {};
}

} // namespace ferry::engine
