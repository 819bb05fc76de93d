#include "targets/targetservice.h"

#include "incus/clientcertificate.h"
#include "incus/incusclient.h"
#include "incus/targetconnection.h"
#include "net/endpoint.h"
#include "net/httpclient.h"
#include "secrets/credentialstore.h"
#include "store/database.h"
#include "store/targetrepository.h"
#include "targets/targetinventory.h"
#include "tls/certificate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSslCertificate>
#include <QUrl>

#include <algorithm>

namespace ferry {

Q_LOGGING_CATEGORY(lcTargets, "ferry.targets", QtInfoMsg)

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TargetService)
};

constexpr int kDefaultPort = 8443;

QString shellQuote(const QString &s)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@%+=-]+$"));
    if (plain.match(s).hasMatch())
        return s;
    QString q = s;
    q.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

// The command that issues a new token on the server, for messages.
QString tokenCommand(const QString &serverType)
{
    if (serverType == incus::ServerIncus)
        return QStringLiteral("incus config trust add NAME");
    if (serverType == incus::ServerLxd)
        return QStringLiteral("lxc config trust add --name NAME");
    return QStringLiteral("incus config trust add NAME / lxc config trust add --name NAME");
}

Status validateLimits(const Target &t)
{
    if (t.name.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, Text::tr("A target needs a name."));
    if (t.name.contains(QLatin1Char('/')) || t.name != t.name.trimmed())
        return Error(Error::Code::InvalidInput,
            Text::tr("\"%1\" cannot be a target name: no slashes and no leading or trailing "
                     "spaces.")
                .arg(t.name));
    if (t.importLimit < 0 || t.createLimit < 0)
        return Error(Error::Code::InvalidInput,
            Text::tr("The import and create limits must be 0 (unlimited) or more."));
    if (t.connectionTimeoutMs <= 0)
        return Error(Error::Code::InvalidInput, Text::tr("The timeout must be longer than zero."));
    return {};
}

} // namespace

// One connection to a target for one call of the service.
struct TargetService::Session
{
    net::HttpClient http;
    std::unique_ptr<incus::IncusClient> client;

    Session(const Target &t, const incus::ClientCertificate *identity,
        const std::atomic_bool *cancel, const QByteArray &authorization = {})
    {
        incus::TargetConnection trust;
        trust.setServerTrust(t);
        trust.applyTrust(http);
        http.setCancelFlag(cancel);
        if (identity)
            http.setClientCertificate(identity->certificate(), identity->key());
        http.setAuthorization(authorization);
        client
            = std::make_unique<incus::IncusClient>(&http, QUrl(t.endpoint), t.connectionTimeoutMs);
        client->setServerType(t.targetType);
        client->setApiExtensions(t.apiExtensions);
    }
};

TargetService::TargetService(
    std::shared_ptr<Database> db, std::shared_ptr<CredentialStore> secrets, QString dataDir)
    : m_db(std::move(db))
    , m_secrets(std::move(secrets))
    , m_dataDir(std::move(dataDir))
{ }

Result<QString> TargetService::normalizeEndpoint(const QString &input)
{
    return net::normalizeHttpsEndpoint(input, kDefaultPort, true);
}

QString TargetService::clientCertificateFile(const Target &target) const
{
    QString base = target.name;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QDir(m_dataDir).absoluteFilePath(QStringLiteral("client-certificates/%1.crt").arg(base));
}

Result<QString> TargetService::exportClientCertificate(const Target &target) const
{
    if (target.clientCertPem.isEmpty())
        return Error(Error::Code::InvalidInput,
            Text::tr("Target %1 has no client certificate.").arg(target.name));
    const QString path = clientCertificateFile(target);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error(Error::Code::Io, Text::tr("Cannot create the directory of %1.").arg(path));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) // the public half only
        return Error(Error::Code::Io, Text::tr("Cannot write %1.").arg(path), f.errorString());
    f.write(target.clientCertPem.toLatin1());
    if (!f.commit())
        return Error(Error::Code::Io, Text::tr("Cannot write %1.").arg(path), f.errorString());
    return path;
}

