#include "appsettings/appsettings.h"
#include "common/errordialog.h"
#include "common/icons.h"
#include "mainwindow/mainwindow.h"
#include "settings/preferences.h"
#include "startup/commandline.h"
#include "startup/startup.h"

#include <QApplication>
#include <QThreadPool>

int main(int argc, char **argv)
{
    using namespace ferry::gui;

    // --help, --version and usage errors are answered before Qt looks for a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (const int exitCode = handleCommandLineWithoutGui(parseCommandLine(arguments));
        exitCode >= 0)
        return exitCode;

    setApplicationMetadata();
    QApplication app(argc, argv);
    QApplication::setWindowIcon(applicationIcon());
    // Language and theme from the person's preferences (Settings…), before the first window.
    installTranslations(storedLanguage());
    applyTheme(storedTheme());
    // Parsed again from Qt's view of the arguments: Qt's own options removed, and the right
    // encoding on every platform.
    const CommandLine commandLine = parseCommandLine(QApplication::arguments());

    StartupOptions options;
    options.dataDirectoryOverride = commandLine.dataDirectory;
    options.databaseOverride = commandLine.database;
    options.verbose = commandLine.verbose;
    const auto startup = prepareStartup(options);
    if (!startup)
        return ErrorDialog::reportStartupFailure(startup.error());
    if (const auto settings = ferry::AppSettings::load(startup->database))
        ferry::applyLogLevel(settings->logLevel);

    MainWindow window(*startup);
    window.show();
    const int exitCode = QApplication::exec();
    // Background work (keychain checks, syncs) may still hold a database connection.
    QThreadPool::globalInstance()->waitForDone();
    return exitCode;
}
