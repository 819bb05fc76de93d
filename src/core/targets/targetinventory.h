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
    QStringList warnings; // parts that could not be read

    bool isEmpty() const { return projects.isEmpty() && storagePools.isEmpty(); }
    const incus::Project *project(const QString &name) const;
    const incus::StoragePool *storagePool(const QString &name) const;
    const incus::Network *network(const QString &project, const QString &name) const;
    bool hasProfile(const QString &project, const QString &name) const;
    bool hasInstance(const QString &project, const QString &name) const;

    QJsonObject toJson() const;
    static TargetInventory fromJson(const QJsonObject &json);
};

// Reads the inventory through a connected, trusted client: projects and pools (with their space)
// must be readable; a project whose networks, profiles or instances cannot be read is kept
// with a warning. Checks `cancel` between requests.
Result<TargetInventory> readTargetInventory(
    incus::IncusClient &client, const std::atomic_bool *cancel = nullptr);

} // namespace ferry
