// Batch YAML: the schema (known keys, types, window rules, expressions, the placement script and
// the names of targets, projects, pools and networks).
// yaml-cpp throws; every exception stops here (the edge of batch/ towards yaml-cpp).
#include "batch/batchyamlschema.h"

#include "batch/batchrules.h"
#include "batch/batchtime.h"
#include "batch/batchyamlsuggest.h"
#include "batch/placementscript.h"
#include "batch/selection.h"
#include "batch/windows.h"
#include "inventory/networkmapping.h"
#include "targets/targetinventory.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <QSet>

namespace ferry::batch::detail {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BatchYaml)
};

} // namespace

void SchemaReader::expression(const Field &f, const QString &path, const QString &value)
{
    if (value.trimmed().isEmpty()) {
        issue(valuePos(f), Text::tr("%1 is empty; write true to select everything.").arg(path));
        return;
    }
    int offset = -1;
    auto compiled = Selection::compile(value, &offset);
    if (compiled)
        return;
    issue(offset >= 0 ? insideScalar(f, offset) : valuePos(f),
        Text::tr("%1: %2").arg(path, compiled.error().message));
}

void SchemaReader::script(const Field &f, const QString &path, const QString &value)
{
    if (value.trimmed().isEmpty())
        return;
    if (!placementScriptsAvailable()) {
        issue(valuePos(f),
            Text::tr(
                "%1: this build of Ferry cannot run placement scripts (it was built without Qt "
                "QML).")
                .arg(path));
        return;
    }
    const auto problem = checkPlacementScript(value);
    if (!problem)
        return;
    // The start of the script's line, in the decoded text, then inside it.
    int offset = 0;
    for (int l = 1; l < problem->line; ++l) {
        const int nl = int(value.indexOf(QLatin1Char('\n'), offset));
        if (nl < 0)
            break;
        offset = nl + 1;
    }
    if (problem->column > 0)
        offset += problem->column - 1;
    issue(problem->line > 0 ? insideScalar(f, offset) : valuePos(f),
        problem->line > 0 ? Text::tr("%1, line %2 of the script: %3")
                                .arg(path)
                                .arg(problem->line)
                                .arg(problem->message)
                          : Text::tr("%1: %2").arg(path, problem->message));
}

