#include "cli.h"

#include "batch/batchconfig.h"
#include "batch/batchservice.h"
#include "batch/batchyaml.h"
#include "batch/windows.h"
#include "engine/guestdryrun.h"
#include "secrets/credentialstore.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QTextStream>

#include <iostream>
#include <optional>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace ferry::cli {

using namespace ferry::batch;

namespace {

// One finding of a conversion dry run as a table line, indented by `indent` spaces.
QString dryRunLine(const convert::DryRunFinding &f, int indent)
{
    return QStringLiteral("%1%2 %3: %4")
        .arg(QString(indent, QLatin1Char(' ')),
            QString::fromLatin1(convert::DryRunFinding::severityName(f.severity)).leftJustified(8),
            f.code, f.message);
}

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferryctl)
};

QCommandLineOption opt(const QString &name, const QString &description, const QString &value = {})
{
    return QCommandLineOption(QStringList {name}, description, value);
}

Result<BatchService> service(Context &ctx)
{
    auto db = ctx.database();
    if (!db)
        return db.error();
    return BatchService(*db);
}

QString quoted(const QString &s)
{
    return QStringLiteral("\"%1\"").arg(s);
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// The batch with the YAML's field names, for --format json.
QJsonObject batchJson(const Batch &b, const QString &target)
{
    const BatchConfig c = configOf(b);
    QJsonArray windows;
    for (const MigrationWindow &w : b.windows)
        windows << QJsonObject {{QStringLiteral("name"), w.name},
            {QStringLiteral("start"), timeText(w.start)}, {QStringLiteral("end"), timeText(w.end)},
            {QStringLiteral("lockout"), timeText(w.lockout)},
            {QStringLiteral("capacity"), w.capacity}};
    QJsonArray constraints;
    for (const Constraint &k : b.constraints)
        constraints << QJsonObject {{QStringLiteral("name"), k.name},
            {QStringLiteral("description"), k.description},
            {QStringLiteral("include_expression"), k.includeExpression},
            {QStringLiteral("max_concurrent_instances"), k.maxConcurrentInstances},
            {QStringLiteral("min_instance_boot_time"),
                formatBatchDuration(k.minInstanceBootTimeMs)}};
    return QJsonObject {{QStringLiteral("name"), b.name}, {QStringLiteral("status"), b.status},
        {QStringLiteral("status_message"), b.statusMessage},
        {QStringLiteral("start_date"), timeText(b.startDate)},
        {QStringLiteral("include_expression"), b.includeExpression},
        {QStringLiteral("migration_windows"), windows},
        {QStringLiteral("constraints"), constraints},
        {QStringLiteral("defaults"),
            QJsonObject {{QStringLiteral("placement"),
                             QJsonObject {{QStringLiteral("target"), target},
                                 {QStringLiteral("target_project"), b.defaultProject},
                                 {QStringLiteral("storage_pool"), b.defaultPool}}},
                {QStringLiteral("migration_network"), b.migrationNetwork},
                {QStringLiteral("force_conflict_resolution"), c.forceConflictResolution}}},
        {QStringLiteral("config"),
            QJsonObject {{QStringLiteral("rerun_scriptlets"), c.rerunScriptlets},
                {QStringLiteral("placement_scriptlet"), c.placementScriptlet},
                {QStringLiteral("post_migration_retries"), c.postMigrationRetries},
                {QStringLiteral("instance_restriction_overrides"),
                    QJsonObject {
                        {QStringLiteral("allow_unknown_os"), c.restrictionOverrides.allowUnknownOs},
                        {QStringLiteral("allow_no_ipv4"), c.restrictionOverrides.allowNoIpv4},
                        {QStringLiteral("allow_no_background_import"),
                            c.restrictionOverrides.allowNoBackgroundImport}}},
                {QStringLiteral("background_sync_interval"),
                    formatBatchDuration(c.backgroundSyncIntervalMs)},
                {QStringLiteral("final_background_sync_limit"),
                    formatBatchDuration(c.finalBackgroundSyncLimitMs)},
                {QStringLiteral("convert_guests"), c.convertGuests},
                {QStringLiteral("guest_shutdown_timeout"), c.guestShutdownTimeoutSeconds},
                {QStringLiteral("hard_power_off"), c.hardPowerOff}}}};
}

const QString kConvertGuests = QStringLiteral("convert-guests");
const QString kNoConvertGuests = QStringLiteral("no-convert-guests");

// --convert-guests / --no-convert-guests of add and edit; nothing when neither is given.
struct ConvertGuestsFlag
{
    std::optional<bool> value;
    bool contradictory = false;
};

ConvertGuestsFlag convertGuestsFlag(const QCommandLineParser &p)
{
    const bool on = p.isSet(kConvertGuests);
    const bool off = p.isSet(kNoConvertGuests);
    if (on && off)
        return {std::nullopt, true};
    if (on || off)
        return {on, false};
    return {};
}

int contradictoryFlags(Context &ctx)
{
    ctx.err() << Text::tr("Error: give --convert-guests or --no-convert-guests, not both.")
              << Qt::endl;
    return ExitUsage;
}

// The document with config.convert_guests set. A document that does not parse comes back as it
// is, so that the service reports its problems at the lines the person wrote.
QByteArray withConvertGuests(const QByteArray &yaml, bool on)
{
    ParsedBatch parsed = parseBatchYaml(yaml);
    if (!parsed.ok())
        return yaml;
    BatchConfig c = configOf(parsed.document.batch);
    c.convertGuests = on;
    parsed.document.batch.config = c.toJson();
    return emitBatchYaml(parsed.document);
}

bool stdoutIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdout)) != 0;
#else
    return isatty(STDOUT_FILENO) != 0;
