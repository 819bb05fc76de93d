#include "incus/targetconfig.h"

#include "inventory/osinfo.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace ferry::incus {

QString sanitizeInstanceName(const QString &name)
{
    const QString n = targetHostName(name);
    return n.isEmpty() ? QStringLiteral("vm") : n;
}

FirmwareKeys firmwareKeys(const QStringList &apiExtensions)
{
    if (apiExtensions.contains(QLatin1String("instance_boot_mode")))
        return FirmwareKeys::BootMode;
    if (apiExtensions.contains(QLatin1String("security_csm")))
        return FirmwareKeys::CsmAndSecureBoot;
    return FirmwareKeys::SecureBootOnly;
}

bool firmwareKept(const Instance &vm, const QStringList &apiExtensions)
{
    return !vm.legacyBoot || firmwareKeys(apiExtensions) != FirmwareKeys::SecureBootOnly;
}

QStringList missingExtensions(const Instance &vm, const QStringList &apiExtensions)
{
    QStringList needed {
        QStringLiteral("backup_override_name"), QStringLiteral("instance_all_projects")};
    if (vm.disks.size() > 1)
        needed << QStringLiteral("custom_volume_backup");
    if (vm.tpm)
        needed << QStringLiteral("tpm_device_type");
    QStringList missing;
    for (const QString &e : std::as_const(needed))
        if (!apiExtensions.contains(e))
            missing << e;
    return missing;
}

namespace {

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

// 8-4-4-4-12 hex digits, as the servers' validate.IsUUID wants.
bool isUuid(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(text).hasMatch();
}

} // namespace

QMap<QString, QString> vmConfig(
    const Instance &vm, const QMap<QString, QString> &markers, const QStringList &apiExtensions)
{
    QMap<QString, QString> c = markers;
    c.insert(QStringLiteral("limits.cpu"), QString::number(qMax(1, vm.effectiveCpus())));
    const qint64 mib = qMax<qint64>(64, vm.effectiveMemoryBytes() / (1024 * 1024));
    c.insert(QStringLiteral("limits.memory"), QStringLiteral("%1MiB").arg(mib));
    const bool secureBoot = !vm.legacyBoot && vm.secureBoot;
    switch (firmwareKeys(apiExtensions)) {
    case FirmwareKeys::BootMode:
        c.insert(QStringLiteral("boot.mode"),
            vm.legacyBoot    ? QStringLiteral("bios")
                : secureBoot ? QStringLiteral("uefi-secureboot")
                             : QStringLiteral("uefi-nosecureboot"));
        break;
    case FirmwareKeys::CsmAndSecureBoot:
        c.insert(QStringLiteral("security.csm"), boolText(vm.legacyBoot));
        c.insert(QStringLiteral("security.secureboot"), boolText(secureBoot));
        break;
    case FirmwareKeys::SecureBootOnly:
        c.insert(QStringLiteral("security.secureboot"), boolText(secureBoot));
        break;
    }
    if (isUuid(vm.uuid))
        c.insert(QStringLiteral("volatile.uuid"), vm.uuid.toLower());
    const QString os
        = (vm.osType + QLatin1Char(' ') + vm.os).toLower().contains(QLatin1String("windows"))
        ? QStringLiteral("Windows")
        : vm.os;
    if (!os.isEmpty())
        c.insert(QStringLiteral("image.os"), os);
    if (!vm.osVersion.isEmpty())
        c.insert(QStringLiteral("image.release"), vm.osVersion);
    return c;
}

