// The Windows conversion's pure parts (no libguestfs): which virtio-win files a guest gets
// (virtiowinlayout.h, on file lists as a virtio-win ISO lays them out), the registry edits as
// .reg text and back, MountedDevices' drive letters and the first-boot script's data.
#include "convert/virtiowinlayout.h"
#include "convert/windowsconverter.h"
#include "convert/windowsregistry.h"

#include <QTest>

using namespace ferry;
using namespace ferry::convert;
using namespace ferry::convert::virtiowin;

namespace {

// A virtio-win ISO's file list: every driver for the given versions and architectures.
QStringList isoFiles(
    const QStringList &versions, const QStringList &arches = {QStringLiteral("amd64")})
{
    QStringList out {QStringLiteral("/guest-agent/qemu-ga-x86_64.msi"),
        QStringLiteral("/guest-agent/qemu-ga-i386.msi"), QStringLiteral("/virtio-win-gt-x64.msi")};
    for (const QString &d : driverNames()) {
        for (const QString &v : versions) {
            for (const QString &a : arches) {
                const QString dir = QStringLiteral("/%1/%2/%3").arg(d, v, a);
                out << dir;
                for (const char *ext : {"sys", "inf", "cat", "pdb"})
                    out << QStringLiteral("%1/%2.%3")
                               .arg(dir, d.toLower(), QString::fromLatin1(ext));
            }
        }
    }
    if (versions.contains(QStringLiteral("2k19")))
        out << QStringLiteral("/NetKVM/2k19/amd64/netkvmco.dll");
    return out;
}

WindowsFacts facts(int major, int minor, const char *variant, const char *name, int build = 0,
    const char *arch = "x86_64")
{
    WindowsFacts f;
    f.majorVersion = major;
    f.minorVersion = minor;
    f.productVariant = QString::fromLatin1(variant);
    f.productName = QString::fromLatin1(name);
    f.build = build;
    f.arch = QString::fromLatin1(arch);
    return f;
}

} // namespace

class TestVirtioWinLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionDirs_data()
    {
        QTest::addColumn<int>("major");
        QTest::addColumn<int>("minor");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("build");
        QTest::addColumn<QString>("dir");
        QTest::newRow("2012 R2") << 6 << 3 << "Server"
                                 << "Windows Server 2012 R2 Standard" << 9600 << "2k12R2";
        QTest::newRow("2016") << 10 << 0 << "Server"
                              << "Windows Server 2016 Datacenter" << 14393 << "2k16";
        QTest::newRow("2019") << 10 << 0 << "Server"
                              << "Windows Server 2019 Standard" << 17763 << "2k19";
        QTest::newRow("2022") << 10 << 0 << "Server"
                              << "Windows Server 2022 Standard" << 20348 << "2k22";
        QTest::newRow("2025") << 10 << 0 << "Server"
                              << "Windows Server 2025 Datacenter" << 26100 << "2k25";
        QTest::newRow("2022 core, name silent") << 10 << 0 << "Server Core"
                                                << "Windows Server Datacenter" << 20348 << "2k22";
        QTest::newRow("server build only") << 10 << 0 << "Server"
                                           << "Windows Server" << 17763 << "2k19";
        QTest::newRow("server unknown") << 10 << 0 << "Server"
                                        << "Windows Server" << 0 << "";
        QTest::newRow("10") << 10 << 0 << "Client"
                            << "Windows 10 Pro" << 19045 << "w10";
        // Windows 11 calls itself "Windows 10" in ProductName: the build says 11.
        QTest::newRow("11 by build") << 10 << 0 << "Client"
                                     << "Windows 10 Pro" << 22631 << "w11";
        QTest::newRow("11 by name") << 10 << 0 << "Client"
                                    << "Windows 11 Enterprise" << 0 << "w11";
        QTest::newRow("8.1") << 6 << 3 << "Client"
                             << "Windows 8.1 Pro" << 9600 << "";
        QTest::newRow("2008 R2") << 6 << 1 << "Server"
                                 << "Windows Server 2008 R2" << 7601 << "";
        QTest::newRow("7") << 6 << 1 << "Client"
                           << "Windows 7 Professional" << 7601 << "";
    }
    void versionDirs()
    {
        QFETCH(int, major);
        QFETCH(int, minor);
        QFETCH(QString, variant);
        QFETCH(QString, name);
        QFETCH(int, build);
        QFETCH(QString, dir);
        WindowsFacts f = facts(major, minor, "", "", build);
        f.productVariant = variant;
        f.productName = name;
        QString why;
        QCOMPARE(windowsVersionDir(f, &why), dir);
        QCOMPARE(why.isEmpty(), !dir.isEmpty());
    }

    void arches()
    {
        QCOMPARE(archDir(QStringLiteral("x86_64")), QStringLiteral("amd64"));
        QCOMPARE(archDir(QStringLiteral("i386")), QStringLiteral("x86"));
        QCOMPARE(archDir(QStringLiteral("aarch64")), QStringLiteral("ARM64"));
        QVERIFY(archDir(QStringLiteral("ppc64le")).isEmpty());
    }

    void selectsTheGuestsDirectories()
    {
        const QStringList iso = isoFiles({QStringLiteral("2k16"), QStringLiteral("2k19"),
            QStringLiteral("2k22"), QStringLiteral("w10")});
        const Selection s
            = selectDrivers(iso, facts(10, 0, "Server", "Windows Server 2019 Standard", 17763));
        QCOMPARE(s.winVersion, QStringLiteral("2k19"));
        QCOMPARE(s.arch, QStringLiteral("amd64"));
        QVERIFY(s.hasStorageDriver());
        QVERIFY(s.missing.isEmpty());
        QCOMPARE(s.drivers.size(), 4);
        QCOMPARE(s.drivers.at(0).driver, QStringLiteral("viostor"));
        QCOMPARE(s.drivers.at(0).dir, QStringLiteral("viostor/2k19/amd64"));
        // .pdb left out; no leading slash.
        QCOMPARE(s.drivers.at(0).files,
            QStringList({QStringLiteral("viostor/2k19/amd64/viostor.cat"),
                QStringLiteral("viostor/2k19/amd64/viostor.inf"),
                QStringLiteral("viostor/2k19/amd64/viostor.sys")}));
        QCOMPARE(s.drivers.at(0).sysFiles(),
            QStringList({QStringLiteral("viostor/2k19/amd64/viostor.sys")}));
        const DriverFiles *net = s.find(QStringLiteral("netkvm"));
        QVERIFY(net);
        QVERIFY(net->files.contains(QStringLiteral("NetKVM/2k19/amd64/netkvmco.dll")));
        QCOMPARE(s.guestAgent, QStringLiteral("guest-agent/qemu-ga-x86_64.msi"));
        QVERIFY(s.reason.isEmpty());
    }

    void caseInsensitiveDirectories()
    {
        const QStringList iso {QStringLiteral("VIOSTOR/2K19/AMD64/VIOSTOR.SYS"),
            QStringLiteral("./VIOSTOR/2K19/AMD64/VIOSTOR.INF")};
        const Selection s
            = selectDrivers(iso, facts(10, 0, "Server", "Windows Server 2019 Standard", 17763));
        QVERIFY(s.hasStorageDriver());
        QCOMPARE(s.drivers.size(), 1);
        QCOMPARE(s.missing.size(), 3);
        QCOMPARE(s.drivers.at(0).files.size(), 2);
    }

    void noDriverForThisWindows()
    {
        // An old ISO: nothing for Server 2019.
        const QStringList iso = isoFiles({QStringLiteral("2k12R2"), QStringLiteral("2k16")});
        const Selection s
            = selectDrivers(iso, facts(10, 0, "Server", "Windows Server 2019 Standard", 17763));
        QVERIFY(!s.hasStorageDriver());
        QVERIFY(s.drivers.isEmpty());
        QCOMPARE(s.missing, driverNames());
        QVERIFY(s.reason.contains(QLatin1String("2k19")));
    }

    void networkOnlyIsNoStorage()
    {
        const QStringList iso {QStringLiteral("NetKVM/w11/amd64/netkvm.sys"),
            QStringLiteral("viostor/w11/amd64/viostor.inf")}; // an .inf without its .sys
        const Selection s = selectDrivers(iso, facts(10, 0, "Client", "Windows 10 Pro", 22631));
        QCOMPARE(s.winVersion, QStringLiteral("w11"));
        QVERIFY(!s.hasStorageDriver());
        QVERIFY(!s.reason.isEmpty());
    }

    void unsupportedVersionOrArch()
    {
        const QStringList iso = isoFiles({QStringLiteral("w10")});
        Selection s = selectDrivers(iso, facts(6, 1, "Client", "Windows 7 Professional", 7601));
        QVERIFY(!s.hasStorageDriver());
        QVERIFY(s.reason.contains(QLatin1String("6.1")));
        s = selectDrivers(iso, facts(10, 0, "Client", "Windows 10 Pro", 19045, "ppc64le"));
        QVERIFY(!s.hasStorageDriver());
        QVERIFY(s.reason.contains(QLatin1String("ppc64le")));
        s = selectDrivers(isoFiles({QStringLiteral("w10")}, {QStringLiteral("x86")}),
            facts(10, 0, "Client", "Windows 10 Pro", 19045, "i386"));
        QVERIFY(s.hasStorageDriver());
        QCOMPARE(s.guestAgent, QStringLiteral("guest-agent/qemu-ga-i386.msi"));
    }

    void regTextRoundTrip()
    {
        using winreg::Value;
        const QList<winreg::Key> keys {{QStringLiteral("ControlSet001\\Services\\viostor"),
            {Value::ofDword(QStringLiteral("Start"), 0),
                Value::ofString(QStringLiteral("Group"), QStringLiteral("SCSI \"miniport\"")),
                Value::ofExpandString(
                    QStringLiteral("ImagePath"), QStringLiteral("system32\\drivers\\viostor.sys")),
                Value::ofMultiString(
                    QStringLiteral("Multi"), {QStringLiteral("a"), QStringLiteral("b")}),
                Value::ofBinary(QStringLiteral("Bin"), QByteArray::fromHex("00ff10"))}}};
        const QString text = winreg::regText(QStringLiteral("HKEY_LOCAL_MACHINE\\SYSTEM"), keys);
        // Every parent key before its child (hivexregedit creates only under an existing key).
        const int cs = text.indexOf(QLatin1String("[HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001]"));
        const int svc
            = text.indexOf(QLatin1String("[HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services]"));
        const int key = text.indexOf(
            QLatin1String("[HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\viostor]"));
        QVERIFY(cs > 0 && svc > cs && key > svc);
        QVERIFY(text.contains(QLatin1String("\"Start\"=dword:00000000")));
        QVERIFY(text.contains(QLatin1String("\"Group\"=\"SCSI \\\"miniport\\\"\"")));
        QVERIFY(text.contains(QLatin1String("\"ImagePath\"=hex(2):73,00,79,00")));

        // What hivexregedit --export writes back (strings as hex(1)).
        QString exported = text;
        exported.replace(QStringLiteral("[HKEY_LOCAL_MACHINE\\SYSTEM\\"), QStringLiteral("[\\"));
        exported += QStringLiteral("\"Name\"=hex(1):41,00,42,00,00,00\n\"D\"=hex(4):02,00,00,00\n");
        const QList<winreg::Key> back = winreg::parseExport(exported);
        const winreg::Key *k
            = winreg::findKey(back, QStringLiteral("controlset001\\services\\VIOSTOR"));
        QVERIFY(k);
        QCOMPARE(k->value(QStringLiteral("start"))->dword, 0u);
        QCOMPARE(k->value(QStringLiteral("Group"))->string, QStringLiteral("SCSI \"miniport\""));
        QCOMPARE(k->value(QStringLiteral("ImagePath"))->type, Value::Type::ExpandString);
        QCOMPARE(k->value(QStringLiteral("ImagePath"))->string,
            QStringLiteral("system32\\drivers\\viostor.sys"));
        QCOMPARE(k->value(QStringLiteral("Multi"))->strings,
            QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(k->value(QStringLiteral("Bin"))->binary, QByteArray::fromHex("00ff10"));
        QCOMPARE(k->value(QStringLiteral("Name"))->string, QStringLiteral("AB"));
        QCOMPARE(k->value(QStringLiteral("D"))->dword, 2u);
        QCOMPARE(winreg::controlSetName(1), QStringLiteral("ControlSet001"));
        QCOMPARE(winreg::controlSetName(12), QStringLiteral("ControlSet012"));
        QVERIFY(winreg::controlSetName(0).isEmpty());
    }

    void systemHiveEditsForDrivers()
    {
        const QList<winreg::Key> edits = systemHiveEdits(QStringLiteral("ControlSet002"),
            {QStringLiteral("viostor"), QStringLiteral("vioscsi"), QStringLiteral("NetKVM"),
                QStringLiteral("Balloon")},
            {QStringLiteral("VMTools"), QStringLiteral("vmci")}, QStringLiteral("C:\\x.ps1"));
        auto key = [&](const char *path) {
            return winreg::findKey(edits, QString::fromLatin1(path));
        };
        for (const char *path :
            {"ControlSet002\\Services\\viostor", "ControlSet002\\Services\\vioscsi"}) {
            const winreg::Key *k = key(path);
            QVERIFY(k);
            QCOMPARE(k->value(QStringLiteral("Type"))->dword, 1u);
            QCOMPARE(k->value(QStringLiteral("Start"))->dword, 0u);
            QCOMPARE(k->value(QStringLiteral("ErrorControl"))->dword, 1u);
            QCOMPARE(k->value(QStringLiteral("Group"))->string, QStringLiteral("SCSI miniport"));
        }
        QCOMPARE(key("ControlSet002\\Services\\netkvm")->value(QStringLiteral("Start"))->dword, 3u);
        QCOMPARE(
            key("ControlSet002\\Services\\balloon")->value(QStringLiteral("Start"))->dword, 3u);
        for (const char *id : {"1001", "1004", "1042", "1048"}) {
            const winreg::Key *k = winreg::findKey(edits,
                QStringLiteral(
                    "ControlSet002\\Control\\CriticalDeviceDatabase\\pci#ven_1af4&dev_%1")
                    .arg(QString::fromLatin1(id)));
            QVERIFY2(k, id);
            QCOMPARE(k->value(QStringLiteral("ClassGUID"))->string,
                QStringLiteral("{4D36E97B-E325-11CE-BFC1-08002BE10318}"));
        }
        QCOMPARE(
            key("ControlSet002\\Services\\VMTools")->value(QStringLiteral("Start"))->dword, 4u);
        QCOMPARE(key("ControlSet002\\Services\\vmci")->values.size(), 1);
        const winreg::Key *fb = key("ControlSet002\\Services\\FerryFirstBoot");
        QVERIFY(fb);
        QCOMPARE(fb->value(QStringLiteral("Start"))->dword, 2u);
        QCOMPARE(fb->value(QStringLiteral("ObjectName"))->string, QStringLiteral("LocalSystem"));
        QVERIFY(fb->value(QStringLiteral("ImagePath"))
                    ->string.contains(QLatin1String("-File \"C:\\x.ps1\"")));

        // No storage driver: no storage services, no CriticalDeviceDatabase.
        const QList<winreg::Key> none
            = systemHiveEdits(QStringLiteral("ControlSet001"), {QStringLiteral("NetKVM")}, {}, {});
        QCOMPARE(none.size(), 1);
        QCOMPARE(none.first().path, QStringLiteral("ControlSet001\\Services\\netkvm"));
    }

    void mountedDevices()
    {
        winreg::Key k;
        k.path = QStringLiteral("MountedDevices");
        k.values = {winreg::Value::ofBinary(QStringLiteral("\\DosDevices\\E:"),
                        QByteArray::fromHex("cdab3412"
                                            "0000000801000000")),
            winreg::Value::ofBinary(QStringLiteral("\\DosDevices\\C:"),
                QByteArray::fromHex("cdab3412"
                                    "0000100000000000")),
            winreg::Value::ofBinary(QStringLiteral("\\DosDevices\\F:"),
                QByteArray("DMIO:ID:") + QByteArray::fromHex("33221100554477668899aabbccddeeff")),
            winreg::Value::ofBinary(
                QStringLiteral("\\DosDevices\\D:"), QByteArray::fromRawData("\\\0?\0?\0\\\0", 8)),
            winreg::Value::ofBinary(QStringLiteral("\\??\\Volume{1234}"), QByteArray(12, '\1'))};
        const QList<DriveLetter> l = parseMountedDevices(k);
        QCOMPARE(l.size(), 4);
        QCOMPARE(l.at(0).letter, QStringLiteral("C"));
        QCOMPARE(l.at(0).kind, DriveLetter::Kind::Mbr);
        QCOMPARE(l.at(0).diskSignature, 0x1234abcdu);
        QCOMPARE(l.at(0).partitionOffset, quint64(0x100000));
        QCOMPARE(l.at(1).kind, DriveLetter::Kind::Other);
        QCOMPARE(l.at(1).raw, QStringLiteral("\\??\\"));
        QCOMPARE(l.at(2).partitionOffset, quint64(0x108000000));
        QCOMPARE(l.at(3).kind, DriveLetter::Kind::Gpt);
        QCOMPARE(l.at(3).partitionGuid, QStringLiteral("{00112233-4455-6677-8899-aabbccddeeff}"));
    }

    void firstBootScriptData()
    {
        NicIdentity a {QStringLiteral("00:50:56:aa:bb:cc"), QStringLiteral("Ethernet0"), {},
            QStringLiteral("192.0.2.10/24"), QStringLiteral("192.0.2.1"),
            {QStringLiteral("192.0.2.53")}};
        NicIdentity b {QStringLiteral("00:50:56:aa:bb:dd"), {}, {}, {}, {}, {}};
        DriveLetter e;
        e.letter = QStringLiteral("E");
        e.kind = DriveLetter::Kind::Mbr;
        e.diskSignature = 0x1234abcd;
        e.partitionOffset = 0x8000000;
        const QString s = firstBootScript(
            {a, b}, {e}, QStringLiteral("qemu-ga-x86_64.msi"), QStringLiteral("2026-12-07"));
        QVERIFY(s.contains(
            QLatin1String("@{ Index = 0; Mac = '00-50-56-AA-BB-CC'; Ipv4 = '192.0.2.10/24'; "
                          "Gateway = '192.0.2.1'; Dns = @('192.0.2.53') }")));
        QVERIFY(s.contains(QLatin1String(
            "@{ Index = 1; Mac = '00-50-56-AA-BB-DD'; Ipv4 = ''; Gateway = ''; Dns = @() }")));
        QVERIFY(s.contains(QLatin1String(
            "Letter = 'E'; Signature = [uint32]305441741; Offset = [uint64]134217728")));
        QVERIFY(s.contains(QLatin1String("$agent = 'qemu-ga-x86_64.msi'")));
        QVERIFY(s.contains(QLatin1String("sc.exe delete FerryFirstBoot")));
        for (QChar c : s)
            QVERIFY(c.unicode() < 128); // PowerShell 5 reads a file without BOM as ANSI
    }
};

QTEST_GUILESS_MAIN(TestVirtioWinLayout)
#include "test_virtiowinlayout.moc"
