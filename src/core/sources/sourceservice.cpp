#include "sources/sourceservice.h"

#include "inventory/osinfo.h"
#include "model/instance.h"
#include "model/network.h"
#include "net/endpoint.h"
#include "net/httpclient.h"
#include "secrets/credentialstore.h"
#include "store/database.h"
#include "store/instancerepository.h"
#include "store/networkrepository.h"
#include "store/sourcerepository.h"
#include "store/warningrepository.h"
#include "vmware/datastore.h"
#include "vmware/inventory.h"
#include "vmware/soapclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QUrl>

namespace ferry {

Q_LOGGING_CATEGORY(lcSources, "ferry.sources", QtInfoMsg)

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SourceService)
};

QUrl sdkUrl(const QString &endpoint)
{
    QUrl url(endpoint);
    url.setPath(QStringLiteral("/sdk"));
    return url;
}

} // namespace

// One SOAP session for one call of the service.
struct SourceService::Session
{
    net::HttpClient http;
    std::unique_ptr<vmware::SoapClient> soap;

    explicit Session(const Source &s, const std::atomic_bool *cancel)
    {
        http.setPinnedSha256(s.cert.trustedSha256);
        http.setCancelFlag(cancel);
        http.setTimeoutMs(int(std::min<qint64>(s.connectionTimeoutMs, 3600000)));
        soap = std::make_unique<vmware::SoapClient>(&http, sdkUrl(s.endpoint));
    }
};

SourceService::SourceService(std::shared_ptr<Database> db, std::shared_ptr<CredentialStore> secrets)
    : m_db(std::move(db))
    , m_secrets(std::move(secrets))
{ }

Result<QString> SourceService::normalizeEndpoint(const QString &input)
{
    return net::normalizeHttpsEndpoint(input, 443, false);
}

Result<Source> SourceService::add(Source source, const QByteArray &password)
{
    auto endpoint = normalizeEndpoint(source.endpoint);
    if (!endpoint)
        return endpoint.error();
    source.endpoint = *endpoint;
    if (source.name.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, Text::tr("A source needs a name."));
    if (Status st = source.cert.normalizePin(); !st)
        return st.error();
    // The keychain must work before anything is stored, so no source exists without its password.
    if (Status st = m_secrets->probe(); !st)
        return st.error();

    SourceRepository repo(m_db);
    auto id = repo.insert(source);
    if (!id)
        return id.error();
    source.id = *id;
    source.secretRef = CredentialStore::sourcePasswordKey(source.id);
    if (Status st = m_secrets->write(source.secretRef, password); !st) {
        (void)repo.remove(source.id);
        return st.error();
    }
    if (Status st = repo.update(source); !st)
        return st.error();
    return connect(*repo.byId(source.id), password, nullptr);
}

Result<Source> SourceService::connect(Source s, const QByteArray &password, Session *keep)
{
    Session own(s, m_cancel);
    auto checked = tryLogin(std::move(s), password, keep ? *keep : own, keep != nullptr);
    if (!checked)
        return checked.error();
    qCInfo(lcSources) << "source" << checked->name << "status" << checked->connectivityStatus;
    if (Status st = SourceRepository(m_db).update(*checked); !st)
        return st.error();
    return checked;
}