namespace {

// Strings double-quoted (the servers read config into map[string]string: a bare true or 12 is
// not a string to Go's YAML), keys plain.
void emitStringMap(YAML::Emitter &out, const QMap<QString, QString> &map)
{
    out << YAML::BeginMap;
    for (auto it = map.begin(); it != map.end(); ++it)
        out << YAML::Key << it.key().toStdString() << YAML::Value << YAML::DoubleQuoted
            << it.value().toStdString();
    out << YAML::EndMap;
}

// lvmcluster volumes default to block.type qcow2 in the volume record, over the raw bytes the
// backup carries: say raw.
QMap<QString, QString> volumeConfig(const BackupPool &pool, QMap<QString, QString> config)
{
    if (pool.driver == QLatin1String("lvmcluster"))
        config.insert(QStringLiteral("block.type"), QStringLiteral("raw"));
    return config;
}

// A dependent volume's own config: the markers, its size, and `dependent: "true"`, which an
// exported dependent volume carries (set when its device is attached, internal/server/device/
// disk.go updateDependentConfig at v6.23.0; it excludes security.shared and snapshots.*).
QMap<QString, QString> dependentVolumeConfig(const DependentVolume &d)
{
    QMap<QString, QString> c = volumeConfig(d.pool, d.config);
    c.insert(QStringLiteral("size"), QStringLiteral("%1B").arg(d.sizeBytes));
    c.insert(QStringLiteral("dependent"), QStringLiteral("true"));
    return c;
}

// The root disk, and each dependent volume's disk device: `dependent: "true"` with its pool and
// source, which Incus 6.23 reads as a dependent disk (internal/server/storage/backend.go
// forEachDependentDiskType at v6.23.0: type disk, dependent true, path not "/", a pool).
void emitRootDevices(YAML::Emitter &out, const QString &pool, qint64 rootBytes,
    const QVector<DependentVolume> &dependents)
{
    out << YAML::BeginMap << YAML::Key << "root" << YAML::Value;
    emitStringMap(out,
        {{QStringLiteral("path"), QStringLiteral("/")}, {QStringLiteral("pool"), pool},
            {QStringLiteral("size"), QStringLiteral("%1B").arg(rootBytes)},
            {QStringLiteral("type"), QStringLiteral("disk")}});
    for (const DependentVolume &d : dependents) {
        out << YAML::Key << d.name.toStdString() << YAML::Value;
        emitStringMap(out, dependentDeviceConfig(d));
    }
    out << YAML::EndMap;
}

void emitQuoted(YAML::Emitter &out, const char *key, const QString &value)
{
    out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << value.toStdString();
}

// The v1 backup config: container, pool, volume.
void emitInstanceConfig(YAML::Emitter &out, const QString &name, const BackupPool &pool,
    qint64 rootBytes, const QMap<QString, QString> &config, const QString &architecture,
    const QVector<DependentVolume> &dependents, bool withVolumes)
{
    out << YAML::BeginMap;
    out << YAML::Key << "container" << YAML::Value << YAML::BeginMap;
    emitQuoted(out, "name", name);
    out << YAML::Key << "type" << YAML::Value << "virtual-machine";
    emitQuoted(
        out, "architecture", architecture.isEmpty() ? QStringLiteral("x86_64") : architecture);
    out << YAML::Key << "ephemeral" << YAML::Value << false;
    out << YAML::Key << "stateful" << YAML::Value << false;
    out << YAML::Key << "profiles" << YAML::Value << YAML::Flow << YAML::BeginSeq << "default"
        << YAML::EndSeq;
    out << YAML::Key << "config" << YAML::Value;
    emitStringMap(out, config);
    out << YAML::Key << "devices" << YAML::Value;
    emitRootDevices(out, pool.name, rootBytes, dependents);
    out << YAML::Key << "expanded_config" << YAML::Value;
    emitStringMap(out, config);
    out << YAML::Key << "expanded_devices" << YAML::Value;
    emitRootDevices(out, pool.name, rootBytes, dependents);
    out << YAML::EndMap;
    out << YAML::Key << "pool" << YAML::Value << YAML::BeginMap;
    emitQuoted(out, "name", pool.name);
    emitQuoted(out, "driver", pool.driver);
    out << YAML::EndMap;
    out << YAML::Key << "volume" << YAML::Value << YAML::BeginMap;
    emitQuoted(out, "name", name);
    out << YAML::Key << "type" << YAML::Value << "virtual-machine";
    out << YAML::Key << "content_type" << YAML::Value << "block";
    emitQuoted(out, "pool", pool.name);
    out << YAML::Key << "config" << YAML::Value;
    emitStringMap(out, volumeConfig(pool, {}));
    out << YAML::EndMap;
    if (withVolumes && !dependents.isEmpty()) {
        // config.dependent_volumes: a backup config per volume, with `volume` (an
        // api.StorageVolume: its project is where it is created) and `pool` (name and driver),
        // as backend.go GenerateInstanceBackupConfig writes them and createDependentVolumes
        // reads them (internal/server/backup/config/backup_config.go Config.DependentVolumes,
        // v6.23.0). No snapshots: a dependent volume may have none of its own.
        out << YAML::Key << "dependent_volumes" << YAML::Value << YAML::BeginSeq;
        for (const DependentVolume &d : dependents) {
            out << YAML::BeginMap;
            out << YAML::Key << "volume" << YAML::Value << YAML::BeginMap;
            emitQuoted(out, "name", d.name);
            emitQuoted(out, "description", QString());
            out << YAML::Key << "type" << YAML::Value << "custom";
            out << YAML::Key << "content_type" << YAML::Value << "block";
            emitQuoted(out, "project", d.project);
            emitQuoted(out, "pool", d.pool.name);
            out << YAML::Key << "config" << YAML::Value;
            emitStringMap(out, dependentVolumeConfig(d));
            out << YAML::EndMap;
            out << YAML::Key << "pool" << YAML::Value << YAML::BeginMap;
            emitQuoted(out, "name", d.pool.name);
            emitQuoted(out, "driver", d.pool.driver);
            out << YAML::EndMap;
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
}

void emitIndexHead(
    YAML::Emitter &out, const QString &name, const BackupPool &pool, const char *type)
{
    emitQuoted(out, "name", name);
    emitQuoted(out, "backend", pool.driver);
    emitQuoted(out, "pool", pool.name);
    out << YAML::Key << "optimized" << YAML::Value << false;
    out << YAML::Key << "optimized_header" << YAML::Value << false;
    out << YAML::Key << "type" << YAML::Value << type;
}

QByteArray emitted(const YAML::Emitter &out)
{
    return QByteArray(out.c_str(), qsizetype(out.size())) + '\n';
}

} // namespace

QMap<QString, QString> dependentDeviceConfig(const DependentVolume &d)
{
    return {{QStringLiteral("dependent"), QStringLiteral("true")},
        {QStringLiteral("pool"), d.pool.name}, {QStringLiteral("source"), d.name},
        {QStringLiteral("type"), QStringLiteral("disk")}};
}

bool takesDependentVolumes(const QStringList &apiExtensions)
{
    return apiExtensions.contains(QLatin1String("dependent"));
}

bool dependentVolumeNamesFit(const QStringList &volumeNames)
{
    return !volumeNames.isEmpty()
        && std::all_of(volumeNames.begin(), volumeNames.end(),
            [](const QString &name) { return !name.isEmpty() && name.size() <= 63; });
}

// With dependent volumes: the disk devices in both files (backup.yaml is what the instance is
// made from, internalImportFromBackup), config.dependent_volumes in index.yaml (what
// createDependentVolumes reads, backup.GetInfo's index; cmd/incusd/instances_post.go and
// internal/server/storage/backend.go at v6.23.0).
QByteArray vmBackupYaml(const QString &name, const BackupPool &pool, qint64 rootBytes,
    const QMap<QString, QString> &config, const QString &architecture, bool index,
    const QVector<DependentVolume> &dependents)
{
    YAML::Emitter out;
    if (!index) {
        emitInstanceConfig(out, name, pool, rootBytes, config, architecture, dependents, false);
        return emitted(out);
    }
    out << YAML::BeginMap;
    emitIndexHead(out, name, pool, "virtual-machine");
    out << YAML::Key << "config" << YAML::Value;
    emitInstanceConfig(out, name, pool, rootBytes, config, architecture, dependents, true);
    out << YAML::EndMap;
    return emitted(out);
}

QByteArray volumeIndexYaml(const QString &name, const BackupPool &pool, qint64 sizeBytes,
    const QMap<QString, QString> &config)
{
    QMap<QString, QString> c = volumeConfig(pool, config);
    c.insert(QStringLiteral("size"), QStringLiteral("%1B").arg(sizeBytes));
    YAML::Emitter out;
    out << YAML::BeginMap;
    emitIndexHead(out, name, pool, "custom");
    out << YAML::Key << "config" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "volume" << YAML::Value << YAML::BeginMap;
    emitQuoted(out, "name", name);
    emitQuoted(out, "description", QString());
    out << YAML::Key << "type" << YAML::Value << "custom";
    out << YAML::Key << "content_type" << YAML::Value << "block";
    out << YAML::Key << "config" << YAML::Value;
    emitStringMap(out, c);
    out << YAML::EndMap << YAML::EndMap << YAML::EndMap;
    return emitted(out);
}

QString deviceName(const QString &prefix, int index, int count)
{
    return prefix + QString::number(index).rightJustified(count > 10 ? 2 : 1, QLatin1Char('0'));
}

QJsonObject nicDevices(const Instance &vm, const QJsonObject &placement)
{
    const QJsonObject networks = placement.value(QStringLiteral("networks")).toObject();
    QVector<QJsonObject> nics;
    for (const Nic &nic : vm.nics) {
        const QString mac = nic.hardwareAddress.toLower();
        const QJsonObject p = networks.value(mac).toObject();
        const QString network = p.value(QStringLiteral("network")).toString();
        if (network.isEmpty())
            continue; // unmapped: the pre-flight checks report it
        const QString nicType = p.value(QStringLiteral("nictype")).toString();
        QJsonObject d {{QStringLiteral("type"), QStringLiteral("nic")}};
        if (nicType.isEmpty() || nicType == QLatin1String("managed")) {
            d.insert(QStringLiteral("network"), network);
            d.insert(QStringLiteral("hwaddr"), mac);
        } else if (nicType == QLatin1String("physical")) {
            // Passthrough of a whole host NIC: the guest sees the card's own MAC, no VLAN.
            d.insert(QStringLiteral("nictype"), nicType);
            d.insert(QStringLiteral("parent"), network);
        } else {
            d.insert(QStringLiteral("nictype"), nicType);
            d.insert(QStringLiteral("parent"), network);
            d.insert(QStringLiteral("hwaddr"), mac);
            const QString vlan = p.value(QStringLiteral("vlan_id")).toVariant().toString();
            const bool list = vlan.contains(QLatin1Char(',')) || vlan.contains(QLatin1Char('-'));
            // macvlan takes one VLAN only; a trunk list needs bridged (pre-flight says so).
            if (!vlan.isEmpty() && (!list || nicType == QLatin1String("bridged")))
                d.insert(list ? QStringLiteral("vlan.tagged") : QStringLiteral("vlan"), vlan);
        }
        nics << d;
    }
    QJsonObject devices;
    for (int i = 0; i < nics.size(); ++i)
        devices.insert(deviceName(QStringLiteral("eth"), i, int(nics.size())), nics.at(i));
    return devices;
}

} // namespace ferry::incus
