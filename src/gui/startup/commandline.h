#pragma once

#include <QString>
#include <QStringList>

namespace ferry::gui {

// What the desktop application was asked to do on its command line. Parsed before any
// QApplication exists, so that --help and --version work without a display.
struct CommandLine
{
    enum class Action {
        Run,
        ShowHelp,
        ShowVersion,
        Error,
    };

    Action action = Action::Run;
    QString dataDirectory; // --data-dir, empty when not given
    QString database; // --database URL, empty when not given (then FERRY_DATABASE or SQLite)
    bool verbose = false; // --verbose: log messages also go to stderr
    QString errorText; // for Action::Error, one line for stderr
};

// Parses the program's arguments (arguments.first() is the program). Qt's own options
// (-platform, -style, ...) are accepted and left for QApplication.
CommandLine parseCommandLine(const QStringList &arguments);

QString commandLineHelp();
QString versionText();

// For main(): handles --help, --version and usage errors by printing to stdout/stderr and
// returning the exit code; returns -1 when the application should start.
int handleCommandLineWithoutGui(const CommandLine &commandLine);

} // namespace ferry::gui
