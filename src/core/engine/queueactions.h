#pragma once

#include "model/queueentry.h"
#include "util/result.h"

#include <QCoreApplication>

#include <memory>

namespace ferry {

class Database;

namespace engine {

// What a person can do to a queue entry, for ferry's Queue page and ferryctl queue alike. Each
// action reads the entry, checks that its status allows the action and writes, all in one
// transaction, through the state machine (so the transition table and the entry's log apply).
// On success it returns the entry as written; a refusal is InvalidInput naming the entry (its
// instance's name) and its status, an unknown entry NotFound.
class QueueActions final
{
    Q_DECLARE_TR_FUNCTIONS(QueueActions)

public:
    explicit QueueActions(std::shared_ptr<Database> db);

    // Canceled ("Canceled by a person"). keepLeftovers is recorded before the status, where the
    // job reads it when it notices the cancel: what it created on the target stays. The engine
    // that runs the job stops it on its next tick (its owner may tell it at once).
    Result<QueueEntry> cancel(qint64 entryId, bool keepLeftovers = false) const;
    // Error, Canceled or Conflict: Waiting again ("Retry requested"), the retry count reset.
    Result<QueueEntry> retry(qint64 entryId) const;
    // Conflict only, once a person settled it: Waiting again, the retry count kept.
    Result<QueueEntry> resolve(qint64 entryId) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace engine
} // namespace ferry
