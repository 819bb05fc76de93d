// OIDC authentication for Incus targets (issue 14, item 13), end to end through the target
// service, against two servers the test runs on 127.0.0.1:
// - the scripted provider and the HTTPS server of tests/common/oidcfixture.h.
// The client side follows lxc/incus client/incus_oidc.go (commit 187c55aeaaea): scopes
// "openid offline_access email", `audience` added to the device authorization request, an empty
// "Bearer " before the first login.
// The keychain is a private gnome-keyring on a private D-Bus (with-private-keyring.sh).
#include "common/oidcfixture.h"
#include "incus/incusclient.h"
#include "incus/incustypes.h"
#include "incus/oidc.h"
#include "net/httpclient.h"
#include "secrets/credentialstore.h"
#include "store/database.h"
#include "store/targetrepository.h"
#include "targets/oidctokens.h"
#include "targets/targetservice.h"
#include "tls/certificate.h"
#include "transfer/backupstream.h"
#include "transfer/rawupload.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
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

using namespace ferry::test;

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

    // ferryctl in a terminal's place: `target add --auth-type oidc` prints the address and the
    // code on standard error and waits; `target refresh` after a failed refresh says to log in
    // again; `target login NAME` runs the device flow again. ferryctl runs as a process while
    // this test's servers answer (the loop below keeps them going).
    void ferryctlDeviceFlow()
    {
        const QString ferryctl = qEnvironmentVariable("FERRYCTL");
        if (ferryctl.isEmpty())
            QFAIL("FERRYCTL is not set: run the test through ctest");
        QTemporaryDir data;
        QVERIFY(data.isValid());
        struct Run
        {
            int exitCode = -1;
            QString out;
            QString err;
        };
        const auto run = [&](const QStringList &args) {
            QProcess p;
            p.start(ferryctl, QStringList {QStringLiteral("--data-dir"), data.path()} + args);
            p.closeWriteChannel();
            QElapsedTimer timer;
            timer.start();
            while (p.state() != QProcess::NotRunning && timer.elapsed() < 60000)
                QTest::qWait(50);
            if (p.state() != QProcess::NotRunning) {
                p.kill();
                p.waitForFinished(5000);
            }
            return Run {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
        };
        m_provider.pollScript = {QStringLiteral("pending"), QStringLiteral("ok")};
        const Run added = run({QStringLiteral("target"), QStringLiteral("add"),
            QStringLiteral("cli01"), m_incus.endpoint(), QStringLiteral("--auth-type"),
            QStringLiteral("oidc"), QStringLiteral("--trusted-cert-fingerprint"), m_pin});
        QVERIFY2(added.exitCode == 0, qPrintable(added.out + added.err));
        QVERIFY2(added.err.contains(QLatin1String("Code: WDJB-MJHT")), qPrintable(added.err));
        QVERIFY2(added.err.contains(QLatin1String("/device/verify?user_code=WDJB-MJHT")),
            qPrintable(added.err));
        QVERIFY2(added.out.contains(QLatin1String("Successfully added new target \"cli01\"")),
            qPrintable(added.out));

        // The server stops accepting the token, and the provider refuses the refresh.
        m_provider.validAccess.clear();
        m_provider.refreshWorks = false;
        const Run refreshed
            = run({QStringLiteral("target"), QStringLiteral("refresh"), QStringLiteral("cli01")});
        QCOMPARE(refreshed.exitCode, 1);
        QVERIFY2(QString(refreshed.out + refreshed.err)
                     .contains(QLatin1String("log in again: ferryctl target login cli01")),
            qPrintable(refreshed.out + refreshed.err));

        m_provider.refreshWorks = true;
        const Run login
            = run({QStringLiteral("target"), QStringLiteral("login"), QStringLiteral("cli01")});
        QVERIFY2(login.exitCode == 0, qPrintable(login.out + login.err));
        QVERIFY2(login.err.contains(QLatin1String("Code: WDJB-MJHT")), qPrintable(login.err));
        QVERIFY2(login.out.contains(QLatin1String("Logged in to target \"cli01\" by OIDC")),
            qPrintable(login.out));
    }

    // The import's own socket (transfer/rawupload.h) writes its headers itself: it must carry
    // the bearer token, or the upload of a migration to an OIDC target is refused.
    void rawUploadCarriesTheBearerToken()
    {
        m_provider.validAccess.insert("upload-token");
        const auto upload = [this](const QByteArray &authorization) {
            transfer::Upload u;
            u.connection.endpoint = QUrl(m_incus.endpoint());
            u.connection.pinnedSha256 = m_pin;
            u.connection.serverType = QStringLiteral("incus");
            u.connection.authorization = authorization;
            u.name = QStringLiteral("vm1");
            QBuffer body;
            body.setData("12345");
            body.open(QIODevice::ReadOnly);
            transfer::RawUpload raw(u, QStringLiteral("/1.0/instances?project=default"), &body, 5);
            QEventLoop loop;
            QObject::connect(&raw, &transfer::RawUpload::done, &loop, &QEventLoop::quit);
            raw.start();
            if (!raw.isDone())
                loop.exec();
            return raw.status();
        };
        QCOMPARE(upload(incus::bearerHeader("upload-token")), 200);
        QCOMPARE(m_incus.authorizations.last(), QByteArray("Bearer upload-token"));
        QCOMPARE(upload(incus::bearerHeader("revoked")), 401);
    }

    // The engine's REST client: a 401 in the middle of a migration renews the token once and
    // sends the request again (MigrationJob refreshes through oidc::accessToken there).
    void restClientRenewsOn401()
    {
        m_provider.validAccess.insert("renewed-token");
        net::HttpClient http;
        http.setPinnedSha256(m_pin);
        http.setAuthorization(incus::bearerHeader("expired-token"));
        incus::IncusClient client(&http, QUrl(m_incus.endpoint()), 30000);
        int renewals = 0;
        client.setRenewAuthorization([&renewals]() {
            ++renewals;
            return incus::bearerHeader("renewed-token");
        });
        auto info = client.server();
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
        QVERIFY(info->trusted());
        QCOMPARE(renewals, 1);
        QVERIFY(client.server()); // the renewed header stays
        QCOMPARE(renewals, 1);
        // A renewal that fails leaves the 401.
        http.setAuthorization(incus::bearerHeader("expired-token"));
        client.setRenewAuthorization([] { return QByteArray(); });
        auto refused = client.server();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Authentication);
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
