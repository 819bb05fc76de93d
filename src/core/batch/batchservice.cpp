#include "batch/batchservice.h"

#include "batch/batchconfig.h"
#include "batch/batchrules.h"
#include "batch/selection.h"
#include "batch/windows.h"
#include "convert/diskprobe.h"
#include "inventory/osinfo.h"
#include "model/network.h"
#include "model/source.h"
#include "model/target.h"
#include "store/artifactrepository.h"
#include "store/batchrepository.h"
#include "store/database.h"
#include "store/instancerepository.h"
#include "store/networkrepository.h"
#include "store/queuerepository.h"
#include "store/sourcerepository.h"
#include "store/targetrepository.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>

namespace ferry::batch {

Q_LOGGING_CATEGORY(lcBatch, "ferry.batch", QtInfoMsg)

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BatchService)
};

const QString kInitialChecks = QStringLiteral("Performing initial migration checks");

QString quoted(const QString &s)
{
    return QStringLiteral("\"%1\"").arg(s);
}

bool sameConstraint(const Constraint &a, const Constraint &b)
{
    return a.includeExpression == b.includeExpression
        && a.maxConcurrentInstances == b.maxConcurrentInstances
        && a.minInstanceBootTimeMs == b.minInstanceBootTimeMs;
}

} // namespace

// What placement and matching need from the store, read once per operation.
struct BatchService::Planner
{
    QVector<Target> targets;
    QHash<qint64, Network> networks;
    QHash<qint64, QString> sourceNames;
    QStringList conversionToolsMissing = convert::missingConversionTools();
    QVector<Artifact> artifacts;
    SelectionContext selection;
    // The batch's script, loaded once for all its instances.
    mutable std::shared_ptr<PlacementScriptRunner> runner;

    static Result<Planner> load(const std::shared_ptr<Database> &db)
    {
        Planner p;
        auto targets = TargetRepository(db).all();
        if (!targets)
            return targets.error();
        p.targets = *targets;
        auto artifacts = ArtifactRepository(db).all();
        if (!artifacts)
            return artifacts.error();
        p.artifacts = *artifacts;
        auto networks = NetworkRepository(db).all();
        if (!networks)
            return networks.error();
        for (const Network &n : std::as_const(*networks)) {
            p.networks.insert(n.id, n);
            p.selection.networkUuids.insert(n.id, n.uuid);
        }
        auto sources = SourceRepository(db).all();
        if (!sources)
            return sources.error();
        for (const Source &s : std::as_const(*sources)) {
            p.sourceNames.insert(s.id, s.name);
            p.selection.sourceNames.insert(s.id, s.name);
            p.selection.sourceTypes.insert(s.id, s.sourceType);
        }
        return p;
    }

    QString targetName(qint64 id) const
    {
        for (const Target &t : targets)
            if (t.id == id)
                return t.name;
        return {};
    }

    PlannedInstance plan(const Batch &b, const Instance &vm) const
    {
        PlacementInputs in;
        in.targetName = targetName(b.defaultTargetId);
        in.networks = networks;
        in.sourceName = sourceNames.value(vm.sourceId);
        for (const Target &t : targets)
            in.targetNames << t.name;
        const QString script = configOf(b).placementScriptlet;
        if (!script.trimmed().isEmpty()) {
            if (!runner || runner->source() != script)
                runner = std::make_shared<PlacementScriptRunner>(script);
            in.scriptRunner = runner.get();
        }
        PlannedInstance p;
        p.instance = vm;
        p.placement = computePlacement(b, vm, in);
        const BatchConfig config = configOf(b);
        p.findings = preflight(vm, p.placement,
            PreflightInputs {config.restrictionOverrides, targets, config.convertGuests,
                conversionToolsMissing, artifacts});
        return p;
    }

