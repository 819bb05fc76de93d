// Pre-flight checks per instance: the reference's restrictions with the batch's overrides, disks,
// snapshots, TPM, unmapped networks and the placement against the target's cached inventory.
#include "batch/placement.h"
#include "batch/preflight.h"
#include "inventory/instanceoverrides.h"
#include "test_batchsupport.h"

#include <QtTest>

#include <functional>

using namespace ferry;
using namespace ferry::batch;
using namespace ferry::test;

namespace {

struct Case
{
    std::function<void(Instance &, InstancePlacement &, PreflightInputs &)> change;
};

Instance cleanVm()
{
    Instance vm = goodInstance(QStringLiteral("web01"), 7);
    vm.nics[0].hardwareAddress = QStringLiteral("00:50:56:00:00:01");
    vm.nics[0].ipv4Address = QStringLiteral("10.42.0.10");
    return vm;
}

InstancePlacement cleanPlacement(const Instance &vm)
{
    InstancePlacement p;
    p.target = QStringLiteral("incus01");
    p.project = QStringLiteral("default");
    for (const Disk &d : vm.disks)
        p.storagePools.insert(d.name, QStringLiteral("default"));
    p.networks.insert(QStringLiteral("00:50:56:00:00:01"),
        NetworkPlacement {QStringLiteral("VM-Network"), QStringLiteral("managed"), QString()});
    return p;
}

// A virtio-win ISO artifact with drivers for these Windows versions (amd64).
Artifact virtioWin(qint64 id, const QStringList &versions)
{
    Artifact a;
    a.id = id;
    a.type = QStringLiteral("driver");
    a.os = QStringLiteral("windows");
    a.description = QStringLiteral("virtio-win 0.1.266");
    a.versions = versions;
    a.architectures = {QStringLiteral("amd64")};
    a.addedAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    return a;
}

PreflightInputs cleanInputs()
{
    PreflightInputs in;
    Target t = incusTarget();
    t.id = 1;
    Target fresh = incusTarget(QStringLiteral("lxd-new"));
    fresh.id = 2;
    fresh.inventory = {};
    in.targets = {t, fresh};
    return in;
}

// The target's cached inventory, changed: a pool's space, the staging volume, a project's disk
// budget (as /1.0/pools/<pool>/resources, GET /1.0's config and /1.0/projects/<name>/state say).
void setPoolSpace(PreflightInputs &in, const QString &pool, qint64 total, qint64 used)
{
    QJsonObject inv = in.targets[0].inventory;
    QJsonArray pools = inv.value(QStringLiteral("storage_pools")).toArray();
    for (int i = 0; i < pools.size(); ++i) {
        QJsonObject o = pools[i].toObject();
        if (o.value(QStringLiteral("name")).toString() != pool)
            continue;
        o.insert(QStringLiteral("space_total"), double(total));
        o.insert(QStringLiteral("space_used"), double(used));
        pools[i] = o;
    }
    inv.insert(QStringLiteral("storage_pools"), pools);
    in.targets[0].inventory = inv;
}

void setBackupsVolume(PreflightInputs &in, const QString &volume)
{
    in.targets[0].inventory.insert(QStringLiteral("backups_volume"), volume);
}

void setDiskBudget(PreflightInputs &in, qint64 limit, qint64 usage)
{
    QJsonObject inv = in.targets[0].inventory;
    QJsonArray projects = inv.value(QStringLiteral("projects")).toArray();
    QJsonObject def = projects[0].toObject();
    def.insert(QStringLiteral("limits_disk"), QStringLiteral("budget"));
    def.insert(QStringLiteral("disk_limit"), double(limit));
    def.insert(QStringLiteral("disk_usage"), double(usage));
    projects[0] = def;
    inv.insert(QStringLiteral("projects"), projects);
    in.targets[0].inventory = inv;
}

constexpr qint64 GiB = 1LL << 30;
constexpr qint64 MiB = 1LL << 20;

QString describe(const QVector<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << QStringLiteral("%1 %2: %3").arg(severityName(f.severity), f.code, f.message);
    return out.join(QLatin1Char('\n'));
}

} // namespace

Q_DECLARE_METATYPE(Case)
Q_DECLARE_METATYPE(Severity)

