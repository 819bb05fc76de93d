#include "engine/guestdryrun.h"

#include "artifacts/artifactservice.h"
#include "convert/cowoverlay.h"
#include "convert/diskprobe.h"
#include "convert/linuxconverter.h"
#include "convert/windowsconverter.h"
#include "engine/disksource.h"
#include "engine/vspherevm.h"
#include "inventory/instanceoverrides.h"
#include "model/source.h"
#include "net/httpclient.h"
#include "secrets/credentialstore.h"
#include "store/dryrunrepository.h"
#include "store/sourcerepository.h"
#include "transfer/datastorerelay.h"
#include "transfer/vmimport.h"
#include "vmware/datastore.h"
#include "vmware/datastorechain.h"
#include "vmware/soapclient.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>

#include <vector>

namespace ferry::engine {

Q_LOGGING_CATEGORY(lcDryRun, "ferry.engine.dryrun", QtInfoMsg)

using Severity = convert::DryRunFinding::Severity;

QString virtioWinIso(const std::shared_ptr<Database> &db, const Instance &vm)
{
    auto found = artifacts::ArtifactService(db, {}).virtioWinFor(vm);
    if (!found || !found->has_value())
        return {};
    if (!artifacts::ArtifactService::verifyFile(**found))
        return {}; // not on this host, or another file: the migration says so
    return (*found)->path;
}

QList<convert::NicIdentity> conversionNics(const Instance &vm)
{
    QList<convert::NicIdentity> nics;
    const QVector<NicAddressOverride> addresses = nicAddressOverrides(vm.overrides);
    for (const Nic &nic : vm.nics) {
        if (nic.hardwareAddress.isEmpty())
            continue;
        convert::NicIdentity identity {nic.hardwareAddress, {}, {}, {}, {}, {}};
        for (const NicAddressOverride &a : addresses)
            if (a.mac.compare(nic.hardwareAddress, Qt::CaseInsensitive) == 0) {
                identity.ipv4 = a.ipv4;
                identity.gateway = a.gateway;
                identity.dns = a.dns;
            }
        nics << identity;
    }
    return nics;
}

QJsonArray findingsJson(const QList<convert::DryRunFinding> &findings)
{
    QJsonArray out;
    for (const convert::DryRunFinding &f : findings)
        out << QJsonObject {
            {QStringLiteral("severity"),
                QString::fromLatin1(convert::DryRunFinding::severityName(f.severity))},
            {QStringLiteral("code"), f.code}, {QStringLiteral("message"), f.message}};
    return out;
}

QList<convert::DryRunFinding> findingsFromJson(const QJsonArray &array)
{
    QList<convert::DryRunFinding> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const QString severity = o.value(QStringLiteral("severity")).toString();
        out.append({severity == QLatin1String("error") ? Severity::Error
                : severity == QLatin1String("warning") ? Severity::Warning
                                                       : Severity::Info,
            o.value(QStringLiteral("code")).toString(),
            o.value(QStringLiteral("message")).toString()});
    }
    return out;
}

Status saveDryRun(
    const std::shared_ptr<Database> &db, qint64 instanceId, const GuestDryRunReport &report)
{
    ConversionDryRunRecord r;
    r.instanceId = instanceId;
    r.ranAt = report.at;
    r.disksRead = report.read;
    r.seconds = report.seconds;
    r.findings = findingsJson(report.findings);
    return DryRunRepository(db).save(r);
}

Result<QHash<qint64, GuestDryRunReport>> dryRunsOf(
    const std::shared_ptr<Database> &db, const QList<qint64> &instanceIds)
{
    auto records = DryRunRepository(db).forInstances(instanceIds);
    if (!records)
        return records.error();
    QHash<qint64, GuestDryRunReport> out;
    for (const ConversionDryRunRecord &r : std::as_const(*records)) {
        GuestDryRunReport report;
        report.at = r.ranAt;
        report.read = r.disksRead;
        report.seconds = r.seconds;
        report.findings = findingsFromJson(r.findings);
        out.insert(r.instanceId, report);
    }
    return out;
}

GuestDryRun::GuestDryRun(std::shared_ptr<Database> db, std::shared_ptr<CredentialStore> secrets)
    : m_db(std::move(db))
    , m_secrets(std::move(secrets))
    , m_env(QProcessEnvironment::systemEnvironment())
{ }

