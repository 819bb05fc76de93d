// ferryctl instance ... and network ...
#include "cli.h"

#include "expr/expression.h"
#include "inventory/instanceoverrides.h"
#include "inventory/networkmapping.h"
#include "inventory/networkmappingservice.h"
#include "inventory/restrictions.h"
#include "model/network.h"
#include "store/database.h"
#include "store/instancerepository.h"
#include "store/networkrepository.h"
#include "store/sourcerepository.h"
#include "util/units.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace ferry::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("ferryctl", s);
}

QCommandLineOption opt(const QString &name, const QString &description, const QString &value = {})
{
    return QCommandLineOption(QStringList {name}, description, value);
}

QHash<qint64, QString> sourceNames(const std::shared_ptr<Database> &db)
{
    QHash<qint64, QString> names;
    if (auto all = SourceRepository(db).all())
        for (const Source &s : std::as_const(*all))
            names.insert(s.id, s.name);
    return names;
}

QString osVersionText(const Instance &i)
{
    return !i.osDescription.isEmpty() ? i.osDescription : i.osTemplate;
}

Result<bool> boolValue(const QString &option, const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0"))
        return false;
    return Error(Error::Code::InvalidInput, tr("--%1 takes true or false.").arg(option));
}

// UUID, or an inventory path (unique across sources, else ambiguous).
Result<Instance> findInstance(const std::shared_ptr<Database> &db, const QString &key)
{
    InstanceRepository repo(db);
    if (auto byUuid = repo.byUuid(key.toLower()))
        return byUuid;
    auto byLocation = repo.byLocation(key);
    if (!byLocation)
        return byLocation.error();
    if (byLocation->size() == 1)
        return byLocation->first();
    if (byLocation->size() > 1)
        return Error(Error::Code::Conflict,
            tr("%1 is the location of VMs in several sources; use the UUID.").arg(key));
    return Error(Error::Code::NotFound, tr("No instance with the UUID or location %1.").arg(key));
}

int instanceList(Context &ctx, const QCommandLineParser &p, const QStringList &)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto all = InstanceRepository(*db).all();
    if (!all)
        return ctx.fail(all.error());
    const QHash<qint64, QString> sources = sourceNames(*db);
    // An expression of the selection language, or plain text searched in the location.
    std::optional<expr::Expression> filter;
    if (p.isSet(QStringLiteral("filter"))) {
        auto compiled = expr::compileFilter(p.value(QStringLiteral("filter")));
        if (!compiled)
            return ctx.fail(compiled.error());
        filter = *compiled;
    }
    Table t;
    t.headers = QStringList {tr("UUID"), tr("Source"), tr("Location"), tr("OS Version"), tr("CPUs"),
        tr("Memory"), tr("Background Import"), tr("Migration Disabled")};
    t.keys
        = QStringList {QStringLiteral("uuid"), QStringLiteral("source"), QStringLiteral("location"),
            QStringLiteral("os_version"), QStringLiteral("cpus"), QStringLiteral("memory"),
            QStringLiteral("background_import"), QStringLiteral("migration_disabled")};
    const bool human = ctx.format() == Format::Table;
    for (const Instance &i : std::as_const(*all)) {
        if (filter) {
            expr::EvalContext ectx;
            ectx.source = sources.value(i.sourceId);
            ectx.sourceType = QStringLiteral("vmware");
            auto match = filter->matches(i, ectx);
            if (!match)
                return ctx.fail(match.error());
            if (!*match)
                continue;
        }
        t.rows << QJsonArray {i.uuid, sources.value(i.sourceId), i.location, osVersionText(i),
            i.effectiveCpus(),
            human ? QJsonValue(units::formatBytes(i.effectiveMemoryBytes()))
                  : QJsonValue(double(i.effectiveMemoryBytes())),
            i.backgroundImport, i.overrides.disableMigration};
    }
    ctx.out() << render(t, ctx.format());
    return ExitOk;
}