#endif
}

Result<QByteArray> readYamlFile(Context &ctx, const QString &path)
{
    if (path == QLatin1String("-"))
        return QByteArray(ctx.readStdin() + '\n');
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, Text::tr("Cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > kMaxBatchYamlBytes)
        return Error(Error::Code::InvalidInput,
            Text::tr("%1 is larger than %2 bytes; a batch is a page of text.")
                .arg(path)
                .arg(kMaxBatchYamlBytes));
    return f.readAll();
}

int batchAdd(Context &ctx, const QCommandLineParser &p, const QStringList &args)
{
    const ConvertGuestsFlag convert = convertGuestsFlag(p);
    if (convert.contradictory)
        return contradictoryFlags(ctx);
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    const QString name = args.value(0);
    Result<Batch> added = Error();
    if (p.isSet(QStringLiteral("file"))) {
        auto yaml = readYamlFile(ctx, p.value(QStringLiteral("file")));
        if (!yaml)
            return ctx.fail(yaml.error());
        added = svc->addFromYaml(
            convert.value ? withConvertGuests(*yaml, *convert.value) : *yaml, name);
    } else {
        BatchConfig config;
        config.convertGuests = convert.value.value_or(config.convertGuests);
        added = svc->add(name, config);
    }
    if (!added)
        return ctx.fail(added.error());
    ctx.out() << Text::tr("Successfully added new batch %1.").arg(quoted(added->name)) << Qt::endl;
    return ExitOk;
}

// Runs $VISUAL or $EDITOR (else vi) on the file, on this terminal.
Status runEditor(const QString &path)
{
    QString editor = qEnvironmentVariable("VISUAL");
    if (editor.trimmed().isEmpty())
        editor = qEnvironmentVariable("EDITOR");
    if (editor.trimmed().isEmpty())
        editor = QStringLiteral("vi");
    QProcess proc;
    proc.setProcessChannelMode(QProcess::ForwardedChannels);
    proc.setInputChannelMode(QProcess::ForwardedInputChannel);
    // Through the shell, so EDITOR may carry arguments ("code --wait").
    proc.start(QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"), editor + QStringLiteral(" \"$1\""), QStringLiteral("sh"), path});
    if (!proc.waitForStarted(-1))
        return Error(Error::Code::Io, Text::tr("Cannot start the editor %1.").arg(quoted(editor)));
    proc.waitForFinished(-1);
    if (proc.exitStatus() != QProcess::NormalExit || proc.exitCode() != 0)
        return Error(Error::Code::Canceled,
            Text::tr("The editor %1 failed (exit code %2); nothing was saved.")
                .arg(quoted(editor))
                .arg(proc.exitCode()));
    return {};
}

