// WindowsConverter against a fake Windows (docs/conversion.md, "Windows"): an NTFS disk holding
// real registry hives (tests/fixtures/windows: a regf file made from nothing, filled with
// hivexregedit) that libguestfs inspects as Windows Server 2019, and virtio-win ISOs built with
// xorriso in the real layout with dummy files. The converted disk is read back with guestfish and
// its hives with hivexregedit. No network; libguestfs under TCG (about 3 minutes in all).
// Not proven here: that Windows boots with these edits (no Windows image on these machines).
#include "convert/guestconverter.h"
#include "convert/windowsconverter.h"
#include "convert/windowsregistry.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::convert;

namespace {

QProcessEnvironment guestfsEnv()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // /dev/kvm on these machines does not boot the appliance's kernel (lab notes).
    env.insert(QStringLiteral("LIBGUESTFS_BACKEND_SETTINGS"), QStringLiteral("force_tcg"));
    return env;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestWindowsConverter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_fixtures;

    // A copy of the fixture's disk (sparse) for one conversion.
    QString diskCopy(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QProcess cp;
        cp.start(QStringLiteral("cp"),
            {QStringLiteral("--sparse=always"), m_fixtures + QStringLiteral("/disk.img"), path});
        cp.waitForFinished(120000);
        return cp.exitCode() == 0 ? path : QString();
    }

