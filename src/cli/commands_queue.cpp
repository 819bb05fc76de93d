// ferryctl engine run|list, queue list/show/cancel/retry/watch.
#include "cli.h"

#include "appsettings/appsettings.h"
#include "batch/windows.h"
#include "engine/engine.h"
#include "engine/enginereach.h"
#include "engine/queueactions.h"
#include "engine/queuestatemachine.h"
#include "model/batch.h"
#include "model/instance.h"
#include "model/target.h"
#include "secrets/credentialstore.h"
#include "store/batchrepository.h"
#include "store/database.h"
#include "store/enginerepository.h"
#include "store/instancerepository.h"
#include "store/queuerepository.h"
#include "store/sourcerepository.h"
#include "store/targetrepository.h"
#include "util/logging.h"
#include "util/suggest.h"
#include "util/systemdnotify.h"
#include "util/unixsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <functional>

namespace ferry::cli {

using namespace ferry::engine;

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("ferryctl", s);
}

QCommandLineOption opt(const QString &name, const QString &description, const QString &value = {})
{
    return QCommandLineOption(QStringList {name}, description, value);
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

struct Row
{
    QueueEntry entry;
    QString name;
    Batch batch;
    QString engineHost; // the host of the engine holding it ('' when none does)
    QString waitingFor; // why no engine takes it though it could start (engine::waitingReason)
};

Result<QVector<Row>> rows(const std::shared_ptr<Database> &db)
{
    auto entries = QueueRepository(db).all();
    if (!entries)
        return entries.error();
    QHash<QString, QString> hostOfEngine;
    if (auto engines = EngineRepository(db).list())
        for (const EngineRecord &e : std::as_const(*engines))
            hostOfEngine.insert(e.id, e.host);
    QHash<qint64, Batch> batches;
    const auto reasons = waitingReasons(db, *entries);
    QVector<Row> out;
    for (const QueueEntry &e : std::as_const(*entries)) {
        Row r;
        r.entry = e;
        if (!batches.contains(e.batchId))
            if (auto b = BatchRepository(db).byId(e.batchId))
                batches.insert(e.batchId, *b);
        r.batch = batches.value(e.batchId);
        auto vm = InstanceRepository(db).byId(e.instanceId);
        r.name = vm ? vm->effectiveName() : QString::number(e.instanceId);
        if (!e.engineId.isEmpty())
            r.engineHost = hostOfEngine.value(e.engineId, tr("(gone)"));
        if (reasons)
            r.waitingFor = reasons->value(e.id);
        out << r;
    }
    return out;
}

QString windowText(const Row &r)
{
    for (const MigrationWindow &w : r.batch.windows)
        if (w.id == r.entry.windowId)
            return QStringLiteral("%1: %2").arg(w.name, batch::describeWindow(w));
    if (r.batch.windows.isEmpty())
        return tr("now");
    QStringList all;
    for (const MigrationWindow &w : r.batch.windows)
        all << QStringLiteral("%1: %2").arg(w.name, batch::describeWindow(w));
    return all.join(QStringLiteral("; "));
}

Result<Row> find(const std::shared_ptr<Database> &db, const QString &name, const QString &batch)
{
    auto all = rows(db);
    if (!all)
        return all.error();
    QVector<Row> hits;
    for (const Row &r : std::as_const(*all))
        if (r.name == name && (batch.isEmpty() || r.batch.name == batch))
            hits << r;
    if (hits.isEmpty())
        return Error(Error::Code::NotFound, tr("No queue entry for %1.").arg(name));
    if (hits.size() > 1)
        return Error(Error::Code::InvalidInput,
            tr("%1 is queued in several batches; name one with --batch.").arg(name));
    return hits.first();
}

QString printTable(Context &ctx, const QVector<Row> &list)
{
    Table t;
    t.headers = QStringList {tr("Name"), tr("Batch"), tr("Last Update"), tr("Status"),
        tr("Status Message"), tr("Migration Window"), tr("Engine Host"), tr("Waiting For")};
    t.keys = QStringList {QStringLiteral("instance_name"), QStringLiteral("batch_name"),
        QStringLiteral("last_update"), QStringLiteral("migration_status"),
        QStringLiteral("migration_status_message"), QStringLiteral("migration_window"),
        QStringLiteral("engine_host"), QStringLiteral("waiting_for")};
    for (const Row &r : list)
        t.rows << QJsonArray {r.name, r.batch.name, timeText(r.entry.updatedAt),
            queuestatus::wireName(r.entry.status), r.entry.statusMessage, windowText(r),
            r.engineHost, r.waitingFor};
    return render(t, ctx.format());
}

int queueList(Context &ctx, const QCommandLineParser &p, const QStringList &)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto all = rows(*db);
    if (!all)
        return ctx.fail(all.error());
    QVector<Row> list;
    for (const Row &r : std::as_const(*all))
        if (!p.isSet(QStringLiteral("batch")) || r.batch.name == p.value(QStringLiteral("batch")))
            list << r;
    ctx.out() << printTable(ctx, list);
    return ExitOk;
}

