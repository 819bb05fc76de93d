#pragma once

// A small synthetic inventory for the selection-language tests: the lab's scenario VMs as Ferry
// imports them (tests/lab/README.md: vCenter `vcenter01`, ESXi `esxi01`), plus a few VMs named
// after the placeholders of the reference's examples (`foo`, `/path/to/bar`, `mydisk`,
// `ubuntu2404`, `mypool`, the `/a/b/...` paths of its tests) on `vcenter02` and `vcenter03`.
// Each VM has a short label; tests name the expected selection by labels.

#include "expr/expression.h"
#include "inventory/osinfo.h"
#include "model/instance.h"

#include <QJsonArray>
#include <QStringList>
#include <QVector>

namespace exprtest {

using namespace ferry;

struct LabVm
{
    QString label;
    Instance vm;
    QString source;
    QString sourceType = QStringLiteral("vmware");
};

constexpr qint64 MiB = qint64(1) << 20;
constexpr qint64 GiB = qint64(1) << 30;

inline Disk disk(const QString &name, qint64 capacity, bool supported = true,
    const QString &sharing = QStringLiteral("sharingNone"))
{
    Disk d;
    d.name = name;
    d.capacityBytes = capacity;
    d.supported = supported;
    d.sharing = sharing;
    return d;
}

inline Nic nic(const QString &mac, const QString &network, const QString &ipv4 = {},
    const QString &ipv6 = {}, qint64 networkId = 0)
{
    Nic n;
    n.hardwareAddress = mac;
    n.location = network;
    n.ipv4Address = ipv4;
    n.ipv6Address = ipv6;
    n.networkId = networkId;
    n.sourceSpecificId = networkId ? QStringLiteral("network-%1").arg(networkId) : QString();
    return n;
}

inline Instance vm(const QString &location, const QString &moref, int cpus, qint64 memory,
    const QString &os = {}, const QString &osDescription = {}, const QString &osTemplate = {})
{
    Instance i;
    i.location = location;
    i.name = location.section(QLatin1Char('/'), -1);
    i.sourceSpecificId = moref;
    i.uuid = QStringLiteral("00000000-0000-4000-8000-%1")
                 .arg(qulonglong(qHash(location) % 1000000000000ULL), 12, 10, QLatin1Char('0'));
    i.cpus = cpus;
    i.memoryBytes = memory;
    i.os = os;
    i.osDescription = osDescription;
    i.osTemplate = osTemplate;
    i.architecture = QStringLiteral("x86_64");
    i.powerState = QStringLiteral("poweredOff");
    i.legacyBoot = true;
    i.lastUpdateFromSource = QDateTime(QDate(2025, 11, 30), QTime(12, 0), Qt::UTC);
    return i;
}

inline QVector<LabVm> inventory()
{
    QVector<LabVm> out;
    auto add = [&](const QString &label, Instance i, const QString &source) {
        applyDerivedOs(i);
        out.push_back(LabVm {label, std::move(i), source});
    };
    const QString ds = QStringLiteral("[LocalDS_0] ");

    // --- The lab's vCenter (DC0) ---
    Instance web
        = vm(QStringLiteral("/DC0/vm/web 01 (prod)"), QStringLiteral("vm-72"), 2, 4096 * MiB,
            QStringLiteral("Debian GNU/Linux"), QStringLiteral("Debian GNU/Linux 12 (bookworm)"),
            QStringLiteral("Debian GNU/Linux 12 (64-bit)"));
    web.uuid = QStringLiteral("d0ab8a35-00a4-5682-a600-a4b05c74c2ed");
    web.osVersion = QStringLiteral("12");
    web.description = QStringLiteral("Web front end\nProduction");
    web.disks = {disk(ds + QStringLiteral("web 01 (prod)/web 01 (prod).vmdk"), 1 * GiB),
        disk(ds + QStringLiteral("web 01 (prod)/web 01 (prod)_1.vmdk"), 2 * GiB),
        disk(ds + QStringLiteral("web 01 (prod)/web 01 (prod)_2.vmdk"), 3 * GiB)};
    web.nics = {nic(QStringLiteral("00:50:56:96:2d:36"), QStringLiteral("/DC0/network/VM Network"),
                    QStringLiteral("192.0.2.10"), QStringLiteral("fe80::250:56ff:fe96:2d36"), 7),
        nic(QStringLiteral("00:50:56:85:98:40"), QStringLiteral("/DC0/network/Prod VLAN 42"),
            QStringLiteral("198.51.100.10"), {}, 68)};
    web.config.insert(QStringLiteral("vmware.resource_pool"), QStringLiteral("Production"));
    web.config.insert(QStringLiteral("attribute.global.Owner"), QStringLiteral("ops team"));
    web.config.insert(QStringLiteral("tag.Environment"), QStringLiteral("prod"));
    web.config.insert(QStringLiteral("tag.mycategory"), QStringLiteral("tag1,web-tier"));
    add(QStringLiteral("web01"), web, QStringLiteral("vcenter01"));

    Instance zdb = vm(QStringLiteral("/DC0/vm/Zürich-DB ünïcødé"), QStringLiteral("vm-74"), 4,
        8192 * MiB, QStringLiteral("Ubuntu"), QStringLiteral("Ubuntu 24.04 LTS"),
        QStringLiteral("Ubuntu Linux (64-bit)"));
    zdb.uuid = QStringLiteral("82853321-cb56-54a9-b740-bc71756bb2f3");
    zdb.osVersion = QStringLiteral("24.04");
    zdb.legacyBoot = false;
    zdb.secureBoot = true;
    zdb.tpm = true;
    zdb.description = QStringLiteral("Datenbank \"Zürich\" & <Archiv> ünïcødé");
    zdb.disks = {disk(ds + QStringLiteral("Zürich-DB ünïcødé/Zürich-DB ünïcødé.vmdk"), 1 * GiB)};
    zdb.nics = {nic(QStringLiteral("00:50:56:9d:17:6d"), QStringLiteral("/DC0/network/VM Network"),
        QStringLiteral("192.0.2.20"), {}, 7)};
    zdb.config.insert(QStringLiteral("tag.Environment"), QStringLiteral("prod"));
    zdb.config.insert(QStringLiteral("tag.mycategory"), QStringLiteral("tag2, mytag-db"));
    add(QStringLiteral("zurich"), zdb, QStringLiteral("vcenter01"));

    Instance cbt = vm(QStringLiteral("/DC0/vm/cbt-vm"), QStringLiteral("vm-76"), 2, 8192 * MiB,
        QStringLiteral("Windows"),
        QStringLiteral("Windows Server 2019 Standard, 64-bit (Build 17763)"),
        QStringLiteral("Microsoft Windows Server 2019 (64-bit)"));
    cbt.uuid = QStringLiteral("bf426d13-9a81-562f-a81a-55e6ebdcb851");
    cbt.legacyBoot = false;
    cbt.backgroundImport = true;
    cbt.powerState = QStringLiteral("poweredOn");
    Snapshot snap;
    snap.name = QStringLiteral("before-upgrade");
    cbt.snapshots = {snap};
    cbt.disks = {disk(ds + QStringLiteral("cbt-vm/cbt-vm.vmdk"), 1 * GiB)};
    cbt.disks[0].backgroundImportVerified = true;
    cbt.nics = {nic(QStringLiteral("00:50:56:99:87:a6"), QStringLiteral("/DC0/network/VM Network"),
        QStringLiteral("192.0.2.30"), {}, 7)};
    cbt.config.insert(QStringLiteral("tag.Backup"), QStringLiteral("daily,tag1"));
    add(QStringLiteral("cbt"), cbt, QStringLiteral("vcenter01"));

    Instance app = vm(QStringLiteral("/DC0/vm/Team Folder/app 02"), QStringLiteral("vm-81"), 1,
        2048 * MiB, {}, {}, QStringLiteral("Ubuntu Linux (64-bit)"));
    app.uuid = QStringLiteral("08ce05d5-4431-5997-a2b7-007037a11403");
    app.powerState = QStringLiteral("poweredOn");
    app.disks = {disk(ds + QStringLiteral("app 02/app 02.vmdk"), 1 * GiB)};
    app.nics = {nic(
        QStringLiteral("00:50:56:ae:fa:dd"), QStringLiteral("/DC0/network/Lab Trunk"), {}, {}, 70)};
    add(QStringLiteral("app02"), app, QStringLiteral("vcenter01"));

    Instance gen = vm(QStringLiteral("/DC0/vm/DC0_H0_VM0"), QStringLiteral("vm-48"), 1, 32 * MiB,
        {}, {}, QStringLiteral("otherGuest"));
    gen.powerState = QStringLiteral("poweredOn");
    gen.disks = {disk(ds + QStringLiteral("DC0_H0_VM0/disk1.vmdk"), 0)};
    gen.nics = {nic(
        QStringLiteral("00:50:56:a0:00:01"), QStringLiteral("/DC0/network/DC0_DVPG0"), {}, {}, 13)};
    add(QStringLiteral("gen"), gen, QStringLiteral("vcenter01"));

    // --- The lab's ESXi (ha-datacenter) ---
    Instance deb = vm(QStringLiteral("/ha-datacenter/vm/Debian Bookworm"), QStringLiteral("vm-15"),
        2, 2048 * MiB, QStringLiteral("Debian GNU/Linux"),
        QStringLiteral("Debian GNU/Linux 12 (bookworm)"),
        QStringLiteral("Debian GNU/Linux 12 (64-bit)"));
    deb.uuid = QStringLiteral("972c984a-b95f-5134-97aa-599e85b2b07c");
    deb.osVersion = QStringLiteral("12");
    deb.disks
        = {disk(QStringLiteral("[datastore1] Debian Bookworm/Debian Bookworm.vmdk"), 1 * GiB)};
    deb.nics = {nic(QStringLiteral("00:0c:29:60:12:02"),
        QStringLiteral("/ha-datacenter/network/VM Network"), QStringLiteral("192.0.2.50"))};
    add(QStringLiteral("bookworm"), deb, QStringLiteral("esxi01"));

    Instance u2404 = vm(QStringLiteral("/ha-datacenter/vm/ubuntu2404"), QStringLiteral("vm-18"), 2,
        4096 * MiB, QStringLiteral("Ubuntu"), QStringLiteral("Ubuntu 24.04 LTS"));
    u2404.disks = {disk(QStringLiteral("[datastore1] ubuntu2404/ubuntu2404.vmdk"), 16 * GiB)};
    add(QStringLiteral("u2404esx"), u2404, QStringLiteral("esxi01"));

    // --- Placeholders of the reference's documentation (vcenter02) ---
    Instance fooApp = vm(QStringLiteral("/DC1/vm/foo-app"), QStringLiteral("vm-101"), 2, 2048 * MiB,
        QStringLiteral("Ubuntu"), QStringLiteral("Ubuntu 22.04 LTS"));
    fooApp.config.insert(QStringLiteral("vmware.resource_pool"), QStringLiteral("mypool"));
    fooApp.disks = {disk(QStringLiteral("[ds1] foo-app/foo-app.vmdk"), 8 * GiB)};
    fooApp.nics = {nic(QStringLiteral("00:50:56:01:01:01"), QStringLiteral("/DC1/network/LAN"),
        QStringLiteral("10.0.0.11"))};
    add(QStringLiteral("fooapp"), fooApp, QStringLiteral("vcenter02"));

    Instance fooDb = vm(QStringLiteral("/DC1/vm/foo-db"), QStringLiteral("vm-102"), 8, 16384 * MiB,
        QStringLiteral("Ubuntu"), QStringLiteral("Ubuntu 22.04 LTS"));
    fooDb.config.insert(QStringLiteral("key"), QStringLiteral("value"));
    fooDb.config.insert(QStringLiteral("tags.mycategory"), QStringLiteral("tag1,tag2,tag3"));
    fooDb.disks = {disk(QStringLiteral("[ds1] foo-db/foo-db.vmdk"), 8 * GiB),
        disk(QStringLiteral("[ds1] foo-db/foo-db_1.vmdk"), 100 * GiB)};
    fooDb.nics = {nic(QStringLiteral("00:50:56:01:01:02"), QStringLiteral("/DC1/network/LAN"),
                      QStringLiteral("10.0.0.12")),
        nic(QStringLiteral("00:50:56:01:01:03"), QStringLiteral("/DC1/network/Backup"))};
    add(QStringLiteral("foodb"), fooDb, QStringLiteral("vcenter02"));

    Instance bar = vm(QStringLiteral("/path/to/bar"), QStringLiteral("vm-103"), 4, 4096 * MiB);
    bar.disks = {disk(QStringLiteral("[ds1] bar/bar.vmdk"), 8 * GiB)};
    add(QStringLiteral("bar"), bar, QStringLiteral("vcenter02"));

    Instance storage
        = vm(QStringLiteral("/DC1/vm/storage"), QStringLiteral("vm-104"), 2, 4096 * MiB);
    storage.disks = {disk(QStringLiteral("[ds1] storage/mydisk.vmdk"), 8 * GiB),
        disk(QStringLiteral("[ds1] storage/mydisk_1.vmdk"), 50 * GiB, false,
            QStringLiteral("sharingMultiWriter")),
        disk(QStringLiteral("[ds1] storage/mydisk_2.vmdk"), 50 * GiB)};
    storage.nics = {nic(QStringLiteral("00:50:56:01:01:04"), QStringLiteral("/DC1/network/LAN"),
        QStringLiteral("10.0.0.14"))};
    add(QStringLiteral("storage"), storage, QStringLiteral("vcenter02"));

    Instance ubuntu = vm(QStringLiteral("/DC1/vm/Linux/ubuntu"), QStringLiteral("vm-105"), 2,
        4096 * MiB, QStringLiteral("Ubuntu"), QStringLiteral("Ubuntu 24.04 LTS"));
    ubuntu.backgroundImport = true;
    ubuntu.secureBoot = true;
    ubuntu.legacyBoot = false;
    ubuntu.disks = {disk(QStringLiteral("[ds1] ubuntu/ubuntu.vmdk"), 8 * GiB)};
    add(QStringLiteral("ubuntu"), ubuntu, QStringLiteral("vcenter02"));

    Instance oldUbuntu = vm(QStringLiteral("/DC1/vm/Linux/old-ubuntu"), QStringLiteral("vm-106"), 2,
        4096 * MiB, QStringLiteral("Ubuntu"), QStringLiteral("Ubuntu 18.04 LTS"));
    oldUbuntu.backgroundImport = true;
    add(QStringLiteral("oldubuntu"), oldUbuntu, QStringLiteral("vcenter02"));

    Instance u2404vc = vm(QStringLiteral("/DC1/vm/ubuntu2404"), QStringLiteral("vm-107"), 2,
        4096 * MiB, QStringLiteral("Ubuntu"), QStringLiteral("Ubuntu 24.04 LTS"));
    add(QStringLiteral("u2404vc"), u2404vc, QStringLiteral("vcenter02"));

    // --- The paths of the reference's tests (vcenter02, vcenter03) ---
    auto testVm = [&](const QString &label, const QString &location, const QString &source,
                      int cpus, qint64 memory, int disks, const QString &os) {
        Instance i = vm(location, QStringLiteral("vm-2%1").arg(out.size()), cpus, memory, os);
        for (int d = 0; d < disks; ++d)
            i.disks << disk(QStringLiteral("[ds] %1/%2.vmdk").arg(i.name).arg(d), 10 * GiB);
        add(label, i, source);
    };
    testVm(QStringLiteral("abc"), QStringLiteral("/a/b/c"), QStringLiteral("vcenter02"), 2, 4 * GiB,
        1, QStringLiteral("Ubuntu 24.04"));
    testVm(QStringLiteral("abd"), QStringLiteral("/a/b/d"), QStringLiteral("vcenter02"), 8, 4 * GiB,
        1, QStringLiteral("Ubuntu 22.04"));
    testVm(QStringLiteral("abcc"), QStringLiteral("/a/b/cc"), QStringLiteral("vcenter03"), 2,
        4 * GiB, 1, QStringLiteral("Ubuntu 22.04"));
    testVm(QStringLiteral("aef"), QStringLiteral("/a/e/f"), QStringLiteral("vcenter02"), 4,
        16 * GiB, 2, QStringLiteral("Ubuntu 24.04"));
    testVm(QStringLiteral("xab"), QStringLiteral("/x/a/b/c"), QStringLiteral("vcenter02"), 1,
        1 * GiB, 1, QStringLiteral("Debian 12"));
    return out;
}

// The labels of the VMs the expression selects, space-separated in inventory order.
inline QString select(
    const QVector<LabVm> &inv, const ferry::expr::Expression &e, QStringList *errors = nullptr)
{
    QStringList hits;
    for (const LabVm &v : inv) {
        ferry::expr::EvalContext ctx;
        ctx.source = v.source;
        ctx.sourceType = v.sourceType;
        auto r = e.matches(v.vm, ctx);
        if (!r) {
            if (errors)
                *errors << v.label + QStringLiteral(": ") + r.error().message;
            continue;
        }
        if (*r)
            hits << v.label;
    }
    return hits.join(QLatin1Char(' '));
}

} // namespace exprtest
