#include "common/processrun.h"
#include "convert/cowoverlay.h"
#include "convert/linuxconverter.h"

#include <QtTest>

#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace ferry;
using namespace ferry::convert;
using ferry::test::ProcessRun;
using ferry::test::runProcess;

// Proof that a converted guest boots (issue 16, docs/conversion.md): the lab's real Debian 12
// guest, built as a VMware guest by tests/lab/guest/build-debian-guest (cached), boots on
// Incus-like hardware (tests/lab/guest/boot-incus-like: q35, virtio-scsi, virtio-net, SeaBIOS or
// OVMF, TCG, NIC on an isolated hub) only after LinuxConverter ran against a copy-on-write
// overlay of it. Missing tools fail the test; FERRY_LAB_PARTIAL=1 skips instead.
class TestGuestConversion final : public QObject
{
    Q_OBJECT

    static constexpr const char *kMac
        = "00:50:56:a0:00:10"; // the guest's NIC, as the inventory has it

    QString script(const char *name) const
    {
        return qEnvironmentVariable("FERRY_TEST_SOURCE_DIR") + QStringLiteral("/tests/lab/guest/")
            + QLatin1String(name);
    }

    // Fails (or skips with FERRY_LAB_PARTIAL=1) when a tool is missing; false then.
    bool haveTools()
    {
        QStringList missing;
        for (const char *tool :
            {"mmdebstrap", "guestfish", "nbdkit", "nbdcopy", "qemu-system-x86_64"})
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                missing.append(QLatin1String(tool));
        if (!QFile::exists(QStringLiteral("/usr/share/OVMF/OVMF_CODE_4M.fd")))
            missing.append(QStringLiteral("ovmf"));
        if (missing.isEmpty())
            return true;
        const QString what = QStringLiteral("missing: %1 (tests/lab/packages.txt, scripts/setup)")
                                 .arg(missing.join(QStringLiteral(", ")));
        if (qEnvironmentVariable("FERRY_LAB_PARTIAL") == QLatin1String("1"))
            QTest::qSkip(qPrintable(what + QStringLiteral("; skipped, FERRY_LAB_PARTIAL=1")),
                __FILE__, __LINE__);
        else
            QTest::qFail(qPrintable(what + QStringLiteral("; FERRY_LAB_PARTIAL=1 skips instead")),
                __FILE__, __LINE__);
        return false;
    }

    // The guest's disk (built once, then cached): its path, or empty after a failure.
    QString guest(const QString &variant)
    {
        const ProcessRun run
            = runProcess(script("build-debian-guest"), {variant}, {}, {}, 3600 * 1000);
        qInfo().noquote() << run.err.trimmed();
        if (run.exitCode != 0) {
            QTest::qFail(
                qPrintable(
                    QStringLiteral("build-debian-guest %1 failed: %2").arg(variant, run.all())),
                __FILE__, __LINE__);
            return {};
        }
        return run.out.trimmed();
    }

    static ProcessRun boot(
        const QString &disk, const QString &firmware, const QStringList &extra = {})
    {
        const ProcessRun run = runProcess(QStringLiteral("%1/tests/lab/guest/boot-incus-like")
                                              .arg(qEnvironmentVariable("FERRY_TEST_SOURCE_DIR")),
            QStringList {QStringLiteral("--firmware"), firmware, QStringLiteral("--mac"),
                QLatin1String(kMac)}
                + extra + QStringList {disk},
            {}, {}, 900 * 1000);
        qInfo().noquote() << "boot" << firmware << disk << ":" << run.out.trimmed();
        return run;
    }

    static QByteArray sha256(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&f);
        return h.result().toHex();
    }

    static QProcessEnvironment guestfsEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LIBGUESTFS_BACKEND"), QStringLiteral("direct"));
        // /dev/kvm on these machines does not boot the appliance's kernel (lab notes).
        env.insert(QStringLiteral("LIBGUESTFS_BACKEND_SETTINGS"), QStringLiteral("force_tcg"));
        return env;
    }

