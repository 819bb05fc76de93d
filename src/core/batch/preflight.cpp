#include "batch/preflight.h"

#include "batch/placement.h"
#include "incus/targetconfig.h"
#include "inventory/instanceoverrides.h"
#include "inventory/osinfo.h"
#include "model/instance.h"
#include "model/target.h"
#include "targets/targetinventory.h"
#include "util/units.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>

namespace ferry::batch {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)
};

bool isRaw(const Disk &d)
{
    return d.backingType.startsWith(QLatin1String("VirtualDiskRawDisk"))
        || d.backingType.startsWith(QLatin1String("VirtualDiskPartitionedRawDisk"));
}

void checkDisks(const Instance &vm, QVector<Finding> &out)
{
    // Unsupported disks block unless the instance ignores restrictions; then they are skipped.
    const Severity severity
        = vm.overrides.ignoreRestrictions ? Severity::Warning : Severity::Critical;
    const QString skipped = vm.overrides.ignoreRestrictions
        ? Text::tr(" It will be skipped (the instance ignores restrictions).")
        : QString();
    for (const Disk &d : vm.disks) {
        if (isRaw(d))
            out << Finding {severity, QStringLiteral("disk-raw"),
                Text::tr("Disk %1 is a raw device mapping, which cannot be copied.%2")
                    .arg(d.name, skipped)};
        else if (d.sharing == QLatin1String("sharingMultiWriter"))
            out << Finding {severity, QStringLiteral("disk-shared"),
                Text::tr("Disk %1 is shared with other VMs (multi-writer).%2")
                    .arg(d.name, skipped)};
        else if (!d.supported)
            out << Finding {severity, QStringLiteral("disk-unsupported"),
                Text::tr("Disk %1: %2%3").arg(d.name, d.unsupportedReason, skipped)};
        // Cold copies read the disk with the VM off: an independent disk is read as it is (a
        // non-persistent one's base is its state), no snapshot needed.
        if (d.supported && d.mode.startsWith(QLatin1String("independent")))
            out << Finding {Severity::Info, QStringLiteral("disk-independent"),
                Text::tr("Disk %1 is independent (%2); it is copied as it is on the datastore.")
                    .arg(d.name, d.mode)};
        if (d.capacityBytes <= 0)
            out << Finding {Severity::Critical, QStringLiteral("disk-capacity"),
                Text::tr("Disk %1 reports no capacity.").arg(d.name)};
    }
}

qint64 freeSpace(const incus::StoragePool *pool)
{
    if (!pool || pool->spaceTotal <= 0 || pool->spaceUsed < 0)
        return -1;
    return pool->spaceTotal - pool->spaceUsed;
}

