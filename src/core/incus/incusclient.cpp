#include "incus/incusclient.h"

#include "incus/targetstate.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <limits>

namespace ferry::incus {

Q_LOGGING_CATEGORY(lcIncus, "ferry.incus.rest", QtInfoMsg)

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IncusClient)
};

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

Error unexpected(const QString &what, const QString &expected, const QJsonValue &got)
{
    return Error(Error::Code::Server,
        Text::tr("Unexpected answer from the server while reading %1.").arg(what),
        Text::tr("expected %1, got %2").arg(expected, jsonTypeName(got)));
}

// A list of objects, each checked, or an error naming the collection.
Result<QJsonArray> objectList(const QJsonValue &metadata, const QString &what)
{
    if (metadata.isNull())
        return QJsonArray(); // Go encodes an empty slice as null in places
    if (!metadata.isArray())
        return unexpected(what, QStringLiteral("a list"), metadata);
    const QJsonArray a = metadata.toArray();
    for (const QJsonValue &v : a)
        if (!v.isObject())
            return unexpected(what, QStringLiteral("a list of objects"), v);
    return a;
}

// "10.0.0.1/24" stays; "none", "" and "auto" (not resolved yet) mean no subnet to show.
QString subnet(const QString &address)
{
    const QString a = address.trimmed();
    if (a.isEmpty() || a == QLatin1String("none") || a == QLatin1String("auto"))
        return {};
    return a;
}

bool featureOn(const QJsonObject &config, const QString &key)
{
    // An absent features.* key means the project does not have its own copy.
    return config.value(key).toString() == QLatin1String("true");
}

Error::Code codeForHttp(int code)
{
    switch (code) {
    case 401:
    case 403:
        return Error::Code::Authentication;
    case 404:
        return Error::Code::NotFound;
    case 409:
        return Error::Code::Conflict;
    default:
        return Error::Code::Server;
    }
}

} // namespace

QStringList requiredApiExtensions()
{
    return {QStringLiteral("projects"), QStringLiteral("storage"), QStringLiteral("network"),
        QStringLiteral("resources"), QStringLiteral("instances"),
        QStringLiteral("virtual-machines"), QStringLiteral("container_backup"),
        QStringLiteral("container_backup_override_pool"), QStringLiteral("custom_block_volumes")};
}

QStringList ServerInfo::missingExtensions(const QStringList &needed) const
{
    QStringList missing;
    for (const QString &e : needed)
        if (!apiExtensions.contains(e))
            missing << e;
    return missing;
}

bool TrustToken::expired(const QDateTime &now) const
{
    if (expiresAt.isEmpty() || expiresAt.startsWith(QLatin1String("0001-")))
        return false;
    const QDateTime at = QDateTime::fromString(expiresAt, Qt::ISODateWithMs);
    return at.isValid() && at < now;
}

QString guessServerType(const QStringList &apiExtensions)
{
    if (apiExtensions.contains(QLatin1String("dev_incus_events"))
        || apiExtensions.contains(QLatin1String("restrict_dev_incus")))
        return ServerIncus;
    if (apiExtensions.contains(QLatin1String("devlxd_events"))
        || apiExtensions.contains(QLatin1String("restrict_devlxd")))
        return ServerLxd;
    return {};
}

QByteArray headerPrefix(const QString &serverType)
{
    return serverType == ServerIncus ? QByteArrayLiteral("X-Incus-") : QByteArrayLiteral("X-LXD-");
}

QStringList trustTokenFields(const QString &serverType, const QStringList &apiExtensions)
{
    if (serverType == ServerIncus)
        return {QStringLiteral("trust_token")};
    if (serverType == ServerLxd)
        return {apiExtensions.contains(QLatin1String("explicit_trust_token"))
                ? QStringLiteral("trust_token")
                : QStringLiteral("password")};
    return {QStringLiteral("trust_token"), QStringLiteral("password")};
}

QJsonObject certificatesPostBody(const QString &serverType, const QStringList &apiExtensions,
    const QString &name, const QByteArray &derBase64, const QString &token)
{
    QJsonObject body {{QStringLiteral("type"), QStringLiteral("client")},
        {QStringLiteral("name"), name},
        {QStringLiteral("certificate"), QString::fromLatin1(derBase64)}};
    if (!token.isEmpty())
        for (const QString &field : trustTokenFields(serverType, apiExtensions))
            body.insert(field, token);
    return body;
}

