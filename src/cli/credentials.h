#pragma once

// What `source login` and `target login` share: choosing where this host keeps a secret
// (--keychain, --systemd-creds [DIR]) and saying where it went.
#include "cli.h"
#include "secrets/credentialdestination.h"

namespace ferry::cli {

// --keychain and --systemd-creds.
QList<QCommandLineOption> credentialOptions();
// The destination the options name; args[1], when given, is the directory for --systemd-creds.
Result<CredentialDestination> credentialDestination(
    const QCommandLineParser &p, const QStringList &args);
// "Stored <what> in this host's keychain ..." or the encrypted file and its unit line; JSON/YAML
// for scripts (name, backend, key, credential, file, unit_line).
void reportStored(Context &ctx, const QString &name, const QString &what,
    const CredentialDestination::Stored &stored);

} // namespace ferry::cli
