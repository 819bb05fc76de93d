#include "credentials.h"

#include "secrets/systemdcredentials.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace ferry::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferryctl)
};

} // namespace

QList<QCommandLineOption> credentialOptions()
{
    return {QCommandLineOption(QStringList {QStringLiteral("keychain")},
                Text::tr("Store it in this host's keychain (the default)")),
        QCommandLineOption(QStringList {QStringLiteral("systemd-creds")},
            Text::tr("Encrypt it with systemd-creds into DIR (default %1) for "
                     "LoadCredentialEncrypted= of a service such as ferry-engine.service")
                .arg(SystemdCredentials::defaultDirectory()))};
}

Result<CredentialDestination> credentialDestination(
    const QCommandLineParser &p, const QStringList &args)
{
    const bool keychain = p.isSet(QStringLiteral("keychain"));
    const bool systemd = p.isSet(QStringLiteral("systemd-creds"));
    if (keychain && systemd)
        return Error(Error::Code::InvalidInput,
            Text::tr("Use either --keychain or --systemd-creds, not both."));
    CredentialDestination d;
    if (args.size() > 1) {
        if (!systemd)
            return Error(Error::Code::InvalidInput,
                Text::tr("A directory (\"%1\") goes only with --systemd-creds.").arg(args.at(1)));
        if (args.at(1).trimmed().isEmpty())
            return Error(Error::Code::InvalidInput, Text::tr("The directory is empty."));
        d.directory = args.at(1);
    }
    if (systemd)
        d.backend = CredentialDestination::Backend::SystemdCreds;
    return d;
}

void reportStored(Context &ctx, const QString &name, const QString &what,
    const CredentialDestination::Stored &stored)
{
    const bool systemd = stored.backend == CredentialDestination::Backend::SystemdCreds;
    if (ctx.format() != Format::Table) {
        QJsonObject o {{QStringLiteral("name"), name},
            {QStringLiteral("backend"),
                systemd ? QStringLiteral("systemd-creds") : QStringLiteral("keychain")},
            {QStringLiteral("key"), stored.key}};
        if (systemd) {
            o.insert(QStringLiteral("credential"), stored.credentialName);
            o.insert(QStringLiteral("file"), stored.file);
            o.insert(QStringLiteral("unit_line"), stored.unitLine);
        }
        ctx.out() << renderObject(o, ctx.format());
        return;
    }
    if (!systemd) {
        ctx.out() << Text::tr("Stored %1 in this host's keychain (key %2).").arg(what, stored.key)
                  << Qt::endl;
        return;
    }
    ctx.out() << Text::tr("Encrypted %1 into %2.").arg(what, stored.file) << Qt::endl;
    ctx.out() << Text::tr("Add this line to the [Service] section of ferry-engine.service (for "
                          "example with: systemctl edit ferry-engine), then restart the service:")
              << Qt::endl;
    ctx.out() << QStringLiteral("    ") << stored.unitLine << Qt::endl;
}

} // namespace ferry::cli
