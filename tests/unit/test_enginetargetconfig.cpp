// The target side of a migration: instance names, the VM's config, the backup YAML and the NICs,
// per Incus and LXD release. The releases' answers are fixtures derived from their upstream
// source (tests/fixtures/releases: each file names the repository, tag and file it comes from;
// facts.md cites the code). The expected values below are written out from those facts, not
// computed by the code under test.
#include "incus/targetconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <yaml-cpp/yaml.h>

using namespace ferry;
using namespace ferry::incus;

namespace {

QString releasesDir()
{
    return qEnvironmentVariable("FERRY_TEST_SOURCE_DIR")
        + QStringLiteral("/tests/fixtures/releases/");
}

QStringList extensionsOf(const QString &release)
{
    QFile f(releasesDir() + QStringLiteral("server-%1.json").arg(release));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture server-%s.json", qPrintable(release));
    QStringList out;
    const QJsonArray list = QJsonDocument::fromJson(f.readAll())
                                .object()
                                .value(QStringLiteral("metadata"))
                                .toObject()
                                .value(QStringLiteral("api_extensions"))
                                .toArray();
    for (const QJsonValue &v : list)
        out << v.toString();
    return out;
}

// The release's own export: document 0 is index.yaml, document 1 backup.yaml.
std::vector<YAML::Node> exportOf(const QString &release)
{
    return YAML::LoadAllFromFile(
        QString(releasesDir() + QStringLiteral("backup-%1.yaml").arg(release)).toStdString());
}

Instance debianVm()
{
    Instance vm;
    vm.uuid = QStringLiteral("4211AAAA-0000-4000-8000-000000000001");
    vm.cpus = 4;
    vm.memoryBytes = qint64(8) << 30;
    vm.os = QStringLiteral("Debian GNU/Linux");
    vm.osVersion = QStringLiteral("12");
    vm.architecture = QStringLiteral("x86_64");
    return vm;
}

const QStringList kReleases {QStringLiteral("incus-6.0.6"), QStringLiteral("incus-6.23"),
    QStringLiteral("incus-7.3"), QStringLiteral("lxd-5.0.2"), QStringLiteral("lxd-5.21.7"),
    QStringLiteral("lxd-6.9")};

} // namespace

class TestEngineTargetConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("unicode") << QStringLiteral("Zürich-DB ünïcødé")
                                 << QStringLiteral("Zurich-DB-unic-de");
        QTest::newRow("spaces") << QStringLiteral("web 01 (prod)") << QStringLiteral("web-01-prod");
        QTest::newRow("digit first") << QStringLiteral("01web") << QStringLiteral("web");
        QTest::newRow("empty") << QStringLiteral("((()))") << QStringLiteral("vm");
        QTest::newRow("long") << QString(80, QLatin1Char('a')) << QString(63, QLatin1Char('a'));
    }
    void names()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(sanitizeInstanceName(in), out);
    }

    // facts.md a: boot.mode only on LXD 6.7+; security.csm on Incus and LXD 5.21; LXD 5.0 only
    // security.secureboot.
    void firmware_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<bool>("legacy");
        QTest::addColumn<bool>("secure");
        QTest::addColumn<QString>("bootMode");
        QTest::addColumn<QString>("csm");
        QTest::addColumn<QString>("secureBoot");
        QTest::addColumn<bool>("kept");
        const QString none;
        const QString t = QStringLiteral("true");
        const QString f = QStringLiteral("false");
        for (const QString &r : {QStringLiteral("incus-6.0.6"), QStringLiteral("incus-6.23"),
                 QStringLiteral("incus-7.3"), QStringLiteral("lxd-5.21.7")}) {
            QTest::addRow("%s uefi secure", qPrintable(r))
                << r << false << true << none << f << t << true;
            QTest::addRow("%s bios", qPrintable(r)) << r << true << false << none << t << f << true;
        }
        QTest::newRow("lxd-5.0.2 uefi secure")
            << QStringLiteral("lxd-5.0.2") << false << true << none << none << t << true;
        QTest::newRow("lxd-5.0.2 uefi")
            << QStringLiteral("lxd-5.0.2") << false << false << none << none << f << true;
        QTest::newRow("lxd-5.0.2 bios")
            << QStringLiteral("lxd-5.0.2") << true << false << none << none << f << false;
        QTest::newRow("lxd-6.9 uefi secure")
            << QStringLiteral("lxd-6.9") << false << true << QStringLiteral("uefi-secureboot")
            << none << none << true;
        QTest::newRow("lxd-6.9 uefi")
            << QStringLiteral("lxd-6.9") << false << false << QStringLiteral("uefi-nosecureboot")
            << none << none << true;
        QTest::newRow("lxd-6.9 bios") << QStringLiteral("lxd-6.9") << true << false
                                      << QStringLiteral("bios") << none << none << true;
    }
    void firmware()
    {
        QFETCH(QString, release);
        QFETCH(bool, legacy);
        QFETCH(bool, secure);
        QFETCH(QString, bootMode);
        QFETCH(QString, csm);
        QFETCH(QString, secureBoot);
        QFETCH(bool, kept);
        Instance vm = debianVm();
        vm.legacyBoot = legacy;
        vm.secureBoot = secure;
        const QStringList extensions = extensionsOf(release);
        const auto c = vmConfig(vm, {{marker::QueueEntry, QStringLiteral("7")}}, extensions);
        QCOMPARE(c.value(QStringLiteral("boot.mode")), bootMode);
        QCOMPARE(c.value(QStringLiteral("security.csm")), csm);
        QCOMPARE(c.value(QStringLiteral("security.secureboot")), secureBoot);
        QCOMPARE(firmwareKept(vm, extensions), kept);
        QCOMPARE(c.value(QStringLiteral("limits.cpu")), QStringLiteral("4"));
        QCOMPARE(c.value(QStringLiteral("limits.memory")), QStringLiteral("8192MiB"));
        QCOMPARE(c.value(marker::QueueEntry), QStringLiteral("7"));

        // The firmware keys are those the release's own export writes.
        // (v1 exports name the instance "container", v2 ones "instance".)
        const YAML::Node doc = exportOf(release).at(1);
        const YAML::Node exported
            = (doc["container"] ? doc["container"] : doc["instance"])["config"];
        for (const char *key : {"boot.mode", "security.csm", "security.secureboot"}) {
            const bool ours = c.contains(QString::fromLatin1(key));
            QVERIFY2(bool(exported[key]) == ours,
                qPrintable(QStringLiteral("%1 in %2's export: %3")
                               .arg(QLatin1String(key), release)
                               .arg(bool(exported[key]))));
        }
    }

    // facts.md e: the source's instance UUID kept as volatile.uuid; image.os for Incus.
    void whatTheVmKeeps()
    {
        Instance vm = debianVm();
        auto c = vmConfig(vm, {}, extensionsOf(QStringLiteral("incus-7.3")));
        QCOMPARE(c.value(QStringLiteral("volatile.uuid")),
            QStringLiteral("4211aaaa-0000-4000-8000-000000000001"));
        QCOMPARE(c.value(QStringLiteral("image.os")), QStringLiteral("Debian GNU/Linux"));
        QCOMPARE(c.value(QStringLiteral("image.release")), QStringLiteral("12"));
        vm.osType = QStringLiteral("windows2019srv_64Guest");
        vm.os = QString();
        vm.uuid = QStringLiteral("not-a-uuid");
        c = vmConfig(vm, {}, {});
        QCOMPARE(c.value(QStringLiteral("image.os")), QStringLiteral("Windows"));
        QVERIFY(!c.contains(QStringLiteral("volatile.uuid")));
    }

    // facts.md b, parsed: what each release's import needs is in both files Ferry sends.
    void backupYaml_data()
    {
        QTest::addColumn<QString>("release");
        for (const QString &r : kReleases)
            QTest::newRow(qPrintable(r)) << r;
    }
    void backupYaml()
    {
        QFETCH(QString, release);
        const QStringList extensions = extensionsOf(release);
        const auto config
            = vmConfig(debianVm(), {{marker::QueueEntry, QStringLiteral("7")}}, extensions);
        const BackupPool pool {QStringLiteral("fast"), QStringLiteral("zfs")};
        const qint64 size = qint64(20) << 30;
        const YAML::Node index = YAML::Load(vmBackupYaml(
            QStringLiteral("web-01"), pool, size, config, QStringLiteral("x86_64"), true)
                                                .toStdString());
        const YAML::Node backup = YAML::Load(vmBackupYaml(
            QStringLiteral("web-01"), pool, size, config, QStringLiteral("x86_64"), false)
                                                 .toStdString());

        QCOMPARE(index["name"].as<std::string>(), std::string("web-01"));
        QCOMPARE(index["backend"].as<std::string>(), std::string("zfs"));
        QCOMPARE(index["pool"].as<std::string>(), std::string("fast"));
        QCOMPARE(index["type"].as<std::string>(), std::string("virtual-machine"));
        QCOMPARE(index["optimized"].as<bool>(), false);
        for (const YAML::Node &doc : {index["config"], backup}) {
            const YAML::Node c = doc["container"];
            QVERIFY(c.IsMap());
            QCOMPARE(c["name"].as<std::string>(), std::string("web-01"));
            QCOMPARE(c["architecture"].as<std::string>(), std::string("x86_64"));
            QCOMPARE(c["type"].as<std::string>(), std::string("virtual-machine"));
            // LXD 5.21+: the root disk's pool from expanded_devices, equal to the pool's name.
            QCOMPARE(c["expanded_devices"]["root"]["pool"].as<std::string>(), std::string("fast"));
            QCOMPARE(c["expanded_devices"]["root"]["path"].as<std::string>(), std::string("/"));
            // Incus: the root volume's size from expanded_devices.
            QCOMPARE(c["expanded_devices"]["root"]["size"].as<std::string>(),
                std::to_string(size) + "B");
            QCOMPARE(c["devices"]["root"]["pool"].as<std::string>(), std::string("fast"));
            // Incus with X-Incus-config writes into expanded_config: never absent.
            QVERIFY(c["expanded_config"].IsMap());
            QCOMPARE(c["expanded_config"]["limits.cpu"].as<std::string>(), std::string("4"));
            QCOMPARE(c["config"]["user.ferry.queue_entry"].as<std::string>(), std::string("7"));
            QCOMPARE(doc["pool"]["name"].as<std::string>(), std::string("fast"));
            QCOMPARE(doc["pool"]["driver"].as<std::string>(), std::string("zfs"));
            QCOMPARE(doc["volume"]["content_type"].as<std::string>(), std::string("block"));
            QCOMPARE(doc["volume"]["type"].as<std::string>(), std::string("virtual-machine"));
            // Every config value a string for Go's map[string]string.
            for (const auto &kv : c["config"])
                QVERIFY2(kv.second.Tag() == "!", kv.first.as<std::string>().c_str());
        }
        // Every key the release's own export has at these levels that its import requires.
        const std::vector<YAML::Node> exported = exportOf(release);
        for (const char *key : {"name", "backend", "pool", "type", "config"})
            QVERIFY2(!exported.at(0)[key] || index[key], key);
        const YAML::Node exportedConfig = exported.at(0)["config"];
        const bool v1 = bool(exportedConfig["container"]);
        if (v1)
            for (const char *key : {"container", "pool", "volume"})
                QVERIFY2(!exportedConfig[key] || index["config"][key], key);
    }

    void volumeIndex()
    {
        const YAML::Node index = YAML::Load(volumeIndexYaml(QStringLiteral("web-01-disk1"),
            BackupPool {QStringLiteral("default"), QStringLiteral("dir")}, 1024,
            {{marker::Disk,
                QStringLiteral("[ds] x.vmdk")}}).toStdString());
        QCOMPARE(index["type"].as<std::string>(), std::string("custom"));
        QCOMPARE(index["backend"].as<std::string>(), std::string("dir"));
        const YAML::Node v = index["config"]["volume"];
        QCOMPARE(v["content_type"].as<std::string>(), std::string("block"));
        QCOMPARE(v["config"]["size"].as<std::string>(), std::string("1024B"));
        QCOMPARE(v["config"]["user.ferry.disk"].as<std::string>(), std::string("[ds] x.vmdk"));
        // A name YAML would read as something else stays a string.
        const YAML::Node odd = YAML::Load(volumeIndexYaml(QStringLiteral("true"),
            BackupPool {QStringLiteral("a: b\"c"), QStringLiteral("dir")}, 1, {})
                                              .toStdString());
        QCOMPARE(odd["name"].as<std::string>(), std::string("true"));
        QCOMPARE(odd["pool"].as<std::string>(), std::string("a: b\"c"));
    }

    // field-incus H3: an lvmcluster volume record says qcow2 unless told the bytes are raw.
    void lvmclusterVolumesAreRaw()
    {
        const BackupPool lvm {QStringLiteral("shared"), QStringLiteral("lvmcluster")};
        const YAML::Node index = YAML::Load(
            vmBackupYaml(QStringLiteral("vm"), lvm, 1 << 20, {}, QString(), true).toStdString());
        QCOMPARE(index["config"]["volume"]["config"]["block.type"].as<std::string>(),
            std::string("raw"));
        const YAML::Node volume
            = YAML::Load(volumeIndexYaml(QStringLiteral("v"), lvm, 1 << 20, {}).toStdString());
        QCOMPARE(volume["config"]["volume"]["config"]["block.type"].as<std::string>(),
            std::string("raw"));
        const YAML::Node dir = YAML::Load(
            vmBackupYaml(QStringLiteral("vm"), BackupPool {}, 1 << 20, {}, QString(), true)
                .toStdString());
        QVERIFY(!dir["config"]["volume"]["config"]["block.type"]);
    }

    // facts.md c: managed -> network=; bridged with VLANs; macvlan one VLAN only; physical is
    // passthrough and takes neither hwaddr nor a VLAN on a VM.
    void nics()
    {
        Instance vm;
        const QStringList macs {QStringLiteral("00:50:56:AA:00:01"),
            QStringLiteral("00:50:56:aa:00:02"), QStringLiteral("00:50:56:aa:00:03"),
            QStringLiteral("00:50:56:aa:00:04"), QStringLiteral("00:50:56:aa:00:05"),
            QStringLiteral("00:50:56:aa:00:06")};
        for (const QString &m : macs) {
            Nic n;
            n.hardwareAddress = m;
            vm.nics << n;
        }
        auto map = [](const QString &network, const QString &type, const QString &vlan) {
            QJsonObject o {{QStringLiteral("network"), network}, {QStringLiteral("nictype"), type}};
            if (!vlan.isEmpty())
                o.insert(QStringLiteral("vlan_id"), vlan);
            return o;
        };
        const QJsonObject placement {{QStringLiteral("networks"),
            QJsonObject {
                {QStringLiteral("00:50:56:aa:00:01"),
                    map(QStringLiteral("lxdbr0"), QStringLiteral("managed"), {})},
                {QStringLiteral("00:50:56:aa:00:02"),
                    map(QStringLiteral("br1"), QStringLiteral("bridged"), QStringLiteral("42"))},
                {QStringLiteral("00:50:56:aa:00:03"),
                    map(QStringLiteral("br1"), QStringLiteral("bridged"),
                        QStringLiteral("10,20-30"))},
                {QStringLiteral("00:50:56:aa:00:04"),
                    map(QStringLiteral("eno1"), QStringLiteral("macvlan"), QStringLiteral("7"))},
                {QStringLiteral("00:50:56:aa:00:05"),
                    map(QStringLiteral("eno2"), QStringLiteral("physical"), QStringLiteral("9"))},
                // 00:50:56:aa:00:06 unmapped: the pre-flight reports it
            }}};
        const QJsonObject d = nicDevices(vm, placement);
        QCOMPARE(d.keys(),
            QStringList({QStringLiteral("eth0"), QStringLiteral("eth1"), QStringLiteral("eth2"),
                QStringLiteral("eth3"), QStringLiteral("eth4")}));
        const QJsonObject managed = d.value(QStringLiteral("eth0")).toObject();
        QCOMPARE(managed,
            QJsonObject({{QStringLiteral("type"), QStringLiteral("nic")},
                {QStringLiteral("network"), QStringLiteral("lxdbr0")},
                {QStringLiteral("hwaddr"), QStringLiteral("00:50:56:aa:00:01")}}));
        const QJsonObject bridged = d.value(QStringLiteral("eth1")).toObject();
        QCOMPARE(bridged.value(QStringLiteral("nictype")).toString(), QStringLiteral("bridged"));
        QCOMPARE(bridged.value(QStringLiteral("parent")).toString(), QStringLiteral("br1"));
        QCOMPARE(bridged.value(QStringLiteral("vlan")).toString(), QStringLiteral("42"));
        QCOMPARE(d.value(QStringLiteral("eth2"))
                     .toObject()
                     .value(QStringLiteral("vlan.tagged"))
                     .toString(),
            QStringLiteral("10,20-30"));
        const QJsonObject macvlan = d.value(QStringLiteral("eth3")).toObject();
        QCOMPARE(macvlan.value(QStringLiteral("nictype")).toString(), QStringLiteral("macvlan"));
        QCOMPARE(macvlan.value(QStringLiteral("vlan")).toString(), QStringLiteral("7"));
        QCOMPARE(macvlan.value(QStringLiteral("hwaddr")).toString(),
            QStringLiteral("00:50:56:aa:00:04"));
        const QJsonObject physical = d.value(QStringLiteral("eth4")).toObject();
        QCOMPARE(physical,
            QJsonObject({{QStringLiteral("type"), QStringLiteral("nic")},
                {QStringLiteral("nictype"), QStringLiteral("physical")},
                {QStringLiteral("parent"), QStringLiteral("eno2")}}));
    }

    void tenOrMoreDevicesKeepTheirOrder()
    {
        QCOMPARE(deviceName(QStringLiteral("eth"), 3, 4), QStringLiteral("eth3"));
        QCOMPARE(deviceName(QStringLiteral("eth"), 3, 12), QStringLiteral("eth03"));
        QCOMPARE(deviceName(QStringLiteral("eth"), 11, 12), QStringLiteral("eth11"));
        Instance vm;
        QJsonObject networks;
        for (int i = 0; i < 11; ++i) {
            Nic n;
            n.hardwareAddress = QStringLiteral("00:50:56:aa:01:%1").arg(i, 2, 10, QLatin1Char('0'));
            vm.nics << n;
            networks.insert(n.hardwareAddress,
                QJsonObject {{QStringLiteral("network"), QStringLiteral("net%1").arg(i)}});
        }
        const QJsonObject d = nicDevices(vm, {{QStringLiteral("networks"), networks}});
        QStringList order;
        for (const QString &k : d.keys())
            order << d.value(k).toObject().value(QStringLiteral("network")).toString();
        QCOMPARE(order.first(), QStringLiteral("net0"));
        QCOMPARE(order.at(2), QStringLiteral("net2"));
        QCOMPARE(order.last(), QStringLiteral("net10"));
    }

    // facts.md d: every release here has what a migration relies on; a server without them is
    // named, per feature the VM uses.
    void extensions_data()
    {
        QTest::addColumn<QString>("release");
        for (const QString &r : kReleases)
            QTest::newRow(qPrintable(r)) << r;
    }
    void extensions()
    {
        QFETCH(QString, release);
        Instance vm = debianVm();
        vm.tpm = true;
        vm.disks.resize(2);
        QCOMPARE(missingExtensions(vm, extensionsOf(release)), QStringList());
    }
    void missingExtensionsAreNamed()
    {
        Instance vm = debianVm();
        vm.disks.resize(1);
        QCOMPARE(missingExtensions(vm, {QStringLiteral("backup_override_name")}),
            QStringList({QStringLiteral("instance_all_projects")}));
        vm.tpm = true;
        vm.disks.resize(3);
        QCOMPARE(missingExtensions(vm, {}),
            QStringList(
                {QStringLiteral("backup_override_name"), QStringLiteral("instance_all_projects"),
                    QStringLiteral("custom_volume_backup"), QStringLiteral("tpm_device_type")}));
    }
};

QTEST_GUILESS_MAIN(TestEngineTargetConfig)
#include "test_enginetargetconfig.moc"
