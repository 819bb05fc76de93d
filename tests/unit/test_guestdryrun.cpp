// The conversion's dry run on a fake inspection result (no libguestfs): which steps would run,
// which would fail and why, and what the network configuration would become.
#include "convert/guestdryrun.h"

#include <QTest>

using namespace ferry;
using namespace ferry::convert;

namespace {

// The lab's Debian guest as the inspection reads it.
GuestFacts debianGuest()
{
    GuestFacts f;
    f.osCount = 1;
    f.os.root = QStringLiteral("/dev/sda1");
    f.os.type = QStringLiteral("linux");
    f.os.distro = QStringLiteral("debian");
    f.os.majorVersion = 12;
    f.os.minorVersion = 8;
    f.os.productName = QStringLiteral("12.8");
    f.os.packageFormat = QStringLiteral("deb");
    f.kernels = {QStringLiteral("6.1.0-28-amd64")};
    f.initramfsTools = true;
    f.vmwareToolsPackages = {QStringLiteral("open-vm-tools")};
    f.networkFiles = {{QStringLiteral("/etc/network/interfaces"), QStringLiteral("ifupdown"),
        {QStringLiteral("ens192")},
        QStringLiteral("auto lo\niface lo inet loopback\n\nauto ens192\niface ens192 inet static\n"
                       "    address 192.0.2.10/24\n    gateway 192.0.2.1\n")}};
    f.fstabPresent = true;
    f.fstab = QStringLiteral("/dev/sda1 / ext4 errors=remount-ro 0 1\n");
    f.uuidByDevice = {{QStringLiteral("/dev/sda1"), QStringLiteral("1111-2222")}};
    return f;
}

QList<NicIdentity> oneNic()
{
    return {NicIdentity {QStringLiteral("00:50:56:aa:bb:cc"), {}, {}, {}, {}, {}}};
}

const DryRunFinding *find(const QList<DryRunFinding> &all, const QString &code)
{
    for (const DryRunFinding &f : all)
        if (f.code == code)
            return &f;
    return nullptr;
}

} // namespace

class TestGuestDryRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void debianWouldConvert()
    {
        const auto all = dryRunFindings(debianGuest(), oneNic());
        QVERIFY(!hasErrorFinding(all));
        const DryRunFinding *os = find(all, QStringLiteral("os-found"));
        QVERIFY(os);
        QVERIFY(os->message.startsWith(QStringLiteral("debian 12.8, root /dev/sda1")));
        QVERIFY(os->message.contains(QStringLiteral("BIOS")));
        QVERIFY(find(all, QStringLiteral("step-remove-vmware-tools"))
                    ->message.contains(QStringLiteral("open-vm-tools")));
        const DryRunFinding *pin = find(all, QStringLiteral("step-pin-nic-names"));
        QVERIFY(pin);
        QVERIFY(pin->message.contains(QStringLiteral("ens192 = 00:50:56:aa:bb:cc")));
        QVERIFY(
            find(all, QStringLiteral("network-config"))
                ->message.contains(QStringLiteral("/etc/network/interfaces (ifupdown: ens192)")));
        QVERIFY(find(all, QStringLiteral("step-fstab-uuids"))
                    ->message.contains(QStringLiteral("UUID=1111-2222")));
        QVERIFY(find(all, QStringLiteral("step-initramfs-virtio"))
                    ->message.contains(QStringLiteral("initramfs-tools")));
        QVERIFY(!find(all, QStringLiteral("step-efi-fallback"))); // a BIOS guest
        QVERIFY(find(all, QStringLiteral("step-conversion-log")));
    }

    void newAddressAndRename()
    {
        QList<NicIdentity> nics = oneNic();
        nics[0].ipv4 = QStringLiteral("192.0.2.77/24");
        auto all = dryRunFindings(debianGuest(), nics);
        const DryRunFinding *addr = find(all, QStringLiteral("step-nic-addresses"));
        QVERIFY(addr);
        QVERIFY(addr->message.contains(QStringLiteral("192.0.2.77/24")));
        QVERIFY(addr->message.contains(QStringLiteral("/etc/network/interfaces")));

        nics[0].ipv4.clear();
        nics[0].targetName = QStringLiteral("enp5s0");
        all = dryRunFindings(debianGuest(), nics);
        QVERIFY(!find(all, QStringLiteral("step-pin-nic-names")));
        const DryRunFinding *rename = find(all, QStringLiteral("step-rename-nic-config"));
        QVERIFY(rename);
        QVERIFY(rename->message.contains(
            QStringLiteral("ens192 -> enp5s0 in /etc/network/interfaces")));
    }

    void addressWithoutConfiguration()
    {
        GuestFacts f = debianGuest();
        f.networkFiles.clear();
        QList<NicIdentity> nics = oneNic();
        nics[0].ipv4 = QStringLiteral("192.0.2.77/24");
        const auto all = dryRunFindings(f, nics);
        QVERIFY(find(all, QStringLiteral("network-config-none")));
        QVERIFY(find(all, QStringLiteral("nic-unnamed")));
        QVERIFY(find(all, QStringLiteral("nic-address-not-applied")));
        QVERIFY(!hasErrorFinding(all)); // warnings: the conversion itself would succeed
    }

    void noInitramfsToolFails()
    {
        GuestFacts f = debianGuest();
        f.initramfsTools = false;
        f.os.distro = QStringLiteral("unknown");
        const auto all = dryRunFindings(f, oneNic());
        QVERIFY(hasErrorFinding(all));
        QCOMPARE(find(all, QStringLiteral("no-initramfs-tool"))->severity,
            DryRunFinding::Severity::Error);
        QVERIFY(find(all, QStringLiteral("distro-unknown")));
        f.initramfsTools = true;
        f.kernels.clear();
        QVERIFY(find(dryRunFindings(f, oneNic()), QStringLiteral("no-kernel")));
        f.kernels = {QStringLiteral("5.14.0-362.el9.x86_64")};
        f.initramfsTools = false;
        f.dracut = true;
        QVERIFY(find(dryRunFindings(f, oneNic()), QStringLiteral("step-initramfs-virtio"))
                    ->message.contains(QStringLiteral("dracut")));
    }

    void windows()
    {
        GuestFacts f;
        f.osCount = 1;
        f.os.type = QStringLiteral("windows");
        f.os.productName = QStringLiteral("Windows Server 2022 Standard");
        f.os.majorVersion = 10;
        f.os.build = 20348;
        f.windowsInspected = true;
        // No virtio-win ISO: the migration would stop.
        auto all = dryRunFindings(f, oneNic());
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().code, QStringLiteral("os-found"));
        QVERIFY(all.first().message.contains(QStringLiteral("build 20348")));
        QCOMPARE(all.at(1).code, QStringLiteral("windows-no-virtio-win"));
        QCOMPARE(all.at(1).severity, DryRunFinding::Severity::Error);
        // With one: the drivers, the first-boot step.
        f.virtioWinIso = true;
        f.windowsDrivers = {QStringLiteral("viostor/2k22/amd64")};
        all = dryRunFindings(f, oneNic());
        QVERIFY(!hasErrorFinding(all));
        QVERIFY(find(all, QStringLiteral("step-virtio-win-drivers"))
                    ->message.contains(QStringLiteral("viostor/2k22/amd64")));
        QVERIFY(find(all, QStringLiteral("step-firstboot-script")));
        // An ISO without this Windows' drivers: NVMe.
        f.windowsDrivers.clear();
        f.rootOnNvme = true;
        f.rootOnNvmeReason = QStringLiteral("No storage driver.");
        all = dryRunFindings(f, oneNic());
        QCOMPARE(find(all, QStringLiteral("windows-root-nvme"))->severity,
            DryRunFinding::Severity::Warning);
        // The facts from WindowsConverter's dry run.
        ConversionResult r;
        r.outcome = ConversionResult::Outcome::Inspected;
        r.os = f.os;
        r.steps.append({QStringLiteral("virtio-win-drivers"),
            QStringLiteral("would inject viostor/2k22/amd64, NetKVM/2k22/amd64"), 0});
        const GuestFacts w = windowsFacts(r, true);
        QCOMPARE(w.osCount, 1);
        QCOMPARE(w.windowsDrivers,
            QStringList(
                {QStringLiteral("viostor/2k22/amd64"), QStringLiteral("NetKVM/2k22/amd64")}));
    }

    void otherOsNotSupported()
    {
        GuestFacts f;
        f.osCount = 1;
        f.os.type = QStringLiteral("freebsd");
        f.os.productName = QStringLiteral("FreeBSD 14");
        const auto all = dryRunFindings(f, oneNic());
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().code, QStringLiteral("os-unsupported"));
        QCOMPARE(all.first().severity, DryRunFinding::Severity::Error);
    }

    void noOperatingSystem()
    {
        const auto all = dryRunFindings(GuestFacts(), oneNic());
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().code, QStringLiteral("os-none"));
        QCOMPARE(all.first().severity, DryRunFinding::Severity::Warning);
    }

    void uefiLoader()
    {
        GuestFacts f = debianGuest();
        f.os.uefi = true;
        f.efiLoaderDirs = {QStringLiteral("debian")};
        QVERIFY(find(dryRunFindings(f, oneNic()), QStringLiteral("step-efi-fallback"))
                    ->message.contains(QStringLiteral("\\EFI\\debian")));
        f.efiLoaderDirs.clear();
        QVERIFY(find(dryRunFindings(f, oneNic()), QStringLiteral("efi-no-loader")));
        f.efiFallbackPresent = true;
        QVERIFY(find(dryRunFindings(f, oneNic()), QStringLiteral("step-efi-fallback"))
                    ->message.contains(QStringLiteral("present")));
    }

    void vmwareToolsAndFstab()
    {
        GuestFacts f = debianGuest();
        f.vmwareToolsPackages.clear();
        f.vmwareToolsTarball = true;
        f.fstab += QStringLiteral("/dev/sdb1 /data ext4 defaults 0 2\n");
        const auto all = dryRunFindings(f, oneNic());
        QVERIFY(find(all, QStringLiteral("step-remove-vmware-tools"))
                    ->message.contains(QStringLiteral("not installed")));
        QVERIFY(find(all, QStringLiteral("vmware-tools-tarball")));
        QVERIFY(find(all, QStringLiteral("fstab-unresolved"))
                    ->message.contains(QStringLiteral("/dev/sdb1")));
    }
};

QTEST_GUILESS_MAIN(TestGuestDryRun)
#include "test_guestdryrun.moc"
