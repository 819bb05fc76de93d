// The German translation on real widgets: loaded as Ferry loads it (installTranslations, as from
// the system locale or the Language setting), then the menus, the navigation and page titles,
// the empty states, the wizards' titles, pages and buttons, and the Settings dialog are checked
// in German; English again after switching back.

#include "guitestsupport.h"

#include "common/emptystatewidget.h"
#include "mainwindow/mainwindow.h"
#include "secrets/credentialstore.h"
#include "settings/preferences.h"
#include "settings/settingsdialog.h"
#include "sources/addsourcewizard.h"
#include "startup/startup.h"
#include "store/database.h"
#include "targets/addtargetwizard.h"
#include "util/paths.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>

using namespace ferry;
using namespace ferry::gui;

class TestGermanTranslation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    std::shared_ptr<Database> m_db;

    static QStringList menuTitles(MainWindow &window)
    {
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->text();
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateUserState(m_settingsDir);
        auto db = Database::open(databaseFile(m_dataDir.path()));
        QVERIFY(db);
        m_db = *db;
    }

    void cleanupTestCase() { installTranslations(QStringLiteral("en")); }

    void mainWindowInGerman()
    {
        QVERIFY(installTranslations(QStringLiteral("de")));
        MainWindow window(StartupContext {m_dataDir.path(), m_db}, [] { return Status(); });
        QCOMPARE(menuTitles(window),
            (QStringList {
                QStringLiteral("&Datei"), QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        QStringList pages;
        for (int i = 0; i < navigation->count(); ++i)
            pages << navigation->item(i)->text();
        QCOMPARE(pages,
            (QStringList {QStringLiteral("Quellen"), QStringLiteral("Ziele"),
                QStringLiteral("Instanzen"), QStringLiteral("Netzwerke"), QStringLiteral("Batches"),
                QStringLiteral("Warteschlange"), QStringLiteral("Artefakte"),
                QStringLiteral("Warnungen")}));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionAddSource"))->text(),
            QStringLiteral("&Quelle hinzufügen…"));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionSettings"))->text(),
            QStringLiteral("E&instellungen…"));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionUserGuide"))->text(),
            QStringLiteral("&Benutzerhandbuch"));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionQuit"))->text(),
            QStringLiteral("&Beenden"));
        QCOMPARE(window.emptyState(Page::Sources)->title(), QStringLiteral("Noch keine Quellen"));
        QCOMPARE(
            window.emptyState(Page::Artifacts)->title(), QStringLiteral("Noch keine Artefakte"));
    }

    void wizardsInGerman()
    {
        QVERIFY(installTranslations(QStringLiteral("de")));
        const GuiContext context {m_db, std::make_shared<CredentialStore>(), nullptr};
        AddSourceWizard source(context);
        source.show();
        QCOMPARE(source.windowTitle(), QStringLiteral("Quelle hinzufügen"));
        QCOMPARE(source.currentPage()->title(), QStringLiteral("Verbindungsdaten"));
        QVERIFY(source.currentPage()->subTitle().startsWith(QStringLiteral("Schritt 1 von 5")));
        // Field labels of the first step.
        QStringList labels;
        for (QLabel *label : source.currentPage()->findChildren<QLabel *>())
            labels << label->text();
        QVERIFY2(labels.contains(QStringLiteral("&Benutzername:")), qPrintable(labels.join(u'|')));
        QVERIFY2(labels.contains(QStringLiteral("&Passwort:")), qPrintable(labels.join(u'|')));
        // Qt's own buttons come from Qt's German translation when it is installed.
        const QString cancel = source.button(QWizard::CancelButton)->text();
        QVERIFY2(cancel == QStringLiteral("Abbrechen") || cancel == QStringLiteral("Cancel"),
            qPrintable(cancel));

        AddTargetWizard target(TargetsContext {m_db, context.credentials, m_dataDir.path()}, {});
        target.show();
        QCOMPARE(target.windowTitle(), QStringLiteral("Ziel hinzufügen"));
        QCOMPARE(target.currentPage()->title(), QStringLiteral("Ziel"));
    }

    void settingsDialogInGerman()
    {
        QVERIFY(installTranslations(QStringLiteral("de")));
        SettingsDialog dialog(m_db, m_dataDir.path(), [] { return Status(); });
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
        QStringList groups;
        for (QGroupBox *box : dialog.findChildren<QGroupBox *>())
            groups << box->title();
        QCOMPARE(groups,
            (QStringList {QStringLiteral("Speicherort"), QStringLiteral("Migrationen"),
                QStringLiteral("Darstellung"), QStringLiteral("Protokolle und Diagnose")}));
        QCOMPARE(
            dialog.findChild<QAbstractButton *>(QStringLiteral("exportDiagnosticsButton"))->text(),
            QStringLiteral("Diagnose &exportieren…"));
    }

    void backToEnglish()
    {
        QVERIFY(installTranslations(QStringLiteral("en")));
        MainWindow window(StartupContext {m_dataDir.path(), m_db}, [] { return Status(); });
        QCOMPARE(menuTitles(window).value(0), QStringLiteral("&File"));
        QCOMPARE(MainWindow::pageTitle(Page::Queue), QStringLiteral("Queue"));
    }

    void systemLanguageFollowsTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(effectiveLanguage(QStringLiteral("system")), QStringLiteral("de"));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(effectiveLanguage(QStringLiteral("system")), QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestGermanTranslation)
#include "test_germantranslation.moc"