int editInEditor(Context &ctx, const BatchService &svc, const QString &name, QByteArray yaml)
{
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/ferry-batch-XXXXXX.yaml"));
    if (!file.open())
        return ctx.fail(Error(Error::Code::Io, Text::tr("Cannot create a temporary file.")));
    QByteArray written = editorText(yaml);
    bool first = true;
    file.close(); // the name stays reserved until the end
    for (;;) {
        // By name each time: editors (and sed -i) often replace the file rather than rewrite it.
        QFile out(file.fileName());
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || out.write(written) != written.size() || !out.flush())
            return ctx.fail(Error(Error::Code::Io,
                Text::tr("Cannot write the temporary file %1.").arg(file.fileName())));
        out.close();
        if (Status st = runEditor(file.fileName()); !st)
            return ctx.fail(st.error());
        QFile back(file.fileName());
        if (!back.open(QIODevice::ReadOnly))
            return ctx.fail(Error(Error::Code::Io, Text::tr("Cannot read the edited file back.")));
        const QByteArray edited = back.readAll();
        if (edited == written) {
            if (first) {
                ctx.out() << Text::tr("No changes to batch %1.").arg(quoted(name)) << Qt::endl;
                return ExitOk;
            }
            return ctx.fail(Error(
                Error::Code::Canceled, Text::tr("The batch was left invalid; nothing was saved.")));
        }
        first = false;
        QVector<YamlIssue> issues;
        auto updated = svc.update(name, edited, &issues);
        if (updated) {
            ctx.out() << Text::tr("Successfully updated batch %1.").arg(quoted(updated->name))
                      << Qt::endl;
            return ExitOk;
        }
        if (issues.isEmpty())
            return ctx.fail(updated.error());
        ctx.err() << Text::tr("Error: %1").arg(updated.error().toString()) << Qt::endl
                  << Text::tr(
                         "Press Enter to open the editor again, or type q and Enter to give up: ")
                  << Qt::flush;
        std::string answer;
        if (!std::getline(std::cin, answer)
            || QString::fromStdString(answer).trimmed() == QLatin1String("q"))
            return ctx.fail(Error(Error::Code::Canceled, Text::tr("Nothing was saved.")));
        written = editorText(edited, issues);
    }
}

int batchEdit(Context &ctx, const QCommandLineParser &p, const QStringList &args)
{
    const ConvertGuestsFlag convert = convertGuestsFlag(p);
    if (convert.contradictory)
        return contradictoryFlags(ctx);
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    const QString name = args.value(0);
    auto current = svc->yaml(name);
    if (!current)
        return ctx.fail(current.error());
    const bool fromFile = p.isSet(QStringLiteral("file"));
    QByteArray yaml;
    if (!fromFile && convert.value) {
        // Only the option changes: no editor, no standard input.
        yaml = *current;
    } else if (!fromFile && ctx.interactive()) {
        return editInEditor(ctx, *svc, name, *current);
    } else {
        // No terminal: the new document comes from standard input (or --file).
        auto read
            = readYamlFile(ctx, fromFile ? p.value(QStringLiteral("file")) : QStringLiteral("-"));
        if (!read)
            return ctx.fail(read.error());
        yaml = *read;
    }
    if (convert.value)
        yaml = withConvertGuests(yaml, *convert.value);
    QVector<YamlIssue> issues;
    auto updated = svc->update(name, yaml, &issues);
    if (!updated) {
        ctx.err() << Text::tr("Error: %1").arg(updated.error().message) << Qt::endl;
        for (int i = 1; i < issues.size(); ++i)
            ctx.err() << Text::tr("Error: %1").arg(issues.at(i).toString()) << Qt::endl;
        ctx.err() << Text::tr("Nothing was saved.") << Qt::endl;
        return ExitFailure;
    }
    ctx.out() << Text::tr("Successfully updated batch %1.").arg(quoted(updated->name)) << Qt::endl;
    return ExitOk;
}

