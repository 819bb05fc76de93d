#include "guitestsupport.h"

#include "common/emptystatewidget.h"
#include "mainwindow/keychainstatuswidget.h"
#include "mainwindow/mainwindow.h"
#include "startup/startup.h"
#include "version.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolBar>
#include <QWizard>

#include <atomic>
#include <memory>

using namespace ferry;
using namespace ferry::gui;

namespace {

Status keychainAnswers()
{
    return {};
}

Status keychainMissing()
{
    return Error(Error::Code::KeychainUnavailable, QStringLiteral("No usable system keychain."),
        QStringLiteral("org.freedesktop.secrets was not provided"));
}

struct ExpectedPage
{
    Page page;
    const char *navigation;
    const char *emptyTitle;
    const char *actionName;
    bool actionEnabled;
    const char *reasonStart; // the hint under a greyed-out action
};

// A fresh data directory: no sources, so syncing waits for the first one.
const ExpectedPage kExpected[] = {
    {Page::Sources, "Sources", "No sources yet", "actionAddSource", true, ""},
    {Page::Targets, "Targets", "No targets yet", "actionAddTarget", true, ""},
    {Page::Instances, "Instances", "No instances yet", "actionSyncSources", false,
        "Add a source first"},
    {Page::Networks, "Networks", "No networks yet", "actionSyncSources", false,
        "Add a source first"},
    {Page::Batches, "Batches", "No batches yet", "actionCreateBatch", true, ""},
    {Page::Queue, "Queue", "The queue is empty", "actionShowBatches", true, ""},
    {Page::Artifacts, "Artifacts", "No artifacts yet", "actionAddArtifact", true, ""},
    {Page::Warnings, "Warnings", "No warnings", "actionSyncSources", false, "Add a source first"},
};

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensWithDataDirectoryInStatusBar();
    void navigationListsEveryPage();
    void clickingNavigationShowsPage_data();
    void clickingNavigationShowsPage();
    void shortcutsShowPages_data();
    void shortcutsShowPages();
    void emptyStatesShowTitleAndAction_data();
    void emptyStatesShowTitleAndAction();
    void queueActionGoesToBatches();
    void unwiredActionsSayWhy();
    void addSourceOpensTheWizard();
    void menusHoldTheActions();
    void keychainAvailableIsShown();
    void keychainUnavailableIsShownWithReason();
    void closingWhileKeychainProbeRunsIsSafe();
    void aboutDialogOpensFromHelpMenu();
    void geometryAndPageAreRestored();
    void everyInteractiveWidgetIsNamed();

private:
    std::unique_ptr<MainWindow> createWindow(MainWindow::KeychainProbe probe = keychainAnswers);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    StartupContext m_context;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QVERIFY(m_dataDir.isValid());
    test::isolateUserState(m_settingsDir);
    qputenv("FERRY_DATA_DIR", QFile::encodeName(m_dataDir.path()));
    StartupOptions options;
    options.installLogger = false;
    auto startup = prepareStartup(options);
    QVERIFY2(startup.ok(), qPrintable(startup.ok() ? QString() : startup.error().toString()));
    m_context = *startup;
}

void TestMainWindow::init()
{
    test::clearSettings();
}

void TestMainWindow::cleanup()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows)
        w->close();
}

