#pragma once

#include "util/result.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>

namespace ferry::convert {

// One NIC of the VMware inventory: its MAC (kept on the target) and the name the guest gave it
// on VMware (ens192, eth0, ...). By default the conversion pins that name to the MAC; with
// targetName (the name the guest gives the NIC on the target: enp5s0 for Incus' first NIC), it
// rewrites the network configuration to the new name instead.
struct NicIdentity
{
    QString mac; // lower or upper case, colon-separated
    QString guestName;
    QString targetName;
    // A new address the administrator gave the NIC (empty: it keeps its configuration).
    QString ipv4; // address/prefix
    QString gateway; // empty: the old one stays
    QStringList dns; // empty: the old ones stay
};

// Where the disk to convert is: a file (raw) or an NBD server on a unix socket. The converter
// writes to it: give it an overlay (CowOverlay), never the source disk itself.
struct DiskEndpoint
{
    QString file;
    QString nbdSocket;
    QString format = QStringLiteral("raw"); // raw, or qcow2 (SourceOverlay's file)

    static DiskEndpoint fromFile(const QString &path) { return {path, {}, QStringLiteral("raw")}; }
    static DiskEndpoint fromNbdSocket(const QString &path)
    {
        return {{}, path, QStringLiteral("raw")};
    }
    // What guestfish's -a takes: the file, or nbd://?socket=PATH (its URI syntax).
    QString guestfishUri() const;
};

struct ConversionRequest
{
    QList<DiskEndpoint> disks; // in the VM's order: the first holds the boot disk
    QList<NicIdentity> nics;
    bool dryRun = false; // inspect only, change nothing
    // Windows guests: the virtio-win ISO (the artifact of type driver, os windows) the drivers
    // are injected from; empty when there is none (a Windows guest then cannot be converted).
    QString virtioWinIso;
    int launchTimeoutSeconds = 600; // the appliance's start (TCG: tens of seconds)
    int stepTimeoutSeconds = 900; // one step (update-initramfs under TCG: about a minute)
};

// What libguestfs' inspection found.
struct OsFound
{
    QString root; // the root file system's device in the appliance (/dev/sda1)
    QString type; // linux, windows, ...
    QString distro; // debian, ubuntu, rhel, centos, fedora, sles, opensuse, ...
    int majorVersion = 0;
    int minorVersion = 0;
    QString productName; // "12.8" for Debian, "Red Hat Enterprise Linux 9.2" ...
    QString packageFormat; // deb, rpm
    bool uefi = false; // an EFI system partition is mounted (at /boot/efi or /efi)
    // Windows (inspect-get-*): Client, Server, ...; x86_64, i386; /Windows; CurrentBuildNumber.
    QString productVariant;
    QString arch;
    QString systemRoot;
    int build = 0;
};

struct ConversionStep
{
    QString name; // stable: inspect, remove-vmware-tools, pin-nic-names, rename-nic-config,
                  // fstab-uuids, initramfs-virtio, efi-fallback, conversion-log; Windows:
                  // virtio-win-drivers, registry-services, vmware-tools-disabled,
                  // firstboot-script, conversion-log
    QString detail; // for people and the log: what changed
    double seconds = 0; // how long the step took
};

struct ConversionResult
{
    enum class Outcome {
        Converted, // the guest was changed and should boot on virtio hardware
        NoOperatingSystem, // inspection found none: migrate unconverted, with a warning
        Inspected, // dry run: the OS was found, nothing changed
        // The OS found is the other converter's (Linux found by WindowsConverter, Windows by
        // LinuxConverter): nothing changed; convertGuest() hands the disks over (guestconverter.h)
        OtherConverter,
    };
    Outcome outcome = Outcome::Converted;
    OsFound os;
    int osCount = 0; // operating systems inspection found (only the first is converted)
    QList<ConversionStep> steps;
    QStringList warnings;
    double seconds = 0; // the whole conversion, appliance start included
    double launchSeconds = 0; // the appliance's start alone
    // Windows without a virtio storage driver in the virtio-win ISO: the root disk must be on
    // the target's NVMe bus (io.bus=nvme; Windows' inbox driver) instead of virtio-scsi. The
    // engine/target side reads it; rootOnNvmeReason says why (also in warnings).
    bool rootOnNvme = false;
    QString rootOnNvmeReason;

    static const char *outcomeName(Outcome o);
    bool hasStep(const QString &name) const;
};

// A converter's steps in order, each step's time written into the step it added to
// result.steps; `canceled` is asked before each. Stops at the first failure (or cancel) and
// returns it.
template<typename Converter>
Status runTimedSteps(Converter &converter, ConversionResult &result,
    std::initializer_list<Status (Converter::*)(ConversionResult &)> steps,
    const std::function<Status()> &canceled)
{
    for (auto step : steps) {
        if (Status s = canceled(); !s)
            return s;
        QElapsedTimer stepTimer;
        stepTimer.start();
        const auto before = result.steps.size();
        if (Status s = (converter.*step)(result); !s)
            return s;
        if (result.steps.size() > before)
            result.steps.last().seconds = static_cast<double>(stepTimer.elapsed()) / 1000.0;
    }
    return {};
}

} // namespace ferry::convert