int batchShow(Context &ctx, const QCommandLineParser &, const QStringList &args)
{
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    auto b = svc->byName(args.value(0));
    if (!b)
        return ctx.fail(b.error());
    if (ctx.format() == Format::Json) {
        ctx.out() << renderObject(batchJson(*b, svc->targetName(*b)), Format::Json);
        return ExitOk;
    }
    ctx.out() << QString::fromUtf8(emitBatchYaml(BatchDocument {*b, svc->targetName(*b)}));
    // For people at a terminal: the option the YAML leaves out while it is on. A comment, so the
    // text still reads back; redirected or piped, the output is the YAML alone.
    if (ctx.format() == Format::Table && stdoutIsTerminal())
        ctx.out() << QStringLiteral("# %1").arg(configOf(*b).convertGuests
                ? Text::tr("Guest conversion: on")
                : Text::tr("Guest conversion: off"))
                  << Qt::endl;
    return ExitOk;
}

int batchInfo(Context &ctx, const QCommandLineParser &, const QStringList &args)
{
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    auto info = svc->info(args.value(0));
    if (!info)
        return ctx.fail(info.error());
    if (ctx.format() != Format::Table) {
        QJsonArray matched, queued;
        for (const Instance &vm : std::as_const(info->matched))
            matched << QJsonObject {{QStringLiteral("uuid"), vm.uuid},
                {QStringLiteral("location"), vm.location},
                {QStringLiteral("name"), vm.effectiveName()}};
        for (const BatchInfo::Queued &q : std::as_const(info->queued))
            queued << QJsonObject {{QStringLiteral("uuid"), q.instance.uuid},
                {QStringLiteral("location"), q.instance.location},
                {QStringLiteral("status"), queuestatus::wireName(q.entry.status)},
                {QStringLiteral("status_message"), q.entry.statusMessage}};
        QJsonObject o {{QStringLiteral("name"), info->batch.name},
            {QStringLiteral("status"), info->batch.status},
            {QStringLiteral("matched_instances"), matched},
            {QStringLiteral("queued_instances"), queued}};
        if (!info->problems.isEmpty())
            o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(info->problems));
        ctx.out() << renderObject(o, ctx.format());
        return ExitOk;
    }
    ctx.out() << Text::tr("Matched Instances:") << Qt::endl;
    for (const Instance &vm : std::as_const(info->matched))
        ctx.out() << QStringLiteral("  - ") << vm.location << Qt::endl;
    ctx.out() << Qt::endl << Text::tr("Queued Instances:") << Qt::endl;
    for (const BatchInfo::Queued &q : std::as_const(info->queued))
        ctx.out() << QStringLiteral("  - %1 (%2)")
                         .arg(q.instance.location, queuestatus::wireName(q.entry.status))
                  << Qt::endl;
    for (const QString &problem : std::as_const(info->problems))
        ctx.err() << Text::tr("Warning: %1").arg(problem) << Qt::endl;
    return ExitOk;
}

int batchList(Context &ctx, const QCommandLineParser &, const QStringList &)
{
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    auto batches = svc->list();
    if (!batches)
        return ctx.fail(batches.error());
    Table t;
    t.headers = QStringList {Text::tr("Name"), Text::tr("Status"), Text::tr("Status String"),
        Text::tr("Target"), Text::tr("Project"), Text::tr("Storage Pool"),
        Text::tr("Include Expression"), Text::tr("Migration Windows")};
    t.keys = QStringList {QStringLiteral("name"), QStringLiteral("status"),
        QStringLiteral("status_message"), QStringLiteral("target"),
        QStringLiteral("target_project"), QStringLiteral("storage_pool"),
        QStringLiteral("include_expression"), QStringLiteral("migration_windows")};
    for (const Batch &b : std::as_const(*batches)) {
        QJsonArray windows;
        for (const MigrationWindow &w : b.windows)
            windows << QStringLiteral("%1: %2").arg(w.name, describeWindow(w));
        t.rows << QJsonArray {b.name, b.status, b.statusMessage, svc->targetName(b),
            b.defaultProject, b.defaultPool, b.includeExpression, windows};
    }
    ctx.out() << render(t, ctx.format());
    return ExitOk;
}

