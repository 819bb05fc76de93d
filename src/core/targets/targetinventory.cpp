#include "targets/targetinventory.h"

#include "incus/incusclient.h"
#include "incus/targetstate.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ferry {

namespace {

QJsonValue size(qint64 v)
{
    return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(v));
}

qint64 sizeFrom(const QJsonValue &v)
{
    return v.isDouble() ? qint64(v.toDouble()) : -1;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

const incus::Project *TargetInventory::project(const QString &name) const
{
    for (const incus::Project &p : projects)
        if (p.name == name)
            return &p;
    return nullptr;
}

const incus::StoragePool *TargetInventory::storagePool(const QString &name) const
{
    for (const incus::StoragePool &p : storagePools)
        if (p.name == name)
            return &p;
    return nullptr;
}

const incus::ClusterMember *TargetInventory::member(const QString &name) const
{
    for (const incus::ClusterMember &m : members)
        if (m.name == name)
            return &m;
    return nullptr;
}

QString TargetInventory::memberProblem(const QString &name, const QString &targetName) const
{
    auto chosen = incus::targetstate::chooseMember(clustered, members, name, targetName);
    return chosen ? QString() : chosen.error().message;
}

const incus::Network *TargetInventory::network(const QString &project, const QString &name) const
{
    const auto it = networks.constFind(project);
    if (it == networks.constEnd())
        return nullptr;
    for (const incus::Network &n : *it)
        if (n.name == name)
            return &n;
    return nullptr;
}

bool TargetInventory::hasProfile(const QString &project, const QString &name) const
{
    for (const incus::Profile &p : profiles.value(project))
        if (p.name == name)
            return true;
    return false;
}

bool TargetInventory::hasInstance(const QString &project, const QString &name) const
{
    return instances.value(project).contains(name);
}

QString TargetInventory::backupsVolumeFor(const QString &projectName) const
{
    const incus::Project *p = project(projectName);
    return p && !p->backupsVolume.isEmpty() ? p->backupsVolume : backupsVolume;
}

QString TargetInventory::backupsPool(const QString &projectName) const
{
    return backupsVolumeFor(projectName).section(QLatin1Char('/'), 0, 0);
}

QJsonObject TargetInventory::toJson() const
{
    QJsonArray projectList;
    for (const incus::Project &p : projects)
        projectList << QJsonObject {{QStringLiteral("name"), p.name},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("own_networks"), p.ownNetworks},
            {QStringLiteral("own_profiles"), p.ownProfiles},
            {QStringLiteral("nic_restriction"), p.nicRestriction},
            {QStringLiteral("limits_disk"), p.diskLimitConfig},
            {QStringLiteral("disk_limit"), size(p.diskLimit)},
            {QStringLiteral("disk_usage"), size(p.diskUsage)},
            {QStringLiteral("backups_volume"), p.backupsVolume}};
    QJsonArray poolList;
    for (const incus::StoragePool &p : storagePools)
        poolList << QJsonObject {{QStringLiteral("name"), p.name},
            {QStringLiteral("driver"), p.driver}, {QStringLiteral("status"), p.status},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("space_used"), size(p.spaceUsed)},
            {QStringLiteral("space_total"), size(p.spaceTotal)}};
    QJsonObject networksByProject;
    for (auto it = networks.constBegin(); it != networks.constEnd(); ++it) {
        QJsonArray list;
        for (const incus::Network &n : it.value())
            list << QJsonObject {{QStringLiteral("name"), n.name}, {QStringLiteral("type"), n.type},
                {QStringLiteral("managed"), n.managed},
                {QStringLiteral("ipv4_subnet"), n.ipv4Subnet},
                {QStringLiteral("ipv6_subnet"), n.ipv6Subnet},
                {QStringLiteral("description"), n.description}};
        networksByProject.insert(it.key(), list);
    }
    QJsonObject profilesByProject;
    for (auto it = profiles.constBegin(); it != profiles.constEnd(); ++it) {
        QJsonArray list;
        for (const incus::Profile &p : it.value())
            list << QJsonObject {
                {QStringLiteral("name"), p.name}, {QStringLiteral("description"), p.description}};
        profilesByProject.insert(it.key(), list);
    }
    QJsonObject instancesByProject;
    for (auto it = instances.constBegin(); it != instances.constEnd(); ++it)
        instancesByProject.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonObject o {{QStringLiteral("projects"), projectList},
        {QStringLiteral("storage_pools"), poolList},
        {QStringLiteral("networks"), networksByProject},
        {QStringLiteral("profiles"), profilesByProject},
        {QStringLiteral("instances"), instancesByProject}};
    if (backupsVolumeKnown)
        o.insert(QStringLiteral("backups_volume"), backupsVolume);
    if (clustered) {
        QJsonArray memberList;
        for (const incus::ClusterMember &m : members)
            memberList << QJsonObject {{QStringLiteral("name"), m.name},
                {QStringLiteral("url"), m.url}, {QStringLiteral("status"), m.status},
                {QStringLiteral("message"), m.message},
                {QStringLiteral("architecture"), m.architecture},
                {QStringLiteral("roles"), QJsonArray::fromStringList(m.roles)}};
        o.insert(QStringLiteral("clustered"), true);
        o.insert(QStringLiteral("cluster_members"), memberList);
    }
    if (!remoteDrivers.isEmpty())
        o.insert(QStringLiteral("remote_drivers"), QJsonArray::fromStringList(remoteDrivers));
    if (!warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return o;
}

