#include "batch/placement.h"

#include "batch/batchconfig.h"
#include "model/batch.h"
#include "model/instance.h"
#include "model/network.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ferry::batch {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Placement)
};

QJsonObject networkJson(const NetworkPlacement &n)
{
    return QJsonObject {{QStringLiteral("network"), n.network},
        {QStringLiteral("nictype"), n.nicType}, {QStringLiteral("vlan_id"), n.vlan}};
}

NetworkPlacement networkFrom(const QJsonObject &o, const NetworkPlacement &base = {})
{
    NetworkPlacement n = base;
    if (o.contains(QStringLiteral("network")))
        n.network = o.value(QStringLiteral("network")).toString();
    if (o.contains(QStringLiteral("nictype")))
        n.nicType = o.value(QStringLiteral("nictype")).toString();
    if (o.contains(QStringLiteral("vlan_id"))) {
        const QJsonValue v = o.value(QStringLiteral("vlan_id"));
        n.vlan = v.isDouble() ? QString::number(v.toInt()) : v.toString();
    }
    if (n.nicType.isEmpty())
        n.nicType = QStringLiteral("managed");
    return n;
}

void applyOverrides(InstancePlacement &p, const Instance &vm)
{
    const QJsonObject o = vm.overrides.extra.value(QStringLiteral("placement")).toObject();
    if (o.isEmpty())
        return;
    if (o.contains(QStringLiteral("target")))
        p.target = o.value(QStringLiteral("target")).toString();
    if (o.contains(QStringLiteral("target_project")))
        p.project = o.value(QStringLiteral("target_project")).toString();
    if (o.contains(QStringLiteral("target_member")))
        p.member = o.value(QStringLiteral("target_member")).toString();
    if (o.contains(QStringLiteral("storage_pool")))
        for (auto it = p.storagePools.begin(); it != p.storagePools.end(); ++it)
            it.value() = o.value(QStringLiteral("storage_pool")).toString();
    const QJsonObject pools = o.value(QStringLiteral("storage_pools")).toObject();
    for (auto it = pools.begin(); it != pools.end(); ++it)
        if (p.storagePools.contains(it.key()))
            p.storagePools.insert(it.key(), it.value().toString());
    const QJsonObject nets = o.value(QStringLiteral("networks")).toObject();
    for (auto it = nets.begin(); it != nets.end(); ++it) {
        const QString mac = it.key().toLower();
        if (!p.networks.contains(mac) && !p.unmappedNics.contains(mac))
            continue;
        p.networks.insert(mac, networkFrom(it.value().toObject(), p.networks.value(mac)));
        p.unmappedNics.removeAll(mac);
    }
}

// Applies what the script asked for, refusing names that do not fit the instance.
QString applyScript(InstancePlacement &p, const ScriptOutcome &out, const Instance &vm,
    const PlacementInputs &inputs)
{
    if (out.target) {
        if (!inputs.targetNames.contains(*out.target))
            return Text::tr("set_target(\"%1\"): no target of that name is registered.")
                .arg(*out.target);
        p.target = *out.target;
    }
    if (out.project) {
        if (out.project->isEmpty())
            return Text::tr("set_project(\"\"): the project name is empty.");
        p.project = *out.project;
    }
    for (auto it = out.pools.begin(); it != out.pools.end(); ++it) {
        if (!p.storagePools.contains(it.key()))
            return Text::tr("set_pool(\"%1\", ...): the instance has no disk of that name.")
                .arg(it.key());
        if (it.value().isEmpty())
            return Text::tr("set_pool(\"%1\", \"\"): the pool name is empty.").arg(it.key());
        p.storagePools.insert(it.key(), it.value());
    }
    for (auto it = out.networks.begin(); it != out.networks.end(); ++it) {
        bool found = false;
        for (const Nic &n : vm.nics)
            found = found || n.hardwareAddress.toLower() == it.key();
        if (!found)
            return Text::tr(
                "set_network(\"%1\", ...): the instance has no NIC with that MAC address.")
                .arg(it.key());
        NetworkPlacement n {
            it->network, it->nicType.isEmpty() ? QStringLiteral("managed") : it->nicType, it->vlan};
        if (!nicTypes().contains(n.nicType))
            return Text::tr(
                "set_network(\"%1\", ...): the NIC type must be managed, bridged, macvlan or "
                "physical, "
                "not \"%2\".")
                .arg(it.key(), n.nicType);
        if (n.network.isEmpty())
            return Text::tr("set_network(\"%1\", \"\"): the network name is empty.").arg(it.key());
        p.networks.insert(it.key(), n);
        p.unmappedNics.removeAll(it.key());
    }
    return {};
}

} // namespace

