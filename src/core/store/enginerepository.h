#pragma once

#include "model/queueentry.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

namespace ferry {

class Database;

// A running engine as the engines table records it.
struct EngineRecord
{
    QString id; // a UUID the engine made at start
    QString host;
    qint64 pid = 0;
    QDateTime startedAt;
    QDateTime heartbeatAt;
    QString version;
    QString restrictions; // a JSON object, engine::EngineRestrictions ('' = none)
    int heldEntries = 0; // entries with a lease of this engine (read by list())
};

// An entry some engine holds a live lease on, with what the limits count it by.
struct HeldEntry
{
    qint64 entryId = 0;
    qint64 batchId = 0;
    qint64 instanceId = 0;
    qint64 sourceId = 0;
    QString targetName; // placement's target_name
    QString engineId;
};

// What a claim decides on, read inside the claim's transaction: nobody can change it until the
// claim commits.
struct ClaimView
{
    QueueEntry entry; // the entry to claim, as stored
    QVector<HeldEntry> held; // every entry with a live lease, of every engine
    QHash<qint64, int> assignedPerWindow; // window -> entries of the batch assigned to it, this
                                          // entry not included
    QDateTime now;
};

// The window the claimed entry cuts over in (0: none), or std::nullopt to leave it alone.
using ClaimDecision = std::function<std::optional<qint64>(const ClaimView &)>;

// The engines sharing one database and their leases on queue entries (docs/scale.md). Each
// engine registers at start, renews its row and its leases with heartbeat(), and unregisters at
// a clean stop (its leases released). An entry is claimed in one transaction: on PostgreSQL the
// row is locked FOR UPDATE SKIP LOCKED, on SQLite BEGIN IMMEDIATE admits one writer; in both the
// counts the decision is based on are read in that same transaction, so two engines claiming
// at once never exceed a limit. A lease not renewed in time (its engine died) ends, and the
// entry is recovered (recoverOrphans) and claimed again by any engine.
class EngineRepository final
{
public:
    static constexpr qint64 kDefaultLeaseMs = 60 * 1000;

    explicit EngineRepository(std::shared_ptr<Database> db);

    // Inserts the engine's row (id, host, pid, version, restrictions; the times are now).
    Status registerEngine(const EngineRecord &engine) const;
    // Renews the engine's heartbeat and the leases of every entry it holds to now + leaseMs, in
    // one transaction; returns the ids of those entries. NotFound when the engine has no row any
    // more (another engine found it dead and removed it: its leases are gone).
    Result<QVector<qint64>> heartbeat(const QString &engineId, qint64 leaseMs) const;
    // Replaces the engine's restrictions column (what it may take and which sources and targets
    // it found it can or cannot reach; engine/enginereach.h). NotFound without its row.
    Status updateRestrictions(const QString &engineId, const QString &restrictions) const;
    // A clean stop: releases every lease of the engine and removes its row.
    Status unregisterEngine(const QString &engineId) const;
    // Every registered engine with the number of entries it holds, oldest first.
    Result<QVector<EngineRecord>> list() const;
    // Engines whose heartbeat is older than staleAfterMs, and engines of this host whose process
    // is gone (kill -9: no need to wait): their leases end now and their rows go. Returns how
    // many were removed.
    Result<int> removeDeadEngines(qint64 staleAfterMs) const;

    // Claims the Waiting entry for engineId until now + leaseMs when nobody holds a live lease
    // on it and `decide` agrees; sets the window decide returns. std::nullopt when the entry is
    // not claimable (another engine has it, it is not Waiting any more) or decide said no.
    Result<std::optional<QueueEntry>> claim(
        qint64 entryId, const QString &engineId, qint64 leaseMs, const ClaimDecision &decide) const;
    // Whether engineId holds a live lease on the entry (its engine_id, a lease not yet ended).
    // Jobs ask before each step that cannot be undone (docs/scale.md, fencing).
    Result<bool> holds(qint64 entryId, const QString &engineId) const;
    // Gives the entry's lease up if engineId holds it.
    Status release(qint64 entryId, const QString &engineId) const;
    // Entries in one of `activeStatuses` that no engine holds (their lease ended, or they never
    // had one: a crash before leases existed) go back to Waiting with `message`, logged, as after
    // a crash; each in one statement that rechecks the lease, so two engines recovering at
    // once move each entry once. Returns the ids moved.
    Result<QVector<qint64>> recoverOrphans(
        const QVector<QueueStatus> &activeStatuses, const QString &message) const;

    // The host and process of this engine (the machine's host name, QCoreApplication's pid).
    static QString currentHost();
    static qint64 currentPid();

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ferry
