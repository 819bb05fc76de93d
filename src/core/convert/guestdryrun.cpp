#include "convert/guestdryrun.h"

#include "convert/linuxconfig.h"

#include <QCoreApplication>

namespace ferry::convert {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::convert)
};

using Severity = DryRunFinding::Severity;

// The NICs as the conversion would name them: the n-th name the guest's configuration uses for
// the n-th NIC without one (LinuxConverter::discoverNicNames).
QList<NicIdentity> namedNics(
    const GuestFacts &facts, const QList<NicIdentity> &nics, QStringList *unmatched)
{
    QStringList names;
    for (const GuestNetworkFile &f : facts.networkFiles)
        for (const QString &n : f.interfaces)
            if (n != QLatin1String("lo") && !names.contains(n))
                names << n;
    linuxconfig::sortNaturally(names);
    QList<NicIdentity> named;
    for (const NicIdentity &nic : linuxconfig::assignGuestNames(nics, names, unmatched))
        if (!nic.guestName.isEmpty())
            named << nic;
    return named;
}

// The first file the new address of `nic` would be written to (empty: none configures it).
QString addressFile(const GuestFacts &facts, const NicIdentity &nic)
{
    const QString &name = nic.guestName;
    for (const GuestNetworkFile &f : facts.networkFiles) {
        bool changed = false;
        if (f.kind == QLatin1String("ifupdown"))
            linuxconfig::setIfupdownAddress(f.text, name, nic.ipv4, nic.gateway, nic.dns, &changed);
        else if (f.kind == QLatin1String("keyfile"))
            linuxconfig::setKeyfileAddress(f.text, name, nic.ipv4, nic.gateway, nic.dns, &changed);
        else if (f.kind == QLatin1String("networkd"))
            linuxconfig::setNetworkdAddress(f.text, name, nic.ipv4, nic.gateway, nic.dns, &changed);
        else if (f.kind == QLatin1String("ifcfg"))
            linuxconfig::setIfcfgAddress(f.text, name,
                f.path.section(QStringLiteral("ifcfg-"), -1) == name, nic.ipv4, nic.gateway,
                nic.dns, &changed);
        else if (f.kind == QLatin1String("netplan"))
            (void)linuxconfig::setNetplanAddress(
                f.text, name, nic.ipv4, nic.gateway, nic.dns, &changed);
        if (changed)
            return f.path;
    }
    return {};
}