// Where the upload is staged and whether it fits there. The server writes the whole upload to
// storage.backups_volume (or its var directory) before the import unpacks it into the pool, and
// removes it afterwards; each disk is its own upload (the root disk in the instance backup, every
// other disk in a custom volume backup), so one import needs room for its largest disk.
void checkStaging(const Instance &vm, const InstancePlacement &p, const Target &target,
    const TargetInventory &inv, const QHash<QString, qint64> &demand, QVector<Finding> &out)
{
    const qint64 upload = largestUpload(vm, p);
    if (upload <= 0 || !inv.backupsVolumeKnown)
        return;
    const QString volume = inv.backupsVolumeFor(p.project);
    if (volume.isEmpty()) {
        out << Finding {Severity::Info, QStringLiteral("staging-space"),
            Text::tr("Target %1 stages each upload in its var directory (backups/ under "
                     "/var/lib/incus or /var/lib/lxd, /var/snap/lxd/common/lxd for the snap), "
                     "whose free space its API does not report: this VM's largest disk needs %2 "
                     "there while it is imported. Set storage.backups_volume to a volume in a "
                     "pool with room to have Ferry check it.")
                .arg(target.name, units::formatBytes(upload))};
        return;
    }
    const QString stagingPool = inv.backupsPool(p.project);
    const qint64 free = freeSpace(inv.storagePool(stagingPool));
    if (free < 0)
        return; // the pool's space is unknown (or the pool is gone): nothing to compare with
    // The VM's disks landing in the same pool fill it while the last upload is still staged.
    const qint64 landing = demand.value(stagingPool);
    if (landing > free || upload + landing <= free)
        return; // pool-too-small says the first
    out << Finding {Severity::Critical, QStringLiteral("staging-space"),
        landing > 0
            ? Text::tr("Target %1 stages each upload in storage.backups_volume %2, in storage "
                       "pool %3, which also takes this VM's disks: the disks (%4) and the largest "
                       "upload (%5) need more than its %6 free. Free space in pool %3 or set "
                       "storage.backups_volume to a volume in a pool with room.")
                  .arg(target.name, volume, stagingPool, units::formatBytes(landing),
                      units::formatBytes(upload), units::formatBytes(free))
            : Text::tr("Target %1 stages each upload in storage.backups_volume %2, in storage "
                       "pool %3, which has %4 free, and this VM's largest disk needs %5 there "
                       "while it is imported. Free space in pool %3 or set "
                       "storage.backups_volume to a volume in a pool with room.")
                  .arg(target.name, volume, stagingPool, units::formatBytes(free),
                      units::formatBytes(upload))};
}

// The project's disk budget (limits.disk), as /1.0/projects/<name>/state last reported it.
void checkDiskBudget(const Instance &vm, const InstancePlacement &p, const Target &target,
    const incus::Project *project, QVector<Finding> &out)
{
    if (!project || project->diskLimit < 0 || project->diskUsage < 0)
        return;
    const qint64 need = budgetDemand(vm, p, target);
    const qint64 left = std::max<qint64>(0, project->diskLimit - project->diskUsage);
    if (need <= left)
        return;
    const QString upload = uploadChargedToBudget(target)
        ? Text::tr(" Incus %1 also charges each staged upload to this budget, so the import is "
                   "refused while it uploads.")
              .arg(target.serverVersion)
        : QString();
    out << Finding {Severity::Critical, QStringLiteral("project-disk-budget"),
        Text::tr("Project %1 on target %2 has a disk budget (limits.disk) of %3 with %4 in use, "
                 "so %5 are left, and this VM needs %6 (its disks and the %7 state volume the "
                 "server counts for every VM).%8 Raise limits.disk or place the VM in another "
                 "project.")
            .arg(p.project, target.name, units::formatBytes(project->diskLimit),
                units::formatBytes(project->diskUsage), units::formatBytes(left),
                units::formatBytes(need), units::formatBytes(vmStateBytes(target)), upload)};
}

