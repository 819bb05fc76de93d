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
    using namespace queuestatus;
    QVector<QueueStateMachine::Edge> t;
    auto add = [&t](const QString &from, const QStringList &tos) {
        for (const QString &to : tos)
            t.append({from, to});
    };
    // Before any work: unblocked, scheduled, or stopped by a person or a failed check.
    add(Blocked, {Waiting, Canceled, Failed, Conflict});
    add(Waiting, {Blocked, Creating, Idle, Conflict, Canceled, Failed});
    // The job: re-check the source, then create the target VM (and copy the disks: a cold
    // migration copies while the source is off, so it goes on to the final import at once).
    // Back to Waiting is a retry by policy (or the engine resuming after a crash).
    add(Creating, {Background, Idle, Final, Waiting, Conflict, Canceled, Failed});
    add(Background, {Idle, Waiting, Canceled, Failed});
    add(Idle, {Background, Final, PostImport, Waiting, Conflict, Canceled, Failed});
    // Past the point of no return: the source is off.
    add(Final, {PostImport, Idle, Waiting, Conflict, Canceled, Failed});
    add(PostImport, {WorkerDone, Finished, Waiting, Conflict, Canceled, Failed});
    add(WorkerDone, {Finished, Waiting, Conflict, Canceled, Failed});
    // Ends: a retry (Waiting, or Blocked when a check fails again), a resolved conflict, a
    // cancel of something that failed.
    add(Failed, {Waiting, Blocked, Canceled});
    add(Canceled, {Waiting, Blocked});
    add(Conflict, {Waiting, Blocked, WorkerDone, Canceled, Failed});
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

QStringList QueueStateMachine::statuses()
{
    using namespace queuestatus;
    return {Blocked, Waiting, Creating, Background, Idle, Final, PostImport, WorkerDone, Finished,
        Failed, Canceled, Conflict};
}

bool QueueStateMachine::isKnown(const QString &status)
{
    return statuses().contains(status);
}

bool QueueStateMachine::isAllowed(const QString &from, const QString &to)
{
    for (const Edge &e : table())
        if (e.from == from && e.to == to)
            return true;
    return false;
}

bool QueueStateMachine::isFinal(const QString &status)
{
    return status == queuestatus::Finished;
}

bool QueueStateMachine::isActive(const QString &status)
{
    using namespace queuestatus;
    return status == Creating || status == Background || status == Final || status == PostImport
        || status == WorkerDone;
}

bool QueueStateMachine::canCancel(const QString &status)
{
    return isAllowed(status, queuestatus::Canceled);
}

bool QueueStateMachine::canRetry(const QString &status)
{
    using namespace queuestatus;
    return status == Failed || status == Canceled || status == Conflict;
}

Status QueueStateMachine::transition(
    QueueEntry &entry, const QString &to, const QString &message) const
{
    const QString from = entry.status;
    if (!isAllowed(from, to)) {
        const QString text = Text::tr("bug: queue entry %1 cannot go from \"%2\" to \"%3\"")
                                 .arg(entry.id)
                                 .arg(from, to);
        qCCritical(lcQueue).noquote() << text;
        (void)QueueRepository(m_db).appendLog(entry.id, QStringLiteral("error"), text);
        return ferry::Error(ferry::Error::Code::Internal, text, message);
    }
    QueueRepository queue(m_db);
    if (Status st = queue.updateStatus(entry.id, from, to, message); !st)
        return st;
    entry.status = to;
    entry.statusMessage = message;
    qCInfo(lcQueue).noquote() << "entry" << entry.id << from << "->" << to << message;
    const QString line = message.isEmpty() ? to : QStringLiteral("%1: %2").arg(to, message);
    if (auto logged = queue.appendLog(entry.id,
            to == queuestatus::Failed ? QStringLiteral("error") : QStringLiteral("info"), line);
        !logged)
        qCWarning(lcQueue) << "cannot log the transition:" << logged.error().toString();
    return {};
}

} // namespace ferry::engine