struct Found
{
    std::shared_ptr<Database> db;
    Row row;
};

// The database and the entry that NAME (args[0]) names, within --batch when given.
Result<Found> findEntry(Context &ctx, const QCommandLineParser &p, const QStringList &args)
{
    auto db = ctx.database();
    if (!db)
        return db.error();
    auto r = find(*db, args.at(0), p.value(QStringLiteral("batch")));
    if (!r)
        return r.error();
    return Found {*db, *r};
}

int queueShow(Context &ctx, const QCommandLineParser &p, const QStringList &args)
{
    auto found = findEntry(ctx, p, args);
    if (!found)
        return ctx.fail(found.error());
    const Row *r = &found->row;
    QueueRepository queue(found->db);
    QJsonArray disks;
    if (auto progress = queue.diskProgress(r->entry.id))
        for (const DiskProgress &d : std::as_const(*progress)) {
            const double pct
                = d.bytesTotal > 0 ? 100.0 * double(d.bytesDone) / double(d.bytesTotal) : 0;
            const double rate = d.rateBps;
            const qint64 eta = rate > 0 ? qint64(double(d.bytesTotal - d.bytesDone) / rate) : -1;
            disks << QJsonObject {{QStringLiteral("disk"), d.diskName},
                {QStringLiteral("bytes_done"), d.bytesDone},
                {QStringLiteral("bytes_total"), d.bytesTotal},
                {QStringLiteral("percent"), QString::number(pct, 'f', 1)},
                {QStringLiteral("rate_mib_s"), QString::number(rate / 1048576.0, 'f', 1)},
                {QStringLiteral("eta_s"), eta}, {QStringLiteral("sha256"), d.sha256}};
        }
    QJsonArray log;
    if (auto lines = queue.log(r->entry.id))
        for (const LogLine &l : std::as_const(*lines))
            log << QStringLiteral("%1 %2 %3").arg(timeText(l.at), l.level, l.message);
    QJsonObject o {{QStringLiteral("instance_name"), r->name},
        {QStringLiteral("batch_name"), r->batch.name},
        {QStringLiteral("migration_status"), queuestatus::wireName(r->entry.status)},
        {QStringLiteral("migration_status_message"), r->entry.statusMessage},
        {QStringLiteral("migration_window"), windowText(*r)},
        {QStringLiteral("last_update"), timeText(r->entry.updatedAt)},
        {QStringLiteral("target_instance"), r->entry.targetInstanceName},
        // A clustered target: the member the VM landed on (placement.location after the import).
        {QStringLiteral("target_location"),
            r->entry.placement.value(QStringLiteral("location")).toString()},
        {QStringLiteral("retry_count"), r->entry.retryCount},
        {QStringLiteral("engine_id"), r->entry.engineId},
        {QStringLiteral("engine_host"), r->engineHost},
        {QStringLiteral("waiting_for"), r->waitingFor},
        {QStringLiteral("lease_until"), timeText(r->entry.leaseUntil)},
        {QStringLiteral("source_was_running"), r->entry.sourceWasRunning},
        {QStringLiteral("placement"), r->entry.placement}, {QStringLiteral("disks"), disks},
        {QStringLiteral("log"), log}};
    ctx.out() << renderObject(o, ctx.format());
    return ExitOk;
}

// queue cancel|retry|resolve NAME: engine::QueueActions on the entry the name finds; `done`
// is the line printed on success (%1: the name).
int entryAction(Context &ctx, const QCommandLineParser &p, const QStringList &args,
    const std::function<Result<QueueEntry>(const QueueActions &, qint64)> &action, const char *done)
{
    auto found = findEntry(ctx, p, args);
    if (!found)
        return ctx.fail(found.error());
    if (auto e = action(QueueActions(found->db), found->row.entry.id); !e)
        return ctx.fail(e.error());
    ctx.out() << tr(done).arg(found->row.name) << '\n';
    return ExitOk;
}

