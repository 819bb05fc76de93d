#include "incus/oidc.h"

#include "net/httpclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimer>

namespace ferry::incus {

Q_LOGGING_CATEGORY(lcOidc, "ferry.oidc", QtInfoMsg)

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Oidc)
};

// application/x-www-form-urlencoded, every value percent-encoded.
QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &f : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    return out;
}

const QList<QPair<QByteArray, QByteArray>> kFormHeaders {
    {"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};

bool defaultSleep(int ms, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        if (cancel && cancel->load())
            return false;
        QEventLoop loop;
        QTimer::singleShot(std::min<qint64>(100, ms - timer.elapsed()), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return !(cancel && cancel->load());
}

QString oauthError(const QByteArray &body, QString *description = nullptr)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (description)
        *description = o.value(QStringLiteral("error_description")).toString();
    return o.value(QStringLiteral("error")).toString();
}

} // namespace

std::optional<OidcChallenge> oidcChallenge(const net::HttpResponse &response)
{
    if (response.status != 401)
        return std::nullopt;
    OidcChallenge c;
    c.issuer = QString::fromUtf8(response.header("X-Incus-OIDC-issuer")).trimmed();
    c.clientId = QString::fromUtf8(response.header("X-Incus-OIDC-clientid")).trimmed();
    c.audience = QString::fromUtf8(response.header("X-Incus-OIDC-audience")).trimmed();
    const QString scopes = QString::fromUtf8(response.header("X-Incus-OIDC-scopes")).trimmed();
    c.scopes = scopes.isEmpty()
        ? defaultOidcScopes()
        : scopes.split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts);
    if (!c.isValid())
        return std::nullopt;
    return c;
}

QByteArray bearerHeader(const QByteArray &accessToken)
{
    return "Bearer " + accessToken;
}

QStringList defaultOidcScopes()
{
    return {QStringLiteral("openid"), QStringLiteral("offline_access"), QStringLiteral("email")};
}

bool OidcTokens::expired(const QDateTime &now, int marginSeconds) const
{
    if (accessToken.isEmpty())
        return true;
    return expiresAt.isValid() && now.addSecs(marginSeconds) >= expiresAt;
}