int batchRemove(Context &ctx, const QCommandLineParser &, const QStringList &args)
{
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    if (Status st = svc->remove(args.value(0)); !st)
        return ctx.fail(st.error());
    ctx.out() << Text::tr("Successfully removed batch %1.").arg(quoted(args.value(0))) << Qt::endl;
    return ExitOk;
}

QJsonObject plannedJson(const PlannedInstance &p)
{
    QJsonArray findings;
    for (const Finding &f : p.findings)
        findings << QJsonObject {{QStringLiteral("severity"), severityName(f.severity)},
            {QStringLiteral("code"), f.code}, {QStringLiteral("message"), f.message}};
    const QString result = !p.skipped.isEmpty() ? QStringLiteral("skipped")
        : p.alreadyQueued                       ? QStringLiteral("queued")
        : hasCritical(p.findings)               ? QStringLiteral("blocked")
                                                : QStringLiteral("ready");
    QJsonObject o {{QStringLiteral("uuid"), p.instance.uuid},
        {QStringLiteral("location"), p.instance.location}, {QStringLiteral("result"), result},
        {QStringLiteral("placement"), p.placement.toJson()},
        {QStringLiteral("findings"), findings}};
    if (!p.skipped.isEmpty())
        o.insert(QStringLiteral("skipped"), p.skipped);
    return o;
}

int batchPlacement(Context &ctx, const QCommandLineParser &, const QStringList &args)
{
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    auto plans = svc->plan(args.value(0));
    if (!plans)
        return ctx.fail(plans.error());
    // The last conversion dry run of each instance (`batch dry-run`), when there is one.
    QList<qint64> ids;
    for (const PlannedInstance &p : std::as_const(*plans))
        ids << p.instance.id;
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto dryRuns = engine::dryRunsOf(*db, ids);
    if (!dryRuns)
        return ctx.fail(dryRuns.error());
    if (ctx.format() != Format::Table) {
        QJsonArray list;
        for (const PlannedInstance &p : std::as_const(*plans)) {
            QJsonObject o = plannedJson(p);
            if (dryRuns->contains(p.instance.id)) {
                const engine::GuestDryRunReport &d = dryRuns->value(p.instance.id);
                o.insert(QStringLiteral("dry_run"),
                    QJsonObject {{QStringLiteral("ran_at"), d.at.toString(Qt::ISODate)},
                        {QStringLiteral("read"), d.read}, {QStringLiteral("seconds"), d.seconds},
                        {QStringLiteral("findings"), engine::findingsJson(d.findings)}});
            }
            list << o;
        }
        ctx.out() << (ctx.format() == Format::Json
                ? QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented))
                : toYaml(list));
        return ExitOk;
    }
    if (plans->isEmpty()) {
        ctx.out() << Text::tr("The batch selects no instance.") << Qt::endl;
        return ExitOk;
    }
    int ready = 0, blocked = 0, skipped = 0;
    for (const PlannedInstance &p : std::as_const(*plans)) {
        const QJsonObject o = plannedJson(p);
        const QString result = o.value(QStringLiteral("result")).toString();
        ready += result == QLatin1String("ready") || result == QLatin1String("queued");
        blocked += result == QLatin1String("blocked");
        skipped += result == QLatin1String("skipped");
        ctx.out() << QStringLiteral("%1: %2").arg(p.instance.location, result.toUpper());
        if (!p.skipped.isEmpty())
            ctx.out() << QStringLiteral(" (%1)").arg(p.skipped);
        ctx.out() << Qt::endl;
        const InstancePlacement &pl = p.placement;
        ctx.out() << Text::tr("  target: %1, project: %2")
                         .arg(pl.target.isEmpty() ? Text::tr("(none)") : pl.target, pl.project)
                  << Qt::endl;
        for (auto it = pl.storagePools.begin(); it != pl.storagePools.end(); ++it)
            ctx.out() << Text::tr("  disk %1 -> pool %2").arg(it.key(), it.value()) << Qt::endl;
        for (auto it = pl.networks.begin(); it != pl.networks.end(); ++it)
            ctx.out() << Text::tr("  nic %1 -> %2 (%3%4)")
                             .arg(it.key(), it->network, it->nicType,
                                 it->vlan.isEmpty() ? QString()
                                                    : Text::tr(", vlan %1").arg(it->vlan))
                      << Qt::endl;
        for (const ScriptLogLine &l : pl.scriptLog)
            ctx.out() << Text::tr("  script %1: %2").arg(l.level, l.message) << Qt::endl;
        for (const Finding &f : p.findings)
            ctx.out() << QStringLiteral("  %1 %2: %3")
                             .arg(severityName(f.severity).leftJustified(8), f.code, f.message)
                      << Qt::endl;
        if (dryRuns->contains(p.instance.id)) {
            const engine::GuestDryRunReport &d = dryRuns->value(p.instance.id);
            ctx.out() << Text::tr("  conversion dry run of %1 UTC:")
                             .arg(d.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                      << Qt::endl;
            for (const convert::DryRunFinding &f : d.findings)
                ctx.out() << dryRunLine(f, 4) << Qt::endl;
        }
    }
    ctx.out() << Qt::endl
              << Text::tr("%1 ready, %2 blocked, %3 skipped (a dry run: nothing was saved).")
                     .arg(ready)
                     .arg(blocked)
                     .arg(skipped)
              << Qt::endl;
    return ExitOk;
}