QJsonObject instanceJson(const Instance &i, const QString &sourceName)
{
    QJsonArray disks;
    for (const Disk &d : i.disks)
        disks << QJsonObject {{QStringLiteral("name"), d.name},
            {QStringLiteral("capacity"), double(d.capacityBytes)},
            {QStringLiteral("sharing"), d.sharing}, {QStringLiteral("mode"), d.mode},
            {QStringLiteral("backing_type"), d.backingType},
            {QStringLiteral("supported"), d.supported},
            {QStringLiteral("unsupported_reason"), d.unsupportedReason},
            {QStringLiteral("change_id"), d.changeId},
            {QStringLiteral("background_import_verified"), d.backgroundImportVerified}};
    QJsonArray nics;
    for (const Nic &n : i.nics)
        nics << QJsonObject {{QStringLiteral("hardware_address"), n.hardwareAddress},
            {QStringLiteral("network"), n.location},
            {QStringLiteral("source_specific_id"), n.sourceSpecificId},
            {QStringLiteral("ipv4_address"), n.ipv4Address},
            {QStringLiteral("ipv6_address"), n.ipv6Address}};
    QJsonArray snapshots;
    for (const Snapshot &s : i.snapshots)
        snapshots << s.name;
    QJsonArray restrictions;
    for (const Restriction &r : restrictionsOf(i))
        restrictions << QJsonObject {
            {QStringLiteral("code"), r.code}, {QStringLiteral("reason"), r.message}};
    QJsonObject overrides;
    if (i.overrides.name)
        overrides.insert(QStringLiteral("name"), *i.overrides.name);
    if (i.overrides.cpus)
        overrides.insert(QStringLiteral("cpus"), *i.overrides.cpus);
    if (i.overrides.memoryBytes)
        overrides.insert(QStringLiteral("memory"), double(*i.overrides.memoryBytes));
    overrides.insert(QStringLiteral("disable_migration"), i.overrides.disableMigration);
    overrides.insert(QStringLiteral("ignore_restrictions"), i.overrides.ignoreRestrictions);
    QJsonArray addresses;
    for (const NicAddressOverride &a : nicAddressOverrides(i.overrides))
        addresses << QJsonObject {{QStringLiteral("mac"), a.mac}, {QStringLiteral("ipv4"), a.ipv4},
            {QStringLiteral("gateway"), a.gateway},
            {QStringLiteral("dns"), QJsonArray::fromStringList(a.dns)}};
    if (!addresses.isEmpty())
        overrides.insert(QStringLiteral("nic_addresses"), addresses);
    return QJsonObject {
        {QStringLiteral("uuid"), i.uuid},
        {QStringLiteral("source"), sourceName},
        {QStringLiteral("source_specific_id"), i.sourceSpecificId},
        {QStringLiteral("location"), i.location},
        {QStringLiteral("name"), i.name},
        {QStringLiteral("description"), i.description},
        {QStringLiteral("os"), i.os},
        {QStringLiteral("os_version"), osVersionText(i)},
        {QStringLiteral("os_template"), i.osTemplate},
        {QStringLiteral("os_type"), i.osType},
        {QStringLiteral("distribution"), i.distribution},
        {QStringLiteral("distribution_version"), i.distributionVersion},
        {QStringLiteral("architecture"), i.architecture},
        {QStringLiteral("cpus"), i.cpus},
        {QStringLiteral("memory"), double(i.memoryBytes)},
        {QStringLiteral("legacy_boot"), i.legacyBoot},
        {QStringLiteral("secure_boot"), i.secureBoot},
        {QStringLiteral("tpm"), i.tpm},
        {QStringLiteral("power_state"), i.powerState},
        {QStringLiteral("background_import"), i.backgroundImport},
        {QStringLiteral("missing_from_source"), i.missingSince.isValid()},
        {QStringLiteral("config"), i.config},
        {QStringLiteral("disks"), disks},
        {QStringLiteral("nics"), nics},
        {QStringLiteral("snapshots"), snapshots},
        {QStringLiteral("restrictions"), restrictions},
        {QStringLiteral("overrides"), overrides},
    };
}

