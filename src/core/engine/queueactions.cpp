#include "engine/queueactions.h"

#include "engine/queuestatemachine.h"
#include "store/database.h"
#include "store/instancerepository.h"
#include "store/queuerepository.h"

#include <QDateTime>

#include <functional>

namespace ferry::engine {

namespace {

// The instance's name (as it will be called on the target), or the entry's id.
QString entryName(const std::shared_ptr<Database> &db, const QueueEntry &e)
{
    if (auto vm = InstanceRepository(db).byId(e.instanceId))
        return vm->effectiveName();
    return QueueActions::tr("queue entry %1").arg(e.id);
}

// Reads the entry, lets `change` check and write it, all in one transaction.
Result<QueueEntry> inTransaction(const std::shared_ptr<Database> &db, qint64 entryId,
    const std::function<Status(QueueEntry &)> &change)
{
    QueueEntry written;
    const Status st = db->transaction([&](QSqlDatabase &) -> Status {
        auto entry = QueueRepository(db).byId(entryId);
        if (!entry)
            return entry.error();
        written = *entry;
        return change(written);
    });
    if (!st)
        return st.error();
    return written;
}

Error refused(const QString &message)
{
    return Error(Error::Code::InvalidInput, message);
}

} // namespace

QueueActions::QueueActions(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{ }

Result<QueueEntry> QueueActions::cancel(qint64 entryId, bool keepLeftovers) const
{
    const auto db = m_db;
    return inTransaction(db, entryId, [&](QueueEntry &e) -> Status {
        if (!QueueStateMachine::canCancel(e.status))
            return refused(tr("%1 is %2 and cannot be canceled.")
                               .arg(entryName(db, e), queuestatus::wireName(e.status)));
        // Before the status: the job reads it when it notices the cancel.
        if (Status st = QueueRepository(db).setKeepLeftovers(e.id, keepLeftovers); !st)
            return st;
        e.keepLeftovers = keepLeftovers;
        return QueueStateMachine(db).transition(
            e, QueueStatus::Canceled, tr("Canceled by a person"));
    });
}

Result<QueueEntry> QueueActions::retry(qint64 entryId) const
{
    const auto db = m_db;
    return inTransaction(db, entryId, [&](QueueEntry &e) -> Status {
        if (!QueueStateMachine::canRetry(e.status))
            return refused(
                tr("%1 is %2; only entries in Error, Canceled or Conflict can be retried.")
                    .arg(entryName(db, e), queuestatus::wireName(e.status)));
        e.retryCount = 0;
        e.nextAttemptAt = QDateTime();
        if (Status st = QueueRepository(db).update(e); !st)
            return st;
        return QueueStateMachine(db).transition(e, QueueStatus::Waiting, tr("Retry requested"));
    });
}

// A person settled what made the entry a Conflict (removed or renamed the instance that holds
// the target name, re-synced a source VM that changed). Unlike retry, the retry count stays.
// (The reference can also go on at "Worker tasks complete" when the import was complete;
// Ferry's jobs never stop in Conflict after the import, so it is always Waiting.)
Result<QueueEntry> QueueActions::resolve(qint64 entryId) const
{
    const auto db = m_db;
    return inTransaction(db, entryId, [&](QueueEntry &e) -> Status {
        if (e.status != QueueStatus::Conflict)
            return refused(tr("%1 is %2; only entries in Conflict can be resolved.")
                               .arg(entryName(db, e), queuestatus::wireName(e.status)));
        e.nextAttemptAt = QDateTime();
        if (Status st = QueueRepository(db).update(e); !st)
            return st;
        return QueueStateMachine(db).transition(
            e, QueueStatus::Waiting, tr("Conflict resolved by a person; waiting again"));
    });
}

} // namespace ferry::engine
