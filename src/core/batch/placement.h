#pragma once

#include "batch/placementscript.h"
#include "inventory/networkmapping.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ferry {
struct Batch;
struct Instance;
struct Network;
} // namespace ferry

namespace ferry::batch {

// Where one instance goes on the target: what a queue entry stores (QueueEntry::placement).
struct InstancePlacement
{
    QString target; // target name; empty: none
    QString project;
    // The cluster member the VM lands on (target_member); empty: not clustered, or the member
    // that takes the import. After the import the engine records the instance's `location`.
    QString member;
    QMap<QString, QString> storagePools; // disk name -> pool
    QMap<QString, NetworkPlacement> networks; // MAC (lower case) -> target network
    QStringList unmappedNics; // MACs of NICs on no imported network
    QVector<ScriptLogLine> scriptLog;
    QString scriptError; // the placement script failed (the rest is what came before it)

    // The reference's queue placement: target_name, target_project, storage_pools{disk: pool},
    // (Ferry's) target_member,
    // networks{MAC: {network, nictype, vlan_id}}, plus unmapped_nics, script_log, script_error.
    QJsonObject toJson() const;
    static InstancePlacement fromJson(const QJsonObject &json);
};

struct PlacementInputs
{
    QString targetName; // the batch's default target
    QHash<qint64, Network> networks; // imported networks by id
    QString sourceName; // the instance's source, for the script
    QStringList targetNames; // registered targets: what set_target may name
    // The batch's script already loaded, to run it for many instances; when null (or holding
    // another script), the script is loaded for this instance alone.
    PlacementScriptRunner *scriptRunner = nullptr;
};

// In this order, each step overriding the one before: the batch's defaults (target, project,
// member, pool for every disk), the network mappings (each NIC by its source network, with that
// network's overrides), the instance's placement overrides (overrides.extra["placement"]:
// target, target_project, target_member, storage_pool, storage_pools{disk: pool},
// networks{MAC: {network,
// nictype, vlan_id}}), then the batch's placement script.
InstancePlacement computePlacement(
    const Batch &batch, const Instance &instance, const PlacementInputs &inputs);

// What the script sees: the instance with the reference's field names (overrides applied to
// name, cpus and memory, the raw ones under `overrides`) and the batch.
QJsonObject instanceScriptObject(
    const Instance &instance, const QString &sourceName, const QHash<qint64, Network> &networks);
QJsonObject batchScriptObject(const Batch &batch, const QString &targetName);

} // namespace ferry::batch