int instanceShow(Context &ctx, const QCommandLineParser &, const QStringList &args)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto i = findInstance(*db, args.value(0));
    if (!i)
        return ctx.fail(i.error());
    QJsonObject o = instanceJson(*i, sourceNames(*db).value(i->sourceId));
    if (ctx.format() == Format::Table)
        o.insert(QStringLiteral("memory"), units::formatBytes(i->memoryBytes));
    ctx.out() << renderObject(o, ctx.format());
    return ExitOk;
}

int instanceOverride(Context &ctx, const QCommandLineParser &p, const QStringList &args)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto i = findInstance(*db, args.value(0));
    if (!i)
        return ctx.fail(i.error());
    InstanceOverrides o = i->overrides;
    if (p.isSet(QStringLiteral("clear")))
        o = InstanceOverrides {};
    if (p.isSet(QStringLiteral("name"))) {
        const QString name = p.value(QStringLiteral("name"));
        if (name.isEmpty())
            o.name.reset();
        else
            o.name = name;
    }
    if (p.isSet(QStringLiteral("cpus"))) {
        bool ok = false;
        const int cpus = p.value(QStringLiteral("cpus")).toInt(&ok);
        if (!ok || cpus < 0)
            return ctx.fail(
                Error(Error::Code::InvalidInput, tr("--cpus takes a whole number (0 clears it).")));
        if (cpus == 0)
            o.cpus.reset();
        else
            o.cpus = cpus;
    }
    if (p.isSet(QStringLiteral("memory"))) {
        auto bytes = units::parseBytes(p.value(QStringLiteral("memory")));
        if (!bytes)
            return ctx.fail(bytes.error());
        if (*bytes == 0)
            o.memoryBytes.reset();
        else
            o.memoryBytes = *bytes;
    }
    for (const QString &flag :
        {QStringLiteral("disable-migration"), QStringLiteral("ignore-restrictions")}) {
        if (!p.isSet(flag))
            continue;
        auto v = boolValue(flag, p.value(flag));
        if (!v)
            return ctx.fail(v.error());
        (flag == QLatin1String("disable-migration") ? o.disableMigration : o.ignoreRestrictions)
            = *v;
    }
    // A new address for one NIC, applied by the guest conversion.
    const bool addressFlags = p.isSet(QStringLiteral("ipv4")) || p.isSet(QStringLiteral("gateway"))
        || p.isSet(QStringLiteral("dns"));
    if (addressFlags && !p.isSet(QStringLiteral("nic")))
        return ctx.fail(Error(Error::Code::InvalidInput,
            tr("--ipv4, --gateway and --dns need --nic MAC: the NIC they are for.")));
    if (p.isSet(QStringLiteral("nic"))) {
        if (!p.isSet(QStringLiteral("ipv4")))
            return ctx.fail(Error(Error::Code::InvalidInput,
                tr("--nic needs --ipv4 ADDRESS/PREFIX (an empty value clears the NIC's "
                   "address).")));
        NicAddressOverride a {p.value(QStringLiteral("nic")), p.value(QStringLiteral("ipv4")),
            p.value(QStringLiteral("gateway")), {}};
        for (const QString &d :
            p.value(QStringLiteral("dns")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            a.dns << d.trimmed();
        if (!a.ipv4.isEmpty())
            if (const QString problem = nicAddressProblem(a, *i); !problem.isEmpty())
                return ctx.fail(Error(Error::Code::InvalidInput, problem));
        setNicAddressOverride(o, a);
    }
    // The rules of ferry's overrides dialog: a name the target accepts as a host name.
    if (Status st = validateOverrides(o); !st)
        return ctx.fail(st.error());
    if (Status st = InstanceRepository(*db).setOverrides(i->id, o); !st)
        return ctx.fail(st.error());
    ctx.out() << tr("Successfully updated the overrides of instance \"%1\".").arg(i->location)
              << Qt::endl;
    return ExitOk;
}

QJsonArray networkRow(const Network &n, const QString &source)
{
    const NetworkPlacement p = effectivePlacement(n);
    return QJsonArray {
        n.uuid, n.sourceSpecificId, n.location, source, n.type, p.network, p.nicType, p.vlan};
}

Result<Network> findNetwork(const std::shared_ptr<Database> &db, const QString &key)
{
    NetworkRepository repo(db);
    if (auto n = repo.byUuid(key.toLower()))
        return n;
    auto all = repo.all();
    if (!all)
        return all.error();
    QVector<Network> hits;
    for (const Network &n : std::as_const(*all))
        if (n.location == key || n.sourceSpecificId == key)
            hits << n;
    if (hits.size() == 1)
        return hits.first();
    if (hits.size() > 1)
        return Error(Error::Code::Conflict,
            tr("%1 names networks in several sources; use the UUID.").arg(key));
    return Error(
        Error::Code::NotFound, tr("No network with the UUID, location or id %1.").arg(key));
}

int networkList(Context &ctx, const QCommandLineParser &, const QStringList &)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto all = NetworkRepository(*db).all();
    if (!all)
        return ctx.fail(all.error());
    const QHash<qint64, QString> sources = sourceNames(*db);
    Table t;
    t.headers = QStringList {tr("UUID"), tr("Source Specific ID"), tr("Location"), tr("Source"),
        tr("Type"), tr("Target Network"), tr("Target NIC Type"), tr("Target Vlan")};
    t.keys = QStringList {QStringLiteral("uuid"), QStringLiteral("source_specific_id"),
        QStringLiteral("location"), QStringLiteral("source"), QStringLiteral("type"),
        QStringLiteral("target_network"), QStringLiteral("target_nic_type"),
        QStringLiteral("target_vlan")};
    for (const Network &n : std::as_const(*all))
        t.rows << networkRow(n, sources.value(n.sourceId));
    ctx.out() << render(t, ctx.format());
    return ExitOk;
}

