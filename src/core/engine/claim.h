#pragma once

#include "model/queueentry.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace ferry {
class Database;
struct ClaimView;
} // namespace ferry

namespace ferry::engine {

struct EngineRestrictions;

// Whether the claimed entry may start now, counting what every engine runs (ClaimView, read in
// the claim's transaction): its batch runs, its retry time has come, a migration window fits
// (chooseWindow, with the capacity taken by every assignment in the database), its constraint's
// max_concurrent_instances, its source's import limit and its target's create limit, and the
// claiming engine's --only-source/--only-target (`only`, when given) name its source and target.
// The window it cuts over in (0: none), or std::nullopt. Reads the batch, the instances and the
// source and target through `db` on this thread's connection, so inside the claim's transaction.
std::optional<qint64> decideClaim(const std::shared_ptr<Database> &db, const ClaimView &view,
    const EngineRestrictions *only = nullptr);

// Claims the Waiting entry for the engine engineId with a lease of leaseMs when decideClaim
// agrees: the check and the claim are one transaction (EngineRepository::claim), so two engines
// claiming at once never both get a place under one limit. An engine with restrictions (`only`)
// never claims an entry of another source or target. std::nullopt: not now.
Result<std::optional<QueueEntry>> claimEntry(const std::shared_ptr<Database> &db, qint64 entryId,
    const QString &engineId, qint64 leaseMs, const EngineRestrictions *only = nullptr);

} // namespace ferry::engine