// The guest conversion's dry run for each instance the batch matches (or the one named):
// libguestfs reads a powered-off VM's disks read-only and says what the conversion would do.
int batchDryRun(Context &ctx, const QCommandLineParser &parser, const QStringList &args)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    BatchService svc(*db);
    auto info = svc.info(args.value(0));
    if (!info)
        return ctx.fail(info.error());
    const QString only = parser.value(QStringLiteral("instance"));
    QVector<Instance> vms;
    for (const Instance &vm : std::as_const(info->matched))
        if (only.isEmpty() || vm.name == only || vm.effectiveName() == only || vm.location == only)
            vms << vm;
    if (vms.isEmpty())
        return ctx.fail(Error(Error::Code::NotFound,
            only.isEmpty() ? Text::tr("Batch %1 matches no instance.").arg(quoted(args.value(0)))
                           : Text::tr("Batch %1 matches no instance %2.")
                                 .arg(quoted(args.value(0)), quoted(only))));
    engine::GuestDryRun dryRun(*db, std::make_shared<CredentialStore>());
    bool ok = parser.isSet(QStringLiteral("timeout"));
    if (ok) {
        const int seconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds < 60)
            return ctx.fail(Error(Error::Code::InvalidInput,
                Text::tr("--timeout takes a number of seconds, at least 60.")));
        dryRun.setTimeoutSeconds(seconds);
    }
    QJsonArray list;
    int failed = 0;
    int read = 0;
    for (const Instance &vm : std::as_const(vms)) {
        if (ctx.format() == Format::Table)
            ctx.out() << Text::tr("%1: inspecting (minutes under TCG) ...").arg(vm.location)
                      << Qt::endl;
        auto report = dryRun.run(vm);
        QList<convert::DryRunFinding> findings;
        if (report)
            findings = report->findings;
        else
            findings.append({convert::DryRunFinding::Severity::Error,
                QStringLiteral("dry-run-failed"), report.error().toString()});
        failed += convert::hasErrorFinding(findings);
        read += report && report->read ? 1 : 0;
        // Kept for pre-flight (the wizard's page shows the last one); a failed run too.
        engine::GuestDryRunReport kept = report ? *report : engine::GuestDryRunReport();
        kept.findings = findings;
        if (!kept.at.isValid())
            kept.at = QDateTime::currentDateTimeUtc();
        if (Status st = engine::saveDryRun(*db, vm.id, kept); !st)
            return ctx.fail(st.error());
        const QJsonArray items = engine::findingsJson(findings);
        list << QJsonObject {{QStringLiteral("location"), vm.location},
            {QStringLiteral("uuid"), vm.uuid},
            {QStringLiteral("read"), report ? report->read : false},
            {QStringLiteral("seconds"), report ? report->seconds : 0.0},
            {QStringLiteral("findings"), items}};
        if (ctx.format() != Format::Table)
            continue;
        for (const convert::DryRunFinding &f : std::as_const(findings))
            ctx.out() << dryRunLine(f, 2) << Qt::endl;
    }
    if (ctx.format() != Format::Table) {
        ctx.out() << (ctx.format() == Format::Json
                ? QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented))
                : toYaml(list));
        return ExitOk;
    }
    ctx.out() << Qt::endl
              << Text::tr(
                     "%1 instance(s), %2 read, %3 whose conversion would fail (a dry run: "
                     "nothing was written to the source; the findings are kept for pre-flight).")
                     .arg(vms.size())
                     .arg(read)
                     .arg(failed)
              << Qt::endl;
    return ExitOk;
}

