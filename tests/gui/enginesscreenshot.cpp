// Renders the Queue page with its Engines panel open, for docs/screenshots/queue-engines.png
// and the German one, without a lab:
//
//   xvfb-run -a -s "-screen 0 1280x800x24" build/tests/gui/ferry_engines_screenshot OUT.png
//       [--language en|de] [--theme light|dark] [--size 1200x760]
//
// The data directory is the GUI tests' sample queue (a temporary one) with three engines of other
// machines registered, as a shared PostgreSQL database would show them: one copying two VMs,
// one idle with a restriction, one whose heartbeat is late. The window's own engine is stopped
// at once, so that nothing is migrated and the picture is the same every time. Settings go to a
// temporary directory.

#include "common/icons.h"
#include "mainwindow/mainwindow.h"
#include "queue/enginecontroller.h"
#include "queue/enginespanel.h"
#include "queue/queuemodel.h"
#include "queue/queuepage.h"
#include "settings/preferences.h"
#include "startup/startup.h"
#include "store/database.h"
#include "store/enginerepository.h"

#include "queuetestdata.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cstdio>

using namespace ferry;
using namespace ferry::gui;

namespace {

bool addEngines(const test::SampleQueue &queue)
{
    const auto &db = queue.inventory.db;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Fake
    {
        const char *id;
        const char *host;
        qint64 pid;
        const char *restrictions;
        int startedMinutesAgo;
        int heartbeatSecondsAgo;
    };
    const Fake fakes[] = {
        {"5f0c2d7e-0001", "ferry-node-01.example.org", 20811, "", 95, 4},
        {"5f0c2d7e-0002", "ferry-node-02.example.org", 4127, R"({"targets":["incus02"]})", 62, 7},
        {"5f0c2d7e-0003", "ferry-node-03.example.org", 9902, "", 240, 48},
    };
    EngineRepository engines(db);
    for (const Fake &f : fakes) {
        EngineRecord e;
        e.id = QString::fromLatin1(f.id);
        e.host = QString::fromLatin1(f.host);
        e.pid = f.pid;
        e.version = QStringLiteral("0.1.0");
        e.restrictions = QString::fromLatin1(f.restrictions);
        if (!engines.registerEngine(e))
            return false;
        if (!db->exec(
                QStringLiteral("UPDATE engines SET started_at = ?, heartbeat_at = ? WHERE id = ?"),
                {toDbTime(now.addSecs(-60 * f.startedMinutesAgo)),
                    toDbTime(now.addSecs(-f.heartbeatSecondsAgo)), e.id}))
            return false;
    }
    // node-01 copies web 01 and app 02.
    for (const char *name : {"web 01 (prod)", "app 02"}) {
        const qint64 id = queue.entries.value(QString::fromUtf8(name));
        if (!db->exec(QStringLiteral(
                          "UPDATE queue_entries SET engine_id = ?, lease_until = ? WHERE id = ?"),
                {QStringLiteral("5f0c2d7e-0001"), toDbTime(now.addSecs(56)), id}))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    setApplicationMetadata();
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QApplication app(argc, argv);
    QApplication::setWindowIcon(applicationIcon());

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("out"), QStringLiteral("the PNG to write"));
    const QCommandLineOption themeOption(QStringLiteral("theme"), QStringLiteral("light or dark"),
        QStringLiteral("theme"), QStringLiteral("light"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("en or de"),
        QStringLiteral("language"), QStringLiteral("en"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("WxH"),
        QStringLiteral("size"), QStringLiteral("1200x760"));
    parser.addOptions({themeOption, languageOption, sizeOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    const Theme theme
        = parser.value(themeOption) == QLatin1String("dark") ? Theme::Dark : Theme::Light;
    storeTheme(theme);
    applyTheme(theme);
    storeLanguage(parser.value(languageOption));
    if (!installTranslations(parser.value(languageOption))) {
        std::fprintf(stderr, "no translation for %s\n", qPrintable(parser.value(languageOption)));
        return 1;
    }

    QTemporaryDir dataDir;
    auto queue = test::fillSampleQueue(dataDir.path());
    if (!queue || !addEngines(*queue)) {
        std::fprintf(stderr, "cannot fill the sample queue\n");
        return 1;
    }
    QSettings().setValue(QStringLiteral("QueuePage/enginesShown"), true);

    StartupOptions options;
    options.dataDirectoryOverride = dataDir.path();
    options.installLogger = false;
    auto startup = prepareStartup(options);
    if (!startup) {
        std::fprintf(stderr, "%s\n", qPrintable(startup.error().toString()));
        return 1;
    }
    int status = 1;
    {
        MainWindow window(*startup);
        window.engineController()->stop();
        const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
        window.resize(size.value(0).toInt(), size.value(1).toInt());
        window.showPage(Page::Queue);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) {
            std::fprintf(stderr, "window not exposed\n");
            return 1;
        }
        QueuePage *page = window.queuePage();
        QTest::qWait(1500);
        const qint64 web = queue->entries.value(QStringLiteral("web 01 (prod)"));
        page->selectEntry(web);
        QTest::qWait(300);
        const QString out = parser.positionalArguments().constFirst();
        if (window.grab().save(out)) {
            std::printf("%s\n", qPrintable(out));
            status = 0;
        }
    }
    return status;
}
