#pragma once

#include "convert/conversiontypes.h"
#include "convert/virtiowinlayout.h"
#include "convert/windowsregistry.h"
#include "util/result.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

#include <atomic>
#include <memory>

namespace ferry::convert {

class GuestfishSession;

// One drive letter Windows had (SYSTEM\MountedDevices), as the first-boot step restores it.
struct DriveLetter
{
    QString letter; // "E"
    enum class Kind { Mbr, Gpt, Other } kind = Kind::Other;
    quint32 diskSignature = 0; // Mbr
    quint64 partitionOffset = 0; // Mbr, bytes
    QString partitionGuid; // Gpt: {xxxxxxxx-...}
    QString raw; // Other: the device path, for the log
};
// The drive letters of a MountedDevices export (\DosDevices\X: values), in letter order.
QList<DriveLetter> parseMountedDevices(const winreg::Key &mountedDevices);

// The first-boot PowerShell script (docs/conversion.md, "Windows"): run once as SYSTEM by the
// service FerryFirstBoot, it adds the staged drivers to the driver store (pnputil), installs the
// guest agent, moves each VMware NIC's static IP configuration to the virtio NIC with the same
// MAC (or applies the administrator's address), restores the drive letters, logs to
// %SystemRoot%\Temp\ferry-firstboot.log and deletes its service. ASCII only. Pure.
QString firstBootScript(const QList<NicIdentity> &nics, const QList<DriveLetter> &letters,
    const QString &guestAgentMsi, const QString &stamp);

// The registry edits of the conversion (SYSTEM hive, control set `controlSet`): services for
// the drivers found (storage boot-start, the others on demand), CriticalDeviceDatabase entries
// for virtio storage, VMware services disabled, the first-boot service. Pure.
QList<winreg::Key> systemHiveEdits(const QString &controlSet, const QStringList &driversFound,
    const QStringList &vmwareServices, const QString &firstBootScriptPath);

// VMware Tools' services (and drivers) that the conversion disables where they exist.
const QStringList &vmwareServiceNames();

// Converts a Windows guest shaped for VMware hardware so that it boots on an Incus/LXD VM, with
// libguestfs and the virtio-win ISO (ConversionRequest::virtioWinIso, a read-only drive of the
// appliance), offline:
//   inspect             libguestfs' inspection (type windows, version, variant, arch,
//                       systemroot); a BitLocker volume anywhere is refused with the reason
//   virtio-win-drivers  the drivers for this Windows (virtiowinlayout.h) copied: each .sys into
//                       %SystemRoot%\System32\drivers, each driver's files into
//                       %SystemRoot%\Drivers\VirtIO\<driver> (and the guest agent's MSI)
//   registry-services   SYSTEM hive, current control set: viostor/vioscsi boot-start services,
//                       netkvm/balloon on demand, CriticalDeviceDatabase for the virtio PCI IDs
//   vmware-tools-disabled  VMware Tools' services found: Start=4
//   firstboot-script    ferry-firstboot.ps1 and its service FerryFirstBoot (run as SYSTEM)
//   conversion-log      %SystemRoot%\Temp\ferry-conversion.log
// The hives are edited with hivex's hivexregedit on a copy downloaded from the appliance and
// uploaded back. No storage driver in the ISO for this Windows: not an error, a warning and
// ConversionResult::rootOnNvme. Linux found: Outcome::OtherConverter (nothing changed).
// Blocking (minutes under TCG): run it on a worker thread; cancel() is checked between steps.
class WindowsConverter final
{
public:
    explicit WindowsConverter(ConversionRequest request);
    ~WindowsConverter();
    WindowsConverter(const WindowsConverter &) = delete;
    WindowsConverter &operator=(const WindowsConverter &) = delete;

    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }
    // With ConversionRequest::dryRun: read-only, nothing written; the result (Outcome::Inspected)
    // has the OS, and with an ISO the drivers it would inject (step virtio-win-drivers) or
    // rootOnNvme and its warning.
    Result<ConversionResult> run();
    void cancel() { m_canceled.store(true); }
    void setCancelFlag(const std::atomic_bool *flag) { m_externalCancel = flag; }

private:
    Result<QString> gf(const QStringList &command, int timeoutSeconds = 0);
    Status checkCanceled() const;
    // `hivexregedit --export` of one key (and its subkeys); nullopt when the key does not exist.
    Result<std::optional<QList<winreg::Key>>> exportKey(const QString &hive, const QString &key);
    Status mergeReg(const QString &hive, const QString &prefix, const QString &regText);
    Result<QString> guestPath(const QString &path); // case-insensitive path under /guest
    Status upload(const QString &localText, const QString &guestFile);

    Status inspect(ConversionResult &result);
    // Mounts the ISO and picks this guest's drivers (warnings and rootOnNvme set on the result).
    Result<virtiowin::Selection> selectFromIso(ConversionResult &result);
    Status injectDrivers(ConversionResult &result);
    Status editSystemHive(ConversionResult &result);
    Status writeFirstBoot(ConversionResult &result);
    Status writeLog(ConversionResult &result);

    ConversionRequest m_request;
    QProcessEnvironment m_env;
    std::unique_ptr<GuestfishSession> m_session;
    QString m_scratch;
    QString m_systemRoot; // in the appliance: /guest/Windows
    QStringList m_isoFiles;
    QStringList m_driversFound;
    QString m_guestAgent; // the MSI's file name in the staging directory
    QList<DriveLetter> m_letters;
    QString m_controlSet;
    std::atomic_bool m_canceled {false};
    const std::atomic_bool *m_externalCancel = nullptr;
};

} // namespace ferry::convert