int batchStart(Context &ctx, const QCommandLineParser &, const QStringList &args)
{
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    auto report = svc->start(args.value(0));
    if (!report)
        return ctx.fail(report.error());
    if (ctx.format() != Format::Table) {
        QJsonArray list;
        for (const PlannedInstance &p : std::as_const(report->instances))
            list << plannedJson(p);
        ctx.out() << renderObject(
            QJsonObject {{QStringLiteral("name"), args.value(0)},
                {QStringLiteral("waiting"), report->waiting},
                {QStringLiteral("blocked"), report->blocked},
                {QStringLiteral("kept"), report->kept}, {QStringLiteral("instances"), list}},
            ctx.format());
        return ExitOk;
    }
    ctx.out() << Text::tr("Successfully started batch %1.").arg(quoted(args.value(0))) << Qt::endl;
    ctx.out()
        << Text::tr("Queued: %1 waiting, %2 blocked").arg(report->waiting).arg(report->blocked);
    if (report->kept > 0)
        ctx.out() << Text::tr(", %1 kept from before").arg(report->kept);
    ctx.out() << Qt::endl;
    for (const PlannedInstance &p : std::as_const(report->instances)) {
        if (!p.skipped.isEmpty())
            ctx.out() << Text::tr("  skipped %1: %2").arg(p.instance.location, p.skipped)
                      << Qt::endl;
        else if (!p.alreadyQueued && hasCritical(p.findings))
            ctx.out() << Text::tr("  blocked %1: %2")
                             .arg(p.instance.location, blockingReasons(p.findings))
                      << Qt::endl;
    }
    return ExitOk;
}

int batchStop(Context &ctx, const QCommandLineParser &, const QStringList &args)
{
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    if (Status st = svc->stop(args.value(0)); !st)
        return ctx.fail(st.error());
    ctx.out() << Text::tr("Successfully stopped batch %1.").arg(quoted(args.value(0))) << Qt::endl;
    return ExitOk;
}

int batchReset(Context &ctx, const QCommandLineParser &p, const QStringList &args)
{
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    auto report = svc->reset(args.value(0), p.isSet(QStringLiteral("force")));
    if (!report)
        return ctx.fail(report.error());
    ctx.out() << Text::tr("Successfully reset batch %1 (%2 queue entries removed).")
                     .arg(quoted(args.value(0)))
                     .arg(report->removed)
              << Qt::endl;
    if (!report->leftOnTarget.isEmpty())
        ctx.out() << Text::tr("Target instances created for it are left in place: %1")
                         .arg(report->leftOnTarget.join(QLatin1String(", ")))
                  << Qt::endl;
    return ExitOk;
}

} // namespace

