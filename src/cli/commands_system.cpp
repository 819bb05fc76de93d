#include "cli.h"

#include "secrets/credentialstore.h"
#include "store/database.h"
#include "util/logging.h"
#include "util/paths.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace ferry::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("ferryctl", s);
}

int systemInfo(Context &ctx, const QCommandLineParser &, const QStringList &)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    const Status keychain = CredentialStore().probe();
    QJsonObject o {
        {QStringLiteral("version"), QStringLiteral(FERRY_VERSION_STRING)},
        {QStringLiteral("data_dir"), ctx.dataDir()},
        {QStringLiteral("database"), (*db)->filePath()},
        {QStringLiteral("schema_version"), (*db)->schemaVersion()},
        {QStringLiteral("log_file"), currentLogFile()},
        {QStringLiteral("keychain"),
            keychain ? QStringLiteral("available") : keychain.error().toString()},
    };
    ctx.out() << renderObject(o, ctx.format());
    return ExitOk;
}

int keychainCheck(Context &ctx, const QCommandLineParser &, const QStringList &)
{
    const Status st = CredentialStore().probe();
    if (!st)
        return ctx.fail(st.error());
    ctx.out() << tr("The system keychain is available.") << Qt::endl;
    return ExitOk;
}

} // namespace

QList<Command> systemCommands()
{
    QList<Command> list;
    list << Command {QStringLiteral("system"), QStringLiteral("info"),
        tr("Show the data directory, database, schema version and keychain status"), {}, 0, 0, {},
        {QStringLiteral("ferryctl system info"),
            QStringLiteral("ferryctl --data-dir /tmp/ferry system info --format json")},
        systemInfo};
    list << Command {QStringLiteral("system"), QStringLiteral("keychain"),
        tr("Check that the system keychain can be reached"), {}, 0, 0, {},
        {QStringLiteral("ferryctl system keychain")}, keychainCheck};
    return list;
}

} // namespace ferry::cli