// A running job notices within seconds (the engine reads the queue every tick), cleans up
// (unless --keep-leftovers) and powers the source back on.
int queueCancel(Context &ctx, const QCommandLineParser &p, const QStringList &args)
{
    const bool keep = p.isSet(QStringLiteral("keep-leftovers"));
    return entryAction(
        ctx, p, args, [keep](const QueueActions &a, qint64 id) { return a.cancel(id, keep); },
        QT_TRANSLATE_NOOP("ferryctl", "%1 canceled."));
}

int queueRetry(Context &ctx, const QCommandLineParser &p, const QStringList &args)
{
    return entryAction(
        ctx, p, args, [](const QueueActions &a, qint64 id) { return a.retry(id); },
        QT_TRANSLATE_NOOP("ferryctl", "%1 is waiting again."));
}

// A person settled what made the entry a Conflict: the entry waits again, its retry count kept.
int queueResolve(Context &ctx, const QCommandLineParser &p, const QStringList &args)
{
    return entryAction(
        ctx, p, args, [](const QueueActions &a, qint64 id) { return a.resolve(id); },
        QT_TRANSLATE_NOOP("ferryctl", "%1 is waiting again."));
}

bool queueIdle(const QVector<Row> &list)
{
    for (const Row &r : list)
        if (QueueStateMachine::isActive(r.entry.status)
            || (r.entry.status == QueueStatus::Waiting && r.batch.status == batchstatus::Running))
            return false;
    return true;
}

int queueWatch(Context &ctx, const QCommandLineParser &p, const QStringList &)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    const int interval = p.isSet(QStringLiteral("interval"))
        ? qMax(1, p.value(QStringLiteral("interval")).toInt())
        : 2;
    while (true) {
        auto all = rows(*db);
        if (!all)
            return ctx.fail(all.error());
        ctx.out() << printTable(ctx, *all) << '\n';
        ctx.out().flush();
        if (queueIdle(*all))
            return ExitOk;
        QThread::sleep(unsigned(interval));
    }
}

// --only-source/--only-target NAME[,NAME...] (repeatable): the names, each one registered.
Result<QStringList> onlyNames(
    const QCommandLineParser &p, bool sources, const QStringList &registered)
{
    const QString option = sources ? QStringLiteral("only-source") : QStringLiteral("only-target");
    QStringList names;
    for (const QString &value : p.values(option))
        for (const QString &part : value.split(QLatin1Char(',')))
            if (const QString name = part.trimmed(); !name.isEmpty() && !names.contains(name))
                names << name;
    if (p.isSet(option) && names.isEmpty())
        return Error(Error::Code::InvalidInput, tr("--%1 needs a name.").arg(option));
    for (const QString &name : std::as_const(names))
        if (!registered.contains(name)) {
            const QString close = closestMatch(name, registered);
            if (close.isEmpty())
                return Error(Error::Code::NotFound,
                    (sources ? tr("--only-source: no source is named %1.")
                             : tr("--only-target: no target is named %1."))
                        .arg(name));
            return Error(Error::Code::NotFound,
                (sources ? tr("--only-source: no source is named %1; did you mean %2?")
                         : tr("--only-target: no target is named %1; did you mean %2?"))
                    .arg(name, close));
        }
    return names;
}

