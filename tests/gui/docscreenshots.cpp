// Renders the screenshots of the user guide (docs/screenshots/<variant>/) from an existing data
// directory, as Ferry shows it, in one theme and language:
//
//   ferry_docs_screenshots OUTDIR --data-dir DIR [--theme light|dark] [--language en|de]
//       [--lab DIR/lab.env] [--size 1200x760]
//
// Writes <page>.png for every main page (sources, targets, instances, networks, batches, queue,
// artifacts, warnings), queue-engines.png (the Queue page's Engines panel) and settings.png,
// settings-database.png (its Database tab with a PostgreSQL server filled in, not saved),
// add-source.png, add-target.png, create-batch.png, user-guide.png. scripts/screenshots fills a
// data directory from the lab with ferryctl (the seed tutorial's steps) and calls this for light,
// dark and German. Settings live in a temporary directory; the data directory is only read (pages
// load it as they would).

#include "batches/batchnamepage.h"
#include "batches/batchplacementpage.h"
#include "batches/batchselectionpage.h"
#include "batches/batchwizard.h"
#include "batches/expressionedit.h"
#include "common/dataevents.h"
#include "common/icons.h"
#include "help/userguidewindow.h"
#include "mainwindow/mainwindow.h"
#include "queue/queuepage.h"
#include "secrets/credentialstore.h"
#include "settings/databasesettingswidget.h"
#include "settings/preferences.h"
#include "settings/settingsdialog.h"
#include "sources/addsourcewizard.h"
#include "startup/startup.h"
#include "targets/addtargetwizard.h"

#include "common/labenv.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cstdio>

using namespace ferry::gui;