Result<GuestDryRunReport> GuestDryRun::run(const Instance &vm)
{
    QElapsedTimer clock;
    clock.start();
    GuestDryRunReport report;
    report.instance = vm.location;
    report.uuid = vm.uuid;
    report.at = QDateTime::currentDateTimeUtc();
    auto done = [&]() -> Result<GuestDryRunReport> {
        report.seconds = double(clock.elapsed()) / 1000.0;
        return report;
    };
    if (const QStringList missing = convert::missingConversionTools(); !missing.isEmpty()) {
        report.findings.append({Severity::Error, QStringLiteral("conversion-unavailable"),
            tr("This computer cannot inspect guests: %1 missing (libguestfs-tools, nbdkit and "
               "qemu-utils on Linux).")
                .arg(missing.join(QStringLiteral(", ")))});
        return done();
    }

    auto source = SourceRepository(m_db).byId(vm.sourceId);
    if (!source)
        return source.error();
    auto password = m_secrets->read(source->secretRef);
    if (!password)
        return Error(password.error().code,
            tr("Cannot read the password of source %1: %2")
                .arg(source->name, password.error().message));
    net::HttpClient http;
    http.setPinnedSha256(source->cert.trustedSha256);
    http.setTimeoutMs(int(qMin<qint64>(source->connectionTimeoutMs, 600000)));
    QUrl sdk(source->endpoint);
    sdk.setPath(QStringLiteral("/sdk"));
    vmware::SoapClient soap(&http, sdk);
    if (auto content = soap.retrieveServiceContent(); !content)
        return content.error();
    if (Status st = soap.login(source->username, QString::fromUtf8(*password)); !st)
        return st.error();
    // vCenter limits its sessions: this one ends however the dry run ends.
    struct Logout
    {
        vmware::SoapClient &soap;
        ~Logout() { (void)soap.logout(); }
    } logout {soap};

    auto facts = VsphereVm(&soap, vm.sourceSpecificId, &m_cancel).facts();
    if (!facts)
        return facts.error();
    if (facts->powerState != QLatin1String("poweredOff")) {
        report.findings.append({Severity::Warning, QStringLiteral("dry-run-vm-running"),
            facts->powerState == QLatin1String("suspended")
                ? tr("Dry run not possible while the VM is suspended (its disks are in use).")
                : tr("Dry run not possible while the VM runs (its disks are in use).")});
        return done();
    }

    QString datacenterPath = vm.config.value(QStringLiteral("vmware.datacenter_path")).toString();
    if (datacenterPath.isEmpty())
        datacenterPath = vm.location.section(QLatin1Char('/'), 1, 1);
    vmware::Datastores datastores(&http, QUrl(source->endpoint), datacenterPath);
    QVector<transfer::DiskSource> disks;
    for (const VmFacts::DiskFacts &d : std::as_const(facts->disks)) {
        auto content
            = vmware::locateDiskContent(datastores, d.fileName, vmware::ChainDepth::Grains);
        if (!content)
            return Error(content.error().code,
                tr("Disk %1 cannot be read: %2").arg(d.fileName, content.error().message),
                content.error().details);
        disks << diskSourceOf(content->extent, content->chain, datastores.sessionCookie(),
            source->cert.trustedSha256);
    }
    if (disks.isEmpty()) {
        report.findings.append({Severity::Warning, QStringLiteral("os-none"),
            tr("The VM has no disk: nothing to inspect.")});
        return done();
    }
    // As the migration does: without a partition table or file system at the start of any
    // disk, libguestfs is not started.
    QString signature;
    for (const transfer::DiskSource &src : std::as_const(disks)) {
        auto head = transfer::readSourceRange(src, 0, convert::kProbeBytes, &m_cancel);
        if (!head)
            return head.error();
        signature = convert::osSignature(*head);
        if (!signature.isEmpty())
            break;
    }
    report.read = true;
    if (signature.isEmpty()) {
        report.findings.append({Severity::Warning, QStringLiteral("os-none"),
            tr("No partition table or file system at the start of any disk: no operating "
               "system; the disks would land as they are.")});
        return done();
    }

    // The relays are declared before the overlays so that the overlays' nbdkit ends first.
    std::vector<std::unique_ptr<transfer::DatastoreRelay>> relays;
    std::vector<std::unique_ptr<convert::SourceOverlay>> overlays;
    convert::ConversionRequest request;
    request.dryRun = true;
    request.nics = conversionNics(vm);
    for (const transfer::DiskSource &src : std::as_const(disks)) {
        auto overlay = std::make_unique<convert::SourceOverlay>();
        auto relay = std::make_unique<transfer::DatastoreRelay>(src);
        if (Status st = relay->start(overlay->relaySocketPath()); !st)
            return st.error();
        if (Status st = overlay->startOverRelay(transfer::DatastoreRelay::url(), src.sizeBytes);
            !st)
            return st.error();
        request.disks << overlay->endpoint();
        relays.push_back(std::move(relay));
        overlays.push_back(std::move(overlay));
    }
    request.virtioWinIso = virtioWinIso(m_db, vm);
    // Windows (by the guest id, or found by the Linux inspection): WindowsConverter's own
    // read-only inspection (BitLocker, the build, the drivers the virtio-win ISO has for it).
    auto inspectWindows = [&]() -> Result<convert::GuestFacts> {
        convert::WindowsConverter windows(request);
        windows.setEnvironment(m_env);
        windows.setCancelFlag(&m_cancel);
        auto inspected = windows.run();
        if (!inspected)
            return inspected.error();
        return convert::windowsFacts(*inspected, !request.virtioWinIso.isEmpty());
    };
    const bool windowsLikely = vm.osType == QLatin1String("windows");
    Result<convert::GuestFacts> guest
        = windowsLikely ? inspectWindows() : Result<convert::GuestFacts>(convert::GuestFacts());
    // Not Windows after all (or not guessed so): the Linux inspection, which may find Windows.
    if (guest && guest->os.type != QLatin1String("windows")) {
        convert::LinuxConverter converter(request);
        converter.setEnvironment(m_env);
        converter.setCancelFlag(&m_cancel);
        const int left = qMax(60, m_timeoutSeconds - int(clock.elapsed() / 1000));
        guest = converter.inspectOnly(left);
        if (guest && guest->os.type == QLatin1String("windows") && !windowsLikely)
            guest = inspectWindows();
    }
    for (auto &overlay : overlays)
        (void)overlay->stop();
    qint64 relayed = 0;
    for (auto &relay : relays) {
        relay->stop();
        relayed += relay->bytesRelayed();
    }
    if (!guest)
        return Error(guest.error().code,
            tr("The guest could not be inspected: %1").arg(guest.error().message),
            guest.error().details);
    report.findings = convert::dryRunFindings(*guest, request.nics);
    report.findings.append({Severity::Info, QStringLiteral("dry-run"),
        tr("Inspected read-only in %1 s (%2); libguestfs read %3 bytes from the datastore; "
           "nothing was written.")
            .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
            .arg(signature)
            .arg(relayed)});
    qCInfo(lcDryRun) << "dry run of" << vm.location << "in" << clock.elapsed() << "ms";
    return done();
}

} // namespace ferry::engine