QByteArray OidcTokens::toJson() const
{
    QJsonObject o {{QStringLiteral("issuer"), issuer}, {QStringLiteral("client_id"), clientId},
        {QStringLiteral("audience"), audience},
        {QStringLiteral("access_token"), QString::fromUtf8(accessToken)},
        {QStringLiteral("refresh_token"), QString::fromUtf8(refreshToken)},
        {QStringLiteral("token_type"), tokenType}};
    if (expiresAt.isValid())
        o.insert(QStringLiteral("expires_at"), expiresAt.toUTC().toString(Qt::ISODate));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<OidcTokens> OidcTokens::fromJson(const QByteArray &json)
{
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (!doc.isObject())
        return Error(Error::Code::InvalidInput,
            Text::tr("The stored OIDC tokens are not readable; log in again."), err.errorString());
    const QJsonObject o = doc.object();
    OidcTokens t;
    t.issuer = o.value(QStringLiteral("issuer")).toString();
    t.clientId = o.value(QStringLiteral("client_id")).toString();
    t.audience = o.value(QStringLiteral("audience")).toString();
    t.accessToken = o.value(QStringLiteral("access_token")).toString().toUtf8();
    t.refreshToken = o.value(QStringLiteral("refresh_token")).toString().toUtf8();
    t.tokenType = o.value(QStringLiteral("token_type")).toString();
    const QString at = o.value(QStringLiteral("expires_at")).toString();
    if (!at.isEmpty())
        t.expiresAt = QDateTime::fromString(at, Qt::ISODate);
    return t;
}

OidcClient::OidcClient(net::HttpClient &http, OidcChallenge challenge)
    : m_http(http)
    , m_challenge(std::move(challenge))
    , m_sleep(defaultSleep)
{ }

Status OidcClient::checkProviderUrl(const QUrl &url) const
{
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http") && QHostAddress(url.host()).isLoopback())
        return {};
    return Error(Error::Code::InvalidInput,
        Text::tr("The identity provider must be reached over HTTPS, not %1.")
            .arg(url.toDisplayString()));
}

Result<OidcProvider> OidcClient::discover()
{
    if (m_provider)
        return *m_provider;
    QString base = m_challenge.issuer;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QUrl url(base + QStringLiteral("/.well-known/openid-configuration"));
    if (Status st = checkProviderUrl(url); !st)
        return st.error();
    auto resp = m_http.request("GET", url, {{"Accept", "application/json"}});
    if (!resp)
        return Error(resp.error().code,
            Text::tr("Cannot reach the identity provider %1: %2")
                .arg(m_challenge.issuer, resp.error().message),
            resp.error().details);
    const QJsonObject o = QJsonDocument::fromJson(resp->body).object();
    if (resp->status != 200 || o.isEmpty())
        return Error(Error::Code::Server,
            Text::tr("%1 gave no OpenID discovery document (HTTP %2).")
                .arg(url.toDisplayString())
                .arg(resp->status));
    OidcProvider p;
    p.issuer = o.value(QStringLiteral("issuer")).toString();
    p.deviceAuthorizationEndpoint
        = QUrl(o.value(QStringLiteral("device_authorization_endpoint")).toString());
    p.tokenEndpoint = QUrl(o.value(QStringLiteral("token_endpoint")).toString());
    if (p.tokenEndpoint.isEmpty())
        return Error(Error::Code::Server,
            Text::tr("The identity provider %1 names no token endpoint.").arg(m_challenge.issuer));
    if (Status st = checkProviderUrl(p.tokenEndpoint); !st)
        return st.error();
    m_provider = p;
    return p;
}

Result<DeviceAuthorization> OidcClient::startDeviceFlow()
{
    auto provider = discover();
    if (!provider)
        return provider.error();
    if (provider->deviceAuthorizationEndpoint.isEmpty())
        return Error(Error::Code::Unsupported,
            Text::tr("The identity provider %1 does not offer the device authorization grant "
                     "that Incus clients log in with; ask its administrator to enable it for "
                     "client %2.")
                .arg(m_challenge.issuer, m_challenge.clientId));
    if (Status st = checkProviderUrl(provider->deviceAuthorizationEndpoint); !st)
        return st.error();
    QList<QPair<QString, QString>> fields {{QStringLiteral("client_id"), m_challenge.clientId},
        {QStringLiteral("scope"), m_challenge.scopes.join(QLatin1Char(' '))}};
    if (!m_challenge.audience.isEmpty())
        fields.append({QStringLiteral("audience"), m_challenge.audience});
    auto resp
        = m_http.request("POST", provider->deviceAuthorizationEndpoint, kFormHeaders, form(fields));
    if (!resp)
        return resp.error();
    const QJsonObject o = QJsonDocument::fromJson(resp->body).object();
    if (resp->status != 200) {
        QString description;
        const QString error = oauthError(resp->body, &description);
        return Error(Error::Code::Authentication,
            Text::tr("The identity provider refused to start a login for client %1: %2")
                .arg(m_challenge.clientId, error.isEmpty() ? QString::number(resp->status) : error),
            description);
    }
    DeviceAuthorization a;
    a.deviceCode = o.value(QStringLiteral("device_code")).toString().toUtf8();
    a.userCode = o.value(QStringLiteral("user_code")).toString();
    a.verificationUri = QUrl(o.value(QStringLiteral("verification_uri")).toString());
    a.verificationUriComplete
        = QUrl(o.value(QStringLiteral("verification_uri_complete")).toString());
    a.expiresInSeconds = o.value(QStringLiteral("expires_in")).toInt(600);
    a.intervalSeconds = std::max(1, o.value(QStringLiteral("interval")).toInt(5));
    if (a.deviceCode.isEmpty() || a.userCode.isEmpty() || a.verificationUri.isEmpty())
        return Error(Error::Code::Server,
            Text::tr("The identity provider's device authorization answer lacks the device "
                     "code, the user code or the verification address."));
    qCInfo(lcOidc) << "device flow started at" << a.verificationUri.toDisplayString() << "interval"
                   << a.intervalSeconds << "expires in" << a.expiresInSeconds;
    return a;
}

Result<OidcTokens> OidcClient::tokensFrom(const QByteArray &body, const QByteArray &previousRefresh)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    OidcTokens t;
    t.issuer = m_challenge.issuer;
    t.clientId = m_challenge.clientId;
    t.audience = m_challenge.audience;
    t.accessToken = o.value(QStringLiteral("access_token")).toString().toUtf8();
    t.refreshToken = o.value(QStringLiteral("refresh_token")).toString().toUtf8();
    if (t.refreshToken.isEmpty())
        t.refreshToken = previousRefresh;
    t.tokenType = o.value(QStringLiteral("token_type")).toString();
    const int expiresIn = o.value(QStringLiteral("expires_in")).toInt(0);
    if (expiresIn > 0)
        t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    if (t.accessToken.isEmpty())
        return Error(Error::Code::Server, Text::tr("The identity provider sent no access token."));
    return t;
}

