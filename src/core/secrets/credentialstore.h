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

    static QString sourcePasswordKey(qint64 sourceId);
    static QString targetClientKeyKey(qint64 targetId);
    static QString targetTokenKey(qint64 targetId);

    QString service() const { return m_service; }

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace ferry