    // The instances the expression selects; those gone from their source are left out.
    Result<QVector<Instance>> match(
        const Batch &b, const QVector<Instance> &all, QStringList *problems) const
    {
        auto compiled = Selection::compile(b.includeExpression);
        if (!compiled)
            return Error(Error::Code::InvalidInput,
                Text::tr("The include expression of batch %1 is not valid: %2")
                    .arg(quoted(b.name), compiled.error().message));
        QVector<Instance> out;
        int failures = 0;
        for (const Instance &vm : all) {
            if (vm.missingSince.isValid())
                continue;
            auto m = compiled->matches(vm, selection);
            if (!m) {
                if (problems && ++failures <= 5)
                    *problems << Text::tr("%1: %2").arg(vm.location, m.error().message);
                continue;
            }
            if (*m)
                out << vm;
        }
        if (problems && failures > 5)
            *problems << Text::tr(
                "... and %n more instance(s) where the expression failed.", nullptr, failures - 5);
        return out;
    }
};

BatchService::BatchService(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{ }

bool BatchService::canStart(const QString &status)
{
    return status == batchstatus::Defined || status == batchstatus::Stopped
        || status == batchstatus::Error;
}

bool BatchService::isCommitted(const QueueEntry &e)
{
    if (e.status == QueueStatus::Final || e.status == QueueStatus::PostImport
        || e.status == QueueStatus::WorkerDone)
        return true;
    return (e.status == QueueStatus::Idle || e.status == QueueStatus::Conflict)
        && e.importStage == QLatin1String("complete");
}

bool BatchService::isMigrating(const QueueEntry &e)
{
    return e.status == QueueStatus::Creating || e.status == QueueStatus::Background
        || e.status == QueueStatus::Idle || e.status == QueueStatus::Final
        || e.status == QueueStatus::PostImport || e.status == QueueStatus::WorkerDone;
}

ParsedBatch BatchService::parse(const QByteArray &yaml) const
{
    YamlContext context;
    context.checkTargets = true;
    auto targets = TargetRepository(m_db).all();
    if (targets)
        context.targets = *targets;
    ParsedBatch parsed = parseBatchYaml(yaml, context);
    if (!targets)
        parsed.issues.prepend(YamlIssue {1, 1,
            Text::tr("The registered targets cannot be read: %1").arg(targets.error().message)});
    return parsed;
}

Result<Batch> BatchService::add(const QString &name, const BatchConfig &config) const
{
    if (const QString problem = batchNameProblem(name); !problem.isEmpty())
        return Error(Error::Code::InvalidInput, problem);
    auto targets = TargetRepository(m_db).all();
    if (!targets)
        return targets.error();
    Batch b;
    b.name = name;
    b.includeExpression = QStringLiteral("false");
    b.config = config.toJson();
    for (const Target &t : std::as_const(*targets))
        if (b.defaultTargetId == 0 || t.id < b.defaultTargetId)
            b.defaultTargetId = t.id;
    auto id = BatchRepository(m_db).insert(b);
    if (!id)
        return id.error();
    return BatchRepository(m_db).byId(*id);
}

Result<Batch> BatchService::addFromYaml(const QByteArray &yaml, const QString &name) const
{
    const ParsedBatch parsed = parse(yaml);
    if (!parsed.ok())
        return parsed.error();
    Batch b = parsed.document.batch;
    if (!name.isEmpty() && b.name != name)
        return Error(Error::Code::InvalidInput,
            parsed
                .issueAt(QStringLiteral("name"),
                    Text::tr("The document names the batch %1, not %2.")
                        .arg(quoted(b.name), quoted(name)))
                .toString());
    if (!parsed.document.targetName.isEmpty()) {
        auto t = TargetRepository(m_db).byName(parsed.document.targetName);
        if (!t)
            return t.error();
        b.defaultTargetId = t->id;
    }
    auto id = BatchRepository(m_db).insert(b);
    if (!id)
        return id.error();
    auto stored = BatchRepository(m_db).byId(*id);
    if (stored)
        (void)refreshMatches(*stored);
    return stored;
}

Result<Batch> BatchService::byName(const QString &name) const
{
    return BatchRepository(m_db).byName(name);
}

Result<QVector<Batch>> BatchService::list() const
{
    return BatchRepository(m_db).all();
}

QString BatchService::targetName(const Batch &batch) const
{
    if (batch.defaultTargetId == 0)
        return {};
    auto t = TargetRepository(m_db).byId(batch.defaultTargetId);
    return t ? t->name : QString();
}

Result<QByteArray> BatchService::yaml(const QString &name) const
{
    auto b = byName(name);
    if (!b)
        return b.error();
    return emitBatchYaml(BatchDocument {*b, targetName(*b)});
}

Result<Batch> BatchService::update(
    const QString &name, const QByteArray &yaml, QVector<YamlIssue> *issuesOut) const
{
    auto current = byName(name);
    if (!current)
        return current.error();
    ParsedBatch parsed = parse(yaml);
    const auto refuse = [&](const ParsedBatch &p) -> Error {
        if (issuesOut)
            *issuesOut = p.issues;
        return p.error();
    };
    if (!parsed.ok())
        return refuse(parsed);
    const BatchDocument &doc = parsed.document;
    const Batch &cur = *current;
    const BatchConfig oldConfig = configOf(cur);
    const BatchConfig newConfig = configOf(doc.batch);

    auto entries = QueueRepository(m_db).byBatch(cur.id);
    if (!entries)
        return entries.error();

    if (cur.status != batchstatus::Defined) {
        // One whole sentence per field (%1 is the batch's status), not a field name glued into
        // a shared one: other languages inflect the noun.
        const auto fixed = [&](const QString &path, const QString &sentence) {
            parsed.issues << parsed.issueAt(path, sentence.arg(cur.status));
        };
        if (doc.batch.name != cur.name)
            fixed(QStringLiteral("name"),
                Text::tr("The name of a batch that has started cannot change (the batch is %1)."));
        if (doc.batch.includeExpression != cur.includeExpression)
            fixed(QStringLiteral("include_expression"),
                Text::tr("The include expression of a batch that has started cannot change (the "
                         "batch is %1)."));
        if (doc.targetName != targetName(cur))
            fixed(QStringLiteral("defaults.placement.target"),
                Text::tr("The default target of a batch that has started cannot change (the "
                         "batch is %1)."));
        if (doc.batch.defaultProject != cur.defaultProject)
            fixed(QStringLiteral("defaults.placement.target_project"),
                Text::tr("The default project of a batch that has started cannot change (the "
                         "batch is %1)."));
        if (doc.batch.defaultPool != cur.defaultPool)
            fixed(QStringLiteral("defaults.placement.storage_pool"),
                Text::tr("The default storage pool of a batch that has started cannot change (the "
                         "batch is %1)."));
        if (!(MigrationNetwork::listFromJson(doc.batch.migrationNetwork)
                == MigrationNetwork::listFromJson(cur.migrationNetwork)))
            fixed(QStringLiteral("defaults.migration_network"),
                Text::tr("The migration network of a batch that has started cannot change (the "
                         "batch is %1)."));

        bool creating = false;
        for (const QueueEntry &e : std::as_const(*entries))
            creating = creating || isMigrating(e);
        if (newConfig.placementScriptlet != oldConfig.placementScriptlet && creating)
            parsed.issues << parsed.issueAt(QStringLiteral("config.placement_scriptlet"),
                Text::tr(
                    "The placement script cannot change while instances of the batch are being "
                    "migrated."));

        // Windows that entries use may only become more permissive.
        for (const MigrationWindow &w : cur.windows) {
            bool used = false;
            for (const QueueEntry &e : std::as_const(*entries))
                used = used || e.windowId == w.id;
            if (!used)
                continue;
            int found = -1;
            for (int i = 0; i < doc.batch.windows.size(); ++i)
                if (doc.batch.windows.at(i).name == w.name)
                    found = i;
            if (found < 0)
                parsed.issues << parsed.issueAt(QStringLiteral("migration_windows"),
                    Text::tr(
                        "The window %1 is assigned to queued instances; it cannot be removed or "
                        "renamed.")
                        .arg(quoted(w.name)));
            else if (!atLeastAsPermissive(w, doc.batch.windows.at(found)))
                parsed.issues << parsed.issueAt(QStringLiteral("migration_windows[%1]").arg(found),
                    Text::tr(
                        "The window %1 is assigned to queued instances; it can only become more "
                        "permissive (an earlier start, a later end or lockout, more capacity).")
                        .arg(quoted(w.name)));
        }

        // A constraint that holds a committed entry stays as it is.
        QVector<Instance> committed;
        for (const QueueEntry &e : std::as_const(*entries)) {
            if (!isCommitted(e))
                continue;
            auto vm = InstanceRepository(m_db).byId(e.instanceId);
            if (vm)
                committed << *vm;
        }
        if (!committed.isEmpty()) {
            auto planner = Planner::load(m_db);
            if (!planner)
                return planner.error();
            for (const Constraint &c : cur.constraints) {
                int found = -1;
                for (int i = 0; i < doc.batch.constraints.size(); ++i)
                    if (doc.batch.constraints.at(i).name == c.name)
                        found = i;
                if (found >= 0 && sameConstraint(c, doc.batch.constraints.at(found)))
                    continue;
                auto sel = Selection::compile(c.includeExpression);
                bool holds = false;
                for (const Instance &vm : std::as_const(committed)) {
                    auto m = sel ? sel->matches(vm, planner->selection) : Result<bool>(false);
                    holds = holds || (m && *m);
                }
                if (holds)
                    parsed.issues << parsed.issueAt(found >= 0
                            ? QStringLiteral("constraints[%1]").arg(found)
                            : QStringLiteral("constraints"),
                        Text::tr(
                            "The constraint %1 applies to instances past the point of no return; "
                            "it cannot change or be removed.")
                            .arg(quoted(c.name)));
            }
        }
        if (!parsed.ok()) {
            std::stable_sort(parsed.issues.begin(), parsed.issues.end(),
                [](const YamlIssue &a, const YamlIssue &b) {
                    return a.line != b.line ? a.line < b.line : a.column < b.column;
                });
            return refuse(parsed);
        }
    }

    Batch b = doc.batch;
    b.id = cur.id;
    b.status = cur.status;
    b.statusMessage = cur.statusMessage;
    b.startDate = cur.startDate;
    b.defaultTargetId = 0;
    if (!doc.targetName.isEmpty()) {
        auto t = TargetRepository(m_db).byName(doc.targetName);
        if (!t)
            return t.error();
        b.defaultTargetId = t->id;
    }
    if (Status st = BatchRepository(m_db).update(b); !st) {
        if (st.error().code == Error::Code::AlreadyExists) {
            parsed.issues << parsed.issueAt(
                QStringLiteral("name"), Text::tr("Another batch is named %1.").arg(quoted(b.name)));
            return refuse(parsed);
        }
        return st.error();
    }
    auto stored = BatchRepository(m_db).byId(b.id);
    if (!stored)
        return stored.error();
    (void)refreshMatches(*stored);

    // The waiting entries follow a new script or new restriction overrides.
    const bool replace = newConfig.placementScriptlet != oldConfig.placementScriptlet
        || newConfig.restrictionOverrides.allowUnknownOs
            != oldConfig.restrictionOverrides.allowUnknownOs
        || newConfig.restrictionOverrides.allowNoIpv4 != oldConfig.restrictionOverrides.allowNoIpv4
        || newConfig.restrictionOverrides.allowNoBackgroundImport
            != oldConfig.restrictionOverrides.allowNoBackgroundImport;
    if (replace && !entries->isEmpty()) {
        auto planner = Planner::load(m_db);
        if (!planner)
            return planner.error();
        const QueueRepository queue(m_db);
        for (QueueEntry e : std::as_const(*entries)) {
            if (e.status != QueueStatus::Waiting && e.status != QueueStatus::Blocked)
                continue;
            auto vm = InstanceRepository(m_db).byId(e.instanceId);
            if (!vm)
                continue;
            const PlannedInstance p = planner->plan(*stored, *vm);
            const Status st = m_db->transaction([&](QSqlDatabase &) -> Status {
                e.placement = p.placement.toJson();
                if (Status s = queue.update(e); !s)
                    return s;
                const bool blocked = hasCritical(p.findings);
                const QueueStatus to = blocked ? QueueStatus::Blocked : QueueStatus::Waiting;
                if (to == e.status)
                    return {};
                return queue.updateStatus(e.id, e.status, to,
                    blocked ? blockingReasons(p.findings)
                            : Text::tr("The batch was changed; placed again."));
            });
            if (!st)
                qCWarning(lcBatch)
                    << "placing" << vm->location << "again:" << st.error().toString();
        }
    }
    return stored;
}

Status BatchService::remove(const QString &name) const
{
    auto b = byName(name);
    if (!b)
        return b.error();
    if (b->status == batchstatus::Running)
        return Error(Error::Code::Conflict,
            Text::tr("The batch %1 is running; stop it first (ferryctl batch stop %1).")
                .arg(b->name));
    auto entries = QueueRepository(m_db).byBatch(b->id);
    if (!entries)
        return entries.error();
    for (const QueueEntry &e : std::as_const(*entries))
        if (isMigrating(e) || isCommitted(e))
            return Error(Error::Code::Conflict,
                Text::tr(
                    "The batch %1 has instances being migrated; reset it first (ferryctl batch "
                    "reset %1).")
                    .arg(b->name));
    return BatchRepository(m_db).remove(b->id);
}

Result<QVector<Instance>> BatchService::refreshMatches(
    const Batch &batch, QStringList *problems) const
{
    auto planner = Planner::load(m_db);
    if (!planner)
        return planner.error();
    auto all = InstanceRepository(m_db).all();
    if (!all)
        return all.error();
    auto matched = planner->match(batch, *all, problems);
    if (!matched)
        return matched.error();
    QVector<qint64> ids;
    for (const Instance &vm : std::as_const(*matched))
        ids << vm.id;
    if (Status st = BatchRepository(m_db).setMatched(batch.id, ids); !st)
        return st.error();
    return matched;
}

Result<BatchInfo> BatchService::info(const QString &name) const
{
    auto b = byName(name);
    if (!b)
        return b.error();
    BatchInfo info;
    info.batch = *b;
    info.targetName = targetName(*b);
    auto matched = refreshMatches(*b, &info.problems);
    if (!matched)
        info.problems << matched.error().message;
    else
        info.matched = *matched;
    auto entries = QueueRepository(m_db).byBatch(b->id);
    if (!entries)
        return entries.error();
    for (const QueueEntry &e : std::as_const(*entries)) {
        auto vm = InstanceRepository(m_db).byId(e.instanceId);
        info.queued << BatchInfo::Queued {e, vm ? *vm : Instance()};
    }
    std::sort(info.queued.begin(), info.queued.end(),
        [](const BatchInfo::Queued &x, const BatchInfo::Queued &y) {
            return x.instance.location < y.instance.location;
        });
    return info;
}

Result<QVector<PlannedInstance>> BatchService::planFor(const Batch &b) const
{
    auto planner = Planner::load(m_db);
    if (!planner)
        return planner.error();
    auto all = InstanceRepository(m_db).all();
    if (!all)
        return all.error();
    auto matched = planner->match(b, *all, nullptr);
    if (!matched)
        return matched.error();
    auto entries = QueueRepository(m_db).all();
    if (!entries)
        return entries.error();
    auto batches = BatchRepository(m_db).all();
    if (!batches)
        return batches.error();
    QHash<qint64, Batch> batchById;
    for (const Batch &other : std::as_const(*batches))
        batchById.insert(other.id, other);
    QHash<qint64, QVector<QueueEntry>> entriesByInstance;
    for (const QueueEntry &e : std::as_const(*entries))
        entriesByInstance[e.instanceId] << e;

    QVector<PlannedInstance> out;
    for (const Instance &vm : std::as_const(*matched)) {
        PlannedInstance p = planner->plan(b, vm);
        for (const QueueEntry &e : entriesByInstance.value(vm.id)) {
            if (e.batchId == b.id) {
                p.alreadyQueued = true;
                continue;
            }
            const Batch other = batchById.value(e.batchId);
            if (e.status == QueueStatus::Finished)
                p.skipped = Text::tr("already migrated by batch %1").arg(quoted(other.name));
            else if (other.status == batchstatus::Running)
                p.skipped = Text::tr("held by the running batch %1").arg(quoted(other.name));
        }
        out << p;
    }
    // The pools as the whole batch fills them.
    QVector<QPair<const Instance *, const InstancePlacement *>> queued;
    QVector<int> at;
    for (int i = 0; i < out.size(); ++i)
        if (out[i].skipped.isEmpty()) {
            queued.append({&out[i].instance, &out[i].placement});
            at << i;
        }
    const QVector<QVector<Finding>> together = batchPoolFindings(queued, planner->targets);
    const QVector<QVector<Finding>> staged
        = batchStagingAndBudgetFindings(queued, planner->targets);
    for (int k = 0; k < at.size(); ++k)
        out[at[k]].findings << together.at(k) << staged.at(k);
    return out;
}

Result<QVector<PlannedInstance>> BatchService::plan(const QString &name) const
{
    auto b = byName(name);
    if (!b)
        return b.error();
    return planFor(*b);
}

Result<QVector<PlannedInstance>> BatchService::planDraft(const BatchDocument &document) const
{
    Batch b = document.batch;
    b.id = 0;
    b.defaultTargetId = 0;
    if (!document.targetName.isEmpty()) {
        auto t = TargetRepository(m_db).byName(document.targetName);
        if (!t)
            return t.error();
        b.defaultTargetId = t->id;
    }
    return planFor(b);
}

Result<StartReport> BatchService::start(const QString &name) const
{
    auto b = byName(name);
    if (!b)
        return b.error();
    if (!canStart(b->status))
        return Error(Error::Code::Conflict,
            Text::tr("The batch %1 is %2; only a Defined, Stopped or Error batch can start.")
                .arg(b->name, b->status));
    // The stored definition is checked again: targets and their inventory may have changed.
    const ParsedBatch parsed = parse(emitBatchYaml(BatchDocument {*b, targetName(*b)}));
    if (!parsed.ok())
        return Error(Error::Code::InvalidInput,
            Text::tr("The batch %1 cannot start; in its YAML (ferryctl batch show %1), %2")
                .arg(b->name, parsed.issues.first().toString()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!b->windows.isEmpty()) {
        bool usable = false;
        for (const MigrationWindow &w : std::as_const(b->windows))
            usable = usable || !windowLocked(w, now);
        if (!usable)
            return Error(Error::Code::InvalidInput,
                Text::tr("The batch %1 cannot start: every migration window has ended or is locked "
                         "out.")
                    .arg(b->name));
    }
    auto plans = planFor(*b);
    if (!plans)
        return plans.error();

    StartReport report;
    const QueueRepository queue(m_db);
    const BatchRepository batches(m_db);
    const Status st = m_db->transaction([&](QSqlDatabase &) -> Status {
        report = StartReport();
        for (PlannedInstance p : std::as_const(*plans)) {
            if (p.alreadyQueued) {
                ++report.kept;
                report.instances << p;
                continue;
            }
            // Checked again inside the transaction: another start may have claimed it.
            auto held = queue.byInstance(p.instance.id);
            if (!held)
                return held.error();
            for (const QueueEntry &e : std::as_const(*held)) {
                if (e.batchId == b->id)
                    continue;
                auto other = batches.byId(e.batchId);
                if (e.status == QueueStatus::Finished)
                    p.skipped = Text::tr("already migrated by batch %1")
                                    .arg(quoted(other ? other->name : QString()));
                else if (other && other->status == batchstatus::Running)
                    p.skipped = Text::tr("held by the running batch %1").arg(quoted(other->name));
            }
            if (!p.skipped.isEmpty()) {
                report.instances << p;
                continue;
            }
            QueueEntry e;
            e.batchId = b->id;
            e.instanceId = p.instance.id;
            const bool blocked = hasCritical(p.findings);
            e.status = blocked ? QueueStatus::Blocked : QueueStatus::Waiting;
            e.statusMessage = blocked ? blockingReasons(p.findings) : kInitialChecks;
            e.placement = p.placement.toJson();
            e.targetInstanceName
                = p.instance.overrides.name.value_or(targetHostName(p.instance.name));
            e.sourceWasRunning = p.instance.powerState == QLatin1String("poweredOn");
            auto id = queue.insert(e);
            if (!id)
                return id.error();
            for (const Finding &f : std::as_const(p.findings)) {
                const QString level = f.severity == Severity::Critical ? QStringLiteral("error")
                    : f.severity == Severity::Warning                  ? QStringLiteral("warning")
                                                                       : QStringLiteral("info");
                if (auto logged = queue.appendLog(
                        *id, level, QStringLiteral("pre-flight %1: %2").arg(f.code, f.message));
                    !logged)
                    return logged.error();
            }
            for (const ScriptLogLine &l : std::as_const(p.placement.scriptLog)) {
                const QString level = l.level == QLatin1String("error") ? QStringLiteral("error")
                    : l.level == QLatin1String("warn")                  ? QStringLiteral("warning")
                                                                        : QStringLiteral("info");
                if (auto logged = queue.appendLog(
                        *id, level, QStringLiteral("placement script: %1").arg(l.message));
                    !logged)
                    return logged.error();
            }
            blocked ? ++report.blocked : ++report.waiting;
            report.instances << p;
        }
        if (report.waiting + report.blocked + report.kept == 0)
            return Error(Error::Code::InvalidInput,
                plans->isEmpty()
                    ? Text::tr(
                        "The batch %1 cannot start: its include expression selects no instance.")
                          .arg(b->name)
                    : Text::tr(
                        "The batch %1 cannot start: every instance it selects is held by another "
                        "running batch or already migrated.")
                          .arg(b->name));
        return batches.updateStatus(b->id, batchstatus::Running, QString());
    });
    if (!st)
        return st.error();
    auto stored = batches.byId(b->id);
    if (stored) {
        stored->startDate = now;
        if (Status saved = batches.update(*stored); !saved)
            qCWarning(lcBatch) << "recording the start date:" << saved.error().toString();
    }
    qCInfo(lcBatch) << "started batch" << b->name << "waiting" << report.waiting << "blocked"
                    << report.blocked << "kept" << report.kept;
    return report;
}

Status BatchService::stop(const QString &name) const
{
    auto b = byName(name);
    if (!b)
        return b.error();
    if (b->status != batchstatus::Running)
        return Error(Error::Code::Conflict,
            Text::tr("The batch %1 is %2, not running.").arg(b->name, b->status));
    return BatchRepository(m_db).updateStatus(b->id, batchstatus::Stopped, QString());
}

Result<ResetReport> BatchService::reset(const QString &name, bool force) const
{
    auto b = byName(name);
    if (!b)
        return b.error();
    if (b->status == batchstatus::Running)
        return Error(Error::Code::Conflict,
            Text::tr("The batch %1 is running; stop it first (ferryctl batch stop %1).")
                .arg(b->name));
    const QueueRepository queue(m_db);
    auto entries = queue.byBatch(b->id);
    if (!entries)
        return entries.error();
    int committed = 0;
    for (const QueueEntry &e : std::as_const(*entries))
        committed += isCommitted(e) ? 1 : 0;
    if (committed > 0 && !force)
        return Error(Error::Code::Conflict,
            Text::tr("%n instance(s) of batch %1 are past the point of no return (their source was "
                     "powered off for the final copy); pass --force to reset anyway.",
                nullptr, committed)
                .arg(b->name));
    ResetReport report;
    const Status st = m_db->transaction([&](QSqlDatabase &) -> Status {
        for (const QueueEntry &e : std::as_const(*entries)) {
            if (Status s = queue.remove(e.id); !s)
                return s;
            if (e.targetCreated)
                report.leftOnTarget << e.targetInstanceName;
            ++report.removed;
        }
        return BatchRepository(m_db).updateStatus(b->id, batchstatus::Defined, QString());
    });
    if (!st)
        return st.error();
    auto stored = BatchRepository(m_db).byId(b->id);
    if (stored && stored->startDate.isValid()) {
        stored->startDate = QDateTime();
        (void)BatchRepository(m_db).update(*stored);
    }
    return report;
}

} // namespace ferry::batch