int engineRun(Context &ctx, const QCommandLineParser &p, const QStringList &)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    // The shared settings (Settings… in ferry, ferryctl system settings) unless options say else.
    EngineOptions o = EngineOptions::fromSettings(*db, std::make_shared<CredentialStore>());
    if (const auto settings = AppSettings::load(*db))
        applyLogLevel(settings->logLevel);
    if (p.isSet(QStringLiteral("threads")))
        o.maxThreads = qMax(1, p.value(QStringLiteral("threads")).toInt());
    if (p.isSet(QStringLiteral("retries")))
        o.maxRetries = qMax(0, p.value(QStringLiteral("retries")).toInt());
    if (p.isSet(QStringLiteral("retry-delay")))
        o.retryBaseSeconds = qMax(1, p.value(QStringLiteral("retry-delay")).toInt());
    o.keepLeftovers = p.isSet(QStringLiteral("keep-leftovers"));
    if (p.isSet(QStringLiteral("read-limit"))) {
        bool ok = false;
        const double mib = p.value(QStringLiteral("read-limit")).toDouble(&ok);
        if (!ok || mib < 0)
            return ctx.fail(Error(Error::Code::InvalidInput,
                tr("--read-limit takes MiB per second, a number of 0 or more (0: no limit).")));
        o.readLimitBytesPerSecond = qint64(mib * 1024 * 1024);
    }
    // Leases (docs/scale.md): short ones let the tests see a killed engine taken over quickly.
    auto seconds = [&p](const QString &name, qint64 minimum, qint64 *out) -> Status {
        if (!p.isSet(name))
            return {};
        bool ok = false;
        const qint64 value = p.value(name).toLongLong(&ok);
        if (!ok || value < minimum)
            return Error(Error::Code::InvalidInput,
                tr("--%1 takes whole seconds, %2 or more.").arg(name).arg(minimum));
        *out = value * 1000;
        return {};
    };
    qint64 heartbeatMs = o.heartbeatMs;
    if (Status st = seconds(QStringLiteral("lease"), 2, &o.leaseMs); !st)
        return ctx.fail(st.error());
    if (Status st = seconds(QStringLiteral("heartbeat"), 1, &heartbeatMs); !st)
        return ctx.fail(st.error());
    o.heartbeatMs = int(heartbeatMs);
    if (o.heartbeatMs * 2 > o.leaseMs)
        return ctx.fail(Error(Error::Code::InvalidInput,
            tr("The heartbeat (%1 s) must be at most half the lease (%2 s).")
                .arg(o.heartbeatMs / 1000)
                .arg(o.leaseMs / 1000)));
    // Engines where the data is (docs/scale.md): only entries of these sources and targets.
    if (p.isSet(QStringLiteral("only-source"))) {
        auto all = SourceRepository(*db).all();
        if (!all)
            return ctx.fail(all.error());
        QStringList registered;
        for (const Source &s : std::as_const(*all))
            registered << s.name;
        auto names = onlyNames(p, true, registered);
        if (!names)
            return ctx.fail(names.error());
        o.onlySources = *names;
    }
    if (p.isSet(QStringLiteral("only-target"))) {
        auto all = TargetRepository(*db).all();
        if (!all)
            return ctx.fail(all.error());
        QStringList registered;
        for (const Target &t : std::as_const(*all))
            registered << t.name;
        auto names = onlyNames(p, false, registered);
        if (!names)
            return ctx.fail(names.error());
        o.onlyTargets = *names;
    }
    // A cluster member's name is the target's to know (pre-flight checks the placement against
    // the members); here it is only taken as given.
    for (const QString &value : p.values(QStringLiteral("only-member")))
        for (const QString &part : value.split(QLatin1Char(',')))
            if (const QString name = part.trimmed();
                !name.isEmpty() && !o.onlyMembers.contains(name))
                o.onlyMembers << name;
    if (p.isSet(QStringLiteral("only-member")) && o.onlyMembers.isEmpty())
        return ctx.fail(Error(Error::Code::InvalidInput,
            tr("--%1 needs a name.").arg(QStringLiteral("only-member"))));
    const bool serve = p.isSet(QStringLiteral("serve"));
    // As a service (docs/scale.md, "Running as a service"): systemd reads stderr into the
    // journal, and the notify socket hears READY, STATUS, WATCHDOG and STOPPING.
    SystemdNotifier notifier;
    std::unique_ptr<UnixSignalWatcher> signalWatcher;
    if (serve) {
        // Watched before the engine registers: a SIGTERM from now on waits in the watcher's
        // socket pair until the loop below reads it, and never ends the process unregistered.
        signalWatcher = std::make_unique<UnixSignalWatcher>(QList<int> {SIGTERM, SIGINT});
        setLogEchoToStderr(true);
        // The watchdog pings come from the scheduler's ticks: at least one tick per ping.
        if (notifier.watchdogIntervalMs() > 0)
            o.tickMs = int(qMin<qint64>(o.tickMs, notifier.watchdogIntervalMs()));
    }
    Engine engine(o);
    if (Status st = engine.start(); !st)
        return ctx.fail(st.error());
    QEventLoop loop;
    int code = ExitOk;
    if (!serve)
        QObject::connect(&engine, &Engine::idle, &loop, &QEventLoop::quit);
    QObject::connect(&engine, &Engine::lockLost, &loop, [&](const QString &) {
        code = ExitFailure;
        loop.quit();
    });
    QObject::connect(&engine, &Engine::entryChanged, &loop, [&](qint64 id) {
        auto e = QueueRepository(*db).byId(id);
        if (e && ctx.format() == Format::Table)
            ctx.err() << QStringLiteral("entry %1: %2 %3")
                             .arg(id)
                             .arg(queuestatus::wireName(e->status), e->statusMessage)
                      << '\n',
                ctx.err().flush();
    });
    bool readySent = false;
    QElapsedTimer sinceWatchdog;
    auto sendStatus = [&] {
        notifier.status(tr("Migrations running: %1; engine %2")
                            .arg(engine.runningJobs())
                            .arg(engine.engineId()));
    };
    if (serve) {
        // SIGTERM (systemctl stop) and SIGINT (Ctrl+C) end the loop; stop() below cancels the
        // running jobs, waits for them and releases the leases.
        QObject::connect(signalWatcher.get(), &UnixSignalWatcher::received, &loop, [&](int sig) {
            ctx.err() << tr("Signal %1: stopping the engine; running migrations canceled: %2.")
                             .arg(sig)
                             .arg(engine.runningJobs())
                      << '\n';
            ctx.err().flush();
            loop.quit();
        });
        QObject::connect(&engine, &Engine::ticked, &loop, [&] {
            if (!readySent) {
                readySent = true;
                notifier.ready();
                ctx.err() << tr("Engine %1 is running and waits for work.").arg(engine.engineId())
                          << '\n';
                ctx.err().flush();
            }
            sendStatus();
            const qint64 interval = notifier.watchdogIntervalMs();
            if (interval > 0
                && (!sinceWatchdog.isValid() || sinceWatchdog.elapsed() + o.tickMs >= interval)) {
                notifier.watchdog();
                sinceWatchdog.start();
            }
        });
        QObject::connect(&engine, &Engine::entryChanged, &loop, sendStatus);
    }
    loop.exec();
    if (serve) {
        notifier.stopping();
        notifier.status(tr("Stopping: migrations canceled: %1; engine %2")
                            .arg(engine.runningJobs())
                            .arg(engine.engineId()));
    }
    engine.stop();
    if (serve)
        return code; // a service reports its own failure only; the queue's are in the queue
    auto all = rows(*db);
    if (all) {
        ctx.out() << printTable(ctx, *all);
        for (const Row &r : std::as_const(*all))
            if (r.entry.status == QueueStatus::Failed || r.entry.status == QueueStatus::Conflict)
                code = ExitFailure;
    }
    return code;
}

