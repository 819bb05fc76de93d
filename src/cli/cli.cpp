#include "cli.h"

#include "appsettings/databasechoice.h"
#include "secrets/credentialstore.h"
#include "store/database.h"
#include "util/logging.h"
#include "util/paths.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <QFile>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace ferry::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferryctl)
};

QString globalUsage(const QList<Command> &commands)
{
    QString text = Text::tr(
        "Usage: ferryctl [--data-dir DIR] [--database URL] [--format table|json|yaml] "
        "<noun> <verb> "
        "[arguments]\n\n"
        "Ferry moves virtual machines from VMware (vCenter, ESXi) to Incus and LXD.\n"
        "The desktop application (ferry) and ferryctl share one database.\n\n"
        "Global options:\n"
        "  -h, --help            Show help (also: ferryctl help <noun> [<verb>])\n"
        "  -V, --version         Show the version\n"
        "  --data-dir DIR        Use this data directory (default: $FERRY_DATA_DIR "
        "or the user's data directory)\n"
        "  --database URL        Keep the state in this database instead of the data "
        "directory's SQLite file\n"
        "                        (default: $FERRY_DATABASE): "
        "postgresql://USER@HOST:PORT/DATABASE\n"
        "                        [?sslmode=verify-full&sslrootcert=CA.pem], or "
        "sqlite:///PATH; the password\n"
        "                        comes from PGPASSWORD or ~/.pgpass, never from the URL\n"
        "  --format FORMAT       Output: table (default), json or yaml\n"
        "  -v, --verbose         Also print log messages on stderr\n\n"
        "Commands:\n");
    for (const Command &c : commands) {
        const QString name = c.noun + QLatin1Char(' ') + c.verb;
        text += QStringLiteral("  %1 %2\n").arg(name.leftJustified(22), c.summary);
    }
    return text;
}

QString commandUsage(const Command &c)
{
    QString text
        = Text::tr("Usage: ferryctl %1 %2%3%4\n\n%5\n")
              .arg(c.noun, c.verb, c.options.isEmpty() ? QString() : Text::tr(" [options]"),
                  c.arguments.isEmpty() ? QString() : QLatin1Char(' ') + c.arguments, c.summary);
    if (!c.options.isEmpty()) {
        text += Text::tr("\nOptions:\n");
        for (const QCommandLineOption &o : c.options) {
            QStringList names;
            for (const QString &n : o.names())
                names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
            QString left = names.join(QLatin1String(", "));
            if (!o.valueName().isEmpty())
                left += QLatin1Char(' ') + o.valueName();
            text += QStringLiteral("  %1 %2\n").arg(left.leftJustified(30), o.description());
        }
    }
    if (!c.examples.isEmpty()) {
        text += Text::tr("\nExamples:\n");
        for (const QString &e : c.examples)
            text += QStringLiteral("  %1\n").arg(e);
    }
    return text;
}

} // namespace

Context::Context(QString dataDir, Format format, QTextStream &out, QTextStream &err)
    : m_dataDir(std::move(dataDir))
    , m_format(format)
    , m_out(out)
    , m_err(err)
{ }

Context::~Context() = default;

bool Context::interactive() const
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

Result<std::shared_ptr<Database>> Context::database()
{
    if (m_db)
        return m_db;
    auto db
        = m_databaseUrl ? Database::open(*m_databaseUrl) : Database::open(databaseFile(m_dataDir));
    if (!db)
        return db.error();
    m_db = *db;
    return m_db;
}

Result<QString> Context::ask(
    const QString &question, const QString &defaultValue, const QString &optionHint, bool secret)
{
    if (!interactive())
        return Error(Error::Code::InvalidInput,
            Text::tr("%1 is missing and there is no terminal to ask; pass %2.")
                .arg(question, optionHint));
    m_err << question;
    if (!secret)
        m_err << Text::tr(" [default=%1]").arg(defaultValue);
    m_err << QStringLiteral(": ") << Qt::flush;
#ifdef Q_OS_WIN
    // The console's echo off while a secret is typed.
    HANDLE console = GetStdHandle(STD_INPUT_HANDLE);
    DWORD saved = 0;
    const bool hide = secret && GetConsoleMode(console, &saved) != 0;
    if (hide)
        SetConsoleMode(console, saved & ~DWORD(ENABLE_ECHO_INPUT));
#else
    termios saved {};
    const bool hide = secret && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#endif
    // One stream for the whole run: answers pasted at once must not be swallowed by the first
    // question's buffer.
    static QTextStream in(stdin);
    const QString line = in.readLine();
    if (hide) {
#ifdef Q_OS_WIN
        SetConsoleMode(console, saved);
#else
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
#endif
        m_err << Qt::endl;
    }
    const QString answer = line.trimmed();
    return answer.isEmpty() ? defaultValue : (secret ? line : answer);
}

QByteArray Context::readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray data = in.readAll();
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    return data;
}

int Context::fail(const Error &error)
{
    m_err << Text::tr("Error: %1").arg(error.toString()) << Qt::endl;
    return ExitFailure;
}