void checkTarget(const Instance &vm, const InstancePlacement &p, const PreflightInputs &inputs,
    QVector<Finding> &out)
{
    if (p.target.isEmpty()) {
        out << Finding {Severity::Critical, QStringLiteral("no-target"),
            Text::tr("No target: set defaults.placement.target or call set_target in the placement "
                     "script.")};
        return;
    }
    const Target *target = nullptr;
    for (const Target &t : inputs.targets)
        if (t.name == p.target)
            target = &t;
    if (!target) {
        out << Finding {Severity::Critical, QStringLiteral("unknown-target"),
            Text::tr("The target %1 is not registered.").arg(p.target)};
        return;
    }
    // What the server can do, as last read (the engine reads it again at the start of the job).
    if (!target->apiExtensions.isEmpty()) {
        const QStringList missing = incus::missingExtensions(vm, target->apiExtensions);
        if (!missing.isEmpty())
            out << Finding {Severity::Critical, QStringLiteral("missing-extensions"),
                Text::tr(
                    "The target %1 lacks API extensions this VM needs: %2. Upgrade the server or "
                    "choose another target.")
                    .arg(target->name, missing.join(QStringLiteral(", ")))};
        if (!incus::firmwareKept(vm, target->apiExtensions))
            out << Finding {Severity::Warning, QStringLiteral("bios-without-csm"),
                Text::tr(
                    "The VM boots with BIOS and target %1 has no CSM (neither the security_csm "
                    "nor the instance_boot_mode API extension): it gets UEFI firmware and boots "
                    "only if the guest has a UEFI boot path (an EFI system partition with "
                    "\\EFI\\BOOT\\BOOTX64.EFI).")
                    .arg(target->name)};
    }
    const TargetInventory inv = TargetInventory::fromJson(target->inventory);
    if (inv.isEmpty()) {
        out << Finding {Severity::Warning, QStringLiteral("no-inventory"),
            Text::tr(
                "The inventory of target %1 was never read, so project, pools, networks and names "
                "are not checked (ferryctl target refresh %1).")
                .arg(target->name)};
        return;
    }
    const incus::Project *project = inv.project(p.project);
    if (!project) {
        out << Finding {Severity::Critical, QStringLiteral("missing-project"),
            Text::tr("The target %1 has no project %2.").arg(target->name, p.project)};
    } else {
        const QString name = vm.overrides.name.value_or(targetHostName(vm.name));
        if (inv.hasInstance(p.project, name))
            out << Finding {Severity::Critical, QStringLiteral("name-taken"),
                Text::tr("An instance named %1 already exists in project %2 of target %3.")
                    .arg(name, p.project, target->name)};
    }
    QStringList missingPools;
    for (auto it = p.storagePools.begin(); it != p.storagePools.end(); ++it)
        if (!inv.storagePool(it.value()) && !missingPools.contains(it.value()))
            missingPools << it.value();
    for (const QString &pool : std::as_const(missingPools))
        out << Finding {Severity::Critical, QStringLiteral("missing-pool"),
            Text::tr("The target %1 has no storage pool %2.").arg(target->name, pool)};
    // The disks must fit into the free space of their pools (as the target last said it): an
    // import that fills the pool fails after the source was shut down and every byte copied.
    const QHash<QString, qint64> demand = poolDemand(vm, p);
    for (auto it = demand.cbegin(); it != demand.cend(); ++it) {
        const incus::StoragePool *pool = inv.storagePool(it.key());
        if (!pool || pool->spaceTotal <= 0 || pool->spaceUsed < 0)
            continue;
        const qint64 free = pool->spaceTotal - pool->spaceUsed;
        if (it.value() > free)
            out << Finding {Severity::Critical, QStringLiteral("pool-too-small"),
                Text::tr("The storage pool %1 on target %2 has %3 free, and the VM's disks placed "
                         "in it need %4; free space there or place the disks in another pool.")
                    .arg(it.key(), target->name, units::formatBytes(free),
                        units::formatBytes(it.value()))};
    }
    checkStaging(vm, p, *target, inv, demand, out);
    checkDiskBudget(vm, p, *target, project, out);

    // A project without its own networks uses the default project's.
    const QString networkProject
        = project && !project->ownNetworks ? QStringLiteral("default") : p.project;
    // LXD and Incus give an instance one DNS name per managed network: a second NIC of the same
    // VM on it is refused ("Instance DNS name ... already used on network"), after the copy.
    QHash<QString, QStringList> nicsOnManaged;
    for (auto it = p.networks.begin(); it != p.networks.end(); ++it)
        if (it.value().nicType == QLatin1String("managed"))
            nicsOnManaged[it.value().network] << it.key();
    for (auto it = nicsOnManaged.begin(); it != nicsOnManaged.end(); ++it)
        if (it.value().size() > 1)
            out << Finding {Severity::Critical, QStringLiteral("nics-on-one-managed-network"),
                Text::tr(
                    "NICs %1 would all be on the managed network %2, which takes one NIC of an "
                    "instance only; map all but one of their source networks to another network "
                    "(or to a bridged or macvlan NIC).")
                    .arg(it.value().join(QStringLiteral(", ")), it.key())};
    for (auto it = p.networks.begin(); it != p.networks.end(); ++it) {
        const NetworkPlacement &n = it.value();
        const QString invalid = validatePlacement(n);
        if (!invalid.isEmpty()) {
            const bool vlanOnManaged = n.nicType == QLatin1String("managed") && !n.vlan.isEmpty();
            out << Finding {Severity::Critical,
                vlanOnManaged ? QStringLiteral("vlan-on-managed")
                              : QStringLiteral("invalid-network-mapping"),
                Text::tr("NIC %1: %2").arg(it.key(), invalid)};
            continue;
        }
        const incus::Network *net = inv.network(networkProject, n.network);
        if (!net && networkProject != QLatin1String("default"))
            net = inv.network(QStringLiteral("default"), n.network);
        if (!net) {
            out << Finding {Severity::Critical, QStringLiteral("missing-network"),
                Text::tr("NIC %1: the target %2 has no network %3 in project %4.")
                    .arg(it.key(), target->name, n.network, p.project)};
            continue;
        }
        // A restricted project (restricted=true) allows what restricted.devices.nic says:
        // by default only NICs on managed networks; the import would be refused after the copy.
        if (project && project->nicRestriction == QLatin1String("block")) {
            out << Finding {Severity::Critical, QStringLiteral("project-blocks-nics"),
                Text::tr("NIC %1: the project %2 on target %3 allows no NICs "
                         "(restricted.devices.nic=block); ask the target's administrator to "
                         "allow them, or place the VM in another project.")
                    .arg(it.key(), p.project, target->name)};
            continue;
        }
        if (project && project->nicRestriction == QLatin1String("managed")
            && n.nicType != QLatin1String("managed")) {
            out << Finding {Severity::Critical, QStringLiteral("project-restricts-nics"),
                Text::tr("NIC %1: the project %2 on target %3 allows only NICs on managed "
                         "networks (restricted.devices.nic=managed), not a %4 NIC on %5; map its "
                         "source network to a managed network, or ask the target's administrator "
                         "for restricted.devices.nic=allow.")
                    .arg(it.key(), p.project, target->name, n.nicType, n.network)};
            continue;
        }
        // A bridged NIC plugs into a bridge; on a host interface of another kind the VM would
        // not start.
        if (n.nicType == QLatin1String("bridged") && !net->type.isEmpty()
            && net->type != QLatin1String("bridge")) {
            out << Finding {Severity::Critical, QStringLiteral("bridged-needs-bridge"),
                Text::tr("NIC %1: a bridged NIC needs a bridge, and %2 on target %3 is a %4 "
                         "interface; use the NIC type macvlan for it, or a bridge on top of it.")
                    .arg(it.key(), n.network, target->name, net->type)};
            continue;
        }
        if (n.nicType == QLatin1String("physical")) {
            out << Finding {Severity::Warning, QStringLiteral("physical-nic"),
                Text::tr(
                    "NIC %1: the NIC type physical hands the whole host interface %2 to the VM "
                    "(PCI passthrough); the VM keeps neither its MAC address nor a VLAN. Use "
                    "bridged or macvlan to share the host's network.")
                    .arg(it.key(), n.network)};
            continue;
        }
        if (n.nicType == QLatin1String("macvlan")
            && (n.vlan.contains(QLatin1Char(',')) || n.vlan.contains(QLatin1Char('-')))) {
            out << Finding {Severity::Critical, QStringLiteral("macvlan-vlan-list"),
                Text::tr("NIC %1: a macvlan NIC takes one VLAN, not the list %2; use the NIC type "
                         "bridged for a trunk.")
                    .arg(it.key(), n.vlan)};
            continue;
        }
        if (n.nicType != QLatin1String("managed"))
            continue;
        if (!net->managed) {
            out << Finding {Severity::Critical, QStringLiteral("network-not-managed"),
                Text::tr(
                    "NIC %1: the network %2 on target %3 is not managed; use the NIC type bridged "
                    "or physical.")
                    .arg(it.key(), n.network, target->name)};
            continue;
        }
        QString ipv4;
        for (const Nic &nic : vm.nics)
            if (nic.hardwareAddress.toLower() == it.key())
                ipv4 = nic.ipv4Address;
        if (ipv4.isEmpty())
            continue;
        if (net->ipv4Subnet.isEmpty() || net->ipv4Subnet == QLatin1String("none")) {
            out << Finding {Severity::Info, QStringLiteral("network-without-subnet"),
                Text::tr("NIC %1: the network %2 has no IPv4 subnet, so the address %3 is not "
                         "reserved on the target.")
                    .arg(it.key(), n.network, ipv4)};
            continue;
        }
        const auto subnet = QHostAddress::parseSubnet(net->ipv4Subnet);
        const QHostAddress address(ipv4);
        if (!address.isNull() && subnet.first.protocol() == QAbstractSocket::IPv4Protocol
            && !address.isInSubnet(subnet))
            out << Finding {Severity::Critical, QStringLiteral("ip-outside-subnet"),
                Text::tr(
                    "NIC %1: the address %2 is outside the subnet %3 of the managed network %4.")
                    .arg(it.key(), ipv4, net->ipv4Subnet, n.network)};
    }
}

} // namespace

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Critical:
        return QStringLiteral("critical");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

