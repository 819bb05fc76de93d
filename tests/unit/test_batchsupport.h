#pragma once

// A small world for batch tests: a temporary database with one VMware source, its networks and
// instances, and Incus targets with a cached inventory.
#include "model/instance.h"
#include "model/network.h"
#include "model/source.h"
#include "model/target.h"
#include "store/database.h"
#include "store/instancerepository.h"
#include "store/networkrepository.h"
#include "store/sourcerepository.h"
#include "store/targetrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

namespace ferry::test {

// incus01: projects default and prod, pools default and fast, the managed bridge VM-Network
// (10.42.0.0/24) and the host interface eth1, an instance named "taken" in default.
inline QJsonObject incusInventory()
{
    const auto obj = [](std::initializer_list<QPair<QString, QJsonValue>> l) {
        QJsonObject o;
        for (const auto &p : l)
            o.insert(p.first, p.second);
        return o;
    };
    return obj({{QStringLiteral("projects"),
                    QJsonArray {obj({{QStringLiteral("name"), QStringLiteral("default")}}),
                        obj({{QStringLiteral("name"), QStringLiteral("prod")}})}},
        {QStringLiteral("storage_pools"),
            QJsonArray {obj({{QStringLiteral("name"), QStringLiteral("default")}}),
                obj({{QStringLiteral("name"), QStringLiteral("fast")}})}},
        {QStringLiteral("networks"),
            obj({{QStringLiteral("default"),
                     QJsonArray {
                         obj({{QStringLiteral("name"), QStringLiteral("VM-Network")},
                             {QStringLiteral("type"), QStringLiteral("bridge")},
                             {QStringLiteral("managed"), true},
                             {QStringLiteral("ipv4_subnet"), QStringLiteral("10.42.0.1/24")}}),
                         obj({{QStringLiteral("name"), QStringLiteral("eth1")},
                             {QStringLiteral("type"), QStringLiteral("physical")},
                             {QStringLiteral("managed"), false}})}},
                {QStringLiteral("prod"),
                    QJsonArray {obj({{QStringLiteral("name"), QStringLiteral("prodbr")},
                        {QStringLiteral("type"), QStringLiteral("bridge")},
                        {QStringLiteral("managed"), true},
                        {QStringLiteral("ipv4_subnet"), QStringLiteral("10.50.0.1/24")}})}}})},
        {QStringLiteral("instances"),
            obj({{QStringLiteral("default"), QJsonArray {QStringLiteral("taken")}}})}});
}

inline Target incusTarget(const QString &name = QStringLiteral("incus01"))
{
    Target t;
    t.name = name;
    t.targetType = QStringLiteral("incus");
    t.endpoint = QStringLiteral("https://127.0.0.1:8443");
    t.inventory = incusInventory();
    return t;
}

inline Network vmNetwork()
{
    Network n;
    n.sourceSpecificId = QStringLiteral("network-7");
    n.location = QStringLiteral("/DC0/network/VM Network");
    n.type = QStringLiteral("standard");
    return n;
}

// A Linux VM that can be migrated: tools ran, CBT verified, one NIC with an address in the
// target bridge's subnet.
inline int nameSum(const QString &name)
{
    int sum = 0;
    for (const QChar c : name)
        sum += c.unicode();
    return sum;
}

inline Instance goodInstance(const QString &name, qint64 networkId = 0)
{
    Instance vm;
    vm.sourceSpecificId = QStringLiteral("vm-") + name;
    vm.location = QStringLiteral("/DC0/vm/") + name;
    vm.name = name;
    vm.os = QStringLiteral("debian");
    vm.osType = QStringLiteral("linux");
    vm.distribution = QStringLiteral("debian");
    vm.distributionVersion = QStringLiteral("12");
    vm.architecture = QStringLiteral("x86_64");
    vm.cpus = 2;
    vm.memoryBytes = 4LL << 30;
    vm.powerState = QStringLiteral("poweredOn");
    vm.toolsRunning = true;
    vm.backgroundImport = true;
    Disk d;
    d.name = QStringLiteral("[LocalDS_0] %1/%1.vmdk").arg(name);
    d.capacityBytes = 1LL << 30;
    d.backingType = QStringLiteral("VirtualDiskFlatVer2BackingInfo");
    d.mode = QStringLiteral("persistent");
    d.sharing = QStringLiteral("sharingNone");
    d.backgroundImportVerified = true;
    vm.disks << d;
    Nic n;
    n.networkId = networkId;
    n.hardwareAddress = QStringLiteral("00:50:56:00:00:%1").arg(nameSum(name) % 90 + 10);
    n.ipv4Address = QStringLiteral("10.42.0.%1").arg(nameSum(name) % 200 + 20);
    n.location = QStringLiteral("/DC0/network/VM Network");
    vm.nics << n;
    return vm;
}

struct BatchWorld
{
    std::unique_ptr<QTemporaryDir> dir;
    std::shared_ptr<Database> db;
    qint64 sourceId = 0;
    qint64 targetId = 0;
    qint64 networkId = 0;

    bool open()
    {
        dir = std::make_unique<QTemporaryDir>();
        auto opened = Database::open(dir->filePath(QStringLiteral("ferry.db")));
        if (!opened)
            return false;
        db = *opened;
        Source s;
        s.name = QStringLiteral("vc01");
        s.endpoint = QStringLiteral("https://127.0.0.1/sdk");
        auto source = SourceRepository(db).insert(s);
        if (!source)
            return false;
        sourceId = *source;
        auto target = addTarget(incusTarget());
        if (!target)
            return false;
        targetId = *target;
        Network n = vmNetwork();
        n.sourceId = sourceId;
        auto network = NetworkRepository(db).save(n);
        if (!network)
            return false;
        networkId = *network;
        return true;
    }

    Result<qint64> addTarget(const Target &t) const
    {
        auto id = TargetRepository(db).insert(t);
        if (!id)
            return id;
        if (Status st
            = TargetRepository(db).setInventory(*id, t.inventory, QDateTime::currentDateTimeUtc());
            !st)
            return st.error();
        return id;
    }

    Result<qint64> addInstance(Instance vm) const
    {
        vm.sourceId = sourceId;
        return InstanceRepository(db).save(vm);
    }
};

} // namespace ferry::test