TargetInventory TargetInventory::fromJson(const QJsonObject &json)
{
    TargetInventory inv;
    for (const QJsonValue &v : json.value(QStringLiteral("projects")).toArray()) {
        const QJsonObject o = v.toObject();
        incus::Project p;
        p.name = str(o, "name");
        p.description = str(o, "description");
        p.ownNetworks = o.value(QStringLiteral("own_networks")).toBool(true);
        p.ownProfiles = o.value(QStringLiteral("own_profiles")).toBool(true);
        p.nicRestriction = str(o, "nic_restriction");
        p.diskLimitConfig = str(o, "limits_disk");
        p.diskLimit = sizeFrom(o.value(QStringLiteral("disk_limit")));
        p.diskUsage = sizeFrom(o.value(QStringLiteral("disk_usage")));
        p.backupsVolume = str(o, "backups_volume");
        inv.projects << p;
    }
    for (const QJsonValue &v : json.value(QStringLiteral("storage_pools")).toArray()) {
        const QJsonObject o = v.toObject();
        incus::StoragePool p;
        p.name = str(o, "name");
        p.driver = str(o, "driver");
        p.status = str(o, "status");
        p.description = str(o, "description");
        p.spaceUsed = sizeFrom(o.value(QStringLiteral("space_used")));
        p.spaceTotal = sizeFrom(o.value(QStringLiteral("space_total")));
        inv.storagePools << p;
    }
    const QJsonObject nets = json.value(QStringLiteral("networks")).toObject();
    for (auto it = nets.begin(); it != nets.end(); ++it) {
        QVector<incus::Network> list;
        for (const QJsonValue &v : it.value().toArray()) {
            const QJsonObject o = v.toObject();
            incus::Network n;
            n.name = str(o, "name");
            n.type = str(o, "type");
            n.managed = o.value(QStringLiteral("managed")).toBool();
            n.ipv4Subnet = str(o, "ipv4_subnet");
            n.ipv6Subnet = str(o, "ipv6_subnet");
            n.description = str(o, "description");
            list << n;
        }
        inv.networks.insert(it.key(), list);
    }
    const QJsonObject profs = json.value(QStringLiteral("profiles")).toObject();
    for (auto it = profs.begin(); it != profs.end(); ++it) {
        QVector<incus::Profile> list;
        for (const QJsonValue &v : it.value().toArray()) {
            const QJsonObject o = v.toObject();
            list << incus::Profile {str(o, "name"), str(o, "description")};
        }
        inv.profiles.insert(it.key(), list);
    }
    const QJsonObject insts = json.value(QStringLiteral("instances")).toObject();
    for (auto it = insts.begin(); it != insts.end(); ++it) {
        QStringList names;
        for (const QJsonValue &v : it.value().toArray())
            names << v.toString();
        inv.instances.insert(it.key(), names);
    }
    inv.clustered = json.value(QStringLiteral("clustered")).toBool();
    for (const QJsonValue &v : json.value(QStringLiteral("cluster_members")).toArray()) {
        const QJsonObject o = v.toObject();
        incus::ClusterMember m;
        m.name = str(o, "name");
        m.url = str(o, "url");
        m.status = str(o, "status");
        m.message = str(o, "message");
        m.architecture = str(o, "architecture");
        for (const QJsonValue &r : o.value(QStringLiteral("roles")).toArray())
            m.roles << r.toString();
        inv.members << m;
    }
    for (const QJsonValue &v : json.value(QStringLiteral("remote_drivers")).toArray())
        inv.remoteDrivers << v.toString();
    inv.backupsVolumeKnown = json.value(QStringLiteral("backups_volume")).isString();
    inv.backupsVolume = str(json, "backups_volume");
    for (const QJsonValue &v : json.value(QStringLiteral("warnings")).toArray())
        inv.warnings << v.toString();
    return inv;
}

