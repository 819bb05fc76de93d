#pragma once

#include "incus/incustypes.h"
#include "util/result.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QVector>

#include <atomic>

namespace ferry {

namespace incus {
class IncusClient;
}

// What a target offers for placement, as read by the last refresh and cached in the target's
// row (inventory_json): projects, storage pools, and per project the networks, profiles and
// instance names (to find name conflicts before creating anything).
struct TargetInventory
{
    QVector<incus::Project> projects;
    QVector<incus::StoragePool> storagePools;
    QMap<QString, QVector<incus::Network>> networks; // by project
    QMap<QString, QVector<incus::Profile>> profiles; // by project
    QMap<QString, QStringList> instances; // by project
    // The server's storage.backups_volume (POOL/VOLUME), where an upload is staged before the
    // import; empty: the server's var directory. Unknown (false) in an inventory read before
    // Ferry read it, or when GET /1.0 failed.
    QString backupsVolume;
    bool backupsVolumeKnown = false;
    QStringList warnings; // parts that could not be read
    // A cluster (environment.server_clustered): its members with their status as last read, and
    // which storage drivers are remote (storage_supported_drivers[].Remote); a pool of any other
    // driver lives on one member.
    bool clustered = false;
    QVector<incus::ClusterMember> members;
    QStringList remoteDrivers;

    bool isEmpty() const { return projects.isEmpty() && storagePools.isEmpty(); }
    const incus::Project *project(const QString &name) const;
    const incus::StoragePool *storagePool(const QString &name) const;
    const incus::ClusterMember *member(const QString &name) const;
    // Why `member` cannot take a VM ('' when it can): named on a target that is not clustered,
    // no member of that name, or a member that is not Online. An empty member is fine.
    QString memberProblem(const QString &member, const QString &targetName) const;
    const incus::Network *network(const QString &project, const QString &name) const;
    bool hasProfile(const QString &project, const QString &name) const;
    bool hasInstance(const QString &project, const QString &name) const;
    // Where an upload into `project` is staged: the project's own volume (LXD 6.x) or the
    // server's, "POOL/VOLUME"; '' for the var directory. backupsPool: its POOL.
    QString backupsVolumeFor(const QString &project) const;
    QString backupsPool(const QString &project) const;

    QJsonObject toJson() const;
    static TargetInventory fromJson(const QJsonObject &json);
};

// Reads the inventory through a connected, trusted client: projects and pools (with their space)
// must be readable; a project whose networks, profiles or instances cannot be read is kept
// with a warning, and so is a server whose configuration (GET /1.0, for
// storage.backups_volume) or a project whose disk budget (/state, only read when limits.disk is
// set) cannot be read. Checks `cancel` between requests.
Result<TargetInventory> readTargetInventory(
    incus::IncusClient &client, const std::atomic_bool *cancel = nullptr);

} // namespace ferry