QString ageText(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return QStringLiteral("%1 s").arg(qMax<qint64>(0, t.secsTo(QDateTime::currentDateTimeUtc())));
}

int engineList(Context &ctx, const QCommandLineParser &, const QStringList &)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto engines = EngineRepository(*db).list();
    if (!engines)
        return ctx.fail(engines.error());
    Table t;
    t.headers = QStringList {tr("ID"), tr("Host"), tr("PID"), tr("Started"), tr("Heartbeat Age"),
        tr("Entries"), tr("Version"), tr("Restrictions")};
    t.keys = QStringList {QStringLiteral("id"), QStringLiteral("host"), QStringLiteral("pid"),
        QStringLiteral("started_at"), QStringLiteral("heartbeat_age_s"), QStringLiteral("entries"),
        QStringLiteral("version"), QStringLiteral("restrictions")};
    const bool table = ctx.format() == Format::Table;
    for (const EngineRecord &e : std::as_const(*engines)) {
        const qint64 age = e.heartbeatAt.isValid()
            ? qMax<qint64>(0, e.heartbeatAt.secsTo(QDateTime::currentDateTimeUtc()))
            : -1;
        const EngineRestrictions r = EngineRestrictions::fromJson(e.restrictions);
        const QJsonObject raw = QJsonDocument::fromJson(e.restrictions.toUtf8()).object();
        t.rows << QJsonArray {e.id, e.host, e.pid, timeText(e.startedAt),
            table ? QJsonValue(ageText(e.heartbeatAt)) : QJsonValue(age), e.heldEntries, e.version,
            table ? QJsonValue(r.describe()) : QJsonValue(raw)};
    }
    ctx.out() << render(t, ctx.format());
    return ExitOk;
}

} // namespace

