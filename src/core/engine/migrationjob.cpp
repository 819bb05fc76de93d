#include "engine/migrationjob.h"

#include "artifacts/artifactservice.h"
#include "artifacts/virtiowin.h"
#include "batch/batchconfig.h"
#include "convert/cowoverlay.h"
#include "convert/diskprobe.h"
#include "convert/guestconverter.h"
#include "transfer/datastorerelay.h"

#include "engine/disksource.h"
#include "engine/guestdryrun.h"
#include "engine/queuestatemachine.h"
#include "engine/targetcleanup.h"
#include "engine/vspherevm.h"
#include "incus/clientcertificate.h"
#include "incus/incusclient.h"
#include "incus/oidc.h"
#include "incus/targetconfig.h"
#include "incus/targetconnection.h"
#include "incus/targetstate.h"
#include "inventory/instanceoverrides.h"
#include "model/batch.h"
#include "model/instance.h"
#include "model/source.h"
#include "model/target.h"
#include "net/httpclient.h"
#include "secrets/credentialstore.h"
#include "store/artifactrepository.h"
#include "store/batchrepository.h"
#include "store/database.h"
#include "store/enginerepository.h"
#include "store/instancerepository.h"
#include "store/queuerepository.h"
#include "store/sourcerepository.h"
#include "store/targetrepository.h"
#include "targets/oidctokens.h"
#include "transfer/vmimport.h"
#include "vmware/datastore.h"
#include "vmware/datastorechain.h"
#include "vmware/hostticket.h"
#include "vmware/soapclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QSemaphore>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <functional>
#include <thread>
#include <utility>
#include <vector>

namespace ferry::engine {

Q_LOGGING_CATEGORY(lcJob, "ferry.engine.job", QtInfoMsg)

namespace marker = incus::marker;

namespace {
// The index of the disk the VM boots from: the sync's vmware.boot_disk_key (the first disk of
// config.bootOptions.bootOrder) when it names one of the disks, else 0 (no boot order: vSphere
// boots the first disk).
int bootDiskIndex(const Instance &vm)
{
    const QJsonValue key = vm.config.value(QStringLiteral("vmware.boot_disk_key"));
    if (key.isUndefined())
        return 0;
    for (int i = 0; i < vm.disks.size(); ++i)
        if (vm.disks.at(i).deviceKey == key.toInt())
            return i;
    return 0;
}
} // namespace

// What the steps share: the entry and what it refers to, the two sessions, and what was made.
struct MigrationJob::Context
{
    Context(const std::shared_ptr<Database> &db, const QString &engineId)
        : queue(db)
        , machine(db)
    {
        queue.setFence(engineId);
        machine.setFence(engineId);
    }

    QueueRepository queue;
    QueueStateMachine machine;

    QueueEntry entry;
    Instance vm;
    Batch batch;
    Source source;
    Target target;
    QString project;
    QString instanceName;

    net::HttpClient soapHttp;
    std::unique_ptr<vmware::SoapClient> soap;
    std::unique_ptr<vmware::Datastores> datastores;
    VmFacts facts; // the source VM as last read
    QVector<vmware::FlatExtent> extents; // per disk, located after the power-off
    // Per disk with snapshots: its chain, mapped after the power-off (null: a flat disk).
    QVector<std::shared_ptr<const vmware::DatastoreChain>> chains;
    bool sourceConnected = false;
    // The source changed while its disks were copied: it stays off for a person to look at.
    bool leaveSourceOff = false;
    // ... and someone else powered it on meanwhile: Ferry leaves it running.
    bool sourceOnAgain = false;

    net::HttpClient targetHttp;
    incus::TargetConnection connection;
    std::unique_ptr<incus::IncusClient> incus;
    bool targetConnected = false;
    QStringList volumeNames; // the extra disks' custom volumes, in the order copied
    QVector<int> volumeDisks; // the disk of each of them
    // They came as dependent volumes of the instance backup (Incus 6.23+): their devices carry
    // dependent: "true" and exist from the import on.
    bool dependentDisks = false;
    // The disk the VM boots from (config.bootOptions.bootOrder at sync, else the first): the
    // target's root disk; the others become extra disks.
    int rootDisk = 0;
    // The conversion found no virtio storage driver for this Windows: the root disk goes on
    // NVMe (io.bus=nvme, API extension disk_io_bus), whose driver Windows has.
    bool rootOnNvme = false;
    // GET /1.0 at the job's start, and on a cluster: the member the placement names (checked
    // against the live member list) with its address, and where the VM landed (its `location`).
    incus::ServerInfo server;
    QString member;
    QString memberUrl;
    QString location;

    // A pool local to each cluster member (dir, zfs, lvm, btrfs): an extra disk's volume is
    // created on the VM's member (?target=). Not clustered, or a remote pool (ceph, lvmcluster,
    // ...: storage_supported_drivers[].Remote): no target.
    QString volumeMember(const Disk &d) const
    {
        return incus::targetstate::volumeMember(server, backupPool(d).driver, location);
    }

    // Lives on the job's thread (the Context is made there): what other threads (the
    // conversion's relays) need done on the source's session runs here, through it. Declared
    // before the relays, so that it outlives them.
    QObject jobThread;

    // After a datastore read was refused (401/403): a new login on the source's session, and
    // the data path's new cookie (empty: the session was alive, the refusal stands).
    std::function<Result<QByteArray>()> cookieRenewal(const QString &diskName)
    {
        return [this, diskName]() -> Result<QByteArray> {
            auto renewed = soap->relogin();
            if (!renewed)
                return renewed.error();
            if (!*renewed)
                return QByteArray();
            log(MigrationJob::tr("Disk %1: the source's session had ended while the disk was "
                                 "read; Ferry logged in again")
                    .arg(diskName));
            return datastores->sessionCookie();
        };
    }
    // Reading the datastore is no SOAP call: without one every few minutes vCenter ends the
    // session after 30 minutes, in the middle of a long copy. The new cookie when the call had
    // to log in again, else empty.
    std::function<Result<QByteArray>()> keepAlive(const QString &diskName)
    {
        return [this, diskName]() -> Result<QByteArray> {
            const int logins = soap->loginCount();
            auto now = soap->call(QStringLiteral("CurrentTime"),
                vmware::MoRef {
                    QStringLiteral("ServiceInstance"), QStringLiteral("ServiceInstance")});
            if (!now) {
                log(MigrationJob::tr("Disk %1: the keep-alive call on the source failed: %2")
                        .arg(diskName, now.error().message));
                return now.error();
            }
            if (soap->loginCount() == logins)
                return QByteArray();
            log(MigrationJob::tr("Disk %1: the source's session had ended during the copy; Ferry "
                                 "logged in again")
                    .arg(diskName));
            return datastores->sessionCookie();
        };
    }
    // `call` run on the job's thread, from whichever thread asks (the SOAP client and its
    // connection live there); meanwhile the job's thread waits in an event loop (the
    // conversion's). Never a deadlock: a job's thread that does not get to it within a minute
    // (busy elsewhere) makes it a timeout, and a call that runs late changes only its own state.
    std::function<Result<QByteArray>()> onJobThread(const std::function<Result<QByteArray>()> &call)
    {
        return [this, call]() -> Result<QByteArray> {
            if (QThread::currentThread() == jobThread.thread())
                return call();
            struct Pending
            {
                QSemaphore done;
                Result<QByteArray> out = Error(Error::Code::Internal, QString());
            };
            auto pending = std::make_shared<Pending>();
            QMetaObject::invokeMethod(
                &jobThread,
                [pending, call]() {
                    pending->out = call();
                    pending->done.release();
                },
                Qt::QueuedConnection);
            if (!pending->done.tryAcquire(1, 60000))
                return Error(Error::Code::Timeout,
                    MigrationJob::tr("The migration's thread did not renew the source's session "
                                     "within a minute."));
            return pending->out;
        };
    }

    // The guest conversion (docs/conversion.md): decided before the power-off, run after it.
    // The relays are declared before the overlays so that the overlays' nbdkit ends first.
    bool conversionWanted = false;
    // A Windows guest: the virtio-win ISO its drivers come from (an artifact, issue 16); or the
    // entry waits Blocked until there is one.
    QString virtioWinIso;
    bool waitingForVirtioWin = false;
    std::vector<std::unique_ptr<transfer::DatastoreRelay>> relays;
    std::vector<std::unique_ptr<convert::SourceOverlay>> overlays;
    QVector<transfer::DiskPatches> patches; // per disk: what the conversion changed

    // Host-direct reads (Source::hostDirectReads, docs/sources.md): the ESXi host that runs the
    // VM (empty: not used), and per disk whether it fell back to vCenter (told once) and the
    // bytes its host served.
    QString readHost;
    QVector<std::shared_ptr<std::atomic_bool>> hostFellBack;
    QVector<std::shared_ptr<std::atomic<qint64>>> hostBytes;

    // Where disk i is read from: its flat extent, with what the conversion changed over it.
    // Host-direct reads are for a flat disk copied on the job's thread (the ticket is a SOAP
    // call on the session that lives here): the caller sets them up (hostDirect).
    transfer::DiskSource diskSource(int i) const
    {
        transfer::DiskSource src = diskSourceOf(
            extents.at(i), chains.value(i), datastores->sessionCookie(), source.cert.trustedSha256);
        if (i < patches.size())
            src.patches = patches.at(i);
        return src;
    }