private Q_SLOTS:
    void variants_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("bios") << QStringLiteral("bios");
        QTest::newRow("uefi") << QStringLiteral("uefi");
    }

    // (a) The guest builds (or is reused from the cache).
    void guestBuilds_data() { variants_data(); }
    void guestBuilds()
    {
        QFETCH(QString, variant);
        if (!haveTools())
            return;
        const QString disk = guest(variant);
        QVERIFY(!disk.isEmpty());
        QCOMPARE(QFileInfo(disk).size(), qint64(3) << 30);
    }

    // (b) Unconverted, the guest does not boot on Incus-like hardware: the test discriminates.
    void unconvertedBootFails_data() { variants_data(); }
    void unconvertedBootFails()
    {
        QFETCH(QString, variant);
        if (!haveTools())
            return;
        const QString disk = guest(variant);
        QVERIFY(!disk.isEmpty());
        const ProcessRun run = boot(disk, variant, {QStringLiteral("--snapshot")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("boot: failed")), qPrintable(run.all()));
    }

    // (c, d) Converted through a copy-on-write overlay (the base never written), the merged disk
    // boots to multi-user with the guest's address on its NIC, pinned to its VMware name.
    void convertedBoots_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("targetName"); // empty: the old name is pinned to the MAC
        QTest::addColumn<QString>("expectIf");
        QTest::newRow("bios") << QStringLiteral("bios") << QString() << QStringLiteral("ens192");
        QTest::newRow("uefi") << QStringLiteral("uefi") << QString() << QStringLiteral("ens192");
        QTest::newRow("bios, renamed to enp5s0")
            << QStringLiteral("bios") << QStringLiteral("enp5s0") << QStringLiteral("enp5s0");
    }
    void convertedBoots()
    {
        QFETCH(QString, variant);
        QFETCH(QString, targetName);
        QFETCH(QString, expectIf);
        if (!haveTools())
            return;
        const QString disk = guest(variant);
        QVERIFY(!disk.isEmpty());
        const QByteArray before = sha256(disk);
        QVERIFY(!before.isEmpty());

        CowOverlay overlay;
        const Status started = overlay.startOverFile(disk);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));

        ConversionRequest request;
        request.disks = {DiskEndpoint::fromNbdSocket(overlay.socketPath())};
        request.nics = {{QLatin1String(kMac), QStringLiteral("ens192"), targetName}};
        LinuxConverter converter(request);
        converter.setEnvironment(guestfsEnvironment());
        const auto result = converter.run();
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        const qint64 overlayBytes = overlay.overlayBytes();
        qInfo().noquote() << QStringLiteral(
            "conversion (%1): %2 s (appliance %3 s), overlay %4 bytes")
                                 .arg(variant)
                                 .arg(result->seconds, 0, 'f', 1)
                                 .arg(result->launchSeconds, 0, 'f', 1)
                                 .arg(overlayBytes);
        for (const ConversionStep &step : result->steps)
            qInfo().noquote() << "  " << step.name
                              << QStringLiteral("(%1 s):").arg(step.seconds, 0, 'f', 1)
                              << step.detail;
        for (const QString &w : result->warnings)
            qInfo().noquote() << "   warning:" << w;
        QCOMPARE(result->outcome, ConversionResult::Outcome::Converted);
        QCOMPARE(result->os.type, QStringLiteral("linux"));
        QCOMPARE(result->os.distro, QStringLiteral("debian"));
        QCOMPARE(result->os.majorVersion, 12);
        QCOMPARE(result->os.uefi, variant == QLatin1String("uefi"));
        for (const char *step :
            {"inspect", "remove-vmware-tools", "fstab-uuids", "initramfs-virtio", "conversion-log"})
            QVERIFY2(result->hasStep(QLatin1String(step)), step);
        QCOMPARE(result->hasStep(QStringLiteral("pin-nic-names")), targetName.isEmpty());
        QCOMPARE(result->hasStep(QStringLiteral("rename-nic-config")), !targetName.isEmpty());
        QCOMPARE(result->hasStep(QStringLiteral("efi-fallback")), variant == QLatin1String("uefi"));
        QVERIFY(overlayBytes > 0);
        QVERIFY(overlayBytes < (qint64(1) << 30));

        // The merged disk, as the data path would stream it to the target.
        QTemporaryDir out(QStringLiteral("/var/tmp/ferry-boot-XXXXXX"));
        QVERIFY(out.isValid());
        const QString merged = out.filePath(QStringLiteral("converted.raw"));
        const ProcessRun copy
            = runProcess(QStringLiteral("nbdcopy"), {overlay.nbdUri(), merged}, {}, {}, 900 * 1000);
        QVERIFY2(copy.exitCode == 0, qPrintable(copy.all()));
        qInfo().noquote() << "nbdcopy of the merged disk:" << copy.ms << "ms";
        QVERIFY(overlay.stop());
        QCOMPARE(sha256(disk), before); // the source disk was never written

        // The merged disk holds the conversion's log (read-only, before it boots).
        const ProcessRun log = runProcess(QStringLiteral("guestfish"),
            {QStringLiteral("--ro"), QStringLiteral("--format=raw"), QStringLiteral("-a"), merged,
                QStringLiteral("-i"), QStringLiteral("cat"),
                QStringLiteral("/var/log/ferry-conversion.log")},
            {}, guestfsEnvironment(), 600 * 1000);
        QVERIFY2(log.exitCode == 0, qPrintable(log.all()));
        qInfo().noquote() << "/var/log/ferry-conversion.log:" << log.out.trimmed();
        QVERIFY2(log.out.contains(QStringLiteral("operating system: linux debian 12.")),
            qPrintable(log.out));
        QVERIFY2(log.out.contains(QStringLiteral("initramfs-virtio: ")), qPrintable(log.out));

        const ProcessRun run = boot(merged, variant, {QStringLiteral("--expect-if"), expectIf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(run.out.contains(QStringLiteral("if=%1 addr=192.0.2.10/24").arg(expectIf)),
            qPrintable(run.out));
        QVERIFY2(!run.out.contains(QStringLiteral("open-vm-tools=installed")), qPrintable(run.out));
    }

    // A disk without an operating system is not an error: it migrates unconverted.
    void noOperatingSystem()
    {
        if (!haveTools())
            return;
        QTemporaryDir dir(QStringLiteral("/var/tmp/ferry-boot-XXXXXX"));
        QVERIFY(dir.isValid());
        const QString blank = dir.filePath(QStringLiteral("blank.raw"));
        QFile f(blank);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(64) << 20));
        f.close();
        CowOverlay overlay;
        QVERIFY(overlay.startOverFile(blank));
        ConversionRequest request;
        request.disks = {DiskEndpoint::fromNbdSocket(overlay.socketPath())};
        LinuxConverter converter(request);
        converter.setEnvironment(guestfsEnvironment());
        const auto result = converter.run();
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->outcome, ConversionResult::Outcome::NoOperatingSystem);
        QVERIFY(result->steps.isEmpty());
        QCOMPARE(result->warnings.size(), 1);
    }
};

int main(int argc, char **argv)
{
    // A boot under TCG takes minutes: QtTest's watchdog (5 minutes a function by default) would
    // abort a healthy run. CTest's TIMEOUT still bounds the whole test.
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "3600000");
    QCoreApplication app(argc, argv);
    TestGuestConversion test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "test_guestconversion.moc"