QStringList TargetService::trustCommands(const Target &target, const QString &file)
{
    const QString incus
        = QStringLiteral("incus config trust add-certificate %1").arg(shellQuote(file));
    const QString lxd = QStringLiteral("lxc config trust add %1").arg(shellQuote(file));
    if (target.targetType == incus::ServerIncus)
        return {incus};
    if (target.targetType == incus::ServerLxd)
        return {lxd};
    return {incus, lxd};
}

QStringList TargetService::missingApiExtensions(const Target &target)
{
    if (target.apiExtensions.isEmpty())
        return {};
    incus::ServerInfo info;
    info.apiExtensions = target.apiExtensions;
    return info.missingExtensions(incus::requiredApiExtensions());
}

void TargetService::connect(Target &t, Session &session) const
{
    auto info = session.client->server();
    if (!info) {
        const Error &e = info.error();
        t.statusDetail = e.toString();
        switch (e.code) {
        case Error::Code::Tls: {
            const tls::CertificateInfo &cert = session.http.presentedCertificate();
            if (!cert.isNull()) {
                t.cert.seenPem = cert.pem;
                t.cert.seenSha256 = cert.sha256;
            }
            t.connectivityStatus
                = session.http.lastTrustOutcome() == tls::TrustOutcome::NeedsConfirmation
                ? connectivity::ConfirmFingerprint
                : connectivity::TlsError;
            break;
        }
        case Error::Code::Unsupported:
            t.connectivityStatus = connectivity::CannotConnect;
            t.statusDetail
                = Text::tr("%1 is not an Incus or LXD server: %2 Check the host and port: "
                           "Incus and LXD listen on 8443 by default.")
                      .arg(t.endpoint, e.message);
            break;
        case Error::Code::Authentication:
            t.connectivityStatus = connectivity::AuthenticationError;
            break;
        default:
            t.connectivityStatus = connectivity::CannotConnect;
            break;
        }
        qCInfo(lcTargets) << "target" << t.name << "status" << t.connectivityStatus;
        return;
    }

    const tls::CertificateInfo &peer = session.http.peerCertificate();
    t.cert.seenPem = peer.pem;
    t.cert.seenSha256 = peer.sha256;
    if (!t.cert.trustedSha256.isEmpty() && t.cert.trustedSha256 == peer.sha256)
        t.cert.trustedPem = peer.pem;
    if (!info->serverType.isEmpty())
        t.targetType = info->serverType;
    t.apiExtensions = info->apiExtensions;
    if (!info->serverVersion.isEmpty())
        t.serverVersion = info->serverVersion;

    if (!info->trusted() && t.authType == QLatin1String("oidc")) {
        t.connectivityStatus = connectivity::AuthenticationError;
        t.statusDetail = Text::tr("The server did not accept the OIDC login; log in again: "
                                  "ferryctl target login %1")
                             .arg(t.name);
    } else if (!info->trusted()) {
        t.connectivityStatus = connectivity::AuthenticationError;
        const auto cert = incus::parseCertificate(t.clientCertPem.toLatin1());
        t.statusDetail
            = Text::tr("The server does not trust Ferry's client certificate (SHA-256 %1).")
                  .arg(cert ? tls::sha256Of(*cert) : QStringLiteral("-"));
    } else {
        t.connectivityStatus = connectivity::Ok;
        const QStringList missing = missingApiExtensions(t);
        t.statusDetail = missing.isEmpty()
            ? QString()
            : Text::tr(
                "The server lacks API extensions Ferry needs: %1. Upgrade it before migrating "
                "to it.")
                  .arg(missing.join(QLatin1String(", ")));
    }
    qCInfo(lcTargets) << "target" << t.name << "status" << t.connectivityStatus << t.targetType
                      << t.serverVersion;
}