Result<Source> SourceService::tryLogin(
    Source s, const QByteArray &password, Session &session, bool keep)
{
    auto content = session.soap->retrieveServiceContent();
    if (!content) {
        const Error &e = content.error();
        if (e.code == Error::Code::Canceled)
            return e; // a person stopped it: says nothing about the server
        s.statusDetail = e.toString();
        if (e.code == Error::Code::Tls) {
            const tls::CertificateInfo &cert = session.http.presentedCertificate();
            s.cert.seenPem = cert.pem;
            s.cert.seenSha256 = cert.sha256;
            s.connectivityStatus
                = session.http.lastTrustOutcome() == tls::TrustOutcome::NeedsConfirmation
                ? connectivity::ConfirmFingerprint
                : connectivity::TlsError;
        } else {
            s.connectivityStatus = connectivity::CannotConnect;
        }
    } else {
        s.apiType = content->apiType;
        s.apiVersion = content->apiVersion;
        const tls::CertificateInfo &peer = session.http.peerCertificate();
        s.cert.seenPem = peer.pem;
        s.cert.seenSha256 = peer.sha256;
        if (!s.cert.trustedSha256.isEmpty() && s.cert.trustedSha256 == peer.sha256)
            s.cert.trustedPem = peer.pem;
        Status login = session.soap->login(s.username, QString::fromUtf8(password));
        if (!login && login.error().code == Error::Code::Canceled)
            return login.error();
        if (!login) {
            s.connectivityStatus = login.error().code == Error::Code::Authentication
                ? connectivity::AuthenticationError
                : connectivity::CannotConnect;
            s.statusDetail = login.error().toString();
        } else {
            s.connectivityStatus = connectivity::Ok;
            s.statusDetail.clear();
            if (!keep)
                (void)session.soap->logout();
        }
    }
    return s;
}

Result<CredentialDestination::Stored> SourceService::login(
    const QString &name, const QByteArray &password, const CredentialDestination &destination)
{
    auto s = SourceRepository(m_db).byName(name);
    if (!s)
        return s.error();
    if (password.isEmpty())
        return Error(Error::Code::InvalidInput, Text::tr("The password is empty."));
    if (Status st = destination.check(*m_secrets); !st)
        return st.error();
    Session session(*s, m_cancel);
    auto checked = tryLogin(*s, password, session, false);
    if (!checked)
        return checked.error();
    const QString status = checked->connectivityStatus;
    qCInfo(lcSources) << "login to source" << name << "on this host:" << status;
    if (status != connectivity::Ok) {
        Error::Code code = Error::Code::Network;
        QString hint;
        if (status == connectivity::AuthenticationError) {
            code = Error::Code::Authentication;
            hint = Text::tr("Check the password of user %1.").arg(s->username);
        } else if (status == connectivity::ConfirmFingerprint || status == connectivity::TlsError) {
            code = Error::Code::Tls;
            hint = Text::tr("The source's certificate is not the trusted one (SHA-256 %1 was "
                            "presented); trust it first with: ferryctl source update %2 "
                            "--trusted-cert-fingerprint FP")
                       .arg(checked->cert.seenSha256, name);
        }
        return Error(code,
            Text::tr("The password was not stored: logging in to source %1 from this host gave "
                     "\"%2\". %3")
                .arg(name, status, hint)
                .trimmed(),
            checked->statusDetail);
    }
    const QString key
        = s->secretRef.isEmpty() ? CredentialStore::sourcePasswordKey(s->id) : s->secretRef;
    return destination.store(*m_secrets, key, password);
}

Result<Source> SourceService::checkConnectivity(const QString &name)
{
    auto s = SourceRepository(m_db).byName(name);
    if (!s)
        return s.error();
    auto password = m_secrets->read(s->secretRef);
    if (!password)
        return password.error();
    return connect(*s, *password, nullptr);
}

Result<Source> SourceService::trustFingerprint(const QString &name, const QString &fingerprint)
{
    SourceRepository repo(m_db);
    auto s = repo.byName(name);
    if (!s)
        return s.error();
    if (Status st = s->cert.trustFingerprint(fingerprint); !st)
        return st.error();
    if (Status st = repo.update(*s); !st)
        return st.error();
    return checkConnectivity(name);
}

