// Settings dialog: shows the data directory and the keychain's state, loads and stores the
// shared settings (database) and the desktop's preferences (QSettings), applies the theme at
// once (a dark palette that is really dark), refuses nothing silently, exports diagnostics
// without secrets; the main window's Settings… and User Guide actions; German translations load.

#include "guitestsupport.h"

#include "appsettings/appsettings.h"
#include "help/userguidewindow.h"
#include "mainwindow/keychainstatuswidget.h"
#include "mainwindow/mainwindow.h"
#include "settings/preferences.h"
#include "settings/settingsdialog.h"
#include "startup/startup.h"
#include "store/database.h"
#include "store/settingsrepository.h"
#include "util/paths.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTextBrowser>

using namespace ferry;
using namespace ferry::gui;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    std::shared_ptr<Database> m_db;

    SettingsDialog *makeDialog(QWidget *parent = nullptr)
    {
        return new SettingsDialog(
            m_db, m_dataDir.path(), [] { return Status(); }, parent);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateUserState(m_settingsDir);
        auto db = Database::open(databaseFile(m_dataDir.path()));
        QVERIFY(db);
        m_db = *db;
    }

    void init()
    {
        test::clearSettings();
        applyTheme(Theme::System);
    }

    void showsDataDirectoryAndKeychain()
    {
        std::unique_ptr<SettingsDialog> dialog(makeDialog());
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("dataDirectoryEdit"));
        QVERIFY(edit);
        QVERIFY(edit->isReadOnly());
        QCOMPARE(edit->text(), QDir::toNativeSeparators(m_dataDir.path()));
        QTRY_COMPARE(dialog->keychainStatus()->state(), KeychainStatusWidget::State::Available);

        std::unique_ptr<SettingsDialog> locked(new SettingsDialog(m_db, m_dataDir.path(), [] {
            return Status(Error(Error::Code::KeychainUnavailable, QStringLiteral("locked")));
        }));
        QTRY_COMPARE(locked->keychainStatus()->state(), KeychainStatusWidget::State::Unavailable);
    }

    void loadsAndStoresSettings()
    {
        AppSettings stored;
        stored.sourceImportLimit = 7;
        stored.engineThreads = 3;
        stored.engineRetries = 1;
        stored.logLevel = LogLevel::Warning;
        QVERIFY(stored.save(m_db));
        storeLanguage(QStringLiteral("de"));

        std::unique_ptr<SettingsDialog> dialog(makeDialog());
        auto spin = [&](const char *name) {
            return dialog->findChild<QSpinBox *>(QLatin1String(name));
        };
        QCOMPARE(spin("importLimitSpinBox")->value(), 7);
        QCOMPARE(spin("engineThreadsSpinBox")->value(), 3);
        QCOMPARE(spin("engineRetriesSpinBox")->value(), 1);
        QCOMPARE(dialog->appSettings().logLevel, LogLevel::Warning);
        QCOMPARE(dialog->language(), QStringLiteral("de"));

        // Out of range input is clamped by the spin boxes, never stored as is.
        spin("engineThreadsSpinBox")->setValue(500);
        QCOMPARE(spin("engineThreadsSpinBox")->value(), 64);
        spin("engineThreadsSpinBox")->setValue(6);
        spin("engineRetriesSpinBox")->setValue(4);
        spin("importLimitSpinBox")->setValue(20);
        auto *level = dialog->findChild<QComboBox *>(QStringLiteral("logLevelComboBox"));
        level->setCurrentIndex(level->findData(int(LogLevel::Debug)));
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));

        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        auto back = AppSettings::load(m_db);
        QVERIFY(back);
        QCOMPARE(back->engineThreads, 6);
        QCOMPARE(back->engineRetries, 4);
        QCOMPARE(back->sourceImportLimit, 20);
        QCOMPARE(back->logLevel, LogLevel::Debug);
        QCOMPARE(storedLanguage(), QStringLiteral("en"));
        applyLogLevel(LogLevel::Info);
    }

    void cancelStoresNothing()
    {
        std::unique_ptr<SettingsDialog> dialog(makeDialog());
        const int before = AppSettings::load(m_db)->engineRetries;
        dialog->findChild<QSpinBox *>(QStringLiteral("engineRetriesSpinBox"))->setValue(before + 3);
        auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("themeComboBox"));
        theme->setCurrentIndex(theme->findData(int(Theme::Dark)));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(AppSettings::load(m_db)->engineRetries, before);
        QCOMPARE(storedTheme(), Theme::System);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 128);
    }

    void darkAndLightThemesApplyAtOnce()
    {
        const QString platformStyle = QApplication::style()->name();
        std::unique_ptr<SettingsDialog> dialog(makeDialog());
        auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("themeComboBox"));
        theme->setCurrentIndex(theme->findData(int(Theme::Dark)));
        QVERIFY(dialog->apply());
        QCOMPARE(storedTheme(), Theme::Dark);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        const QPalette dark = QApplication::palette();
        QVERIFY(dark.color(QPalette::Window).lightness() < 80);
        QVERIFY(dark.color(QPalette::Base).lightness() < 80);
        QVERIFY(dark.color(QPalette::WindowText).lightness() > 180);
        QVERIFY(dark.color(QPalette::Text).lightness() > 180);
        // Disabled text stays readable but distinct.
        QVERIFY(dark.color(QPalette::Disabled, QPalette::Text) != dark.color(QPalette::Text));
        // Widgets that exist already follow.
        QTRY_VERIFY(dialog->palette().color(QPalette::Window).lightness() < 80);

        theme->setCurrentIndex(theme->findData(int(Theme::Light)));
        QVERIFY(dialog->apply());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        QVERIFY(QApplication::palette().color(QPalette::Text).lightness() < 80);

        theme->setCurrentIndex(theme->findData(int(Theme::System)));
        QVERIFY(dialog->apply());
        QCOMPARE(storedTheme(), Theme::System);
        QCOMPARE(QApplication::style()->name(), platformStyle);
    }

    void exportDiagnostics()
    {
        QVERIFY(SettingsRepository(m_db).set(
            QStringLiteral("vault.password"), QStringLiteral("hunter22x")));
        std::unique_ptr<SettingsDialog> dialog(makeDialog());
        QSignalSpy done(dialog.get(), &SettingsDialog::diagnosticsExported);
        QSignalSpy failed(dialog.get(), &SettingsDialog::diagnosticsFailed);
        const QString file = m_dataDir.filePath(QStringLiteral("out.tar"));
        dialog->exportDiagnosticsTo(file);
        QVERIFY(dialog->isExporting());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("exportDiagnosticsButton"))
                     ->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QCOMPARE(failed.count(), 0);
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("exportDiagnosticsButton"))
                    ->isEnabled());
        QFile tar(file);
        QVERIFY(tar.open(QIODevice::ReadOnly));
        const QByteArray bytes = tar.readAll();
        QVERIFY(bytes.contains("ferry-diagnostics/ferry.db"));
        QVERIFY(bytes.contains("Preferences/theme"));
        QVERIFY(!bytes.contains("hunter22x"));

        // A file that cannot be written: the reason is shown, the button works again.
        dialog->exportDiagnosticsTo(m_dataDir.filePath(QStringLiteral("missing/dir/out.tar")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("exportDiagnosticsButton"))
                    ->isEnabled());
    }

    void mainWindowOpensSettingsAndUserGuide()
    {
        StartupContext context {m_dataDir.path(), m_db};
        MainWindow window(context, [] { return Status(); });
        window.show();
        auto *settings = window.findChild<QAction *>(QStringLiteral("actionSettings"));
        QVERIFY(settings);
        QVERIFY(settings->isEnabled());
        QVERIFY(!settings->shortcut().isEmpty());
        settings->trigger();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();

        auto *guide = window.findChild<QAction *>(QStringLiteral("actionUserGuide"));
        QVERIFY(guide->isEnabled());
        QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
        qputenv("FERRY_USER_GUIDE",
            QByteArray(qgetenv("FERRY_TEST_SOURCE_DIR") + "/docs/user-guide.md"));
        guide->trigger();
        auto *window2 = window.findChild<UserGuideWindow *>();
        QVERIFY(window2);
        QVERIFY(window2->isVisible());
        QVERIFY(QFile::exists(UserGuideWindow::userGuidePath()));
        QVERIFY(window2->isGuideLoaded());
        QVERIFY(window2->browser()->toPlainText().contains(QStringLiteral("Ferry")));
        // A second trigger raises the same window.
        guide->trigger();
        QCOMPARE(window.findChildren<UserGuideWindow *>().size(), 1);
        window2->close();
    }

    void userGuideMissing()
    {
        // Nothing beside the test program, and no source path built in: no guide at all.
        qputenv("FERRY_USER_GUIDE", "/nonexistent/user-guide.md");
        QCOMPARE(UserGuideWindow::userGuidePath(), QString());
    }

    void germanTranslationLoads()
    {
        QVERIFY(installTranslations(QStringLiteral("de")));
        QCOMPARE(SettingsDialog::tr("Settings"), QStringLiteral("Einstellungen"));
        QVERIFY(installTranslations(QStringLiteral("en")));
        QCOMPARE(SettingsDialog::tr("Settings"), QStringLiteral("Settings"));
        QCOMPARE(effectiveLanguage(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(effectiveLanguage(QStringLiteral("en")), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "test_settingsdialog.moc"