Result<Target> TargetService::checkAndSave(Target t, const std::atomic_bool *cancel)
{
    QByteArray authorization;
    if (t.authType == QLatin1String("oidc")) {
        auto token = oidc::accessToken(*m_secrets, t, false, cancel);
        if (!token) {
            if (token.error().code == Error::Code::Canceled)
                return token.error();
            t.connectivityStatus = connectivity::AuthenticationError;
            t.statusDetail = token.error().toString();
            if (Status st = TargetRepository(m_db).update(t); !st)
                return st.error();
            return t;
        }
        authorization = incus::bearerHeader(*token);
    }
    std::optional<incus::ClientCertificate> identity;
    if (!t.clientCertPem.isEmpty()) {
        auto key = m_secrets->read(t.secretRef);
        if (!key)
            return Error(key.error().code,
                Text::tr("Cannot read the client key of target %1 from the keychain: %2")
                    .arg(t.name, key.error().message),
                key.error().details);
        incus::ClientCertificate c;
        c.certPem = t.clientCertPem.toLatin1();
        c.keyPem = *key;
        identity = c;
    }
    auto session
        = std::make_unique<Session>(t, identity ? &*identity : nullptr, cancel, authorization);
    connect(t, *session);
    if (t.connectivityStatus == connectivity::AuthenticationError
        && t.authType == QLatin1String("oidc")) {
        // The server refused the access token (revoked, or its clock says expired): refresh
        // once, as the upstream client does on a 401, and try again.
        auto token = oidc::accessToken(*m_secrets, t, true, cancel);
        if (token) {
            session = std::make_unique<Session>(t, nullptr, cancel, incus::bearerHeader(*token));
            connect(t, *session);
        } else if (token.error().code == Error::Code::Canceled) {
            return token.error();
        } else {
            t.statusDetail = token.error().toString();
        }
    }
    if (t.connectivityStatus == connectivity::Ok) {
        auto inv = readTargetInventory(*session->client, cancel);
        if (inv) {
            t.inventory = inv->toJson();
            t.inventoryAt = QDateTime::currentDateTimeUtc();
        } else if (inv.error().code == Error::Code::Canceled) {
            return inv.error();
        } else {
            // The previous inventory stays; the status says why it is not fresh.
            t.statusDetail
                = Text::tr("Reading the inventory failed: %1").arg(inv.error().toString());
        }
    }
    if (Status st = TargetRepository(m_db).update(t); !st)
        return st.error();
    return t;
}