    // `src` (disk i) read from the VM's ESXi host, one ticket per ranged GET, when the source
    // asks for host-direct reads and the disk is a flat one not yet fallen back.
    void hostDirect(transfer::DiskSource &src, int i)
    {
        if (readHost.isEmpty() || chains.value(i) || i >= hostFellBack.size()
            || hostFellBack.at(i)->load())
            return;
        const QString diskName = vm.disks.value(i).name;
        const QUrl extent = src.extentUrl;
        const QString host = readHost;
        std::shared_ptr<std::atomic_bool> fell = hostFellBack.at(i);
        src.hostBytes = hostBytes.at(i);
        src.hostRead = [this, extent, host]() -> Result<transfer::HostRead> {
            auto ticket = vmware::acquireHostTicket(*soap, vmware::hostDirectUrl(extent, host));
            if (!ticket)
                return ticket.error();
            const vmware::HostPin pin = vmware::HostPin::parse(ticket->pinThumbprint());
            if (!pin.isValid())
                return Error(Error::Code::Tls,
                    MigrationJob::tr("the ticket names no certificate thumbprint for the host"));
            transfer::HostRead read;
            read.url = vmware::hostDirectUrl(extent, vmware::hostToConnect(*ticket, host));
            read.cookie = vmware::ticketCookie(*ticket);
            read.pinDigest = pin.digest;
            read.pinAlgorithm = pin.algorithm;
            return read;
        };
        src.hostFallback = [this, fell, diskName, host](const QString &reason) {
            if (fell->exchange(true))
                return;
            log(MigrationJob::tr("Disk %1: host-direct reads from %2 stopped, the disk is read "
                                 "through vCenter: %3")
                    .arg(diskName, host, reason),
                QStringLiteral("warning"));
        };
    }

    void log(const QString &line, const QString &level = QStringLiteral("info"))
    {
        (void)queue.appendLog(entry.id, level, line);
    }
    // The entry's status message, without a transition.
    void message(const QString &text)
    {
        (void)queue.updateStatus(entry.id, entry.status, entry.status, text);
        entry.statusMessage = text;
    }
    Status save() { return queue.update(entry); }