namespace parse {

Result<Response> envelope(int httpStatus, const QByteArray &body, const QString &what)
{
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value(QStringLiteral("type")).isString())
        return Error(Error::Code::Unsupported,
            Text::tr("%1 answered HTTP %2, but not with the Incus/LXD REST API's JSON.")
                .arg(what)
                .arg(httpStatus),
            pe.error != QJsonParseError::NoError
                ? Text::tr("%1 at byte %2").arg(pe.errorString()).arg(pe.offset)
                : Text::tr("no \"type\" field"));
    const QJsonObject o = doc.object();
    Response r;
    r.httpStatus = httpStatus;
    r.type = o.value(QStringLiteral("type")).toString();
    r.operation = o.value(QStringLiteral("operation")).toString();
    r.metadata = o.value(QStringLiteral("metadata"));
    if (r.type == QLatin1String("error") || httpStatus >= 400) {
        const int code = o.value(QStringLiteral("error_code")).toInt(httpStatus);
        const QString text = o.value(QStringLiteral("error")).toString();
        // The server's words, as it wrote them.
        return Error(codeForHttp(code),
            text.isEmpty() ? Text::tr("%1 failed with HTTP %2.").arg(what).arg(code)
                           : Text::tr("%1 failed: %2").arg(what, text),
            Text::tr("HTTP %1").arg(code));
    }
    if (r.type != QLatin1String("sync") && r.type != QLatin1String("async"))
        return Error(Error::Code::Server,
            Text::tr("Unexpected answer from the server while reading %1.").arg(what),
            Text::tr("response type \"%1\"").arg(r.type));
    return r;
}

Result<ServerInfo> serverInfo(const QJsonValue &metadata)
{
    const QString what = QStringLiteral("GET /1.0");
    if (!metadata.isObject())
        return unexpected(what, QStringLiteral("an object"), metadata);
    const QJsonObject m = metadata.toObject();
    ServerInfo info;
    info.auth = m.value(QStringLiteral("auth")).toString();
    info.apiVersion = m.value(QStringLiteral("api_version")).toString();
    if (info.auth.isEmpty() || info.apiVersion.isEmpty())
        return Error(Error::Code::Unsupported,
            Text::tr("The answer to GET /1.0 is JSON but not an Incus or LXD server's."),
            Text::tr("no \"auth\" or \"api_version\""));
    const QJsonValue ext = m.value(QStringLiteral("api_extensions"));
    // Incus 7 sends an untrusted client no extension list (null; commit eefd6f8801, see
    // tests/fixtures/releases/facts.md); LXD and Incus 6 always send it. The list comes with
    // the trusted answer after the trust.
    const bool extensionsHidden = ext.isNull() && info.auth != QLatin1String("trusted");
    if (!ext.isArray() && !extensionsHidden)
        return unexpected(what + QStringLiteral(" api_extensions"), QStringLiteral("a list"), ext);
    for (const QJsonValue &e : ext.toArray())
        info.apiExtensions << e.toString();
    for (const QJsonValue &a : m.value(QStringLiteral("auth_methods")).toArray())
        info.authMethods << a.toString();

    const QJsonValue envValue = m.value(QStringLiteral("environment"));
    if (envValue.isObject()) {
        const QJsonObject env = envValue.toObject();
        info.serverType = env.value(QStringLiteral("server")).toString();
        info.serverVersion = env.value(QStringLiteral("server_version")).toString();
        info.certificateFingerprint
            = env.value(QStringLiteral("certificate_fingerprint")).toString().toLower();
        info.serverName = env.value(QStringLiteral("server_name")).toString();
        info.clustered = env.value(QStringLiteral("server_clustered")).toBool();
        QStringList drivers;
        // ServerStorageDriverInfo has no JSON tags: Name, Version, Remote (shared/api/server.go).
        for (const QJsonValue &d :
            env.value(QStringLiteral("storage_supported_drivers")).toArray()) {
            const QString name = d.toObject().value(QStringLiteral("Name")).toString();
            drivers << name;
            info.remoteDrivers.insert(
                name, d.toObject().value(QStringLiteral("Remote")).toBool(false));
        }
        info.storageDrivers = drivers.join(QLatin1String(", "));
    } else if (!envValue.isUndefined() && !envValue.isNull()) {
        return unexpected(
            what + QStringLiteral(" environment"), QStringLiteral("an object"), envValue);
    }
    // The server's configuration (trusted clients only; an untrusted one sees user.ui.* keys).
    // storage.backups_volume is a member-local key; GET /1.0 merges it in (Incus
    // cmd/incusd/daemon_config.go daemonConfigRender, LXD the same): see docs/targets.md.
    const QJsonObject config = m.value(QStringLiteral("config")).toObject();
    info.backupsVolume = config.value(QStringLiteral("storage.backups_volume")).toString();
    // LXD 6.x lets a project stage elsewhere (lxd/node/config.go daemonStorageVolume at lxd-6.9).
    const QLatin1String projectPrefix("storage.project.");
    const QLatin1String volumeSuffix(".backups_volume");
    for (auto it = config.begin(); it != config.end(); ++it)
        if (it.key().startsWith(projectPrefix) && it.key().endsWith(volumeSuffix)
            && it.key().size() > projectPrefix.size() + volumeSuffix.size())
            info.projectBackupsVolumes.insert(
                it.key().mid(projectPrefix.size(),
                    it.key().size() - projectPrefix.size() - volumeSuffix.size()),
                it.value().toString());
    if (info.serverType.isEmpty())
        info.serverType = extensionsHidden ? ServerIncus : guessServerType(info.apiExtensions);
    return info;
}

