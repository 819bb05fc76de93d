#include "engine/engine.h"

#include "appsettings/appsettings.h"
#include "batch/selection.h"
#include "engine/claim.h"
#include "engine/migrationjob.h"
#include "engine/queuestatemachine.h"
#include "engine/scheduling.h"
#include "model/batch.h"
#include "model/instance.h"
#include "model/target.h"
#include "secrets/credentialstore.h"
#include "store/batchrepository.h"
#include "store/enginerepository.h"
#include "store/instancerepository.h"
#include "store/queuerepository.h"
#include "store/sourcerepository.h"
#include "store/targetrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QUuid>

#include "version.h"

#include <cmath>
#include <optional>
#include <utility>

namespace ferry::engine {

Q_LOGGING_CATEGORY(lcEngine, "ferry.engine", QtInfoMsg)

namespace {

bool retryable(Error::Code code)
{
    switch (code) {
    case Error::Code::Network:
    case Error::Code::Timeout:
    case Error::Code::Server:
    case Error::Code::Io:
    case Error::Code::Tls:
    // The database server restarted under the job (a cut session; the store reopens it): the
    // next attempt resumes from the markers on the target.
    case Error::Code::Database:
        return true;
    default:
        return false;
    }
}

} // namespace

EngineOptions EngineOptions::fromSettings(
    std::shared_ptr<Database> db, std::shared_ptr<CredentialStore> secrets)
{
    auto settings = AppSettings::load(db);
    if (!settings)
        qCWarning(lcEngine) << "the settings could not be read, the engine uses its defaults:"
                            << settings.error().toString();
    return fromSettings(settings ? *settings : AppSettings(), std::move(db), std::move(secrets));
}

EngineOptions EngineOptions::fromSettings(const AppSettings &settings, std::shared_ptr<Database> db,
    std::shared_ptr<CredentialStore> secrets)
{
    EngineOptions o;
    o.db = std::move(db);
    o.secrets = std::move(secrets);
    o.maxThreads = settings.engineThreads;
    o.maxRetries = settings.engineRetries;
    return o;
}

namespace {

CredentialReach::ReadSecret readerOf(const EngineOptions &o)
{
    if (o.readSecret)
        return o.readSecret;
    return [secrets = o.secrets](const QString &key) -> Status {
        if (!secrets)
            return Error(Error::Code::KeychainUnavailable,
                Engine::tr("The engine has no credential store."));
        auto secret = secrets->read(key);
        return secret ? Status() : Status(secret.error());
    };
}

// Puts name in `in` (sorted) and takes it out of `out`; whether anything changed.
bool note(const QString &name, QStringList *in, QStringList *out)
{
    const bool removed = out->removeAll(name) > 0;
    if (in->contains(name))
        return removed;
    in->append(name);
    in->sort();
    return true;
}

} // namespace

Engine::Engine(EngineOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_reach(readerOf(m_options), m_options.credentialCacheMs)
{
    m_restrictions.sources = m_options.onlySources;
    m_restrictions.targets = m_options.onlyTargets;
    m_restrictions.members = m_options.onlyMembers;
    m_pool.setMaxThreadCount(qMax(1, m_options.maxThreads));
    m_pool.setExpiryTimeout(-1);
    m_timer.setInterval(m_options.tickMs);
    connect(&m_timer, &QTimer::timeout, this, &Engine::tick);
    m_heartbeat.setInterval(qMax(1, m_options.heartbeatMs));
    connect(&m_heartbeat, &QTimer::timeout, this, &Engine::heartbeat);
}

Engine::~Engine()
{
    stop();
}

Status Engine::registerEngine()
{
    EngineRecord me;
    me.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    me.host = EngineRepository::currentHost();
    me.pid = EngineRepository::currentPid();
    me.version = QStringLiteral(FERRY_VERSION_STRING);
    me.restrictions = m_restrictions.toJson();
    if (Status st = EngineRepository(m_options.db).registerEngine(me); !st)
        return st;
    m_engineId = me.id;
    m_publishedRestrictions = me.restrictions;
    return {};
}

bool Engine::canReach(const Source *source, const Target *target, const QDateTime &now)
{
    bool ok = true;
    if (source) {
        const Status st = m_reach.canRead(secretsNeeded(*source), now);
        if (st ? note(source->name, &m_restrictions.servesSources, &m_restrictions.lacksSources)
               : note(source->name, &m_restrictions.lacksSources, &m_restrictions.servesSources))
            qCInfo(lcEngine).noquote()
                << (st ? QStringLiteral("this engine can read the credentials of source %1")
                               .arg(source->name)
                       : QStringLiteral("this engine cannot read the credentials of source %1 "
                                        "(%2); it leaves its entries to other engines")
                               .arg(source->name, st.error().toString()));
        ok = ok && st.ok();
    }
    if (target) {
        const Status st = m_reach.canRead(secretsNeeded(*target), now);
        if (st ? note(target->name, &m_restrictions.servesTargets, &m_restrictions.lacksTargets)
               : note(target->name, &m_restrictions.lacksTargets, &m_restrictions.servesTargets))
            qCInfo(lcEngine).noquote()
                << (st ? QStringLiteral("this engine can read the credentials of target %1")
                               .arg(target->name)
                       : QStringLiteral("this engine cannot read the credentials of target %1 "
                                        "(%2); it leaves its entries to other engines")
                               .arg(target->name, st.error().toString()));
        ok = ok && st.ok();
    }
    return ok;
}

void Engine::publishRestrictions()
{
    const QString text = m_restrictions.toJson();
    if (m_engineId.isEmpty() || text == m_publishedRestrictions)
        return;
    if (Status st = EngineRepository(m_options.db).updateRestrictions(m_engineId, text); !st) {
        qCWarning(lcEngine) << "cannot record what the engine serves:" << st.error().toString();
        return;
    }
    m_publishedRestrictions = text;
}

Status Engine::start()
{
    if (m_started)
        return {};
    // Engines that died (on this host: a process that is gone, at once; elsewhere: a heartbeat
    // older than a lease) give their entries up before this one looks at the queue.
    EngineRepository engines(m_options.db);
    if (auto removed = engines.removeDeadEngines(m_options.leaseMs); !removed)
        qCWarning(lcEngine) << "cannot look for dead engines:" << removed.error().toString();
    if (Status st = registerEngine(); !st)
        return st;
    m_started = true;
    recoverInterrupted();
    m_timer.start();
    m_heartbeat.start();
    QTimer::singleShot(0, this, &Engine::tick);
    qCInfo(lcEngine) << "engine" << m_engineId << "started with" << m_pool.maxThreadCount()
                     << "threads";
    return {};
}

void Engine::setLimits(int maxThreads, int maxRetries)
{
    m_options.maxThreads = qMax(1, maxThreads);
    m_options.maxRetries = qMax(0, maxRetries);
    m_pool.setMaxThreadCount(m_options.maxThreads);
    m_pendingWork = true;
    qCInfo(lcEngine) << "engine limits:" << m_options.maxThreads << "threads,"
                     << m_options.maxRetries << "retries";
}

void Engine::stop()
{
    if (!m_started)
        return;
    m_timer.stop();
    m_heartbeat.stop();
    for (MigrationJob *job : std::as_const(m_jobs))
        job->cancel();
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this);
    qDeleteAll(m_jobs);
    m_jobs.clear();
    if (Status st = EngineRepository(m_options.db).unregisterEngine(m_engineId); !st)
        qCWarning(lcEngine) << "cannot release the leases:" << st.error().toString();
    m_started = false;
}

void Engine::cancel(qint64 entryId)
{
    if (MigrationJob *job = m_jobs.value(entryId))
        job->cancel();
}

void Engine::recoverInterrupted()
{
    // Entries mid-way that no engine holds: their engine stopped (crashed, was killed, lost its
    // lease). Each goes back to Waiting once, whichever engine sees it first.
    QVector<QueueStatus> active;
    for (const QueueStateMachine::Edge &edge : QueueStateMachine::table())
        for (QueueStatus s : {edge.from, edge.to})
            if (QueueStateMachine::isActive(s) && !active.contains(s)
                && QueueStateMachine::isAllowed(s, QueueStatus::Waiting))
                active << s;
    auto moved
        = EngineRepository(m_options.db)
              .recoverOrphans(active, tr("Resuming: the engine stopped during the migration"));
    if (!moved) {
        qCWarning(lcEngine) << "cannot resume entries:" << moved.error().toString();
        return;
    }
    for (qint64 id : std::as_const(*moved)) {
        qCInfo(lcEngine) << "entry" << id << "resumes: its engine stopped during the migration";
        Q_EMIT entryChanged(id);
    }
    if (!moved->isEmpty())
        m_pendingWork = true;
}

void Engine::heartbeat()
{
    if (!m_started)
        return;
    EngineRepository engines(m_options.db);
    auto held = engines.heartbeat(m_engineId, m_options.leaseMs);
    if (!held && held.error().code == Error::Code::NotFound) {
        // The others found this engine dead (its heartbeat was late) and ended its leases:
        // whatever runs here is no longer this engine's to finish.
        qCWarning(lcEngine) << "the engine" << m_engineId
                            << "lost its registration; registering again";
        if (Status st = registerEngine(); !st) {
            const QString msg = st.error().toString();
            qCCritical(lcEngine) << "cannot register the engine again:" << msg;
            stop();
            Q_EMIT lockLost(msg);
            return;
        }
        held = QVector<qint64>();
    }
    if (!held) {
        // The database is away (a restart): the leases stay until they run out; try again.
        qCWarning(lcEngine) << "heartbeat failed:" << held.error().toString();
        return;
    }
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it)
        if (!held->contains(it.key())) {
            qCWarning(lcEngine) << "entry" << it.key()
                                << "is no longer leased to this engine; stopping its job";
            it.value()->leaseLost();
        }
    // A lease without a job: its release failed (the database was away); give it back now.
    for (qint64 id : std::as_const(*held))
        if (!m_jobs.contains(id))
            (void)engines.release(id, m_engineId);
    if (auto removed = engines.removeDeadEngines(m_options.leaseMs); !removed)
        qCWarning(lcEngine) << "cannot look for dead engines:" << removed.error().toString();
    recoverInterrupted();
}

