// The parts of the target service that need no server: endpoint normalisation, the trust
// commands shown to administrators, missing API extensions.
#include "incus/incustypes.h"
#include "targets/targetservice.h"

#include <QtTest>

using namespace ferry;

class TestTargetService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizeEndpoint_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("host") << QStringLiteral("incus01")
                              << QStringLiteral("https://incus01:8443");
        QTest::newRow("ip") << QStringLiteral("10.1.0.101")
                            << QStringLiteral("https://10.1.0.101:8443");
        QTest::newRow("seed url") << QStringLiteral("https://10.1.0.101:8443")
                                  << QStringLiteral("https://10.1.0.101:8443");
        QTest::newRow("other port")
            << QStringLiteral("10.0.0.3:9443") << QStringLiteral("https://10.0.0.3:9443");
        QTest::newRow("explicit 443")
            << QStringLiteral("https://h:443") << QStringLiteral("https://h:443");
        QTest::newRow("path dropped") << QStringLiteral(" https://h.example/1.0 ")
                                      << QStringLiteral("https://h.example:8443");
        QTest::newRow("ipv6") << QStringLiteral("[fd00::101]")
                              << QStringLiteral("https://[fd00::101]:8443");
        QTest::newRow("ipv6 port")
            << QStringLiteral("https://[::1]:18443") << QStringLiteral("https://[::1]:18443");
    }

    void normalizeEndpoint()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        auto r = TargetService::normalizeEndpoint(input);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(*r, expected);
    }

    void badEndpoints_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("empty");
        QTest::newRow("http") << QStringLiteral("http://h:8443") << QStringLiteral("Only https");
        QTest::newRow("unix") << QStringLiteral("unix:///var/lib/incus/unix.socket")
                              << QStringLiteral("https");
    }

    void badEndpoints()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        auto r = TargetService::normalizeEndpoint(input);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    }

    void trustCommands_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("commands");
        QTest::newRow("lxd") << QStringLiteral("lxd")
                             << QStringLiteral("/d/client-certificates/a.crt")
                             << QStringList {QStringLiteral(
                                    "lxc config trust add /d/client-certificates/a.crt")};
        QTest::newRow("incus") << QStringLiteral("incus") << QStringLiteral("/d/a.crt")
                               << QStringList {QStringLiteral(
                                      "incus config trust add-certificate /d/a.crt")};
        QTest::newRow("unknown") << QString() << QStringLiteral("/d/a.crt")
                                 << QStringList {QStringLiteral(
                                                     "incus config trust add-certificate /d/a.crt"),
                                        QStringLiteral("lxc config trust add /d/a.crt")};
        QTest::newRow("spaces quoted")
            << QStringLiteral("lxd") << QStringLiteral("/home/a b/it's.crt")
            << QStringList {QStringLiteral("lxc config trust add '/home/a b/it'\\''s.crt'")};
    }

    void trustCommands()
    {
        QFETCH(QString, type);
        QFETCH(QString, file);
        QFETCH(QStringList, commands);
        Target t;
        t.targetType = type;
        QCOMPARE(TargetService::trustCommands(t, file), commands);
    }

    void clientCertificateFileIsSafe()
    {
        TargetService svc(nullptr, nullptr, QStringLiteral("/data"));
        Target t;
        t.name = QStringLiteral("../incus 01");
        QCOMPARE(svc.clientCertificateFile(t),
            QStringLiteral("/data/client-certificates/.._incus_01.crt"));
    }

    void missingExtensions()
    {
        Target t;
        QVERIFY(TargetService::missingApiExtensions(t).isEmpty()); // unknown yet: nothing claimed
        t.apiExtensions = incus::requiredApiExtensions();
        QVERIFY(TargetService::missingApiExtensions(t).isEmpty());
        t.apiExtensions.removeAll(QStringLiteral("virtual-machines"));
        QCOMPARE(TargetService::missingApiExtensions(t),
            QStringList {QStringLiteral("virtual-machines")});
    }
};

QTEST_GUILESS_MAIN(TestTargetService)
#include "test_targetservice.moc"