    QString poolOf(const Disk &d) const
    {
        const QString p = entry.placement.value(QStringLiteral("storage_pools"))
                              .toObject()
                              .value(d.name)
                              .toString();
        return p.isEmpty() ? batch.defaultPool : p;
    }
    // Every pool a disk of this entry may be in (the batch's default among them).
    QStringList pools() const
    {
        QStringList all {batch.defaultPool};
        for (const Disk &d : vm.disks)
            all << poolOf(d);
        all.removeDuplicates();
        return all;
    }
    QMap<QString, QString> markers() const
    {
        return {{marker::Source, source.name}, {marker::InstanceUuid, vm.uuid},
            {marker::QueueEntry, QString::number(entry.id)}, {marker::Batch, batch.name}};
    }
    // The pool a disk lands in, with its driver as the target's inventory knows it.
    incus::BackupPool backupPool(const Disk &d) const
    {
        incus::BackupPool pool {poolOf(d), QStringLiteral("dir")};
        const QJsonArray pools = target.inventory.value(QStringLiteral("storage_pools")).toArray();
        for (const QJsonValue &p : pools)
            if (p.toObject().value(QStringLiteral("name")).toString() == pool.name
                && !p.toObject().value(QStringLiteral("driver")).toString().isEmpty())
                pool.driver = p.toObject().value(QStringLiteral("driver")).toString();
        return pool;
    }
    QMap<QString, QString> vmConfig() const
    {
        return incus::vmConfig(vm, markers(), connection.apiExtensions);
    }
    TargetCleanup cleanup(const std::atomic_bool *cancel)
    {
        return TargetCleanup(
            *incus, project, entry.id, vm.uuid, [this](const QString &line) { log(line); }, cancel);
    }
};

MigrationJob::MigrationJob(MigrationJobParams params, QObject *parent)
    : QObject(parent)
    , m_params(std::move(params))
{
    setAutoDelete(false);
}

MigrationJob::~MigrationJob() = default;

void MigrationJob::run()
{
    Context c(m_params.db, m_params.engineId);
    c.entry.id = m_params.entryId;
    QElapsedTimer timer;
    timer.start();
    Status st = migrate(c);
    if (st) {
        qCInfo(lcJob) << "entry" << m_params.entryId << "finished in" << timer.elapsed() << "ms";
        Q_EMIT succeeded(m_params.entryId);
    } else {
        recover(c, st.error());
    }
    // vCenter keeps a session until it times out (30 min by default) and limits how many there
    // are: every job ends its own, success or not.
    if (c.sourceConnected)
        if (Status out = c.soap->logout(); !out)
            qCInfo(lcJob) << "entry" << m_params.entryId
                          << "source logout failed:" << out.error().toString();
    Q_EMIT finished(m_params.entryId);
}

Status MigrationJob::canceled() const
{
    if (m_cancel.load())
        return Error(Error::Code::Canceled, tr("The migration was canceled."));
    return {};
}

Status MigrationJob::checkLease(Context &c)
{
    if (m_params.engineId.isEmpty())
        return {};
    auto held = EngineRepository(m_params.db).holds(c.entry.id, m_params.engineId);
    if (held && *held)
        return {};
    m_leaseLost = true;
    return Error(Error::Code::Conflict,
        tr("This engine's lease on the entry ended (another engine may run it now); it stops "
           "without touching the source, the target or the entry."),
        held ? QStringLiteral("lease-lost") : held.error().toString());
}

Status MigrationJob::migrate(Context &c)
{
    using Step = Status (MigrationJob::*)(Context &);
    // Everything up to checkNicClashes happens while the source still runs; powerOffSource is
    // the point of no return.
    static constexpr Step steps[] = {&MigrationJob::load, &MigrationJob::connectSource,
        &MigrationJob::recheckSource, &MigrationJob::checkDataPath, &MigrationJob::connectTarget,
        &MigrationJob::clearTarget, &MigrationJob::checkNicClashes, &MigrationJob::dryRunTarget,
        &MigrationJob::checkConversion, &MigrationJob::powerOffSource, &MigrationJob::convertGuest,
        &MigrationJob::copyDisks, &MigrationJob::checkSourceUnchanged,
        &MigrationJob::configureTarget, &MigrationJob::startTarget};
    for (Step step : steps) {
        if (Status st = canceled(); !st)
            return st;
        if (step != &MigrationJob::load)
            if (Status st = checkLease(c); !st)
                return st;
        if (Status st = (this->*step)(c); !st)
            return st;
    }
    return finish(c);
}

Status MigrationJob::load(Context &c)
{
    const auto &db = m_params.db;
    auto entry = c.queue.byId(m_params.entryId);
    if (!entry)
        return entry.error();
    c.entry = *entry;
    if (c.entry.status != QueueStatus::Creating)
        return Error(Error::Code::Internal,
            tr("bug: a migration job started for an entry in \"%1\"")
                .arg(queuestatus::wireName(c.entry.status)));
    auto vm = InstanceRepository(db).byId(c.entry.instanceId);
    if (!vm)
        return vm.error();
    c.vm = *vm;
    c.rootDisk = bootDiskIndex(c.vm);
    auto batch = BatchRepository(db).byId(c.entry.batchId);
    if (!batch)
        return batch.error();
    c.batch = *batch;
    auto source = SourceRepository(db).byId(c.vm.sourceId);
    if (!source)
        return source.error();
    c.source = *source;
    const QString targetName = c.entry.placement.value(QStringLiteral("target_name")).toString();
    auto target = TargetRepository(db).byName(targetName);
    if (!target)
        return Error(Error::Code::NotFound,
            tr("The target %1 of the placement is not registered.").arg(targetName));
    c.target = *target;
    c.project = c.entry.placement.value(QStringLiteral("target_project")).toString();
    if (c.project.isEmpty())
        c.project = c.batch.defaultProject;
    return {};
}

Status MigrationJob::connectSource(Context &c)
{
    auto password = m_params.secrets->read(c.source.secretRef);
    if (!password)
        return Error(password.error().code,
            tr("Cannot read the password of source %1: %2")
                .arg(c.source.name, password.error().message));
    c.soapHttp.setPinnedSha256(c.source.cert.trustedSha256);
    c.soapHttp.setTimeoutMs(int(qMin<qint64>(c.source.connectionTimeoutMs, 600000)));
    QUrl sdk(c.source.endpoint);
    sdk.setPath(QStringLiteral("/sdk"));
    c.soap = std::make_unique<vmware::SoapClient>(&c.soapHttp, sdk);
    if (auto content = c.soap->retrieveServiceContent(); !content)
        return content.error();
    if (Status st = c.soap->login(c.source.username, QString::fromUtf8(*password)); !st)
        return st;
    c.sourceConnected = true;
    // The datacenter's full inventory path (dcPath) as the sync recorded it; a sync older
    // than that left only the location, whose first part is the datacenter when it is at the top.
    QString datacenterPath = c.vm.config.value(QStringLiteral("vmware.datacenter_path")).toString();
    if (datacenterPath.isEmpty())
        datacenterPath = c.vm.location.section(QLatin1Char('/'), 1, 1);
    c.datastores = std::make_unique<vmware::Datastores>(
        &c.soapHttp, QUrl(c.source.endpoint), datacenterPath);
    return {};
}

namespace {
// Empty when the disks are those of the batch; else what changed, for a Conflict.
QString disksChanged(const VmFacts &now, const QVector<Disk> &then)
{
    if (now.disks.size() != then.size())
        return MigrationJob::tr("it has %1 disks, the batch started with %2.")
            .arg(now.disks.size())
            .arg(then.size());
    for (int i = 0; i < now.disks.size(); ++i) {
        const auto &d = now.disks.at(i);
        if (d.fileName != then.at(i).name || d.capacityBytes != then.at(i).capacityBytes)
            return MigrationJob::tr("disk %1 is %2 (%3 bytes), the batch started with %4 (%5 "
                                    "bytes).")
                .arg(QString::number(i), d.fileName, QString::number(d.capacityBytes),
                    then.at(i).name, QString::number(then.at(i).capacityBytes));
    }
    return {};
}

// Empty when the NICs are those of the batch; else what changed, for a Conflict. A NIC the
// batch does not know would be dropped silently on the target.
QString nicsChanged(const VmFacts &now, const QVector<Nic> &then)
{
    QStringList known;
    for (const Nic &n : then)
        known << n.hardwareAddress.toLower();
    for (const QString &mac : now.nicMacs)
        if (!mac.isEmpty() && !known.contains(mac))
            return MigrationJob::tr("the VM has a NIC the batch does not know (%1): sync the "
                                    "source.")
                .arg(mac);
    if (now.nicMacs.size() != then.size())
        return MigrationJob::tr("it has %1 NICs, the batch started with %2: sync the source.")
            .arg(now.nicMacs.size())
            .arg(then.size());
    return {};
}
} // namespace

Status MigrationJob::recheckSource(Context &c)
{
    c.message(tr("Checking the source VM"));
    auto facts = VsphereVm(c.soap.get(), c.vm.sourceSpecificId, &m_cancel).facts();
    // Re-registered (removed from the inventory and added again): the same VM under a new moref.
    // Its instance UUID finds it again.
    if (!facts && facts.error().code == Error::Code::NotFound && !c.vm.uuid.isEmpty()) {
        auto moref = VsphereVm::findByInstanceUuid(c.soap.get(), c.vm.uuid.toLower());
        if (moref) {
            c.log(tr("The source VM %1 is not there any more; its instance UUID %2 finds it as "
                     "%3 (re-registered): the migration goes on with %3")
                      .arg(c.vm.sourceSpecificId, c.vm.uuid, *moref),
                QStringLiteral("warning"));
            c.vm.sourceSpecificId = *moref;
            facts = VsphereVm(c.soap.get(), c.vm.sourceSpecificId, &m_cancel).facts();
        }
    }
    if (!facts)
        return facts.error();
    c.facts = *facts;
    if (!c.vm.uuid.isEmpty() && c.facts.uuid != c.vm.uuid.toLower())
        return Error(Error::Code::Conflict,
            tr("The source VM changed: its UUID is %1, the batch started with %2.")
                .arg(c.facts.uuid, c.vm.uuid));
    if (const QString change = disksChanged(c.facts, c.vm.disks); !change.isEmpty())
        return Error(Error::Code::Conflict, tr("The source VM changed: %1").arg(change));
    if (const QString change = nicsChanged(c.facts, c.vm.nics); !change.isEmpty())
        return Error(Error::Code::Conflict, tr("The source VM changed: %1").arg(change));
    if (c.facts.encrypted)
        return Error(Error::Code::Unsupported,
            tr("The source VM is encrypted (config.keyId): its disks are ciphertext on the "
               "datastore. Decrypt the VM first, then retry."));
    for (const Disk &d : std::as_const(c.vm.disks))
        if (!d.supported)
            return Error(Error::Code::Unsupported,
                tr("Disk %1 cannot be copied: %2").arg(d.name, d.unsupportedReason));
    // A suspended VM's memory is in its .vmss file: powering it off discards it.
    if (c.facts.powerState == QLatin1String("suspended"))
        return Error(Error::Code::Unsupported,
            tr("The source VM is suspended, and powering it off would discard its memory state. "
               "Resume it and shut it down, or power it off yourself if that state may go, then "
               "retry."));
    if (!c.entry.sourcePoweredOffByFerry)
        c.entry.sourceWasRunning = c.facts.powerState == QLatin1String("poweredOn");
    c.log(c.entry.sourcePoweredOffByFerry
            ? tr("Source VM %1 (%2) is %3, powered off by Ferry earlier")
                  .arg(c.facts.name, c.facts.uuid, c.facts.powerState)
            : tr("Source VM %1 (%2) is %3").arg(c.facts.name, c.facts.uuid, c.facts.powerState));
    return {};
}

// Every disk's descriptor read and its layout checked while the source still runs (a snapshot
// chain down to its base, every parentCID against its parent's CID): a disk Ferry cannot read is
// found before the VM is shut down, not after.
Status MigrationJob::checkDataPath(Context &c)
{
    return locateDisks(c, false);
}

// `mapGrains`: once the VM is off, a snapshot chain's grain tables are read too (the newest
// delta is the VM's open file while it runs), and the log names each chain.
Status MigrationJob::locateDisks(Context &c, bool mapGrains)
{
    c.extents.clear();
    c.chains.clear();
    c.hostFellBack.clear();
    c.hostBytes.clear();
    for (const VmFacts::DiskFacts &d : std::as_const(c.facts.disks)) {
        auto content = vmware::locateDiskContent(*c.datastores, d.fileName,
            mapGrains ? vmware::ChainDepth::Grains : vmware::ChainDepth::Descriptors);
        if (!content)
            return Error(content.error().code,
                tr("Disk %1 cannot be read: %2").arg(d.fileName, content.error().message),
                content.error().details);
        c.extents << content->extent;
        c.chains << content->chain;
        c.hostFellBack << std::make_shared<std::atomic_bool>(false);
        c.hostBytes << std::make_shared<std::atomic<qint64>>(0);
        if (mapGrains && content->isChain()) {
            qint64 grainBytes = 0;
            for (const vmware::DeltaMap &m : content->chain->maps)
                grainBytes += m.dataBytes();
            c.log(tr("Disk %1 has %n snapshot delta(s), read merged over the base: %2 (%3 MiB "
                     "in the deltas)",
                nullptr, int(content->links.size() - 1))
                      .arg(d.fileName, content->describe())
                      .arg(double(grainBytes) / 1048576.0, 0, 'f', 1));
        }
    }
    return {};
}

Status MigrationJob::connectTarget(Context &c)
{
    incus::ClientCertificate identity;
    if (!c.target.clientCertPem.isEmpty()) {
        auto key = m_params.secrets->read(c.target.secretRef);
        if (!key)
            return Error(key.error().code,
                tr("Cannot read the client key of target %1: %2")
                    .arg(c.target.name, key.error().message));
        identity.certPem = c.target.clientCertPem.toLatin1();
        identity.keyPem = *key;
        c.connection.clientCertificate = identity.certificate();
        c.connection.clientKey = identity.key();
    }
    if (c.target.authType == QLatin1String("oidc")) {
        // A fresh access token (refreshed and stored back when it has expired).
        auto token = oidc::accessToken(*m_params.secrets, c.target, false, &m_cancel);
        if (!token)
            return token.error();
        c.connection.authorization = incus::bearerHeader(*token);
    }
    c.connection.endpoint = QUrl(c.target.endpoint);
    c.connection.setServerTrust(c.target);
    c.connection.serverType = c.target.targetType;
    c.connection.apiExtensions = c.target.apiExtensions;
    c.connection.project = c.project;
    c.connection.operationTimeoutMs = c.target.connectionTimeoutMs;
    c.connection.configure(c.targetHttp);
    c.incus = std::make_unique<incus::IncusClient>(
        &c.targetHttp, c.connection.endpoint, c.connection.operationTimeoutMs);
    if (c.target.authType == QLatin1String("oidc")) {
        // A migration can outlast the access token: on a 401, refresh it (and store it back),
        // for this client's requests and the uploads that follow.
        c.incus->setRenewAuthorization([this, &c]() -> QByteArray {
            auto token = oidc::accessToken(*m_params.secrets, c.target, true, &m_cancel);
            if (!token) {
                c.log(token.error().message);
                return {};
            }
            c.connection.authorization = incus::bearerHeader(*token);
            return c.connection.authorization;
        });
    }
    // What the server is now: upgrades and lxd-to-incus change its type and extensions after it
    // was registered.
    auto server = c.incus->server();
    if (!server)
        return server.error();
    if (!server->serverType.isEmpty())
        c.connection.serverType = server->serverType;
    if (!server->apiExtensions.isEmpty())
        c.connection.apiExtensions = server->apiExtensions;
    c.incus->setServerType(c.connection.serverType);
    c.incus->setApiExtensions(c.connection.apiExtensions);
    c.targetConnected = true;
    c.server = *server;
    if (Status st = placeOnMember(c); !st)
        return st;
    const QStringList missing = incus::missingExtensions(c.vm, c.connection.apiExtensions);
    if (!missing.isEmpty())
        return Error(Error::Code::Unsupported,
            tr("Target %1 lacks API extensions this VM needs: %2. Upgrade the server, or choose "
               "another target.")
                .arg(c.target.name, missing.join(QStringLiteral(", "))));
    return {};
}

// On a cluster, the member the placement names must be one of the target's members and Online
// now (pre-flight checked the list of the last refresh); the import then goes to that member's
// own address, since a backup import lands on the member that takes it. A member named for a
// target that is not clustered is refused: nothing on a single server changes (no ?target=).
Status MigrationJob::placeOnMember(Context &c)
{
    const QString wanted = c.entry.placement.value(QStringLiteral("target_member")).toString();
    // A single server (LXD 5.0, the lab): no member list is asked for, no ?target= is sent.
    if (!c.server.clustered) {
        auto chosen = incus::targetstate::chooseMember(false, {}, wanted, c.target.name);
        if (!chosen)
            return chosen.error();
        return {};
    }
    auto members = c.incus->clusterMembers();
    if (!members)
        return members.error();
    auto chosen = incus::targetstate::chooseMember(true, *members, wanted, c.target.name);
    if (!chosen)
        return chosen.error();
    if (wanted.isEmpty()) {
        QStringList names;
        for (const incus::ClusterMember &m : std::as_const(*members))
            names << m.name;
        c.log(tr("Target %1 is a cluster (%2); the VM lands on the member that takes the import")
                  .arg(c.target.name, names.join(QStringLiteral(", "))));
        return {};
    }
    c.member = chosen->name;
    c.memberUrl = chosen->url;
    c.log(tr("Target %1 is a cluster; the VM goes to member %2 (%3)")
              .arg(c.target.name, chosen->name, chosen->url));
    return {};
}

Status MigrationJob::clearTarget(Context &c)
{
    if (c.entry.targetInstanceName.isEmpty())
        c.entry.targetInstanceName = incus::sanitizeInstanceName(c.vm.effectiveName());
    c.instanceName = c.entry.targetInstanceName;
    if (Status st = c.save(); !st)
        return st;
    TargetCleanup cleanup = c.cleanup(&m_cancel);
    if (Status st = cleanup.removeInstances(c.instanceName); !st)
        return st;
    if (Status st = cleanup.removeVolumes(c.pools()); !st)
        return st;
    c.entry.targetCreated = false;
    return c.save();
}

// What LXD would refuse only when the NICs are added after the copy: the same name in another
// project on the same managed network, or a MAC already on one of the networks.
Status MigrationJob::checkNicClashes(Context &c)
{
    QStringList networks;
    QStringList macs;
    const QJsonObject nics = incus::nicDevices(c.vm, c.entry.placement);
    for (auto it = nics.begin(); it != nics.end(); ++it) {
        const QJsonObject d = it.value().toObject();
        const QString network = d.value(QStringLiteral("network")).toString();
        networks << (network.isEmpty() ? d.value(QStringLiteral("parent")).toString() : network);
        macs << d.value(QStringLiteral("hwaddr")).toString().toLower();
    }
    if (nics.isEmpty())
        return {};
    auto all = c.incus->listInstancesInAllProjects();
    if (!all) {
        // An older server without all-projects: LXD still says it after the copy.
        c.log(tr("Other projects could not be checked for a clashing name or MAC address: %1")
                  .arg(all.error().toString()),
            QStringLiteral("warning"));
        return {};
    }
    if (const QString clash = incus::targetstate::nicClash(
            *all, c.instanceName, c.project, networks, macs, c.entry.id, c.vm.uuid);
        !clash.isEmpty())
        return Error(Error::Code::Conflict, clash);
    return {};
}

// The final configuration tried on the target while the source still runs: an empty VM (source
// none) with the same config, root disk, NICs and TPM is created and deleted again, so an
// invalid key, a NIC the target refuses or a missing pool fail now and not after the copy. It
// carries the entry's markers: a crash in between leaves nothing the next attempt would not
// clean up.
Status MigrationJob::dryRunTarget(Context &c)
{
    const QString name = QStringLiteral("ferry-check-%1").arg(c.entry.id);
    QJsonObject devices = incus::nicDevices(c.vm, c.entry.placement);
    if (c.vm.tpm)
        devices.insert(
            QStringLiteral("vtpm"), QJsonObject {{QStringLiteral("type"), QStringLiteral("tpm")}});
    const Disk root = c.vm.disks.value(c.rootDisk);
    devices.insert(QStringLiteral("root"),
        QJsonObject {{QStringLiteral("type"), QStringLiteral("disk")},
            {QStringLiteral("path"), QStringLiteral("/")}, {QStringLiteral("pool"), c.poolOf(root)},
            {QStringLiteral("size"),
                QStringLiteral("%1B").arg(qMax<qint64>(root.capacityBytes, 1 << 20))}});
    QJsonObject config;
    const QMap<QString, QString> wanted = c.vmConfig();
    for (auto it = wanted.begin(); it != wanted.end(); ++it)
        if (!it.key().startsWith(QLatin1String("volatile.")))
            config.insert(it.key(), it.value());
    const QJsonObject body {{QStringLiteral("name"), name},
        {QStringLiteral("type"), QStringLiteral("virtual-machine")},
        {QStringLiteral("source"), QJsonObject {{QStringLiteral("type"), QStringLiteral("none")}}},
        {QStringLiteral("profiles"), QJsonArray {QStringLiteral("default")}},
        {QStringLiteral("config"), config}, {QStringLiteral("devices"), devices}};
    c.message(tr("Trying the VM's configuration on the target"));
    const Status created = c.incus->createInstance(c.project, body, c.member);
    if (!created)
        return Error(created.error().code,
            tr("Target %1 refuses the VM's configuration (tried before the source is shut "
               "down): %2")
                .arg(c.target.name, created.error().message),
            created.error().details);
    if (Status st = c.incus->deleteLeftoverInstance(name, c.project, &m_cancel); !st)
        return st;
    c.log(tr("Target %1 accepts the VM's configuration").arg(c.target.name));
    return {};
}

Status MigrationJob::powerOffSource(Context &c)
{
    c.entry.importStage = QStringLiteral("final");
    if (Status st = c.save(); !st)
        return st;
    if (Status st = c.machine.transition(c.entry, QueueStatus::Final,
            c.entry.sourceWasRunning && !c.entry.sourcePoweredOffByFerry
                ? tr("Powering off the source VM")
                : tr("Importing disks"));
        !st)
        return st;
    const VsphereVm sourceVm(c.soap.get(), c.vm.sourceSpecificId, &m_cancel);
    if (c.facts.powerState != QLatin1String("poweredOff")) {
        c.entry.sourcePoweredOffByFerry = true; // recorded before the call: a crash remembers it
        if (Status st = c.save(); !st)
            return st;
        const batch::BatchConfig config = batch::configOf(c.batch);
        PowerOffPolicy policy;
        policy.guestTimeoutMs = m_params.guestShutdownTimeoutMs > 0
            ? m_params.guestShutdownTimeoutMs
            : config.guestShutdownTimeoutSeconds * 1000;
        policy.hardAllowed = config.hardPowerOff;
        c.log(c.facts.toolsRunning
                ? tr("Shutting the guest down (up to %1 s; hard power-off %2)")
                      .arg(policy.guestTimeoutMs / 1000)
                      .arg(policy.hardAllowed ? tr("allowed") : tr("not allowed"))
                : tr("Powering the source VM off (its guest tools are not running; hard "
                     "power-off %1)")
                      .arg(policy.hardAllowed ? tr("allowed") : tr("not allowed")));
        Status st = sourceVm.powerOff(c.facts.toolsRunning, policy,
            [&c](const QString &line) { c.log(line, QStringLiteral("warning")); });
        if (!st) {
            // Ferry did not power the VM off (a refusal, a guest that stays up, a cancel while
            // waiting): whatever its state now, it is left as it is, never "powered back on".
            auto now = sourceVm.powerState();
            if (st.error().code == Error::Code::Canceled || !now
                || *now != QLatin1String("poweredOff")) {
                c.entry.sourcePoweredOffByFerry = false;
                (void)c.save();
                if (now)
                    c.log(tr("The source VM is left as it is (%1)").arg(*now));
            }
            return st;
        }
        c.log(tr("The source VM is off"));
    }
    // Read again now that nothing writes to the disks: a snapshot taken since the check (backup
    // software does that every night) moves a disk to a new file, and the old one no longer
    // holds the current state. Every URL is built from what is read here.
    auto facts = sourceVm.facts();
    if (!facts)
        return facts.error();
    c.facts = *facts;
    // Something (backup software, a person) works on the VM while Ferry cuts it over: it stays
    // off for a person to look at, and the entry is a Conflict; nothing was copied.
    if (const QString change = disksChanged(c.facts, c.vm.disks); !change.isEmpty()) {
        c.leaveSourceOff = true;
        return Error(Error::Code::Conflict,
            tr("The source VM changed after it was checked and before its disks were read: %1 "
               "Nothing was copied; the source VM stays off. Sync the source, check the VM, "
               "then retry the entry.")
                .arg(change));
    }
    if (const QString change = nicsChanged(c.facts, c.vm.nics); !change.isEmpty()) {
        c.leaveSourceOff = true;
        return Error(Error::Code::Conflict,
            tr("The source VM changed after it was checked and before its disks were read: %1 "
               "Nothing was copied; the source VM stays off.")
                .arg(change));
    }
    if (Status st = locateDisks(c, true); !st)
        return st;
    // Host-direct reads: only through vCenter (a standalone ESXi is the host already).
    c.readHost.clear();
    if (c.source.hostDirectReads
        && c.soap->serviceContent().apiType == QLatin1String("VirtualCenter")) {
        auto host = vmware::vmHostName(*c.soap, c.vm.sourceSpecificId);
        if (host) {
            c.readHost = *host;
            c.log(tr("The disks are read directly from host %1 (one service ticket per read)")
                      .arg(*host));
        } else {
            c.log(tr("Host-direct reads: the VM's host is not known (%1); the disks are read "
                     "through vCenter")
                      .arg(host.error().message),
                QStringLiteral("warning"));
        }
    }
    if (!incus::firmwareKept(c.vm, c.connection.apiExtensions))
        c.log(tr("The source VM boots with BIOS; target %1 has no CSM (neither the security_csm "
                 "nor the instance_boot_mode extension), so the VM gets UEFI firmware and may "
                 "need its boot loader converted")
                  .arg(c.target.name),
            QStringLiteral("warning"));
    return {};
}

// The first bytes of each disk: what an operating system could live on (a partition table, a
// file system), or nothing. Empty result: no disk shows one (the entry's log says so). A disk
// that cannot be read now (ESXi may lock a running VM's disks) counts as "could hold one".
Result<QString> MigrationJob::probeDisks(Context &c)
{
    for (int i = 0; i < c.extents.size(); ++i) {
        transfer::DiskSource src = c.diskSource(i);
        src.patches = {};
        auto head = transfer::readSourceRange(src, 0, convert::kProbeBytes, &m_cancel);
        if (!head) {
            if (head.error().code == Error::Code::Canceled)
                return head.error();
            return tr("disk %1 could not be read yet (%2)")
                .arg(c.vm.disks.value(i).name, head.error().message);
        }
        const QString found = convert::osSignature(*head);
        if (!found.isEmpty())
            return tr("disk %1: %2").arg(c.vm.disks.value(i).name, found);
    }
    c.log(tr("No partition table or file system at the start of any disk: no operating system "
             "to convert, the disks land as they are"),
        QStringLiteral("warning"));
    return QString();
}

// Before the point of no return: when the guest is to be converted, this host must be able to
// (libguestfs, nbdkit, qemu-img), or the migration stops here with the source still running.
Status MigrationJob::checkConversion(Context &c)
{
    c.conversionWanted = false;
    if (!batch::configOf(c.batch).convertGuests) {
        c.log(tr("Guest conversion is off for batch %1: the disks land as they are")
                  .arg(c.batch.name));
        return {};
    }
    auto found = probeDisks(c);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return {}; // probeDisks said so
    if (c.vm.osType == QLatin1String("windows")) {
        // Blocked until a virtio-win ISO exists; else c.virtioWinIso is its file.
        if (Status st = findVirtioWin(c); !st)
            return st;
        if (QStandardPaths::findExecutable(QStringLiteral("hivexregedit")).isEmpty())
            return Error(Error::Code::Unsupported,
                tr("The guest needs converting (%1): Windows' registry is edited with "
                   "hivexregedit, which this engine's host lacks (Debian: libwin-hivex-perl).")
                    .arg(*found));
    }
    if (const QStringList missing = convert::missingConversionTools(); !missing.isEmpty())
        return Error(Error::Code::Unsupported,
            tr("The guest needs converting (%1), but this engine's host cannot convert guests: "
               "%2 missing. Run the engine on Linux with libguestfs-tools, nbdkit and "
               "qemu-utils installed, or turn guest conversion off for batch %3.")
                .arg(*found, missing.join(QStringLiteral(", ")), c.batch.name));
    c.conversionWanted = true;
    c.log(tr("Guest conversion: %1; the guest is converted once the source VM is off").arg(*found));
    return {};
}

// A Windows guest's drivers come from the virtio-win ISO artifact (ferryctl artifact add, the
// Artifacts page). None: the entry waits Blocked (recover()) and adding one releases it. One
// whose file this host lacks or holds in another version: the job fails, saying so.
Status MigrationJob::findVirtioWin(Context &c)
{
    auto found = artifacts::ArtifactService(m_params.db, {}).virtioWinFor(c.vm);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        c.waitingForVirtioWin = true;
        return Error(Error::Code::NotFound,
            tr("Waiting for a virtio-win driver ISO: add one with ferryctl artifact add or on the "
               "Artifacts page"),
            QStringLiteral("waiting-for-artifact"));
    }
    const Artifact &iso = **found;
    if (Status st = artifacts::ArtifactService::verifyFile(iso); !st)
        return st;
    c.virtioWinIso = iso.path;
    const QString version = artifacts::virtioWinVersionOf(c.vm);
    c.log(tr("Windows drivers from the virtio-win ISO artifact %1 (%2)")
              .arg(QString::number(iso.id), iso.description));
    if (!artifacts::coversVersion(iso, version)) {
        // Without its storage driver, Windows boots only from NVMe (its inbox driver): the root
        // disk goes on io.bus=nvme, which the target must support. Checked while the source runs.
        if (!c.connection.apiExtensions.isEmpty()
            && !c.connection.apiExtensions.contains(QLatin1String("disk_io_bus")))
            return Error(Error::Code::Unsupported,
                tr("The virtio-win ISO artifact %1 has no drivers for Windows %2, and target %3 "
                   "cannot attach the root disk on NVMe instead (API extension disk_io_bus "
                   "missing). Add a virtio-win ISO with drivers for Windows %2, or upgrade the "
                   "target.")
                    .arg(QString::number(iso.id), version, c.target.name));
        c.log(tr("The virtio-win ISO artifact %1 has no drivers for Windows %2 (it has %3)")
                  .arg(QString::number(iso.id), version, iso.versions.join(QStringLiteral(", "))),
            QStringLiteral("warning"));
    }
    return {};
}