Result<QVector<Project>> projects(const QJsonValue &metadata)
{
    auto list = objectList(metadata, QStringLiteral("the projects"));
    if (!list)
        return list.error();
    QVector<Project> out;
    for (const QJsonValue &v : std::as_const(*list)) {
        const QJsonObject o = v.toObject();
        Project p;
        p.name = o.value(QStringLiteral("name")).toString();
        if (p.name.isEmpty())
            return unexpected(QStringLiteral("the projects"), QStringLiteral("a name"),
                o.value(QStringLiteral("name")));
        p.description = o.value(QStringLiteral("description")).toString();
        const QJsonObject config = o.value(QStringLiteral("config")).toObject();
        p.ownNetworks = p.name == QLatin1String("default")
            || featureOn(config, QStringLiteral("features.networks"));
        p.ownProfiles = p.name == QLatin1String("default")
            || featureOn(config, QStringLiteral("features.profiles"));
        if (config.value(QStringLiteral("restricted")).toString() == QLatin1String("true")) {
            p.nicRestriction = config.value(QStringLiteral("restricted.devices.nic")).toString();
            if (p.nicRestriction.isEmpty())
                p.nicRestriction = QStringLiteral("managed");
        }
        p.diskLimitConfig = config.value(QStringLiteral("limits.disk")).toString();
        out << p;
    }
    return out;
}

Result<QVector<StoragePool>> storagePools(const QJsonValue &metadata)
{
    auto list = objectList(metadata, QStringLiteral("the storage pools"));
    if (!list)
        return list.error();
    QVector<StoragePool> out;
    for (const QJsonValue &v : std::as_const(*list)) {
        const QJsonObject o = v.toObject();
        StoragePool p;
        p.name = o.value(QStringLiteral("name")).toString();
        p.driver = o.value(QStringLiteral("driver")).toString();
        if (p.name.isEmpty() || p.driver.isEmpty())
            return Error(Error::Code::Server,
                Text::tr("Unexpected answer from the server while reading the storage pools."),
                Text::tr("a pool without a name or driver"));
        p.status = o.value(QStringLiteral("status")).toString();
        p.description = o.value(QStringLiteral("description")).toString();
        out << p;
    }
    return out;
}

Status poolResources(const QJsonValue &metadata, StoragePool &pool)
{
    const QString what = QStringLiteral("the resources of storage pool %1").arg(pool.name);
    if (!metadata.isObject())
        return unexpected(what, QStringLiteral("an object"), metadata);
    const QJsonValue space = metadata.toObject().value(QStringLiteral("space"));
    if (!space.isObject())
        return unexpected(what + QStringLiteral(" (space)"), QStringLiteral("an object"), space);
    const QJsonObject s = space.toObject();
    if (!s.value(QStringLiteral("total")).isDouble())
        return unexpected(what + QStringLiteral(" (space.total)"), QStringLiteral("a number"),
            s.value(QStringLiteral("total")));
    pool.spaceTotal = qint64(s.value(QStringLiteral("total")).toDouble());
    pool.spaceUsed = qint64(s.value(QStringLiteral("used")).toDouble());
    return {};
}