namespace {

// Redeems a token for `identity`, pinning the token's server fingerprint.
Status redeem(const Target &t, const incus::ClientCertificate &identity,
    const incus::TrustToken &token, const std::atomic_bool *cancel)
{
    net::HttpClient http;
    if (t.verifiesByCa()) {
        incus::TargetConnection trust;
        trust.setServerTrust(t);
        trust.applyTrust(http);
    } else {
        http.setPinnedSha256(token.fingerprint);
    }
    http.setCancelFlag(cancel);
    http.setClientCertificate(identity.certificate(), identity.key());
    incus::IncusClient client(&http, QUrl(t.endpoint), t.connectionTimeoutMs);
    auto info = client.server();
    if (!info) {
        const Error &e = info.error();
        if (e.code == Error::Code::Tls && http.lastTrustOutcome() == tls::TrustOutcome::Changed)
            return Error(Error::Code::Tls,
                Text::tr("%1 is not the server that issued the trust token: the token names "
                         "the server certificate %2, but %1 presented %3. Nothing was sent; "
                         "check the endpoint.")
                    .arg(t.endpoint, token.fingerprint, http.presentedCertificate().sha256));
        if (e.code == Error::Code::Unsupported)
            return Error(e.code,
                Text::tr(
                    "%1 is not an Incus or LXD server: %2 Check the host and port: Incus and LXD "
                    "listen on 8443 by default.")
                    .arg(t.endpoint, e.message),
                e.details);
        if (e.code == Error::Code::Network || e.code == Error::Code::Timeout)
            return Error(e.code,
                Text::tr(
                    "Cannot redeem the trust token: %1 Check that the server runs and listens on "
                    "%2 (core.https_address) and try again: the token was not used.")
                    .arg(e.message, t.endpoint),
                e.details);
        return Error(
            e.code, Text::tr("Cannot redeem the trust token: %1").arg(e.message), e.details);
    }
    if (info->trusted()) {
        qCInfo(lcTargets) << "target" << t.name << "already trusts this client; token not used";
        return {};
    }
    const QString name
        = token.clientName.isEmpty() ? QStringLiteral("ferry-%1").arg(t.name) : token.clientName;
    Status st = client.addClientCertificate(name, identity.der(), token.encoded, token.type);
    if (st || st.error().code == Error::Code::Conflict) // Conflict: already in the trust store
        return {};
    const Error &e = st.error();
    if (e.code == Error::Code::Authentication)
        return Error(Error::Code::Authentication,
            Text::tr("The server refused the trust token (\"%1\"): it was already used, has "
                     "expired or was revoked, or another server issued it. Create a new one "
                     "on the server with \"%2\" and try again.")
                .arg(e.message.section(QStringLiteral(": "), 1), tokenCommand(client.serverType())),
            e.details);
    return Error(
        e.code, Text::tr("Redeeming the trust token failed: %1").arg(e.message), e.details);
}

// Parses and checks a token against the pin a person may have given; the pin is set from it.
Result<incus::TrustToken> prepareToken(Target &t, const QString &text)
{
    auto token = incus::parse::trustToken(text);
    if (!token)
        return token.error();
    if (token->expired(QDateTime::currentDateTimeUtc()))
        return Error(Error::Code::InvalidInput,
            Text::tr("The trust token expired at %1. Create a new one on the server with "
                     "\"%2\" and try again.")
                .arg(token->expiresAt, tokenCommand(t.targetType)));
    if (t.verifiesByCa())
        return token; // the certificate authority vouches for the server, not the token's pin
    if (!t.cert.trustedSha256.isEmpty() && t.cert.trustedSha256 != token->fingerprint)
        return Error(Error::Code::Tls,
            Text::tr("The trust token names the server certificate %1, but the target trusts "
                     "%2. Use a token of the server you trust, or pin the token's "
                     "fingerprint.")
                .arg(token->fingerprint, t.cert.trustedSha256));
    if (t.cert.trustedSha256 != token->fingerprint) {
        t.cert.trustedSha256 = token->fingerprint;
        t.cert.trustedPem.clear();
    }
    return token;
}

Result<incus::ClientCertificate> makeIdentity(const Target &t, const TargetAuth &auth)
{
    if (auth.method == TargetAuth::Method::ClientCertificate)
        return incus::loadClientCertificate(auth.certPem, auth.keyPem);
    return incus::generateClientCertificate(QStringLiteral("ferry-%1").arg(t.name));
}

// How the server's certificate is verified: a pin (the default) or certificate authorities. By CA,
// nothing is pinned (a renewed certificate must keep working) and the extra CAs must be
// certificates.
Status normalizeServerTrust(Target &t)
{
    t.tlsVerify = t.tlsVerify.trimmed().toLower();
    if (t.tlsVerify.isEmpty())
        t.tlsVerify = QStringLiteral("fingerprint");
    if (t.tlsVerify != QLatin1String("fingerprint") && t.tlsVerify != QLatin1String("ca"))
        return Error(Error::Code::InvalidInput,
            Text::tr("\"%1\" is not a way to verify a server certificate: fingerprint (pin the "
                     "certificate) or ca (a certificate authority and the host name).")
                .arg(t.tlsVerify));
    if (!t.verifiesByCa()) {
        t.tlsCaPem.clear();
        return {};
    }
    t.cert.trustedSha256.clear();
    t.cert.trustedPem.clear();
    t.tlsCaPem = t.tlsCaPem.trimmed();
    if (!t.tlsCaPem.isEmpty()) {
        const auto cas = QSslCertificate::fromData(t.tlsCaPem.toLatin1(), QSsl::Pem);
        if (cas.isEmpty() || std::any_of(cas.begin(), cas.end(), [](const QSslCertificate &c) {
                return c.isNull();
            }))
            return Error(Error::Code::InvalidInput,
                Text::tr("The certificate authorities of target %1 are not PEM certificates.")
                    .arg(t.name));
        t.tlsCaPem += QLatin1Char('\n');
    }
    return {};
}

// What add() and update() do first with the fields a person gave: the name trimmed, the limits
// checked, the endpoint normalized.
Status normalizeEdited(Target &t)
{
    t.name = t.name.trimmed();
    if (Status st = validateLimits(t); !st)
        return st.error();
    auto endpoint = TargetService::normalizeEndpoint(t.endpoint);
    if (!endpoint)
        return endpoint.error();
    t.endpoint = *endpoint;
    return normalizeServerTrust(t);
}

Error oidcUnsupported()
{
    return Error(Error::Code::Unsupported,
        Text::tr("Changing a target to OIDC is not supported; remove it and add it again with "
                 "OIDC."));
}

} // namespace