QJsonObject InstancePlacement::toJson() const
{
    QJsonObject pools;
    for (auto it = storagePools.begin(); it != storagePools.end(); ++it)
        pools.insert(it.key(), it.value());
    QJsonObject nets;
    for (auto it = networks.begin(); it != networks.end(); ++it)
        nets.insert(it.key(), networkJson(it.value()));
    QJsonObject o {{QStringLiteral("target_name"), target},
        {QStringLiteral("target_project"), project}, {QStringLiteral("storage_pools"), pools},
        {QStringLiteral("networks"), nets}};
    if (!member.isEmpty())
        o.insert(QStringLiteral("target_member"), member);
    if (!unmappedNics.isEmpty())
        o.insert(QStringLiteral("unmapped_nics"), QJsonArray::fromStringList(unmappedNics));
    if (!scriptLog.isEmpty()) {
        QJsonArray log;
        for (const ScriptLogLine &l : scriptLog)
            log << QJsonObject {
                {QStringLiteral("level"), l.level}, {QStringLiteral("message"), l.message}};
        o.insert(QStringLiteral("script_log"), log);
    }
    if (!scriptError.isEmpty())
        o.insert(QStringLiteral("script_error"), scriptError);
    return o;
}

InstancePlacement InstancePlacement::fromJson(const QJsonObject &o)
{
    InstancePlacement p;
    p.target = o.value(QStringLiteral("target_name")).toString();
    p.project = o.value(QStringLiteral("target_project")).toString();
    p.member = o.value(QStringLiteral("target_member")).toString();
    const QJsonObject pools = o.value(QStringLiteral("storage_pools")).toObject();
    for (auto it = pools.begin(); it != pools.end(); ++it)
        p.storagePools.insert(it.key(), it.value().toString());
    const QJsonObject nets = o.value(QStringLiteral("networks")).toObject();
    for (auto it = nets.begin(); it != nets.end(); ++it)
        p.networks.insert(it.key(), networkFrom(it.value().toObject()));
    for (const QJsonValue &v : o.value(QStringLiteral("unmapped_nics")).toArray())
        p.unmappedNics << v.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("script_log")).toArray())
        p.scriptLog << ScriptLogLine {
            v[QStringLiteral("level")].toString(), v[QStringLiteral("message")].toString()};
    p.scriptError = o.value(QStringLiteral("script_error")).toString();
    return p;
}

InstancePlacement computePlacement(
    const Batch &batch, const Instance &vm, const PlacementInputs &inputs)
{
    InstancePlacement p;
    p.target = inputs.targetName;
    p.project = batch.defaultProject;
    p.member = configOf(batch).targetMember;
    for (const Disk &d : vm.disks)
        p.storagePools.insert(d.name, batch.defaultPool);
    for (const Nic &n : vm.nics) {
        const QString mac = n.hardwareAddress.toLower();
        const auto it = inputs.networks.constFind(n.networkId);
        if (n.networkId != 0 && it != inputs.networks.constEnd())
            p.networks.insert(mac, effectivePlacement(*it));
        else
            p.unmappedNics << mac;
    }
    applyOverrides(p, vm);

    const BatchConfig config = configOf(batch);
    if (config.placementScriptlet.trimmed().isEmpty())
        return p;
    std::unique_ptr<PlacementScriptRunner> own;
    PlacementScriptRunner *runner = inputs.scriptRunner;
    if (!runner || runner->source() != config.placementScriptlet) {
        own = std::make_unique<PlacementScriptRunner>(config.placementScriptlet);
        runner = own.get();
    }
    auto out = runner->run(instanceScriptObject(vm, inputs.sourceName, inputs.networks),
        batchScriptObject(batch, inputs.targetName));
    if (!out) {
        p.scriptError = out.error().message;
        return p;
    }
    p.scriptLog = out->log;
    InstancePlacement scripted = p;
    const QString refused = applyScript(scripted, *out, vm, inputs);
    if (!refused.isEmpty()) {
        p.scriptError = refused;
        return p;
    }
    return scripted;
}