Status projectState(const QJsonValue &metadata, Project &project)
{
    const QString what = QStringLiteral("the state of project %1").arg(project.name);
    if (!metadata.isObject())
        return unexpected(what, QStringLiteral("an object"), metadata);
    // api.ProjectStateResource has no JSON tags in any release (Incus and LXD shared/api/
    // project.go), so the keys are Go's field names: "Limit" and "Usage".
    const QJsonValue disk = metadata.toObject()
                                .value(QStringLiteral("resources"))
                                .toObject()
                                .value(QStringLiteral("disk"));
    if (!disk.isObject())
        return unexpected(
            what + QStringLiteral(" (resources.disk)"), QStringLiteral("an object"), disk);
    const QJsonObject d = disk.toObject();
    if (!d.value(QStringLiteral("Limit")).isDouble()
        || !d.value(QStringLiteral("Usage")).isDouble())
        return unexpected(what + QStringLiteral(" (resources.disk.Limit, Usage)"),
            QStringLiteral("numbers"), disk);
    project.diskLimit = qint64(d.value(QStringLiteral("Limit")).toDouble());
    project.diskUsage = qint64(d.value(QStringLiteral("Usage")).toDouble());
    return {};
}

Result<QVector<Network>> networks(const QJsonValue &metadata)
{
    auto list = objectList(metadata, QStringLiteral("the networks"));
    if (!list)
        return list.error();
    QVector<Network> out;
    for (const QJsonValue &v : std::as_const(*list)) {
        const QJsonObject o = v.toObject();
        Network n;
        n.name = o.value(QStringLiteral("name")).toString();
        if (n.name.isEmpty())
            return unexpected(QStringLiteral("the networks"), QStringLiteral("a name"),
                o.value(QStringLiteral("name")));
        n.type = o.value(QStringLiteral("type")).toString();
        n.managed = o.value(QStringLiteral("managed")).toBool();
        n.description = o.value(QStringLiteral("description")).toString();
        if (n.managed) {
            const QJsonObject config = o.value(QStringLiteral("config")).toObject();
            n.ipv4Subnet = subnet(config.value(QStringLiteral("ipv4.address")).toString());
            n.ipv6Subnet = subnet(config.value(QStringLiteral("ipv6.address")).toString());
        }
        out << n;
    }
    return out;
}

Result<QVector<Profile>> profiles(const QJsonValue &metadata)
{
    auto list = objectList(metadata, QStringLiteral("the profiles"));
    if (!list)
        return list.error();
    QVector<Profile> out;
    for (const QJsonValue &v : std::as_const(*list)) {
        const QJsonObject o = v.toObject();
        Profile p;
        p.name = o.value(QStringLiteral("name")).toString();
        if (p.name.isEmpty())
            return unexpected(QStringLiteral("the profiles"), QStringLiteral("a name"),
                o.value(QStringLiteral("name")));
        p.description = o.value(QStringLiteral("description")).toString();
        out << p;
    }
    return out;
}

Result<QVector<ClusterMember>> clusterMembers(const QJsonValue &metadata)
{
    auto list = objectList(metadata, QStringLiteral("the cluster members"));
    if (!list)
        return list.error();
    QVector<ClusterMember> out;
    for (const QJsonValue &v : std::as_const(*list)) {
        const QJsonObject o = v.toObject();
        ClusterMember m;
        m.name = o.value(QStringLiteral("server_name")).toString();
        if (m.name.isEmpty())
            return unexpected(QStringLiteral("the cluster members"),
                QStringLiteral("a server_name"), o.value(QStringLiteral("server_name")));
        m.url = o.value(QStringLiteral("url")).toString();
        m.status = o.value(QStringLiteral("status")).toString();
        m.message = o.value(QStringLiteral("message")).toString();
        m.architecture = o.value(QStringLiteral("architecture")).toString();
        for (const QJsonValue &r : o.value(QStringLiteral("roles")).toArray())
            m.roles << r.toString();
        out << m;
    }
    return out;
}

QString location(const QJsonValue &object)
{
    const QString l = object.toObject().value(QStringLiteral("location")).toString();
    return l == QLatin1String("none") ? QString() : l;
}

Result<QStringList> names(const QJsonValue &metadata, const QString &collection)
{
    const QString what = QStringLiteral("the %1").arg(collection);
    if (metadata.isNull())
        return QStringList();
    if (!metadata.isArray())
        return unexpected(what, QStringLiteral("a list of URLs"), metadata);
    const QString prefix = QStringLiteral("/1.0/%1/").arg(collection);
    QStringList out;
    for (const QJsonValue &v : metadata.toArray()) {
        QString url = v.toString();
        if (!v.isString() || !url.startsWith(prefix))
            return unexpected(what, QStringLiteral("URLs under %1").arg(prefix), v);
        url = url.mid(prefix.size());
        url = url.left(
            url.indexOf(QLatin1Char('?')) < 0 ? url.size() : url.indexOf(QLatin1Char('?')));
        out << QUrl::fromPercentEncoding(url.toUtf8());
    }
    return out;
}