Result<Target> TargetService::add(Target t, const TargetAuth &auth, const std::atomic_bool *cancel)
{
    if (t.verifiesByCa() && !t.cert.trustedSha256.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput,
            Text::tr("Target %1: pin a fingerprint or verify by certificate authority, not "
                     "both.")
                .arg(t.name.trimmed()));
    if (Status st = normalizeEdited(t); !st)
        return st.error();
    if (Status st = t.cert.normalizePin(); !st)
        return st.error();
    if (auth.method == TargetAuth::Method::Oidc)
        return addOidc(t, auth, cancel);
    if (auth.method == TargetAuth::Method::Keep && auth.trustToken.isEmpty())
        return Error(Error::Code::InvalidInput,
            Text::tr("Choose how Ferry authenticates to target %1: a trust token, a client "
                     "certificate Ferry creates, or an existing certificate and key.")
                .arg(t.name));
    std::optional<incus::TrustToken> token;
    if (!auth.trustToken.isEmpty()) {
        auto tok = prepareToken(t, auth.trustToken);
        if (!tok)
            return tok.error();
        token = *tok;
    }
    TargetRepository repo(m_db);
    if (repo.byName(t.name))
        return Error(
            Error::Code::AlreadyExists, Text::tr("A target named %1 already exists.").arg(t.name));
    // The keychain must work before anything is stored or a token is spent.
    if (Status st = m_secrets->probe(); !st)
        return st.error();

    auto identity = makeIdentity(t, auth);
    if (!identity)
        return identity.error();
    t.authType = QStringLiteral("tls");
    t.clientCertPem = QString::fromLatin1(identity->certPem);
    if (token) {
        if (Status st = redeem(t, *identity, *token, cancel); !st)
            return st.error();
    }

    auto id = repo.insert(t);
    if (!id)
        return id.error();
    t.id = *id;
    t.secretRef = CredentialStore::targetClientKeyKey(t.id);
    if (Status st = m_secrets->write(t.secretRef, identity->keyPem); !st) {
        (void)repo.remove(t.id);
        return st.error();
    }
    if (Status st = repo.update(t); !st)
        return st.error();
    qCInfo(lcTargets) << "added target" << t.name << t.endpoint << "client certificate"
                      << identity->sha256;
    return checkAndSave(*repo.byId(t.id), cancel);
}

Result<incus::OidcChallenge> TargetService::oidcChallenge(
    const Target &t, const std::atomic_bool *cancel) const
{
    net::HttpClient http;
    incus::TargetConnection trust;
    trust.setServerTrust(t);
    trust.applyTrust(http);
    http.setCancelFlag(cancel);
    http.setTimeoutMs(int(std::min<qint64>(t.connectionTimeoutMs, 600000)));
    return oidc::probe(http, QUrl(t.endpoint));
}

Result<Target> TargetService::addOidc(
    Target t, const TargetAuth &auth, const std::atomic_bool *cancel)
{
    if (!auth.trustToken.isEmpty())
        return Error(Error::Code::InvalidInput,
            Text::tr("A trust token adds a client certificate; a target that authenticates by "
                     "OIDC needs none."));
    TargetRepository repo(m_db);
    if (repo.byName(t.name))
        return Error(
            Error::Code::AlreadyExists, Text::tr("A target named %1 already exists.").arg(t.name));
    // The keychain must work before a person is sent to log in.
    if (Status st = m_secrets->probe(); !st)
        return st.error();
    auto challenge = oidcChallenge(t, cancel);
    if (!challenge)
        return challenge.error();
    auto tokens = oidc::deviceLogin(*challenge, auth.showDeviceCode, cancel, m_oidcSleep);
    if (!tokens)
        return tokens.error();
    t.authType = QStringLiteral("oidc");
    t.clientCertPem.clear();
    auto id = repo.insert(t);
    if (!id)
        return id.error();
    t.id = *id;
    t.secretRef = CredentialStore::targetTokenKey(t.id);
    if (Status st = oidc::storeTokens(*m_secrets, t, *tokens); !st) {
        (void)repo.remove(t.id);
        return st.error();
    }
    if (Status st = repo.update(t); !st)
        return st.error();
    qCInfo(lcTargets) << "added target" << t.name << t.endpoint << "OIDC, issuer"
                      << challenge->issuer;
    return checkAndSave(*repo.byId(t.id), cancel);
}