Result<TargetInventory> readTargetInventory(
    incus::IncusClient &client, const std::atomic_bool *cancel)
{
    const auto canceled = [cancel]() {
        return cancel && cancel->load();
    };
    const Error canceledError(Error::Code::Canceled,
        QCoreApplication::translate("TargetInventory", "Reading the target was canceled."));
    TargetInventory inv;
    auto projects = client.projects();
    if (!projects)
        return projects.error();
    inv.projects = *projects;
    if (canceled())
        return canceledError;
    // Where the server stages an upload (storage.backups_volume) and each budgeted project's
    // disk usage, for the pre-flight space checks; informative, so a failure is a warning.
    if (auto server = client.server(); server && server->trusted()) {
        inv.backupsVolume = server->backupsVolume;
        inv.backupsVolumeKnown = true;
        for (auto it = server->remoteDrivers.constBegin(); it != server->remoteDrivers.constEnd();
             ++it)
            if (it.value())
                inv.remoteDrivers << it.key();
        inv.remoteDrivers.sort();
        // A cluster's members and their status, for the placement on a member (pre-flight).
        inv.clustered = server->clustered;
        if (server->clustered) {
            if (auto members = client.clusterMembers())
                inv.members = *members;
            else
                inv.warnings << members.error().toString();
        }
        for (incus::Project &p : inv.projects)
            p.backupsVolume = server->projectBackupsVolumes.value(p.name);
    } else if (!server) {
        inv.warnings << server.error().toString();
    }
    for (incus::Project &p : inv.projects) {
        if (p.diskLimitConfig.isEmpty())
            continue;
        if (canceled())
            return canceledError;
        if (Status st = client.readProjectState(p); !st)
            inv.warnings << st.error().toString();
    }
    auto pools = client.storagePools(true);
    if (!pools)
        return pools.error();
    inv.storagePools = *pools;
    for (const incus::Project &p : std::as_const(inv.projects)) {
        if (canceled())
            return canceledError;
        auto nets = client.networks(p.name);
        if (nets)
            inv.networks.insert(p.name, *nets);
        else
            inv.warnings << nets.error().toString();
        auto profs = client.profiles(p.name);
        if (profs)
            inv.profiles.insert(p.name, *profs);
        else
            inv.warnings << profs.error().toString();
        auto names = client.instanceNames(p.name);
        if (names)
            inv.instances.insert(p.name, *names);
        else
            inv.warnings << names.error().toString();
    }
    return inv;
}

} // namespace ferry