int networkShow(Context &ctx, const QCommandLineParser &, const QStringList &args)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto n = findNetwork(*db, args.value(0));
    if (!n)
        return ctx.fail(n.error());
    const NetworkPlacement def = defaultPlacement(*n), eff = effectivePlacement(*n);
    QJsonObject o {{QStringLiteral("uuid"), n->uuid},
        {QStringLiteral("source_specific_id"), n->sourceSpecificId},
        {QStringLiteral("location"), n->location},
        {QStringLiteral("source"), sourceNames(*db).value(n->sourceId)},
        {QStringLiteral("type"), n->type}, {QStringLiteral("properties"), n->properties},
        {QStringLiteral("missing_from_source"), n->missingSince.isValid()},
        {QStringLiteral("placement"),
            QJsonObject {{QStringLiteral("network"), eff.network},
                {QStringLiteral("nictype"), eff.nicType}, {QStringLiteral("vlan_id"), eff.vlan}}},
        {QStringLiteral("default_placement"),
            QJsonObject {{QStringLiteral("network"), def.network},
                {QStringLiteral("nictype"), def.nicType}, {QStringLiteral("vlan_id"), def.vlan}}}};
    ctx.out() << renderObject(o, ctx.format());
    return ExitOk;
}

int networkUpdate(Context &ctx, const QCommandLineParser &p, const QStringList &args)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto n = findNetwork(*db, args.value(0));
    if (!n)
        return ctx.fail(n.error());
    Network changed = *n;
    if (p.isSet(QStringLiteral("reset"))) {
        changed.overrideNetwork.reset();
        changed.overrideNicType.reset();
        changed.overrideVlan.reset();
    }
    if (p.isSet(QStringLiteral("target-network")))
        changed.overrideNetwork = p.value(QStringLiteral("target-network"));
    if (p.isSet(QStringLiteral("nictype")))
        changed.overrideNicType = p.value(QStringLiteral("nictype"));
    if (p.isSet(QStringLiteral("vlan")))
        changed.overrideVlan = p.value(QStringLiteral("vlan"));
    if (auto saved = NetworkMappingService(*db).save(changed); !saved)
        return ctx.fail(saved.error());
    ctx.out() << tr("Successfully updated network \"%1\".").arg(n->location) << Qt::endl;
    return ExitOk;
}

} // namespace