QJsonObject instanceScriptObject(
    const Instance &vm, const QString &sourceName, const QHash<qint64, Network> &networks)
{
    QJsonArray disks;
    for (const Disk &d : vm.disks)
        disks << QJsonObject {{QStringLiteral("name"), d.name},
            {QStringLiteral("capacity"), double(d.capacityBytes)},
            {QStringLiteral("shared"), d.sharing == QLatin1String("sharingMultiWriter")},
            {QStringLiteral("supported"), d.supported},
            {QStringLiteral("background_import_verified"), d.backgroundImportVerified}};
    QJsonArray nics;
    for (const Nic &n : vm.nics) {
        const auto it = networks.constFind(n.networkId);
        nics << QJsonObject {
            {QStringLiteral("uuid"), it != networks.constEnd() ? it->uuid : QString()},
            {QStringLiteral("source_specific_id"), n.sourceSpecificId},
            {QStringLiteral("hardware_address"), n.hardwareAddress},
            {QStringLiteral("location"), n.location},
            {QStringLiteral("ipv4_address"), n.ipv4Address},
            {QStringLiteral("ipv6_address"), n.ipv6Address}};
    }
    QJsonArray snapshots;
    for (const Snapshot &s : vm.snapshots)
        snapshots << QJsonObject {{QStringLiteral("name"), s.name}};
    QJsonObject overrides = vm.overrides.extra;
    if (vm.overrides.name)
        overrides.insert(QStringLiteral("name"), *vm.overrides.name);
    if (vm.overrides.cpus)
        overrides.insert(QStringLiteral("cpus"), *vm.overrides.cpus);
    if (vm.overrides.memoryBytes)
        overrides.insert(QStringLiteral("memory"), double(*vm.overrides.memoryBytes));
    overrides.insert(QStringLiteral("disable_migration"), vm.overrides.disableMigration);
    overrides.insert(QStringLiteral("ignore_restrictions"), vm.overrides.ignoreRestrictions);
    overrides.insert(QStringLiteral("comment"), vm.overrides.comment);
    return QJsonObject {{QStringLiteral("uuid"), vm.uuid},
        {QStringLiteral("source_specific_id"), vm.sourceSpecificId},
        {QStringLiteral("location"), vm.location}, {QStringLiteral("name"), vm.effectiveName()},
        {QStringLiteral("description"), vm.description}, {QStringLiteral("os"), vm.os},
        {QStringLiteral("os_description"), vm.osDescription},
        {QStringLiteral("os_template"), vm.osTemplate}, {QStringLiteral("os_type"), vm.osType},
        {QStringLiteral("distribution"), vm.distribution},
        {QStringLiteral("distribution_version"), vm.distributionVersion},
        {QStringLiteral("architecture"), vm.architecture},
        {QStringLiteral("cpus"), vm.effectiveCpus()},
        {QStringLiteral("memory"), double(vm.effectiveMemoryBytes())},
        {QStringLiteral("legacy_boot"), vm.legacyBoot},
        {QStringLiteral("secure_boot"), vm.secureBoot}, {QStringLiteral("tpm"), vm.tpm},
        {QStringLiteral("running"), vm.powerState == QLatin1String("poweredOn")},
        {QStringLiteral("background_import"), vm.backgroundImport},
        {QStringLiteral("config"), vm.config}, {QStringLiteral("disks"), disks},
        {QStringLiteral("nics"), nics}, {QStringLiteral("snapshots"), snapshots},
        {QStringLiteral("source"), sourceName}, {QStringLiteral("overrides"), overrides}};
}

QJsonObject batchScriptObject(const Batch &batch, const QString &targetName)
{
    const BatchConfig config = configOf(batch);
    return QJsonObject {{QStringLiteral("name"), batch.name},
        {QStringLiteral("include_expression"), batch.includeExpression},
        {QStringLiteral("status"), batch.status},
        {QStringLiteral("defaults"),
            QJsonObject {{QStringLiteral("placement"),
                             QJsonObject {{QStringLiteral("target"), targetName},
                                 {QStringLiteral("target_project"), batch.defaultProject},
                                 {QStringLiteral("storage_pool"), batch.defaultPool}}},
                {QStringLiteral("migration_network"), batch.migrationNetwork}}},
        {QStringLiteral("config"),
            QJsonObject {{QStringLiteral("rerun_scriptlets"), config.rerunScriptlets},
                {QStringLiteral("post_migration_retries"), config.postMigrationRetries}}}};
}

} // namespace ferry::batch