std::unique_ptr<MainWindow> TestMainWindow::createWindow(MainWindow::KeychainProbe probe)
{
    auto window = std::make_unique<MainWindow>(m_context, std::move(probe));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void TestMainWindow::opensWithDataDirectoryInStatusBar()
{
    auto window = createWindow();
    QVERIFY(window);
    QCOMPARE(window->dataDirectory(), QDir(m_dataDir.path()).absolutePath());
    auto *label = window->findChild<QLabel *>(QStringLiteral("dataDirectoryLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QDir::toNativeSeparators(m_dataDir.path())),
        qPrintable(label->text()));
    QCOMPARE(window->currentPage(), Page::Sources);
    QCOMPARE(window->windowTitle(), QStringLiteral("Sources"));
}

void TestMainWindow::navigationListsEveryPage()
{
    auto window = createWindow();
    QVERIFY(window);
    auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    QVERIFY(nav);
    QCOMPARE(nav->count(), kPageCount);
    for (int i = 0; i < kPageCount; ++i) {
        QCOMPARE(nav->item(i)->text(), QLatin1String(kExpected[i].navigation));
        QVERIFY(!nav->item(i)->icon().isNull());
    }
}

void TestMainWindow::clickingNavigationShowsPage_data()
{
    QTest::addColumn<int>("row");
    for (const ExpectedPage &e : kExpected)
        QTest::newRow(e.navigation) << int(e.page);
}

void TestMainWindow::clickingNavigationShowsPage()
{
    QFETCH(int, row);
    auto window = createWindow();
    QVERIFY(window);
    // Start elsewhere, so that every row is a real change.
    window->showPage(row == 0 ? Page::Warnings : Page::Sources);
    QSignalSpy spy(window.get(), &MainWindow::currentPageChanged);

    auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    auto *stack = window->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    QVERIFY(nav && stack);
    const QRect rect = nav->visualItemRect(nav->item(row));
    QVERIFY(rect.isValid());
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());

    QCOMPARE(window->currentPage(), static_cast<Page>(row));
    QCOMPARE(stack->currentIndex(), row);
    // Pages with content (Sources, Instances, Networks) wrap their empty state.
    QWidget *empty = window->emptyState(static_cast<Page>(row));
    QVERIFY(stack->currentWidget() == empty || stack->currentWidget()->isAncestorOf(empty));
    QVERIFY(empty->isVisible());
    QVERIFY(window->pageAction(static_cast<Page>(row))->isChecked());
    QCOMPARE(window->windowTitle(), QLatin1String(kExpected[row].navigation));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<Page>(), static_cast<Page>(row));
}

void TestMainWindow::shortcutsShowPages_data()
{
    clickingNavigationShowsPage_data();
}

void TestMainWindow::shortcutsShowPages()
{
    QFETCH(int, row);
    auto window = createWindow();
    QVERIFY(window);
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    window->showPage(row == 0 ? Page::Warnings : Page::Sources);

    QCOMPARE(window->pageAction(static_cast<Page>(row))->shortcut(),
        QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row)));
    QTest::keyClick(window.get(), static_cast<Qt::Key>(Qt::Key_1 + row), Qt::ControlModifier);
    QCOMPARE(window->currentPage(), static_cast<Page>(row));
    auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    QCOMPARE(nav->currentRow(), row);
}

void TestMainWindow::emptyStatesShowTitleAndAction_data()
{
    clickingNavigationShowsPage_data();
}

void TestMainWindow::emptyStatesShowTitleAndAction()
{
    QFETCH(int, row);
    const ExpectedPage &expected = kExpected[row];
    auto window = createWindow();
    QVERIFY(window);
    window->showPage(expected.page);

    EmptyStateWidget *empty = window->emptyState(expected.page);
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    auto *title = empty->findChild<QLabel *>(QStringLiteral("emptyStateTitle"));
    auto *description = empty->findChild<QLabel *>(QStringLiteral("emptyStateDescription"));
    auto *icon = empty->findChild<QLabel *>(QStringLiteral("emptyStateIcon"));
    auto *button = empty->findChild<QPushButton *>(QStringLiteral("emptyStateButton"));
    auto *hint = empty->findChild<QLabel *>(QStringLiteral("emptyStateHint"));
    QVERIFY(title && description && icon && button && hint);

    QVERIFY(title->isVisible());
    QCOMPARE(title->text(), QLatin1String(expected.emptyTitle));
    QVERIFY(description->isVisible());
    QVERIFY(description->text().size() > 40);
    QVERIFY(!icon->pixmap().isNull());

    auto *action = window->findChild<QAction *>(QLatin1String(expected.actionName));
    QVERIFY(action);
    QCOMPARE(empty->action(), action);
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), action->text());
    QCOMPARE(button->isEnabled(), expected.actionEnabled);
    QCOMPARE(action->isEnabled(), expected.actionEnabled);
    // A disabled action says why, under the button and in its tool tip.
    QCOMPARE(hint->isVisible(), !expected.actionEnabled);
    if (!expected.actionEnabled) {
        QVERIFY2(
            hint->text().startsWith(QLatin1String(expected.reasonStart)), qPrintable(hint->text()));
        QCOMPARE(button->toolTip(), hint->text());
    }
}