QList<Command> queueCommands()
{
    const QString q = QStringLiteral("queue");
    const QCommandLineOption batch
        = opt(QStringLiteral("batch"), tr("Only this batch"), tr("BATCH"));
    QList<Command> list;
    list << Command {QStringLiteral("engine"), QStringLiteral("run"),
        tr("Run the migration engine headless until the queue is idle (--serve: until stopped)"),
        {}, 0, 0,
        {opt(QStringLiteral("threads"),
             tr("Migrations at once (default: the engine.threads setting, 4)"), tr("N")),
            opt(QStringLiteral("retries"),
                tr("Retries of a failed migration (default: the engine.retries setting, 2)"),
                tr("N")),
            opt(QStringLiteral("retry-delay"), tr("First retry delay in seconds (default 30)"),
                tr("S")),
            opt(QStringLiteral("keep-leftovers"),
                tr("Keep what a failed migration created on the target")),
            opt(QStringLiteral("read-limit"),
                tr("Read at most this many MiB a second from the source datastore, per "
                   "migration (default: no limit)"),
                tr("MIB")),
            opt(QStringLiteral("lease"),
                tr("Seconds an entry stays leased to this engine without a heartbeat; another "
                   "engine takes it over after that (default 60)"),
                tr("S")),
            opt(QStringLiteral("heartbeat"),
                tr("Seconds between this engine's heartbeats, at most half the lease "
                   "(default 10)"),
                tr("S")),
            opt(QStringLiteral("only-source"),
                tr("Take only entries of these sources (comma-separated names; repeatable)"),
                tr("NAME")),
            opt(QStringLiteral("only-target"),
                tr("Take only entries for these targets (comma-separated names; repeatable)"),
                tr("NAME")),
            opt(QStringLiteral("only-member"),
                tr("Take only entries placed on these cluster members (target_member; "
                   "comma-separated names; repeatable); entries without a member are left to "
                   "other engines"),
                tr("NAME")),
            opt(QStringLiteral("serve"),
                tr("Run as a service: wait for work instead of ending when the queue is idle, "
                   "stop cleanly on SIGTERM or SIGINT, log to stderr and tell systemd through "
                   "$NOTIFY_SOCKET (ferry-engine.service)"))},
        {QStringLiteral("ferryctl engine run"),
            QStringLiteral("ferryctl engine run --only-source vc01 --only-target incus01,incus02"),
            QStringLiteral("ferryctl engine run --only-target incus01 --only-member node1"),
            QStringLiteral("ferryctl engine run --serve")},
        engineRun};
    list << Command {QStringLiteral("engine"), QStringLiteral("list"),
        tr("List the engines sharing this database: host, process, heartbeat, entries held, "
           "restrictions"),
        {}, 0, 0, {},
        {QStringLiteral("ferryctl engine list"),
            QStringLiteral("ferryctl engine list --format json")},
        engineList};
    list << Command {q, QStringLiteral("list"), tr("List the queue"), {}, 0, 0, {batch},
        {QStringLiteral("ferryctl queue list"),
            QStringLiteral("ferryctl queue list --format json")},
        queueList};
    list << Command {q, QStringLiteral("show"),
        tr("Show a queue entry: per-disk progress with SHA-256, placement and log"), tr("NAME"), 1,
        1, {batch}, {QStringLiteral("ferryctl queue show web01")}, queueShow};
    list << Command {q, QStringLiteral("cancel"),
        tr("Cancel a queue entry; what it created on the target is removed unless "
           "--keep-leftovers"),
        tr("NAME"), 1, 1,
        {batch,
            opt(QStringLiteral("keep-leftovers"),
                tr("Leave what the migration created on the target, for a person to look at"))},
        {QStringLiteral("ferryctl queue cancel web01"),
            QStringLiteral("ferryctl queue cancel web01 --keep-leftovers")},
        queueCancel};
    list << Command {q, QStringLiteral("retry"),
        tr("Queue an entry in Error, Canceled or Conflict again"), tr("NAME"), 1, 1, {batch},
        {QStringLiteral("ferryctl queue retry web01")}, queueRetry};
    list << Command {q, QStringLiteral("resolve"),
        tr("Queue an entry in Conflict again once the conflict is settled"), tr("NAME"), 1, 1,
        {batch}, {QStringLiteral("ferryctl queue resolve web01")}, queueResolve};
    list << Command {q, QStringLiteral("watch"), tr("Print the queue until it is idle"), {}, 0, 0,
        {opt(QStringLiteral("interval"), tr("Seconds between refreshes (default 2)"), tr("S"))},
        {QStringLiteral("ferryctl queue watch")}, queueWatch};
    return list;
}

} // namespace ferry::cli
