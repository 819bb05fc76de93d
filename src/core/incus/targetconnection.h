#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ferry {
struct Target;
} // namespace ferry

namespace ferry::net {
class HttpClient;
} // namespace ferry::net

namespace ferry::incus {

// How to reach one Incus or LXD server as a client, in one of its projects: where it is, the
// certificate it must present, ours, and what it is. One value serves the REST client, the
// instance import and the volume import.
struct TargetConnection
{
    QUrl endpoint; // https://host:8443
    QString pinnedSha256; // the server's trusted certificate; empty: system trust
    // Verified by certificate authority (a target whose certificate renews, ACME's): no pin; the
    // system's CAs and these decide, for the endpoint's host name.
    bool verifyByCa = false;
    QList<QSslCertificate> caCertificates;
    QSslCertificate clientCertificate;
    QSslKey clientKey;
    // Instead of a client certificate, for a target that authenticates by OIDC: the
    // Authorization header of every request ("Bearer <access token>", incus/oidc.h).
    QByteArray authorization;
    QString serverType; // incus | lxd (empty: unknown)
    QStringList apiExtensions;
    QString project = QStringLiteral("default");
    qint64 operationTimeoutMs = 300000; // how long one wait for an operation may take

    // The server trust a target record asks for: its pinned fingerprint, or verification by
    // certificate authority with its extra CAs (Target::tlsVerify "ca").
    void setServerTrust(const Target &target);
    // The trust alone, on a client (the pin, or the CAs).
    void applyTrust(net::HttpClient &http) const;
    // "X-Incus-" or "X-LXD-".
    QByteArray headerPrefix() const;
    // Pins the server, presents our certificate, and gives requests a limit that outlasts an
    // operation wait.
    void configure(net::HttpClient &http) const;
};

} // namespace ferry::incus