QList<Command> allCommands()
{
    QList<Command> all;
    all << systemCommands() << sourceCommands() << targetCommands() << instanceCommands()
        << networkCommands() << batchCommands() << queueCommands() << artifactCommands();
    return all;
}

int runCli(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ferryctl"));
    QCoreApplication::setOrganizationName(QStringLiteral(FERRY_ORGANIZATION_NAME));
    QCoreApplication::setOrganizationDomain(QStringLiteral(FERRY_ORGANIZATION_DOMAIN));
    QCoreApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION_STRING));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QList<Command> commands = allCommands();

    // Global options may stand anywhere; everything else is the command and its own options.
    QString dataDirOverride;
    QString databaseOverride;
    QString formatName = QStringLiteral("table");
    bool verbose = false;
    bool help = false;
    QStringList rest;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto takeValue = [&](const QString &name, QString &into) -> bool {
            if (a == name) {
                if (i + 1 >= args.size())
                    return false;
                into = args[++i];
                return true;
            }
            into = a.mid(name.size() + 1);
            return true;
        };
        if (a == QLatin1String("--version") || a == QLatin1String("-V")) {
            out << "ferryctl " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            help = true;
        } else if (a == QLatin1String("--verbose") || a == QLatin1String("-v")) {
            verbose = true;
        } else if (a == QLatin1String("--data-dir") || a.startsWith(QLatin1String("--data-dir="))) {
            if (!takeValue(QStringLiteral("--data-dir"), dataDirOverride)) {
                err << Text::tr("Error: --data-dir needs a directory.") << Qt::endl;
                return ExitUsage;
            }
        } else if (a == QLatin1String("--database") || a.startsWith(QLatin1String("--database="))) {
            if (!takeValue(QStringLiteral("--database"), databaseOverride)
                || databaseOverride.isEmpty()) {
                err << Text::tr("Error: --database needs a URL.") << Qt::endl;
                return ExitUsage;
            }
        } else if (a == QLatin1String("--format") || a.startsWith(QLatin1String("--format="))) {
            if (!takeValue(QStringLiteral("--format"), formatName)) {
                err << Text::tr("Error: --format needs one of table, json, yaml.") << Qt::endl;
                return ExitUsage;
            }
        } else {
            rest << a;
        }
    }

    Format format = Format::Table;
    if (formatName == QLatin1String("json"))
        format = Format::Json;
    else if (formatName == QLatin1String("yaml"))
        format = Format::Yaml;
    else if (formatName != QLatin1String("table")) {
        err << Text::tr("Error: unknown format \"%1\"; use table, json or yaml.").arg(formatName)
            << Qt::endl;
        return ExitUsage;
    }

    if (!rest.isEmpty() && rest.first() == QLatin1String("help")) {
        help = true;
        rest.removeFirst();
    }

    const Command *found = nullptr;
    if (rest.size() >= 2) {
        for (const Command &c : commands)
            if (c.noun == rest[0] && c.verb == rest[1])
                found = &c;
    }

    if (help) {
        if (found) {
            out << commandUsage(*found);
        } else if (!rest.isEmpty()) {
            bool any = false;
            for (const Command &c : commands) {
                if (c.noun == rest[0]) {
                    out << commandUsage(c) << Qt::endl;
                    any = true;
                }
            }
            if (!any) {
                err << Text::tr("Error: unknown command \"%1\".").arg(rest.join(QLatin1Char(' ')))
                    << Qt::endl
                    << globalUsage(commands);
                return ExitUsage;
            }
        } else {
            out << globalUsage(commands);
        }
        return ExitOk;
    }

    if (!found) {
        if (rest.isEmpty())
            err << globalUsage(commands);
        else
            err << Text::tr("Error: unknown command \"%1\".").arg(rest.join(QLatin1Char(' ')))
                << Qt::endl
                << globalUsage(commands);
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(found->options);
    QStringList parserArgs {QStringLiteral("ferryctl")};
    parserArgs << rest.mid(2);
    if (!parser.parse(parserArgs)) {
        err << Text::tr("Error: %1").arg(parser.errorText()) << Qt::endl << commandUsage(*found);
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < found->minArgs
        || (found->maxArgs >= 0 && positional.size() > found->maxArgs)) {
        err << Text::tr("Error: wrong number of arguments.") << Qt::endl << commandUsage(*found);
        return ExitUsage;
    }

    const QString dataDir = resolveDataDirectory(dataDirOverride);
    const CredentialStore secrets(CredentialStore().service(), 10000);
    auto databaseUrl = DatabaseChoice::resolve(databaseOverride, dataDir, &secrets);
    if (!databaseUrl) {
        err << Text::tr("Error: %1").arg(databaseUrl.error().message) << Qt::endl;
        return ExitUsage;
    }
    installFileLogger(logDirectory(dataDir), QStringLiteral("ferryctl"), verbose);
    Context ctx(dataDir, format, out, err);
    ctx.setDatabaseUrl(*databaseUrl);
    return found->run(ctx, parser, positional);
}

} // namespace ferry::cli