Result<QJsonObject> operationOutcome(const QJsonValue &metadata, const QString &what)
{
    if (!metadata.isObject())
        return unexpected(what, QStringLiteral("an operation"), metadata);
    const QJsonObject op = metadata.toObject();
    const int code = op.value(QStringLiteral("status_code")).toInt();
    const QString status = op.value(QStringLiteral("status")).toString();
    const QString err = op.value(QStringLiteral("err")).toString();
    switch (code) {
    case 200: // Success
        return op;
    case 401: // Cancelled
        return Error(Error::Code::Canceled,
            err.isEmpty() ? Text::tr("%1 was canceled on the server.").arg(what) : err);
    case 400: // Failure
        return Error(Error::Code::Server, err.isEmpty() ? Text::tr("%1 failed.").arg(what) : err,
            Text::tr("%1: %2").arg(what, status));
    case 100: // Created
    case 101: // Started
    case 102: // Stopped
    case 103: // Running
    case 104: // Cancelling
    case 105: // Pending
    case 106: // Starting
    case 107: // Stopping
    case 108: // Aborting
    case 109: // Freezing
    case 110: // Frozen
    case 111: // Thawed
    case 112: // Error
    default:
        if (code == 112 && !err.isEmpty())
            return Error(Error::Code::Server, err, Text::tr("%1: %2").arg(what, status));
        return Error(Error::Code::Timeout, Text::tr("%1 is still \"%2\".").arg(what, status));
    }
}

Result<TrustToken> trustToken(const QString &token)
{
    const QString trimmed = token.trimmed();
    const Error bad(Error::Code::InvalidInput,
        Text::tr("This is not an Incus or LXD trust token. Copy the whole line that "
                 "\"incus config trust add NAME\" or \"lxc config trust add --name NAME\" "
                 "printed on the server."));
    if (trimmed.isEmpty())
        return bad;
    // Tokens are standard base64; accept the URL-safe alphabet and missing padding as well.
    const auto decoded = QByteArray::fromBase64Encoding(
        trimmed.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    QByteArray json = decoded.decoded;
    if (!decoded) {
        const auto url = QByteArray::fromBase64Encoding(trimmed.toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!url)
            return Error(bad.code, bad.message, Text::tr("not base64"));
        json = url.decoded;
    }
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error(bad.code, bad.message, Text::tr("the decoded token is not a JSON object"));
    const QJsonObject o = doc.object();
    TrustToken t;
    t.encoded = trimmed;
    t.clientName = o.value(QStringLiteral("client_name")).toString();
    t.fingerprint = o.value(QStringLiteral("fingerprint")).toString().toLower();
    t.secret = o.value(QStringLiteral("secret")).toString();
    t.expiresAt = o.value(QStringLiteral("expires_at")).toString();
    t.type = o.value(QStringLiteral("type")).toString();
    for (const QJsonValue &a : o.value(QStringLiteral("addresses")).toArray())
        t.addresses << a.toString();
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    if (t.secret.isEmpty())
        return Error(bad.code, bad.message, Text::tr("no \"secret\" in the token"));
    if (!hex64.match(t.fingerprint).hasMatch())
        return Error(bad.code, bad.message,
            Text::tr("the token's \"fingerprint\" is not a SHA-256 fingerprint"));
    return t;
}

} // namespace parse