class TestBatchPreflight final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clean()
    {
        const Instance vm = cleanVm();
        const auto findings = preflight(vm, cleanPlacement(vm), cleanInputs());
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
        // A managed NIC is what a project restricted to managed networks allows.
        PreflightInputs restricted = cleanInputs();
        QJsonObject inv = restricted.targets[0].inventory;
        QJsonArray projects = inv.value(QStringLiteral("projects")).toArray();
        QJsonObject def = projects[0].toObject();
        def.insert(QStringLiteral("nic_restriction"), QStringLiteral("managed"));
        projects[0] = def;
        inv.insert(QStringLiteral("projects"), projects);
        restricted.targets[0].inventory = inv;
        const auto allowed = preflight(vm, cleanPlacement(vm), restricted);
        QVERIFY2(allowed.isEmpty(), qPrintable(describe(allowed)));
        // An Online member of a clustered target.
        PreflightInputs clustered = cleanInputs();
        clustered.targets[0].inventory.insert(QStringLiteral("clustered"), true);
        clustered.targets[0].inventory.insert(QStringLiteral("cluster_members"),
            QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("node1")},
                {QStringLiteral("status"), QStringLiteral("Online")}}});
        InstancePlacement onNode1 = cleanPlacement(vm);
        onNode1.member = QStringLiteral("node1");
        const auto placed = preflight(vm, onNode1, clustered);
        QVERIFY2(placed.isEmpty(), qPrintable(describe(placed)));
    }

    void findings_data()
    {
        QTest::addColumn<Case>("c");
        QTest::addColumn<QString>("code");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<QString>("text");
        using I = Instance;
        using P = InstancePlacement;
        using In = PreflightInputs;
        const auto row = [](const char *name, Case c, const char *code, Severity s,
                             const char *text = "") {
            QTest::newRow(name) << c << QString::fromLatin1(code) << s << QString::fromUtf8(text);
        };
        row("disabled", {[](I &vm, P &, In &) {
            vm.overrides.disableMigration = true;
        }},
            "manually-disabled", Severity::Critical, "manually disabled");
        row("invalid host name", {[](I &vm, P &, In &) {
            vm.overrides.name = QStringLiteral("-x-");
        }},
            "invalid-name", Severity::Critical);
        row("unknown os", {[](I &vm, P &, In &) {
            vm.distribution = QStringLiteral("other");
        }},
            "unknown-os", Severity::Critical);
        row("no architecture", {[](I &vm, P &, In &) {
            vm.architecture.clear();
        }},
            "no-architecture", Severity::Critical);
        row("no ipv4", {[](I &vm, P &, In &) {
            vm.nics[0].ipv4Address.clear();
        }},
            "no-ipv4", Severity::Critical);
        row("no cbt", {[](I &vm, P &, In &) {
            vm.backgroundImport = false;
        }},
            "no-background-import", Severity::Critical);
        row("cbt unverified", {[](I &vm, P &, In &) {
            vm.disks[0].backgroundImportVerified = false;
        }},
            "background-import-unverified", Severity::Critical);
        row("shared disk", {[](I &vm, P &, In &) {
            vm.disks[0].sharing = QStringLiteral("sharingMultiWriter");
            vm.disks[0].supported = false;
        }},
            "disk-shared", Severity::Critical, "shared with other VMs");
        row("shared disk, restrictions ignored", {[](I &vm, P &, In &) {
            vm.disks[0].sharing = QStringLiteral("sharingMultiWriter");
            vm.disks[0].supported = false;
            vm.overrides.ignoreRestrictions = true;
        }},
            "disk-shared", Severity::Warning, "will be skipped");
        row("conversion off", {[](I &, P &, In &in) {
            in.convertGuests = false;
        }},
            "conversion-off", Severity::Info, "the disks land as they are");
        row("conversion tools missing here", {[](I &, P &, In &in) {
            in.conversionToolsMissing = {QStringLiteral("guestfish"), QStringLiteral("nbdkit")};
        }},
            "conversion-unavailable", Severity::Warning, "guestfish, nbdkit missing");
        row("windows guest, no virtio-win ISO", {[](I &vm, P &, In &) {
            vm.osType = QStringLiteral("windows");
        }},
            "virtio-win-missing", Severity::Warning, "will wait for a virtio-win ISO");
        row("windows guest, an ISO for its version", {[](I &vm, P &, In &in) {
            vm.osType = QStringLiteral("windows");
            vm.osVersion = QStringLiteral("Server 2019");
            in.artifacts = {virtioWin(4, {QStringLiteral("2k16"), QStringLiteral("2k19")})};
        }},
            "virtio-win", Severity::Info,
            "artifact 4 (virtio-win 0.1.266), which has drivers for this guest's Windows "
            "version (2k19)");
        row("windows guest, version from the guest id", {[](I &vm, P &, In &in) {
            vm.osType = QStringLiteral("windows");
            vm.config.insert(
                QStringLiteral("vmware.guest_id"), QStringLiteral("windows2019srvNext_64Guest"));
            in.artifacts = {virtioWin(4, {QStringLiteral("2k22")})};
        }},
            "virtio-win", Severity::Info, "Windows version (2k22)");
        row("windows guest, version unknown", {[](I &vm, P &, In &in) {
            vm.osType = QStringLiteral("windows");
            in.artifacts = {virtioWin(4, {QStringLiteral("2k22"), QStringLiteral("w11")})};
        }},
            "virtio-win", Severity::Info,
            "does not tell the Windows version, it has drivers for "
            "2k22, w11");
        row("windows guest, no drivers for its version", {[](I &vm, P &, In &in) {
            vm.osType = QStringLiteral("windows");
            vm.osVersion = QStringLiteral("11");
            in.artifacts = {virtioWin(4, {QStringLiteral("2k16")})};
        }},
            "virtio-win-version-missing", Severity::Warning, "(w11), only for 2k16");
        row("windows guest, the ISO that has its version", {[](I &vm, P &, In &in) {
            vm.osType = QStringLiteral("windows");
            vm.osVersion = QStringLiteral("Server 2025");
            Artifact other = virtioWin(5, {QStringLiteral("2k16")});
            other.addedAt = other.addedAt.addDays(1);
            in.artifacts = {virtioWin(4, {QStringLiteral("2k25")}), other};
        }},
            "virtio-win", Severity::Info, "artifact 4");
        row("windows guest: an sdk artifact is not virtio-win", {[](I &vm, P &, In &in) {
            vm.osType = QStringLiteral("windows");
            Artifact sdk = virtioWin(4, {QStringLiteral("2k19")});
            sdk.type = QStringLiteral("sdk");
            in.artifacts = {sdk};
        }},
            "virtio-win-missing", Severity::Warning, "Artifacts page");
        row("new address for a NIC the VM lacks", {[](I &vm, P &, In &) {
            setNicAddressOverride(vm.overrides,
                {QStringLiteral("00:11:22:33:44:55"), QStringLiteral("198.51.100.20/24"), {}, {}});
        }},
            "nic-address-invalid", Severity::Critical, "no NIC with the MAC address");
        row("new address, conversion off", {[](I &vm, P &, In &in) {
            setNicAddressOverride(vm.overrides,
                {vm.nics[0].hardwareAddress, QStringLiteral("198.51.100.20/24"), {}, {}});
            in.convertGuests = false;
        }},
            "nic-address-not-applied", Severity::Warning, "only the conversion writes them");
        row("independent disk (fine for a cold copy)", {[](I &vm, P &, In &) {
            vm.disks[0].mode = QStringLiteral("independent_persistent");
        }},
            "disk-independent", Severity::Info, "independent_persistent");
        row("encrypted disk", {[](I &vm, P &, In &) {
            vm.disks[0].supported = false;
            vm.disks[0].unsupportedReason
                = QStringLiteral("The disk is encrypted: ... Decrypt the VM first.");
        }},
            "disk-unsupported", Severity::Critical, "Decrypt the VM first");
        row("raw mapping", {[](I &vm, P &, In &) {
            vm.disks[0].backingType = QStringLiteral("VirtualDiskRawDiskMappingVer1BackingInfo");
            vm.disks[0].supported = false;
        }},
            "disk-raw", Severity::Critical, "raw device mapping");
        row("unknown backing", {[](I &vm, P &, In &) {
            vm.disks[0].backingType = QStringLiteral("VirtualDiskSparseVer1");
            vm.disks[0].supported = false;
            vm.disks[0].unsupportedReason = QStringLiteral("odd backing");
        }},
            "disk-unsupported", Severity::Critical, "odd backing");
        row("no capacity", {[](I &vm, P &, In &) {
            vm.disks[0].capacityBytes = 0;
        }},
            "disk-capacity", Severity::Critical);
        row("snapshots", {[](I &vm, P &, In &) {
            vm.snapshots << Snapshot {0, QStringLiteral("before"), {}, {}}
                         << Snapshot {1, QStringLiteral("after"), {}, {}};
        }},
            "snapshots", Severity::Info, "2 snapshot");
        row("tpm", {[](I &vm, P &, In &) {
            vm.tpm = true;
        }},
            "tpm", Severity::Warning);
        row("unmapped nic", {[](I &, P &p, In &) {
            p.networks.clear();
            p.unmappedNics << QStringLiteral("00:50:56:00:00:01");
        }},
            "unmapped-network", Severity::Critical, "00:50:56:00:00:01");
        row("gone from the source", {[](I &vm, P &, In &) {
            vm.missingSince = QDateTime::currentDateTimeUtc();
        }},
            "missing-from-source", Severity::Critical);
        row("no target", {[](I &, P &p, In &) {
            p.target.clear();
        }},
            "no-target", Severity::Critical);
        row("unknown target", {[](I &, P &p, In &) {
            p.target = QStringLiteral("incus09");
        }},
            "unknown-target", Severity::Critical, "incus09");
        row("inventory never read", {[](I &, P &p, In &) {
            p.target = QStringLiteral("lxd-new");
        }},
            "no-inventory", Severity::Warning, "target refresh lxd-new");
        row("missing project", {[](I &, P &p, In &) {
            p.project = QStringLiteral("dev");
        }},
            "missing-project", Severity::Critical, "no project dev");
        row("missing pool", {[](I &vm, P &p, In &) {
            p.storagePools[vm.disks[0].name] = QStringLiteral("slow");
        }},
            "missing-pool", Severity::Critical, "no storage pool slow");
        // Clusters: a chosen member against the members of the target's last refresh (as
        // GET /1.0/cluster/members of Incus 6.23 says them, tests/fixtures/releases/
        // cluster-members-incus-6.23.json); a member on a single server (the lab's LXD 5.0).
        const auto cluster = [](In &in) {
            QJsonObject inv = in.targets[0].inventory;
            inv.insert(QStringLiteral("clustered"), true);
            inv.insert(QStringLiteral("cluster_members"),
                QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("node1")},
                                {QStringLiteral("url"), QStringLiteral("https://10.0.0.1:8443")},
                                {QStringLiteral("status"), QStringLiteral("Online")},
                                {QStringLiteral("message"), QStringLiteral("Fully operational")}},
                    QJsonObject {{QStringLiteral("name"), QStringLiteral("node3")},
                        {QStringLiteral("url"), QStringLiteral("https://10.0.0.3:8443")},
                        {QStringLiteral("status"), QStringLiteral("Offline")},
                        {QStringLiteral("message"), QStringLiteral("No heartbeat for 2m14.5s")}}});
            in.targets[0].inventory = inv;
        };
        row("unknown cluster member", {[cluster](I &, P &p, In &in) {
            cluster(in);
            p.member = QStringLiteral("node9");
        }},
            "unknown-member", Severity::Critical,
            "no cluster member node9 (its members: node1, node3)");
        row("offline cluster member", {[cluster](I &, P &p, In &in) {
            cluster(in);
            p.member = QStringLiteral("node3");
        }},
            "unknown-member", Severity::Critical, "is Offline (No heartbeat");
        row("member on a single server", {[](I &, P &p, In &) {
            p.member = QStringLiteral("node1");
        }},
            "unknown-member", Severity::Critical, "is not a cluster");
        row("missing network", {[](I &, P &p, In &) {
            p.networks[QStringLiteral("00:50:56:00:00:01")].network = QStringLiteral("br7");
        }},
            "missing-network", Severity::Critical, "no network br7 in project default");
        row("name taken", {[](I &vm, P &, In &) {
            vm.name = QStringLiteral("taken");
        }},
            "name-taken", Severity::Critical, "named taken already exists");
        row("name taken after override", {[](I &vm, P &, In &) {
            vm.overrides.name = QStringLiteral("taken");
        }},
            "name-taken", Severity::Critical);
        row("ip outside subnet", {[](I &vm, P &, In &) {
            vm.nics[0].ipv4Address = QStringLiteral("192.0.2.10");
        }},
            "ip-outside-subnet", Severity::Critical, "outside the subnet 10.42.0.1/24");
        row("vlan on managed", {[](I &, P &p, In &) {
            p.networks[QStringLiteral("00:50:56:00:00:01")].vlan = QStringLiteral("42");
        }},
            "vlan-on-managed", Severity::Critical, "VLAN");
        row("managed on an unmanaged interface", {[](I &, P &p, In &) {
            p.networks[QStringLiteral("00:50:56:00:00:01")].network = QStringLiteral("eth1");
        }},
            "network-not-managed", Severity::Critical, "is not managed");
        // The target's API extensions (facts from the releases' source: tests/fixtures/releases).
        row("bios on a target without csm (LXD 5.0)", {[](I &vm, P &, In &in) {
            vm.legacyBoot = true;
            in.targets[0].apiExtensions
                = {QStringLiteral("backup_override_name"), QStringLiteral("instance_all_projects"),
                    QStringLiteral("custom_volume_backup"), QStringLiteral("tpm_device_type")};
        }},
            "bios-without-csm", Severity::Warning, "UEFI");
        row("target lacks extensions", {[](I &vm, P &, In &in) {
            vm.tpm = false;
            in.targets[0].apiExtensions = {QStringLiteral("security_csm")};
        }},
            "missing-extensions", Severity::Critical,
            "backup_override_name, instance_all_projects");
        row("two nics on one managed network", {[](I &vm, P &p, In &) {
            Nic second = vm.nics[0];
            second.hardwareAddress = QStringLiteral("00:50:56:00:00:02");
            second.ipv4Address.clear();
            vm.nics << second;
            p.networks.insert(QStringLiteral("00:50:56:00:00:02"),
                NetworkPlacement {
                    QStringLiteral("VM-Network"), QStringLiteral("managed"), QString()});
        }},
            "nics-on-one-managed-network", Severity::Critical,
            "00:50:56:00:00:01, 00:50:56:00:00:02");
        row("physical nic", {[](I &, P &p, In &) {
            p.networks[QStringLiteral("00:50:56:00:00:01")]
                = NetworkPlacement {QStringLiteral("eth1"), QStringLiteral("physical"), QString()};
        }},
            "physical-nic", Severity::Warning, "PCI passthrough");
        row("bridged on a host interface that is no bridge", {[](I &, P &p, In &) {
            p.networks[QStringLiteral("00:50:56:00:00:01")]
                = NetworkPlacement {QStringLiteral("eth1"), QStringLiteral("bridged"), QString()};
        }},
            "bridged-needs-bridge", Severity::Critical, "is a physical interface");
        // A restricted project (restricted=true): restricted.devices.nic as the server says.
        const auto restrict = [](In &in, const char *nics) {
            QJsonObject inv = in.targets[0].inventory;
            QJsonArray projects = inv.value(QStringLiteral("projects")).toArray();
            QJsonObject def = projects[0].toObject();
            def.insert(QStringLiteral("nic_restriction"), QLatin1String(nics));
            projects[0] = def;
            inv.insert(QStringLiteral("projects"), projects);
            in.targets[0].inventory = inv;
        };
        row("bridged nic in a project restricted to managed networks",
            {[restrict](I &, P &p, In &in) {
                restrict(in, "managed");
                p.networks[QStringLiteral("00:50:56:00:00:01")] = NetworkPlacement {
                    QStringLiteral("VM-Network"), QStringLiteral("bridged"), QString()};
            }},
            "project-restricts-nics", Severity::Critical, "restricted.devices.nic=managed");
        row("nics in a project that blocks them", {[restrict](I &, P &, In &in) {
            restrict(in, "block");
        }},
            "project-blocks-nics", Severity::Critical, "restricted.devices.nic=block");
        // The default pool has 1.5 GiB free; the VM's disk is 1 GiB, a second one makes 2.
        const auto space = [](In &in) {
            QJsonObject inv = in.targets[0].inventory;
            QJsonArray pools = inv.value(QStringLiteral("storage_pools")).toArray();
            QJsonObject def = pools[0].toObject();
            def.insert(QStringLiteral("space_total"), double(100LL << 30));
            def.insert(QStringLiteral("space_used"), double((100LL << 30) - (3LL << 29)));
            pools[0] = def;
            inv.insert(QStringLiteral("storage_pools"), pools);
            in.targets[0].inventory = inv;
        };
        row("disks larger than the pool's free space", {[space](I &vm, P &p, In &in) {
            space(in);
            Disk second = vm.disks[0];
            second.name = QStringLiteral("[LocalDS_0] web01/web01_1.vmdk");
            vm.disks << second;
            p.storagePools.insert(second.name, QStringLiteral("default"));
        }},
            "pool-too-small", Severity::Critical, "1.50GiB free");
        // Staging: the VM's one 1 GiB disk goes to pool default and is staged whole first.
        row("staging volume's pool too small", {[](I &, P &, In &in) {
            setBackupsVolume(in, QStringLiteral("fast/backups"));
            setPoolSpace(in, QStringLiteral("fast"), 100 * GiB, 100 * GiB - 512 * MiB);
        }},
            "staging-space", Severity::Critical, "storage.backups_volume fast/backups");
        row("staging volume in the pool the disks land in", {[](I &, P &, In &in) {
            setBackupsVolume(in, QStringLiteral("default/backups"));
            setPoolSpace(in, QStringLiteral("default"), 100 * GiB, 100 * GiB - 1536 * MiB);
        }},
            "staging-space", Severity::Critical, "also takes this VM's disks");
        row("staging in the var directory", {[](I &, P &, In &in) {
            setBackupsVolume(in, QString());
        }},
            "staging-space", Severity::Info, "var directory");
        // The project's budget: 1 GiB left, the VM needs its 1 GiB disk and the state volume.
        row("project disk budget (incus 6)", {[](I &, P &, In &in) {
            in.targets[0].serverVersion = QStringLiteral("6.0.6");
            setDiskBudget(in, 10 * GiB, 9 * GiB);
        }},
            "project-disk-budget", Severity::Critical, "this VM needs 1.49GiB");
        row("project disk budget (incus 7 charges the upload)", {[](I &, P &, In &in) {
            in.targets[0].serverVersion = QStringLiteral("7.3");
            setDiskBudget(in, 10 * GiB, 9 * GiB);
        }},
            "project-disk-budget", Severity::Critical, "Incus 7.3 also charges each staged upload");
        row("project disk budget used up (lxd)", {[](I &, P &, In &in) {
            in.targets[0].targetType = QStringLiteral("lxd");
            setDiskBudget(in, 10 * GiB, 11 * GiB);
        }},
            "project-disk-budget", Severity::Critical, "100.00MiB state volume");
        row("macvlan with a vlan list", {[](I &, P &p, In &) {
            p.networks[QStringLiteral("00:50:56:00:00:01")] = NetworkPlacement {
                QStringLiteral("eth1"), QStringLiteral("macvlan"), QStringLiteral("10,20")};
        }},
            "macvlan-vlan-list", Severity::Critical, "one VLAN");
        row("suspended", {[](I &vm, P &, In &) {
            vm.powerState = QStringLiteral("suspended");
        }},
            "suspended", Severity::Critical, "memory state");
        row("script failed", {[](I &, P &p, In &) {
            p.scriptError = QStringLiteral("The placement script failed");
        }},
            "script-failed", Severity::Critical, "script failed");
    }

    void findings()
    {
        QFETCH(Case, c);
        QFETCH(QString, code);
        QFETCH(Severity, severity);
        QFETCH(QString, text);
        Instance vm = cleanVm();
        InstancePlacement p = cleanPlacement(vm);
        PreflightInputs in = cleanInputs();
        c.change(vm, p, in);
        const auto findings = preflight(vm, p, in);
        const Finding *found = nullptr;
        for (const Finding &f : findings)
            if (f.code == code)
                found = &f;
        QVERIFY2(found, qPrintable(describe(findings)));
        QCOMPARE(int(found->severity), int(severity));
        QVERIFY2(found->message.contains(text), qPrintable(found->message));
        QCOMPARE(hasCritical(findings), severity == Severity::Critical);
        // Most severe first.
        for (int i = 1; i < findings.size(); ++i)
            QVERIFY(int(findings[i - 1].severity) <= int(findings[i].severity));
    }

    void batchOverridesLiftRestrictions_data()
    {
        QTest::addColumn<Case>("c");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown os") << Case {
            [](Instance &vm, InstancePlacement &, PreflightInputs &in) {
                vm.distribution = QStringLiteral("other");
                in.overrides.allowUnknownOs = true;
            }} << QStringLiteral("unknown-os");
        QTest::newRow("no ipv4") << Case {
            [](Instance &vm, InstancePlacement &, PreflightInputs &in) {
                vm.nics[0].ipv4Address.clear();
                in.overrides.allowNoIpv4 = true;
            }} << QStringLiteral("no-ipv4");
        QTest::newRow("no cbt") << Case {
            [](Instance &vm, InstancePlacement &, PreflightInputs &in) {
                vm.backgroundImport = false;
                in.overrides.allowNoBackgroundImport = true;
            }} << QStringLiteral("no-background-import");
        QTest::newRow("instance ignores restrictions") << Case {
            [](Instance &vm, InstancePlacement &, PreflightInputs &) {
                vm.backgroundImport = false;
                vm.overrides.ignoreRestrictions = true;
            }} << QStringLiteral("no-background-import");
    }

    void batchOverridesLiftRestrictions()
    {
        QFETCH(Case, c);
        QFETCH(QString, code);
        Instance vm = cleanVm();
        InstancePlacement p = cleanPlacement(vm);
        PreflightInputs in = cleanInputs();
        c.change(vm, p, in);
        const auto findings = preflight(vm, p, in);
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }

    // Each VM fits into the pool alone, two together do not: a warning for both, none for a VM
    // in another pool, and nothing where the target never said how full its pool is.
    void batchOverfillsAPool()
    {
        PreflightInputs in = cleanInputs();
        QJsonObject inv = in.targets[0].inventory;
        QJsonArray pools = inv.value(QStringLiteral("storage_pools")).toArray();
        QJsonObject def = pools[0].toObject();
        def.insert(QStringLiteral("space_total"), double(100LL << 30));
        def.insert(QStringLiteral("space_used"), double((100LL << 30) - (3LL << 29)));
        pools[0] = def;
        inv.insert(QStringLiteral("storage_pools"), pools);
        in.targets[0].inventory = inv;
        const Instance a = cleanVm();
        Instance b = goodInstance(QStringLiteral("db01"), 7);
        Instance c = goodInstance(QStringLiteral("app01"), 7);
        const InstancePlacement pa = cleanPlacement(a);
        const InstancePlacement pb = cleanPlacement(b);
        InstancePlacement pc = cleanPlacement(c);
        for (auto it = pc.storagePools.begin(); it != pc.storagePools.end(); ++it)
            it.value() = QStringLiteral("fast");
        QVERIFY(!hasCritical(preflight(a, pa, in)));
        const auto together = batchPoolFindings({{&a, &pa}, {&b, &pb}, {&c, &pc}}, in.targets);
        QCOMPARE(together.size(), 3);
        QCOMPARE(together[0].size(), 1);
        QCOMPARE(together[0][0].code, QStringLiteral("pool-overcommitted"));
        QCOMPARE(int(together[0][0].severity), int(Severity::Warning));
        QVERIFY2(together[0][0].message.contains(QStringLiteral("2 VMs")),
            qPrintable(together[0][0].message));
        QVERIFY2(together[0][0].message.contains(QStringLiteral("2.00GiB")),
            qPrintable(together[0][0].message));
        QCOMPARE(together[1].size(), 1);
        QVERIFY(together[2].isEmpty());
        // Without the pool's space in the inventory nothing is said.
        const auto unknown = batchPoolFindings({{&a, &pa}, {&b, &pb}}, cleanInputs().targets);
        QVERIFY(unknown[0].isEmpty() && unknown[1].isEmpty());
    }

    // Room enough: a staging volume with space, a budget the VM fits into (its disk and the
    // 500 MiB state volume Incus counts), and an old inventory that never read the staging
    // volume: nothing said. The Incus 7 budget message is not given on LXD or Incus 6.
    void stagingAndBudgetThatFit()
    {
        const Instance vm = cleanVm();
        const InstancePlacement p = cleanPlacement(vm);
        PreflightInputs in = cleanInputs();
        setBackupsVolume(in, QStringLiteral("default/backups"));
        setPoolSpace(in, QStringLiteral("default"), 100 * GiB, 98 * GiB);
        setDiskBudget(in, 10 * GiB, 10 * GiB - 1536 * MiB);
        const auto findings = preflight(vm, p, in);
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
        QCOMPARE(largestUpload(vm, p), GiB);
        QCOMPARE(budgetDemand(vm, p, in.targets[0]), GiB + 500 * MiB);
        in.targets[0].targetType = QStringLiteral("lxd");
        QCOMPARE(budgetDemand(vm, p, in.targets[0]), GiB + 100 * MiB);
        QVERIFY(!uploadChargedToBudget(in.targets[0]));
        in.targets[0].targetType = QStringLiteral("incus");
        in.targets[0].serverVersion = QStringLiteral("6.23");
        QVERIFY(!uploadChargedToBudget(in.targets[0]));
        in.targets[0].serverVersion = QStringLiteral("7.0.1");
        QVERIFY(uploadChargedToBudget(in.targets[0]));
        // A pool without a disk placed in it is no upload.
        Instance twoDisks = cleanVm();
        Disk big = twoDisks.disks[0];
        big.name = QStringLiteral("[LocalDS_0] web01/web01_1.vmdk");
        big.capacityBytes = 8 * GiB;
        twoDisks.disks << big;
        QCOMPARE(largestUpload(twoDisks, cleanPlacement(cleanVm())), GiB);
        QCOMPARE(largestUpload(twoDisks, cleanPlacement(twoDisks)), 8 * GiB);
    }

    // Each VM fits alone, three in the project together do not: a warning for each of them,
    // none for a VM in a project without a budget. With the staging volume in the pool the
    // disks fill, the disks fit and the last upload on top does not: a warning for each VM.
    void batchOverfillsABudgetAndTheStagingPool()
    {
        PreflightInputs in = cleanInputs();
        setDiskBudget(in, 10 * GiB, 6 * GiB); // 4 GiB left; each VM needs 1.49 GiB
        setBackupsVolume(in, QStringLiteral("default/backups"));
        setPoolSpace(in, QStringLiteral("default"), 100 * GiB, 100 * GiB - 4608 * MiB); // 4.5 GiB
        const Instance a = cleanVm();
        const Instance b = goodInstance(QStringLiteral("db01"), 7);
        const Instance c = goodInstance(QStringLiteral("app01"), 7);
        const Instance d = goodInstance(QStringLiteral("mail01"), 7);
        const InstancePlacement pa = cleanPlacement(a);
        const InstancePlacement pb = cleanPlacement(b);
        const InstancePlacement pc = cleanPlacement(c);
        InstancePlacement pd = cleanPlacement(d);
        pd.project = QStringLiteral("prod"); // no budget; stages in the same volume
        for (const auto &[vm, placement] : {std::pair {&a, &pa}, {&b, &pb}, {&c, &pc}})
            QVERIFY2(!hasCritical(preflight(*vm, *placement, in)),
                qPrintable(describe(preflight(*vm, *placement, in))));
        const auto together = batchStagingAndBudgetFindings(
            {{&a, &pa}, {&b, &pb}, {&c, &pc}, {&d, &pd}}, in.targets);
        QCOMPARE(together.size(), 4);
        const auto codes = [](const QVector<Finding> &list) {
            QStringList out;
            for (const Finding &f : list) {
                if (f.severity != Severity::Warning)
                    return QStringList {QStringLiteral("not a warning")};
                out << f.code;
            }
            return out;
        };
        for (int i = 0; i < 3; ++i)
            QCOMPARE(codes(together[i]),
                (QStringList {
                    QStringLiteral("project-disk-budget"), QStringLiteral("staging-space")}));
        QCOMPARE(codes(together[3]), QStringList {QStringLiteral("staging-space")});
        QVERIFY2(together[0][0].message.contains(QStringLiteral("3 VMs")),
            qPrintable(together[0][0].message));
        QVERIFY2(together[0][0].message.contains(QStringLiteral("4.46GiB")),
            qPrintable(together[0][0].message));
        QVERIFY2(together[0][1].message.contains(QStringLiteral("4.00GiB of disks")),
            qPrintable(together[0][1].message));
        // The disks alone overfill the pool: that is pool-overcommitted, not said again here.
        setPoolSpace(in, QStringLiteral("default"), 100 * GiB, 100 * GiB - 3584 * MiB);
        const auto overfull = batchStagingAndBudgetFindings(
            {{&a, &pa}, {&b, &pb}, {&c, &pc}, {&d, &pd}}, in.targets);
        QCOMPARE(codes(overfull[3]), QStringList());
        // One VM alone: preflight() says it.
        const auto alone = batchStagingAndBudgetFindings({{&a, &pa}}, in.targets);
        QVERIFY(alone[0].isEmpty());
    }

    void networkWithoutSubnetInforms()
    {
        Instance vm = cleanVm();
        InstancePlacement p = cleanPlacement(vm);
        PreflightInputs in = cleanInputs();
        QJsonObject inv = in.targets[0].inventory;
        QJsonObject nets = inv[QStringLiteral("networks")].toObject();
        QJsonArray def = nets[QStringLiteral("default")].toArray();
        QJsonObject bridge = def[0].toObject();
        bridge.insert(QStringLiteral("ipv4_subnet"), QString());
        def[0] = bridge;
        nets.insert(QStringLiteral("default"), def);
        inv.insert(QStringLiteral("networks"), nets);
        in.targets[0].inventory = inv;
        const auto findings = preflight(vm, p, in);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].code, QStringLiteral("network-without-subnet"));
        QCOMPARE(int(findings[0].severity), int(Severity::Info));
    }

    void reasonsForABlockedEntry()
    {
        Instance vm = cleanVm();
        vm.backgroundImport = false;
        vm.tpm = true;
        InstancePlacement p = cleanPlacement(vm);
        p.project = QStringLiteral("dev");
        const auto findings = preflight(vm, p, cleanInputs());
        const QString reasons = blockingReasons(findings);
        QVERIFY(reasons.contains(QStringLiteral("Background import is not supported")));
        QVERIFY(reasons.contains(QStringLiteral("no project dev")));
        QVERIFY(!reasons.contains(QStringLiteral("TPM")));
    }
};

QTEST_GUILESS_MAIN(TestBatchPreflight)
#include "test_batchpreflight.moc"