void TestMainWindow::queueActionGoesToBatches()
{
    auto window = createWindow();
    QVERIFY(window);
    window->showPage(Page::Queue);
    auto *button = window->emptyState(Page::Queue)
                       ->findChild<QPushButton *>(QStringLiteral("emptyStateButton"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(window->currentPage(), Page::Batches);
}

void TestMainWindow::unwiredActionsSayWhy()
{
    auto window = createWindow();
    QVERIFY(window);
    // Adding an artifact is wired (the Artifacts page, issue 16): nothing is left unwired.
    auto *addArtifact = window->findChild<QAction *>(QStringLiteral("actionAddArtifact"));
    QVERIFY(addArtifact);
    QVERIFY(addArtifact->isEnabled());
    QVERIFY(addArtifact->toolTip().contains(QLatin1String("virtio-win")));
    QVERIFY(window->artifactsPage());
    auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    QVERIFY(toolBar->isVisible());
    // Creating a batch is wired (the Batch wizard).
    auto *createBatch = window->findChild<QAction *>(QStringLiteral("actionCreateBatch"));
    QWidget *button = toolBar->widgetForAction(createBatch);
    QVERIFY(button);
    QCOMPARE(button->objectName(), QStringLiteral("actionCreateBatchButton"));
    QVERIFY(button->isEnabled());
    // Syncing needs a source: greyed out with the reason until there is one.
    auto *sync = window->findChild<QAction *>(QStringLiteral("actionSyncSources"));
    QVERIFY(!sync->isEnabled());
    QVERIFY(sync->toolTip().startsWith(QLatin1String("Add a source first")));
}

void TestMainWindow::addSourceOpensTheWizard()
{
    auto window = createWindow();
    QVERIFY(window);
    window->showPage(Page::Queue);
    auto *addSource = window->findChild<QAction *>(QStringLiteral("actionAddSource"));
    QVERIFY(addSource->isEnabled());
    QCOMPARE(window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))
                 ->widgetForAction(addSource)
                 ->objectName(),
        QStringLiteral("actionAddSourceButton"));
    // From the Sources page's empty state as well as from the menu.
    window->showPage(Page::Sources);
    auto *button = window->emptyState(Page::Sources)
                       ->findChild<QPushButton *>(QStringLiteral("emptyStateButton"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = window->findChild<QWizard *>(QStringLiteral("addSourceWizard"))));
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(window->currentPage(), Page::Sources);
    // A second trigger raises the same wizard.
    addSource->trigger();
    QCOMPARE(window->findChildren<QWizard *>(QStringLiteral("addSourceWizard")).size(), 1);
    wizard->reject();
}

void TestMainWindow::menusHoldTheActions()
{
    auto window = createWindow();
    QVERIFY(window);
    auto *file = window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    auto *view = window->findChild<QMenu *>(QStringLiteral("viewMenu"));
    auto *help = window->findChild<QMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(file && view && help);
    auto *quit = window->findChild<QAction *>(QStringLiteral("actionQuit"));
    QVERIFY(file->actions().contains(quit));
    // The platform's Quit key, or Ctrl+Q where it names none (the offscreen platform here).
    const QKeySequence platformQuit(QKeySequence::Quit);
    QCOMPARE(quit->shortcut(),
        platformQuit.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q) : platformQuit);
    for (int i = 0; i < kPageCount; ++i)
        QVERIFY(view->actions().contains(window->pageAction(static_cast<Page>(i))));
    QVERIFY(help->actions().contains(window->findChild<QAction *>(QStringLiteral("actionAbout"))));
    QVERIFY(
        help->actions().contains(window->findChild<QAction *>(QStringLiteral("actionUserGuide"))));

    quit->trigger();
    QVERIFY(!window->isVisible());
}