void networkFindings(
    const GuestFacts &facts, const QList<NicIdentity> &nics, QList<DryRunFinding> &out)
{
    if (facts.networkFiles.isEmpty()) {
        out.append({Severity::Warning, QStringLiteral("network-config-none"),
            Text::tr("No network configuration found (ifupdown, netplan, NetworkManager, "
                     "systemd-networkd, ifcfg).")});
    } else {
        QStringList files;
        for (const GuestNetworkFile &f : facts.networkFiles)
            files << QStringLiteral("%1 (%2: %3)")
                         .arg(f.path, f.kind,
                             f.interfaces.isEmpty() ? Text::tr("no interface")
                                                    : f.interfaces.join(QStringLiteral(", ")));
        out.append({Severity::Info, QStringLiteral("network-config"),
            Text::tr("Network configuration: %1").arg(files.join(QStringLiteral("; ")))});
    }
    if (nics.isEmpty()) {
        out.append({Severity::Warning, QStringLiteral("nic-none"),
            Text::tr("The VM has no NIC in the inventory: no interface name would be pinned.")});
        return;
    }
    QStringList unmatched;
    const QList<NicIdentity> named = namedNics(facts, nics, &unmatched);
    if (!unmatched.isEmpty())
        out.append({Severity::Warning, QStringLiteral("nic-unnamed"),
            Text::tr("No interface name in the guest's network configuration for the NIC(s) %1: "
                     "they would keep the names the target's hardware gives them.")
                .arg(unmatched.join(QStringLiteral(", ")))});
    QStringList pins;
    QStringList renames;
    for (const NicIdentity &nic : named) {
        if (nic.targetName.isEmpty())
            pins << QStringLiteral("%1 = %2").arg(nic.guestName, nic.mac.toLower());
        else
            renames << QStringLiteral("%1 -> %2").arg(nic.guestName, nic.targetName);
    }
    if (!pins.isEmpty())
        out.append({Severity::Info, QStringLiteral("step-pin-nic-names"),
            Text::tr("pin-nic-names: would keep %1 (udev rule by MAC)")
                .arg(pins.join(QStringLiteral(", ")))});
    for (const NicIdentity &nic : named) {
        if (nic.ipv4.isEmpty())
            continue;
        const QString file = addressFile(facts, nic);
        if (file.isEmpty())
            out.append({Severity::Warning, QStringLiteral("nic-address-not-applied"),
                Text::tr("The new address %1 for NIC %2 would not be applied: no network "
                         "configuration in the guest configures %3.")
                    .arg(nic.ipv4, nic.mac, nic.guestName)});
        else
            out.append({Severity::Info, QStringLiteral("step-nic-addresses"),
                Text::tr("nic-addresses: %1 (%2) would get %3%4 in %5")
                    .arg(nic.guestName, nic.mac, nic.ipv4,
                        nic.gateway.isEmpty() ? QString()
                                              : Text::tr(", gateway %1").arg(nic.gateway),
                        file)});
    }
    // A NIC the guest does not name cannot get its address: say so too.
    for (const NicIdentity &nic : nics)
        if (!nic.ipv4.isEmpty() && nic.guestName.isEmpty()
            && unmatched.contains(nic.mac, Qt::CaseInsensitive))
            out.append({Severity::Warning, QStringLiteral("nic-address-not-applied"),
                Text::tr("The new address %1 for NIC %2 would not be applied: the guest names "
                         "no interface for it.")
                    .arg(nic.ipv4, nic.mac)});
    if (!renames.isEmpty()) {
        QHash<QString, QString> newByOld;
        for (const NicIdentity &nic : named)
            if (!nic.targetName.isEmpty())
                newByOld.insert(nic.guestName, nic.targetName);
        QStringList files;
        for (const GuestNetworkFile &f : facts.networkFiles) {
            bool changed = false;
            auto renamed = linuxconfig::renameInterfacesIn(f.kind, f.text, newByOld, &changed);
            const QString fileName = f.path.section(QLatin1Char('/'), -1);
            const bool moved = f.kind == QLatin1String("ifcfg")
                && !linuxconfig::renamedNetworkFileName(fileName, newByOld).isEmpty()
                && linuxconfig::renamedNetworkFileName(fileName, newByOld) != fileName;
            if (!renamed)
                out.append({Severity::Warning, QStringLiteral("nic-rename-file-refused"),
                    Text::tr("%1 would be left as it is, with the old interface names: %2")
                        .arg(f.path, renamed.error().message)});
            else if (changed || moved)
                files << f.path;
        }
        out.append({Severity::Info, QStringLiteral("step-rename-nic-config"),
            Text::tr("rename-nic-config: %1 in %2")
                .arg(renames.join(QStringLiteral(", ")),
                    files.isEmpty() ? Text::tr("no file") : files.join(QStringLiteral(", ")))});
    }
}

} // namespace

const char *DryRunFinding::severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return "warning";
    case Severity::Error:
        return "error";
    }
    return "info";
}

bool hasErrorFinding(const QList<DryRunFinding> &findings)
{
    for (const DryRunFinding &f : findings)
        if (f.severity == Severity::Error)
            return true;
    return false;
}