// After the power-off, before the copy: each disk is served read-only over NBD (Ferry's relay to
// the datastore, nbdkit's curl plugin) under a qcow2 overlay, libguestfs converts the guest in
// the overlays, and what it wrote becomes each disk's patches, which the copy streams in place of
// the source's bytes. No local copy of a disk; the source is never written.
Status MigrationJob::convertGuest(Context &c)
{
    c.patches = QVector<transfer::DiskPatches>(c.extents.size());
    if (!c.conversionWanted)
        return {};
    // Again, now that the disks are quiescent and located anew.
    auto found = probeDisks(c);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return {}; // probeDisks said so
    c.message(tr("Converting the guest for virtio hardware"));
    c.log(tr("Converting the guest (%1)").arg(*found));
    QElapsedTimer clock;
    clock.start();
    convert::ConversionRequest request;
    for (int i = 0; i < c.extents.size(); ++i) {
        transfer::DiskSource src = c.diskSource(i);
        src.patches = {};
        // The relay reads on its own thread: a session that ends meanwhile is renewed on this
        // one, which waits for the conversion in an event loop below (and keeps it alive).
        src.renewCookie = c.onJobThread(c.cookieRenewal(c.vm.disks.value(i).name));
        src.keepAlive = nullptr;
        auto overlay = std::make_unique<convert::SourceOverlay>();
        auto relay = std::make_unique<transfer::DatastoreRelay>(src);
        if (Status st = relay->start(overlay->relaySocketPath()); !st)
            return st;
        if (Status st = overlay->startOverRelay(transfer::DatastoreRelay::url(), src.sizeBytes);
            !st)
            return st;
        request.disks << overlay->endpoint();
        c.relays.push_back(std::move(relay));
        c.overlays.push_back(std::move(overlay));
    }
    request.nics = conversionNics(c.vm);
    request.virtioWinIso = c.virtioWinIso;
    // libguestfs' inspection picks Linux or Windows; the guest id only says which to try first.
    // It runs on a thread of its own while this one serves the relays' session calls and keeps
    // the source's session alive (a conversion under TCG takes minutes without a datastore read).
    Result<convert::ConversionResult> result
        = Error(Error::Code::Internal, QStringLiteral("the conversion did not run"));
    {
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const bool windowsLikely = c.vm.osType == QLatin1String("windows");
        std::unique_ptr<QThread> worker(QThread::create(
            [&]() { result = convert::convertGuest(request, env, &m_cancel, windowsLikely); }));
        QEventLoop loop;
        QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
        QTimer keepAlive;
        const auto sessionCall = c.keepAlive(c.vm.disks.value(c.rootDisk).name);
        QObject::connect(
            &keepAlive, &QTimer::timeout, &loop, [&sessionCall]() { (void)sessionCall(); });
        keepAlive.start(5 * 60 * 1000);
        worker->start();
        loop.exec();
        worker->wait();
    }
    if (!result)
        return Error(result.error().code,
            tr("The guest could not be converted: %1").arg(result.error().message),
            result.error().details);
    for (const QString &w : std::as_const(result->warnings))
        c.log(tr("Conversion: %1").arg(w), QStringLiteral("warning"));
    c.rootOnNvme = result->rootOnNvme;
    if (result->rootOnNvme)
        c.log(tr("Conversion: the root disk is attached on NVMe (io.bus=nvme): %1")
                  .arg(result->rootOnNvmeReason),
            QStringLiteral("warning"));
    if (result->outcome == convert::ConversionResult::Outcome::NoOperatingSystem) {
        c.log(tr("libguestfs found no operating system: the disks land as they are"),
            QStringLiteral("warning"));
    } else {
        for (const convert::ConversionStep &step : std::as_const(result->steps))
            c.log(tr("Conversion step %1 (%2 s): %3")
                      .arg(step.name)
                      .arg(step.seconds, 0, 'f', 1)
                      .arg(step.detail));
    }
    qint64 overlayBytes = 0;
    qint64 changedBytes = 0;
    for (int i = 0; i < int(c.overlays.size()); ++i) {
        const convert::SourceOverlay &overlay = *c.overlays.at(size_t(i));
        auto regions = overlay.changedRegions();
        if (!regions)
            return regions.error();
        transfer::DiskPatches &p = c.patches[i];
        p.file = overlay.overlayFile();
        for (const convert::ChangedRegion &r : std::as_const(*regions))
            p.regions.push_back({r.offset, r.length, r.fileOffset});
        if (Status st = p.validate(c.extents.at(i).sizeBytes); !st)
            return st;
        overlayBytes += qMax<qint64>(0, overlay.overlayBytes());
        changedBytes += p.bytes();
    }
    // The overlays' files stay for the copy; the NBD servers and relays are done.
    for (auto &overlay : c.overlays)
        (void)overlay->stop();
    for (auto &relay : c.relays)
        relay->stop();
    qint64 relayed = 0;
    for (const auto &relay : c.relays)
        relayed += relay->bytesRelayed();
    c.log(tr("Guest %1 (%2) in %3 s (libguestfs' start %4 s): %5 bytes of the disks changed, "
             "the overlay holds %6 bytes; libguestfs read %7 bytes from the source")
              .arg(result->outcome == convert::ConversionResult::Outcome::NoOperatingSystem
                      ? tr("inspected")
                      : tr("converted"),
                  result->os.type.isEmpty()
                      ? tr("no operating system")
                      : QStringLiteral("%1 %2").arg(result->os.distro, result->os.productName))
              .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
              .arg(result->launchSeconds, 0, 'f', 1)
              .arg(changedBytes)
              .arg(overlayBytes)
              .arg(relayed));
    return {};
}

