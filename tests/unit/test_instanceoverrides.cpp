// inventory/instanceoverrides.h: the one rule for a name override (and CPUs and memory) that
// ferry's overrides dialog and ferryctl instance override both apply.
#include "inventory/instanceoverrides.h"
#include "model/instance.h"

#include <QtTest>

using namespace ferry;

class TestInstanceOverrides final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void name_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("web-01") << true;
        QTest::newRow("one letter") << QStringLiteral("a") << true;
        QTest::newRow("63 characters") << QStringLiteral("a").repeated(63) << true;
        QTest::newRow("64 characters") << QStringLiteral("a").repeated(64) << false;
        QTest::newRow("space") << QStringLiteral("web 01") << false;
        QTest::newRow("parenthesis") << QStringLiteral("web(prod)") << false;
        QTest::newRow("leading hyphen") << QStringLiteral("-web") << false;
        QTest::newRow("trailing hyphen") << QStringLiteral("web-") << false;
        QTest::newRow("digits only") << QStringLiteral("1234") << false;
        QTest::newRow("umlaut") << QString::fromUtf8("zürich") << false;
        QTest::newRow("underscore") << QStringLiteral("web_01") << false;
    }
    void name()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const QString problem = overrideNameProblem(name);
        QCOMPARE(problem.isEmpty(), valid);
        if (!valid)
            QCOMPARE(problem,
                QStringLiteral("\"%1\" cannot be a host name on the target: use letters, digits "
                               "and hyphens, at most 63, not starting or ending with a hyphen.")
                    .arg(name));
        InstanceOverrides o;
        o.name = name;
        const Status st = validateOverrides(o);
        QCOMPARE(st.ok(), valid);
        if (!valid) {
            QCOMPARE(st.error().code, Error::Code::InvalidInput);
            QCOMPARE(st.error().message, problem);
        }
    }

    void emptyName()
    {
        QCOMPARE(
            overrideNameProblem(QString()), QStringLiteral("The name on the target is empty."));
        QCOMPARE(overrideNameProblem(QStringLiteral("  ")),
            QStringLiteral("The name on the target is empty."));
    }

    void otherOverrides()
    {
        InstanceOverrides o;
        QVERIFY(validateOverrides(o).ok()); // nothing set
        o.cpus = 8;
        o.memoryBytes = qint64(4) << 30;
        o.comment = QStringLiteral("anything");
        QVERIFY(validateOverrides(o).ok());
        o.cpus = 0;
        QCOMPARE(validateOverrides(o).error().message,
            QStringLiteral("The number of CPUs must be more than zero."));
        o.cpus = 2;
        o.memoryBytes = 0;
        QCOMPARE(validateOverrides(o).error().message,
            QStringLiteral("The memory must be more than zero."));
    }

    // A NIC's new guest address: kept in extra, one per MAC, validated against the VM.
    void nicAddresses()
    {
        Instance vm;
        Nic nic;
        nic.hardwareAddress = QStringLiteral("00:50:56:96:2D:36");
        vm.nics << nic;
        InstanceOverrides o;
        setNicAddressOverride(o,
            {QStringLiteral("00-50-56-96-2d-36"), QStringLiteral("198.51.100.20/24"),
                QStringLiteral("198.51.100.1"), {QStringLiteral("198.51.100.53")}});
        QCOMPARE(nicAddressOverrides(o).size(), 1);
        const NicAddressOverride a = nicAddressOverrides(o).first();
        QCOMPARE(a.mac, QStringLiteral("00:50:56:96:2d:36"));
        QCOMPARE(a.ipv4, QStringLiteral("198.51.100.20/24"));
        QCOMPARE(a.dns, QStringList {QStringLiteral("198.51.100.53")});
        QCOMPARE(nicAddressProblem(a, vm), QString());
        // Set again: replaced, not added; an empty address removes it.
        setNicAddressOverride(o, {a.mac, QStringLiteral("198.51.100.21/24"), {}, {}});
        QCOMPARE(nicAddressOverrides(o).size(), 1);
        QCOMPARE(nicAddressOverrides(o).first().ipv4, QStringLiteral("198.51.100.21/24"));
        setNicAddressOverride(o, {a.mac, {}, {}, {}});
        QVERIFY(nicAddressOverrides(o).isEmpty());
        QVERIFY(!o.extra.contains(QStringLiteral("nic_addresses")));

        auto problem = [&](const QString &mac, const QString &ipv4, const QString &gw = {},
                           const QStringList &dns = {}) {
            return nicAddressProblem({mac, ipv4, gw, dns}, vm);
        };
        QVERIFY(!problem(QStringLiteral("00:50:56:00:00:01"), QStringLiteral("198.51.100.20/24"))
                     .isEmpty()); // not this VM's NIC
        QVERIFY(!problem(a.mac, QStringLiteral("198.51.100.20")).isEmpty()); // no prefix
        QVERIFY(!problem(a.mac, QStringLiteral("198.51.100.20/33")).isEmpty());
        QVERIFY(!problem(a.mac, QStringLiteral("2001:db8::1/64")).isEmpty()); // IPv4 only
        QVERIFY(!problem(a.mac, QStringLiteral("198.51.100.300/24")).isEmpty());
        QVERIFY(!problem(a.mac, QStringLiteral("198.51.100.20/24"), QStringLiteral("192.0.2.1"))
                     .isEmpty()); // gateway outside the subnet
        QVERIFY(!problem(a.mac, QStringLiteral("198.51.100.20/24"), {}, {QStringLiteral("dns")})
                     .isEmpty());
        QCOMPARE(problem(a.mac.toUpper(), QStringLiteral("10.0.0.5/8"), QStringLiteral("10.1.2.3")),
            QString());
    }
};

QTEST_GUILESS_MAIN(TestInstanceOverrides)
#include "test_instanceoverrides.moc"