QList<Command> instanceCommands()
{
    const QString n = QStringLiteral("instance");
    QList<Command> list;
    list << Command {n, QStringLiteral("list"), tr("List the VMs imported from the sources"), {}, 0,
        0,
        {opt(QStringLiteral("filter"), tr("Only instances whose location contains TEXT"),
            tr("TEXT"))},
        {QStringLiteral("ferryctl instance list"),
            QStringLiteral("ferryctl instance list --filter Win --format json")},
        instanceList};
    list << Command {n, QStringLiteral("show"),
        tr("Show one instance: disks, NICs, restrictions with reasons, overrides"),
        tr("UUID|LOCATION"), 1, 1, {},
        {QStringLiteral("ferryctl instance show \"/DC0/vm/Win 2016\"")}, instanceShow};
    list << Command {n, QStringLiteral("override"), tr("Set or clear an instance's overrides"),
        tr("UUID|LOCATION"), 1, 1,
        {opt(QStringLiteral("name"), tr("Name on the target (empty clears)"), tr("NAME")),
            opt(QStringLiteral("cpus"), tr("CPUs on the target (0 clears)"), tr("N")),
            opt(QStringLiteral("memory"), tr("Memory on the target, e.g. 8GiB (0 clears)"),
                tr("SIZE")),
            opt(QStringLiteral("disable-migration"), tr("true or false"), tr("BOOL")),
            opt(QStringLiteral("ignore-restrictions"), tr("true or false"), tr("BOOL")),
            opt(QStringLiteral("nic"),
                tr("The NIC (by MAC) that --ipv4, --gateway and --dns are for"), tr("MAC")),
            opt(QStringLiteral("ipv4"),
                tr("The NIC's new address in the guest, written by the guest conversion (empty "
                   "clears)"),
                tr("ADDRESS/PREFIX")),
            opt(QStringLiteral("gateway"), tr("With --ipv4: the new default gateway"), tr("IP")),
            opt(QStringLiteral("dns"), tr("With --ipv4: the new name servers"), tr("IP[,IP]")),
            opt(QStringLiteral("clear"), tr("Clear every override first"))},
        {QStringLiteral("ferryctl instance override 52cfcb6b-... --cpus 4 --memory 8GiB"),
            QStringLiteral("ferryctl instance override \"/DC0/vm/old\" --disable-migration true"),
            QStringLiteral("ferryctl instance override \"/DC0/vm/web\" --nic 00:50:56:96:2d:36 "
                           "--ipv4 198.51.100.20/24 --gateway 198.51.100.1 --dns 198.51.100.53")},
        instanceOverride};
    return list;
}

QList<Command> networkCommands()
{
    const QString n = QStringLiteral("network");
    QList<Command> list;
    list << Command {n, QStringLiteral("list"),
        tr("List the source networks and their target mapping"), {}, 0, 0, {},
        {QStringLiteral("ferryctl network list")}, networkList};
    list << Command {n, QStringLiteral("show"), tr("Show one network and its mapping"),
        tr("UUID|LOCATION"), 1, 1, {},
        {QStringLiteral("ferryctl network show \"/DC0/network/VM Network\"")}, networkShow};
    list << Command {n, QStringLiteral("update"),
        tr("Change where a network's NICs go on the target"), tr("UUID|LOCATION"), 1, 1,
        {opt(QStringLiteral("target-network"), tr("Target network (managed) or parent"),
             tr("NAME")),
            opt(QStringLiteral("nictype"), tr("managed, bridged or physical"), tr("TYPE")),
            opt(QStringLiteral("vlan"), tr("VLAN id (only with bridged or physical)"), tr("ID")),
            opt(QStringLiteral("reset"), tr("Back to the default mapping"))},
        {QStringLiteral(
             "ferryctl network update \"/DC0/network/VM Network\" --target-network lxdbr0"),
            QStringLiteral("ferryctl network update dvportgroup-13 --nictype bridged --vlan 10")},
        networkUpdate};
    return list;
}

} // namespace ferry::cli