IncusClient::IncusClient(net::HttpClient *http, const QUrl &endpoint, qint64 timeoutMs)
    : m_endpoint(endpoint)
    , m_timeoutMs(timeoutMs)
{
    const int normalMs = int(std::clamp<qint64>(timeoutMs, 1000, 3600000));
    // `this` outlives its transport (an IncusClient is neither copied nor moved).
    m_transport = [this, http, endpoint, normalMs](const Request &r) -> Result<net::HttpResponse> {
        QUrl url = endpoint;
        const qsizetype q = r.path.indexOf(QLatin1Char('?'));
        url.setPath(q < 0 ? r.path : r.path.left(q));
        url.setQuery(q < 0 ? QString() : r.path.mid(q + 1));
        QList<QPair<QByteArray, QByteArray>> headers = r.headers;
        if (!r.body.isEmpty())
            headers.append(
                {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        // A wait holds the connection quiet until the server answers: it gets its own limit.
        http->setTimeoutMs(r.timeoutMs > 0 ? r.timeoutMs : normalMs);
        auto resp = http->request(r.verb, url, headers, r.body);
        if (resp && resp->status == 401 && m_renewAuthorization) {
            const QByteArray renewed = m_renewAuthorization();
            if (!renewed.isEmpty()) {
                http->setAuthorization(renewed);
                resp = http->request(r.verb, url, headers, r.body);
            }
        }
        return resp;
    };
}

IncusClient::IncusClient(Transport transport, const QUrl &endpoint, qint64 timeoutMs)
    : m_transport(std::move(transport))
    , m_endpoint(endpoint)
    , m_timeoutMs(timeoutMs)
{ }

IncusClient::~IncusClient() = default;

QByteArray IncusClient::header(const char *name) const
{
    return headerPrefix(m_serverType) + QByteArray(name);
}

QString IncusClient::describe(const QString &path) const
{
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    return q < 0 ? path : path.left(q);
}

Result<Response> IncusClient::call(const QByteArray &verb, const QString &path,
    const QJsonObject &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    Request r;
    r.verb = verb;
    r.path = path;
    r.headers = headers;
    if (!body.isEmpty())
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QString what = QStringLiteral("%1 %2").arg(QString::fromLatin1(verb), describe(path));
    auto resp = m_transport(r);
    if (!resp)
        return resp.error();
    qCDebug(lcIncus) << verb << describe(path) << resp->status;
    return parse::envelope(resp->status, resp->body, what);
}

Result<QJsonValue> IncusClient::get(const QString &path)
{
    auto r = call(QByteArrayLiteral("GET"), path);
    if (!r)
        return r.error();
    if (r->type != QLatin1String("sync"))
        return Error(Error::Code::Server,
            Text::tr("Unexpected answer from the server while reading %1.").arg(describe(path)),
            Text::tr("response type \"%1\"").arg(r->type));
    return r->metadata;
}

Result<ServerInfo> IncusClient::server()
{
    auto m = get(QStringLiteral("/1.0"));
    if (!m) {
        if (m.error().code == Error::Code::NotFound)
            return Error(Error::Code::Unsupported,
                Text::tr("The server has no /1.0: it is not an Incus or LXD server."),
                m.error().toString());
        return m.error();
    }
    auto info = parse::serverInfo(*m);
    if (info) {
        if (!info->serverType.isEmpty())
            m_serverType = info->serverType;
        m_apiExtensions = info->apiExtensions;
    }
    return info;
}

Result<QJsonObject> IncusClient::waitOperation(const QString &operationPath)
{
    const qint64 seconds = std::max<qint64>(1, (m_timeoutMs + 999) / 1000);
    Request r;
    r.verb = QByteArrayLiteral("GET");
    r.path = QStringLiteral("%1/wait?timeout=%2").arg(describe(operationPath)).arg(seconds);
    // The server holds the request for up to `seconds`: give the connection a margin.
    r.timeoutMs = int(std::min<qint64>(seconds * 1000 + 30000, std::numeric_limits<int>::max()));
    auto resp = m_transport(r);
    if (!resp)
        return resp.error();
    const QString what = Text::tr("Operation %1").arg(describe(operationPath));
    auto env = parse::envelope(resp->status, resp->body, what);
    if (!env)
        return env.error();
    auto outcome = parse::operationOutcome(env->metadata, what);
    if (!outcome && outcome.error().code == Error::Code::Timeout)
        return Error(Error::Code::Timeout,
            Text::tr("%1 did not finish within the target's timeout of %2 s; raise the "
                     "target's timeout if the server is just slow.")
                .arg(what)
                .arg(seconds),
            outcome.error().message);
    return outcome;
}

Result<QJsonObject> IncusClient::waitOperationToEnd(const QString &operationPath,
    const std::function<void(const QJsonObject &)> &onPoll, const std::atomic_bool *cancel,
    int pollSeconds)
{
    const QString what = Text::tr("Operation %1").arg(describe(operationPath));
    while (true) {
        if (cancel && cancel->load())
            return Error(Error::Code::Canceled,
                Text::tr("Stopped waiting for %1; it goes on on the server.").arg(what));
        Request r;
        r.verb = QByteArrayLiteral("GET");
        r.path = QStringLiteral("%1/wait?timeout=%2").arg(describe(operationPath)).arg(pollSeconds);
        r.timeoutMs = pollSeconds * 1000 + 30000;
        auto resp = m_transport(r);
        if (!resp)
            return resp.error();
        QJsonObject last;
        auto env = parse::envelope(resp->status, resp->body, what);
        if (!env) {
            // LXD 5.21+: the wait's deadline passed while the operation runs.
            if (resp->status != 200
                || !env.error().message.contains(QLatin1String("context deadline exceeded")))
                return env.error();
            if (auto op = get(describe(operationPath)); op && op->isObject())
                last = op->toObject();
        } else {
            auto outcome = parse::operationOutcome(env->metadata, what);
            if (outcome || outcome.error().code != Error::Code::Timeout)
                return outcome;
            last = env->metadata.toObject();
        }
        if (onPoll)
            onPoll(last);
    }
}

Result<QJsonValue> IncusClient::callAndWait(
    const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    auto r = call(verb, path, body);
    if (!r)
        return r.error();
    if (r->type != QLatin1String("async"))
        return r->metadata;
    QString op = r->operation;
    if (op.isEmpty())
        op = QStringLiteral("/1.0/operations/%1")
                 .arg(r->metadata.toObject().value(QStringLiteral("id")).toString());
    auto done = waitOperation(op);
    if (!done)
        return done.error();
    return QJsonValue(*done);
}

namespace path {
namespace {
QString encoded(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}
QString inProject(const QString &path, const QString &project)
{
    return path + (path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
        + QStringLiteral("project=") + encoded(project);
}
QString instance(const QString &name)
{
    return QStringLiteral("/1.0/instances/") + encoded(name);
}
QString customVolume(const QString &pool, const QString &name)
{
    return QStringLiteral("/1.0/storage-pools/%1/volumes/custom/%2")
        .arg(encoded(pool), encoded(name));
}
} // namespace

QString instances(const QString &project)
{
    return inProject(QStringLiteral("/1.0/instances"), project);
}

QString customVolumes(const QString &pool, const QString &project)
{
    return inProject(
        QStringLiteral("/1.0/storage-pools/%1/volumes/custom").arg(encoded(pool)), project);
}

QString onMember(const QString &path, const QString &member)
{
    if (member.isEmpty())
        return path;
    return path + (path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
        + QStringLiteral("target=") + encoded(member);
}
} // namespace path

Result<QJsonValue> IncusClient::listInstances(const QString &project)
{
    return get(path::inProject(QStringLiteral("/1.0/instances?recursion=1"), project));
}

Result<QJsonValue> IncusClient::listInstancesInAllProjects()
{
    return get(QStringLiteral("/1.0/instances?recursion=1&all-projects=true"));
}

Result<QJsonValue> IncusClient::instance(const QString &name, const QString &project)
{
    return get(path::inProject(path::instance(name), project));
}

Status IncusClient::updateInstance(
    const QString &name, const QString &project, const QJsonObject &body)
{
    auto r = callAndWait(
        QByteArrayLiteral("PUT"), path::inProject(path::instance(name), project), body);
    if (!r)
        return r.error();
    return {};
}

Status IncusClient::setInstanceState(
    const QString &name, const QString &project, const QString &action, bool force)
{
    QJsonObject body {{QStringLiteral("action"), action}};
    if (force)
        body.insert(QStringLiteral("force"), true);
    auto r = callAndWait(QByteArrayLiteral("PUT"),
        path::inProject(path::instance(name) + QStringLiteral("/state"), project), body);
    if (!r)
        return r.error();
    return {};
}

Result<QJsonValue> IncusClient::listCustomVolumes(const QString &pool, const QString &project)
{
    return get(path::inProject(
        QStringLiteral("/1.0/storage-pools/%1/volumes/custom?recursion=1").arg(path::encoded(pool)),
        project));
}

Status IncusClient::createInstance(
    const QString &project, const QJsonObject &body, const QString &member)
{
    auto r = callAndWait(
        QByteArrayLiteral("POST"), path::onMember(path::instances(project), member), body);
    if (!r)
        return r.error();
    return {};
}

Status IncusClient::deleteLeftoverInstance(
    const QString &name, const QString &project, const std::atomic_bool *cancel)
{
    // A running VM cannot be deleted; a stopped one answers the stop with an error, which is fine.
    (void)setInstanceState(name, project, QStringLiteral("stop"), true);
    return deleteLeftover(path::instance(name), project, cancel);
}

Status IncusClient::deleteLeftoverVolume(const QString &pool, const QString &name,
    const QString &project, const std::atomic_bool *cancel, const QString &member)
{
    return deleteLeftover(path::customVolume(pool, name), project, cancel, member);
}

Status IncusClient::deleteLeftover(const QString &objectPath, const QString &project,
    const std::atomic_bool *cancel, const QString &member)
{
    Status outcome = Error(Error::Code::Internal, QString());
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (auto ops
            = get(path::inProject(QStringLiteral("/1.0/operations?recursion=1"), project))) {
            for (const QString &id : targetstate::operationsHolding(*ops, objectPath)) {
                qCInfo(lcIncus) << "waiting for operation" << id << "on" << objectPath;
                (void)get(path::inProject(
                    QStringLiteral("/1.0/operations/%1/wait?timeout=30").arg(path::encoded(id)),
                    project));
            }
        }
        auto r = callAndWait(QByteArrayLiteral("DELETE"),
            path::onMember(path::inProject(objectPath, project), member));
        if (r || r.error().code == Error::Code::NotFound)
            return {};
        outcome = r.error();
        if (cancel && cancel->load())
            return outcome;
        qCInfo(lcIncus) << "deleting" << objectPath
                        << "failed, trying again:" << outcome.error().toString();
        QThread::msleep(500u << attempt);
    }
    return outcome;
}

Result<QVector<Project>> IncusClient::projects()
{
    auto m = get(QStringLiteral("/1.0/projects?recursion=1"));
    if (!m)
        return m.error();
    return parse::projects(*m);
}

Status IncusClient::readProjectState(Project &project)
{
    auto m = get(QStringLiteral("/1.0/projects/%1/state")
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(project.name))));
    if (!m)
        return m.error();
    return parse::projectState(*m, project);
}

Result<QVector<StoragePool>> IncusClient::storagePools(bool withResources)
{
    auto m = get(QStringLiteral("/1.0/storage-pools?recursion=1"));
    if (!m)
        return m.error();
    auto pools = parse::storagePools(*m);
    if (!pools || !withResources)
        return pools;
    for (StoragePool &p : *pools) {
        // Space is informative: a pool whose resources cannot be read stays listed without it.
        auto r = get(QStringLiteral("/1.0/storage-pools/%1/resources")
                         .arg(QString::fromLatin1(QUrl::toPercentEncoding(p.name))));
        if (r)
            (void)parse::poolResources(*r, p);
        else
            qCInfo(lcIncus) << "no resources for pool" << p.name << r.error().toString();
    }
    return pools;
}

Result<QVector<Network>> IncusClient::networks(const QString &project)
{
    auto m = get(QStringLiteral("/1.0/networks?recursion=1&project=%1")
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(project))));
    if (!m)
        return m.error();
    return parse::networks(*m);
}

