#pragma once

#include "incus/oidc.h"
#include "model/target.h"
#include "util/result.h"

#include <QByteArray>
#include <QUrl>

#include <atomic>
#include <functional>

namespace ferry {

class CredentialStore;

namespace net {
class HttpClient;
} // namespace net

// The OIDC tokens of a target (authType "oidc") in the keychain, under
// CredentialStore::targetTokenKey(id), as one JSON object (incus::OidcTokens); never in the
// database. Used by the target service, ferryctl and the engine alike.
namespace oidc {

Result<incus::OidcTokens> readTokens(const CredentialStore &secrets, const Target &target);
Status storeTokens(
    const CredentialStore &secrets, const Target &target, const incus::OidcTokens &tokens);

// The error every failed refresh ends in: the person must log in again.
Error loginAgain(const Target &target, const Error &cause);

// An access token to send: the stored one while it is valid; a refreshed one (stored back) when
// it has expired or `forceRefresh` (the server answered 401). A refresh that fails gives
// loginAgain(). `sleep` only matters to tests (none is needed for a refresh).
Result<QByteArray> accessToken(const CredentialStore &secrets, const Target &target,
    bool forceRefresh, const std::atomic_bool *cancel = nullptr);

// Asks the server whether it authenticates by OIDC: GET /1.0 with an empty bearer token, as the
// upstream client sends before its first login. The challenge of its 401; Unsupported when the
// server does not answer with one (OIDC is not configured there). `http` carries the server
// trust.
Result<incus::OidcChallenge> probe(net::HttpClient &http, const QUrl &endpoint);

// The device flow: starts it, hands the verification address and user code to `show` (the
// terminal prints them, the wizard shows them), and waits for the person's approval.
using ShowDeviceCode = std::function<void(const incus::DeviceAuthorization &)>;
Result<incus::OidcTokens> deviceLogin(const incus::OidcChallenge &challenge,
    const ShowDeviceCode &show, const std::atomic_bool *cancel = nullptr,
    const incus::OidcClient::Sleep &sleep = {});

} // namespace oidc
} // namespace ferry
