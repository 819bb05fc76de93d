#include "engine/migrationjob.h"

#include "engine/queuestatemachine.h"
#include "engine/targetconfig.h"
#include "engine/targetstate.h"
#include "engine/vspherevm.h"
#include "incus/clientcertificate.h"
#include "incus/incusclient.h"
#include "model/batch.h"
#include "model/instance.h"
#include "model/source.h"
#include "model/target.h"
#include "net/httpclient.h"
#include "secrets/credentialstore.h"
#include "store/batchrepository.h"
#include "store/database.h"
#include "store/instancerepository.h"
#include "store/queuerepository.h"
#include "store/sourcerepository.h"
#include "store/targetrepository.h"
#include "transfer/vmdkdescriptor.h"
#include "transfer/vmimport.h"
#include "vmware/soapclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QThread>
#include <QUrlQuery>

#include <optional>
#include <utility>

namespace ferry::engine {

Q_LOGGING_CATEGORY(lcJob, "ferry.engine.job", QtInfoMsg)

namespace {

// "[LocalDS_0] web 01 (prod)/web 01 (prod).vmdk" -> ("LocalDS_0", "web 01 (prod)/web 01
// (prod).vmdk")
std::pair<QString, QString> splitDatastorePath(const QString &p)
{
    const int close = p.indexOf(QLatin1Char(']'));
    if (!p.startsWith(QLatin1Char('[')) || close < 0)
        return {};
    return {p.mid(1, close - 1), p.mid(close + 1).trimmed()};
}

// Deletes an instance or volume that an earlier attempt left on the target. An engine that was
// killed can leave operations of its own running on the server (an upload, a configuration
// change), and LXD refuses a delete while one holds the object ("A matching non-reusable
// operation ..."). So the running operations on it are waited for first, and a refused delete is
// tried again a few times before the error counts.
Result<QJsonValue> deleteLeftover(incus::IncusClient &incus, const QString &path,
    const QString &project, const std::atomic_bool *cancel)
{
    const QString projectQuery = QStringLiteral("project=%1").arg(project);
    Result<QJsonValue> outcome = Error(Error::Code::Internal, QString());
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (auto ops = incus.get(QStringLiteral("/1.0/operations?recursion=1&") + projectQuery)) {
            for (const QString &id : targetstate::operationsHolding(*ops, path)) {
                qCInfo(lcJob) << "waiting for operation" << id << "on" << path;
                (void)incus.get(
                    QStringLiteral("/1.0/operations/%1/wait?timeout=30&%2").arg(id, projectQuery));
            }
        }
        outcome = incus.callAndWait("DELETE", path + QLatin1Char('?') + projectQuery);
        if (outcome || outcome.error().code == Error::Code::NotFound || (cancel && cancel->load()))
            return outcome;
        qCInfo(lcJob) << "deleting" << path
                      << "failed, trying again:" << outcome.error().toString();
        QThread::msleep(500u << attempt);
    }
    return outcome;
}
} // namespace

struct MigrationJob::Context
{
    QueueEntry entry;
    Instance vm;
    Batch batch;
    Source source;
    Target target;
    QJsonObject placement;
    QString project;
    QString instanceName;
    QString datacenter;

    net::HttpClient soapHttp;
    std::unique_ptr<vmware::SoapClient> soap;
    net::HttpClient targetHttp;
    std::unique_ptr<incus::IncusClient> incus;
    incus::ClientCertificate identity;
    bool sourceConnected = false;
    bool targetConnected = false;
    QStringList createdVolumes;
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
    Context c;
    QElapsedTimer timer;
    timer.start();
    Status st = migrate(c);
    if (st) {
        qCInfo(lcJob) << "entry" << m_params.entryId << "finished in" << timer.elapsed() << "ms";
        Q_EMIT succeeded(m_params.entryId);
    } else {
        recover(c, st.error());
    }
    Q_EMIT finished(m_params.entryId);
}