namespace {

// The guest conversion as this host can do it (docs/conversion.md). Whether the disks hold an
// operating system shows only when they are read: the engine decides that before it powers the
// source off.
void checkConversion(const Instance &vm, const PreflightInputs &inputs, QVector<Finding> &out)
{
    const QVector<NicAddressOverride> addresses = nicAddressOverrides(vm.overrides);
    for (const NicAddressOverride &a : addresses)
        if (const QString problem = nicAddressProblem(a, vm); !problem.isEmpty())
            out << Finding {Severity::Critical, QStringLiteral("nic-address-invalid"),
                Text::tr("The new guest address for NIC %1 cannot be applied: %2")
                    .arg(a.mac, problem)};
    if (!addresses.isEmpty() && !inputs.convertGuests)
        out << Finding {Severity::Warning, QStringLiteral("nic-address-not-applied"),
            Text::tr("New guest addresses are set for %n NIC(s), but guest conversion is off for "
                     "this batch, and only the conversion writes them into the guest.",
                nullptr, int(addresses.size()))};
    if (!inputs.convertGuests) {
        out << Finding {Severity::Info, QStringLiteral("conversion-off"),
            Text::tr("Guest conversion is off for this batch: the disks land as they are on "
                     "VMware (VMware Tools kept, no virtio drivers added), so the guest may not "
                     "boot or find its network on the target.")};
        return;
    }
    if (vm.osType == QLatin1String("windows")) {
        out << Finding {Severity::Warning, QStringLiteral("windows-not-converted"),
            Text::tr("Windows guests are converted with the drivers of a virtio-win ISO: "
                     "without one, the engine stops before powering the source off; where it "
                     "has no storage driver for this Windows, the root disk goes on NVMe.")};
        return;
    }
    if (const QStringList &missing = inputs.conversionToolsMissing; !missing.isEmpty())
        out << Finding {Severity::Warning, QStringLiteral("conversion-unavailable"),
            Text::tr("This computer cannot convert guests (%1 missing): an engine here stops "
                     "before powering the source off when the disks hold an operating system. "
                     "Run the engine on a Linux host with libguestfs-tools, nbdkit and "
                     "qemu-utils, or turn guest conversion off for this batch.")
                .arg(missing.join(QStringLiteral(", ")))};
}

} // namespace

