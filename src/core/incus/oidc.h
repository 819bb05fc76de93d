#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>
#include <optional>

namespace ferry::net {
class HttpClient;
struct HttpResponse;
} // namespace ferry::net

namespace ferry::incus {

// OpenID Connect for Incus targets whose administrators use an identity provider (issue 14,
// item 13). The protocol follows upstream Incus as read in lxc/incus:
// - internal/server/auth/oidc/oidc.go (commit 1d6cdf5c1fe7): a request whose Authorization
//   header does not carry a valid access token ("Authorization: Bearer <token>") is answered
//   401 with the headers X-Incus-OIDC-issuer, X-Incus-OIDC-clientid and X-Incus-OIDC-audience;
//   the server verifies the access token offline (issuer, signature, expiry, audience).
// - client/incus_oidc.go (commit 187c55aeaaea): the client sends "Authorization: Bearer
//   <access token>" (an empty token before the first login), and on such a 401 refreshes with
//   its refresh token or runs the OAuth 2.0 Device Authorization Grant (RFC 8628) with the
//   scopes "openid offline_access email", adding `audience` to the device authorization
//   request when the server names one.
// Ferry does the same with its own code; the tokens live in the keychain (targets/oidctokens).

// What the server's 401 says about its identity provider.
struct OidcChallenge
{
    QString issuer;
    QString clientId;
    QString audience; // may be empty
    QStringList scopes; // X-Incus-OIDC-scopes when a server sends it; else the upstream set

    bool isValid() const { return !issuer.isEmpty() && !clientId.isEmpty(); }
};

// The challenge in a response: a 401 with X-Incus-OIDC-issuer and -clientid; nullopt otherwise.
std::optional<OidcChallenge> oidcChallenge(const net::HttpResponse &response);
// The header that asks for OIDC: "Bearer <token>", "Bearer " with no token yet (as upstream).
QByteArray bearerHeader(const QByteArray &accessToken);
// The scopes the upstream client asks for.
QStringList defaultOidcScopes();

// The tokens of one target, as stored in the keychain (a JSON object; never in the database).
struct OidcTokens
{
    QString issuer;
    QString clientId;
    QString audience;
    QByteArray accessToken;
    QByteArray refreshToken;
    QString tokenType;
    QDateTime expiresAt; // UTC; invalid when the provider did not say

    // Expired, or expiring within `marginSeconds`.
    bool expired(const QDateTime &now, int marginSeconds = 30) const;
    QByteArray toJson() const;
    static Result<OidcTokens> fromJson(const QByteArray &json);
};

// What the provider's discovery document (/.well-known/openid-configuration) gives us.
struct OidcProvider
{
    QString issuer;
    QUrl deviceAuthorizationEndpoint;
    QUrl tokenEndpoint;
};

// The answer of the device authorization endpoint (RFC 8628 section 3.2).
struct DeviceAuthorization
{
    QByteArray deviceCode;
    QString userCode;
    QUrl verificationUri;
    QUrl verificationUriComplete; // may be empty
    int expiresInSeconds = 600;
    int intervalSeconds = 5;

    // The page to open: the complete URI when given (it carries the code), else the plain one.
    QUrl urlToOpen() const
    {
        return verificationUriComplete.isEmpty() ? verificationUri : verificationUriComplete;
    }
};

// The OAuth 2.0 side of OIDC for a public client: discovery, the device flow, refresh. Talks to
// the provider over its own HttpClient (system trust: a provider's certificate is verified by
// the system's certificate authorities; plain http only on a loopback address, for tests).
class OidcClient final
{
public:
    // Sleeps between polls; returns false when canceled. Tests replace it.
    using Sleep = std::function<bool(int ms, const std::atomic_bool *cancel)>;

    OidcClient(net::HttpClient &http, OidcChallenge challenge);

    void setSleep(Sleep sleep) { m_sleep = std::move(sleep); }

    Result<OidcProvider> discover();
    // POST to the device authorization endpoint: client_id, scope, audience.
    Result<DeviceAuthorization> startDeviceFlow();
    // Polls the token endpoint at the given interval until the person approves (the tokens),
    // denies (access_denied), the code expires (expired_token or its lifetime passed) or
    // `cancel` is set. authorization_pending waits again; slow_down adds 5 seconds to the
    // interval (RFC 8628 section 3.5).
    Result<OidcTokens> waitForTokens(
        const DeviceAuthorization &authorization, const std::atomic_bool *cancel = nullptr);
    // grant_type=refresh_token. A refresh token the provider does not renew stays.
    Result<OidcTokens> refresh(const OidcTokens &tokens);

    // The intervals slept while polling, in ms (for tests and logs).
    const QList<int> &sleptMs() const { return m_slept; }

private:
    Result<OidcTokens> tokensFrom(const QByteArray &body, const QByteArray &previousRefresh);
    Status checkProviderUrl(const QUrl &url) const;

    net::HttpClient &m_http;
    OidcChallenge m_challenge;
    std::optional<OidcProvider> m_provider;
    Sleep m_sleep;
    QList<int> m_slept;
};

} // namespace ferry::incus