// Where the imported VM is: on a cluster the member that took the import. Recorded in the
// entry's placement (`location`) and the log; the extra disks in a member-local pool follow it.
Status MigrationJob::recordLocation(Context &c)
{
    if (!c.server.clustered)
        return {};
    auto landed = c.incus->instance(c.instanceName, c.project);
    if (!landed)
        return landed.error();
    c.location = incus::parse::location(*landed);
    c.entry.placement.insert(QStringLiteral("location"), c.location);
    if (Status st = c.save(); !st)
        return st;
    if (!c.member.isEmpty() && c.location != c.member)
        c.log(
            tr("The VM landed on cluster member %1, not on %2 as placed").arg(c.location, c.member),
            QStringLiteral("warning"));
    else
        c.log(tr("The VM landed on cluster member %1").arg(c.location));
    return {};
}

Status MigrationJob::copyDisks(Context &c)
{
    c.volumeNames.clear();
    c.volumeDisks.clear();
    c.dependentDisks = false;
    if (c.rootDisk != 0 && c.rootDisk < c.vm.disks.size())
        c.log(tr("Disk %1 is the boot disk (the VM's boot order): the target's root disk")
                  .arg(c.vm.disks.at(c.rootDisk).name));
    // Incus 6.23+ (API extension `dependent`): every disk in the one instance backup, the extra
    // disks as dependent volumes that land with the VM (docs/targets.md).
    if (c.vm.disks.size() > 1 && c.rootDisk < c.vm.disks.size()
        && incus::takesDependentVolumes(c.connection.apiExtensions)) {
        // The devices are named as their volumes: a name too long for a device keeps separate
        // imports.
        QStringList names;
        for (int i = 0; i < c.vm.disks.size(); ++i)
            if (i != c.rootDisk)
                names << volumeName(c, i);
        if (incus::dependentVolumeNamesFit(names))
            return copyDisksDependent(c);
        c.log(tr("The extra disks' volume names are longer than a device name may be (63 "
                 "characters): they are imported as separate volumes"));
    }
    // The root disk first: its import creates the VM.
    QVector<int> order {c.rootDisk};
    for (int i = 0; i < c.vm.disks.size(); ++i)
        if (i != c.rootDisk)
            order << i;
    for (int i : std::as_const(order)) {
        if (i >= c.vm.disks.size())
            continue;
        if (Status st = canceled(); !st)
            return st;
        if (Status st = copyDisk(c, i); !st)
            return st;
    }
    return {};
}

