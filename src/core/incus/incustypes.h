#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

class QDateTime;

namespace ferry::incus {

// "incus" or "lxd", as GET /1.0 reports it in environment.server.
inline const QString ServerIncus = QStringLiteral("incus");
inline const QString ServerLxd = QStringLiteral("lxd");

// The API extensions Ferry relies on (instances, VMs, projects, pools, networks, backup import
// with pool override, custom block volumes, per-pool resources); a server without one of them
// is reported by name.
QStringList requiredApiExtensions();

// GET /1.0. An untrusted client sees only the API version, the extensions and auth methods.
struct ServerInfo
{
    QString serverType; // incus | lxd | "" (unknown: untrusted and no telling extension)
    QString serverVersion;
    QString apiVersion;
    QString auth; // trusted | untrusted
    QStringList authMethods; // tls, oidc
    QStringList apiExtensions;
    QString certificateFingerprint; // what the server says its certificate is (trusted only)
    QString serverName;
    bool clustered = false;
    QString storageDrivers; // "dir, zfs" (trusted only)
    // environment.storage_supported_drivers[]: driver name -> its Remote flag (ceph, lvmcluster,
    // linstor ... true: a volume is reachable from every cluster member; dir, zfs, btrfs, lvm
    // false: it lives on one member). Trusted only; empty when the server does not say.
    QHash<QString, bool> remoteDrivers;
    // config["storage.backups_volume"] (trusted only): the POOL/VOLUME an uploaded backup is
    // staged in before the import unpacks it; empty: the server's var directory (backups/).
    QString backupsVolume;
    // LXD 6.x: storage.project.<project>.backups_volume, a project's own staging volume.
    QHash<QString, QString> projectBackupsVolumes;

    bool trusted() const { return auth == QLatin1String("trusted"); }
    // Whether a pool of `driver` is local to a cluster member: the server's Remote flag; a driver
    // the server does not list counts as local (the cautious answer: ?target= is then sent).
    bool driverIsLocal(const QString &driver) const { return !remoteDrivers.value(driver, false); }
    QStringList missingExtensions(const QStringList &needed) const;
};

// One member of a clustered target (GET /1.0/cluster/members?recursion=1, shared/api/cluster.go
// ClusterMember): where it answers and whether it is up.
struct ClusterMember
{
    QString name; // server_name
    QString url; // https://10.0.0.1:8443
    QString status; // Online | Offline | Evacuated | Blocked ...
    QString message; // "Fully operational", "No heartbeat for 1m0s" ...
    QString architecture;
    QStringList roles;

    bool online() const { return status == QLatin1String("Online"); }
};

struct Project
{
    QString name;
    QString description;
    bool ownNetworks = true; // features.networks: false means it uses the default project's
    bool ownProfiles = true;
    // What a restricted project allows for NICs: restricted.devices.nic when restricted=true
    // ("managed", the servers' default: only network=...; "block"; "allow"), '' when the project
    // is not restricted.
    QString nicRestriction;
    // limits.disk as configured ("50GiB"), '' when the project has no disk budget.
    QString diskLimitConfig;
    // From /1.0/projects/<name>/state (resources.disk), read only when limits.disk is set:
    // the budget and what the project's instances and volumes already declare, in bytes;
    // -1 when not read.
    qint64 diskLimit = -1;
    qint64 diskUsage = -1;
    // LXD 6.x: the project's own staging volume (storage.project.<name>.backups_volume), ''
    // when it uses the server's.
    QString backupsVolume;
};

struct StoragePool
{
    QString name;
    QString driver;
    QString status;
    QString description;
    qint64 spaceUsed = -1; // bytes, -1 when /resources did not say
    qint64 spaceTotal = -1;
};

struct Network
{
    QString name;
    QString type; // bridge, ovn, macvlan, physical, ...
    bool managed = false;
    QString ipv4Subnet; // "10.42.0.1/24"; empty for none or unmanaged
    QString ipv6Subnet;
    QString description;
};

struct Profile
{
    QString name;
    QString description;
};

// What `lxc config trust add --name X` / `incus config trust add X` prints: base64 of a JSON
// object. The fingerprint is the server certificate's SHA-256, which a client redeeming the
// token pins instead of asking a person.
struct TrustToken
{
    QString clientName;
    QString fingerprint; // lowercase hex, 64 digits
    QStringList addresses;
    QString secret;
    QString expiresAt; // as written; "0001-01-01T00:00:00Z" means never
    QString type; // empty for /1.0/certificates tokens; set by LXD 6's identities API
    QString encoded; // the token as given, trimmed

    bool expired(const QDateTime &now) const;
};

} // namespace ferry::incus
