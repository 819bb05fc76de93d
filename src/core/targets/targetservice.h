#pragma once

#include "model/target.h"
#include "secrets/credentialdestination.h"
#include "targets/oidctokens.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace ferry {

class Database;
class CredentialStore;

// How Ferry authenticates to a target, when adding it or changing its authentication.
struct TargetAuth
{
    enum class Method {
        Keep, // update only: the client certificate stays (a token may still be redeemed for it)
        ClientCertificate, // certPem + keyPem a person supplied
        GenerateCertificate, // a new key pair made by Ferry
        Oidc, // the server's identity provider: the device flow, tokens in the keychain
    };
    Method method = Method::Keep;
    QByteArray certPem;
    QByteArray keyPem; // secret: kept in memory, then only in the keychain
    // A trust token redeemed once for the client certificate (POST /1.0/certificates); its
    // server fingerprint is pinned. Never stored.
    QString trustToken;
    // Oidc: shows the verification address and user code while the service waits for the
    // person's approval (the terminal prints them, the wizard shows a page).
    oidc::ShowDeviceCode showDeviceCode;
};

// Registering, checking and reading Incus and LXD targets. Used by ferryctl and the GUI alike;
// every call blocks its thread (the GUI calls it from a worker). Connectivity statuses are the
// sources' (model/source.h `connectivity::`): OK, Cannot connect, TLS error, Confirm TLS
// fingerprint, Authentication error (the server does not trust Ferry's client certificate).
class TargetService final
{
public:
    // dataDir: where the public client certificates are written for the administrator to copy
    // (<dataDir>/client-certificates/<name>.crt).
    TargetService(
        std::shared_ptr<Database> db, std::shared_ptr<CredentialStore> secrets, QString dataDir);

    // "incus01" -> "https://incus01:8443"; "10.0.0.3:9443", "https://h/1.0" -> "https://h:8443"
    static Result<QString> normalizeEndpoint(const QString &input);

    // Validates, redeems the trust token if one is given (refusing a server whose certificate
    // is not the token's), stores the target and its client key (keychain), then checks
    // connectivity and reads the inventory when the status is OK. Nothing is stored when the
    // token is refused.
    Result<Target> add(
        Target target, const TargetAuth &auth, const std::atomic_bool *cancel = nullptr);
    // "Check again": status, server facts and, when OK, the inventory.
    Result<Target> refresh(const QString &name, const std::atomic_bool *cancel = nullptr);
    // Pins the fingerprint a person confirmed and checks again.
    Result<Target> trustFingerprint(const QString &name, const QString &fingerprint);
    // `changed` carries the new name, endpoint, limits, timeout and pinned fingerprint; the pin
    // survives an endpoint change (cluster members share a certificate; another server is
    // then refused with both fingerprints until a person pins the new one).
    Result<Target> update(const Target &changed, const TargetAuth &auth = {},
        const std::atomic_bool *cancel = nullptr);
    Status remove(const QString &name);

    // Stores the client key of a registered target on this host (`ferryctl target login`): the
    // key must be the one of the client certificate the database records, and the server must
    // accept it (a connection over the pinned certificate that the server trusts) before it is
    // written to `destination`. Nothing in the database changes; a key that does not match, or
    // that the server does not trust, stores nothing.
    Result<CredentialDestination::Stored> login(const QString &name, const QByteArray &keyPem,
        const CredentialDestination &destination, const std::atomic_bool *cancel = nullptr);

    // Logs in to a target that authenticates by OIDC (`ferryctl target login NAME`, the wizard):
    // asks the server for its identity provider, runs the device flow (`show` gets the address
    // and the code), stores the tokens in this host's keychain and checks the target again.
    Result<Target> loginOidc(const QString &name, const oidc::ShowDeviceCode &show,
        const std::atomic_bool *cancel = nullptr);
    // Tests: how the device flow waits between polls (default: real time).
    void setOidcSleep(incus::OidcClient::Sleep sleep) { m_oidcSleep = std::move(sleep); }

    // The client key of a registered target from this host's keychain (or its systemd
    // credentials), for `ferryctl target export-key`: how a key Ferry generated on a desktop
    // reaches an engine host's `target login`. NotFound, saying where to look, when this host
    // has none; the key is checked against the certificate the database records.
    Result<QByteArray> clientKey(const QString &name) const;

    // Writes the target's public client certificate to a file the administrator can copy to
    // the server, and returns its path.
    Result<QString> exportClientCertificate(const Target &target) const;
    QString clientCertificateFile(const Target &target) const;
    // The command that trusts that file on the server: "lxc config trust add FILE" (LXD) or
    // "incus config trust add-certificate FILE" (Incus); both when the type is unknown.
    static QStringList trustCommands(const Target &target, const QString &file);
    // Required API extensions the server lacks, by name.
    static QStringList missingApiExtensions(const Target &target);

private:
    struct Session;
    // One connectivity check, recorded on the target (not saved).
    void connect(Target &t, Session &session) const;
    Result<Target> checkAndSave(Target t, const std::atomic_bool *cancel);
    Result<Target> addOidc(Target t, const TargetAuth &auth, const std::atomic_bool *cancel);
    // The server's OIDC challenge over the target's server trust.
    Result<incus::OidcChallenge> oidcChallenge(
        const Target &t, const std::atomic_bool *cancel) const;

    std::shared_ptr<Database> m_db;
    std::shared_ptr<CredentialStore> m_secrets;
    QString m_dataDir;
    incus::OidcClient::Sleep m_oidcSleep;
};

} // namespace ferry