void SchemaReader::run()
{
    if (m_text.size() > kMaxBatchYamlBytes) {
        issue({1, 1}, Text::tr("The document is larger than %1 bytes.").arg(kMaxBatchYamlBytes));
        return;
    }
    // Not YAML::LoadAll: on some malformed input (a stray ",") yaml-cpp 0.7 reports empty
    // documents forever. The first document is loaded; a second one is only looked for.
    const std::string source(m_text.constData(), size_t(m_text.size()));
    YAML::Node root;
    std::optional<YAML::Mark> second;
    try {
        root = YAML::Load(source);
        if (!root.IsNull())
            second = secondDocument(source);
    } catch (const YAML::DeepRecursion &e) {
        issue(pos(e.mark), Text::tr("The document is nested too deeply."));
        return;
    } catch (const YAML::Exception &e) {
        issue(pos(e.mark),
            Text::tr("This is not valid YAML: %1.").arg(QString::fromStdString(e.msg)));
        return;
    } catch (const std::exception &e) {
        issue({1, 1}, Text::tr("This is not valid YAML: %1.").arg(QString::fromUtf8(e.what())));
        return;
    }
    if (root.IsNull()) {
        issue({1, 1}, Text::tr("The document is empty; a batch needs at least a name."));
        return;
    }
    if (second) {
        issue(pos(*second), Text::tr("Only one document is allowed (remove the \"---\")."));
        return;
    }
    try {
        static const QStringList top = {QStringLiteral("name"),
            QStringLiteral("include_expression"), QStringLiteral("migration_windows"),
            QStringLiteral("constraints"), QStringLiteral("defaults"), QStringLiteral("config")};
        const auto fields = mapping(root, {1, 1}, {}, top);
        if (!fields)
            return;
        Batch &b = m_out.document.batch;

        const Field name = fields->value(QStringLiteral("name"));
        const auto n = text(name, QStringLiteral("name"));
        if (!name.present || !n || n->trimmed().isEmpty()) {
            issue(name.present ? valuePos(name) : pos(root.Mark()),
                Text::tr("The batch needs a name (name: ...)."));
        } else if (const QString problem = batchNameProblem(*n); !problem.isEmpty()) {
            issue(valuePos(name), problem);
        } else {
            b.name = *n;
        }

        const Field expr = fields->value(QStringLiteral("include_expression"));
        if (expr.present) {
            if (const auto e = text(expr, QStringLiteral("include_expression"))) {
                b.includeExpression = *e;
                expression(expr, QStringLiteral("include_expression"), *e);
            } else if (expr.value.IsNull()) {
                issue(valuePos(expr),
                    Text::tr("include_expression is empty; write true to select everything."));
            }
        }

        readWindows(fields->value(QStringLiteral("migration_windows")));
        readConstraints(fields->value(QStringLiteral("constraints")));
        readDefaults(fields->value(QStringLiteral("defaults")));
        readConfig(fields->value(QStringLiteral("config")));
        b.config = m_config.toJson();
        b.migrationNetwork = MigrationNetwork::listToJson(m_networks);
        if (m_context.checkTargets)
            checkNames();
    } catch (const YAML::Exception &e) {
        issue(pos(e.mark),
            Text::tr("The document cannot be read: %1.").arg(QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        issue(
            {1, 1}, Text::tr("The document cannot be read: %1.").arg(QString::fromUtf8(e.what())));
    }
}

void SchemaReader::readWindows(const Field &f)
{
    const auto items = list(f, QStringLiteral("migration_windows"));
    if (!items)
        return;
    static const QStringList keys
        = {QStringLiteral("name"), QStringLiteral("start"), QStringLiteral("end"),
            QStringLiteral("lockout"), QStringLiteral("capacity"), QStringLiteral("config")};
    // Where each window's fields are, for the problems checkWindows() finds.
    struct Positions
    {
        YamlPosition name, end, lockout, window;
    };
    QVector<MigrationWindow> windows;
    QVector<Positions> where;
    QSet<int> unsound;
    for (int i = 0; i < items->size(); ++i) {
        const YAML::Node &item = items->at(i);
        const QString path = QStringLiteral("migration_windows[%1]").arg(i);
        const YamlPosition itemPos = pos(item.Mark());
        record(path, itemPos);
        const int before = int(m_out.issues.size());
        const auto fields = mapping(item, itemPos, path, keys);
        if (!fields)
            continue;
        MigrationWindow w;
        const Field name = fields->value(QStringLiteral("name"));
        w.name = text(name, path + QStringLiteral(".name")).value_or(QString());
        bool unset = true;
        const Field start = fields->value(QStringLiteral("start"));
        const Field end = fields->value(QStringLiteral("end"));
        const Field lockout = fields->value(QStringLiteral("lockout"));
        w.start = time(start, path + QStringLiteral(".start"), &unset).value_or(QDateTime());
        w.end = time(end, path + QStringLiteral(".end"), &unset).value_or(QDateTime());
        w.lockout = time(lockout, path + QStringLiteral(".lockout"), &unset).value_or(QDateTime());

        const Field capacity = fields->value(QStringLiteral("capacity"));
        const Field config = fields->value(QStringLiteral("config"));
        if (capacity.present)
            w.capacity
                = integer(capacity, path + QStringLiteral(".capacity"), 0, 1000000).value_or(0);
        if (config.present) {
            const auto sub = mapping(config.value, valuePos(config),
                path + QStringLiteral(".config"), {QStringLiteral("capacity")});
            if (sub && sub->contains(QStringLiteral("capacity"))) {
                const Field c = sub->value(QStringLiteral("capacity"));
                if (capacity.present)
                    issue(keyPos(c),
                        Text::tr("The capacity of window %1 is given twice (capacity and "
                                 "config.capacity).")
                            .arg(quoted(w.name)));
                else
                    w.capacity = integer(c, path + QStringLiteral(".config.capacity"), 0, 1000000)
                                     .value_or(0);
            }
        }
        if (int(m_out.issues.size()) != before)
            unsound.insert(int(windows.size()));
        where << Positions {name.present ? valuePos(name) : itemPos,
            end.present ? valuePos(end) : itemPos, lockout.present ? valuePos(lockout) : itemPos,
            itemPos};
        windows << w;
    }
    // The rules of ferry's batch wizard, said where the field is.
    for (const WindowProblem &p : checkWindows(windows, unsound)) {
        const Positions &at = where.at(p.index);
        switch (p.field) {
        case WindowProblem::Field::Name:
            issue(at.name, p.message);
            windows[p.index].name.clear();
            break;
        case WindowProblem::Field::End:
            issue(at.end, p.message);
            break;
        case WindowProblem::Field::Lockout:
            issue(at.lockout, p.message);
            break;
        case WindowProblem::Field::Window:
            issue(at.window, p.message);
            break;
        }
    }
    m_out.document.batch.windows << windows;
}

void SchemaReader::readConstraints(const Field &f)
{
    const auto items = list(f, QStringLiteral("constraints"));
    if (!items)
        return;
    static const QStringList keys = {QStringLiteral("name"), QStringLiteral("description"),
        QStringLiteral("include_expression"), QStringLiteral("max_concurrent_instances"),
        QStringLiteral("min_instance_boot_time")};
    QSet<QString> names;
    for (int i = 0; i < items->size(); ++i) {
        const YAML::Node &item = items->at(i);
        const QString path = QStringLiteral("constraints[%1]").arg(i);
        const YamlPosition itemPos = pos(item.Mark());
        record(path, itemPos);
        const auto fields = mapping(item, itemPos, path, keys);
        if (!fields)
            continue;
        Constraint c;
        const Field name = fields->value(QStringLiteral("name"));
        const auto n = text(name, path + QStringLiteral(".name"));
        if (!n || n->trimmed().isEmpty()) {
            issue(name.present ? valuePos(name) : itemPos,
                Text::tr("The constraint %1 needs a name.").arg(i + 1));
        } else if (names.contains(*n)) {
            issue(valuePos(name), Text::tr("Two constraints are named %1.").arg(quoted(*n)));
        } else {
            names.insert(*n);
            c.name = *n;
        }
        c.description = text(
            fields->value(QStringLiteral("description")), path + QStringLiteral(".description"))
                            .value_or(QString());
        const Field expr = fields->value(QStringLiteral("include_expression"));
        if (const auto e = text(expr, path + QStringLiteral(".include_expression"))) {
            c.includeExpression = *e;
            expression(expr, path + QStringLiteral(".include_expression"), *e);
        }
        c.maxConcurrentInstances
            = integer(fields->value(QStringLiteral("max_concurrent_instances")),
                path + QStringLiteral(".max_concurrent_instances"), 0, 1000000)
                  .value_or(0);
        c.minInstanceBootTimeMs = duration(fields->value(QStringLiteral("min_instance_boot_time")),
            path + QStringLiteral(".min_instance_boot_time"))
                                      .value_or(0);
        m_out.document.batch.constraints << c;
    }
}

void SchemaReader::readDefaults(const Field &f)
{
    if (!f.present)
        return;
    const auto fields = mapping(f.value, valuePos(f), QStringLiteral("defaults"),
        {QStringLiteral("placement"), QStringLiteral("migration_network"),
            QStringLiteral("force_conflict_resolution")});
    if (!fields)
        return;
    Batch &b = m_out.document.batch;
    const Field placement = fields->value(QStringLiteral("placement"));
    if (placement.present) {
        const auto p
            = mapping(placement.value, valuePos(placement), QStringLiteral("defaults.placement"),
                {QStringLiteral("target"), QStringLiteral("target_project"),
                    QStringLiteral("target_member"), QStringLiteral("storage_pool")});
        if (p) {
            m_out.document.targetName = text(
                p->value(QStringLiteral("target")), QStringLiteral("defaults.placement.target"))
                                            .value_or(QString());
            for (const auto &[key, into] :
                {std::pair<QString, QString *> {
                     QStringLiteral("target_project"), &b.defaultProject},
                    {QStringLiteral("storage_pool"), &b.defaultPool}}) {
                const Field kf = p->value(key);
                const QString path = QStringLiteral("defaults.placement.") + key;
                const auto v = text(kf, path);
                if (kf.present && (!v || v->trimmed().isEmpty()))
                    issue(valuePos(kf),
                        Text::tr("%1 is empty; leave it out for \"default\".").arg(path));
                else if (v)
                    *into = *v;
            }
            // The cluster member the VMs land on (optional; checked against the target's
            // members in pre-flight).
            if (const auto member = text(p->value(QStringLiteral("target_member")),
                    QStringLiteral("defaults.placement.target_member")))
                m_config.targetMember = member->trimmed();
        }
    }
    if (const auto force = boolean(fields->value(QStringLiteral("force_conflict_resolution")),
            QStringLiteral("defaults.force_conflict_resolution")))
        m_config.forceConflictResolution = *force;

    const auto items = list(fields->value(QStringLiteral("migration_network")),
        QStringLiteral("defaults.migration_network"));
    if (!items)
        return;
    static const QStringList keys = {QStringLiteral("network"), QStringLiteral("nictype"),
        QStringLiteral("vlan_id"), QStringLiteral("target"), QStringLiteral("target_project")};
    QSet<QString> seen;
    for (int i = 0; i < items->size(); ++i) {
        const YAML::Node &item = items->at(i);
        const QString path = QStringLiteral("defaults.migration_network[%1]").arg(i);
        const YamlPosition itemPos = pos(item.Mark());
        record(path, itemPos);
        const auto entry = mapping(item, itemPos, path, keys);
        if (!entry)
            continue;
        MigrationNetwork n;
        const Field network = entry->value(QStringLiteral("network"));
        n.network = text(network, path + QStringLiteral(".network")).value_or(QString());
        if (n.network.trimmed().isEmpty())
            issue(network.present ? valuePos(network) : itemPos,
                Text::tr("The migration network %1 needs a network name.").arg(i + 1));
        const Field nicType = entry->value(QStringLiteral("nictype"));
        if (const auto t = text(nicType, path + QStringLiteral(".nictype"))) {
            if (ferry::nicTypes().contains(*t))
                n.nicType = *t;
            else
                issue(valuePos(nicType),
                    Text::tr("%1 must be managed, bridged, macvlan or physical, not %2.")
                        .arg(path + QStringLiteral(".nictype"), quoted(*t)));
        }
        const Field vlan = entry->value(QStringLiteral("vlan_id"));
        n.vlan = text(vlan, path + QStringLiteral(".vlan_id")).value_or(QString()).trimmed();
        if (!n.vlan.isEmpty()) {
            const QString why = validatePlacement(NetworkPlacement {n.network, n.nicType, n.vlan});
            if (!why.isEmpty())
                issue(valuePos(vlan), why);
        }
        n.target = text(entry->value(QStringLiteral("target")), path + QStringLiteral(".target"))
                       .value_or(QString());
        n.project = text(entry->value(QStringLiteral("target_project")),
            path + QStringLiteral(".target_project"))
                        .value_or(QString());
        const QString key = (n.target.isEmpty() ? m_out.document.targetName : n.target)
            + QLatin1Char('\n') + (n.project.isEmpty() ? b.defaultProject : n.project);
        if (seen.contains(key))
            issue(itemPos,
                Text::tr(
                    "Two migration networks are given for the same target and project; give one "
                    "per target and project."));
        seen.insert(key);
        m_networks << n;
    }
}

void SchemaReader::readConfig(const Field &f)
{
    if (!f.present)
        return;
    const auto fields = mapping(f.value, valuePos(f), QStringLiteral("config"),
        {QStringLiteral("rerun_scriptlets"), QStringLiteral("placement_scriptlet"),
            QStringLiteral("post_migration_retries"),
            QStringLiteral("instance_restriction_overrides"),
            QStringLiteral("background_sync_interval"),
            QStringLiteral("final_background_sync_limit"), QStringLiteral("convert_guests"),
            QStringLiteral("guest_shutdown_timeout"), QStringLiteral("hard_power_off")});
    if (!fields)
        return;
    if (const auto v = boolean(fields->value(QStringLiteral("rerun_scriptlets")),
            QStringLiteral("config.rerun_scriptlets")))
        m_config.rerunScriptlets = *v;
    if (const auto v = boolean(fields->value(QStringLiteral("convert_guests")),
            QStringLiteral("config.convert_guests")))
        m_config.convertGuests = *v;
    if (const auto v = integer(fields->value(QStringLiteral("guest_shutdown_timeout")),
            QStringLiteral("config.guest_shutdown_timeout"), 1, 86400))
        m_config.guestShutdownTimeoutSeconds = *v;
    if (const auto v = boolean(fields->value(QStringLiteral("hard_power_off")),
            QStringLiteral("config.hard_power_off")))
        m_config.hardPowerOff = *v;
    const Field script = fields->value(QStringLiteral("placement_scriptlet"));
    if (const auto s = text(script, QStringLiteral("config.placement_scriptlet"))) {
        m_config.placementScriptlet = *s;
        this->script(script, QStringLiteral("config.placement_scriptlet"), *s);
    }
    if (const auto v = integer(fields->value(QStringLiteral("post_migration_retries")),
            QStringLiteral("config.post_migration_retries"), 0, 100))
        m_config.postMigrationRetries = *v;
    const Field overrides = fields->value(QStringLiteral("instance_restriction_overrides"));
    if (overrides.present) {
        const auto o = mapping(overrides.value, valuePos(overrides),
            QStringLiteral("config.instance_restriction_overrides"),
            {QStringLiteral("allow_unknown_os"), QStringLiteral("allow_no_ipv4"),
                QStringLiteral("allow_no_background_import")});
        if (o) {
            const QString base = QStringLiteral("config.instance_restriction_overrides.");
            RestrictionOverrides &r = m_config.restrictionOverrides;
            r.allowUnknownOs = boolean(o->value(QStringLiteral("allow_unknown_os")),
                base + QStringLiteral("allow_unknown_os"))
                                   .value_or(false);
            r.allowNoIpv4 = boolean(
                o->value(QStringLiteral("allow_no_ipv4")), base + QStringLiteral("allow_no_ipv4"))
                                .value_or(false);
            r.allowNoBackgroundImport
                = boolean(o->value(QStringLiteral("allow_no_background_import")),
                    base + QStringLiteral("allow_no_background_import"))
                      .value_or(false);
        }
    }
    const Field interval = fields->value(QStringLiteral("background_sync_interval"));
    const Field limit = fields->value(QStringLiteral("final_background_sync_limit"));
    const QString intervalKey = QStringLiteral("config.background_sync_interval");
    const QString limitKey = QStringLiteral("config.final_background_sync_limit");
    if (const auto v = duration(interval, intervalKey)) {
        if (!syncIntervalValid(*v))
            issue(valuePos(interval),
                Text::tr("config.background_sync_interval must be longer than 0s."));
        else
            m_config.backgroundSyncIntervalMs = *v;
    }
    if (const auto v = duration(limit, limitKey))
        m_config.finalBackgroundSyncLimitMs = *v;
    if (!finalSyncLimitValid(
            m_config.backgroundSyncIntervalMs, m_config.finalBackgroundSyncLimitMs))
        issue(limit.present ? valuePos(limit) : valuePos(interval),
            Text::tr("config.final_background_sync_limit (%1) is longer than "
                     "config.background_sync_interval (%2); it must not be.")
                .arg(formatBatchDuration(m_config.finalBackgroundSyncLimitMs),
                    formatBatchDuration(m_config.backgroundSyncIntervalMs)));
}

void SchemaReader::checkNames()
{
    QStringList registered;
    for (const Target &t : m_context.targets)
        registered << t.name;
    const auto unknownTarget = [&](const QString &name) {
        return registered.isEmpty()
            ? Text::tr("Unknown target %1: no target is registered (ferryctl target add).")
                  .arg(quoted(name))
            : Text::tr("Unknown target %1.%2 Registered: %3.")
                  .arg(quoted(name), suggestion(name, registered),
                      registered.join(QLatin1String(", ")));
    };
    const BatchDocument &doc = m_out.document;
    const Target *batchTarget = nullptr;
    if (!doc.targetName.isEmpty()) {
        batchTarget = target(doc.targetName);
        if (!batchTarget)
            issue(m_out.positionOf(QStringLiteral("defaults.placement.target")),
                unknownTarget(doc.targetName));
    }
    if (batchTarget && !batchTarget->inventory.isEmpty()) {
        const TargetInventory inv = TargetInventory::fromJson(batchTarget->inventory);
        if (!inv.isEmpty()) {
            QStringList projects, pools;
            for (const auto &p : inv.projects)
                projects << p.name;
            for (const auto &p : inv.storagePools)
                pools << p.name;
            if (!inv.projects.isEmpty() && !inv.project(doc.batch.defaultProject))
                issue(m_out.positionOf(QStringLiteral("defaults.placement.target_project")),
                    Text::tr("The target %1 has no project %2.%3 It has: %4.")
                        .arg(quoted(batchTarget->name), quoted(doc.batch.defaultProject),
                            suggestion(doc.batch.defaultProject, projects),
                            projects.join(QLatin1String(", "))));
            if (!inv.storagePools.isEmpty() && !inv.storagePool(doc.batch.defaultPool))
                issue(m_out.positionOf(QStringLiteral("defaults.placement.storage_pool")),
                    Text::tr("The target %1 has no storage pool %2.%3 It has: %4.")
                        .arg(quoted(batchTarget->name), quoted(doc.batch.defaultPool),
                            suggestion(doc.batch.defaultPool, pools),
                            pools.join(QLatin1String(", "))));
        }
    }
    for (int i = 0; i < m_networks.size(); ++i) {
        const MigrationNetwork &n = m_networks.at(i);
        const QString path = QStringLiteral("defaults.migration_network[%1]").arg(i);
        const QString targetName = n.target.isEmpty() ? doc.targetName : n.target;
        const QString project = n.project.isEmpty() ? doc.batch.defaultProject : n.project;
        const Target *t = targetName.isEmpty() ? nullptr : target(targetName);
        if (!n.target.isEmpty() && !t) {
            issue(m_out.positionOf(path + QStringLiteral(".target")), unknownTarget(n.target));
            continue;
        }
        if (!t || n.network.isEmpty())
            continue;
        const TargetInventory inv = TargetInventory::fromJson(t->inventory);
        if (inv.isEmpty())
            continue;
        const auto *p = inv.project(project);
        if (!p) {
            issue(m_out.positionOf(path
                      + (n.project.isEmpty() ? QStringLiteral(".network")
                                             : QStringLiteral(".target_project"))),
                Text::tr("The target %1 has no project %2.").arg(quoted(t->name), quoted(project)));
            continue;
        }
        // A project without its own networks uses those of the default project.
        const QString networkProject = p->ownNetworks || inv.networks.contains(project)
            ? project
            : QStringLiteral("default");
        if (!inv.network(networkProject, n.network)
            && !inv.network(QStringLiteral("default"), n.network)) {
            QStringList names;
            for (const auto &net : inv.networks.value(networkProject))
                names << net.name;
            issue(m_out.positionOf(path + QStringLiteral(".network")),
                Text::tr("The target %1 has no network %2 in project %3.%4")
                    .arg(quoted(t->name), quoted(n.network), quoted(project),
                        suggestion(n.network, names)));
        }
    }
}

} // namespace ferry::batch::detail
