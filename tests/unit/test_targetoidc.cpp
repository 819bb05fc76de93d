// OIDC authentication for Incus targets (issue 14, item 13), end to end through the target
// service, against two servers the test runs on 127.0.0.1:
// - ScriptedProvider: an OpenID provider over plain HTTP on the loopback address, scripted per
//   test, speaking OpenID discovery (/.well-known/openid-configuration), the OAuth 2.0 Device
//   Authorization Grant (RFC 8628: device_authorization_endpoint, the token endpoint answering
//   authorization_pending, slow_down, expired_token, access_denied) and refresh_token grants.
//   No real provider was used: see docs/targets.md ("OIDC") for why.
// - FakeOidcIncus: an HTTPS server answering like upstream Incus with OIDC configured, after
//   lxc/incus internal/server/auth/oidc/oidc.go (commit 1d6cdf5c1fe7): a request with an
//   Authorization header whose bearer token it does not accept gets 401 with
//   X-Incus-OIDC-issuer, -clientid and -audience; a valid "Bearer <access token>" is trusted;
//   no Authorization header at all is an untrusted client (GET /1.0 lists auth_methods). Access
//   tokens are "valid" when the provider issued them and they were not revoked (the real server
//   verifies a JWT offline; the protocol seen by the client is the same).
// The client side follows lxc/incus client/incus_oidc.go (commit 187c55aeaaea): scopes
// "openid offline_access email", `audience` added to the device authorization request, an empty
// "Bearer " before the first login.
// The keychain is a private gnome-keyring on a private D-Bus (with-private-keyring.sh).
#include "incus/incustypes.h"
#include "incus/oidc.h"
#include "net/httpclient.h"
#include "secrets/credentialstore.h"
#include "store/database.h"
#include "store/targetrepository.h"
#include "targets/oidctokens.h"
#include "targets/targetservice.h"
#include "tls/certificate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace ferry;

namespace {

struct HttpRequest
{
    QByteArray verb;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// Reads one request (headers and a Content-Length body) from `buffer`; false while incomplete.
bool takeRequest(QByteArray &buffer, HttpRequest &req)
{
    const int end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    QHash<QByteArray, QByteArray> headers;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const int colon = line.indexOf(':');
        if (colon > 0)
            headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const int length = headers.value("content-length", "0").toInt();
    if (buffer.size() < end + 4 + length)
        return false;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    req.verb = first.value(0);
    req.path = first.value(1);
    req.headers = headers;
    req.body = buffer.mid(end + 4, length);
    buffer.clear();
    return true;
}

QByteArray reply(int status, const QByteArray &reason, const QJsonObject &body,
    const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(json.size()) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    return out + "\r\n" + json;
}

// Serves each connection's request with `answer`, then closes it.
template<typename Server>
void serve(Server &server, QObject *owner, std::function<QByteArray(const HttpRequest &)> answer)
{
    QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, owner, [&server, answer]() {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            QObject::connect(s, &QTcpSocket::readyRead, s, [s, buffer, answer]() {
                *buffer += s->readAll();
                HttpRequest req;
                if (!takeRequest(*buffer, req))
                    return;
                s->write(answer(req));
                s->disconnectFromHost();
            });
        }
    });
}

class ScriptedProvider final : public QObject
{
public:
    // What the token endpoint answers to each poll of a device code, in order; the last repeats.
    // pending | slow_down | denied | expired | ok
    QStringList pollScript {QStringLiteral("ok")};
    int interval = 1;
    int deviceCodeLifetime = 600;
    int accessLifetime = 3600;
    bool refreshWorks = true;
    QSet<QByteArray> validAccess; // what the Incus side accepts
    QList<QUrlQuery> deviceRequests;
    QList<QUrlQuery> tokenRequests;
    int issued = 0;

