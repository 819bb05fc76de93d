#include "cli.h"

#include "appsettings/appsettings.h"
#include "appsettings/databasechoice.h"
#include "diagnostics/diagnostics.h"
#include "secrets/credentialstore.h"
#include "store/database.h"
#include "store/databasecopy.h"
#include "store/databaseurl.h"
#include "util/logging.h"
#include "util/paths.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace ferry::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferryctl)
};

int systemInfo(Context &ctx, const QCommandLineParser &, const QStringList &)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    const Status keychain = CredentialStore().probe();
    QJsonObject o {
        {QStringLiteral("version"), QStringLiteral(FERRY_VERSION_STRING)},
        {QStringLiteral("data_dir"), ctx.dataDir()},
        {QStringLiteral("database"), (*db)->location()},
        {QStringLiteral("schema_version"), (*db)->schemaVersion()},
        {QStringLiteral("log_file"), currentLogFile()},
        {QStringLiteral("keychain"),
            keychain ? QStringLiteral("available") : keychain.error().toString()},
    };
    // A systemd service's credentials, read before the keychain (docs/scale.md).
    if (const QString dir = CredentialStore::credentialsDirectory(); !dir.isEmpty())
        o.insert(QStringLiteral("credentials_directory"), dir);
    ctx.out() << renderObject(o, ctx.format());
    return ExitOk;
}

int keychainCheck(Context &ctx, const QCommandLineParser &, const QStringList &)
{
    const Status st = CredentialStore().probe();
    if (!st)
        return ctx.fail(st.error());
    ctx.out() << Text::tr("The system keychain is available.") << Qt::endl;
    return ExitOk;
}

int diagnostics(Context &ctx, const QCommandLineParser &, const QStringList &args)
{
    DiagnosticsOptions options;
    options.dataDirectory = ctx.dataDir();
    options.application = QStringLiteral("ferryctl");
    if (const auto url = ctx.databaseUrl(); url && url->isPostgreSQL())
        options.sharedDatabase = url->toString();
    auto report = exportDiagnostics(options, args.value(0));
    if (!report)
        return ctx.fail(report.error());
    if (ctx.format() == Format::Table) {
        ctx.out() << Text::tr("Diagnostics written to %1 (%2 values redacted).")
                         .arg(QDir::toNativeSeparators(report->file))
                         .arg(report->redactions)
                  << Qt::endl;
        return ExitOk;
    }
    QJsonObject o {{QStringLiteral("file"), report->file},
        {QStringLiteral("entries"), QJsonArray::fromStringList(report->entries)},
        {QStringLiteral("redactions"), report->redactions}};
    ctx.out() << renderObject(o, ctx.format());
    return ExitOk;
}

QJsonObject settingsObject(const AppSettings &s)
{
    return {{QStringLiteral("defaults.source_import_limit"), s.sourceImportLimit},
        {QStringLiteral("engine.threads"), s.engineThreads},
        {QStringLiteral("engine.retries"), s.engineRetries},
        {QStringLiteral("log.level"), AppSettings::logLevelName(s.logLevel)}};
}

int settingsCommand(Context &ctx, const QCommandLineParser &, const QStringList &args)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto settings = AppSettings::load(*db);
    if (!settings)
        return ctx.fail(settings.error());
    if (args.size() == 2) {
        const QString &key = args[0];
        const QString &value = args[1];
        bool ok = false;
        const int number = value.toInt(&ok);
        auto range = [&](int &field, int minimum, int maximum) {
            if (!ok || number < minimum || number > maximum)
                return false;
            field = number;
            return true;
        };
        bool valid = false;
        if (key == QLatin1String("defaults.source_import_limit"))
            valid = range(settings->sourceImportLimit, 1, 10000);
        else if (key == QLatin1String("engine.threads"))
            valid = range(settings->engineThreads, 1, 64);
        else if (key == QLatin1String("engine.retries"))
            valid = range(settings->engineRetries, 0, 20);
        else if (key == QLatin1String("log.level")) {
            if (const auto level = AppSettings::parseLogLevel(value)) {
                settings->logLevel = *level;
                valid = true;
            }
        } else {
            return ctx.fail(Error(Error::Code::InvalidInput,
                Text::tr("Unknown setting \"%1\"; known: defaults.source_import_limit, "
                         "engine.threads, engine.retries, log.level.")
                    .arg(key)));
        }
        if (!valid)
            return ctx.fail(Error(Error::Code::InvalidInput,
                Text::tr("\"%1\" is not a valid value for %2 (import limit 1-10000, threads 1-64, "
                         "retries 0-20, log level debug, info, warning or error).")
                    .arg(value, key)));
        if (Status st = settings->save(*db); !st)
            return ctx.fail(st.error());
    } else if (args.size() == 1) {
        const QJsonObject o = settingsObject(*settings);
        if (!o.contains(args[0]))
            return ctx.fail(Error(Error::Code::InvalidInput,
                Text::tr("Unknown setting \"%1\"; known: defaults.source_import_limit, "
                         "engine.threads, engine.retries, log.level.")
                    .arg(args[0])));
        ctx.out() << o.value(args[0]).toVariant().toString() << Qt::endl;
        return ExitOk;
    }
    ctx.out() << renderObject(settingsObject(*settings), ctx.format());
    return ExitOk;
}