QList<DryRunFinding> dryRunFindings(const GuestFacts &facts, const QList<NicIdentity> &nics)
{
    QList<DryRunFinding> out;
    for (const QString &w : facts.warnings)
        out.append({Severity::Warning, QStringLiteral("inspection-warning"), w});
    if (facts.osCount == 0) {
        out.append({Severity::Warning, QStringLiteral("os-none"),
            Text::tr("No operating system found on the disks: they would migrate unconverted.")});
        return out;
    }
    const OsFound &os = facts.os;
    if (facts.osCount > 1)
        out.append({Severity::Warning, QStringLiteral("os-several"),
            Text::tr("The disks hold %1 operating systems; only the first (%2) would be "
                     "converted.")
                .arg(facts.osCount)
                .arg(os.root)});
    if (os.type == QLatin1String("windows")) {
        out.append({Severity::Info, QStringLiteral("os-found"),
            Text::tr("%1 (Windows %2.%3, build %4, %5, %6), root %7")
                .arg(os.productName)
                .arg(os.majorVersion)
                .arg(os.minorVersion)
                .arg(os.build)
                .arg(os.productVariant, os.arch, os.root)});
        if (!facts.virtioWinIso) {
            out.append({Severity::Error, QStringLiteral("windows-no-virtio-win"),
                Text::tr("Windows is converted with the virtio-win drivers, and there is no "
                         "virtio-win ISO: the migration would stop before the power-off.")});
            return out;
        }
        if (facts.rootOnNvme)
            out.append({Severity::Warning, QStringLiteral("windows-root-nvme"),
                Text::tr("%1 The root disk would be attached on NVMe (io.bus=nvme).")
                    .arg(facts.rootOnNvmeReason)});
        if (!facts.windowsDrivers.isEmpty())
            out.append({Severity::Info, QStringLiteral("step-virtio-win-drivers"),
                Text::tr("virtio drivers would be injected from %1; services registered in the "
                         "SYSTEM hive; VMware Tools' services disabled")
                    .arg(facts.windowsDrivers.join(QStringLiteral(", ")))});
        if (!nics.isEmpty())
            out.append({Severity::Info, QStringLiteral("step-firstboot-script"),
                Text::tr("At first boot, %n NIC(s) get their static IP configuration (or the "
                         "new address given) on the virtio adapter with the same MAC; drive "
                         "letters restored.",
                    nullptr, int(nics.size()))});
        return out;
    }
    if (os.type != QLatin1String("linux")) {
        out.append({Severity::Error, QStringLiteral("os-unsupported"),
            Text::tr("%1 (%2) found: only Linux and Windows guests are converted; the migration "
                     "would fail after the power-off.")
                .arg(os.productName, os.type)});
        return out;
    }
    // "debian 12.8", with the product name when it says more than the version.
    const QString version = QStringLiteral("%1.%2").arg(os.majorVersion).arg(os.minorVersion);
    QString found = QStringLiteral("%1 %2").arg(
        os.distro.isEmpty() ? QStringLiteral("linux") : os.distro, version);
    if (!os.productName.isEmpty() && os.productName != version)
        found += QStringLiteral(" (%1)").arg(os.productName);
    out.append({Severity::Info, QStringLiteral("os-found"),
        Text::tr("%1, root %2, %3, packages %4")
            .arg(found, os.root, os.uefi ? QStringLiteral("UEFI") : QStringLiteral("BIOS"),
                os.packageFormat.isEmpty() ? Text::tr("unknown") : os.packageFormat)});
    if (os.distro.isEmpty() || os.distro == QLatin1String("unknown"))
        out.append({Severity::Warning, QStringLiteral("distro-unknown"),
            Text::tr("libguestfs does not recognise the distribution: the steps below follow the "
                     "tools found in the guest.")});

    // remove-vmware-tools
    if (os.packageFormat != QLatin1String("deb") && os.packageFormat != QLatin1String("rpm"))
        out.append({Severity::Warning, QStringLiteral("vmware-tools-not-checked"),
            Text::tr("Package format %1: VMware Tools would not be looked for.")
                .arg(os.packageFormat.isEmpty() ? Text::tr("unknown") : os.packageFormat)});
    else if (facts.vmwareToolsPackages.isEmpty())
        out.append({Severity::Info, QStringLiteral("step-remove-vmware-tools"),
            Text::tr("remove-vmware-tools: open-vm-tools is not installed, nothing to remove")});
    else
        out.append({Severity::Info, QStringLiteral("step-remove-vmware-tools"),
            Text::tr("remove-vmware-tools: would remove %1")
                .arg(facts.vmwareToolsPackages.join(QStringLiteral(", ")))});
    if (facts.vmwareToolsTarball)
        out.append({Severity::Warning, QStringLiteral("vmware-tools-tarball"),
            Text::tr("VMware Tools installed from VMware's own installer (/etc/vmware-tools) "
                     "would be left in place.")});

    // pin-nic-names, nic-addresses, rename-nic-config
    networkFindings(facts, nics, out);

    // fstab-uuids
    if (facts.fstabPresent) {
        const auto rewrite = linuxconfig::rewriteFstab(facts.fstab, facts.uuidByDevice);
        if (!rewrite.changes.isEmpty())
            out.append({Severity::Info, QStringLiteral("step-fstab-uuids"),
                Text::tr("fstab-uuids: would rewrite %1")
                    .arg(rewrite.changes.join(QStringLiteral(", ")))});
        for (const QString &spec : rewrite.unresolved)
            out.append({Severity::Warning, QStringLiteral("fstab-unresolved"),
                Text::tr("/etc/fstab names %1, whose UUID is not known: it would be left as it "
                         "is.")
                    .arg(spec)});
    }

    // initramfs-virtio
    const QString modules = linuxconfig::virtioModules().join(QLatin1Char(' '));
    if (facts.kernels.isEmpty())
        out.append({Severity::Error, QStringLiteral("no-kernel"),
            Text::tr("The guest has no kernel modules (/lib/modules is empty): the conversion "
                     "would fail after the power-off.")});
    else if (facts.initramfsTools)
        out.append({Severity::Info, QStringLiteral("step-initramfs-virtio"),
            Text::tr("initramfs-virtio: initramfs-tools would add %1 and rebuild for %2 (the "
                     "longest step: about a minute under TCG)")
                .arg(modules, facts.kernels.join(QLatin1Char(' ')))});
    else if (facts.dracut)
        out.append({Severity::Info, QStringLiteral("step-initramfs-virtio"),
            Text::tr("initramfs-virtio: dracut would add %1 and rebuild for %2")
                .arg(modules, facts.kernels.join(QLatin1Char(' ')))});
    else
        out.append({Severity::Error, QStringLiteral("no-initramfs-tool"),
            Text::tr("The guest has neither initramfs-tools nor dracut: its initramfs cannot get "
                     "the virtio drivers, the conversion would fail after the power-off.")});

    // efi-fallback
    if (os.uefi) {
        if (facts.efiFallbackPresent)
            out.append({Severity::Info, QStringLiteral("step-efi-fallback"),
                Text::tr("efi-fallback: \\EFI\\BOOT\\BOOTX64.EFI is present, nothing to do")});
        else if (!facts.efiLoaderDirs.isEmpty())
            out.append({Severity::Info, QStringLiteral("step-efi-fallback"),
                Text::tr("efi-fallback: would copy the loader of \\EFI\\%1 to "
                         "\\EFI\\BOOT\\BOOTX64.EFI")
                    .arg(facts.efiLoaderDirs.first())});
        else
            out.append({Severity::Error, QStringLiteral("efi-no-loader"),
                Text::tr("The UEFI guest has no boot loader on its EFI system partition that "
                         "could serve as the fallback loader: the conversion would fail after "
                         "the power-off.")});
    }
    out.append({Severity::Info, QStringLiteral("step-conversion-log"),
        Text::tr("conversion-log: would write /var/log/ferry-conversion.log")});
    return out;
}

} // namespace ferry::convert

namespace ferry::convert {

GuestFacts windowsFacts(const ConversionResult &inspected, bool virtioWinIso)
{
    GuestFacts f;
    f.osCount = inspected.outcome == ConversionResult::Outcome::NoOperatingSystem
        ? 0
        : qMax(1, inspected.osCount);
    f.os = inspected.os;
    f.windowsInspected = true;
    f.virtioWinIso = virtioWinIso;
    f.rootOnNvme = inspected.rootOnNvme;
    f.rootOnNvmeReason = inspected.rootOnNvmeReason;
    for (const ConversionStep &s : inspected.steps) {
        if (s.name == QLatin1String("virtio-win-drivers")
            && s.detail.startsWith(QLatin1String("would inject ")))
            f.windowsDrivers = s.detail.mid(13).split(QStringLiteral(", "));
    }
    return f;
}

} // namespace ferry::convert
