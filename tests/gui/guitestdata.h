#pragma once

// A small inventory written through the repositories, for the GUI tests that need a database
// (models, pages, dialogs) but no server: two sources (one OK, one waiting for its certificate
// to be confirmed), six instances with the shapes the lab's scenario has, four networks.

#include "model/instance.h"
#include "model/network.h"
#include "model/source.h"
#include "store/database.h"
#include "store/instancerepository.h"
#include "store/networkrepository.h"
#include "store/sourcerepository.h"

#include <QFile>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace ferry::gui::test {

// The self-signed certificate in tests/gui/data (CN vc01.example.test) and its fingerprint.
inline QString samplePem()
{
    QFile f(qEnvironmentVariable("FERRY_TEST_SOURCE_DIR")
        + QStringLiteral("/tests/gui/data/vc01.example.test.pem"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()) : QString();
}
inline const QString kSampleSha256
    = QStringLiteral("a4fb1f1d5ff80e1c16eda0430b4d3b42f82ebf1f270c84ac60f18a7214506ed9");
inline const QString kOldSha256
    = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

struct SampleInventory
{
    std::shared_ptr<Database> db;
    qint64 vc01 = 0;
    qint64 esx01 = 0;
    qint64 webId = 0; // "/DC0/vm/web 01 (prod)"
};

inline Instance sampleInstance(
    qint64 sourceId, const QString &moref, const QString &location, int cpus, qint64 memoryMiB)
{
    Instance i;
    i.sourceId = sourceId;
    i.sourceSpecificId = moref;
    i.location = location;
    i.name = location.section(QLatin1Char('/'), -1);
    i.osDescription = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    i.osTemplate = QStringLiteral("Debian GNU/Linux 12 (64-bit)");
    i.os = QStringLiteral("Debian GNU/Linux");
    i.osType = QStringLiteral("linux");
    i.distribution = QStringLiteral("debian");
    i.distributionVersion = QStringLiteral("12");
    i.architecture = QStringLiteral("x86_64");
    i.cpus = cpus;
    i.memoryBytes = memoryMiB * 1024 * 1024;
    i.legacyBoot = true;
    i.powerState = QStringLiteral("poweredOn");
    Disk d;
    d.name = QStringLiteral("[LocalDS_0] %1/%1.vmdk").arg(i.name);
    d.capacityBytes = qint64(1) << 30;
    d.mode = QStringLiteral("persistent");
    d.backingType = QStringLiteral("VirtualDiskFlatVer2BackingInfo");
    i.disks << d;
    Nic n;
    n.hardwareAddress = QStringLiteral("00:50:56:00:00:%1").arg(cpus, 2, 10, QLatin1Char('0'));
    n.location = QStringLiteral("/DC0/network/VM Network");
    n.sourceSpecificId = QStringLiteral("network-7");
    n.ipv4Address = QStringLiteral("192.0.2.%1").arg(cpus);
    i.nics << n;
    return i;
}

inline Result<SampleInventory> fillSampleInventory(const QString &dir)
{
    auto db = Database::open(dir + QStringLiteral("/ferry.db"));
    if (!db)
        return db.error();
    SampleInventory out;
    out.db = *db;
    SourceRepository sources(out.db);
    Source vc;
    vc.name = QStringLiteral("vc01");
    vc.endpoint = QStringLiteral("https://vc01.example.test");
    vc.username = QStringLiteral("administrator@vsphere.local");
    vc.apiType = QStringLiteral("VirtualCenter");
    vc.apiVersion = QStringLiteral("8.0.2.0");
    vc.connectivityStatus = connectivity::Ok;
    vc.cert.trustedSha256 = kSampleSha256;
    vc.cert.seenSha256 = kSampleSha256;
    vc.cert.seenPem = samplePem();
    vc.cert.trustedPem = vc.cert.seenPem;
    vc.lastSyncAt = QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
    auto vcId = sources.insert(vc);
    if (!vcId)
        return vcId.error();
    out.vc01 = *vcId;
    Source esx;
    esx.name = QStringLiteral("esx01");
    esx.endpoint = QStringLiteral("https://192.0.2.5");
    esx.username = QStringLiteral("root");
    esx.connectivityStatus = connectivity::ConfirmFingerprint;
    esx.statusDetail = QStringLiteral("192.0.2.5 presented a certificate that is not trusted.");
    esx.cert.seenPem = samplePem();
    esx.cert.seenSha256 = kSampleSha256;
    auto esxId = sources.insert(esx);
    if (!esxId)
        return esxId.error();
    out.esx01 = *esxId;

    NetworkRepository networks(out.db);
    Network standard;
    standard.sourceId = out.vc01;
    standard.sourceSpecificId = QStringLiteral("network-7");
    standard.location = QStringLiteral("/DC0/network/VM Network");
    standard.type = QStringLiteral("standard");
    Network vlan;
    vlan.sourceId = out.vc01;
    vlan.sourceSpecificId = QStringLiteral("dvportgroup-68");
    vlan.location = QStringLiteral("/DC0/network/Prod VLAN 42");
    vlan.type = QStringLiteral("distributed");
    vlan.properties.insert(QStringLiteral("vlan_id"), QStringLiteral("42"));
    Network trunk;
    trunk.sourceId = out.vc01;
    trunk.sourceSpecificId = QStringLiteral("dvportgroup-70");
    trunk.location = QStringLiteral("/DC0/network/Lab Trunk");
    trunk.type = QStringLiteral("distributed");
    trunk.properties.insert(QStringLiteral("vlan_ranges"), QStringLiteral("100-200,300"));
    Network other = standard;
    other.sourceId = out.esx01;
    other.location = QStringLiteral("/ha-datacenter/network/VM Network");
    if (auto saved = networks.saveAll({standard, vlan, trunk, other}); !saved)
        return saved.error();

    QVector<Instance> list;
    Instance web = sampleInstance(
        out.vc01, QStringLiteral("vm-72"), QStringLiteral("/DC0/vm/web 01 (prod)"), 2, 4096);
    web.powerState = QStringLiteral("poweredOff");
    for (int i = 1; i < 3; ++i) {
        Disk d = web.disks.first();
        d.position = i;
        d.name = QStringLiteral("[LocalDS_0] web 01 (prod)/web 01 (prod)_%1.vmdk").arg(i);
        d.capacityBytes = (qint64(i) + 1) << 30;
        web.disks << d;
    }
    Nic second = web.nics.first();
    second.position = 1;
    second.hardwareAddress = QStringLiteral("00:50:56:85:98:40");
    second.location = QStringLiteral("/DC0/network/Prod VLAN 42");
    second.sourceSpecificId = QStringLiteral("dvportgroup-68");
    second.ipv4Address = QStringLiteral("198.51.100.10");
    web.nics << second;
    list << web;
    Instance zurich = sampleInstance(
        out.vc01, QStringLiteral("vm-74"), QString::fromUtf8("/DC0/vm/Zürich-DB ünïcødé"), 4, 8192);
    zurich.osDescription = QStringLiteral("Ubuntu 24.04 LTS");
    zurich.distribution = QStringLiteral("ubuntu");
    zurich.legacyBoot = false;
    zurich.secureBoot = true;
    zurich.tpm = true;
    list << zurich;
    Instance cbt = sampleInstance(
        out.vc01, QStringLiteral("vm-76"), QStringLiteral("/DC0/vm/cbt-vm"), 2, 8192);
    cbt.osDescription = QStringLiteral("Windows Server 2019 Standard, 64-bit (Build 17763)");
    cbt.osType = QStringLiteral("windows");
    cbt.distribution = QStringLiteral("windows");
    cbt.backgroundImport = true;
    list << cbt;
    Instance app = sampleInstance(
        out.vc01, QStringLiteral("vm-81"), QStringLiteral("/DC0/vm/Team Folder/app 02"), 1, 2048);
    app.osDescription.clear();
    app.osTemplate = QStringLiteral("Ubuntu Linux (64-bit)");
    app.distribution = QStringLiteral("other");
    app.nics.first().ipv4Address.clear();
    list << app;
    list << sampleInstance(out.esx01, QStringLiteral("vm-9"), QStringLiteral("/ha/vm/vm9"), 8, 512);
    list << sampleInstance(
        out.esx01, QStringLiteral("vm-10"), QStringLiteral("/ha/vm/vm10"), 16, 1024);
    auto ids = InstanceRepository(out.db).saveAll(list);
    if (!ids)
        return ids.error();
    out.webId = ids->first();
    return out;
}

} // namespace ferry::gui::test