namespace {

bool save(QWidget *widget, const QString &path)
{
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget)) {
        std::fprintf(stderr, "window not exposed: %s\n", qPrintable(path));
        return false;
    }
    QTest::qWait(600);
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    // The lab's keyring must be this process's session bus before Qt connects to one.
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--lab") == 0) {
            qputenv("FERRY_LAB_ENV", argv[i + 1]);
            const auto lab = ferry::test::LabEnv::load();
            if (!lab.isValid()) {
                std::fprintf(stderr, "cannot read %s\n", argv[i + 1]);
                return 1;
            }
            lab.useLabKeyring();
        }
    }
    setApplicationMetadata();
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    // The database choice too (~/.config/ferry/database.conf): the pictures show the default.
    qputenv("XDG_CONFIG_HOME", settingsDir.path().toUtf8());
    QApplication app(argc, argv);
    QApplication::setWindowIcon(applicationIcon());

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("outdir"), QStringLiteral("where the PNGs go"));
    const QCommandLineOption dataOption(
        QStringLiteral("data-dir"), QStringLiteral("Ferry data directory"), QStringLiteral("dir"));
    const QCommandLineOption themeOption(QStringLiteral("theme"), QStringLiteral("light or dark"),
        QStringLiteral("theme"), QStringLiteral("light"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("en or de"),
        QStringLiteral("language"), QStringLiteral("en"));
    const QCommandLineOption labOption(
        QStringLiteral("lab"), QStringLiteral("a running lab's lab.env"), QStringLiteral("file"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("WxH"),
        QStringLiteral("size"), QStringLiteral("1200x760"));
    parser.addOptions({dataOption, themeOption, languageOption, labOption, sizeOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(dataOption))
        parser.showHelp(2);
    const QString outDir = parser.positionalArguments().constFirst();
    QDir().mkpath(outDir);
    const QDir out(outDir);
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    const QSize windowSize(size.value(0).toInt(), size.value(1).toInt());

    const Theme theme
        = parser.value(themeOption) == QLatin1String("dark") ? Theme::Dark : Theme::Light;
    storeTheme(theme); // so that the Settings dialog shows what the pictures show
    applyTheme(theme);
    storeLanguage(parser.value(languageOption));
    if (!installTranslations(parser.value(languageOption))) {
        std::fprintf(stderr, "no translation for %s\n", qPrintable(parser.value(languageOption)));
        return 1;
    }

    StartupOptions options;
    options.dataDirectoryOverride = parser.value(dataOption);
    options.installLogger = false;
    const auto startup = prepareStartup(options);
    if (!startup) {
        std::fprintf(stderr, "%s\n", qPrintable(startup.error().toString()));
        return 1;
    }

    bool ok = true;
    {
        MainWindow window(*startup);
        window.resize(windowSize);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        QTest::qWait(1500); // the keychain probe and the pages' first loads
        for (int i = 0; i < kPageCount; ++i) {
            const auto page = static_cast<Page>(i);
            window.showPage(page);
            QTest::qWait(1200);
            ok = save(&window, out.filePath(pageKey(page) + QStringLiteral(".png"))) && ok;
        }
        // The Queue page with its Engines panel open (on the tutorial's SQLite file: this
        // window's engine).
        window.showPage(Page::Queue);
        if (QToolButton *engines = window.queuePage()->enginesButton(); !engines->isChecked())
            engines->click();
        QTest::qWait(1200);
        ok = save(&window, out.filePath(QStringLiteral("queue-engines.png"))) && ok;
        window.queuePage()->enginesButton()->click();
        window.showPage(Page::Sources);

        SettingsDialog settings(startup->database, startup->dataDirectory, {}, &window);
        ok = save(&settings, out.filePath(QStringLiteral("settings.png"))) && ok;
        settings.tabs()->setCurrentWidget(settings.databaseSettings());
        settings.findChild<QAbstractButton *>(QStringLiteral("databasePostgresRadio"))
            ->setChecked(true);
        const auto fill = [&settings](const char *name, const QString &text) {
            settings.findChild<QLineEdit *>(QLatin1String(name))->setText(text);
        };
        fill("databaseHostEdit", QStringLiteral("db.example.com"));
        fill("databaseNameEdit", QStringLiteral("ferry"));
        fill("databaseUserEdit", QStringLiteral("ferry"));
        ok = save(&settings, out.filePath(QStringLiteral("settings-database.png"))) && ok;
        settings.close();

        const GuiContext context {
            startup->database, std::make_shared<ferry::CredentialStore>(), window.dataEvents()};
        AddSourceWizard source(context, &window);
        ok = save(&source, out.filePath(QStringLiteral("add-source.png"))) && ok;
        source.close();
        AddTargetWizard target(
            TargetsContext {startup->database, context.credentials, startup->dataDirectory}, {},
            &window);
        ok = save(&target, out.filePath(QStringLiteral("add-target.png"))) && ok;
        target.close();
        // The Create Batch wizard walked as in the guide: name, selection, windows, placement,
        // options, pre-flight checks, summary.
        BatchWizard batch(BatchWizardContext {context, {}}, &window);
        ok = save(&batch, out.filePath(QStringLiteral("create-batch.png"))) && ok;
        QTest::keyClicks(batch.namePage()->findChild<QLineEdit *>(QStringLiteral("batchNameEdit")),
            QStringLiteral("batch02"));
        auto next = [&batch] {
            QAbstractButton *button = batch.button(QWizard::NextButton);
            if (!button->isEnabled())
                return false;
            button->click();
            return true;
        };
        const char *steps[] = {"create-batch-selection.png", "create-batch-windows.png",
            "create-batch-placement.png", "create-batch-options.png", "create-batch-preflight.png",
            "create-batch-summary.png"};
        for (const char *step : steps) {
            if (!next()) {
                std::fprintf(stderr, "the batch wizard stopped before %s\n", step);
                ok = false;
                break;
            }
            if (qstrcmp(step, "create-batch-selection.png") == 0) {
                ExpressionEdit *editor = batch.selectionPage()->editor();
                editor->selectAll();
                QTest::keyClick(editor, Qt::Key_Delete);
                QTest::keyClicks(
                    editor, QStringLiteral("location matches 'Debian' and len(disks) == 1"));
                if (!QTest::qWaitFor(
                        [&] { return batch.selectionPage()->matchedCount() > 0; }, 10000))
                    std::fprintf(stderr, "the selection matched nothing\n");
            }
            if (qstrcmp(step, "create-batch-placement.png") == 0)
                if (!QTest::qWaitFor(
                        [&] { return batch.placementPage()->inventoryLoaded(); }, 15000))
                    std::fprintf(stderr, "the target's inventory did not load\n");
            if (qstrcmp(step, "create-batch-preflight.png") == 0)
                QTest::qWait(2500);
            ok = save(&batch, out.filePath(QLatin1String(step))) && ok;
        }
        batch.close();

        if (qEnvironmentVariableIsEmpty("FERRY_USER_GUIDE"))
            qputenv("FERRY_USER_GUIDE", qgetenv("FERRY_TEST_SOURCE_DIR") + "/docs/user-guide.md");
        auto *guide = new UserGuideWindow(&window);
        guide->resize(900, 700);
        ok = save(guide, out.filePath(QStringLiteral("user-guide.png"))) && ok;
        guide->close();
        window.close();
    }
    QThreadPool::globalInstance()->waitForDone();
    return ok ? 0 : 1;
}