void TestMainWindow::keychainAvailableIsShown()
{
    auto window = createWindow(keychainAnswers);
    QVERIFY(window);
    KeychainStatusWidget *status = window->keychainStatus();
    QVERIFY(status->isVisible());
    QTRY_COMPARE(status->state(), KeychainStatusWidget::State::Available);
    QCOMPARE(status->text(), QStringLiteral("Keychain: available"));
}

void TestMainWindow::keychainUnavailableIsShownWithReason()
{
    auto window = createWindow(keychainMissing);
    QVERIFY(window);
    KeychainStatusWidget *status = window->keychainStatus();
    QTRY_COMPARE(status->state(), KeychainStatusWidget::State::Unavailable);
    QCOMPARE(status->text(), QStringLiteral("Keychain: unavailable"));
    QVERIFY(status->toolTip().contains(QLatin1String("No usable system keychain.")));
    QVERIFY(status->toolTip().contains(QLatin1String("org.freedesktop.secrets")));
}

void TestMainWindow::closingWhileKeychainProbeRunsIsSafe()
{
    auto probeDone = std::make_shared<std::atomic<bool>>(false);
    auto window = createWindow([probeDone]() -> Status {
        QThread::msleep(300);
        probeDone->store(true);
        return {};
    });
    QVERIFY(window);
    QCOMPARE(window->keychainStatus()->state(), KeychainStatusWidget::State::Checking);
    QCOMPARE(window->keychainStatus()->text(), QStringLiteral("Keychain: checking…"));
    window.reset(); // the answer arrives after the window is gone
    QTRY_VERIFY(probeDone->load());
    // A (wrongly) queued callback runs here, if there were one.
    QVERIFY(gui::test::settled());
}

void TestMainWindow::aboutDialogOpensFromHelpMenu()
{
    auto window = createWindow();
    QVERIFY(window);
    auto *about = window->findChild<QAction *>(QStringLiteral("actionAbout"));
    QVERIFY(about);
    about->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QDialog *>(QStringLiteral("aboutDialog"))));
    QTRY_VERIFY(dialog->isVisible());
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    bool versionShown = false;
    for (const QLabel *label : labels)
        versionShown = versionShown || label->text().contains(QLatin1String(FERRY_VERSION_STRING));
    QVERIFY(versionShown);

    // A second trigger raises the same dialog instead of opening another.
    about->trigger();
    QCOMPARE(window->findChildren<QDialog *>(QStringLiteral("aboutDialog")).size(), 1);
    dialog->close();
}

void TestMainWindow::geometryAndPageAreRestored()
{
    QSize size;
    {
        auto window = createWindow();
        QVERIFY(window);
        // A first start uses 1200x760, or 90% of a smaller screen.
        const QSize available = window->screen()->availableGeometry().size();
        QCOMPARE(window->size(), QSize(1200, 760).boundedTo(available * 0.9));
        window->resize(940, 620);
        QTRY_COMPARE(window->size(), QSize(940, 620));
        size = window->size();
        window->showPage(Page::Artifacts);
        window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->hide();
        window->close();
    }
    auto window = createWindow();
    QVERIFY(window);
    QCOMPARE(window->size(), size);
    QCOMPARE(window->currentPage(), Page::Artifacts);
    QVERIFY(window->pageAction(Page::Artifacts)->isChecked());
    QVERIFY(!window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->isVisible());
}

void TestMainWindow::everyInteractiveWidgetIsNamed()
{
    auto window = createWindow();
    QVERIFY(window);
    const QList<QAbstractButton *> buttons = window->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (!button->isVisibleTo(window.get()) || button->parent()->inherits("QToolBarExtension")
            || QByteArray(button->metaObject()->className()) == "QToolBarExtension")
            continue;
        QVERIFY2(!button->objectName().isEmpty(), qPrintable(button->text()));
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
    }
    auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    QVERIFY(!nav->accessibleName().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
