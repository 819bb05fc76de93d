#include "inventory/osinfo.h"
#include "inventory/restrictions.h"
#include "model/instance.h"

#include <QtTest>

using namespace ferry;

class TestOsInfo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derive_data()
    {
        QTest::addColumn<QString>("os");
        QTest::addColumn<QString>("osVersion");
        QTest::addColumn<QString>("pretty");
        QTest::addColumn<QString>("templ");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("distribution");
        QTest::addColumn<QString>("version");
        // Guest tools running: the detailed data.
        QTest::newRow("debian 12") << "Debian GNU/Linux"
                                   << "12"
                                   << "Debian GNU/Linux 12 (bookworm)"
                                   << "Debian GNU/Linux 12 (64-bit)"
                                   << "linux"
                                   << "debian"
                                   << "12";
        QTest::newRow("ubuntu 24.04") << "Ubuntu"
                                      << "24.04"
                                      << "Ubuntu 24.04.1 LTS"
                                      << "Ubuntu Linux (64-bit)"
                                      << "linux"
                                      << "ubuntu"
                                      << "24.04";
        QTest::newRow("centos stream 9") << "CentOS Stream"
                                         << "9"
                                         << "CentOS Stream 9"
                                         << "CentOS 8 (64-bit)"
                                         << "linux"
                                         << "centos"
                                         << "9";
        QTest::newRow("rhel 9") << "Red Hat Enterprise Linux"
                                << "9.4"
                                << "Red Hat Enterprise Linux 9.4 (Plow)"
                                << ""
                                << "linux"
                                << "rhel"
                                << "9";
        QTest::newRow("rocky 9") << "Rocky Linux"
                                 << "9.3"
                                 << "Rocky Linux 9.3 (Blue Onyx)"
                                 << ""
                                 << "linux"
                                 << "rocky"
                                 << "9";
        QTest::newRow("alma 8") << "AlmaLinux"
                                << "8.10"
                                << "AlmaLinux 8.10"
                                << ""
                                << "linux"
                                << "alma"
                                << "8";
        QTest::newRow("oracle 8") << "Oracle Linux Server"
                                  << "8.9"
                                  << "Oracle Linux Server 8.9"
                                  << ""
                                  << "linux"
                                  << "oracle"
                                  << "8";
        QTest::newRow("opensuse") << "openSUSE Leap"
                                  << "15.6"
                                  << "openSUSE Leap 15.6"
                                  << ""
                                  << "linux"
                                  << "suse"
                                  << "15";
        QTest::newRow("sles") << "SLES"
                              << "15"
                              << "SUSE Linux Enterprise Server 15 SP5"
                              << ""
                              << "linux"
                              << "suse"
                              << "15";
        QTest::newRow("amazon") << "Amazon Linux"
                                << "2023"
                                << "Amazon Linux 2023"
                                << ""
                                << "linux"
                                << "amazon"
                                << "2023";
        QTest::newRow("fedora") << "Fedora Linux"
                                << "40"
                                << "Fedora Linux 40 (Server Edition)"
                                << ""
                                << "linux"
                                << "fedora"
                                << "40";
        QTest::newRow("arch") << "Arch Linux"
                              << ""
                              << "Arch Linux"
                              << ""
                              << "linux"
                              << "arch"
                              << "";
        QTest::newRow("freebsd") << "FreeBSD"
                                 << "14.1"
                                 << "FreeBSD 14.1-RELEASE"
                                 << "FreeBSD 14 (64-bit)"
                                 << "bsd"
                                 << "freebsd"
                                 << "14";
        QTest::newRow("windows 2016 tools") << ""
                                            << ""
                                            << "Windows Server 2016, 64-bit (Build 14393.693)"
                                            << "Microsoft Windows Server 2016 or later (64-bit)"
                                            << "windows"
                                            << "windows"
                                            << "Server 2016";
        QTest::newRow("windows 2012 r2") << ""
                                         << ""
                                         << ""
                                         << "Microsoft Windows Server 2012 R2 (64-bit)"
                                         << "windows"
                                         << "windows"
                                         << "Server 2012 R2";
        QTest::newRow("windows 11") << ""
                                    << ""
                                    << "Windows 11 Enterprise, 64-bit (Build 22631)"
                                    << "Microsoft Windows 11 (64-bit)"
                                    << "windows"
                                    << "windows"
                                    << "11";
        // No tools: the template only.
        QTest::newRow("template only debian") << ""
                                              << ""
                                              << ""
                                              << "Debian GNU/Linux 11 (64-bit)"
                                              << "linux"
                                              << "debian"
                                              << "11";
        QTest::newRow("template other") << ""
                                        << ""
                                        << ""
                                        << "Other 3.x or later Linux (64-bit)"
                                        << "linux"
                                        << "other"
                                        << "";
        QTest::newRow("nothing") << ""
                                 << ""
                                 << ""
                                 << ""
                                 << "linux"
                                 << "other"
                                 << "";
    }

    void derive()
    {
        QFETCH(QString, os);
        QFETCH(QString, osVersion);
        QFETCH(QString, pretty);
        QFETCH(QString, templ);
        QFETCH(QString, type);
        QFETCH(QString, distribution);
        QFETCH(QString, version);
        const OsInfo info = deriveOs(os, osVersion, pretty, templ);
        QCOMPARE(info.osType, type);
        QCOMPARE(info.distribution, distribution);
        QCOMPARE(info.version, version);
    }

    void fortigate()
    {
        QCOMPARE(deriveOs({}, {}, {}, QStringLiteral("Other Linux"),
                     QStringLiteral("FortiGate-VM64 v7.2"))
                     .osType,
            QStringLiteral("fortigate"));
    }

    void hostNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("hostName");
        QTest::newRow("plain") << "web01"
                               << "web01";
        QTest::newRow("spaces") << "Ubuntu 2404"
                                << "Ubuntu-2404";
        QTest::newRow("non-ascii") << "Win 2016 Ä"
                                   << "Win-2016-A";
        QTest::newRow("accents keep their letter") << "Zürich-DB ünïcødé"
                                                   << "Zurich-DB-unic-de";
        QTest::newRow("leading digits") << "2016 server"
                                        << "server";
        QTest::newRow("underscores") << "DC0_H0_VM0"
                                     << "DC0-H0-VM0";
        QTest::newRow("punctuation runs") << "db (old) -- copy"
                                          << "db-old-copy";
        QTest::newRow("nothing usable") << "日本"
                                        << "";
        QTest::newRow("too long") << QString(80, QLatin1Char('a')) << QString(63, QLatin1Char('a'));
    }

    void hostNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, hostName);
        QCOMPARE(targetHostName(name), hostName);
        if (!hostName.isEmpty())
            QVERIFY(isValidHostName(hostName));
    }

    void validHostNames()
    {
        QVERIFY(isValidHostName(QStringLiteral("a")));
        QVERIFY(!isValidHostName(QStringLiteral("-a")));
        QVERIFY(!isValidHostName(QStringLiteral("a-")));
        QVERIFY(!isValidHostName(QStringLiteral("1234")));
        QVERIFY(!isValidHostName(QStringLiteral("a_b")));
        QVERIFY(!isValidHostName(QString()));
    }

    void restrictions()
    {
        Instance vm;
        vm.name = QStringLiteral("web 01");
        vm.osType = QStringLiteral("linux");
        vm.distribution = QStringLiteral("debian");
        vm.architecture = QStringLiteral("x86_64");
        vm.backgroundImport = true;
        Disk d;
        d.name = QStringLiteral("[ds] web/web.vmdk");
        d.backgroundImportVerified = true;
        vm.disks << d;
        Nic n;
        n.ipv4Address = QStringLiteral("192.0.2.10");
        vm.nics << n;
        QVERIFY(restrictionsOf(vm).isEmpty());

        Instance unknown = vm;
        unknown.distribution = QStringLiteral("other");
        unknown.nics[0].ipv4Address.clear();
        unknown.backgroundImport = false;
        unknown.disks[0].supported = false;
        unknown.disks[0].unsupportedReason
            = QStringLiteral("Raw device mappings cannot be copied.");
        QStringList codes;
        for (const Restriction &r : restrictionsOf(unknown))
            codes << r.code;
        QCOMPARE(codes,
            (QStringList {QStringLiteral("unknown-os"), QStringLiteral("no-ipv4"),
                QStringLiteral("no-background-import"), QStringLiteral("unsupported-disk")}));

        RestrictionOverrides allow {true, true, true};
        QCOMPARE(restrictionsOf(unknown, allow).size(), 1); // the disk stays a restriction

        unknown.overrides.ignoreRestrictions = true;
        QVERIFY(restrictionsOf(unknown).isEmpty());
        unknown.overrides.disableMigration = true;
        QCOMPARE(restrictionsOf(unknown).size(), 1);
        QCOMPARE(restrictionsOf(unknown).first().code, QStringLiteral("manually-disabled"));

        Instance unverified = vm;
        unverified.disks[0].backgroundImportVerified = false;
        QCOMPARE(restrictionsOf(unverified).first().code,
            QStringLiteral("background-import-unverified"));

        Instance badName = vm;
        badName.name = QStringLiteral("日本");
        QCOMPARE(restrictionsOf(badName).first().code, QStringLiteral("invalid-name"));
        badName.overrides.name = QStringLiteral("nihon");
        QVERIFY(restrictionsOf(badName).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOsInfo)
#include "test_osinfo.moc"