Result<OidcTokens> OidcClient::waitForTokens(
    const DeviceAuthorization &authorization, const std::atomic_bool *cancel)
{
    auto provider = discover();
    if (!provider)
        return provider.error();
    const QByteArray body
        = form({{QStringLiteral("grant_type"),
                    QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
            {QStringLiteral("device_code"), QString::fromUtf8(authorization.deviceCode)},
            {QStringLiteral("client_id"), m_challenge.clientId}});
    int intervalMs = authorization.intervalSeconds * 1000;
    qint64 remainingMs = qint64(authorization.expiresInSeconds) * 1000;
    const auto expired = [] {
        return Error(Error::Code::Timeout,
            Text::tr("The login code expired before it was approved; start the login again."));
    };
    for (;;) {
        if (remainingMs <= 0)
            return expired();
        m_slept.append(intervalMs);
        if (!m_sleep(intervalMs, cancel))
            return Error(Error::Code::Canceled, Text::tr("The login was canceled."));
        remainingMs -= intervalMs;
        auto resp = m_http.request("POST", provider->tokenEndpoint, kFormHeaders, body);
        if (!resp)
            return resp.error();
        if (resp->status == 200)
            return tokensFrom(resp->body, {});
        QString description;
        const QString error = oauthError(resp->body, &description);
        if (error == QLatin1String("authorization_pending"))
            continue;
        if (error == QLatin1String("slow_down")) {
            intervalMs += 5000;
            continue;
        }
        if (error == QLatin1String("expired_token"))
            return expired();
        if (error == QLatin1String("access_denied"))
            return Error(Error::Code::Authentication,
                Text::tr("The login was denied at the identity provider."), description);
        return Error(Error::Code::Authentication,
            Text::tr("The identity provider refused the login: %1")
                .arg(error.isEmpty() ? QStringLiteral("HTTP %1").arg(resp->status) : error),
            description);
    }
}

Result<OidcTokens> OidcClient::refresh(const OidcTokens &tokens)
{
    if (tokens.refreshToken.isEmpty())
        return Error(
            Error::Code::Authentication, Text::tr("The identity provider gave no refresh token."));
    auto provider = discover();
    if (!provider)
        return provider.error();
    auto resp = m_http.request("POST", provider->tokenEndpoint, kFormHeaders,
        form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
            {QStringLiteral("refresh_token"), QString::fromUtf8(tokens.refreshToken)},
            {QStringLiteral("client_id"), m_challenge.clientId}}));
    if (!resp)
        return resp.error();
    if (resp->status != 200) {
        QString description;
        const QString error = oauthError(resp->body, &description);
        return Error(Error::Code::Authentication,
            Text::tr("The identity provider refused the refresh token: %1")
                .arg(error.isEmpty() ? QStringLiteral("HTTP %1").arg(resp->status) : error),
            description);
    }
    qCInfo(lcOidc) << "access token refreshed at" << m_challenge.issuer;
    return tokensFrom(resp->body, tokens.refreshToken);
}

} // namespace ferry::incus