Result<QVector<ClusterMember>> IncusClient::clusterMembers()
{
    auto m = get(QStringLiteral("/1.0/cluster/members?recursion=1"));
    if (!m)
        return m.error();
    return parse::clusterMembers(*m);
}

Result<QVector<Profile>> IncusClient::profiles(const QString &project)
{
    auto m = get(QStringLiteral("/1.0/profiles?recursion=1&project=%1")
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(project))));
    if (!m)
        return m.error();
    return parse::profiles(*m);
}

Result<QStringList> IncusClient::instanceNames(const QString &project)
{
    auto m = get(QStringLiteral("/1.0/instances?project=%1")
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(project))));
    if (!m)
        return m.error();
    return parse::names(*m, QStringLiteral("instances"));
}

Status IncusClient::addClientCertificate(const QString &name, const QByteArray &certificateDer,
    const QString &token, const QString &tokenType)
{
    if (!tokenType.isEmpty()) {
        // LXD 6 identity tokens go to the access-management API; the server takes the
        // certificate from the TLS connection.
        const QJsonObject body {{QStringLiteral("trust_token"), token}};
        auto r = call(QByteArrayLiteral("POST"), QStringLiteral("/1.0/auth/identities/tls"), body);
        if (!r)
            return r.error();
        return {};
    }
    const QJsonObject body = certificatesPostBody(
        m_serverType, m_apiExtensions, name, certificateDer.toBase64(), token);
    auto r = call(QByteArrayLiteral("POST"), QStringLiteral("/1.0/certificates"), body);
    if (!r)
        return r.error();
    return {};
}

} // namespace ferry::incus
