#pragma once

#include "model/instance.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

namespace ferry::incus {

// Config keys that mark what Ferry created, so a restarted Ferry recognises its own work.
namespace marker {
inline const QString Source = QStringLiteral("user.ferry.source");
inline const QString InstanceUuid = QStringLiteral("user.ferry.instance_uuid");
inline const QString QueueEntry = QStringLiteral("user.ferry.queue_entry");
inline const QString Batch = QStringLiteral("user.ferry.batch");
inline const QString Disk = QStringLiteral("user.ferry.disk");
} // namespace marker

// A valid Incus/LXD instance name from a VMware name: letters without accents, digits and '-',
// starting with a letter, at most 63 characters ("Zürich-DB ünïcødé" -> "Zurich-DB-unicode",
// "web 01 (prod)" -> "web-01-prod").
QString sanitizeInstanceName(const QString &name);

// How the target sets a VM's boot firmware, chosen by API extension (never by server type, which
// changes with lxd-to-incus and upgrades): LXD 6.7+ (`instance_boot_mode`) has only `boot.mode`
// and refuses the old keys; Incus and LXD 5.21+ (`security_csm`) have `security.csm` and
// `security.secureboot`; older servers (LXD 5.0) only `security.secureboot`, so a BIOS guest
// gets UEFI there.
enum class FirmwareKeys {
    BootMode,
    CsmAndSecureBoot,
    SecureBootOnly,
};
FirmwareKeys firmwareKeys(const QStringList &apiExtensions);
// False when the target cannot boot `vm` the way it boots now (a BIOS guest without CSM).
bool firmwareKept(const Instance &vm, const QStringList &apiExtensions);

// The API extensions a migration of `vm` relies on that `apiExtensions` lacks: the renamed
// import (backup_override_name), extra disks as custom volume backups (custom_volume_backup),
// the TPM (tpm_device_type) and the look across projects (instance_all_projects).
QStringList missingExtensions(const Instance &vm, const QStringList &apiExtensions);

// The instance config of the migrated VM: limits.cpu, limits.memory, the firmware keys the
// target knows, what the VM keeps of itself (volatile.uuid from the source's instance UUID, so
// Windows activation and cloud-init see the same machine; image.os/image.release from the guest
// info, which Incus uses to treat Windows differently) and the markers.
QMap<QString, QString> vmConfig(
    const Instance &vm, const QMap<QString, QString> &markers, const QStringList &apiExtensions);

// The storage pool a backup lands in, as its index.yaml and config name it.
struct BackupPool
{
    QString name = QStringLiteral("default");
    QString driver = QStringLiteral("dir"); // the pool's real driver (index.yaml `backend`)
};

// An extra disk carried in an instance backup as a dependent volume (API extension `dependent`,
// Incus 6.23+): a custom block volume that the import creates from the same archive
// (backup/<name>/volume.img) and the VM's disk device that uses it. The device is named as the
// volume: Incus 6.23 reads the image under backup/<volume name>, Incus 7.0 and later under
// backup/<device name> (lxc/incus commit 142e03b80f, "Use device name when importing dependent
// volumes from backup"; internal/server/storage/backend.go createDependentVolumesFromBackup at
// v7.3.0), so one archive serves both.
struct DependentVolume
{
    QString name; // the custom volume, and the VM's disk device
    QString project; // where the import creates it (the import's project)
    BackupPool pool;
    qint64 sizeBytes = 0;
    QMap<QString, QString> config; // the volume's config (the markers)
};

// Whether the target takes extra disks as dependent volumes of the instance backup.
bool takesDependentVolumes(const QStringList &apiExtensions);
// Whether volumes of these names can be dependent volumes: each is also its device's name, which
// has at most 63 characters (shared/validate IsDeviceName at v6.23.0). False for none.
bool dependentVolumeNamesFit(const QStringList &volumeNames);

// The VM's disk device for a dependent volume: type disk, `dependent: "true"`, pool, source.
QMap<QString, QString> dependentDeviceConfig(const DependentVolume &d);

// backup.yaml (index == false) or index.yaml (index == true) of an instance backup holding
// the root disk of `rootBytes` (and, with `dependents`, the extra disks as dependent volumes:
// see vmBackupYaml in targetconfig.cpp for the layout Incus 6.23 reads), in the v1 layout that
// Incus (v1 only) and LXD (5.0 reads v1; 5.21 and 6.x convert it) accept: the instance with its
// devices and config and their expanded copies (LXD 5.21+ takes the root disk's pool from
// expanded_devices; Incus sizes the root volume from it), the pool (LXD 5.21+: "Pool is missing"
// without it) and the volume. `architecture`: the VM's (x86_64 when empty).
QByteArray vmBackupYaml(const QString &name, const BackupPool &pool, qint64 rootBytes,
    const QMap<QString, QString> &config, const QString &architecture, bool index,
    const QVector<DependentVolume> &dependents = {});

// index.yaml of a custom block volume backup.
QByteArray volumeIndexYaml(const QString &name, const BackupPool &pool, qint64 sizeBytes,
    const QMap<QString, QString> &config);

// Device names that keep their order when sorted as text: eth00..eth99 when there are more
// than ten, eth0..eth9 otherwise (the same for disks).
QString deviceName(const QString &prefix, int index, int count);

// The NIC devices of the VM with the source MACs, per the placement's networks{MAC: {network,
// nictype, vlan_id}}: managed -> `network=`; bridged and macvlan -> nictype, parent, vlan
// (bridged also vlan.tagged for lists). `physical` on a VM hands a whole host NIC to the guest
// (PCI passthrough) and refuses hwaddr and VLANs, so it is never written with them: a mapping to
// `physical` gets the parent only.
QJsonObject nicDevices(const Instance &vm, const QJsonObject &placement);

} // namespace ferry::incus
