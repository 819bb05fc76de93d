#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace ferry {

struct Disk
{
    int position = 0;
    QString name; // "[datastore] dir/disk.vmdk"
    int deviceKey = 0;
    qint64 capacityBytes = 0;
    QString sharing;
    QString mode;
    QString backingType;
    bool supported = true;
    QString unsupportedReason;
    bool backgroundImportVerified = false;
    QString changeId;
};

struct Nic
{
    int position = 0;
    qint64 networkId = 0; // 0: not linked to an imported network
    QString sourceSpecificId;
    QString hardwareAddress;
    QString location;
    QString ipv4Address;
    QString ipv6Address;
};

struct Snapshot
{
    int position = 0;
    QString name;
    QString description;
    QDateTime createdAt;
};

struct InstanceOverrides
{
    std::optional<QString> name;
    std::optional<int> cpus;
    std::optional<qint64> memoryBytes;
    bool disableMigration = false;
    bool ignoreRestrictions = false;
    QString comment;
    QJsonObject extra; // os_type, distribution, distribution_version, config, ...
};

struct Instance
{
    qint64 id = 0;
    QString uuid;
    qint64 sourceId = 0;
    QString sourceSpecificId; // vm moref
    QString location; // inventory path
    QString name;
    QString description;
    QString os;
    QString osDescription;
    QString osTemplate;
    QString osVersion;
    QString osType;
    QString distribution;
    QString distributionVersion;
    QString architecture;
    int cpus = 0;
    qint64 memoryBytes = 0;
    bool legacyBoot = false;
    bool secureBoot = false;
    bool tpm = false;
    QString powerState;
    bool toolsRunning = false;
    bool backgroundImport = false;
    QJsonObject config;
    QDateTime missingSince;
    QDateTime lastUpdateFromSource;
    InstanceOverrides overrides;
    QVector<Disk> disks;
    QVector<Nic> nics;
    QVector<Snapshot> snapshots;

    QString effectiveName() const { return overrides.name.value_or(name); }
    int effectiveCpus() const { return overrides.cpus.value_or(cpus); }
    qint64 effectiveMemoryBytes() const { return overrides.memoryBytes.value_or(memoryBytes); }
};

} // namespace ferry