    bool start()
    {
        serve(m_server, this, [this](const HttpRequest &r) { return answer(r); });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QString issuer() const
    {
        return QStringLiteral("http://127.0.0.1:%1/realms/ferry").arg(m_server.serverPort());
    }
    void reset()
    {
        pollScript = {QStringLiteral("ok")};
        interval = 1;
        deviceCodeLifetime = 600;
        accessLifetime = 3600;
        refreshWorks = true;
        deviceRequests.clear();
        tokenRequests.clear();
        m_polls = 0;
    }

private:
    QJsonObject issue()
    {
        ++issued;
        const QByteArray access = "at-" + QByteArray::number(issued);
        validAccess.insert(access);
        return {{QStringLiteral("access_token"), QString::fromLatin1(access)},
            {QStringLiteral("refresh_token"), QStringLiteral("rt-%1").arg(issued)},
            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
            {QStringLiteral("expires_in"), accessLifetime},
            {QStringLiteral("id_token"), QStringLiteral("not-checked-by-the-client")}};
    }
    static QByteArray oauthError(const QString &error)
    {
        return reply(400, "Bad Request", {{QStringLiteral("error"), error}});
    }
    QByteArray answer(const HttpRequest &r)
    {
        const QString base = issuer();
        if (r.verb == "GET" && r.path == "/realms/ferry/.well-known/openid-configuration")
            return reply(200, "OK",
                QJsonObject {{QStringLiteral("issuer"), base},
                    {QStringLiteral("token_endpoint"), QString(base + QStringLiteral("/token"))},
                    {QStringLiteral("device_authorization_endpoint"),
                        QString(base + QStringLiteral("/device"))},
                    {QStringLiteral("jwks_uri"), QString(base + QStringLiteral("/certs"))},
                    {QStringLiteral("grant_types_supported"),
                        QJsonArray {QStringLiteral("refresh_token"),
                            QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")}}});
        const QUrlQuery form(QString::fromUtf8(r.body));
        if (r.verb == "POST" && r.path == "/realms/ferry/device") {
            deviceRequests << form;
            m_polls = 0;
            return reply(200, "OK",
                QJsonObject {{QStringLiteral("device_code"), QStringLiteral("dev-1")},
                    {QStringLiteral("user_code"), QStringLiteral("WDJB-MJHT")},
                    {QStringLiteral("verification_uri"),
                        QString(base + QStringLiteral("/device/verify"))},
                    {QStringLiteral("verification_uri_complete"),
                        QString(base + QStringLiteral("/device/verify?user_code=WDJB-MJHT"))},
                    {QStringLiteral("expires_in"), deviceCodeLifetime},
                    {QStringLiteral("interval"), interval}});
        }
        if (r.verb == "POST" && r.path == "/realms/ferry/token") {
            tokenRequests << form;
            const QString grant
                = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
            if (grant == QLatin1String("refresh_token")) {
                if (!refreshWorks)
                    return oauthError(QStringLiteral("invalid_grant"));
                return reply(200, "OK", issue());
            }
            if (grant != QLatin1String("urn:ietf:params:oauth:grant-type:device_code")
                || form.queryItemValue(QStringLiteral("device_code"), QUrl::FullyDecoded)
                    != QLatin1String("dev-1"))
                return oauthError(QStringLiteral("invalid_request"));
            const QString step = pollScript.value(std::min<int>(m_polls, pollScript.size() - 1));
            ++m_polls;
            if (step == QLatin1String("pending"))
                return oauthError(QStringLiteral("authorization_pending"));
            if (step == QLatin1String("slow_down"))
                return oauthError(QStringLiteral("slow_down"));
            if (step == QLatin1String("denied"))
                return oauthError(QStringLiteral("access_denied"));
            if (step == QLatin1String("expired"))
                return oauthError(QStringLiteral("expired_token"));
            return reply(200, "OK", issue());
        }
        return reply(404, "Not Found", {{QStringLiteral("error"), QStringLiteral("not_found")}});
    }

    QTcpServer m_server;
    int m_polls = 0;
};

class FakeOidcIncus final : public QObject
{
public:
    explicit FakeOidcIncus(ScriptedProvider &provider)
        : m_provider(provider)
    { }
    QList<QByteArray> authorizations; // the Authorization header of every request ("" if none)

    bool start(const QString &certFile, const QString &keyFile)
    {
        QFile c(certFile);
        QFile k(keyFile);
        if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
            return false;
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(QSslCertificate(c.readAll()));
        conf.setPrivateKey(QSslKey(k.readAll(), QSsl::Ec));
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(conf);
        serve(m_server, this, [this](const HttpRequest &r) { return answer(r); });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QString endpoint() const
    {
        return QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort());
    }

private:
    static QByteArray sync(const QJsonValue &metadata)
    {
        return reply(200, "OK",
            {{QStringLiteral("type"), QStringLiteral("sync")},
                {QStringLiteral("status"), QStringLiteral("Success")},
                {QStringLiteral("status_code"), 200}, {QStringLiteral("metadata"), metadata}});
    }
    static QJsonObject server(bool trusted)
    {
        QJsonObject o {{QStringLiteral("auth"),
                           trusted ? QStringLiteral("trusted") : QStringLiteral("untrusted")},
            {QStringLiteral("auth_methods"),
                QJsonArray {QStringLiteral("tls"), QStringLiteral("oidc")}},
            {QStringLiteral("api_version"), QStringLiteral("1.0")},
            {QStringLiteral("api_extensions"),
                QJsonArray::fromStringList(incus::requiredApiExtensions())}};
        if (trusted)
            o.insert(QStringLiteral("environment"),
                QJsonObject {{QStringLiteral("server"), QStringLiteral("incus")},
                    {QStringLiteral("server_version"), QStringLiteral("6.0.0")}});
        return o;
    }
    QByteArray answer(const HttpRequest &r)
    {
        const QByteArray auth = r.headers.value("authorization");
        authorizations << auth;
        if (auth.isEmpty())
            return r.path == "/1.0"
                ? sync(server(false))
                : reply(403, "Forbidden",
                    {{QStringLiteral("type"), QStringLiteral("error")},
                        {QStringLiteral("error"), QStringLiteral("not authorized")},
                        {QStringLiteral("error_code"), 403}});
        if (auth.startsWith("Bearer ") && m_provider.validAccess.contains(auth.mid(7)))
            return r.path.startsWith("/1.0?") || r.path == "/1.0" ? sync(server(true))
                                                                  : sync(QJsonArray());
        return reply(401, "Unauthorized",
            {{QStringLiteral("type"), QStringLiteral("error")},
                {QStringLiteral("error"),
                    QStringLiteral("Failed to authenticate: the access token is not valid")},
                {QStringLiteral("error_code"), 401}},
            {{"X-Incus-OIDC-issuer", m_provider.issuer().toUtf8()},
                {"X-Incus-OIDC-clientid", "incus-ferry"},
                {"X-Incus-OIDC-audience", "https://incus.example"}});
    }

    ScriptedProvider &m_provider;
    QSslServer m_server;
};

} // namespace

class TestTargetOidc final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ScriptedProvider m_provider;
    FakeOidcIncus m_incus {m_provider};
    std::shared_ptr<Database> m_db;
    std::shared_ptr<CredentialStore> m_secrets
        = std::make_shared<CredentialStore>(QStringLiteral("ferry-oidc-test"), 10000);
    QString m_pin;
    QList<int> m_slept;
    QList<incus::DeviceAuthorization> m_shown;

    TargetService service()
    {
        TargetService svc(m_db, m_secrets, m_dir.path());
        svc.setOidcSleep([this](int ms, const std::atomic_bool *) {
            m_slept << ms;
            return true;
        });
        return svc;
    }
    Target draft(const QString &name) const
    {
        Target t;
        t.name = name;
        t.endpoint = m_incus.endpoint();
        t.cert.trustedSha256 = m_pin;
        return t;
    }
    TargetAuth oidcAuth()
    {
        TargetAuth a;
        a.method = TargetAuth::Method::Oidc;
        a.showDeviceCode = [this](const incus::DeviceAuthorization &d) {
            m_shown << d;
        };
        return a;
    }
    incus::OidcTokens stored(const Target &t) const
    {
        auto tokens = oidc::readTokens(*m_secrets, t);
        if (!tokens)
            qWarning() << tokens.error().toString();
        return tokens ? *tokens : incus::OidcTokens();
    }
    Target added(const QString &name)
    {
        auto t = service().add(draft(name), oidcAuth());
        if (!t)
            qWarning() << t.error().toString();
        return t ? *t : Target();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QFAIL("openssl is missing (scripts/packages.txt)");
        QVERIFY(m_dir.isValid());
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), QStringLiteral("incus.key"), QStringLiteral("-out"),
                QStringLiteral("incus.crt"), QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-subj"), QStringLiteral("/CN=ferry-oidc-test-incus")});
        QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
        QFile crt(m_dir.filePath(QStringLiteral("incus.crt")));
        QVERIFY(crt.open(QIODevice::ReadOnly));
        m_pin = tls::sha256Of(QSslCertificate(crt.readAll()));
        QVERIFY(m_provider.start());
        QVERIFY(m_incus.start(m_dir.filePath(QStringLiteral("incus.crt")),
            m_dir.filePath(QStringLiteral("incus.key"))));
        // The keychain is with-private-keyring.sh's; without one the test cannot run.
        if (Status st = m_secrets->probe(); !st)
            QFAIL(qPrintable(QStringLiteral("no keychain (run under with-private-keyring.sh): ")
                + st.error().toString()));
        auto db = Database::open(m_dir.filePath(QStringLiteral("ferry.db")));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        m_db = *db;
    }

    void init()
    {
        m_provider.reset();
        m_slept.clear();
        m_shown.clear();
        m_incus.authorizations.clear();
    }

    void challengeParsing()
    {
        net::HttpResponse r;
        r.status = 401;
        r.headers = {{"X-Incus-OIDC-issuer", "https://idp.example/realms/x"},
            {"X-Incus-OIDC-clientid", "incus"}, {"X-Incus-OIDC-audience", ""}};
        auto c = incus::oidcChallenge(r);
        QVERIFY(c);
        QCOMPARE(c->issuer, QStringLiteral("https://idp.example/realms/x"));
        QCOMPARE(c->scopes, incus::defaultOidcScopes());
        r.status = 403;
        QVERIFY(!incus::oidcChallenge(r));
        r.status = 401;
        r.headers = {{"X-Incus-OIDC-issuer", "https://idp.example"}};
        QVERIFY2(!incus::oidcChallenge(r), "no client id: no challenge");
    }

    void happyPathAddsTargetWithTokensInKeychain()
    {
        m_provider.pollScript = {QStringLiteral("pending"), QStringLiteral("ok")};
        const Target t = added(QStringLiteral("idp01"));
        QCOMPARE(t.connectivityStatus, connectivity::Ok);
        QCOMPARE(t.authType, QStringLiteral("oidc"));
        QVERIFY(t.clientCertPem.isEmpty());
        QCOMPARE(t.serverVersion, QStringLiteral("6.0.0"));
        // The device flow: the code shown, the request as the upstream client sends it.
        QCOMPARE(m_shown.size(), 1);
        QCOMPARE(m_shown[0].userCode, QStringLiteral("WDJB-MJHT"));
        QVERIFY(m_shown[0].urlToOpen().toString().endsWith(
            QLatin1String("/device/verify?user_code=WDJB-MJHT")));
        QCOMPARE(m_provider.deviceRequests.size(), 1);
        const QUrlQuery &device = m_provider.deviceRequests[0];
        QCOMPARE(device.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded),
            QStringLiteral("incus-ferry"));
        QCOMPARE(device.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
            QStringLiteral("openid offline_access email"));
        QCOMPARE(device.queryItemValue(QStringLiteral("audience"), QUrl::FullyDecoded),
            QStringLiteral("https://incus.example"));
        QCOMPARE(m_slept, (QList<int> {1000, 1000}));
        // The first request asked with an empty bearer token ("Bearer ", whose trailing space
        // HTTP parsers drop as Go's does; upstream then answers 401 with the headers), then the
        // access token was sent.
        QCOMPARE(m_incus.authorizations.value(0), QByteArray("Bearer"));
        QVERIFY(
            m_incus.authorizations.contains("Bearer at-" + QByteArray::number(m_provider.issued)));
        // The tokens are in the keychain, under the target's token key; not in the database.
        const incus::OidcTokens tokens = stored(t);
        QCOMPARE(tokens.accessToken, "at-" + QByteArray::number(m_provider.issued));
        QCOMPARE(tokens.refreshToken, "rt-" + QByteArray::number(m_provider.issued));
        QCOMPARE(tokens.issuer, m_provider.issuer());
        QCOMPARE(t.secretRef, CredentialStore::targetTokenKey(t.id));
        m_db.reset();
        QFile dbFile(m_dir.filePath(QStringLiteral("ferry.db")));
        QVERIFY(dbFile.open(QIODevice::ReadOnly));
        const QByteArray content = dbFile.readAll();
        QVERIFY2(!content.contains(tokens.accessToken) && !content.contains(tokens.refreshToken),
            "no token in the database");
        auto db = Database::open(m_dir.filePath(QStringLiteral("ferry.db")));
        QVERIFY(db);
        m_db = *db;
    }

    void slowDownWidensTheInterval()
    {
        m_provider.pollScript = {QStringLiteral("pending"), QStringLiteral("slow_down"),
            QStringLiteral("pending"), QStringLiteral("ok")};
        const Target t = added(QStringLiteral("idp02"));
        QCOMPARE(t.connectivityStatus, connectivity::Ok);
        // RFC 8628 3.5: slow_down adds 5 seconds to every later poll.
        QCOMPARE(m_slept, (QList<int> {1000, 1000, 6000, 6000}));
    }

    void deniedStoresNothing()
    {
        m_provider.pollScript = {QStringLiteral("pending"), QStringLiteral("denied")};
        auto t = service().add(draft(QStringLiteral("idp03")), oidcAuth());
        QVERIFY(!t);
        QCOMPARE(t.error().code, Error::Code::Authentication);
        QVERIFY2(
            t.error().message.contains(QLatin1String("denied")), qPrintable(t.error().message));
        QVERIFY(!TargetRepository(m_db).byName(QStringLiteral("idp03")));
    }

    void expiredDeviceCode_data()
    {
        QTest::addColumn<QStringList>("script");
        QTest::addColumn<int>("lifetime");
        QTest::newRow("expired_token") << QStringList {QStringLiteral("expired")} << 600;
        // The provider keeps saying pending until the code's lifetime has passed.
        QTest::newRow("lifetime passed") << QStringList {QStringLiteral("pending")} << 3;
    }

    void expiredDeviceCode()
    {
        QFETCH(QStringList, script);
        QFETCH(int, lifetime);
        m_provider.pollScript = script;
        m_provider.deviceCodeLifetime = lifetime;
        auto t = service().add(draft(QStringLiteral("idp04")), oidcAuth());
        QVERIFY(!t);
        QCOMPARE(t.error().code, Error::Code::Timeout);
        QVERIFY2(
            t.error().message.contains(QLatin1String("expired")), qPrintable(t.error().message));
        QVERIFY(!TargetRepository(m_db).byName(QStringLiteral("idp04")));
    }

    void refreshAfterExpiry()
    {
        const Target t = added(QStringLiteral("idp05"));
        QCOMPARE(t.connectivityStatus, connectivity::Ok);
        const QByteArray first = stored(t).accessToken;
        // The access token expires within the margin: the next use refreshes it first.
        incus::OidcTokens tokens = stored(t);
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(5);
        QVERIFY(oidc::storeTokens(*m_secrets, t, tokens));
        m_provider.tokenRequests.clear();
        auto again = service().refresh(t.name);
        QVERIFY(again);
        QCOMPARE(again->connectivityStatus, connectivity::Ok);
        QCOMPARE(m_provider.tokenRequests.size(), 1);
        const QUrlQuery &refresh = m_provider.tokenRequests[0];
        QCOMPARE(refresh.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded),
            QStringLiteral("refresh_token"));
        QCOMPARE(
            refresh.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded).toUtf8(),
            tokens.refreshToken);
        const incus::OidcTokens renewed = stored(t);
        QVERIFY(renewed.accessToken != first);
        QVERIFY(renewed.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));
    }

    void refreshOn401()
    {
        const Target t = added(QStringLiteral("idp06"));
        QCOMPARE(t.connectivityStatus, connectivity::Ok);
        // The server stops accepting the token (revoked, or its clock says expired).
        m_provider.validAccess.remove(stored(t).accessToken);
        auto again = service().refresh(t.name);
        QVERIFY(again);
        QCOMPARE(again->connectivityStatus, connectivity::Ok);
        QVERIFY(m_provider.validAccess.contains(stored(t).accessToken));
    }

    void refreshFailureSaysLogInAgain()
    {
        const Target t = added(QStringLiteral("idp07"));
        QCOMPARE(t.connectivityStatus, connectivity::Ok);
        m_provider.validAccess.remove(stored(t).accessToken);
        m_provider.refreshWorks = false;
        auto again = service().refresh(t.name);
        QVERIFY(again);
        QCOMPARE(again->connectivityStatus, connectivity::AuthenticationError);
        QVERIFY2(again->statusDetail.contains(QLatin1String("ferryctl target login idp07")),
            qPrintable(again->statusDetail));
        // The engine's way to a token says the same.
        incus::OidcTokens tokens = stored(t);
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(oidc::storeTokens(*m_secrets, t, tokens));
        auto token = oidc::accessToken(*m_secrets, t, false);
        QVERIFY(!token);
        QCOMPARE(token.error().code, Error::Code::Authentication);
        QVERIFY(token.error().message.contains(QLatin1String("ferryctl target login idp07")));

        // Logging in again (the device flow) stores new tokens and the target is OK.
        m_provider.refreshWorks = true;
        auto login = service().loginOidc(
            t.name, [this](const incus::DeviceAuthorization &d) { m_shown << d; });
        QVERIFY2(login, qPrintable(login ? QString() : login.error().toString()));
        QCOMPARE(login->connectivityStatus, connectivity::Ok);
        QCOMPARE(m_shown.size(), 2);
        QVERIFY(m_provider.validAccess.contains(stored(t).accessToken));
    }

    void removeClearsTheTokens()
    {
        const Target t = added(QStringLiteral("idp08"));
        QVERIFY(service().remove(t.name));
        auto gone = m_secrets->read(CredentialStore::targetTokenKey(t.id));
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, Error::Code::NotFound);
    }

    void certificateServerIsNoOidcServer()
    {
        // A server without OIDC answers an empty bearer token without the headers.
        net::HttpClient http;
        http.setPinnedSha256(m_pin);
        auto challenge = oidc::probe(http, QUrl(m_provider.issuer()));
        QVERIFY(!challenge);
        QCOMPARE(challenge.error().code, Error::Code::Unsupported);
    }
};

QTEST_GUILESS_MAIN(TestTargetOidc)
#include "test_targetoidc.moc"