Result<Source> SourceService::update(const Source &changed, const QByteArray *newPassword)
{
    SourceRepository repo(m_db);
    auto current = repo.byId(changed.id);
    if (!current)
        return current.error();
    Source s = changed;
    auto endpoint = normalizeEndpoint(s.endpoint);
    if (!endpoint)
        return endpoint.error();
    s.endpoint = *endpoint;
    if (s.endpoint != current->endpoint) {
        // Another server: nothing of the old trust carries over.
        s.cert.seenPem.clear();
        s.cert.seenSha256.clear();
        if (s.cert.trustedSha256 == current->cert.trustedSha256) {
            s.cert.trustedSha256.clear();
            s.cert.trustedPem.clear();
        }
    }
    if (Status st = s.cert.applyEditedPin(current->cert); !st)
        return st.error();
    s.secretRef = CredentialStore::sourcePasswordKey(s.id);
    if (newPassword) {
        if (Status st = m_secrets->write(s.secretRef, *newPassword); !st)
            return st.error();
    }
    if (Status st = repo.update(s); !st)
        return st.error();
    return checkConnectivity(s.name);
}

Status SourceService::remove(const QString &name)
{
    SourceRepository repo(m_db);
    auto s = repo.byName(name);
    if (!s)
        return s.error();
    // A source whose VMs are in a running batch stays until the batch stops.
    auto busy = m_db->exec(
        QStringLiteral("SELECT b.name FROM queue_entries q JOIN batches b ON b.id = q.batch_id "
                       "JOIN instances i ON i.id = q.instance_id WHERE i.source_id = ? AND "
                       "b.status = 'Running' LIMIT 1"),
        {s->id});
    if (!busy)
        return busy.error();
    if (busy->next())
        return Error(Error::Code::Conflict,
            Text::tr("Source %1 has VMs in the running batch %2; stop the batch first.")
                .arg(name, busy->value(0).toString()));
    busy->finish();
    if (Status st = repo.remove(s->id); !st)
        return st;
    return m_secrets->remove(s->secretRef);
}

