#pragma once

#include "convert/conversiontypes.h"
#include "convert/guestdryrun.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>

#include <atomic>
#include <optional>

namespace ferry::convert {

class GuestfishSession;

// Converts a Linux guest shaped for VMware hardware so that it boots on an Incus/LXD VM
// (q35, virtio-scsi, virtio-net, OVMF or SeaBIOS) and comes up on its network, with libguestfs:
//   inspect        libguestfs' inspection finds the OS (none: Outcome::NoOperatingSystem,
//                  which is not an error: the disk migrates unconverted with a warning)
//   remove-vmware-tools   open-vm-tools purged (dpkg or rpm)
//   pin-nic-names  a udev rule names each NIC (by the inventory's MAC) as it was on VMware (a NIC
//                  without a known name gets the n-th name the guest's network configuration
//                  uses, in natural order: VMware's slot order)
//   nic-addresses  the new addresses the administrator gave, in the file that configures the NIC
//                  (ifupdown, netplan, NetworkManager, systemd-networkd or ifcfg)
//   rename-nic-config     or, for NICs given a targetName, the network configuration rewritten
//                  to that name (all five kinds, and ifcfg-NAME files renamed)
//   fstab-uuids    /etc/fstab entries by device name (/dev/sdX, by-path) -> UUID=
//   initramfs-virtio      virtio_pci, virtio_scsi, virtio_blk, virtio_net in the initramfs of
//                  every installed kernel (initramfs-tools or dracut), rebuilt and checked
//   efi-fallback   UEFI guests: \EFI\BOOT\BOOTX64.EFI, which a VM with fresh variables boots
//   conversion-log /var/log/ferry-conversion.log in the guest
// Windows found: Outcome::OtherConverter, nothing changed (convertGuest() hands the disks to
// WindowsConverter). An OS that is found but cannot be converted (BSD, no initramfs tool) is an
// error that says why. Blocking (minutes under TCG): run it on a worker thread; cancel() is checked
// between steps. Give it an overlay (CowOverlay), never the source disk.
class LinuxConverter final
{
public:
    explicit LinuxConverter(ConversionRequest request);
    ~LinuxConverter();
    LinuxConverter(const LinuxConverter &) = delete;
    LinuxConverter &operator=(const LinuxConverter &) = delete;

    // The environment libguestfs runs in; by default this process's. Where KVM cannot boot the
    // appliance (these lab machines), LIBGUESTFS_BACKEND_SETTINGS=force_tcg.
    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }

    Result<ConversionResult> run();
    // The dry run: the appliance opens the disks read-only (guestfish --ro, file systems
    // mounted read-only) and only reads what the conversion's steps would look at; nothing is
    // written, not even to an overlay. totalTimeoutSeconds bounds the whole (checked between
    // commands; each command has its own timeout too). Feed the facts to dryRunFindings().
    Result<GuestFacts> inspectOnly(int totalTimeoutSeconds = 1200);
    void cancel() { m_canceled.store(true); }
    // Also stop (between steps) when this flag becomes true: the migration job's cancel.
    void setCancelFlag(const std::atomic_bool *flag) { m_externalCancel = flag; }

private:
    Result<QString> gf(const QStringList &command, int timeoutSeconds = 0);
    Result<bool> isFile(const QString &path);
    Result<QString> readGuestFile(const QString &path);
    // The file's text, or nullopt when there is no such regular file.
    Result<std::optional<QString>> readIfFile(const QString &path);
    Status writeGuestFile(const QString &path, const QString &text);
    Status checkCanceled() const;

    Status inspect(ConversionResult &result);
    // The open-vm-tools packages installed; nullopt when the package format is neither deb
    // nor rpm (not looked for).
    Result<std::optional<QStringList>> installedVmwareTools(const QString &packageFormat);
    Status removeVmwareTools(ConversionResult &result);
    Status discoverNicNames(ConversionResult &result);
    Status pinNicNames(ConversionResult &result);
    Status setNicAddresses(ConversionResult &result);
    Status renameNicConfig(ConversionResult &result, const QHash<QString, QString> &renames);
    // The guest's files that match the patterns (glob, kind), with their kind.
    Result<QList<QPair<QString, QString>>> networkConfigFiles(
        const QList<QPair<QString, QString>> &patterns);
    Status rewriteFstab(ConversionResult &result);
    Status rebuildInitramfs(ConversionResult &result);
    Status ensureEfiFallback(ConversionResult &result);
    Status writeLog(ConversionResult &result);

    ConversionRequest m_request;
    QProcessEnvironment m_env;
    std::unique_ptr<GuestfishSession> m_session;
    QString m_scratch;
    std::atomic_bool m_canceled {false};
    const std::atomic_bool *m_externalCancel = nullptr;
};

} // namespace ferry::convert
