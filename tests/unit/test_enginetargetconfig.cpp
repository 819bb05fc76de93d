// The target side of a migration: instance names, the VM's config and its NICs.
#include "engine/targetconfig.h"

#include <QJsonObject>
#include <QtTest>

using namespace ferry;
using namespace ferry::engine;

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

    void firmware()
    {
        Instance vm;
        vm.cpus = 4;
        vm.memoryBytes = qint64(8) << 30;
        vm.secureBoot = true;
        auto c = vmConfig(vm, {{marker::QueueEntry, QStringLiteral("7")}});
        QCOMPARE(c.value(QStringLiteral("limits.cpu")), QStringLiteral("4"));
        QCOMPARE(c.value(QStringLiteral("limits.memory")), QStringLiteral("8192MiB"));
        QCOMPARE(c.value(QStringLiteral("security.secureboot")), QStringLiteral("true"));
        QCOMPARE(c.value(QStringLiteral("security.csm")), QStringLiteral("false"));
        QCOMPARE(c.value(marker::QueueEntry), QStringLiteral("7"));
        vm.legacyBoot = true;
        c = vmConfig(vm, {});
        QCOMPARE(c.value(QStringLiteral("security.csm")), QStringLiteral("true"));
        QCOMPARE(c.value(QStringLiteral("security.secureboot")), QStringLiteral("false"));
        QVERIFY(!vmConfig(vm, {}, false).contains(QStringLiteral("security.csm")));
    }

    void nics()
    {
        Instance vm;
        Nic a;
        a.hardwareAddress = QStringLiteral("00:50:56:AA:00:01");
        Nic b;
        b.hardwareAddress = QStringLiteral("00:50:56:aa:00:02");
        Nic unmapped;
        unmapped.hardwareAddress = QStringLiteral("00:50:56:aa:00:03");
        vm.nics = {a, b, unmapped};
        const QJsonObject placement {{QStringLiteral("networks"),
            QJsonObject {{QStringLiteral("00:50:56:aa:00:01"),
                             QJsonObject {{QStringLiteral("network"), QStringLiteral("lxdbr0")},
                                 {QStringLiteral("nictype"), QStringLiteral("managed")}}},
                {QStringLiteral("00:50:56:aa:00:02"),
                    QJsonObject {{QStringLiteral("network"), QStringLiteral("br1")},
                        {QStringLiteral("nictype"), QStringLiteral("bridged")},
                        {QStringLiteral("vlan_id"), QStringLiteral("42")}}}}}};
        const QJsonObject d = nicDevices(vm, placement);
        QCOMPARE(d.size(), 2);
        const QJsonObject eth0 = d.value(QStringLiteral("eth0")).toObject();
        QCOMPARE(
            eth0.value(QStringLiteral("hwaddr")).toString(), QStringLiteral("00:50:56:aa:00:01"));
        QCOMPARE(eth0.value(QStringLiteral("network")).toString(), QStringLiteral("lxdbr0"));
        const QJsonObject eth1 = d.value(QStringLiteral("eth1")).toObject();
        QCOMPARE(eth1.value(QStringLiteral("nictype")).toString(), QStringLiteral("bridged"));
        QCOMPARE(eth1.value(QStringLiteral("parent")).toString(), QStringLiteral("br1"));
        QCOMPARE(eth1.value(QStringLiteral("vlan")).toString(), QStringLiteral("42"));
    }

    void yaml()
    {
        QCOMPARE(yamlQuoted(QStringLiteral("a\"b\\c")), QByteArray("\"a\\\"b\\\\c\""));
        const QByteArray index = volumeIndexYaml(QStringLiteral("v"), QStringLiteral("default"),
            1024, {{marker::Disk, QStringLiteral("[ds] x.vmdk")}});
        QVERIFY(index.contains("content_type: block"));
        QVERIFY(index.contains("size: \"1024B\""));
        QVERIFY(index.contains("user.ferry.disk: \"[ds] x.vmdk\""));
    }
};

QTEST_GUILESS_MAIN(TestEngineTargetConfig)
#include "test_enginetargetconfig.moc"
