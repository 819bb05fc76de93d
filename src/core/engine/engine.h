#pragma once

#include "engine/enginereach.h"
#include "util/result.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>

namespace ferry {

class Database;
class CredentialStore;
struct AppSettings;
struct Source;
struct Target;

namespace engine {

class MigrationJob;
struct JobFailure;

struct EngineOptions
{
    std::shared_ptr<Database> db;
    std::shared_ptr<CredentialStore> secrets;
    int maxThreads = 4; // the pool's size: migrations at once, whatever the limits allow
    int maxRetries = 2; // per entry, persisted in the entry's retry count
    int retryBaseSeconds = 30; // backoff: base, 2 x base, 4 x base ...
    int tickMs = 1000;
    bool keepLeftovers = false;
    int chunkBytes = 8 * 1024 * 1024;
    int readsInFlight = 4;
    // Each migration reads at most this many bytes a second from its source (0: no limit).
    qint64 readLimitBytesPerSecond = 0;
    // Leases (docs/scale.md): every heartbeatMs the engine renews its row and the leases of its
    // entries to now + leaseMs, and takes over entries whose lease ran out (their engine died).
    qint64 leaseMs = 60 * 1000;
    int heartbeatMs = 10 * 1000;
    // engine run --only-source/--only-target (docs/scale.md): the only sources and targets, by
    // name, whose entries this engine takes (empty: any). Its engines row says so.
    QStringList onlySources;
    QStringList onlyTargets;
    // --only-member: only entries whose placement names one of these cluster members (an entry
    // without a member is left to engines without this restriction).
    QStringList onlyMembers;
    // Whether the engine can read a secret from its credential store (empty: secrets->read);
    // tests pass a fake. It claims no entry whose source's or target's secrets it cannot read,
    // and keeps each answer credentialCacheMs.
    std::function<Status(const QString &key)> readSecret;
    qint64 credentialCacheMs = 60 * 1000;

    // The options the shared settings give (ferry's Settings…, ferryctl system settings):
    // engine.threads and engine.retries from the database; when the settings cannot be read,
    // the defaults (a warning is logged). Both faces start their engine from these.
    static EngineOptions fromSettings(
        std::shared_ptr<Database> db, std::shared_ptr<CredentialStore> secrets);
    // The same from settings already loaded.
    static EngineOptions fromSettings(const AppSettings &settings, std::shared_ptr<Database> db,
        std::shared_ptr<CredentialStore> secrets);
};

// Any number of engines share one database (docs/scale.md): each registers in the engines table
// and claims queue entries with a lease (EngineRepository, claimEntry), and its scheduler runs
// on the thread that owns it. Every tick it claims Waiting entries of running batches whose
// window has begun (no windows: now) and whose retry time has come, whose source and target its
// restrictions allow and whose secrets it can read (EngineRestrictions), and runs them as
// MigrationJobs on its own, explicitly sized QThreadPool; the windows' capacities, constraints
// and each source's import limit and each target's create limit are counted in the database in
// the claim's transaction, across every engine. It retries failed entries with backoff; passes
// cancels (also ones written by another process) to running jobs; finishes batches whose
// entries are all Finished. Every heartbeatMs it renews its leases and puts entries whose lease
// ran out (a crashed or killed engine, this one before a restart too) back to Waiting, from
// where any engine claims them: jobs are idempotent (markers on the target), so they resume
// cleanly.
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    explicit Engine(EngineOptions options, QObject *parent = nullptr);
    ~Engine() override;

    // Registers the engine and starts scheduling.
    Status start();
    // Cancels running jobs, waits for them, releases the leases and unregisters.
    void stop();
    // From the owning thread: a running job stops within seconds.
    void cancel(qint64 entryId);
    // Changed settings while running: at most maxThreads migrations from the next tick on
    // (running ones finish), maxRetries for the next failure.
    void setLimits(int maxThreads, int maxRetries);

    int runningJobs() const { return int(m_jobs.size()); }
    const EngineOptions &options() const { return m_options; }
    // The engine's id in the engines table (a UUID; empty before start()).
    QString engineId() const { return m_engineId; }
    // Nothing runs, and no Waiting entry of a running batch that this engine may and can take
    // can start now or after a retry delay (entries waiting for a window that has not begun, or
    // outside its restrictions, or whose secrets it cannot read, do not count).
    bool isIdle() const;

Q_SIGNALS:
    void entryChanged(qint64 entryId);
    void progress(qint64 entryId, int diskPosition, qint64 bytesDone, qint64 bytesTotal);
    // Every scheduling pass, on the engine's thread, before it reads the queue: the scheduler is
    // alive (ferryctl engine run --serve pings systemd's watchdog from it, so a scheduler that
    // hangs stops the pings and systemd restarts the engine).
    void ticked();
    // Emitted once each time the engine becomes idle.
    void idle();
    // The engine lost its registration (the others found it dead and took its entries over)
    // and could not register again: the engine stopped.
    void lockLost(const QString &message);

private:
    void tick();
    void heartbeat();
    void recoverInterrupted();
    Status registerEngine();
    void onFailed(qint64 entryId, const ferry::engine::JobFailure &failure);
    // Whether this engine can read the secrets the source and the target need (cached), noted
    // in m_restrictions' serves and lacks lists.
    bool canReach(const Source *source, const Target *target, const QDateTime &now);
    // Writes m_restrictions to the engines row when it changed.
    void publishRestrictions();

    EngineOptions m_options;
    QThreadPool m_pool;
    QTimer m_timer;
    QTimer m_heartbeat;
    QString m_engineId;
    QHash<qint64, MigrationJob *> m_jobs;
    EngineRestrictions m_restrictions;
    QString m_publishedRestrictions;
    CredentialReach m_reach;
    bool m_started = false;
    bool m_wasIdle = false;
    bool m_pendingWork = true;
};

} // namespace engine
} // namespace ferry
