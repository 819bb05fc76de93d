// OIDC targets against a REAL OpenID provider: Glewlwyd 2.7.5 from Debian 12's archive
// (`apt-get install glewlwyd sqlite3`), started by this test on 127.0.0.1 in a fresh temporary
// directory (its own SQLite database from the package's init.sqlite3.sql, its own config, a free
// port) and stopped by its PID at the end. The test configures it through its admin API as an
// administrator would: the OIDC plugin with the device authorization grant (HS256 signing key
// made here), the scopes openid, offline_access and email, the public client incus-ferry
// (device_authorization, refresh_token), the user's scopes and grant; the person's approval is
// scripted through its API (a user session opening the verification address).
// The Incus side is FakeOidcIncus (tests/common/oidcfixture.h, after lxc/incus
// internal/server/auth/oidc/oidc.go at 1d6cdf5c1fe7), verifying Glewlwyd's JWT access tokens
// offline as Incus does (signature, issuer, expiry).
// Covered with the real provider: discovery, the device flow with a real
// authorization_pending before the approval, tokens in the keychain, bearer requests, refresh
// with Glewlwyd's rolling refresh token, a revoked refresh ending in "log in again".
// Without glewlwyd or sqlite3 the test is skipped, saying so.
#include "common/oidcfixture.h"
#include "incus/oidc.h"
#include "net/httpclient.h"
#include "secrets/credentialstore.h"
#include "store/database.h"
#include "store/targetrepository.h"
#include "targets/oidctokens.h"
#include "targets/targetservice.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

namespace {

const char *kInitSql = "/usr/share/doc/glewlwyd/database/init.sqlite3.sql.gz";
const char *kBaseConfig = "/etc/glewlwyd/glewlwyd.conf";

quint16 freePort()
{
    QTcpServer s;
    return s.listen(QHostAddress::LocalHost) ? s.serverPort() : 0;
}

} // namespace

