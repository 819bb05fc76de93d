#include "incus/targetstate.h"

#include "incus/targetconfig.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ferry::incus::targetstate {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::incus::targetstate)
};

} // namespace

Result<ClusterMember> chooseMember(bool clustered, const QVector<ClusterMember> &members,
    const QString &wanted, const QString &targetName)
{
    if (wanted.isEmpty())
        return ClusterMember();
    if (!clustered)
        return Error(Error::Code::InvalidInput,
            Text::tr("The placement names cluster member %1, but target %2 is not a cluster.")
                .arg(wanted, targetName));
    QStringList names;
    for (const ClusterMember &m : members) {
        names << m.name;
        if (m.name != wanted)
            continue;
        if (!m.online())
            return Error(Error::Code::Network,
                Text::tr("Cluster member %1 of target %2 is %3 (%4): a VM placed there cannot "
                         "land now.")
                    .arg(wanted, targetName, m.status, m.message));
        return m;
    }
    return Error(Error::Code::InvalidInput,
        Text::tr("Target %1 has no cluster member %2 (its members: %3).")
            .arg(targetName, wanted,
                names.isEmpty() ? QStringLiteral("-") : names.join(QStringLiteral(", "))));
}

QString volumeMember(
    const ServerInfo &server, const QString &poolDriver, const QString &instanceLocation)
{
    if (!server.clustered || !server.driverIsLocal(poolDriver))
        return {};
    return instanceLocation;
}

bool madeFor(const QJsonObject &object, qint64 entryId, const QString &uuid)
{
    const QJsonObject config = object.value(QLatin1String("config")).toObject();
    return config.value(marker::QueueEntry).toString() == QString::number(entryId)
        && (uuid.isEmpty()
            || config.value(marker::InstanceUuid).toString().compare(uuid, Qt::CaseInsensitive)
                == 0);
}

bool usableName(const QString &name)
{
    if (name.isEmpty() || name.size() > 255)
        return false;
    for (const QChar ch : name) {
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f || ch == QLatin1Char('/')
            || ch == QLatin1Char('?') || ch == QLatin1Char('#') || ch == QLatin1Char('%'))
            return false;
    }
    return true;
}

Result<Leftovers> leftovers(const QJsonValue &list, qint64 entryId, const QString &uuid,
    const QString &name, const QString &what)
{
    if (!list.isArray())
        return Error(
            Error::Code::Server, Text::tr("The target's list of %1 is not a list.").arg(what));
    Leftovers out;
    for (const QJsonValue &v : list.toArray()) {
        if (!v.isObject())
            return Error(Error::Code::Server,
                Text::tr("The target's list of %1 holds something that is not an object.")
                    .arg(what));
        const QJsonObject object = v.toObject();
        const QString objectName = object.value(QLatin1String("name")).toString();
        if (madeFor(object, entryId, uuid)) {
            if (!usableName(objectName))
                return Error(Error::Code::Server,
                    Text::tr("The target lists one of Ferry's %1 under an unusable name: \"%2\".")
                        .arg(what, objectName.left(80)));
            if (!out.ours.contains(objectName))
                out.ours << objectName;
        } else if (!name.isEmpty() && objectName == name) {
            out.nameTaken = true;
        }
    }
    return out;
}

QString nicClash(const QJsonValue &allInstances, const QString &name, const QString &project,
    const QStringList &networks, const QStringList &macs, qint64 entryId, const QString &uuid)
{
    for (const QJsonValue &v : allInstances.toArray()) {
        const QJsonObject inst = v.toObject();
        if (madeFor(inst, entryId, uuid))
            continue; // an earlier attempt's: deleted before the copy
        const QString otherName = inst.value(QLatin1String("name")).toString();
        QString otherProject = inst.value(QLatin1String("project")).toString();
        if (otherProject.isEmpty())
            otherProject = QStringLiteral("default");
        const QJsonObject config = inst.value(QLatin1String("config")).toObject();
        QJsonObject devices = inst.value(QLatin1String("expanded_devices")).toObject();
        if (devices.isEmpty())
            devices = inst.value(QLatin1String("devices")).toObject();
        for (auto it = devices.begin(); it != devices.end(); ++it) {
            const QJsonObject d = it.value().toObject();
            if (d.value(QLatin1String("type")).toString() != QLatin1String("nic"))
                continue;
            QString mac = d.value(QLatin1String("hwaddr")).toString().toLower();
            if (mac.isEmpty())
                mac = config.value(QStringLiteral("volatile.%1.hwaddr").arg(it.key()))
                          .toString()
                          .toLower();
            QString network = d.value(QLatin1String("network")).toString();
            if (network.isEmpty())
                network = d.value(QLatin1String("parent")).toString();
            if (network.isEmpty() || !networks.contains(network))
                continue; // another network: no clash there
            if (!mac.isEmpty() && macs.contains(mac))
                return Text::tr(
                    "The MAC address %1 is already used by instance %2 in project %3; LXD "
                    "refuses a second NIC with it.")
                    .arg(mac, otherName, otherProject);
            if (otherName == name && otherProject != project
                && !d.value(QLatin1String("network")).toString().isEmpty())
                return Text::tr(
                    "An instance named %1 exists in project %2 on network %3; LXD refuses "
                    "a second instance of that name on the network.")
                    .arg(otherName, otherProject, network);
        }
    }
    return {};
}

QStringList operationsHolding(const QJsonValue &operations, const QString &path)
{
    QStringList ids;
    const QJsonObject byStatus = operations.toObject();
    for (const char *status : {"running", "pending"}) {
        for (const QJsonValue &v : byStatus.value(QLatin1String(status)).toArray()) {
            const QJsonObject op = v.toObject();
            const QString id = op.value(QLatin1String("id")).toString();
            if (!usableName(id) || ids.contains(id))
                continue;
            const QJsonObject resources = op.value(QLatin1String("resources")).toObject();
            bool holds = false;
            for (auto it = resources.begin(); it != resources.end() && !holds; ++it) {
                for (const QJsonValue &r : it.value().toArray()) {
                    const QString url = r.toString();
                    const qsizetype q = url.indexOf(QLatin1Char('?'));
                    if ((q < 0 ? url : url.left(q)) == path) {
                        holds = true;
                        break;
                    }
                }
            }
            if (holds)
                ids << id;
        }
    }
    return ids;
}

Result<QJsonObject> reconfigured(
    const QJsonValue &current, const QMap<QString, QString> &config, const QJsonObject &devices)
{
    if (!current.isObject())
        return Error(Error::Code::Server,
            Text::tr("The target's answer for the instance is not an object."));
    const QJsonObject inst = current.toObject();
    QJsonObject newConfig = inst.value(QLatin1String("config")).toObject();
    for (auto it = config.begin(); it != config.end(); ++it)
        newConfig.insert(it.key(), it.value());
    QJsonObject newDevices = inst.value(QLatin1String("devices")).toObject();
    for (auto it = devices.begin(); it != devices.end(); ++it)
        newDevices.insert(it.key(), it.value());
    QJsonObject put;
    for (const char *key : {"architecture", "description", "ephemeral", "profiles", "stateful"})
        if (inst.contains(QLatin1String(key)))
            put.insert(QLatin1String(key), inst.value(QLatin1String(key)));
    put.insert(QLatin1String("config"), newConfig);
    put.insert(QLatin1String("devices"), newDevices);
    return put;
}

} // namespace ferry::incus::targetstate
