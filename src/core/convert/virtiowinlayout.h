#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ferry::convert::virtiowin {

// Which files of a virtio-win ISO a Windows guest gets (docs/conversion.md, "Windows"). The ISO's
// layout is <driver>/<winver>/<arch>/ (viostor/2k19/amd64/viostor.sys, .inf, .cat, ...) plus
// guest-agent/qemu-ga-<arch>.msi. Pure: tested on file lists, without an ISO.

// What libguestfs' inspection and the SOFTWARE hive say about the guest.
struct WindowsFacts
{
    int majorVersion = 0; // 6 (2012 R2: 6.3), 10 (2016 and newer, Windows 10 and 11)
    int minorVersion = 0;
    QString productVariant; // Server, Client, Server Core, Embedded (inspect-get-product-variant)
    QString productName; // "Windows Server 2019 Standard"
    QString arch; // x86_64, i386, aarch64 (inspect-get-arch)
    int build = 0; // CurrentBuildNumber; 0 when unknown
};

// The drivers Ferry injects, in the ISO's spelling.
inline const QStringList &driverNames()
{
    static const QStringList names {QStringLiteral("viostor"), QStringLiteral("vioscsi"),
        QStringLiteral("NetKVM"), QStringLiteral("Balloon")};
    return names;
}

// The ISO's directory for the Windows version (2k12R2, 2k16, 2k19, 2k22, 2k25, w10, w11), or
// empty with the reason in `why` (a version the ISO's layout has no directory for).
QString windowsVersionDir(const WindowsFacts &facts, QString *why = nullptr);
// amd64, x86, ARM64; empty for an architecture virtio-win has no drivers for.
QString archDir(const QString &arch);

struct DriverFiles
{
    QString driver; // viostor, vioscsi, NetKVM, Balloon
    QString dir; // the ISO's directory, as the ISO spells it: viostor/2k19/amd64
    QStringList files; // paths in the ISO (no leading slash): .sys, .inf, .cat and what else is
                       // there but .pdb (NetKVM's co-installer DLLs)
    QStringList sysFiles() const; // those ending .sys (for System32\drivers)
};

struct Selection
{
    QString winVersion; // the directory name the version maps to (empty: none)
    QString arch; // the architecture's directory name (empty: none)
    QList<DriverFiles> drivers; // found, in driverNames() order
    QStringList missing; // drivers the ISO has no directory for, for this guest
    QString guestAgent; // guest-agent/qemu-ga-x86_64.msi, empty when none
    QString reason; // when no storage driver was found: why (for the warning)

    // viostor or vioscsi found with its .sys: the root disk can be on virtio.
    bool hasStorageDriver() const;
    const DriverFiles *find(const QString &driver) const;
};

// isoPaths: every file of the ISO, relative to its root ("viostor/2k19/amd64/viostor.sys"; a
// leading "/" or "./" is ignored; directories may be listed too). Directory names are matched
// without regard to case, as Windows would.
Selection selectDrivers(const QStringList &isoPaths, const WindowsFacts &facts);

} // namespace ferry::convert::virtiowin
