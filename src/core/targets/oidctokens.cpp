#include "targets/oidctokens.h"

#include "net/httpclient.h"
#include "secrets/credentialstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace ferry::oidc {

Q_LOGGING_CATEGORY(lcTargetOidc, "ferry.targets.oidc", QtInfoMsg)

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TargetService)
};

} // namespace

Result<incus::OidcTokens> readTokens(const CredentialStore &secrets, const Target &target)
{
    auto blob = secrets.read(CredentialStore::targetTokenKey(target.id));
    if (!blob) {
        if (blob.error().code == Error::Code::NotFound)
            return Error(Error::Code::Authentication,
                Text::tr("This host has no OIDC login for target %1; log in: ferryctl target "
                         "login %1")
                    .arg(target.name));
        return blob.error();
    }
    return incus::OidcTokens::fromJson(*blob);
}

Status storeTokens(
    const CredentialStore &secrets, const Target &target, const incus::OidcTokens &tokens)
{
    return secrets.write(CredentialStore::targetTokenKey(target.id), tokens.toJson());
}

Error loginAgain(const Target &target, const Error &cause)
{
    return Error(Error::Code::Authentication,
        Text::tr("The OIDC login of target %1 has expired and could not be renewed; log in "
                 "again: ferryctl target login %1")
            .arg(target.name),
        cause.toString());
}

Result<QByteArray> accessToken(const CredentialStore &secrets, const Target &target,
    bool forceRefresh, const std::atomic_bool *cancel)
{
    auto tokens = readTokens(secrets, target);
    if (!tokens)
        return tokens.error();
    if (!forceRefresh && !tokens->expired(QDateTime::currentDateTimeUtc()))
        return tokens->accessToken;
    incus::OidcChallenge challenge;
    challenge.issuer = tokens->issuer;
    challenge.clientId = tokens->clientId;
    challenge.audience = tokens->audience;
    challenge.scopes = incus::defaultOidcScopes();
    net::HttpClient http;
    http.setCancelFlag(cancel);
    incus::OidcClient client(http, challenge);
    auto renewed = client.refresh(*tokens);
    if (!renewed) {
        if (renewed.error().code == Error::Code::Canceled)
            return renewed.error();
        qCInfo(lcTargetOidc) << "target" << target.name
                             << "refresh failed:" << renewed.error().toString();
        return loginAgain(target, renewed.error());
    }
    if (Status st = storeTokens(secrets, target, *renewed); !st)
        return st.error();
    return renewed->accessToken;
}

Result<incus::OidcChallenge> probe(net::HttpClient &http, const QUrl &endpoint)
{
    QUrl url = endpoint;
    url.setPath(QStringLiteral("/1.0"));
    auto resp = http.request("GET", url, {{"Authorization", incus::bearerHeader({})}});
    if (!resp)
        return resp.error();
    if (auto challenge = incus::oidcChallenge(*resp))
        return *challenge;
    return Error(Error::Code::Unsupported,
        Text::tr("%1 does not authenticate by OIDC (it sent no X-Incus-OIDC headers; HTTP %2). "
                 "Configure oidc.issuer and oidc.client.id on the server, or use a trust token "
                 "or a client certificate.")
            .arg(endpoint.toDisplayString())
            .arg(resp->status));
}

Result<incus::OidcTokens> deviceLogin(const incus::OidcChallenge &challenge,
    const ShowDeviceCode &show, const std::atomic_bool *cancel,
    const incus::OidcClient::Sleep &sleep)
{
    net::HttpClient http;
    http.setCancelFlag(cancel);
    incus::OidcClient client(http, challenge);
    if (sleep)
        client.setSleep(sleep);
    auto authorization = client.startDeviceFlow();
    if (!authorization)
        return authorization.error();
    if (show)
        show(*authorization);
    return client.waitForTokens(*authorization, cancel);
}

} // namespace ferry::oidc