Status MigrationJob::migrate(Context &c)
{
    const auto &db = m_params.db;
    QueueRepository queue(db);
    QueueStateMachine machine(db);
    auto log = [&](const QString &line, const QString &level = QStringLiteral("info")) {
        (void)queue.appendLog(m_params.entryId, level, line);
    };
    auto message = [&](const QString &text) {
        (void)queue.updateStatus(c.entry.id, c.entry.status, c.entry.status, text);
        c.entry.statusMessage = text;
    };
    auto canceled = [&]() -> std::optional<Error> {
        if (m_cancel.load())
            return Error(Error::Code::Canceled, tr("The migration was canceled."));
        return std::nullopt;
    };
    auto save = [&]() {
        return queue.update(c.entry);
    };

    // Load what the entry refers to.
    auto entry = queue.byId(m_params.entryId);
    if (!entry)
        return entry.error();
    c.entry = *entry;
    if (c.entry.status != queuestatus::Creating)
        return Error(Error::Code::Internal,
            tr("bug: a migration job started for an entry in \"%1\"").arg(c.entry.status));
    auto vm = InstanceRepository(db).byId(c.entry.instanceId);
    if (!vm)
        return vm.error();
    c.vm = *vm;
    auto batch = BatchRepository(db).byId(c.entry.batchId);
    if (!batch)
        return batch.error();
    c.batch = *batch;
    auto source = SourceRepository(db).byId(c.vm.sourceId);
    if (!source)
        return source.error();
    c.source = *source;
    c.placement = c.entry.placement;
    auto target
        = TargetRepository(db).byName(c.placement.value(QStringLiteral("target_name")).toString());
    if (!target)
        return Error(Error::Code::NotFound,
            tr("The target %1 of the placement is not registered.")
                .arg(c.placement.value(QStringLiteral("target_name")).toString()));
    c.target = *target;
    c.project = c.placement.value(QStringLiteral("target_project")).toString();
    if (c.project.isEmpty())
        c.project = c.batch.defaultProject;
    c.datacenter = c.vm.location.section(QLatin1Char('/'), 1, 1);

    // Source session.
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
    VsphereVm sourceVm(c.soap.get(), c.vm.sourceSpecificId, &m_cancel);

    // 1. Re-check the source VM.
    message(tr("Checking the source VM"));
    auto facts = sourceVm.facts();
    if (!facts)
        return facts.error();
    if (!c.vm.uuid.isEmpty() && facts->uuid != c.vm.uuid.toLower())
        return Error(Error::Code::Conflict,
            tr("The source VM changed: its UUID is %1, the batch started with %2.")
                .arg(facts->uuid, c.vm.uuid));
    if (facts->disks.size() != c.vm.disks.size())
        return Error(Error::Code::Conflict,
            tr("The source VM changed: it has %1 disks, the batch started with %2.")
                .arg(facts->disks.size())
                .arg(c.vm.disks.size()));
    for (int i = 0; i < facts->disks.size(); ++i) {
        const auto &now = facts->disks.at(i);
        const Disk &then = c.vm.disks.at(i);
        if (now.fileName != then.name || now.capacityBytes != then.capacityBytes)
            return Error(Error::Code::Conflict,
                tr("The source VM changed: disk %1 is %2 (%3 bytes), the batch started with %4 "
                   "(%5 bytes).")
                    .arg(i)
                    .arg(now.fileName)
                    .arg(now.capacityBytes)
                    .arg(then.name)
                    .arg(then.capacityBytes));
    }
    for (const Disk &d : std::as_const(c.vm.disks))
        if (!d.supported)
            return Error(Error::Code::Unsupported,
                tr("Disk %1 cannot be copied: %2").arg(d.name, d.unsupportedReason));
    if (!c.entry.sourcePoweredOffByFerry)
        c.entry.sourceWasRunning = facts->powerState == QLatin1String("poweredOn");
    log(tr("Source VM %1 (%2) is %3%4")
            .arg(facts->name, facts->uuid, facts->powerState,
                c.entry.sourcePoweredOffByFerry ? tr(", powered off by Ferry earlier")
                                                : QString()));
    if (auto e = canceled())
        return *e;

    // Target session.
    if (!c.target.clientCertPem.isEmpty()) {
        auto key = m_params.secrets->read(c.target.secretRef);
        if (!key)
            return Error(key.error().code,
                tr("Cannot read the client key of target %1: %2")
                    .arg(c.target.name, key.error().message));
        c.identity.certPem = c.target.clientCertPem.toLatin1();
        c.identity.keyPem = *key;
        c.targetHttp.setClientCertificate(c.identity.certificate(), c.identity.key());
    }
    c.targetHttp.setPinnedSha256(c.target.cert.trustedSha256);
    c.targetHttp.setTimeoutMs(int(qMin<qint64>(c.target.connectionTimeoutMs + 30000, 3600000)));
    c.incus = std::make_unique<incus::IncusClient>(
        &c.targetHttp, QUrl(c.target.endpoint), c.target.connectionTimeoutMs);
    c.incus->setServerType(c.target.targetType);
    c.incus->setApiExtensions(c.target.apiExtensions);
    c.targetConnected = true;

    // 2. What an earlier attempt left behind goes; a foreign instance with our name is a
    // conflict.
    if (c.entry.targetInstanceName.isEmpty())
        c.entry.targetInstanceName = sanitizeInstanceName(c.vm.effectiveName());
    c.instanceName = c.entry.targetInstanceName;
    if (Status st = save(); !st)
        return st;
    const QString projectQuery = QStringLiteral("project=%1").arg(c.project);
    {
        auto list = c.incus->get(QStringLiteral("/1.0/instances?recursion=1&") + projectQuery);
        if (!list)
            return list.error();
        auto found
            = targetstate::leftovers(*list, c.entry.id, c.vm.uuid, c.instanceName, tr("instances"));
        if (!found)
            return found.error();
        if (found->nameTaken)
            return Error(Error::Code::Conflict,
                tr("An instance named %1 exists on target %2 and Ferry did not create it.")
                    .arg(c.instanceName, c.target.name));
        for (const QString &name : std::as_const(found->ours)) {
            log(tr("Deleting %1 left on the target by an earlier attempt").arg(name));
            (void)c.incus->callAndWait("PUT",
                QStringLiteral("/1.0/instances/%1/state?%2").arg(name, projectQuery),
                QJsonObject {{QStringLiteral("action"), QStringLiteral("stop")},
                    {QStringLiteral("force"), true}});
            auto del = deleteLeftover(
                *c.incus, QStringLiteral("/1.0/instances/%1").arg(name), c.project, &m_cancel);
            if (!del && del.error().code != Error::Code::NotFound)
                return del.error();
        }
    }
    // What LXD would refuse only when the NICs are added after the copy: the same name in
    // another project on the same managed network, or a MAC already on one of the networks.
    {
        QStringList networks;
        QStringList macs;
        const QJsonObject nics = nicDevices(c.vm, c.placement);
        for (auto it = nics.begin(); it != nics.end(); ++it) {
            const QJsonObject d = it.value().toObject();
            const QString network = d.value(QStringLiteral("network")).toString();
            networks << (network.isEmpty() ? d.value(QStringLiteral("parent")).toString()
                                           : network);
            macs << d.value(QStringLiteral("hwaddr")).toString().toLower();
        }
        if (!nics.isEmpty()) {
            auto all = c.incus->get(QStringLiteral("/1.0/instances?recursion=1&all-projects=true"));
            if (!all) {
                // An older server without all-projects: LXD still says it after the copy.
                log(tr("Other projects could not be checked for a clashing name or MAC address: %1")
                        .arg(all.error().toString()),
                    QStringLiteral("warning"));
            } else if (const QString clash = targetstate::nicClash(
                           *all, c.instanceName, c.project, networks, macs, c.entry.id, c.vm.uuid);
                       !clash.isEmpty()) {
                return Error(Error::Code::Conflict, clash);
            }
        }
    }
    const QMap<QString, QString> pools = [&]() {
        QMap<QString, QString> m;
        const QJsonObject p = c.placement.value(QStringLiteral("storage_pools")).toObject();
        for (auto it = p.begin(); it != p.end(); ++it)
            m.insert(it.key(), it.value().toString());
        return m;
    }();
    auto poolOf = [&](const Disk &d) {
        const QString p = pools.value(d.name);
        return p.isEmpty() ? c.batch.defaultPool : p;
    };
    {
        QSet<QString> seen;
        for (const Disk &d : std::as_const(c.vm.disks)) {
            const QString pool = poolOf(d);
            if (seen.contains(pool))
                continue;
            seen.insert(pool);
            auto vols
                = c.incus->get(QStringLiteral("/1.0/storage-pools/%1/volumes/custom?recursion=1&%2")
                                   .arg(pool, projectQuery));
            if (!vols)
                return vols.error();
            auto ours = targetstate::leftovers(
                *vols, c.entry.id, c.vm.uuid, QString(), tr("volumes in pool %1").arg(pool));
            if (!ours)
                return ours.error();
            for (const QString &name : std::as_const(ours->ours)) {
                log(tr("Deleting volume %1 left on the target by an earlier attempt").arg(name));
                auto del = deleteLeftover(*c.incus,
                    QStringLiteral("/1.0/storage-pools/%1/volumes/custom/%2").arg(pool, name),
                    c.project, &m_cancel);
                if (!del && del.error().code != Error::Code::NotFound)
                    return del.error();
            }
        }
    }
    c.entry.targetCreated = false;
    if (Status st = save(); !st)
        return st;
    if (auto e = canceled())
        return *e;

    // 3. Past the point of no return: the source goes off.
    c.entry.importStage = QStringLiteral("final");
    if (Status st = save(); !st)
        return st;
    if (Status st = machine.transition(c.entry, queuestatus::Final,
            c.entry.sourceWasRunning && !c.entry.sourcePoweredOffByFerry
                ? tr("Powering off the source VM")
                : tr("Importing disks"));
        !st)
        return st;
    if (facts->powerState != QLatin1String("poweredOff")) {
        c.entry.sourcePoweredOffByFerry = true; // recorded before the call: a crash remembers it
        if (Status st = save(); !st)
            return st;
        log(facts->toolsRunning ? tr("Shutting the guest down") : tr("Powering the source VM off"));
        if (Status st = sourceVm.powerOff(facts->toolsRunning, m_params.guestShutdownTimeoutMs);
            !st)
            return st;
        log(tr("The source VM is off"));
    }

    // 4. The disks.
    const QMap<QString, QString> markers {{marker::Source, c.source.name},
        {marker::InstanceUuid, c.vm.uuid}, {marker::QueueEntry, QString::number(c.entry.id)},
        {marker::Batch, c.batch.name}};
    // LXD 5.0 has no security.csm (BIOS): the VM gets UEFI there, and the log says so.
    const bool csm = c.target.targetType != QLatin1String("lxd");
    if (!csm && c.vm.legacyBoot)
        log(tr("The source VM boots with BIOS; target %1 (LXD) has no security.csm, so the VM "
               "gets UEFI firmware and may need its boot loader converted")
                .arg(c.target.name),
            QStringLiteral("warning"));
    const int diskCount = int(c.vm.disks.size());
    QStringList volumeNames;
    for (int i = 0; i < diskCount; ++i) {
        if (auto e = canceled())
            return *e;
        const Disk &disk = c.vm.disks.at(i);
        const QString label
            = tr("Importing disk (%1/%2) \"%3\"").arg(i + 1).arg(diskCount).arg(disk.name);
        message(label);
        const auto [datastore, path] = splitDatastorePath(disk.name);
        if (datastore.isEmpty())
            return Error(
                Error::Code::Unsupported, tr("Disk %1 is not on a datastore.").arg(disk.name));
        auto folderUrl = [&](const QString &relative) {
            QUrl url(c.source.endpoint);
            url.setPath(QStringLiteral("/folder/") + relative);
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("dcPath"), c.datacenter);
            q.addQueryItem(QStringLiteral("dsName"), datastore);
            url.setQuery(q);
            return url;
        };
        auto descriptorResp = c.soapHttp.request("GET", folderUrl(path));
        if (!descriptorResp)
            return descriptorResp.error();
        if (descriptorResp->status != 200)
            return Error(Error::Code::Server,
                tr("Reading the descriptor of disk %1 failed (HTTP %2).")
                    .arg(disk.name)
                    .arg(descriptorResp->status));
        auto descriptor = transfer::parseVmdkDescriptor(descriptorResp->body);
        if (!descriptor)
            return descriptor.error();
        if (Status st = transfer::checkCopyable(*descriptor); !st)
            return st;
        const QString dir = path.contains(QLatin1Char('/'))
            ? path.section(QLatin1Char('/'), 0, -2) + QLatin1Char('/')
            : QString();
        transfer::DiskSource src;
        src.extentUrl = folderUrl(dir + descriptor->extents.first().file);
        src.pinnedSha256 = c.source.cert.trustedSha256;
        src.sizeBytes = descriptor->sizeBytes();
        QByteArrayList cookies;
        if (auto *jar = c.soapHttp.manager()->cookieJar())
            for (const QNetworkCookie &ck : jar->cookiesForUrl(sdk))
                cookies << ck.toRawForm(QNetworkCookie::NameAndValueOnly);
        src.cookie = cookies.join("; ");

        DiskProgress progress;
        progress.diskPosition = i;
        progress.diskName = disk.name;
        progress.bytesTotal = src.sizeBytes;
        progress.startedAt = QDateTime::currentDateTimeUtc();
        (void)queue.setDiskProgress(c.entry.id, progress);
        QElapsedTimer clock;
        clock.start();
        qint64 lastReport = -1000;
        transfer::StreamOptions options;
        options.chunkBytes = m_params.chunkBytes;
        options.readsInFlight = m_params.readsInFlight;
        options.readLimitBytesPerSecond = m_params.readLimitBytesPerSecond;
        options.cancel = &m_cancel;
        options.progress = [&](qint64 done, qint64 total) {
            if (clock.elapsed() - lastReport < 1000 && done < total)
                return;
            lastReport = clock.elapsed();
            progress.bytesDone = done; // bytesSent: known at the end (zeros are not sent)
            progress.rateBps
                = clock.elapsed() > 0 ? double(done) * 1000.0 / double(clock.elapsed()) : 0;
            (void)queue.setDiskProgress(c.entry.id, progress);
            message(QStringLiteral("%1: %2% complete")
                        .arg(label)
                        .arg(total > 0 ? 100.0 * double(done) / double(total) : 100.0, 0, 'f', 2));
            Q_EMIT this->progress(c.entry.id, i, done, total);
        };

        Result<transfer::StreamResult> copied = Error();
        if (i == 0) {
            transfer::VmTarget t;
            t.endpoint = QUrl(c.target.endpoint);
            t.pinnedSha256 = c.target.cert.trustedSha256;
            t.clientCertificate = c.identity.certificate();
            t.clientKey = c.identity.key();
            t.headerPrefix = incus::headerPrefix(c.target.targetType);
            t.project = c.project;
            t.instanceName = c.instanceName;
            const QMap<QString, QString> config = vmConfig(c.vm, markers, csm);
            t.indexYaml = vmBackupYaml(c.instanceName, poolOf(disk), src.sizeBytes, config, true);
            t.backupYaml = vmBackupYaml(c.instanceName, poolOf(disk), src.sizeBytes, config, false);
            t.operationTimeoutMs = c.target.connectionTimeoutMs;
            c.entry.targetCreated = true; // before: a crash mid-import still looks for it
            if (Status st = save(); !st)
                return st;
            copied = transfer::streamDiskIntoNewVm(src, t, options);
        } else {
            transfer::VolumeTarget t;
            t.endpoint = QUrl(c.target.endpoint);
            t.pinnedSha256 = c.target.cert.trustedSha256;
            t.clientCertificate = c.identity.certificate();
            t.clientKey = c.identity.key();
            t.headerPrefix = incus::headerPrefix(c.target.targetType);
            t.project = c.project;
            t.pool = poolOf(disk);
            t.volumeName = QStringLiteral("%1-disk%2").arg(c.instanceName).arg(i);
            QMap<QString, QString> config = markers;
            config.insert(marker::Disk, disk.name);
            t.indexYaml = volumeIndexYaml(t.volumeName, t.pool, src.sizeBytes, config);
            t.operationTimeoutMs = c.target.connectionTimeoutMs;
            copied = transfer::streamDiskIntoNewVolume(src, t, options);
            volumeNames << t.volumeName;
        }
        if (!copied)
            return copied.error();
        progress.bytesDone = copied->diskBytes;
        progress.bytesSent = copied->bytesSent;
        progress.sha256 = copied->sha256;
        progress.rateBps = copied->elapsedMs > 0
            ? double(copied->diskBytes) * 1000.0 / double(copied->elapsedMs)
            : 0;
        (void)queue.setDiskProgress(c.entry.id, progress);
        Q_EMIT this->progress(c.entry.id, i, copied->diskBytes, src.sizeBytes);
        log(tr("Disk %1: %2 bytes in %3 ms (%4 bytes read, %5 sent%6), SHA-256 %7")
                .arg(disk.name)
                .arg(copied->diskBytes)
                .arg(copied->elapsedMs)
                .arg(copied->bytesRead)
                .arg(copied->bytesSent)
                .arg(copied->zerosSkipped ? tr(", zero regions skipped") : QString())
                .arg(copied->sha256));
    }
    if (auto e = canceled())
        return *e;

    // 5. The VM's configuration.
    if (Status st
        = machine.transition(c.entry, queuestatus::PostImport, tr("Configuring the target VM"));
        !st)
        return st;
    const QString instancePath
        = QStringLiteral("/1.0/instances/%1?%2").arg(c.instanceName, projectQuery);
    auto current = c.incus->get(instancePath);
    if (!current)
        return current.error();
    const QMap<QString, QString> wanted = vmConfig(c.vm, markers, csm);
    const QJsonObject nics = nicDevices(c.vm, c.placement);
    QJsonObject devices = nics;
    if (c.vm.tpm)
        devices.insert(
            QStringLiteral("vtpm"), QJsonObject {{QStringLiteral("type"), QStringLiteral("tpm")}});
    for (int i = 0; i < volumeNames.size(); ++i)
        devices.insert(QStringLiteral("disk%1").arg(i + 1),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("disk")},
                {QStringLiteral("pool"), poolOf(c.vm.disks.at(i + 1))},
                {QStringLiteral("source"), volumeNames.at(i)}});
    auto put = targetstate::reconfigured(*current, wanted, devices);
    if (!put)
        return put.error();
    if (auto r = c.incus->callAndWait("PUT", instancePath, *put); !r)
        return Error(r.error().code,
            tr("Configuring the target VM failed: %1").arg(r.error().message), r.error().details);
    log(tr("Target VM %1 configured: %2 CPUs, %3, %4 NICs, %5 extra disks%6")
            .arg(c.instanceName, wanted.value(QStringLiteral("limits.cpu")),
                wanted.value(QStringLiteral("limits.memory")))
            .arg(nics.size())
            .arg(volumeNames.size())
            .arg(c.vm.tpm ? tr(", TPM") : QString()));

    // 6. Start it if the source ran.
    if (c.entry.sourceWasRunning) {
        if (auto e = canceled())
            return *e;
        message(tr("Starting the target VM"));
        auto r = c.incus->callAndWait("PUT",
            QStringLiteral("/1.0/instances/%1/state?%2").arg(c.instanceName, projectQuery),
            QJsonObject {{QStringLiteral("action"), QStringLiteral("start")}});
        if (!r)
            return Error(r.error().code,
                tr("Starting the target VM failed: %1").arg(r.error().message), r.error().details);
    }
    c.entry.importStage = QStringLiteral("complete");
    if (Status st = save(); !st)
        return st;
    return machine.transition(c.entry, queuestatus::Finished,
        c.entry.sourceWasRunning ? tr("Migrated; the target VM runs") : tr("Migrated"));
}

