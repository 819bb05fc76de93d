#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace ferry {

// Secrets (VMware passwords, target client keys, tokens) live only in the OS keychain, under one
// service name, with keys like "source:<id>:password". The database stores the key, never the
// secret. There is no insecure fallback: without a usable keychain every call fails with
// Error::Code::KeychainUnavailable and a message that names the cause.
// Calls block the calling thread (with a local event loop) until the keychain answers or the
// timeout passes, so they work the same from the GUI, the CLI and worker threads.
//
// On a server there is no keychain: systemd hands a service its credentials (LoadCredential=,
// LoadCredentialEncrypted=) as read-only files in $CREDENTIALS_DIRECTORY. When that variable is
// set, read() first looks there for the file credentialName(key) and returns its content as it
// is; without that file it asks the keychain. write() is refused there, and so is remove() of a
// key whose file is there: the directory is systemd's, read-only by design (docs/scale.md).
class CredentialStore final
{
public:
    explicit CredentialStore(QString service = QStringLiteral("ferry"), int timeoutMs = 30000);

    Status write(const QString &key, const QByteArray &secret) const;
    Result<QByteArray> read(const QString &key) const;
    // Removing a key that does not exist succeeds.
    Status remove(const QString &key) const;

    // A harmless read of a key that does not exist: tells whether a keychain answers at all.
    Status probe() const;

    // The systemd credential (and file) name that stands for `key`: the service, a hyphen, and
    // the key with every ':' as '-' and any character but A-Z, a-z, 0-9, '.', '_' and '-' as
    // '_'. "source:3:password" -> "ferry-source-3-password",
    // "target:5:client-key" -> "ferry-target-5-client-key".
    static QString credentialName(const QString &service, const QString &key);
    QString credentialName(const QString &key) const { return credentialName(m_service, key); }
    // $CREDENTIALS_DIRECTORY, or empty when systemd passes no credentials to this process.
    static QString credentialsDirectory();

    static QString sourcePasswordKey(qint64 sourceId);
    static QString targetClientKeyKey(qint64 targetId);
    static QString targetTokenKey(qint64 targetId);

    QString service() const { return m_service; }

private:
    Result<QByteArray> readKeychain(const QString &key) const;

    QString m_service;
    int m_timeoutMs;
};

} // namespace ferry