Result<Target> TargetService::loginOidc(
    const QString &name, const oidc::ShowDeviceCode &show, const std::atomic_bool *cancel)
{
    auto t = TargetRepository(m_db).byName(name);
    if (!t)
        return t.error();
    if (t->authType != QLatin1String("oidc"))
        return Error(Error::Code::InvalidInput,
            Text::tr("Target %1 authenticates with a client certificate, not OIDC: store its key "
                     "with ferryctl target login %1 --client-key FILE.")
                .arg(name));
    if (Status st = m_secrets->probe(); !st)
        return st.error();
    auto challenge = oidcChallenge(*t, cancel);
    if (!challenge)
        return challenge.error();
    auto tokens = oidc::deviceLogin(*challenge, show, cancel, m_oidcSleep);
    if (!tokens)
        return tokens.error();
    if (Status st = oidc::storeTokens(*m_secrets, *t, *tokens); !st)
        return st.error();
    qCInfo(lcTargets) << "OIDC login to target" << name << "stored on this host";
    return checkAndSave(*t, cancel);
}

Result<Target> TargetService::refresh(const QString &name, const std::atomic_bool *cancel)
{
    auto t = TargetRepository(m_db).byName(name);
    if (!t)
        return t.error();
    return checkAndSave(*t, cancel);
}

Result<Target> TargetService::trustFingerprint(const QString &name, const QString &fingerprint)
{
    TargetRepository repo(m_db);
    auto t = repo.byName(name);
    if (!t)
        return t.error();
    if (Status st = t->cert.trustFingerprint(fingerprint); !st)
        return st.error();
    if (t->verifiesByCa()) {
        // A person pinned the certificate: from now on the pin decides, not the CAs.
        qCInfo(lcTargets) << "target" << name << "now pins its certificate instead of its CA";
        t->tlsVerify = QStringLiteral("fingerprint");
        t->tlsCaPem.clear();
    }
    if (Status st = repo.update(*t); !st)
        return st.error();
    return checkAndSave(*t, nullptr);
}

Result<Target> TargetService::update(
    const Target &changed, const TargetAuth &auth, const std::atomic_bool *cancel)
{
    TargetRepository repo(m_db);
    auto current = repo.byId(changed.id);
    if (!current)
        return current.error();
    Target t = changed;
    if (Status st = normalizeEdited(t); !st)
        return st.error();
    // What only the service changes.
    t.secretRef = current->secretRef;
    t.clientCertPem = current->clientCertPem;
    t.authType = current->authType;
    if (t.endpoint != current->endpoint) {
        // The pin stays: the same server under another address (or another member of a cluster,
        // which shares the certificate) is accepted, any other server is refused with both
        // fingerprints until a person pins the new one.
        t.cert.seenPem.clear();
        t.cert.seenSha256.clear();
    }
    if (Status st = t.cert.applyEditedPin(current->cert); !st)
        return st.error();
    if (auth.method == TargetAuth::Method::Oidc)
        return oidcUnsupported();

    std::optional<incus::TrustToken> token;
    if (!auth.trustToken.isEmpty()) {
        auto tok = prepareToken(t, auth.trustToken);
        if (!tok)
            return tok.error();
        token = *tok;
    }
    std::optional<incus::ClientCertificate> identity;
    bool newIdentity = false;
    if (auth.method == TargetAuth::Method::ClientCertificate
        || auth.method == TargetAuth::Method::GenerateCertificate
        || (token && t.clientCertPem.isEmpty())) {
        if (Status st = m_secrets->probe(); !st)
            return st.error();
        TargetAuth how = auth;
        if (how.method == TargetAuth::Method::Keep)
            how.method = TargetAuth::Method::GenerateCertificate;
        auto made = makeIdentity(t, how);
        if (!made)
            return made.error();
        identity = *made;
        newIdentity = true;
    } else if (token) {
        auto key = m_secrets->read(t.secretRef);
        if (!key)
            return key.error();
        incus::ClientCertificate c;
        c.certPem = t.clientCertPem.toLatin1();
        c.keyPem = *key;
        identity = c;
    }
    if (token) {
        if (Status st = redeem(t, *identity, *token, cancel); !st)
            return st.error();
    }
    if (newIdentity) {
        t.secretRef = CredentialStore::targetClientKeyKey(t.id);
        if (Status st = m_secrets->write(t.secretRef, identity->keyPem); !st)
            return st.error();
        t.clientCertPem = QString::fromLatin1(identity->certPem);
        t.authType = QStringLiteral("tls");
        // The exported file showed the old certificate.
        QFile::remove(clientCertificateFile(*current));
    }
    if (t.name != current->name)
        QFile::remove(clientCertificateFile(*current));
    if (Status st = repo.update(t); !st)
        return st.error();
    return checkAndSave(t, cancel);
}

