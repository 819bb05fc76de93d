// Renders the Queue page during a real migration, for docs/screenshots/queue-dashboard.png:
//
//   xvfb-run -a -s "-screen 0 1280x800x24" build/tests/gui/ferry_queue_screenshot
//       --lab LAB/lab.env --data-dir DATA light.png [--dark-out dark.png] [--size 1200x760]
//       [--entry NAME]
//
// DATA is a data directory with a started batch (scripts/demo prepares one: sources, target,
// network mapping, batch "demo"). The main window's engine migrates it; when a disk is between
// 20 % and 80 % copied the tool selects that entry and grabs the window, in the light palette
// and, with --dark-out, in a dark one. Then it waits for the migrations to end (so nothing is
// canceled by closing the window) and exits. Settings go to a temporary directory.

#include "common/icons.h"
#include "mainwindow/mainwindow.h"
#include "queue/enginecontroller.h"
#include "queue/queuemodel.h"
#include "queue/queuepage.h"
#include "startup/startup.h"

#include "common/labenv.h"
#include "engine/queuestatemachine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace ferry::gui;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x21, 0x23);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8f, 0xdb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4b));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::PlaceholderText, disabled);
    return p;
}

// The entry with a disk between 20 % and 80 % (the largest, which shows most in the detail pane),
// or 0.
QString g_entry; // --entry: only this entry counts

qint64 entryMidway(const QueueModel *model, int *permille)
{
    qint64 best = 0;
    qint64 bestBytes = 0;
    for (int i = 0; i < model->rowCount(); ++i) {
        const QueueRow *r = model->rowAt(i);
        if (!ferry::engine::QueueStateMachine::isActive(r->status)
            || (!g_entry.isEmpty() && r->name != g_entry))
            continue;
        for (const ferry::DiskProgress &d : r->disks) {
            if (d.bytesTotal <= 0)
                continue;
            const int p = int(d.bytesDone * 1000 / d.bytesTotal);
            if (p >= 200 && p <= 800 && r->bytesTotal > bestBytes) {
                *permille = p;
                best = r->id;
                bestBytes = r->bytesTotal;
            }
        }
    }
    return best;
}

bool anyActive(const QueueModel *model)
{
    for (int i = 0; i < model->rowCount(); ++i)
        if (ferry::engine::QueueStateMachine::isActive(model->rowAt(i)->status)
            || model->rowAt(i)->status == ferry::QueueStatus::Waiting)
            return true;
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    ferry::test::LabEnv lab;
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--lab") == 0) {
            qputenv("FERRY_LAB_ENV", argv[i + 1]);
            lab = ferry::test::LabEnv::load();
            if (!lab.isValid()) {
                std::fprintf(stderr, "cannot read %s\n", argv[i + 1]);
                return 1;
            }
            lab.useLabKeyring();
        }
    setApplicationMetadata();
    QApplication app(argc, argv);
    QApplication::setWindowIcon(applicationIcon());
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = QApplication::palette();

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("PNG to write"));
    const QCommandLineOption labOption(
        QStringLiteral("lab"), QStringLiteral("a running lab's lab.env"), QStringLiteral("file"));
    const QCommandLineOption dataOption(
        QStringLiteral("data-dir"), QStringLiteral("data directory"), QStringLiteral("dir"));
    const QCommandLineOption darkOption(QStringLiteral("dark-out"),
        QStringLiteral("PNG in a dark palette"), QStringLiteral("file"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("WxH"),
        QStringLiteral("size"), QStringLiteral("1200x760"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        QStringLiteral("seconds to wait for a disk midway"), QStringLiteral("s"),
        QStringLiteral("600"));
    const QCommandLineOption entryOption(QStringLiteral("entry"),
        QStringLiteral("the entry to show (default: the largest midway)"), QStringLiteral("name"));
    parser.addOptions({labOption, dataOption, darkOption, sizeOption, timeoutOption, entryOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(dataOption))
        parser.showHelp(2);

    g_entry = parser.value(entryOption);

    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    StartupOptions options;
    options.dataDirectoryOverride = parser.value(dataOption);
    options.installLogger = false;
    auto startup = prepareStartup(options);
    if (!startup) {
        std::fprintf(stderr, "%s\n", qPrintable(startup.error().toString()));
        return 1;
    }

    MainWindow window(*startup);
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    window.showPage(Page::Queue);
    window.show();
    QueuePage *page = window.queuePage();

    QElapsedTimer timer;
    timer.start();
    const qint64 timeoutMs = parser.value(timeoutOption).toLongLong() * 1000;
    int permille = 0;
    qint64 id = 0;
    int status = 1;
    while (timer.elapsed() < timeoutMs) {
        QTest::qWait(200);
        id = entryMidway(page->model(), &permille);
        if (id == 0)
            continue;
        page->selectEntry(id);
        // A second for the rate, the log and a few chart points.
        QTest::qWait(800);
        id = entryMidway(page->model(), &permille);
        if (id == 0)
            continue;
        page->selectEntry(id);
        QTest::qWait(100);
        const QString file = parser.positionalArguments().constFirst();
        if (!window.grab().save(file)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            break;
        }
        std::fprintf(stderr, "%s: entry %lld at %.1f %% after %.1f s\n", qPrintable(file), id,
            permille / 10.0, double(timer.elapsed()) / 1000.0);
        if (parser.isSet(darkOption)) {
            QApplication::setPalette(darkPalette());
            QTest::qWait(150);
            const QString dark = parser.value(darkOption);
            if (!window.grab().save(dark))
                std::fprintf(stderr, "cannot write %s\n", qPrintable(dark));
            QApplication::setPalette(light);
        }
        status = 0;
        break;
    }
    if (status != 0)
        std::fprintf(stderr, "no disk was between 20 %% and 80 %% within the time-out\n");
    // Let the migrations end before the window closes (closing would cancel them).
    while (anyActive(page->model()) && timer.elapsed() < timeoutMs * 2)
        QTest::qWait(500);
    std::fprintf(stderr, "queue idle after %.1f s\n", double(timer.elapsed()) / 1000.0);
    window.close();
    return status;
}