bool Engine::isIdle() const
{
    return m_jobs.isEmpty() && !m_pendingWork;
}

void Engine::tick()
{
    if (!m_started)
        return;
    Q_EMIT ticked();
    const auto &db = m_options.db;
    QueueRepository queue(db);
    QueueStateMachine machine(db);
    auto entries = queue.all();
    if (!entries) {
        qCWarning(lcEngine) << entries.error().toString();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<qint64, Batch> batches;
    auto batchOf = [&](qint64 id) -> const Batch * {
        if (!batches.contains(id)) {
            auto b = BatchRepository(db).byId(id);
            if (!b)
                return nullptr;
            batches.insert(id, *b);
        }
        return &batches[id];
    };
    QHash<qint64, qint64> sourceOfInstance;
    auto sourceOf = [&](qint64 instanceId) {
        if (!sourceOfInstance.contains(instanceId)) {
            auto vm = InstanceRepository(db).byId(instanceId);
            sourceOfInstance.insert(instanceId, vm ? vm->sourceId : 0);
        }
        return sourceOfInstance.value(instanceId);
    };
    // The constraint of an entry's instance (only for batches that have constraints).
    batch::SelectionContext selectionContext;
    QHash<qint64, int> constraintOfEntry;
    auto constraintOf = [&](const QueueEntry &e, const Batch &b) {
        if (b.constraints.isEmpty())
            return -1;
        if (!constraintOfEntry.contains(e.id)) {
            int c = -1;
            if (auto vm = InstanceRepository(db).byId(e.instanceId)) {
                if (!selectionContext.sourceNames.contains(vm->sourceId))
                    if (auto src = SourceRepository(db).byId(vm->sourceId)) {
                        selectionContext.sourceNames.insert(vm->sourceId, src->name);
                        selectionContext.sourceTypes.insert(vm->sourceId, src->sourceType);
                    }
                c = applicableConstraint(b, *vm, selectionContext);
            }
            constraintOfEntry.insert(e.id, c);
        }
        return constraintOfEntry.value(e.id);
    };
    auto targetOf = [](const QueueEntry &e) {
        return e.placement.value(QStringLiteral("target_name")).toString();
    };
    QHash<qint64, std::optional<Source>> sources;
    auto sourceRecord = [&](qint64 id) -> const Source * {
        if (!sources.contains(id)) {
            auto src = SourceRepository(db).byId(id);
            sources.insert(id, src ? std::optional<Source>(*src) : std::nullopt);
        }
        const std::optional<Source> &src = sources[id];
        return src ? &*src : nullptr;
    };
    QHash<QString, std::optional<Target>> targets;
    auto targetRecord = [&](const QString &name) -> const Target * {
        if (!targets.contains(name)) {
            auto t = TargetRepository(db).byName(name);
            targets.insert(name, t ? std::optional<Target>(*t) : std::nullopt);
        }
        const std::optional<Target> &t = targets[name];
        return t ? &*t : nullptr;
    };
    // --only-source/--only-target: entries of other sources and targets are other engines'.
    auto allowed = [&](const QueueEntry &e) {
        if (!m_restrictions.isRestricted())
            return true;
        const Source *src = sourceRecord(sourceOf(e.instanceId));
        return m_restrictions.allowsSource(src ? src->name : QString())
            && m_restrictions.allowsTarget(targetOf(e))
            && m_restrictions.allowsMember(
                e.placement.value(QStringLiteral("target_member")).toString());
    };

    // Cancels written by anyone reach the jobs; count what runs per source and target, on every
    // engine (entries with a live lease). These counts only spare claims that cannot succeed:
    // the claim counts again in its transaction, and that count is the one that holds.
    auto leased = [&now](const QueueEntry &e) {
        return !e.engineId.isEmpty() && e.leaseUntil.isValid() && e.leaseUntil >= now;
    };
    QHash<qint64, int> perSource;
    QHash<QString, int> perTarget;
    QHash<qint64, const QueueEntry *> byId;
    // Entries per window (capacity), running jobs per constraint (max_concurrent_instances).
    QHash<qint64, QHash<qint64, int>> assignedPerWindow; // batch -> window -> entries
    QHash<QPair<qint64, int>, int> perConstraint; // (batch, constraint index) -> running
    for (const QueueEntry &e : std::as_const(*entries)) {
        byId.insert(e.id, &e);
        if (e.windowId != 0)
            assignedPerWindow[e.batchId][e.windowId]++;
        if (MigrationJob *job = m_jobs.value(e.id)) {
            if (!QueueStateMachine::isActive(e.status))
                job->cancel();
            // A cut-over happens inside its window: when the window ends first, the job stops
            // and the entry waits for the next one (as the reference does).
            if (!job->hasWindowEnded() && e.windowId != 0 && e.status != QueueStatus::Finished)
                if (const Batch *b = batchOf(e.batchId))
                    for (const MigrationWindow &w : b->windows)
                        if (w.id == e.windowId && w.end.isValid() && w.end <= now) {
                            qCInfo(lcEngine) << "entry" << e.id << "window" << w.name << "ended";
                            job->windowEnded();
                        }
        }
        if (m_jobs.contains(e.id) || leased(e)) {
            perSource[sourceOf(e.instanceId)]++;
            perTarget[targetOf(e)]++;
            if (const Batch *b = batchOf(e.batchId)) {
                const int c = constraintOf(e, *b);
                if (c >= 0)
                    perConstraint[{b->id, c}]++;
            }
        }
    }

    // Start what may start. Entries another engine works on (or one that died: its entries come
    // back to Waiting when the lease runs out) are work this engine may still get.
    bool pending = false;
    for (const QueueEntry &e : std::as_const(*entries))
        if (QueueStateMachine::isActive(e.status) && !m_jobs.contains(e.id) && allowed(e))
            pending = true;
    for (QueueEntry e : std::as_const(*entries)) {
        if (e.status != QueueStatus::Waiting || m_jobs.contains(e.id))
            continue;
        if (leased(e) && e.engineId != m_engineId)
            continue; // another engine has it
        const Batch *b = batchOf(e.batchId);
        if (!b || b->status != batchstatus::Running)
            continue;
        const int constraint = constraintOf(e, *b);
        const Constraint *rule = constraint >= 0 ? &b->constraints.at(constraint) : nullptr;
        QHash<qint64, int> assigned = assignedPerWindow.value(e.batchId);
        if (e.windowId != 0)
            assigned[e.windowId]--; // not counting itself
        const WindowChoice window
            = chooseWindow(*b, e.windowId, rule ? rule->minInstanceBootTimeMs : 0, assigned, now);
        if (window.kind == WindowChoice::Kind::Never) {
            const QString text = tr("No migration window fits: all have ended, are locked out or "
                                    "full, or are shorter than the minimum boot time");
            if (e.statusMessage != text)
                (void)queue.updateStatus(e.id, e.status, e.status, text);
            continue;
        }
        if (window.kind == WindowChoice::Kind::Later)
            continue; // its window has not begun
        if (!allowed(e))
            continue; // --only-source/--only-target: another engine's
        const qint64 sourceId = sourceOf(e.instanceId);
        const QString target = targetOf(e);
        const Source *source = sourceRecord(sourceId);
        const Target *t = targetRecord(target);
        if (!canReach(source, t, now))
            continue; // its secrets are not in this engine's credential store
        pending = true;
        if (e.nextAttemptAt.isValid() && e.nextAttemptAt > now)
            continue;
        if (m_jobs.size() >= m_pool.maxThreadCount())
            continue;
        const int importLimit = source ? qMax(1, source->importLimit) : 1;
        const int createLimit = t ? qMax(1, t->createLimit) : 1;
        if (perSource.value(sourceId) >= importLimit || perTarget.value(target) >= createLimit)
            continue;
        if (rule && rule->maxConcurrentInstances > 0
            && perConstraint.value({b->id, constraint}) >= rule->maxConcurrentInstances)
            continue;
        // The claim: the limits counted again in the database, in one transaction with the lease.
        auto claimed = claimEntry(db, e.id, m_engineId, m_options.leaseMs,
            m_restrictions.isRestricted() ? &m_restrictions : nullptr);
        if (!claimed) {
            qCWarning(lcEngine) << "cannot claim entry" << e.id << claimed.error().toString();
            continue;
        }
        if (!*claimed)
            continue; // another engine was first, or a limit is reached across the engines
        if (e.windowId != (*claimed)->windowId && (*claimed)->windowId != 0)
            assignedPerWindow[e.batchId][(*claimed)->windowId]++;
        e = **claimed;
        // An earlier cancel's "keep leftovers" was for that attempt: this one cleans up again.
        if (e.keepLeftovers)
            (void)queue.setKeepLeftovers(e.id, false);
        if (Status st = machine.transition(
                e, QueueStatus::Creating, tr("Creating target instance definition"));
            !st) {
            qCWarning(lcEngine) << "entry" << e.id << st.error().toString();
            (void)EngineRepository(db).release(e.id, m_engineId);
            continue;
        }
        MigrationJobParams p;
        p.db = db;
        p.secrets = m_options.secrets;
        p.entryId = e.id;
        p.keepLeftovers = m_options.keepLeftovers;
        p.chunkBytes = m_options.chunkBytes;
        p.readsInFlight = m_options.readsInFlight;
        p.readLimitBytesPerSecond = m_options.readLimitBytesPerSecond;
        p.engineId = m_engineId;
        auto *job = new MigrationJob(p);
        connect(job, &MigrationJob::progress, this, &Engine::progress, Qt::QueuedConnection);
        connect(job, &MigrationJob::failed, this, &Engine::onFailed, Qt::QueuedConnection);
        connect(job, &MigrationJob::succeeded, this, &Engine::entryChanged, Qt::QueuedConnection);
        connect(
            job, &MigrationJob::finished, this,
            [this](qint64 id) {
                if (MigrationJob *j = m_jobs.take(id))
                    j->deleteLater();
                if (Status st = EngineRepository(m_options.db).release(id, m_engineId); !st)
                    qCWarning(lcEngine) << "cannot release entry" << id << st.error().toString();
                Q_EMIT entryChanged(id);
                QTimer::singleShot(0, this, &Engine::tick);
            },
            Qt::QueuedConnection);
        m_jobs.insert(e.id, job);
        perSource[sourceId]++;
        perTarget[target]++;
        if (constraint >= 0)
            perConstraint[{b->id, constraint}]++;
        qCInfo(lcEngine) << "entry" << e.id << "started";
        Q_EMIT entryChanged(e.id);
        m_pool.start(job);
    }

    // Batches whose entries all finished.
    QHash<qint64, bool> allFinished;
    for (const QueueEntry &e : std::as_const(*entries)) {
        auto it = allFinished.find(e.batchId);
        const bool f = e.status == QueueStatus::Finished;
        if (it == allFinished.end())
            allFinished.insert(e.batchId, f);
        else
            *it = *it && f;
    }
    for (auto it = allFinished.begin(); it != allFinished.end(); ++it) {
        const Batch *b = batchOf(it.key());
        if (it.value() && b && b->status == batchstatus::Running)
            (void)BatchRepository(db).updateStatus(
                b->id, batchstatus::Finished, tr("Every instance was migrated"));
    }

    publishRestrictions();
    m_pendingWork = pending;
    const bool nowIdle = isIdle();
    if (nowIdle && !m_wasIdle)
        Q_EMIT idle();
    m_wasIdle = nowIdle;
}

void Engine::onFailed(qint64 entryId, const JobFailure &failure)
{
    Q_EMIT entryChanged(entryId);
    if (failure.status != QueueStatus::Failed || !retryable(failure.error.code))
        return;
    QueueRepository queue(m_options.db);
    auto e = queue.byId(entryId);
    if (!e || e->status != QueueStatus::Failed || e->retryCount >= m_options.maxRetries)
        return;
    QueueEntry entry = *e;
    entry.retryCount++;
    const qint64 delay
        = qint64(m_options.retryBaseSeconds) * (qint64(1) << qMin(entry.retryCount - 1, 10));
    entry.nextAttemptAt = QDateTime::currentDateTimeUtc().addSecs(delay);
    if (!queue.update(entry))
        return;
    (void)QueueStateMachine(m_options.db)
        .transition(entry, QueueStatus::Waiting,
            tr("Retry %1 of %2 in %3 s after: %4")
                .arg(entry.retryCount)
                .arg(m_options.maxRetries)
                .arg(delay)
                .arg(failure.error.toString()));
    m_pendingWork = true;
    m_wasIdle = false;
}

} // namespace ferry::engine
