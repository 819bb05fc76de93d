#pragma once

// A registered target for the batch GUI tests, with a cached inventory as a refresh leaves it:
// projects default and production, pools default (dir) and fast (zfs), in the default project
// the managed network incusbr0 and the host bridge br-prod.

#include "model/target.h"
#include "store/targetrepository.h"
#include "targets/targetinventory.h"

namespace ferry::gui::test {

inline TargetInventory sampleTargetInventory()
{
    TargetInventory inv;
    incus::Project def;
    def.name = QStringLiteral("default");
    incus::Project prod;
    prod.name = QStringLiteral("production");
    inv.projects = {def, prod};
    incus::StoragePool dir;
    dir.name = QStringLiteral("default");
    dir.driver = QStringLiteral("dir");
    incus::StoragePool fast;
    fast.name = QStringLiteral("fast");
    fast.driver = QStringLiteral("zfs");
    inv.storagePools = {dir, fast};
    incus::Network bridge;
    bridge.name = QStringLiteral("incusbr0");
    bridge.type = QStringLiteral("bridge");
    bridge.managed = true;
    bridge.ipv4Subnet = QStringLiteral("10.42.0.1/24");
    incus::Network host;
    host.name = QStringLiteral("br-prod");
    host.type = QStringLiteral("bridge");
    host.managed = false;
    inv.networks.insert(QStringLiteral("default"), {bridge, host});
    inv.networks.insert(QStringLiteral("production"), {bridge});
    return inv;
}

inline Result<Target> addSampleTarget(const std::shared_ptr<Database> &db)
{
    Target t;
    t.name = QStringLiteral("incus01");
    t.targetType = QStringLiteral("incus");
    t.endpoint = QStringLiteral("https://127.0.0.1:8443");
    t.connectivityStatus = connectivity::Ok;
    t.inventory = sampleTargetInventory().toJson();
    t.inventoryAt = QDateTime::currentDateTimeUtc();
    auto id = TargetRepository(db).insert(t);
    if (!id)
        return id.error();
    return TargetRepository(db).byId(*id);
}

} // namespace ferry::gui::test