class TestTargetOidcGlewlwyd final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_glewlwyd;
    quint16 m_port = 0;
    QByteArray m_key; // the HS256 signing key of the OIDC plugin
    net::HttpClient m_admin; // the administrator's (and user's) session: QNAM keeps its cookie
    ScriptedProvider m_unused;
    FakeOidcIncus m_incus {m_unused};
    QString m_pin;
    std::shared_ptr<Database> m_db;
    std::shared_ptr<CredentialStore> m_secrets
        = std::make_shared<CredentialStore>(QStringLiteral("ferry-oidc-glewlwyd-test"), 10000);
    int m_sleeps = 0;

    QString api(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1/api%2").arg(m_port).arg(path);
    }
    QString issuer() const { return api(QStringLiteral("/oidc")); }
    bool call(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        auto r = m_admin.request(verb, QUrl(api(path)), {{"Content-Type", "application/json"}},
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (!r || r->status != 200) {
            qWarning() << verb << path << (r ? r->status : -1) << (r ? r->body : QByteArray());
            return false;
        }
        return true;
    }
    // The person opens the verification address with their session and approves.
    bool approve(const QString &userCode)
    {
        auto r = m_admin.request(
            "GET", QUrl(api(QStringLiteral("/oidc/device?code=%1&g_continue").arg(userCode))));
        return r && r->status == 302 && r->header("Location").contains("prompt=deviceComplete");
    }
    // HS256 JWT check, as Incus verifies an access token offline.
    bool validAccessToken(const QByteArray &token) const
    {
        const QList<QByteArray> parts = token.split('.');
        if (parts.size() != 3)
            return false;
        const QByteArray mac = QMessageAuthenticationCode::hash(
            parts[0] + '.' + parts[1], m_key, QCryptographicHash::Sha256);
        if (mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            != parts[2])
            return false;
        const QJsonObject claims = QJsonDocument::fromJson(
            QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
                                       .object();
        return claims.value(QStringLiteral("iss")).toString() == issuer()
            && claims.value(QStringLiteral("exp")).toInteger() > QDateTime::currentSecsSinceEpoch();
    }
    TargetService service()
    {
        TargetService svc(m_db, m_secrets, m_dir.path());
        // Real time, with the approval after the first (pending) poll.
        svc.setOidcSleep([this](int ms, const std::atomic_bool *) {
            ++m_sleeps;
            QTest::qWait(ms);
            return true;
        });
        return svc;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString glewlwyd = QStandardPaths::findExecutable(QStringLiteral("glewlwyd"));
        const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (glewlwyd.isEmpty() || sqlite.isEmpty() || !QFile::exists(QLatin1String(kInitSql))
            || !QFile::exists(QLatin1String(kBaseConfig)))
            QSKIP("Glewlwyd is not installed (apt-get install glewlwyd sqlite3): no real OpenID "
                  "provider to test against");
        QVERIFY(m_dir.isValid());
        // Its database, from the package's schema and defaults (user admin, password
        // "password").
        QProcess gunzip;
        gunzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), QLatin1String(kInitSql)});
        QVERIFY(gunzip.waitForFinished(30000) && gunzip.exitCode() == 0);
        QProcess db;
        db.start(sqlite, {m_dir.filePath(QStringLiteral("glewlwyd.db"))});
        QVERIFY(db.waitForStarted());
        db.write(gunzip.readAllStandardOutput());
        db.closeWriteChannel();
        QVERIFY(db.waitForFinished(30000) && db.exitCode() == 0);
        // Its configuration: the package's, on 127.0.0.1 and a free port, logging to stdout,
        // with the database above.
        QFile base {QString::fromLatin1(kBaseConfig)};
        QVERIFY(base.open(QIODevice::ReadOnly));
        QString conf = QString::fromUtf8(base.readAll());
        m_port = freePort();
        QVERIFY(m_port);
        const auto set = [&conf](const QString &key, const QString &value) {
            conf.replace(QRegularExpression(QStringLiteral("^#?\\s*%1\\s*=.*$").arg(key),
                             QRegularExpression::MultilineOption),
                key + QLatin1Char('=') + value);
        };
        set(QStringLiteral("port"), QString::number(m_port));
        set(QStringLiteral("bind_address"), QStringLiteral("\"127.0.0.1\""));
        set(QStringLiteral("external_url"), QStringLiteral("\"http://127.0.0.1:%1\"").arg(m_port));
        set(QStringLiteral("log_mode"), QStringLiteral("\"console\""));
        conf.replace(QRegularExpression(QStringLiteral("^@include .*glewlwyd-db.conf.*$"),
                         QRegularExpression::MultilineOption),
            QStringLiteral("database = { type = \"sqlite3\" path = \"%1\" };")
                .arg(m_dir.filePath(QStringLiteral("glewlwyd.db"))));
        QFile out(m_dir.filePath(QStringLiteral("glewlwyd.conf")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(conf.toUtf8());
        out.close();
        m_glewlwyd.setProcessChannelMode(QProcess::MergedChannels);
        m_glewlwyd.setStandardOutputFile(m_dir.filePath(QStringLiteral("glewlwyd.log")));
        m_glewlwyd.start(glewlwyd,
            {QStringLiteral("--config-file=") + m_dir.filePath(QStringLiteral("glewlwyd.conf"))});
        QVERIFY(m_glewlwyd.waitForStarted());
        QElapsedTimer up;
        up.start();
        bool answering = false;
        while (!answering && up.elapsed() < 20000) {
            QTest::qWait(200);
            auto r = m_admin.request("GET", QUrl(api(QStringLiteral("/auth/scheme/"))));
            answering = r.ok() && r->status > 0;
        }
        QVERIFY2(answering, "glewlwyd did not answer within 20 s (see glewlwyd.log)");

        // What an administrator sets up.
        QVERIFY(call("POST", QStringLiteral("/auth/"),
            {{QStringLiteral("username"), QStringLiteral("admin")},
                {QStringLiteral("password"), QStringLiteral("password")}}));
        QByteArray key(32, Qt::Uninitialized);
        for (char &c : key)
            c = char(QRandomGenerator::global()->bounded(256));
        m_key = key;
        const QString jwks = QString::fromUtf8(QJsonDocument(
            QJsonObject {{QStringLiteral("keys"),
                QJsonArray {QJsonObject {{QStringLiteral("kty"), QStringLiteral("oct")},
                    {QStringLiteral("k"),
                        QString::fromLatin1(key.toBase64(
                            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))},
                    {QStringLiteral("alg"), QStringLiteral("HS256")},
                    {QStringLiteral("kid"),
                        QStringLiteral("k1")}}}}}).toJson(QJsonDocument::Compact));
        QVERIFY(call("POST", QStringLiteral("/mod/plugin/"),
            {{QStringLiteral("module"), QStringLiteral("oidc")},
                {QStringLiteral("name"), QStringLiteral("oidc")},
                {QStringLiteral("display_name"), QStringLiteral("OpenID Connect")},
                {QStringLiteral("enabled"), true},
                {QStringLiteral("parameters"),
                    QJsonObject {{QStringLiteral("iss"), issuer()},
                        {QStringLiteral("jwks-private"), jwks},
                        {QStringLiteral("default-kid"), QStringLiteral("k1")},
                        {QStringLiteral("jwks-show"), false},
                        {QStringLiteral("access-token-duration"), 3600},
                        {QStringLiteral("refresh-token-duration"), 1209600},
                        {QStringLiteral("code-duration"), 600},
                        {QStringLiteral("refresh-token-rolling"), true},
                        {QStringLiteral("allow-non-oidc"), false},
                        {QStringLiteral("auth-type-code-enabled"), true},
                        {QStringLiteral("auth-type-refresh-enabled"), true},
                        {QStringLiteral("auth-type-device-enabled"), true},
                        {QStringLiteral("device-authorization-expiration"), 600},
                        {QStringLiteral("device-authorization-interval"), 1},
                        {QStringLiteral("scope"), QJsonArray()},
                        {QStringLiteral("claims"), QJsonArray()},
                        {QStringLiteral("subject-type"), QStringLiteral("public")}}}}));
        for (const char *scope : {"offline_access", "email"})
            QVERIFY(call("POST", QStringLiteral("/scope/"),
                {{QStringLiteral("name"), QLatin1String(scope)},
                    {QStringLiteral("display_name"), QLatin1String(scope)},
                    {QStringLiteral("description"), QLatin1String(scope)},
                    {QStringLiteral("password_required"), false},
                    {QStringLiteral("scheme"), QJsonObject()}}));
        QVERIFY(call("POST", QStringLiteral("/client/"),
            {{QStringLiteral("client_id"), QStringLiteral("incus-ferry")},
                {QStringLiteral("name"), QStringLiteral("Incus")},
                {QStringLiteral("confidential"), false}, {QStringLiteral("enabled"), true},
                {QStringLiteral("redirect_uri"), QJsonArray()},
                {QStringLiteral("authorization_type"),
                    QJsonArray {
                        QStringLiteral("device_authorization"), QStringLiteral("refresh_token")}},
                {QStringLiteral("scope"),
                    QJsonArray {QStringLiteral("openid"), QStringLiteral("offline_access"),
                        QStringLiteral("email")}}}));
        QVERIFY(call("PUT", QStringLiteral("/user/admin"),
            {{QStringLiteral("name"), QStringLiteral("The Administrator")},
                {QStringLiteral("email"), QString()}, {QStringLiteral("enabled"), true},
                {QStringLiteral("scope"),
                    QJsonArray {QStringLiteral("g_admin"), QStringLiteral("g_profile"),
                        QStringLiteral("openid"), QStringLiteral("offline_access"),
                        QStringLiteral("email")}}}));
        // The user's consent for the client (the login page asks it once).
        QVERIFY(call("PUT", QStringLiteral("/auth/grant/incus-ferry"),
            {{QStringLiteral("scope"), QStringLiteral("openid offline_access email")}}));

        m_pin = makeServerCertificate(m_dir.path());
        QVERIFY(!m_pin.isEmpty());
        m_incus.issuer = issuer();
        m_incus.accept = [this](const QByteArray &token) {
            return validAccessToken(token);
        };
        QVERIFY(m_incus.start(m_dir.filePath(QStringLiteral("incus.crt")),
            m_dir.filePath(QStringLiteral("incus.key"))));
        if (Status st = m_secrets->probe(); !st)
            QFAIL(qPrintable(QStringLiteral("no keychain (run under with-private-keyring.sh): ")
                + st.error().toString()));
        auto opened = Database::open(m_dir.filePath(QStringLiteral("ferry.db")));
        QVERIFY(opened);
        m_db = *opened;
    }

    void cleanupTestCase()
    {
        if (m_glewlwyd.state() != QProcess::NotRunning) {
            m_glewlwyd.terminate(); // by its PID: QProcess's own child
            if (!m_glewlwyd.waitForFinished(5000))
                m_glewlwyd.kill();
        }
    }

    void deviceFlowWithARealProvider()
    {
        Target draft;
        draft.name = QStringLiteral("glew01");
        draft.endpoint = m_incus.endpoint();
        draft.cert.trustedSha256 = m_pin;
        TargetAuth auth;
        auth.method = TargetAuth::Method::Oidc;
        QString userCode;
        QUrl shown;
        auth.showDeviceCode = [&](const incus::DeviceAuthorization &a) {
            userCode = a.userCode;
            shown = a.urlToOpen();
        };
        // Approve only after the first poll, which gets a real authorization_pending.
        TargetService svc(m_db, m_secrets, m_dir.path());
        int sleeps = 0;
        bool approved = false;
        svc.setOidcSleep([&](int ms, const std::atomic_bool *) {
            if (++sleeps == 2)
                approved = approve(userCode);
            QTest::qWait(ms);
            return true;
        });
        auto t = svc.add(draft, auth);
        QVERIFY2(t, qPrintable(t ? QString() : t.error().toString()));
        QVERIFY(approved);
        QVERIFY2(sleeps >= 2, "the first poll was answered authorization_pending");
        QVERIFY(shown.toString().startsWith(api(QStringLiteral("/oidc/device"))));
        QCOMPARE(t->connectivityStatus, connectivity::Ok);
        auto tokens = oidc::readTokens(*m_secrets, *t);
        QVERIFY(tokens);
        QVERIFY(validAccessToken(tokens->accessToken));
        QVERIFY(!tokens->refreshToken.isEmpty());
        QCOMPARE(tokens->issuer, issuer());

        // Refresh before expiry with Glewlwyd's (rolling) refresh token.
        incus::OidcTokens soon = *tokens;
        soon.expiresAt = QDateTime::currentDateTimeUtc().addSecs(5);
        QVERIFY(oidc::storeTokens(*m_secrets, *t, soon));
        QTest::qWait(1100); // a new iat: another token
        auto again = service().refresh(t->name);
        QVERIFY(again);
        QCOMPARE(again->connectivityStatus, connectivity::Ok);
        auto renewed = oidc::readTokens(*m_secrets, *t);
        QVERIFY(renewed);
        QVERIFY(renewed->accessToken != tokens->accessToken);
        QVERIFY(validAccessToken(renewed->accessToken));

        // A refresh token the provider does not know ends in "log in again".
        incus::OidcTokens bad = *renewed;
        bad.refreshToken = "not-a-refresh-token";
        bad.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(oidc::storeTokens(*m_secrets, *t, bad));
        auto failed = service().refresh(t->name);
        QVERIFY(failed);
        QCOMPARE(failed->connectivityStatus, connectivity::AuthenticationError);
        QVERIFY2(failed->statusDetail.contains(QLatin1String("ferryctl target login glew01")),
            qPrintable(failed->statusDetail));
    }
};

QTEST_GUILESS_MAIN(TestTargetOidcGlewlwyd)
#include "test_targetoidcglewlwyd.moc"