// One disk's copy as the job shows it: the source with its session's care, the disk's progress
// row, the label of its messages.
struct MigrationJob::DiskCopy
{
    int index = 0;
    QString label;
    transfer::DiskSource src;
    DiskProgress progress;
    QElapsedTimer clock;
    qint64 lastReport = -1000;
};

std::unique_ptr<MigrationJob::DiskCopy> MigrationJob::startDiskCopy(
    Context &c, int i, const QString &label)
{
    const Disk &disk = c.vm.disks.at(i);
    auto copy = std::make_unique<DiskCopy>();
    copy->index = i;
    copy->label = label;
    copy->src = c.diskSource(i);
    // The copy runs on this thread (its event loops nested in this call), so the SOAP client,
    // whose connection lives here too, can log in again from inside it.
    copy->src.readsRetried = std::make_shared<std::atomic_int>(0);
    copy->src.renewCookie = c.cookieRenewal(disk.name);
    copy->src.keepAlive = c.keepAlive(disk.name);
    c.hostDirect(copy->src, i);
    copy->progress.diskPosition = i;
    copy->progress.diskName = disk.name;
    copy->progress.bytesTotal = copy->src.sizeBytes;
    copy->progress.startedAt = QDateTime::currentDateTimeUtc();
    (void)c.queue.setDiskProgress(c.entry.id, copy->progress);
    copy->clock.start();
    return copy;
}

std::function<void(qint64, qint64)> MigrationJob::progressOf(Context &c, DiskCopy &copy)
{
    return [this, &c, &copy](qint64 done, qint64 total) {
        if (copy.clock.elapsed() - copy.lastReport < 1000 && done < total)
            return;
        copy.lastReport = copy.clock.elapsed();
        copy.progress.bytesDone = done; // bytesSent: known at the end (zeros are not sent)
        copy.progress.rateBps
            = copy.clock.elapsed() > 0 ? double(done) * 1000.0 / double(copy.clock.elapsed()) : 0;
        (void)c.queue.setDiskProgress(c.entry.id, copy.progress);
        c.message(QStringLiteral("%1: %2% complete")
                      .arg(copy.label)
                      .arg(total > 0 ? 100.0 * double(done) / double(total) : 100.0, 0, 'f', 2));
        Q_EMIT this->progress(c.entry.id, copy.index, done, total);
    };
}

transfer::StreamOptions MigrationJob::streamOptions(
    Context &c, const QString &label, const QString &disks) const
{
    transfer::StreamOptions options;
    options.chunkBytes = m_params.chunkBytes;
    options.readsInFlight = m_params.readsInFlight;
    options.readLimitBytesPerSecond = m_params.readLimitBytesPerSecond;
    options.cancel = &m_cancel;
    options.importState = [&c, label, disks](const QString &state) {
        c.message(tr("%1: the target is unpacking it").arg(label));
        c.log(tr("Disk %1: the target's import operation is %2").arg(disks, state));
    };
    return options;
}

Status MigrationJob::copyDisk(Context &c, int i)
{
    const Disk &disk = c.vm.disks.at(i);
    const QString label
        = tr("Importing disk (%1/%2) \"%3\"").arg(i + 1).arg(c.vm.disks.size()).arg(disk.name);
    c.message(label);
    std::unique_ptr<DiskCopy> copy = startDiskCopy(c, i, label);
    const transfer::DiskSource &src = copy->src;
    transfer::StreamOptions options = streamOptions(c, label, disk.name);
    options.progress = progressOf(c, *copy);

    Result<transfer::StreamResult> copied = Error();
    if (i == c.rootDisk) {
        transfer::VmTarget t = vmTarget(c, src.sizeBytes, {});
        c.entry.targetCreated = true; // before: a crash mid-import still looks for it
        if (Status st = c.save(); !st)
            return st;
        copied = transfer::streamDiskIntoNewVm(src, t, options);
        if (copied)
            if (Status st = recordLocation(c); !st)
                return st;
    } else {
        transfer::VolumeTarget t;
        t.connection = c.connection;
        t.pool = c.poolOf(disk);
        t.volumeName = volumeName(c, i);
        t.member = c.volumeMember(disk);
        QMap<QString, QString> config = c.markers();
        config.insert(marker::Disk, disk.name);
        t.indexYaml
            = incus::volumeIndexYaml(t.volumeName, c.backupPool(disk), src.sizeBytes, config);
        copied = transfer::streamDiskIntoNewVolume(src, t, options);
        c.volumeNames << t.volumeName;
        c.volumeDisks << i;
    }
    if (!copied)
        return copied.error();
    return finishDiskCopy(c, *copy, *copied);
}