QVector<Finding> preflight(
    const Instance &vm, const InstancePlacement &p, const PreflightInputs &inputs)
{
    QVector<Finding> out;
    if (vm.missingSince.isValid())
        out << Finding {Severity::Critical, QStringLiteral("missing-from-source"),
            Text::tr("The VM is no longer on its source (since %1).")
                .arg(vm.missingSince.toUTC().toString(Qt::ISODate))};
    for (const Restriction &r : restrictionsOf(vm, inputs.overrides))
        if (r.code != QLatin1String("unsupported-disk"))
            out << Finding {Severity::Critical, r.code, r.message};
    if (!vm.overrides.disableMigration)
        checkDisks(vm, out);
    if (vm.powerState == QLatin1String("suspended"))
        out << Finding {Severity::Critical, QStringLiteral("suspended"),
            Text::tr(
                "The VM is suspended; Ferry does not power it off, because that would discard its "
                "memory state. Resume it and shut it down, or power it off yourself if that state "
                "may go.")};
    if (!vm.snapshots.isEmpty())
        out << Finding {Severity::Info, QStringLiteral("snapshots"),
            Text::tr("The VM has %n snapshot(s); the target gets its current state only.", nullptr,
                int(vm.snapshots.size()))};
    checkConversion(vm, inputs, out);
    if (vm.tpm)
        out << Finding {Severity::Warning, QStringLiteral("tpm"),
            Text::tr(
                "The VM has a TPM; its contents (keys, BitLocker or LUKS secrets sealed to it) do "
                "not move, the target VM gets a new, empty vTPM.")};
    for (const QString &mac : p.unmappedNics)
        out << Finding {Severity::Critical, QStringLiteral("unmapped-network"),
            Text::tr(
                "NIC %1 is on a network that was not imported, so it has no target network; map "
                "it with an instance placement override or the placement script.")
                .arg(mac)};
    if (!p.scriptError.isEmpty())
        out << Finding {Severity::Critical, QStringLiteral("script-failed"), p.scriptError};
    else
        checkTarget(vm, p, inputs, out);
    std::stable_sort(out.begin(), out.end(),
        [](const Finding &a, const Finding &b) { return int(a.severity) < int(b.severity); });
    return out;
}

