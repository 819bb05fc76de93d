// Accessibility walk: the main window on every page (empty and with data), and every dialog,
// window and wizard page Ferry has. Every interactive widget a person can reach must have an
// accessible name (own, text or buddy label) and the focus chain must follow the layouts.
// A failure lists every widget at fault, by object path.

#include "accessibilitycheck.h"
#include "batchtestdata.h"
#include "guitestdata.h"
#include "guitestsupport.h"

#include "about/aboutdialog.h"
#include "batches/batchwizard.h"
#include "common/dataevents.h"
#include "common/errordialog.h"
#include "help/userguidewindow.h"
#include "instances/instanceoverridesdialog.h"
#include "mainwindow/mainwindow.h"
#include "networks/networkmappingdialog.h"
#include "networks/networkmappingsdialog.h"
#include "secrets/credentialstore.h"
#include "settings/settingsdialog.h"
#include "sources/addsourcewizard.h"
#include "sources/sourceeditdialog.h"
#include "sources/syncdialog.h"
#include "sources/trustcertificatedialog.h"
#include "store/artifactrepository.h"
#include "store/instancerepository.h"
#include "store/networkrepository.h"
#include "store/sourcerepository.h"
#include "store/targetrepository.h"
#include "targets/addtargetwizard.h"
#include "targets/edittargetdialog.h"
#include "targets/targettrustcertificatedialog.h"

#include <QPushButton>
#include <QWizard>

using namespace ferry;
using namespace ferry::gui;