QString MigrationJob::volumeName(Context &c, int i)
{
    return QStringLiteral("%1-disk%2").arg(c.instanceName).arg(i);
}

// The instance backup of the VM: its root disk, and the dependent volumes given.
transfer::VmTarget MigrationJob::vmTarget(
    Context &c, qint64 rootBytes, const QVector<incus::DependentVolume> &dependents)
{
    const Disk &root = c.vm.disks.at(c.rootDisk);
    transfer::VmTarget t;
    t.connection = c.connection;
    t.instanceName = c.instanceName;
    t.pool = c.poolOf(root);
    const QMap<QString, QString> config = c.vmConfig();
    t.indexYaml = incus::vmBackupYaml(
        c.instanceName, c.backupPool(root), rootBytes, config, c.vm.architecture, true, dependents);
    t.backupYaml = incus::vmBackupYaml(c.instanceName, c.backupPool(root), rootBytes, config,
        c.vm.architecture, false, dependents);
    if (!c.member.isEmpty()) {
        t.member = c.member;
        if (!c.memberUrl.isEmpty())
            t.connection.endpoint = QUrl(c.memberUrl);
    }
    return t;
}

// Every disk in one upload: the root disk as the instance's volume, each extra disk as a
// dependent volume (backup/<volume>/volume.img) with its disk device (dependent: "true"). The
// server creates the volumes before the instance, on the member that takes the upload; each
// disk keeps its own SHA-256 and progress row, as with separate imports.
Status MigrationJob::copyDisksDependent(Context &c)
{
    if (Status st = canceled(); !st)
        return st;
    const QString label
        = tr("Importing %n disks in one instance backup", nullptr, int(c.vm.disks.size()));
    c.message(label);
    c.log(tr("Target %1 has the API extension dependent: the %n extra disks go into the "
             "instance backup as dependent volumes and land with the VM",
        nullptr, int(c.vm.disks.size() - 1))
              .arg(c.target.name));
    std::vector<std::unique_ptr<DiskCopy>> copies;
    copies.push_back(startDiskCopy(c, c.rootDisk,
        tr("Importing disk (%1/%2) \"%3\"")
            .arg(c.rootDisk + 1)
            .arg(c.vm.disks.size())
            .arg(c.vm.disks.at(c.rootDisk).name)));
    QVector<incus::DependentVolume> volumes;
    QVector<transfer::DependentDisk> dependents;
    for (int i = 0; i < c.vm.disks.size(); ++i) {
        if (i == c.rootDisk)
            continue;
        const Disk &disk = c.vm.disks.at(i);
        copies.push_back(startDiskCopy(c, i,
            tr("Importing disk (%1/%2) \"%3\"").arg(i + 1).arg(c.vm.disks.size()).arg(disk.name)));
        DiskCopy &copy = *copies.back();
        incus::DependentVolume v;
        v.name = volumeName(c, i);
        v.project = c.project;
        v.pool = c.backupPool(disk);
        v.sizeBytes = copy.src.sizeBytes;
        v.config = c.markers();
        v.config.insert(marker::Disk, disk.name);
        volumes << v;
        dependents << transfer::DependentDisk {copy.src, v.name, progressOf(c, copy)};
    }
    QStringList names;
    for (const Disk &d : std::as_const(c.vm.disks))
        names << d.name;
    transfer::StreamOptions options = streamOptions(c, label, names.join(QStringLiteral(", ")));
    options.progress = progressOf(c, *copies.front());
    const transfer::VmTarget t = vmTarget(c, copies.front()->src.sizeBytes, volumes);
    c.entry.targetCreated = true; // before: a crash mid-import still looks for it
    if (Status st = c.save(); !st)
        return st;
    auto copied = transfer::streamDisksIntoNewVm(copies.front()->src, dependents, t, options);
    if (!copied)
        return copied.error();
    if (Status st = recordLocation(c); !st)
        return st;
    for (size_t k = 1; k < copies.size(); ++k) {
        c.volumeNames << volumes.at(qsizetype(k) - 1).name;
        c.volumeDisks << copies.at(k)->index;
    }
    c.dependentDisks = true;
    for (size_t k = 0; k < copies.size(); ++k)
        if (Status st = finishDiskCopy(c, *copies.at(k), copied->at(int(k))); !st)
            return st;
    return {};
}

Status MigrationJob::finishDiskCopy(
    Context &c, DiskCopy &copy, const transfer::StreamResult &copied)
{
    const Disk &disk = c.vm.disks.at(copy.index);
    DiskProgress &progress = copy.progress;
    progress.bytesDone = copied.diskBytes;
    progress.bytesSent = copied.bytesSent;
    progress.sha256 = copied.sha256;
    progress.rateBps
        = copied.elapsedMs > 0 ? double(copied.diskBytes) * 1000.0 / double(copied.elapsedMs) : 0;
    // The disk's record (its SHA-256 above all) must not be lost to a database server that
    // restarts right now: the store reopens a cut session on the next call, so try again for
    // half a minute before the job fails (and is retried).
    Status recorded = c.queue.setDiskProgress(c.entry.id, progress);
    for (int attempt = 1; !recorded && attempt < 30 && !m_cancel.load(); ++attempt) {
        std::this_thread::sleep_for(std::chrono::seconds(1));
        recorded = c.queue.setDiskProgress(c.entry.id, progress);
    }
    if (!recorded)
        return Error(recorded.error().code,
            tr("The copy of disk %1 cannot be recorded: %2")
                .arg(disk.name, recorded.error().message),
            recorded.error().details);
    Q_EMIT this->progress(c.entry.id, copy.index, copied.diskBytes, copy.src.sizeBytes);
    c.log((copied.zerosSkipped
            ? tr("Disk %1: %2 bytes in %3 ms (%4 bytes read, %5 sent, zero regions "
                 "skipped), SHA-256 %6")
            : tr("Disk %1: %2 bytes in %3 ms (%4 bytes read, %5 sent), SHA-256 %6"))
              .arg(disk.name)
              .arg(copied.diskBytes)
              .arg(copied.elapsedMs)
              .arg(copied.bytesRead)
              .arg(copied.bytesSent)
              .arg(copied.sha256));
    if (const int retried = copy.src.readsRetried->load(); retried > 0)
        c.log(tr("Disk %1: %n reads retried", nullptr, retried).arg(disk.name));
    if (copy.src.hostBytes)
        c.log(tr("Disk %1: %2 bytes read directly from host %3")
                  .arg(disk.name)
                  .arg(copy.src.hostBytes->load())
                  .arg(c.readHost));
    return {};
}

// The copy is only the current state if nothing wrote to the disks while it ran: the VM is still
// off, each disk is the same file, and neither its content id nor its descriptor's CID moved.
// Otherwise the source stays off (it may have been started and written to by someone; a person
// decides), and the entry is a Conflict.
Status MigrationJob::checkSourceUnchanged(Context &c)
{
    auto facts = VsphereVm(c.soap.get(), c.vm.sourceSpecificId, &m_cancel).facts();
    if (!facts)
        return facts.error();
    auto changed = [&](const QString &what) {
        c.leaveSourceOff = true;
        if (c.sourceOnAgain)
            return Error(Error::Code::Conflict,
                tr("The source VM changed while its disks were copied (%1); the copy is not its "
                   "current state. Someone powered it on: Ferry leaves it running. Check it, "
                   "then retry the entry.")
                    .arg(what));
        return Error(Error::Code::Conflict,
            tr("The source VM changed while its disks were copied (%1); the copy is not its "
               "current state. The source VM stays off: check it, then retry the entry.")
                .arg(what));
    };
    if (facts->powerState != QLatin1String("poweredOff")) {
        c.sourceOnAgain = facts->powerState == QLatin1String("poweredOn");
        return changed(tr("it is %1").arg(facts->powerState));
    }
    if (const QString change = disksChanged(*facts, c.vm.disks); !change.isEmpty())
        return changed(change);
    for (int i = 0; i < facts->disks.size(); ++i) {
        const auto &before = c.facts.disks.at(i);
        const auto &after = facts->disks.at(i);
        if (after.fileName != before.fileName || after.contentId != before.contentId)
            return changed(tr("disk %1 was written").arg(before.fileName));
        auto content = vmware::locateDiskContent(
            *c.datastores, after.fileName, vmware::ChainDepth::Descriptors);
        if (!content)
            return content.error();
        if (content->extent.descriptorCid != c.extents.at(i).descriptorCid)
            return changed(tr("the descriptor of disk %1 has a new CID").arg(before.fileName));
    }
    return {};
}