// system db-copy --to URL: this database (--database, FERRY_DATABASE or the data directory's
// SQLite file) into a new, empty one, typically PostgreSQL (docs/scale.md).
int dbCopy(Context &ctx, const QCommandLineParser &parser, const QStringList &)
{
    const QString toText = parser.value(QStringLiteral("to"));
    if (toText.isEmpty())
        return ctx.fail(Error(
            Error::Code::InvalidInput, Text::tr("Name the database to copy into with --to URL.")));
    auto toUrl = DatabaseUrl::parse(toText);
    if (!toUrl)
        return ctx.fail(toUrl.error());
    auto from = ctx.database();
    if (!from)
        return ctx.fail(from.error());
    // The target's password as for any database: PGPASSWORD, the keychain, ~/.pgpass.
    auto to = Database::open(DatabaseChoice::withStoredPassword(
        *toUrl, CredentialStore(CredentialStore().service(), 10000)));
    if (!to)
        return ctx.fail(to.error());
    auto counts = copyDatabase(*from, *to);
    if (!counts)
        return ctx.fail(counts.error());
    QJsonObject tables;
    qint64 total = 0;
    for (const TableCopyCount &c : *counts) {
        tables.insert(c.table, c.rows);
        total += c.rows;
    }
    QJsonObject o {
        {QStringLiteral("from"), (*from)->location()},
        {QStringLiteral("to"), (*to)->location()},
        {QStringLiteral("rows"), total},
        {QStringLiteral("tables"), tables},
    };
    ctx.out() << renderObject(o, ctx.format());
    return ExitOk;
}

} // namespace

QList<Command> systemCommands()
{
    QList<Command> list;
    list << Command {QStringLiteral("system"), QStringLiteral("info"),
        Text::tr("Show the data directory, database, schema version and keychain status"), {}, 0, 0,
        {},
        {QStringLiteral("ferryctl system info"),
            QStringLiteral("ferryctl --data-dir /tmp/ferry system info --format json")},
        systemInfo};
    list << Command {QStringLiteral("system"), QStringLiteral("keychain"),
        Text::tr("Check that the system keychain can be reached"), {}, 0, 0, {},
        {QStringLiteral("ferryctl system keychain")}, keychainCheck};
    list << Command {QStringLiteral("system"), QStringLiteral("diagnostics"),
        Text::tr("Write a tar archive with the logs, versions, settings and a copy of the database "
                 "without secrets, for a bug report"),
        QStringLiteral("FILE"), 1, 1, {},
        {QStringLiteral("ferryctl system diagnostics ferry-diagnostics.tar"),
            QStringLiteral("ferryctl system diagnostics /tmp/report.tar --format json")},
        diagnostics};
    list << Command {QStringLiteral("system"), QStringLiteral("settings"),
        Text::tr("Show the shared settings, one of them, or change one (KEY VALUE)"),
        QStringLiteral("[KEY [VALUE]]"), 0, 2, {},
        {QStringLiteral("ferryctl system settings"),
            QStringLiteral("ferryctl system settings engine.threads 8"),
            QStringLiteral("ferryctl system settings log.level debug")},
        settingsCommand};
    list << Command {QStringLiteral("system"), QStringLiteral("db-copy"),
        Text::tr("Copy this database (all sources, targets, inventory, batches, queue and "
                 "settings) into a new, empty one, e.g. PostgreSQL"),
        {}, 0, 0,
        {QCommandLineOption(QStringLiteral("to"),
            Text::tr("The database to copy into: postgresql://USER@HOST:PORT/DATABASE "
                     "(password from PGPASSWORD or ~/.pgpass) or sqlite:///PATH"),
            QStringLiteral("URL"))},
        {QStringLiteral("ferryctl system db-copy --to postgresql://ferry@db.example:5432/ferry"),
            QStringLiteral("ferryctl --data-dir /tmp/ferry system db-copy --to "
                           "'postgresql://ferry@127.0.0.1:5432/ferry?sslmode=verify-full&"
                           "sslrootcert=/etc/ferry/db-ca.pem' --format json")},
        dbCopy};
    return list;
}

} // namespace ferry::cli