Result<SyncReport> SourceService::sync(
    const QString &name, const std::atomic_bool *cancel, const std::function<void(int)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    SourceRepository sources(m_db);
    auto s = sources.byName(name);
    if (!s)
        return s.error();
    auto password = m_secrets->read(s->secretRef);
    if (!password)
        return password.error();

    // Connect and log in exactly once; the outcome is the source's status either way.
    Session session(*s, cancel ? cancel : m_cancel);
    auto checked = connect(*s, *password, &session);
    if (!checked)
        return checked.error();
    if (checked->connectivityStatus != connectivity::Ok)
        return Error(checked->connectivityStatus == connectivity::AuthenticationError
                ? Error::Code::Authentication
                : Error::Code::Network,
            Text::tr("Source %1: %2.").arg(name, checked->connectivityStatus),
            checked->statusDetail);

    vmware::InventoryOptions options;
    options.datacenters = checked->datacenters;
    options.cancel = cancel;
    options.progress = progress;
    auto inv = vmware::readInventory(*session.soap, options);
    if (!inv) {
        // The server went away, stalled, cut the connection or changed its certificate while
        // the inventory was read: that is the source's status now (found by the fault tests,
        // tests/integration/test_faults.cpp). Nothing of the last good sync is touched. A
        // person's Stop says nothing about the server.
        const Error &e = inv.error();
        if (e.code == Error::Code::Canceled)
            return e;
        if (e.code == Error::Code::Tls) {
            const tls::CertificateInfo &cert = session.http.presentedCertificate();
            checked->cert.seenPem = cert.pem;
            checked->cert.seenSha256 = cert.sha256;
            checked->connectivityStatus = connectivity::TlsError;
        } else {
            checked->connectivityStatus = connectivity::CannotConnect;
        }
        checked->statusDetail = e.toString();
        qCInfo(lcSources) << "source" << name << "failed during the sync:" << e.toString();
        if (Status st = sources.update(*checked); !st)
            return st.error();
        return Error(e.code, Text::tr("Source %1: %2").arg(name, e.message), e.details);
    }
    // Changed block tracking: verified per disk on the datastore (its -ctk.vmdk file) while the
    // session is open, for the VMs that have it on (vmware/datastore.h).
    QStringList cbtWarnings;
    for (Instance &vm : inv->instances) {
        if (!vm.backgroundImport)
            continue;
        if (options.cancel && options.cancel->load())
            break;
        QString datacenterPath
            = vm.config.value(QStringLiteral("vmware.datacenter_path")).toString();
        if (datacenterPath.isEmpty())
            datacenterPath = vm.location.section(QLatin1Char('/'), 1, 1);
        const vmware::Datastores datastores(&session.http, QUrl(checked->endpoint), datacenterPath);
        cbtWarnings << vmware::verifyChangeTracking(datastores, vm);
    }
    (void)session.soap->logout();
    const qint64 readMs = timer.elapsed();

    SyncReport report;
    report.skippedTemplates = inv->skippedTemplates;
    report.skippedSystemVms = inv->skippedSystemVms;
    report.warnings = inv->warnings + cbtWarnings;

    // Networks first: the NICs refer to them.
    QVector<Network> networks;
    QStringList networkIds;
    for (const vmware::InventoryNetwork &n : std::as_const(inv->networks)) {
        Network net;
        net.sourceId = checked->id;
        net.sourceSpecificId = n.sourceSpecificId;
        net.location = n.location;
        net.type = n.type;
        net.properties = n.properties;
        networks << net;
        networkIds << n.sourceSpecificId;
    }
    auto netIds = NetworkRepository(m_db).saveAll(networks);
    if (!netIds)
        return netIds.error();
    QHash<QString, qint64> networkIdBySourceId;
    for (int i = 0; i < networks.size(); ++i)
        networkIdBySourceId.insert(networks[i].sourceSpecificId, netIds->at(i));
    if (auto m = NetworkRepository(m_db).markMissing(checked->id, networkIds); !m)
        return m.error();

    QStringList keep;
    QSet<QString> seenUuids;
    QVector<Instance> instances;
    instances.reserve(inv->instances.size());
    for (Instance &vm : inv->instances) {
        if (seenUuids.contains(vm.uuid)) {
            report.warnings << Text::tr(
                "VM %1 has the same UUID as another VM (%2) and was skipped.")
                                   .arg(vm.location, vm.uuid);
            continue;
        }
        seenUuids.insert(vm.uuid);
        vm.sourceId = checked->id;
        vm.lastUpdateFromSource = QDateTime::currentDateTimeUtc();
        applyDerivedOs(vm);
        for (Nic &n : vm.nics)
            n.networkId = networkIdBySourceId.value(n.sourceSpecificId);
        keep << vm.sourceSpecificId;
        instances << std::move(vm);
    }
    auto saved = InstanceRepository(m_db).saveAll(instances);
    if (!saved)
        return saved.error();
    auto missing = InstanceRepository(m_db).markMissing(checked->id, keep);
    if (!missing)
        return missing.error();

    report.instances = int(instances.size());
    report.networks = int(networks.size());
    report.missingInstances = *missing;
    checked->lastSyncAt = QDateTime::currentDateTimeUtc();
    if (Status st = sources.update(*checked); !st)
        return st.error();

    WarningRepository warnings(m_db);
    if (!report.warnings.isEmpty()) {
        Warning w;
        w.scope = QStringLiteral("sync");
        w.entityType = QStringLiteral("source");
        w.entity = name;
        w.type = QStringLiteral("Instances partially imported");
        w.messages = report.warnings;
        (void)warnings.upsert(w);
    }
    report.elapsedMs = timer.elapsed();
    qCInfo(lcSources) << "synced" << name << report.instances << "VMs" << report.networks
                      << "networks in" << report.elapsedMs << "ms (reading" << readMs
                      << "ms, storing" << report.elapsedMs - readMs << "ms)";
    return report;
}

} // namespace ferry