class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    test::SampleInventory m_inventory;
    DataEvents m_events;
    QStringList m_problems;

    GuiContext context() const
    {
        return GuiContext {m_inventory.db, std::make_shared<CredentialStore>(), nullptr};
    }
    TargetsContext targetsContext() const
    {
        return TargetsContext {
            m_inventory.db, std::make_shared<CredentialStore>(), m_dataDir.path()};
    }

    void check(QWidget *root, const QString &where)
    {
        m_problems << test::accessibilityProblems(root, where);
    }

    void checkDialog(QWidget *dialog, const QString &where)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        check(dialog, where);
        dialog->close();
    }

    // Every page of a wizard, whether or not it can be reached without a server: the pages are
    // checked as they will look when shown (widgets the page hides are not counted).
    void checkWizard(QWizard *wizard, const QString &where)
    {
        wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        check(wizard, where + QStringLiteral(" (first page)"));
        const QList<int> ids = wizard->pageIds();
        QVERIFY(!ids.isEmpty());
        for (int id : ids) {
            QWizardPage *page = wizard->page(id);
            const QString title = page->title().isEmpty() ? page->objectName() : page->title();
            m_problems << test::unnamedWidgets(
                page, QStringLiteral("%1, page %2").arg(where, title));
            m_problems << test::tabOrderProblems(
                page, QStringLiteral("%1, page %2").arg(where, title));
        }
        wizard->close();
    }

    void report()
    {
        m_problems.removeDuplicates();
        for (const QString &p : std::as_const(m_problems))
            qWarning("%s", qPrintable(p));
        const int count = int(m_problems.size());
        m_problems.clear();
        QVERIFY2(count == 0,
            qPrintable(QStringLiteral("%1 accessibility problem(s), listed above").arg(count)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateUserState(m_settingsDir);
        auto filled = test::fillSampleInventory(m_dataDir.path());
        QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().toString()));
        m_inventory = *filled;
        QVERIFY(test::addSampleTarget(m_inventory.db));
    }

    void cleanup() { m_problems.clear(); }

    void mainWindowEveryPageEmpty()
    {
        QTemporaryDir empty;
        auto db = Database::open(empty.filePath(QStringLiteral("ferry.db")));
        QVERIFY(db);
        MainWindow window(StartupContext {empty.path(), *db}, [] { return Status(); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < kPageCount; ++i) {
            window.showPage(static_cast<Page>(i));
            check(&window,
                QStringLiteral("Main window (empty), %1")
                    .arg(MainWindow::pageTitle(static_cast<Page>(i))));
        }
        report();
    }

    void mainWindowEveryPageWithData()
    {
        // The Artifacts page lists one (a record is enough: the page does not read the file).
        Artifact iso;
        iso.type = QStringLiteral("driver");
        iso.os = QStringLiteral("windows");
        iso.description = QStringLiteral("virtio-win.iso");
        iso.versions = {QStringLiteral("2k22")};
        iso.architectures = {QStringLiteral("amd64")};
        QVERIFY(ArtifactRepository(m_inventory.db).insert(iso).ok());
        MainWindow window(
            StartupContext {m_dataDir.path(), m_inventory.db}, [] { return Status(); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < kPageCount; ++i) {
            const auto page = static_cast<Page>(i);
            window.showPage(page);
            QVERIFY(gui::test::settled()); // pages load in the background
            check(&window, QStringLiteral("Main window, %1").arg(MainWindow::pageTitle(page)));
        }
        // Every main action has a keyboard shortcut and a mnemonic, and no two share a key.
        QList<QKeySequence> shortcuts;
        for (const char *name : {"actionAddSource", "actionAddTarget", "actionSyncSources",
                 "actionCreateBatch", "actionQuit", "actionUserGuide", "actionSettings"}) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->shortcut().isEmpty(), name);
            QVERIFY2(action->text().contains(QLatin1Char('&')), name);
            QVERIFY2(!shortcuts.contains(action->shortcut()), name);
            shortcuts << action->shortcut();
        }
        report();
    }

    void dialogs()
    {
        auto sources = SourceRepository(m_inventory.db).all();
        QVERIFY(sources && !sources->isEmpty());
        auto targets = TargetRepository(m_inventory.db).all();
        QVERIFY(targets && !targets->isEmpty());
        auto networks = NetworkRepository(m_inventory.db).all();
        QVERIFY(networks && !networks->isEmpty());
        auto instances = InstanceRepository(m_inventory.db).all();
        QVERIFY(instances && !instances->isEmpty());

        AboutDialog about;
        checkDialog(&about, QStringLiteral("About"));
        ErrorDialog error(QStringLiteral("Something failed"),
            Error(Error::Code::Network, QStringLiteral("No answer"), QStringLiteral("details")));
        error.setDetailsVisible(true);
        checkDialog(&error, QStringLiteral("Error dialog"));
        SettingsDialog settings(m_inventory.db, m_dataDir.path(), [] { return Status(); });
        checkDialog(&settings, QStringLiteral("Settings"));
        auto *guide = new UserGuideWindow; // deletes itself when closed
        checkDialog(guide, QStringLiteral("User guide"));
        SourceEditDialog sourceEdit(context(), sources->first());
        checkDialog(&sourceEdit, QStringLiteral("Edit source"));
        TrustCertificateDialog trust(context(), sources->first());
        checkDialog(&trust, QStringLiteral("Trust source certificate"));
        SyncDialog sync(context(), {sources->first().name});
        checkDialog(&sync, QStringLiteral("Sync"));
        EditTargetDialog targetEdit(targetsContext(), targets->first(), {});
        checkDialog(&targetEdit, QStringLiteral("Edit target"));
        TargetTrustCertificateDialog targetTrust(targetsContext(), targets->first());
        checkDialog(&targetTrust, QStringLiteral("Trust target certificate"));
        NetworkMappingDialog mapping(networks->first());
        checkDialog(&mapping, QStringLiteral("Network mapping"));
        NetworkMappingsDialog mappings(*networks, *targets);
        checkDialog(&mappings, QStringLiteral("Network mappings"));
        InstanceOverridesDialog overrides(instances->first());
        checkDialog(&overrides, QStringLiteral("Instance overrides"));
        report();
    }

    void wizards()
    {
        AddSourceWizard source(context());
        checkWizard(&source, QStringLiteral("Add Source"));
        AddTargetWizard target(targetsContext(), {});
        checkWizard(&target, QStringLiteral("Add Target"));
        BatchWizard batch(BatchWizardContext {
            GuiContext {m_inventory.db, std::make_shared<CredentialStore>(), &m_events}, {}});
        checkWizard(&batch, QStringLiteral("Create Batch"));
        report();
    }

    // The checks themselves catch what they should.
    void checksFindProblems()
    {
        QWidget form;
        auto *layout = new QFormLayout(&form);
        auto *first = new QLineEdit(&form);
        auto *second = new QLineEdit(&form);
        layout->addRow(QStringLiteral("First:"), first); // addRow with text sets the buddy
        layout->addRow(second);
        auto *nameless = new QPushButton(&form);
        layout->addRow(nameless);
        QWidget::setTabOrder(second, first);
        const QStringList names = test::unnamedWidgets(&form, QStringLiteral("probe"));
        QCOMPARE(names.size(), 2); // second (no label) and the empty button
        QVERIFY(test::accessibleName(first) == QStringLiteral("First:")
            || test::accessibleName(first) == QStringLiteral("First"));
        const QStringList order = test::tabOrderProblems(&form, QStringLiteral("probe"));
        QVERIFY2(!order.isEmpty(), "a reversed tab order goes unnoticed");
        second->setAccessibleName(QStringLiteral("Second"));
        nameless->setText(QStringLiteral("&Go"));
        QWidget::setTabOrder(first, second);
        QWidget::setTabOrder(second, nameless);
        QVERIFY(test::unnamedWidgets(&form, QStringLiteral("probe")).isEmpty());
        QVERIFY(test::tabOrderProblems(&form, QStringLiteral("probe")).isEmpty());
    }
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
