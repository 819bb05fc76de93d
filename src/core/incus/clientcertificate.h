#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

class QSslCertificate;
class QSslKey;

namespace ferry::incus {

// The TLS client identity Ferry presents to an Incus or LXD server. The certificate is public
// (stored in the database, written to a file for the administrator); the key is secret and
// lives only in memory and in the keychain.
struct ClientCertificate
{
    QByteArray certPem;
    QByteArray keyPem;
    QString sha256; // of the certificate, lowercase hex

    QSslCertificate certificate() const;
    QSslKey key() const;
    QByteArray der() const;
};

// A new EC P-384 key pair and a self-signed client certificate valid for ten years, made by the
// `openssl` program. The key travels only through a pipe: nothing is written to disk.
Result<ClientCertificate> generateClientCertificate(const QString &commonName);

// Checks a certificate and key a person supplied: both PEM, the key unencrypted, and the key
// the certificate's (compared with `openssl pkey -pubout` when openssl is available).
Result<ClientCertificate> loadClientCertificate(
    const QByteArray &certPem, const QByteArray &keyPem);

// The certificate only (public): for targets whose key is in the keychain.
Result<QSslCertificate> parseCertificate(const QByteArray &certPem);
Result<QSslKey> parsePrivateKey(const QByteArray &keyPem);

} // namespace ferry::incus