void MigrationJob::recover(Context &c, const Error &error)
{
    const auto &db = m_params.db;
    QueueRepository queue(db);
    QueueStateMachine machine(db);
    auto log = [&](const QString &line, const QString &level = QStringLiteral("info")) {
        (void)queue.appendLog(m_params.entryId, level, line);
    };
    qCWarning(lcJob) << "entry" << m_params.entryId << "failed:" << error.toString();

    // Someone else moved the entry (a cancel from another process): that is a cancel.
    auto stored = queue.byId(m_params.entryId);
    if (stored && c.entry.id != 0 && stored->status != c.entry.status) {
        log(tr("The entry became \"%1\" while the job ran; stopping").arg(stored->status));
        m_cancel = true;
    }
    if (stored) {
        // Keep the flags this job wrote, the status that is stored.
        const QString status = stored->status;
        const QString msg = stored->statusMessage;
        if (c.entry.id == 0)
            c.entry = *stored;
        c.entry.status = status;
        c.entry.statusMessage = msg;
    }
    if (m_windowEnded.load())
        log(tr("The migration window ended before the migration did: stopped; the source goes "
               "back to how it was and what was created on the target is removed"),
            QStringLiteral("warning"));
    else
        log(error.toString(), QStringLiteral("error"));

    // The source back on if Ferry stopped it.
    if (c.entry.sourcePoweredOffByFerry && c.entry.sourceWasRunning && c.sourceConnected) {
        VsphereVm vm(c.soap.get(), c.vm.sourceSpecificId, nullptr);
        if (Status st = vm.powerOn(); st) {
            c.entry.sourcePoweredOffByFerry = false;
            (void)queue.update(c.entry);
            log(tr("The source VM was powered back on"));
        } else {
            log(tr("Powering the source VM back on failed: %1").arg(st.error().toString()),
                QStringLiteral("error"));
        }
    }

    // Leftovers on the target.
    const bool keepLeftovers
        = m_params.keepLeftovers || (m_cancel.load() && stored && stored->keepLeftovers);
    if (keepLeftovers && c.targetConnected)
        log(tr("What was created on the target stays, as asked"));
    if (c.targetConnected && !keepLeftovers && error.code != Error::Code::Conflict) {
        const QString projectQuery = QStringLiteral("project=%1").arg(c.project);
        if (auto list
            = c.incus->get(QStringLiteral("/1.0/instances?recursion=1&") + projectQuery)) {
            const auto found
                = targetstate::leftovers(*list, c.entry.id, c.vm.uuid, QString(), tr("instances"));
            for (const QString &name : found ? found->ours : QStringList()) {
                (void)c.incus->callAndWait("PUT",
                    QStringLiteral("/1.0/instances/%1/state?%2").arg(name, projectQuery),
                    QJsonObject {{QStringLiteral("action"), QStringLiteral("stop")},
                        {QStringLiteral("force"), true}});
                if (deleteLeftover(*c.incus, QStringLiteral("/1.0/instances/%1").arg(name),
                        c.project, nullptr))
                    log(tr("Deleted %1 from the target").arg(name));
            }
        }
        QSet<QString> pools {c.batch.defaultPool};
        const QJsonObject p = c.placement.value(QStringLiteral("storage_pools")).toObject();
        for (auto it = p.begin(); it != p.end(); ++it)
            pools.insert(it.value().toString());
        for (const QString &pool : std::as_const(pools)) {
            auto vols
                = c.incus->get(QStringLiteral("/1.0/storage-pools/%1/volumes/custom?recursion=1&%2")
                                   .arg(pool, projectQuery));
            if (!vols)
                continue;
            const auto ours = targetstate::leftovers(
                *vols, c.entry.id, c.vm.uuid, QString(), tr("volumes in pool %1").arg(pool));
            for (const QString &name : ours ? ours->ours : QStringList()) {
                if (deleteLeftover(*c.incus,
                        QStringLiteral("/1.0/storage-pools/%1/volumes/custom/%2").arg(pool, name),
                        c.project, nullptr))
                    log(tr("Deleted volume %1 from the target").arg(name));
            }
        }
        c.entry.targetCreated = false;
        (void)queue.update(c.entry);
    }

    QString to = queuestatus::Failed;
    if (m_windowEnded.load())
        to = queuestatus::Waiting;
    else if (m_cancel.load())
        to = queuestatus::Canceled;
    else if (error.code == Error::Code::Conflict)
        to = queuestatus::Conflict;
    if (stored && c.entry.status != to && QueueStateMachine::isAllowed(c.entry.status, to)) {
        QString text = to == queuestatus::Canceled && error.code != Error::Code::Canceled
            ? tr("Canceled")
            : error.toString();
        if (to == queuestatus::Waiting)
            text = tr("The migration window ended before the migration did; waiting for the next "
                      "window");
        if (Status st = machine.transition(c.entry, to, text); !st)
            qCWarning(lcJob) << "cannot record the failure:" << st.error().toString();
    }
    Q_EMIT failed(m_params.entryId, int(error.code), error.toString(), c.entry.status);
}

} // namespace ferry::engine
