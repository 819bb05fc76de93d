#pragma once

// What `source login` and `target login` share: choosing where this host keeps a secret
// (--keychain, --systemd-creds [DIR]), storing it with the command's service and saying where it
// went.
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

// The secret a login stores: the name of the source or target it belongs to, how the report names
// it ("the password of source ..."), and the secret itself.
struct LoginSecret
{
    QString name;
    QString what;
    QByteArray secret;
};

// `source login` and `target login`: the destination the options name (checked first), the
// command's service, the secret `read` gets (a prompt, standard input or a file), then the
// service's login() stores it and reportStored() says where it went.
template<typename Service>
int storeLogin(Context &ctx, const QCommandLineParser &p, const QStringList &args,
    Result<Service> (*service)(Context &), const std::function<Result<LoginSecret>()> &read)
{
    auto destination = credentialDestination(p, args);
    if (!destination)
        return ctx.fail(destination.error());
    auto svc = service(ctx);
    if (!svc)
        return ctx.fail(svc.error());
    auto secret = read();
    if (!secret)
        return ctx.fail(secret.error());
    auto stored = svc->login(secret->name, secret->secret, *destination);
    if (!stored)
        return ctx.fail(stored.error());
    reportStored(ctx, secret->name, secret->what, *stored);
    return ExitOk;
}

} // namespace ferry::cli
