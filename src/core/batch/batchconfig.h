#pragma once

#include "inventory/restrictions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace ferry {
struct Batch;
}

namespace ferry::batch {

// The parts of a batch that the model keeps as JSON (Batch::config and
// Batch::migrationNetwork), typed. The engine reads them through these, never by key.
struct BatchConfig
{
    bool rerunScriptlets = false;
    QString placementScriptlet; // JavaScript defining placement(instance, batch); empty: none
    int postMigrationRetries = 5; // as the reference's `batch add`
    RestrictionOverrides restrictionOverrides;
    qint64 backgroundSyncIntervalMs = 10 * 60 * 1000;
    qint64 finalBackgroundSyncLimitMs = 10 * 60 * 1000;
    bool forceConflictResolution = false; // defaults.force_conflict_resolution
    // Convert each guest so it boots on virtio hardware (docs/conversion.md); off: the disks
    // land as they are on VMware.
    bool convertGuests = true;
    // The source's power-off (docs/batches.md): how long the guest gets to shut down (Windows
    // updates take longer than two minutes), and whether Ferry may power the VM off hard when
    // the guest does not go down in that time or its tools do not run. Off: the entry fails and
    // the source stays as it is.
    int guestShutdownTimeoutSeconds = 120;
    bool hardPowerOff = false;
    // defaults.placement.target_member: the cluster member of the batch's target its VMs land
    // on ('' : any; a target that is not clustered must leave it empty).
    QString targetMember;

    static BatchConfig fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const BatchConfig &other) const;
    bool operator!=(const BatchConfig &other) const { return !(*this == other); }
};

BatchConfig configOf(const Batch &batch);

// The NIC a target VM uses while it is being migrated, per (target, project).
struct MigrationNetwork
{
    QString network;
    QString nicType = QStringLiteral("managed"); // managed | bridged | physical
    QString vlan; // vlan_id, empty: none
    QString target; // empty: the batch's target
    QString project; // empty: the batch's project

    static QVector<MigrationNetwork> listFromJson(const QJsonArray &json);
    static QJsonArray listToJson(const QVector<MigrationNetwork> &list);
    bool operator==(const MigrationNetwork &o) const;
};

} // namespace ferry::batch