bool hasCritical(const QVector<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(),
        [](const Finding &f) { return f.severity == Severity::Critical; });
}

QString blockingReasons(const QVector<Finding> &findings)
{
    QStringList reasons;
    for (const Finding &f : findings)
        if (f.severity == Severity::Critical)
            reasons << f.message;
    return reasons.join(QLatin1Char(' '));
}

QHash<QString, qint64> poolDemand(const Instance &vm, const InstancePlacement &placement)
{
    QHash<QString, qint64> need;
    for (const Disk &d : vm.disks) {
        const QString pool = placement.storagePools.value(d.name);
        if (!pool.isEmpty() && d.capacityBytes > 0)
            need[pool] += d.capacityBytes;
    }
    return need;
}

QVector<QVector<Finding>> batchPoolFindings(
    const QVector<QPair<const Instance *, const InstancePlacement *>> &queued,
    const QVector<Target> &targets)
{
    // Every queued VM's disks, per target and pool.
    QHash<QPair<QString, QString>, qint64> demand;
    QHash<QPair<QString, QString>, int> users;
    for (const auto &[vm, placement] : queued) {
        const QHash<QString, qint64> need = poolDemand(*vm, *placement);
        for (auto it = need.cbegin(); it != need.cend(); ++it) {
            demand[{placement->target, it.key()}] += it.value();
            users[{placement->target, it.key()}]++;
        }
    }
    // Each target's inventory, parsed once however many of its pools are shared.
    QHash<QString, TargetInventory> inventories;
    QHash<QPair<QString, QString>, QString> overcommitted;
    for (auto it = demand.cbegin(); it != demand.cend(); ++it) {
        if (users.value(it.key()) < 2)
            continue; // one VM alone: preflight() says it
        auto inv = inventories.find(it.key().first);
        if (inv == inventories.end()) {
            const Target *target = nullptr;
            for (const Target &t : targets)
                if (t.name == it.key().first)
                    target = &t;
            if (!target)
                continue;
            inv = inventories.insert(target->name, TargetInventory::fromJson(target->inventory));
        }
        const incus::StoragePool *pool = inv->storagePool(it.key().second);
        if (!pool || pool->spaceTotal <= 0 || pool->spaceUsed < 0)
            continue;
        const qint64 free = pool->spaceTotal - pool->spaceUsed;
        if (it.value() > free)
            overcommitted.insert(it.key(),
                Text::tr("Together, the %1 VMs of this batch placed in storage pool %2 on target "
                         "%3 need %4, and it has %5 free: the last imports would fail when it is "
                         "full.")
                    .arg(users.value(it.key()))
                    .arg(it.key().second, it.key().first, units::formatBytes(it.value()),
                        units::formatBytes(free)));
    }
    QVector<QVector<Finding>> out(queued.size());
    for (int i = 0; i < queued.size(); ++i) {
        const auto &[vm, placement] = queued.at(i);
        const QHash<QString, qint64> need = poolDemand(*vm, *placement);
        for (auto it = need.cbegin(); it != need.cend(); ++it)
            if (const QString text = overcommitted.value({placement->target, it.key()});
                !text.isEmpty())
                out[i] << Finding {Severity::Warning, QStringLiteral("pool-overcommitted"), text};
    }
    return out;
}

