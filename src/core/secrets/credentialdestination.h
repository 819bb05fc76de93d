#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace ferry {

class CredentialStore;

// Where a secret is stored on this host (`ferryctl source login`, `target login`): the keychain
// (the desktop's, or an engine host's Secret Service) or an encrypted systemd credential for a
// service (ferry-engine.service) on a host without one. The database never holds a secret, so
// each host that reads a secret stores its own copy.
struct CredentialDestination
{
    enum class Backend { Keychain, SystemdCreds };
    Backend backend = Backend::Keychain;
    // SystemdCreds: where the encrypted file goes; empty: SystemdCredentials::defaultDirectory().
    QString directory;

    // What was stored, and where.
    struct Stored
    {
        Backend backend = Backend::Keychain;
        QString key; // the keychain key, e.g. "source:3:password"
        QString credentialName; // SystemdCreds: e.g. "ferry-source-3-password"
        QString file; // SystemdCreds: the encrypted file
        QString unitLine; // SystemdCreds: "LoadCredentialEncrypted=NAME:FILE"
    };

    // Whether a secret can be stored there at all (the keychain answers and takes writes;
    // systemd-creds is installed), asked before a password is tried or a key is checked.
    Status check(const CredentialStore &store) const;
    Result<Stored> store(
        const CredentialStore &store, const QString &key, const QByteArray &secret) const;

    QString effectiveDirectory() const;
};

} // namespace ferry
