#pragma once

#include "convert/conversiontypes.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ferry::convert {

// The conversion's dry run (docs/conversion.md, "Dry run"): what libguestfs' inspection reads
// from a guest without changing it, and what the conversion would do with it. The facts are read
// by LinuxConverter::inspectOnly() (read-only appliance, nothing written), for Windows by
// WindowsConverter's dry run (windowsFacts()); the findings are a
// pure function of them, so they are tested without libguestfs.

// One network configuration file of the guest and the interfaces it configures.
struct GuestNetworkFile
{
    QString path;
    QString kind; // ifupdown, netplan, keyfile, networkd, ifcfg
    QStringList interfaces; // without lo
    QString text; // the file's text (ifcfg: the interface is its file name's suffix)
};

// What the inspection read.
struct GuestFacts
{
    int osCount = 0; // operating systems libguestfs found (0: none)
    OsFound os; // the first one's
    QStringList kernels; // /lib/modules/*
    bool initramfsTools = false; // /usr/sbin/update-initramfs
    bool dracut = false; // /usr/bin/dracut
    QStringList vmwareToolsPackages; // open-vm-tools packages installed
    bool vmwareToolsTarball = false; // /etc/vmware-tools/locations (VMware's own installer)
    QList<GuestNetworkFile> networkFiles;
    bool fstabPresent = false;
    QString fstab;
    QHash<QString, QString> uuidByDevice; // the appliance's devices' file system UUIDs
    bool efiFallbackPresent = false; // \EFI\BOOT\BOOTX64.EFI on the ESP (UEFI guests)
    QStringList efiLoaderDirs; // ESP directories holding shimx64.efi or grubx64.efi
    QStringList warnings; // what the inspection itself noticed (a file system that did not mount)
    // Windows (WindowsConverter's dry run): whether a virtio-win ISO was there to look at, the
    // ISO directories it would inject from, or why the root disk would go on NVMe.
    bool windowsInspected = false;
    bool virtioWinIso = false;
    QStringList windowsDrivers; // viostor/2k19/amd64, ...
    bool rootOnNvme = false;
    QString rootOnNvmeReason;
};

struct DryRunFinding
{
    enum class Severity { Info, Warning, Error };
    Severity severity = Severity::Info;
    QString code; // stable, e.g. os-found, step-initramfs-virtio, no-initramfs-tool
    QString message;

    static const char *severityName(Severity s);
};

// What the conversion would do with a guest of these facts and these NICs (the inventory's MACs,
// the new addresses and names the administrator gave): the OS found or none, each step that would
// run and what it would change, each that would fail (an Error finding: the migration would
// fail after the power-off), and warnings.
QList<DryRunFinding> dryRunFindings(const GuestFacts &facts, const QList<NicIdentity> &nics);

bool hasErrorFinding(const QList<DryRunFinding> &findings);

// The facts of WindowsConverter's dry run (ConversionRequest::dryRun, Outcome::Inspected).
GuestFacts windowsFacts(const ConversionResult &inspected, bool virtioWinIso);

} // namespace ferry::convert