qint64 largestUpload(const Instance &vm, const InstancePlacement &placement)
{
    qint64 largest = 0;
    for (const Disk &d : vm.disks)
        if (!placement.storagePools.value(d.name).isEmpty())
            largest = std::max(largest, d.capacityBytes);
    return largest;
}

qint64 vmStateBytes(const Target &target)
{
    // The default size.state of a VM's root disk, which the project limits count for every VM
    // (Ferry sets no size.state): Incus internal/server/device/config/consts.go
    // DefaultVMBlockFilesystemSize "500MiB" (v6.0.6 to v7.3.0); LXD 5.0.2
    // lxd/device/config/consts.go and LXD 5.21/6.x lxd/storage/drivers/utils.go "100MiB".
    return target.targetType == incus::ServerLxd ? 100LL << 20 : 500LL << 20;
}

bool uploadChargedToBudget(const Target &target)
{
    // Incus 7.0 wraps the staged upload in a QuotaWriter with the project's space budget
    // (commit 236711d0f2; cmd/incusd/instances_post.go createFromBackup at v7.3.0); LXD and
    // Incus 6 copy it unchecked.
    return target.targetType == incus::ServerIncus
        && target.serverVersion.section(QLatin1Char('.'), 0, 0).toInt() >= 7;
}

qint64 budgetDemand(const Instance &vm, const InstancePlacement &placement, const Target &target)
{
    qint64 need = 0;
    const QHash<QString, qint64> pools = poolDemand(vm, placement);
    for (auto it = pools.cbegin(); it != pools.cend(); ++it)
        need += it.value();
    return need > 0 ? need + vmStateBytes(target) : 0;
}