    winreg::Key exportKey(const QString &hive, const QString &key)
    {
        QProcess p;
        p.start(QStringLiteral("hivexregedit"), {QStringLiteral("--export"), hive, key});
        p.waitForFinished(60000);
        const QList<winreg::Key> keys
            = winreg::parseExport(QString::fromUtf8(p.readAllStandardOutput()));
        const winreg::Key *k = winreg::findKey(keys, key.mid(1));
        return k ? *k : winreg::Key {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *tool : {"guestfish", "hivexregedit", "xorriso", "python3"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed (scripts/setup)")
                                     .arg(QString::fromLatin1(tool))));
        }
        QVERIFY(m_dir.isValid());
        m_fixtures = m_dir.filePath(QStringLiteral("fixtures"));
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.setProcessEnvironment(guestfsEnv());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(qEnvironmentVariable("FERRY_TEST_SOURCE_DIR")
                + QStringLiteral("/tests/fixtures/windows/make_guest.sh"),
            {m_fixtures});
        QVERIFY(p.waitForFinished(600000));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());
        qInfo("fixtures (hives, NTFS disk, ISOs) built in %.1f s", double(t.elapsed()) / 1000);
    }

    // Server 2019 with the full ISO: drivers copied, hive edited, VMware off, first boot set up.
    void convertsServer2019()
    {
        const QString disk = diskCopy(QStringLiteral("converted.img"));
        QVERIFY(!disk.isEmpty());
        ConversionRequest request;
        request.disks << DiskEndpoint::fromFile(disk);
        request.virtioWinIso = m_fixtures + QStringLiteral("/virtio-win.iso");
        request.nics = {NicIdentity {QStringLiteral("00:50:56:aa:bb:cc"),
                            QStringLiteral("Ethernet0"), {}, QStringLiteral("192.0.2.10/24"),
                            QStringLiteral("192.0.2.1"), {QStringLiteral("192.0.2.53")}},
            NicIdentity {QStringLiteral("00:50:56:aa:bb:dd"), {}, {}, {}, {}, {}}};
        WindowsConverter converter(request);
        converter.setEnvironment(guestfsEnv());
        QElapsedTimer t;
        t.start();
        auto result = converter.run();
        QVERIFY2(result, result ? "" : qPrintable(result.error().toString()));
        qInfo("converted in %.1f s (appliance %.1f s)", double(t.elapsed()) / 1000,
            result->launchSeconds);
        for (const ConversionStep &s : std::as_const(result->steps))
            qInfo("step %s: %s", qPrintable(s.name), qPrintable(s.detail));
        QCOMPARE(result->outcome, ConversionResult::Outcome::Converted);
        QCOMPARE(result->os.type, QStringLiteral("windows"));
        QCOMPARE(result->os.majorVersion, 10);
        QCOMPARE(result->os.minorVersion, 0);
        QCOMPARE(result->os.productName, QStringLiteral("Windows Server 2019 Standard"));
        QCOMPARE(result->os.productVariant, QStringLiteral("Server"));
        QCOMPARE(result->os.arch, QStringLiteral("x86_64"));
        QCOMPARE(result->os.systemRoot, QStringLiteral("/Windows"));
        QCOMPARE(result->os.build, 17763);
        QVERIFY(!result->rootOnNvme);
        QVERIFY2(result->warnings.isEmpty(), qPrintable(result->warnings.join(QLatin1Char('\n'))));
        for (const char *step : {"inspect", "virtio-win-drivers", "registry-services",
                 "vmware-tools-disabled", "firstboot-script", "conversion-log"})
            QVERIFY2(result->hasStep(QString::fromLatin1(step)), step);

        // Read the disk back.
        const QString out = m_dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        QProcess gf;
        gf.setProcessEnvironment(guestfsEnv());
        gf.start(QStringLiteral("guestfish"),
            {QStringLiteral("--ro"), QStringLiteral("-a"), disk, QStringLiteral("-m"),
                QStringLiteral("/dev/sda1"), QStringLiteral("--"), QStringLiteral("copy-out"),
                QStringLiteral("/Windows/System32"), out, QStringLiteral(":"),
                QStringLiteral("copy-out"), QStringLiteral("/Windows/Drivers"), out,
                QStringLiteral(":"), QStringLiteral("copy-out"), QStringLiteral("/Windows/Temp"),
                out});
        QVERIFY(gf.waitForFinished(600000));
        QVERIFY2(gf.exitCode() == 0, gf.readAllStandardError().constData());

        // .sys in System32\drivers, the right version's (the dummy files name their path).
        for (const char *d : {"viostor", "vioscsi", "netkvm", "balloon"}) {
            const QString sys = readText(
                out + QStringLiteral("/System32/drivers/%1.sys").arg(QString::fromLatin1(d)));
            QVERIFY2(sys.contains(QStringLiteral("/2k19/amd64/%1.sys").arg(QString::fromLatin1(d))),
                qPrintable(sys));
        }
        // The staging directory: .inf/.cat/.sys per driver, the guest agent, the script.
        for (const char *f : {"viostor/viostor.inf", "viostor/viostor.cat", "viostor/viostor.sys",
                 "vioscsi/vioscsi.inf", "NetKVM/netkvm.inf", "NetKVM/netkvm.cat",
                 "Balloon/balloon.inf", "qemu-ga-x86_64.msi"})
            QVERIFY2(
                QFile::exists(out + QStringLiteral("/Drivers/VirtIO/") + QString::fromLatin1(f)),
                f);
        QVERIFY(readText(out + QStringLiteral("/Drivers/VirtIO/viostor/viostor.inf"))
                    .contains(QLatin1String("viostor/2k19/amd64/viostor.inf")));
        const QString script
            = readText(out + QStringLiteral("/Drivers/VirtIO/ferry-firstboot.ps1"));
        QVERIFY(
            script.contains(QLatin1String("Mac = '00-50-56-AA-BB-CC'; Ipv4 = '192.0.2.10/24'")));
        QVERIFY(script.contains(QLatin1String("Mac = '00-50-56-AA-BB-DD'; Ipv4 = ''")));
        // MountedDevices of the fixture: C: and E: on disk 0x1234abcd (305441741).
        QVERIFY(script.contains(QLatin1String(
            "Letter = 'E'; Signature = [uint32]305441741; Offset = [uint64]134217728")));
        QVERIFY(script.contains(QLatin1String("\r\n")));
        const QString log = readText(out + QStringLiteral("/Temp/ferry-conversion.log"));
        QVERIFY(log.contains(QLatin1String("registry-services: ControlSet001")));
        QVERIFY(log.contains(QLatin1String("vmware-tools-disabled")));

        // The SYSTEM hive: every value set, in the current control set.
        const QString hive = out + QStringLiteral("/System32/config/SYSTEM");
        for (const char *svc : {"viostor", "vioscsi"}) {
            const winreg::Key k = exportKey(hive,
                QStringLiteral("\\ControlSet001\\Services\\%1").arg(QString::fromLatin1(svc)));
            QVERIFY2(!k.values.isEmpty(), svc);
            QCOMPARE(k.value(QStringLiteral("Type"))->dword, 1u);
            QCOMPARE(k.value(QStringLiteral("Start"))->dword, 0u);
            QCOMPARE(k.value(QStringLiteral("ErrorControl"))->dword, 1u);
            QCOMPARE(k.value(QStringLiteral("Group"))->string, QStringLiteral("SCSI miniport"));
            QCOMPARE(k.value(QStringLiteral("ImagePath"))->type, winreg::Value::Type::ExpandString);
            QCOMPARE(k.value(QStringLiteral("ImagePath"))->string,
                QStringLiteral("system32\\drivers\\%1.sys").arg(QString::fromLatin1(svc)));
        }
        for (const char *svc : {"netkvm", "balloon"}) {
            const winreg::Key k = exportKey(hive,
                QStringLiteral("\\ControlSet001\\Services\\%1").arg(QString::fromLatin1(svc)));
            QCOMPARE(k.value(QStringLiteral("Start"))->dword, 3u);
            QCOMPARE(k.value(QStringLiteral("Type"))->dword, 1u);
        }
        const QList<QPair<const char *, const char *>> cddb {
            {"1001", "viostor"}, {"1042", "viostor"}, {"1004", "vioscsi"}, {"1048", "vioscsi"}};
        for (const auto &[id, svc] : cddb) {
            const winreg::Key k = exportKey(hive,
                QStringLiteral(
                    "\\ControlSet001\\Control\\CriticalDeviceDatabase\\pci#ven_1af4&dev_%1")
                    .arg(QString::fromLatin1(id)));
            QVERIFY2(k.value(QStringLiteral("Service")), id);
            QCOMPARE(k.value(QStringLiteral("Service"))->string, QString::fromLatin1(svc));
            QCOMPARE(k.value(QStringLiteral("ClassGUID"))->string,
                QStringLiteral("{4D36E97B-E325-11CE-BFC1-08002BE10318}"));
        }
        for (const char *svc :
            {"VMTools", "vmci", "vm3dservice", "vmvss", "VGAuthService", "vmhgfs"}) {
            const winreg::Key k = exportKey(hive,
                QStringLiteral("\\ControlSet001\\Services\\%1").arg(QString::fromLatin1(svc)));
            QVERIFY2(k.value(QStringLiteral("Start")), svc);
            QCOMPARE(k.value(QStringLiteral("Start"))->dword, 4u);
        }
        // Left alone: other services, and keys the conversion does not name.
        QCOMPARE(exportKey(hive, QStringLiteral("\\ControlSet001\\Services\\LanmanServer"))
                     .value(QStringLiteral("Start"))
                     ->dword,
            2u);
        QVERIFY(exportKey(hive, QStringLiteral("\\ControlSet001\\Services\\VMTools"))
                    .value(QStringLiteral("ImagePath")));
        QVERIFY(
            exportKey(hive, QStringLiteral("\\ControlSet001\\Services\\vmmouse")).values.isEmpty());
        QVERIFY(
            exportKey(hive, QStringLiteral("\\ControlSet002\\Services\\viostor")).values.isEmpty());
        const winreg::Key fb
            = exportKey(hive, QStringLiteral("\\ControlSet001\\Services\\FerryFirstBoot"));
        QCOMPARE(fb.value(QStringLiteral("Start"))->dword, 2u);
        QCOMPARE(fb.value(QStringLiteral("Type"))->dword, 0x10u);
        QCOMPARE(fb.value(QStringLiteral("ObjectName"))->string, QStringLiteral("LocalSystem"));
        QVERIFY(fb.value(QStringLiteral("ImagePath"))
                    ->string.contains(QLatin1String(
                        "-File \"%SystemRoot%\\Drivers\\VirtIO\\ferry-firstboot.ps1\"")));
    }

    // An ISO without drivers for Server 2019: converted with a warning, the root on NVMe. Run
    // through convertGuest() with the inventory's guess "not Windows": the Linux conversion's
    // inspection hands over to the Windows one.
    void noDriverMeansNvme()
    {
        const QString disk = diskCopy(QStringLiteral("old-iso.img"));
        ConversionRequest request;
        request.disks << DiskEndpoint::fromFile(disk);
        request.virtioWinIso = m_fixtures + QStringLiteral("/virtio-win-old.iso");
        QElapsedTimer t;
        t.start();
        auto result = convertGuest(request, guestfsEnv(), nullptr, false);
        QVERIFY2(result, result ? "" : qPrintable(result.error().toString()));
        qInfo("dispatched and converted in %.1f s", double(t.elapsed()) / 1000);
        QCOMPARE(result->outcome, ConversionResult::Outcome::Converted);
        QCOMPARE(result->os.type, QStringLiteral("windows"));
        QVERIFY(result->rootOnNvme);
        QVERIFY2(result->rootOnNvmeReason.contains(QLatin1String("2k19")),
            qPrintable(result->rootOnNvmeReason));
        QVERIFY(!result->warnings.isEmpty());
        QVERIFY(result->warnings.first().contains(QLatin1String("io.bus=nvme")));
        QVERIFY(result->hasStep(QStringLiteral("vmware-tools-disabled")));
        QVERIFY(result->hasStep(QStringLiteral("firstboot-script")));
    }

    void bitLockerIsRefused()
    {
        ConversionRequest request;
        request.disks << DiskEndpoint::fromFile(m_fixtures + QStringLiteral("/bitlocker.img"));
        request.virtioWinIso = m_fixtures + QStringLiteral("/virtio-win.iso");
        WindowsConverter converter(request);
        converter.setEnvironment(guestfsEnv());
        auto result = converter.run();
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Unsupported);
        QVERIFY2(result.error().message.contains(QLatin1String("BitLocker")),
            qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestWindowsConverter)
#include "test_windowsconverter.moc"
