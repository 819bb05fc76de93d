#include "convert/conversiontypes.h"
#include "convert/guestfishsession.h"
#include "convert/linuxconfig.h"

#include <QtTest>

using namespace ferry;
using namespace ferry::convert;

// The text the Linux conversion writes into a guest and the parsing of guestfish's answers
// (docs/conversion.md). Expected texts are written out here, as they must land in the guest.
class TestLinuxConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void udevRules()
    {
        auto text = linuxconfig::udevNameRules(
            {{QStringLiteral("00:50:56:A0:00:10"), QStringLiteral("ens192")},
                {QStringLiteral("00-50-56-a0-00-11"), QStringLiteral("ens224")}});
        QVERIFY(text);
        QCOMPARE(*text,
            QStringLiteral(
                "# Written by Ferry's conversion: each interface keeps the name it had on VMware.\n"
                "SUBSYSTEM==\"net\", ACTION==\"add\", DRIVERS==\"?*\", "
                "ATTR{address}==\"00:50:56:a0:00:10\", NAME=\"ens192\"\n"
                "SUBSYSTEM==\"net\", ACTION==\"add\", DRIVERS==\"?*\", "
                "ATTR{address}==\"00:50:56:a0:00:11\", NAME=\"ens224\"\n"));
    }

    void udevRulesRefuseBadInput_data()
    {
        QTest::addColumn<QString>("mac");
        QTest::addColumn<QString>("name");
        QTest::newRow("short mac") << QStringLiteral("00:50:56:a0:00") << QStringLiteral("ens192");
        QTest::newRow("quote in mac")
            << QStringLiteral("00:50:56:a0:00:1\"") << QStringLiteral("eth0");
        QTest::newRow("quote in name")
            << QStringLiteral("00:50:56:a0:00:10") << QStringLiteral("e\"th0");
        QTest::newRow("long name")
            << QStringLiteral("00:50:56:a0:00:10") << QStringLiteral("abcdefghijklmnop");
        QTest::newRow("empty name") << QStringLiteral("00:50:56:a0:00:10") << QString();
        QTest::newRow("slash") << QStringLiteral("00:50:56:a0:00:10") << QStringLiteral("a/b");
    }

    void udevRulesRefuseBadInput()
    {
        QFETCH(QString, mac);
        QFETCH(QString, name);
        auto text = linuxconfig::udevNameRules({{mac, name}});
        QVERIFY(!text);
        QCOMPARE(text.error().code, Error::Code::InvalidInput);
    }

    void udevRulesSkipRenamedNics()
    {
        auto text
            = linuxconfig::udevNameRules({{QStringLiteral("00:50:56:a0:00:10"),
                                              QStringLiteral("ens192"), QStringLiteral("enp5s0")},
                {QStringLiteral("00:50:56:a0:00:11"), QStringLiteral("ens224")}});
        QVERIFY(text);
        QCOMPARE(*text,
            QStringLiteral(
                "# Written by Ferry's conversion: each interface keeps the name it had on VMware.\n"
                "SUBSYSTEM==\"net\", ACTION==\"add\", DRIVERS==\"?*\", "
                "ATTR{address}==\"00:50:56:a0:00:11\", NAME=\"ens224\"\n"));
        auto bad = linuxconfig::udevNameRules({{QStringLiteral("00:50:56:a0:00:10"),
            QStringLiteral("ens192"), QStringLiteral("enp5s0\"; x")}});
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, Error::Code::InvalidInput);
    }

    void renameInterfaces()
    {
        const QString in = QStringLiteral("source /etc/network/interfaces.d/*\n"
                                          "auto lo\niface lo inet loopback\n"
                                          "auto ens192\n"
                                          "iface ens192 inet static\n"
                                          "    address 192.0.2.10/24\n"
                                          "auto ens192:1\niface ens192:1 inet static\n"
                                          "auto ens192.100\n"
                                          "auto ens1920\nallow-hotplug xens192\n"
                                          "    bridge_ports ens192 ens224\n");
        bool changed = false;
        const QString out = linuxconfig::renameInterfaces(
            in, {{QStringLiteral("ens192"), QStringLiteral("enp5s0")}}, &changed);
        QVERIFY(changed);
        QCOMPARE(out,
            QStringLiteral("source /etc/network/interfaces.d/*\n"
                           "auto lo\niface lo inet loopback\n"
                           "auto enp5s0\n"
                           "iface enp5s0 inet static\n"
                           "    address 192.0.2.10/24\n"
                           "auto enp5s0:1\niface enp5s0:1 inet static\n"
                           "auto enp5s0.100\n"
                           "auto ens1920\nallow-hotplug xens192\n"
                           "    bridge_ports enp5s0 ens224\n"));
        changed = true;
        QCOMPARE(linuxconfig::renameInterfaces(
                     out, {{QStringLiteral("ens192"), QStringLiteral("enp5s0")}}, &changed),
            out);
        QVERIFY(!changed);
    }

    void applianceDevice_data()
    {
        QTest::addColumn<QString>("guest");
        QTest::addColumn<QString>("appliance");
        QTest::newRow("sda1") << QStringLiteral("/dev/sda1") << QStringLiteral("/dev/sda1");
        QTest::newRow("whole sdb") << QStringLiteral("/dev/sdb") << QStringLiteral("/dev/sdb");
        QTest::newRow("hda2") << QStringLiteral("/dev/hda2") << QStringLiteral("/dev/sda2");
        QTest::newRow("vdc3") << QStringLiteral("/dev/vdc3") << QStringLiteral("/dev/sdc3");
        QTest::newRow("xvda1") << QStringLiteral("/dev/xvda1") << QStringLiteral("/dev/sda1");
        QTest::newRow("by-path second disk")
            << QStringLiteral("/dev/disk/by-path/pci-0000:03:00.0-scsi-0:0:1:0-part2")
            << QStringLiteral("/dev/sdb2");
        QTest::newRow("by-path whole disk")
            << QStringLiteral("/dev/disk/by-path/pci-0000:03:00.0-scsi-0:0:0:0")
            << QStringLiteral("/dev/sda");
        QTest::newRow("uuid") << QStringLiteral("UUID=1234") << QString();
        QTest::newRow("mapper") << QStringLiteral("/dev/mapper/vg-root") << QString();
        QTest::newRow("tmpfs") << QStringLiteral("tmpfs") << QString();
        QTest::newRow("sda1x") << QStringLiteral("/dev/sda1x") << QString();
    }

    void applianceDevice()
    {
        QFETCH(QString, guest);
        QFETCH(QString, appliance);
        QCOMPARE(linuxconfig::applianceDevice(guest), appliance);
    }

    void fstab()
    {
        const QString in = QStringLiteral(
            "# /etc/fstab: static file system information.\n"
            "/dev/sda2 / ext4 errors=remount-ro 0 1\n"
            "  /dev/sda1\t/boot/efi vfat umask=0077 0 1\n"
            "UUID=aaaa /srv xfs defaults 0 2\n"
            "/dev/disk/by-path/pci-0000:03:00.0-scsi-0:0:1:0-part1 /data ext4 defaults 0 2\n"
            "/dev/sdc1 none swap sw 0 0\n"
            "tmpfs /tmp tmpfs defaults 0 0\n");
        const QHash<QString, QString> uuids {
            {QStringLiteral("/dev/sda1"), QStringLiteral("8C1B-1D2E")},
            {QStringLiteral("/dev/sda2"), QStringLiteral("5f1c0c1e-0000-4000-8000-000000000002")},
            {QStringLiteral("/dev/sdb1"), QStringLiteral("5f1c0c1e-0000-4000-8000-000000000003")},
        };
        const auto out = linuxconfig::rewriteFstab(in, uuids);
        QCOMPARE(out.text,
            QStringLiteral(
                "# /etc/fstab: static file system information.\n"
                "UUID=5f1c0c1e-0000-4000-8000-000000000002 / ext4 errors=remount-ro 0 1\n"
                "  UUID=8C1B-1D2E\t/boot/efi vfat umask=0077 0 1\n"
                "UUID=aaaa /srv xfs defaults 0 2\n"
                "UUID=5f1c0c1e-0000-4000-8000-000000000003 /data ext4 defaults 0 2\n"
                "/dev/sdc1 none swap sw 0 0\n"
                "tmpfs /tmp tmpfs defaults 0 0\n"));
        QCOMPARE(out.changes,
            QStringList({QStringLiteral("/dev/sda2 -> UUID=5f1c0c1e-0000-4000-8000-000000000002"),
                QStringLiteral("/dev/sda1 -> UUID=8C1B-1D2E"),
                QStringLiteral("/dev/disk/by-path/pci-0000:03:00.0-scsi-0:0:1:0-part1 -> "
                               "UUID=5f1c0c1e-0000-4000-8000-000000000003")}));
        QCOMPARE(out.unresolved, QStringList({QStringLiteral("/dev/sdc1")}));
    }

    void fstabUnchanged()
    {
        const QString in = QStringLiteral("UUID=aaaa / ext4 defaults 0 1\n");
        const auto out = linuxconfig::rewriteFstab(in, {});
        QCOMPARE(out.text, in);
        QVERIFY(out.changes.isEmpty());
        QVERIFY(out.unresolved.isEmpty());
    }

    void modules()
    {
        const QString in = QStringLiteral("# List of modules\nvmw_pvscsi\nvirtio-scsi\nahci\n");
        QStringList added;
        const QString out
            = linuxconfig::ensureModulesListed(in, linuxconfig::virtioModules(), &added);
        QCOMPARE(out,
            QStringLiteral("# List of modules\nvmw_pvscsi\nvirtio-scsi\nahci\n"
                           "# Added by Ferry's conversion: the disk and NIC of an Incus/LXD VM\n"
                           "virtio_pci\nvirtio_blk\nvirtio_net\n"));
        QCOMPARE(added,
            QStringList({QStringLiteral("virtio_pci"), QStringLiteral("virtio_blk"),
                QStringLiteral("virtio_net")}));
        // A second run adds nothing.
        QStringList again;
        QCOMPARE(linuxconfig::ensureModulesListed(out, linuxconfig::virtioModules(), &again), out);
        QVERIFY(again.isEmpty());
        // No trailing newline, no file.
        QCOMPARE(linuxconfig::ensureModulesListed(
                     QStringLiteral("ahci"), {QStringLiteral("virtio_net")}),
            QStringLiteral(
                "ahci\n# Added by Ferry's conversion: the disk and NIC of an Incus/LXD VM\n"
                "virtio_net\n"));
    }

    void dracut()
    {
        QCOMPARE(linuxconfig::dracutConf(linuxconfig::virtioModules()),
            QStringLiteral("# Added by Ferry's conversion: the disk and NIC of an Incus/LXD VM\n"
                           "add_drivers+=\" virtio_pci virtio_scsi virtio_blk virtio_net \"\n"));
    }

    void mountpoints()
    {
        const auto m = linuxconfig::parseMountpoints(
            QStringLiteral("/boot/efi: /dev/sda1\n/: /dev/sda2\n/var: /dev/sdb1\n\n"));
        QCOMPARE(m.size(), 3);
        QCOMPARE(m.at(0), qMakePair(QStringLiteral("/"), QStringLiteral("/dev/sda2")));
        QCOMPARE(m.at(1), qMakePair(QStringLiteral("/var"), QStringLiteral("/dev/sdb1")));
        QCOMPARE(m.at(2), qMakePair(QStringLiteral("/boot/efi"), QStringLiteral("/dev/sda1")));
    }

    void filesystems()
    {
        const auto fs = linuxconfig::parseFilesystems(
            QStringLiteral("/dev/sda1: vfat\n/dev/sda2: ext4\n/dev/sdb: unknown\n"));
        QCOMPARE(fs.size(), 3);
        QCOMPARE(fs.value(QStringLiteral("/dev/sda2")), QStringLiteral("ext4"));
        QCOMPARE(fs.value(QStringLiteral("/dev/sdb")), QStringLiteral("unknown"));
    }

    void listenOutput()
    {
        QCOMPARE(GuestfishSession::parseListenOutput(
                     QStringLiteral("GUESTFISH_PID=4321; export GUESTFISH_PID\n")),
            qint64(4321));
        QCOMPARE(GuestfishSession::parseListenOutput(QStringLiteral("nothing")), qint64(0));
    }

    void nbdUri()
    {
        QCOMPARE(DiskEndpoint::fromNbdSocket(QStringLiteral("/tmp/x/nbd.sock")).guestfishUri(),
            QStringLiteral("nbd://?socket=/tmp/x/nbd.sock"));
        QCOMPARE(DiskEndpoint::fromFile(QStringLiteral("/tmp/disk.raw")).guestfishUri(),
            QStringLiteral("/tmp/disk.raw"));
    }

    void log()
    {
        ConversionResult r;
        r.os.type = QStringLiteral("linux");
        r.os.distro = QStringLiteral("debian");
        r.os.majorVersion = 12;
        r.os.minorVersion = 8;
        r.os.productName = QStringLiteral("12.8");
        r.os.root = QStringLiteral("/dev/sda1");
        r.steps.append(
            {QStringLiteral("remove-vmware-tools"), QStringLiteral("removed open-vm-tools")});
        r.warnings.append(QStringLiteral("something"));
        QCOMPARE(
            linuxconfig::conversionLog(r, QDateTime(QDate(2026, 12, 6), QTime(23, 0), Qt::UTC)),
            QStringLiteral("Ferry conversion, 2026-12-06T23:00:00Z\n"
                           "operating system: linux debian 12.8 (12.8), root /dev/sda1, BIOS\n"
                           "remove-vmware-tools: removed open-vm-tools\n"
                           "warning: something\n"));
        QVERIFY(r.hasStep(QStringLiteral("remove-vmware-tools")));
        QVERIFY(!r.hasStep(QStringLiteral("efi-fallback")));
    }
};

QTEST_GUILESS_MAIN(TestLinuxConfig)
#include "test_linuxconfig.moc"