QList<Command> batchCommands()
{
    const QString n = QStringLiteral("batch");
    QList<Command> list;
    list << Command {n, QStringLiteral("add"),
        Text::tr(
            "Add a batch: a stub to edit (include_expression \"false\", the first target), or the "
            "YAML of --file"),
        Text::tr("NAME"), 1, 1,
        {opt(QStringLiteral("file"), Text::tr("Read the batch's YAML from this file (- for stdin)"),
             Text::tr("FILE")),
            opt(kConvertGuests,
                Text::tr("Convert each guest to boot on virtio hardware (the default)")),
            opt(kNoConvertGuests,
                Text::tr("Copy the disks as they are on VMware, without converting the guests"))},
        {QStringLiteral("ferryctl batch add batch01"),
            QStringLiteral("ferryctl batch add batch01 --file batch01.yaml"),
            QStringLiteral("ferryctl batch add batch01 --no-convert-guests")},
        batchAdd};
    list << Command {n, QStringLiteral("edit"),
        Text::tr(
            "Edit a batch's YAML in $VISUAL or $EDITOR; without a terminal, read it from stdin"),
        Text::tr("NAME"), 1, 1,
        {opt(QStringLiteral("file"), Text::tr("Read the new YAML from this file instead"),
             Text::tr("FILE")),
            opt(kConvertGuests,
                Text::tr("Set config.convert_guests: true (alone: without the editor or stdin)")),
            opt(kNoConvertGuests,
                Text::tr("Set config.convert_guests: false (alone: without the editor or stdin)"))},
        {QStringLiteral("ferryctl batch edit batch01"),
            QStringLiteral("ferryctl batch edit batch01 --no-convert-guests"),
            QStringLiteral("ferryctl batch show batch01 > b.yaml; ...; ferryctl batch edit "
                           "batch01 < b.yaml")},
        batchEdit};
    list << Command {n, QStringLiteral("show"), Text::tr("Show a batch as YAML (or JSON)"),
        Text::tr("NAME"), 1, 1, {},
        {QStringLiteral("ferryctl batch show batch01"),
            QStringLiteral("ferryctl batch show batch01 --format json")},
        batchShow};
    list << Command {n, QStringLiteral("info"),
        Text::tr("Show the instances a batch matches and the ones it queued"), Text::tr("NAME"), 1,
        1, {}, {QStringLiteral("ferryctl batch info batch01")}, batchInfo};
    list << Command {n, QStringLiteral("list"), Text::tr("List the batches"), {}, 0, 0, {},
        {QStringLiteral("ferryctl batch list"),
            QStringLiteral("ferryctl batch list --format json")},
        batchList};
    list << Command {n, QStringLiteral("remove"),
        Text::tr("Remove a batch (refused while it runs or migrates)"), Text::tr("NAME"), 1, 1, {},
        {QStringLiteral("ferryctl batch remove batch01")}, batchRemove};
    list << Command {n, QStringLiteral("placement"),
        Text::tr("Dry run: where each matched instance would go, with its pre-flight checks"),
        Text::tr("NAME"), 1, 1, {},
        {QStringLiteral("ferryctl batch placement batch01"),
            QStringLiteral("ferryctl batch placement batch01 --format json")},
        batchPlacement};
    list << Command {n, QStringLiteral("dry-run"),
        Text::tr("Conversion dry run: inspect each powered-off instance's guest read-only and "
                 "say what the conversion would do"),
        Text::tr("NAME"), 1, 1,
        {opt(QStringLiteral("instance"), Text::tr("Only this instance (name or location)"),
             Text::tr("NAME")),
            opt(QStringLiteral("timeout"),
                Text::tr("Stop one instance's inspection after this many seconds (default 1200)"),
                Text::tr("SECONDS"))},
        {QStringLiteral("ferryctl batch dry-run batch01"),
            QStringLiteral("ferryctl batch dry-run batch01 --instance web-01 --format json")},
        batchDryRun};
    list << Command {n, QStringLiteral("start"),
        Text::tr("Start a batch: queue its instances as Waiting, or Blocked with the reasons"),
        Text::tr("NAME"), 1, 1, {}, {QStringLiteral("ferryctl batch start batch01")}, batchStart};
    list << Command {n, QStringLiteral("stop"), Text::tr("Stop a running batch (its queue stays)"),
        Text::tr("NAME"), 1, 1, {}, {QStringLiteral("ferryctl batch stop batch01")}, batchStop};
    list << Command {n, QStringLiteral("reset"),
        Text::tr("Return a stopped batch to Defined, removing its queue entries"), Text::tr("NAME"),
        1, 1,
        {opt(QStringLiteral("force"),
            Text::tr(
                "Also remove entries past the point of no return (source already powered off)"))},
        {QStringLiteral("ferryctl batch reset batch01")}, batchReset};
    return list;
}

} // namespace ferry::cli