Result<QByteArray> TargetService::clientKey(const QString &name) const
{
    auto t = TargetRepository(m_db).byName(name);
    if (!t)
        return t.error();
    if (t->clientCertPem.isEmpty() || t->secretRef.isEmpty())
        return Error(Error::Code::InvalidInput,
            Text::tr("Target %1 has no client certificate, so it has no key.").arg(name));
    auto key = m_secrets->read(t->secretRef);
    if (!key) {
        if (key.error().code == Error::Code::NotFound)
            return Error(Error::Code::NotFound,
                Text::tr("This host has no client key of target %1 (keychain key %2): export it "
                         "on the computer that added the target or last stored its key.")
                    .arg(name, t->secretRef));
        return key.error();
    }
    if (auto identity = incus::loadClientCertificate(t->clientCertPem.toLatin1(), *key); !identity)
        return Error(identity.error().code,
            Text::tr("The client key of target %1 in this host's keychain does not belong to its "
                     "client certificate: %2")
                .arg(name, identity.error().message));
    return *key;
}

Result<CredentialDestination::Stored> TargetService::login(const QString &name,
    const QByteArray &keyPem, const CredentialDestination &destination,
    const std::atomic_bool *cancel)
{
    auto t = TargetRepository(m_db).byName(name);
    if (!t)
        return t.error();
    if (t->authType == QLatin1String("oidc"))
        return Error(Error::Code::InvalidInput,
            Text::tr("Target %1 authenticates by OIDC and has no client key: log in with "
                     "ferryctl target login %1 (without --client-key).")
                .arg(name));
    if (t->clientCertPem.isEmpty())
        return Error(Error::Code::InvalidInput,
            Text::tr("Target %1 has no client certificate, so it has no key to store.").arg(name));
    auto identity = incus::loadClientCertificate(t->clientCertPem.toLatin1(), keyPem);
    if (!identity) {
        const auto cert = incus::parseCertificate(t->clientCertPem.toLatin1());
        return Error(identity.error().code,
            Text::tr("The key was not stored: %1 The client certificate of target %2 has "
                     "SHA-256 %3.")
                .arg(identity.error().message, name,
                    cert ? tls::sha256Of(*cert) : QStringLiteral("-")),
            identity.error().details);
    }
    if (Status st = destination.check(*m_secrets); !st)
        return st.error();
    Target probe = *t;
    Session session(probe, &*identity, cancel);
    connect(probe, session);
    qCInfo(lcTargets) << "login to target" << name << "on this host:" << probe.connectivityStatus;
    if (probe.connectivityStatus != connectivity::Ok) {
        const Error::Code code = probe.connectivityStatus == connectivity::AuthenticationError
            ? Error::Code::Authentication
            : probe.connectivityStatus == connectivity::CannotConnect ? Error::Code::Network
                                                                      : Error::Code::Tls;
        return Error(code,
            Text::tr("The key was not stored: connecting to target %1 from this host with it gave "
                     "\"%2\".")
                .arg(name, probe.connectivityStatus),
            probe.statusDetail);
    }
    const QString key
        = t->secretRef.isEmpty() ? CredentialStore::targetClientKeyKey(t->id) : t->secretRef;
    return destination.store(*m_secrets, key, identity->keyPem);
}

Status TargetService::remove(const QString &name)
{
    TargetRepository repo(m_db);
    auto t = repo.byName(name);
    if (!t)
        return t.error();
    if (Status st = repo.remove(t->id); !st)
        return st;
    QFile::remove(clientCertificateFile(*t));
    if (Status st = m_secrets->remove(CredentialStore::targetTokenKey(t->id)); !st)
        return st;
    return m_secrets->remove(
        t->secretRef.isEmpty() ? CredentialStore::targetClientKeyKey(t->id) : t->secretRef);
}

} // namespace ferry
