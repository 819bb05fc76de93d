#include "startup/commandline.h"

#include "version.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace ferry::gui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::gui::CommandLine)
};

// Options that QApplication consumes itself; accepted here so they are not usage errors.
const QStringList &qtValueOptions()
{
    static const QStringList names = {
        QStringLiteral("platform"),
        QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"),
        QStringLiteral("plugin"),
        QStringLiteral("qwindowgeometry"),
        QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"),
        QStringLiteral("style"),
        QStringLiteral("stylesheet"),
        QStringLiteral("session"),
        QStringLiteral("display"),
        QStringLiteral("geometry"),
    };
    return names;
}

const QStringList &qtFlagOptions()
{
    static const QStringList names = {
        QStringLiteral("reverse"),
        QStringLiteral("widgetcount"),
        QStringLiteral("nograb"),
        QStringLiteral("dograb"),
        QStringLiteral("sync"),
    };
    return names;
}

#ifdef Q_OS_WIN
// ferry is a GUI-subsystem program on Windows: borrow the console of the shell that started it,
// so that --help and --version are visible there.
void attachParentConsole()
{
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
}
#endif

void print(std::FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

} // namespace

CommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList {QStringLiteral("V"), QStringLiteral("version")});
    const QCommandLineOption verbose(QStringList {QStringLiteral("v"), QStringLiteral("verbose")});
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QString(), QStringLiteral("DIR"));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption(verbose);
    parser.addOption(dataDir);
    const QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("URL"));
    parser.addOption(database);
    for (const QString &name : qtValueOptions())
        parser.addOption(QCommandLineOption(name, QString(), QStringLiteral("value")));
    for (const QString &name : qtFlagOptions())
        parser.addOption(QCommandLineOption(name));

    CommandLine result;
    if (!parser.parse(arguments)) {
        result.action = CommandLine::Action::Error;
        result.errorText = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.action = CommandLine::Action::ShowHelp;
        return result;
    }
    if (parser.isSet(version)) {
        result.action = CommandLine::Action::ShowVersion;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = CommandLine::Action::Error;
        result.errorText
            = Text::tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return result;
    }
    result.dataDirectory = parser.value(dataDir);
    if (parser.isSet(dataDir) && result.dataDirectory.isEmpty()) {
        result.action = CommandLine::Action::Error;
        result.errorText = Text::tr("--data-dir needs a directory.");
        return result;
    }
    result.database = parser.value(database);
    if (parser.isSet(database) && result.database.isEmpty()) {
        result.action = CommandLine::Action::Error;
        result.errorText = Text::tr("--database needs a URL.");
        return result;
    }
    result.verbose = parser.isSet(verbose);
    return result;
}

QString commandLineHelp()
{
    return Text::tr(
        "Usage: ferry [options]\n"
        "\n"
        "Ferry moves virtual machines from VMware (vCenter, ESXi) to Incus and LXD.\n"
        "This is the desktop application; ferryctl is its command-line twin and shares "
        "the same database.\n"
        "\n"
        "Options:\n"
        "  -h, --help            Show this help and exit\n"
        "  -V, --version         Show the version and exit\n"
        "  --data-dir DIR        Use this data directory (default: $FERRY_DATA_DIR or the "
        "user's data directory)\n"
        "  --database URL        Keep the state in this database (default: $FERRY_DATABASE, "
        "or SQLite in the data directory), e.g. postgresql://USER@HOST:PORT/DATABASE\n"
        "  -v, --verbose         Also print log messages on stderr\n"
        "\n"
        "Qt options such as -platform and -style are passed on to Qt.\n");
}

QString versionText()
{
    return Text::tr("ferry %1 (Qt %2)\n")
        .arg(QStringLiteral(FERRY_VERSION_STRING), QLibraryInfo::version().toString());
}

int handleCommandLineWithoutGui(const CommandLine &commandLine)
{
    if (commandLine.action == CommandLine::Action::Run)
        return -1;
#ifdef Q_OS_WIN
    attachParentConsole();
#endif
    switch (commandLine.action) {
    case CommandLine::Action::ShowHelp:
        print(stdout, commandLineHelp());
        return 0;
    case CommandLine::Action::ShowVersion:
        print(stdout, versionText());
        return 0;
    case CommandLine::Action::Error:
        print(stderr,
            Text::tr("ferry: %1\nTry 'ferry --help' for more information.\n")
                .arg(commandLine.errorText));
        return 2;
    case CommandLine::Action::Run:
        break;
    }
    return -1;
}

} // namespace ferry::gui
