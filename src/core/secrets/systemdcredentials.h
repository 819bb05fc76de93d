#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ferry {

// Encrypted systemd credentials for engine hosts without a keychain: `systemd-creds encrypt`
// seals a secret with the host's key (and its TPM2 when there is one) into a file that systemd
// decrypts for one service (LoadCredentialEncrypted=) into its $CREDENTIALS_DIRECTORY, where
// CredentialStore::read() finds it. The secret goes to systemd-creds on its standard input, never
// on a command line.
class SystemdCredentials final
{
public:
    // /etc/credstore.encrypted: where systemd looks for encrypted credentials by default.
    static QString defaultDirectory();
    // systemd-creds on PATH, or an error saying that it is missing.
    static Result<QString> program();
    // {"encrypt", "--name=NAME", "-", FILE}: the secret comes from standard input.
    static QStringList encryptArguments(const QString &name, const QString &file);
    // "LoadCredentialEncrypted=NAME:FILE", the line a unit's [Service] section needs.
    static QString unitLine(const QString &name, const QString &file);
    // DIRECTORY/NAME.cred.
    static QString fileFor(const QString &directory, const QString &name);

    // Encrypts `secret` as credential `name` into `file` (its directory is made, mode 0700, when
    // missing; the file ends up mode 0600). Errors carry systemd-creds' own message, which never
    // contains the secret.
    static Status encrypt(const QString &name, const QByteArray &secret, const QString &file);
};

} // namespace ferry