QVector<QVector<Finding>> batchStagingAndBudgetFindings(
    const QVector<QPair<const Instance *, const InstancePlacement *>> &queued,
    const QVector<Target> &targets)
{
    const auto targetNamed = [&targets](const QString &name) -> const Target * {
        for (const Target &t : targets)
            if (t.name == name)
                return &t;
        return nullptr;
    };
    // Each queued target's inventory, parsed once (and complete before any reference is taken).
    QHash<QString, TargetInventory> inventories;
    for (const auto &queuedVm : queued)
        if (const Target *t = targetNamed(queuedVm.second->target);
            t && !inventories.contains(t->name))
            inventories.insert(t->name, TargetInventory::fromJson(t->inventory));
    const auto inventory = [&inventories](const Target &t) -> const TargetInventory & {
        return *inventories.constFind(t.name);
    };
    // Per target and project: the budget the batch's VMs take; per target and staging volume:
    // the disks landing in the volume's pool and the largest upload.
    using Key = QPair<QString, QString>;
    QHash<Key, qint64> budget;
    QHash<Key, int> budgetUsers;
    QHash<Key, qint64> landing;
    QHash<Key, qint64> largest;
    QHash<Key, int> stagingUsers;
    for (const auto &[vm, placement] : queued) {
        const Target *target = targetNamed(placement->target);
        if (!target)
            continue;
        const qint64 need = budgetDemand(*vm, *placement, *target);
        if (need > 0) {
            budget[{target->name, placement->project}] += need;
            budgetUsers[{target->name, placement->project}]++;
        }
        const TargetInventory &inv = inventory(*target);
        const QString volume = inv.backupsVolumeFor(placement->project);
        if (!volume.isEmpty()) {
            const Key key {target->name, volume};
            landing[key]
                += poolDemand(*vm, *placement).value(volume.section(QLatin1Char('/'), 0, 0));
            largest[key] = std::max(largest.value(key), largestUpload(*vm, *placement));
            stagingUsers[key]++;
        }
    }
    QHash<Key, QString> overBudget;
    for (auto it = budget.cbegin(); it != budget.cend(); ++it) {
        if (budgetUsers.value(it.key()) < 2)
            continue; // one VM alone: preflight() says it
        const incus::Project *project
            = inventory(*targetNamed(it.key().first)).project(it.key().second);
        if (!project || project->diskLimit < 0 || project->diskUsage < 0)
            continue;
        const qint64 left = std::max<qint64>(0, project->diskLimit - project->diskUsage);
        if (it.value() > left)
            overBudget.insert(it.key(),
                Text::tr("Together, the %1 VMs of this batch placed in project %2 on target %3 "
                         "need %4 of its disk budget (limits.disk %5), and %6 are left: the last "
                         "imports would be refused.")
                    .arg(budgetUsers.value(it.key()))
                    .arg(it.key().second, it.key().first, units::formatBytes(it.value()),
                        units::formatBytes(project->diskLimit), units::formatBytes(left)));
    }
    QHash<Key, QString> overStaged;
    for (auto it = landing.cbegin(); it != landing.cend(); ++it) {
        if (stagingUsers.value(it.key()) < 2 || it.value() <= 0)
            continue; // one VM alone: preflight() says it; no disks there: nothing adds up
        const TargetInventory &inv = inventory(*targetNamed(it.key().first));
        const QString pool = it.key().second.section(QLatin1Char('/'), 0, 0);
        const qint64 free = freeSpace(inv.storagePool(pool));
        const qint64 upload = largest.value(it.key());
        // The disks alone overfilling the pool is pool-overcommitted.
        if (free < 0 || it.value() > free || it.value() + upload <= free)
            continue;
        overStaged.insert(it.key(),
            Text::tr("Target %1 stages each upload in storage.backups_volume %2, in storage pool "
                     "%3, which this batch's VMs fill with %4 of disks: with the largest upload "
                     "(%5) staged on top they need more than its %6 free, so the last imports "
                     "would fail.")
                .arg(it.key().first, it.key().second, pool, units::formatBytes(it.value()),
                    units::formatBytes(upload), units::formatBytes(free)));
    }
    QVector<QVector<Finding>> out(queued.size());
    for (int i = 0; i < queued.size(); ++i) {
        const InstancePlacement &placement = *queued.at(i).second;
        if (const QString text = overBudget.value({placement.target, placement.project});
            !text.isEmpty())
            out[i] << Finding {Severity::Warning, QStringLiteral("project-disk-budget"), text};
        const Target *target = targetNamed(placement.target);
        const QString volume
            = target ? inventory(*target).backupsVolumeFor(placement.project) : QString();
        if (const QString text = overStaged.value({placement.target, volume}); !text.isEmpty())
            out[i] << Finding {Severity::Warning, QStringLiteral("staging-space"), text};
    }
    return out;
}

} // namespace ferry::batch
