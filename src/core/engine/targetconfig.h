#pragma once

#include "model/instance.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace ferry::engine {

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

// Quoted for YAML (double quotes, escaped).
QByteArray yamlQuoted(const QString &text);

// The instance config of the migrated VM: limits.cpu, limits.memory, firmware (security.csm for
// BIOS when the target knows the key: Incus does, LXD 5.0 refuses it as unknown;
// security.secureboot) and the markers.
QMap<QString, QString> vmConfig(
    const Instance &vm, const QMap<QString, QString> &markers, bool csmSupported = true);

// backup.yaml (index == false) or index.yaml (index == true) of an instance backup holding only
// the root disk of `rootBytes`, as LXD 5.0 and Incus accept it.
QByteArray vmBackupYaml(const QString &name, const QString &pool, qint64 rootBytes,
    const QMap<QString, QString> &config, bool index);

// index.yaml of a custom block volume backup.
QByteArray volumeIndexYaml(const QString &name, const QString &pool, qint64 sizeBytes,
    const QMap<QString, QString> &config);

// The NIC devices eth0..N with the source MACs, per the placement's networks{MAC: {network,
// nictype, vlan_id}}: managed -> network; bridged/physical -> nictype, parent, vlan.
QJsonObject nicDevices(const Instance &vm, const QJsonObject &placement);

} // namespace ferry::engine
