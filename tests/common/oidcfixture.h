#pragma once

// Test fixtures for OIDC targets (issue 14, item 13), shared by tests/unit/test_targetoidc.cpp
// and tests/gui/test_targetwizardoidc.cpp; both run on 127.0.0.1 in the test's own thread (the
// code under test waits in local event loops, so they answer meanwhile).
// - ScriptedProvider: an OpenID provider over plain HTTP on the loopback address, scripted per
//   test: OpenID discovery (/.well-known/openid-configuration), the OAuth 2.0 Device
//   Authorization Grant (RFC 8628: device_authorization_endpoint; the token endpoint answering
//   authorization_pending, slow_down, expired_token, access_denied) and refresh_token grants.
//   It is not a real provider: it answers what a real one does not do on demand (slow_down,
//   access_denied, expired_token, a refresh that fails); the real one is Glewlwyd in
//   tests/unit/test_targetoidcglewlwyd.cpp.
// - FakeOidcIncus: an HTTPS server answering like upstream Incus with OIDC configured, after
//   lxc/incus internal/server/auth/oidc/oidc.go (commit 1d6cdf5c1fe7): a request with an
//   Authorization header whose bearer token it does not accept gets 401 with
//   X-Incus-OIDC-issuer, -clientid and -audience; a valid "Bearer <access token>" is trusted;
//   no Authorization header at all is an untrusted client (GET /1.0 lists auth_methods). An
//   access token is valid when the provider issued it and it was not revoked (the real server
//   verifies a JWT offline; what the client sees is the same).

#include "incus/incustypes.h"
#include "tls/certificate.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace ferry::test {

struct HttpRequest
{
    QByteArray verb;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// Reads one request (headers and a Content-Length body) from `buffer`; false while incomplete.
inline bool takeRequest(QByteArray &buffer, HttpRequest &req)
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

inline QByteArray reply(int status, const QByteArray &reason, const QJsonObject &body,
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
    // Another provider than the scripted one: its issuer, and how an access token is verified
    // (as Incus does offline: signature, issuer, expiry).
    QString issuer;
    std::function<bool(const QByteArray &)> accept;

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
        const QByteArray token = auth.startsWith("Bearer ") ? auth.mid(7) : QByteArray();
        if (!token.isEmpty() && (accept ? accept(token) : m_provider.validAccess.contains(token)))
            return r.path.startsWith("/1.0?") || r.path == "/1.0" ? sync(server(true))
                                                                  : sync(QJsonArray());
        return reply(401, "Unauthorized",
            {{QStringLiteral("type"), QStringLiteral("error")},
                {QStringLiteral("error"),
                    QStringLiteral("Failed to authenticate: the access token is not valid")},
                {QStringLiteral("error_code"), 401}},
            {{"X-Incus-OIDC-issuer", (issuer.isEmpty() ? m_provider.issuer() : issuer).toUtf8()},
                {"X-Incus-OIDC-clientid", "incus-ferry"},
                {"X-Incus-OIDC-audience", "https://incus.example"}});
    }

    ScriptedProvider &m_provider;
    QSslServer m_server;
};

// A self-signed server certificate incus.crt / incus.key in `dir` (openssl); its SHA-256
// fingerprint, empty when openssl failed.
inline QString makeServerCertificate(const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), QStringLiteral("incus.key"), QStringLiteral("-out"),
            QStringLiteral("incus.crt"), QStringLiteral("-days"), QStringLiteral("2"),
            QStringLiteral("-subj"), QStringLiteral("/CN=ferry-oidc-test-incus")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    QFile crt(dir + QStringLiteral("/incus.crt"));
    if (!crt.open(QIODevice::ReadOnly))
        return {};
    return tls::sha256Of(QSslCertificate(crt.readAll()));
}

} // namespace ferry::test