Status MigrationJob::configureTarget(Context &c)
{
    if (Status st
        = c.machine.transition(c.entry, QueueStatus::PostImport, tr("Configuring the target VM"));
        !st)
        return st;
    auto current = c.incus->instance(c.instanceName, c.project);
    if (!current)
        return current.error();
    const QMap<QString, QString> wanted = c.vmConfig();
    const QJsonObject nics = incus::nicDevices(c.vm, c.entry.placement);
    QJsonObject devices = nics;
    if (c.vm.tpm)
        devices.insert(
            QStringLiteral("vtpm"), QJsonObject {{QStringLiteral("type"), QStringLiteral("tpm")}});
    if (c.rootOnNvme) {
        QJsonObject root = current->toObject()
                               .value(QStringLiteral("devices"))
                               .toObject()
                               .value(QStringLiteral("root"))
                               .toObject();
        if (root.isEmpty()) // from the profile: the VM gets a root device of its own
            root = QJsonObject {{QStringLiteral("type"), QStringLiteral("disk")},
                {QStringLiteral("path"), QStringLiteral("/")},
                {QStringLiteral("pool"), c.poolOf(c.vm.disks.value(c.rootDisk))}};
        root.insert(QStringLiteral("io.bus"), QStringLiteral("nvme"));
        devices.insert(QStringLiteral("root"), root);
    }
    for (int i = 0; i < c.volumeNames.size(); ++i) {
        QJsonObject disk {{QStringLiteral("type"), QStringLiteral("disk")},
            {QStringLiteral("pool"), c.poolOf(c.vm.disks.at(c.volumeDisks.at(i)))},
            {QStringLiteral("source"), c.volumeNames.at(i)}};
        // As imported: `dependent` cannot change on an attached volume.
        if (c.dependentDisks)
            disk.insert(QStringLiteral("dependent"), QStringLiteral("true"));
        // A dependent volume's device is named as the volume, as imported (docs/targets.md).
        devices.insert(
            c.dependentDisks ? c.volumeNames.at(i) : QStringLiteral("disk%1").arg(i + 1), disk);
    }
    auto put = incus::targetstate::reconfigured(*current, wanted, devices);
    if (!put)
        return put.error();
    if (Status st = c.incus->updateInstance(c.instanceName, c.project, *put); !st)
        return Error(st.error().code,
            tr("Configuring the target VM failed: %1").arg(st.error().message), st.error().details);
    // Read back: what the server kept is what the VM runs with.
    auto landed = c.incus->instance(c.instanceName, c.project);
    if (!landed)
        return landed.error();
    const QJsonObject landedConfig = landed->toObject().value(QStringLiteral("config")).toObject();
    const QJsonObject landedDevices
        = landed->toObject().value(QStringLiteral("devices")).toObject();
    for (auto it = wanted.begin(); it != wanted.end(); ++it)
        if (!it.key().startsWith(QLatin1String("volatile."))
            && landedConfig.value(it.key()).toString() != it.value())
            return Error(Error::Code::Server,
                tr("The target did not keep %1 = %2 in the VM's configuration.")
                    .arg(it.key(), it.value()));
    for (auto it = devices.begin(); it != devices.end(); ++it)
        if (!landedDevices.contains(it.key()))
            return Error(Error::Code::Server,
                tr("The target did not keep the device %1 of the VM.").arg(it.key()));
    c.log((c.vm.tpm ? tr("Target VM %1 configured: %2 CPUs, %3, %4 NICs, %5 extra disks, TPM")
                    : tr("Target VM %1 configured: %2 CPUs, %3, %4 NICs, %5 extra disks"))
              .arg(c.instanceName, wanted.value(QStringLiteral("limits.cpu")),
                  wanted.value(QStringLiteral("limits.memory")))
              .arg(nics.size())
              .arg(c.volumeNames.size()));
    return {};
}

Status MigrationJob::startTarget(Context &c)
{
    if (!c.entry.sourceWasRunning)
        return {};
    c.message(tr("Starting the target VM"));
    if (Status st = c.incus->setInstanceState(c.instanceName, c.project, QStringLiteral("start"));
        !st)
        return Error(st.error().code,
            tr("Starting the target VM failed: %1").arg(st.error().message), st.error().details);
    return {};
}

Status MigrationJob::finish(Context &c)
{
    c.entry.importStage = QStringLiteral("complete");
    if (Status st = c.save(); !st)
        return st;
    return c.machine.transition(c.entry, QueueStatus::Finished,
        c.entry.sourceWasRunning ? tr("Migrated; the target VM runs") : tr("Migrated"));
}

// The entry is Blocked until a virtio-win ISO is added (artifact_waits); one added while the job
// looked releases it at once.
void MigrationJob::waitForVirtioWin(Context &c)
{
    const artifacts::ArtifactService service(m_params.db, {});
    if (Status st = ArtifactRepository(m_params.db)
                        .addWait(c.entry.id, QLatin1String(artifacts::kDriverType));
        !st)
        qCWarning(lcJob) << "cannot record the wait for a virtio-win ISO:" << st.error().toString();
    auto now = service.virtioWinFor(c.vm);
    if (now && now->has_value())
        (void)service.releaseWaitingEntries();
}

void MigrationJob::recover(Context &c, const Error &error)
{
    qCWarning(lcJob) << "entry" << m_params.entryId << "failed:" << error.toString();

    // Whatever the error, a job that cannot show that it still holds the entry's lease leaves
    // everything as it is: another engine may be running the entry (or will, once the lease
    // ends), and it finds the source and the target as this job left them, as after a crash.
    if (!m_leaseLost.load() && !m_params.engineId.isEmpty()) {
        auto held = EngineRepository(m_params.db).holds(m_params.entryId, m_params.engineId);
        if (!held || !*held)
            m_leaseLost = true;
    }
    if (m_leaseLost.load()) {
        qCWarning(lcJob) << "entry" << m_params.entryId
                         << "is no longer leased to this engine; leaving the source, the target "
                            "and the entry as they are";
        c.log(tr("This engine's lease on the entry ended; it stopped and left the source, the "
                 "target and the entry's status to whichever engine runs the entry next (%1)")
                  .arg(error.toString()),
            QStringLiteral("warning"));
        Q_EMIT failed(m_params.entryId, JobFailure {error, QueueStatus::Waiting});
        return;
    }

    // Someone else moved the entry (a cancel from another process): that is a cancel.
    auto stored = c.queue.byId(m_params.entryId);
    const bool loaded = c.entry.id != 0;
    if (stored && loaded && stored->status != c.entry.status) {
        c.log(tr("The entry became \"%1\" while the job ran; stopping")
                  .arg(queuestatus::wireName(stored->status)));
        m_cancel = true;
    }
    if (stored) {
        // Keep the flags this job wrote, the status that is stored.
        if (!loaded)
            c.entry = *stored;
        c.entry.status = stored->status;
        c.entry.statusMessage = stored->statusMessage;
    }
    if (m_windowEnded.load())
        c.log(tr("The migration window ended before the migration did: stopped; the source goes "
                 "back to how it was and what was created on the target is removed"),
            QStringLiteral("warning"));
    else
        c.log(error.toString(),
            c.waitingForVirtioWin ? QStringLiteral("warning") : QStringLiteral("error"));

    // The source back on if Ferry stopped it.
    if (c.leaveSourceOff) {
        c.log(c.sourceOnAgain ? tr("The source VM was powered on by someone else while Ferry "
                                   "copied it; Ferry leaves it running")
                              : tr("The source VM stays off"),
            QStringLiteral("warning"));
    } else if (c.entry.sourcePoweredOffByFerry && c.entry.sourceWasRunning && c.sourceConnected) {
        if (Status st = VsphereVm(c.soap.get(), c.vm.sourceSpecificId, nullptr).powerOn(); st) {
            c.entry.sourcePoweredOffByFerry = false;
            (void)c.save();
            c.log(tr("The source VM was powered back on"));
        } else {
            c.log(tr("Powering the source VM back on failed: %1").arg(st.error().toString()),
                QStringLiteral("error"));
        }
    }

    // Leftovers on the target.
    const bool keepLeftovers
        = m_params.keepLeftovers || (m_cancel.load() && stored && stored->keepLeftovers);
    if (keepLeftovers && c.targetConnected)
        c.log(tr("What was created on the target stays, as asked"));
    if (c.targetConnected && !keepLeftovers && error.code != Error::Code::Conflict) {
        TargetCleanup cleanup = c.cleanup(nullptr);
        Status removed = cleanup.removeInstances();
        if (removed)
            removed = cleanup.removeVolumes(c.pools());
        if (removed) {
            c.entry.targetCreated = false;
            (void)c.save();
        } else {
            c.log(tr("Removing what was created on the target failed: %1; the next attempt tries "
                     "again")
                      .arg(removed.error().toString()),
                QStringLiteral("error"));
        }
    }

    QueueStatus to = QueueStatus::Failed;
    if (m_windowEnded.load())
        to = QueueStatus::Waiting;
    else if (c.waitingForVirtioWin && !m_cancel.load())
        to = QueueStatus::Blocked;
    else if (m_cancel.load())
        to = QueueStatus::Canceled;
    else if (error.code == Error::Code::Conflict)
        to = QueueStatus::Conflict;
    if (stored && c.entry.status != to && QueueStateMachine::isAllowed(c.entry.status, to)) {
        QString text = to == QueueStatus::Canceled && error.code != Error::Code::Canceled
            ? tr("Canceled")
            : error.toString();
        if (to == QueueStatus::Waiting)
            text = tr("The migration window ended before the migration did; waiting for the next "
                      "window");
        if (to == QueueStatus::Blocked)
            text = error.message;
        if (Status st = c.machine.transition(c.entry, to, text); !st)
            qCWarning(lcJob) << "cannot record the failure:" << st.error().toString();
        else if (to == QueueStatus::Blocked)
            waitForVirtioWin(c);
    }
    Q_EMIT failed(m_params.entryId, JobFailure {error, c.entry.status});
}

} // namespace ferry::engine
