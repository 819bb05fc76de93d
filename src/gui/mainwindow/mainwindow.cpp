#include "mainwindow/mainwindow.h"

#include "about/aboutdialog.h"
#include "artifacts/artifactspage.h"
#include "batches/batchespage.h"
#include "common/dataevents.h"
#include "common/emptystatewidget.h"
#include "common/guicontext.h"
#include "common/iconlabel.h"
#include "common/icons.h"
#include "help/userguidewindow.h"
#include "instances/instancespage.h"
#include "mainwindow/keychainstatuswidget.h"
#include "mainwindow/navigationdelegate.h"
#include "networks/networkspage.h"
#include "queue/enginecontroller.h"
#include "queue/queuepage.h"
#include "secrets/credentialstore.h"
#include "settings/settingsdialog.h"
#include "sources/sourcespage.h"
#include "startup/startup.h"
#include "store/database.h"
#include "targets/targetspage.h"
#include "util/paths.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

constexpr int kDefaultWidth = 1200;
constexpr int kDefaultHeight = 760;
constexpr int kNavigationWidth = 200;
const auto kSettingsGroup = QStringLiteral("MainWindow");
const auto kGeometryKey = QStringLiteral("geometry");
const auto kStateKey = QStringLiteral("state");
const auto kSplitterKey = QStringLiteral("splitter");
const auto kPageKey = QStringLiteral("page");

struct PageText
{
    QString emptyTitle;
    QString description;
};

PageText pageText(Page page)
{
    switch (page) {
    case Page::Sources:
        return {MainWindow::tr("No sources yet"),
            MainWindow::tr("Sources are the VMware vCenter Servers and ESXi hosts that Ferry "
                           "copies virtual machines from. Add one to import its VMs and "
                           "networks.")};
    case Page::Targets:
        return {MainWindow::tr("No targets yet"),
            MainWindow::tr("Targets are the Incus and LXD servers that receive the migrated "
                           "virtual machines. Add one and confirm its certificate to start "
                           "planning migrations.")};
    case Page::Instances:
        return {MainWindow::tr("No instances yet"),
            MainWindow::tr("Instances are the virtual machines found on your sources. They "
                           "appear here, with their disks, NICs and guest details, once a source "
                           "has been synced.")};
    case Page::Networks:
        return {MainWindow::tr("No networks yet"),
            MainWindow::tr("The networks found on your sources are listed here, so that you can "
                           "map each one to a network on the target.")};
    case Page::Batches:
        return {MainWindow::tr("No batches yet"),
            MainWindow::tr("A batch selects instances with an expression and moves them to a "
                           "target during the migration windows you choose.")};
    case Page::Queue:
        return {MainWindow::tr("The queue is empty"),
            MainWindow::tr("When a batch starts, each of its instances is queued here with its "
                           "status and the progress of every disk.")};
    case Page::Artifacts:
        return {MainWindow::tr("No artifacts yet"),
            MainWindow::tr("Artifacts are files that migrations need: Windows guests get the "
                           "virtio drivers from a virtio-win ISO, and wait until one is added "
                           "here.")};
    case Page::Warnings:
        return {MainWindow::tr("No warnings"),
            MainWindow::tr("Problems found while syncing or migrating, such as disks that cannot "
                           "be copied or lost connections, are collected here for you to "
                           "review.")};
    }
    return {};
}

QAction *makeAction(
    QObject *parent, const QString &objectName, const QString &text, const QString &iconName = {})
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    if (!iconName.isEmpty())
        action->setIcon(themedIcon(iconName));
    return action;
}

} // namespace

MainWindow::MainWindow(const StartupContext &context, KeychainProbe keychainProbe, QWidget *parent)
    : QMainWindow(parent)
    , m_dataDirectory(context.dataDirectory)
    , m_database(context.database)
    , m_keychainProbe(std::move(keychainProbe))
    , m_events(new DataEvents(this))
{
    // The GUI drives the queue while it is open, unless another process does (then the Queue
    // page says who, and this window takes over when that process lets go).
    m_engine = new EngineController(m_database, std::make_shared<CredentialStore>(), this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    if (!m_keychainProbe) {
        m_keychainProbe = [] {
            // A shorter wait than the default: this only feeds the status bar.
            return CredentialStore(CredentialStore().service(), 10000).probe();
        };
    }

    createActions();
    createMenus();
    createToolBar();
    createCentralArea();
    createStatusBar();
    restoreUiState();

    m_keychainStatus->start();
    m_engine->start();
}

MainWindow::~MainWindow() = default;

QString MainWindow::pageTitle(Page page)
{
    switch (page) {
    case Page::Sources:
        return tr("Sources");
    case Page::Targets:
        return tr("Targets");
    case Page::Instances:
        return tr("Instances");
    case Page::Networks:
        return tr("Networks");
    case Page::Batches:
        return tr("Batches");
    case Page::Queue:
        return tr("Queue");
    case Page::Artifacts:
        return tr("Artifacts");
    case Page::Warnings:
        return tr("Warnings");
    }
    return {};
}

void MainWindow::createActions()
{
    m_addSourceAction = makeAction(
        this, QStringLiteral("actionAddSource"), tr("Add &Source…"), QStringLiteral("add"));
    m_addSourceAction->setToolTip(tr("Register a vCenter Server or ESXi host and import its VMs."));
    m_addSourceAction->setStatusTip(m_addSourceAction->toolTip());
    m_addSourceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));

    m_addTargetAction = makeAction(
        this, QStringLiteral("actionAddTarget"), tr("Add &Target…"), QStringLiteral("add"));
    m_addTargetAction->setToolTip(tr("Register an Incus or LXD server that receives the "
                                     "migrated VMs."));
    m_addTargetAction->setStatusTip(m_addTargetAction->toolTip());
    m_addTargetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));

    m_syncSourcesAction = makeAction(
        this, QStringLiteral("actionSyncSources"), tr("S&ync Sources"), QStringLiteral("sync"));
    m_syncSourcesAction->setShortcut(QKeySequence::Refresh);

    m_createBatchAction = makeAction(this, QStringLiteral("actionCreateBatch"),
        tr("Create &Batch…"), QStringLiteral("batch-create"));
    m_createBatchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_createBatchAction->setToolTip(tr("Select instances with an expression and plan their "
                                       "migration: windows, placement and pre-flight checks."));
    m_createBatchAction->setStatusTip(m_createBatchAction->toolTip());

    m_addArtifactAction = makeAction(
        this, QStringLiteral("actionAddArtifact"), tr("Add &Artifact…"), QStringLiteral("add"));
    m_addArtifactAction->setToolTip(
        tr("Add a virtio-win driver ISO, which Windows guests' conversion needs."));
    m_addArtifactAction->setStatusTip(m_addArtifactAction->toolTip());

    m_showBatchesAction = makeAction(
        this, QStringLiteral("actionShowBatches"), tr("Show Batches"), QStringLiteral("batches"));
    m_showBatchesAction->setToolTip(tr("Go to the Batches page, where migrations are planned."));
    connect(m_showBatchesAction, &QAction::triggered, this, [this] { showPage(Page::Batches); });

    m_quitAction
        = makeAction(this, QStringLiteral("actionQuit"), tr("&Quit"), QStringLiteral("quit"));
    // Ctrl+Q where the platform names no Quit key (Windows, the offscreen platform).
    m_quitAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit).isEmpty()
            ? QList<QKeySequence> {QKeySequence(Qt::CTRL | Qt::Key_Q)}
            : QKeySequence::keyBindings(QKeySequence::Quit));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setStatusTip(tr("Close Ferry"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_userGuideAction = makeAction(this, QStringLiteral("actionUserGuide"), tr("&User Guide"));
    m_userGuideAction->setShortcut(QKeySequence::HelpContents);
    m_userGuideAction->setStatusTip(tr("Open the user guide"));
    connect(m_userGuideAction, &QAction::triggered, this, [this] {
        // One guide window; the action raises it when it is open already.
        auto *guide = findChild<UserGuideWindow *>();
        if (!guide)
            guide = new UserGuideWindow(this);
        guide->show();
        guide->raise();
        guide->activateWindow();
    });

    // Settings…: Ctrl+, where the platform has no Preferences shortcut (Linux desktops).
    QAction *settings = makeAction(this, QStringLiteral("actionSettings"), tr("Se&ttings…"));
    settings->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
            ? QList<QKeySequence> {QKeySequence(Qt::CTRL | Qt::Key_Comma)}
            : QKeySequence::keyBindings(QKeySequence::Preferences));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setStatusTip(tr("Limits, language, theme, log level and diagnostics"));
    connect(settings, &QAction::triggered, this, [this] {
        auto *dialog = new SettingsDialog(m_database, m_dataDirectory, m_keychainProbe, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, m_engine, &EngineController::reloadSettings);
        dialog->open();
    });

    m_aboutAction = makeAction(
        this, QStringLiteral("actionAbout"), tr("&About Ferry"), QStringLiteral("about"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setStatusTip(tr("Show the version of Ferry and its licences"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAboutDialog);

    m_pageActionGroup = new QActionGroup(this);
    m_pageActionGroup->setExclusive(true);
    for (int i = 0; i < kPageCount; ++i) {
        const auto page = static_cast<Page>(i);
        QAction *action = makeAction(this, QStringLiteral("actionShow_%1").arg(pageKey(page)),
            pageTitle(page), pageKey(page));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        action->setStatusTip(tr("Show the %1 page").arg(pageTitle(page)));
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        m_pageActionGroup->addAction(action);
        m_pageActions << action;
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->setToolTipsVisible(true);
    file->addAction(m_addSourceAction);
    file->addAction(m_addTargetAction);
    file->addAction(m_createBatchAction);
    file->addAction(m_addArtifactAction);
    file->addSeparator();
    file->addAction(m_syncSourcesAction);
    file->addSeparator();
    file->addAction(findChild<QAction *>(QStringLiteral("actionSettings")));
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->setToolTipsVisible(true);
    view->addActions(m_pageActions);
    view->addSeparator();
    m_toolBar = new QToolBar(tr("Main Toolbar"), this);
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    QAction *toggleToolBar = m_toolBar->toggleViewAction();
    toggleToolBar->setObjectName(QStringLiteral("actionShowToolBar"));
    toggleToolBar->setText(tr("Show &Toolbar"));
    view->addAction(toggleToolBar);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->setToolTipsVisible(true);
    help->addAction(m_userGuideAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->addAction(m_addSourceAction);
    m_toolBar->addAction(m_addTargetAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_syncSourcesAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_createBatchAction);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    // Object names and accessible names for the buttons the tool bar made for the actions.
    const QList<QAction *> actions = m_toolBar->actions();
    for (QAction *action : actions) {
        if (QWidget *button = m_toolBar->widgetForAction(action);
            button && !action->isSeparator()) {
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
            button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        }
    }
}

void MainWindow::createCentralArea()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setAccessibleDescription(tr("Choose the page to show"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setMouseTracking(true); // hover highlight
    m_navigation->setItemDelegate(new NavigationDelegate(m_navigation));
    // The sidebar sits on the window colour; the pages, like the tables they will hold, on the
    // base colour.
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);
    m_navigation->viewport()->setAttribute(Qt::WA_Hover);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pageStack"));
    m_pages->setAutoFillBackground(true);
    m_pages->setBackgroundRole(QPalette::Base);

    const GuiContext context {m_database, std::make_shared<CredentialStore>(), m_events};
    for (int i = 0; i < kPageCount; ++i) {
        const auto page = static_cast<Page>(i);
        auto *item = new QListWidgetItem(themedIcon(pageKey(page)), pageTitle(page));
        item->setToolTip(tr("%1 (%2)").arg(
            pageTitle(page), m_pageActions.at(i)->shortcut().toString(QKeySequence::NativeText)));
        m_navigation->addItem(item);

        const PageText text = pageText(page);
        auto *empty = new EmptyStateWidget(m_pages);
        empty->setObjectName(QStringLiteral("%1EmptyState").arg(pageKey(page)));
        empty->setIconName(pageKey(page));
        empty->setTitle(text.emptyTitle);
        empty->setDescription(text.description);
        switch (page) {
        case Page::Sources:
            empty->setAction(m_addSourceAction);
            break;
        case Page::Targets:
            empty->setAction(m_addTargetAction);
            break;
        case Page::Instances:
        case Page::Networks:
        case Page::Warnings:
            empty->setAction(m_syncSourcesAction);
            break;
        case Page::Batches:
            empty->setAction(m_createBatchAction);
            break;
        case Page::Queue:
            empty->setAction(m_showBatchesAction);
            break;
        case Page::Artifacts:
            empty->setAction(m_addArtifactAction);
            break;
        }
        m_emptyStates << empty;
        // The pages with content wrap their empty state and show it while they list nothing.
        switch (page) {
        case Page::Sources:
            m_sourcesPage = new SourcesPage(context, empty, m_pages);
            m_pages->addWidget(m_sourcesPage);
            break;
        case Page::Targets:
            m_targetsPage = new TargetsPage(
                TargetsContext {m_database, context.credentials, m_dataDirectory}, empty, m_pages);
            m_targetsPage->setAddTargetAction(m_addTargetAction);
            m_pages->addWidget(m_targetsPage);
            break;
        case Page::Instances:
            m_instancesPage = new InstancesPage(context, empty, m_pages);
            m_pages->addWidget(m_instancesPage);
            break;
        case Page::Networks:
            m_networksPage = new NetworksPage(context, empty, m_pages);
            m_pages->addWidget(m_networksPage);
            break;
        case Page::Batches:
            m_batchesPage = new BatchesPage(context, empty, m_pages);
            m_batchesPage->setCreateAction(m_createBatchAction);
            m_pages->addWidget(m_batchesPage);
            break;
        case Page::Queue:
            m_queuePage = new QueuePage(context, empty, m_engine, m_pages);
            m_pages->addWidget(m_queuePage);
            break;
        case Page::Artifacts:
            m_artifactsPage = new ArtifactsPage(context, m_dataDirectory, empty, m_pages);
            m_pages->addWidget(m_artifactsPage);
            break;
        default:
            m_pages->addWidget(empty);
            break;
        }
    }
    connect(m_addSourceAction, &QAction::triggered, m_sourcesPage, [this] {
        showPage(Page::Sources);
        m_sourcesPage->addSource();
    });
    connect(m_addTargetAction, &QAction::triggered, m_targetsPage, [this] {
        showPage(Page::Targets);
        m_targetsPage->addTarget();
    });
    connect(m_createBatchAction, &QAction::triggered, m_batchesPage, [this] {
        showPage(Page::Batches);
        m_batchesPage->createBatch();
    });
    connect(m_addArtifactAction, &QAction::triggered, m_artifactsPage, [this] {
        showPage(Page::Artifacts);
        m_artifactsPage->addArtifact();
    });
    connect(m_syncSourcesAction, &QAction::triggered, m_sourcesPage,
        [this] { m_sourcesPage->syncAll(); });
    connect(m_sourcesPage, &SourcesPage::sourceCountChanged, this, &MainWindow::updateSyncAction);
    connect(m_sourcesPage, &SourcesPage::showInstancesRequested, this,
        [this] { showPage(Page::Instances); });
    updateSyncAction(m_sourcesPage->sourceCount());
    m_navigation->setMinimumWidth(170);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    // The sidebar: the list with a little air above its first row.
    auto *sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    auto *sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(0, 6, 0, 0);
    sidebarLayout->setSpacing(0);
    sidebarLayout->addWidget(m_navigation);
    m_splitter->addWidget(sidebar);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({kNavigationWidth, kDefaultWidth - kNavigationWidth});
    setCentralWidget(m_splitter);

    connect(
        m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onNavigationRowChanged);
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setObjectName(QStringLiteral("statusBar"));

    auto *dataDirectory = new QWidget(bar);
    dataDirectory->setObjectName(QStringLiteral("dataDirectoryStatus"));
    auto *layout = new QHBoxLayout(dataDirectory);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    auto *icon = new IconLabel(dataDirectory);
    icon->setIcon(
        QStringLiteral("folder"), style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this));
    m_dataDirectoryLabel = new QLabel(dataDirectory);
    m_dataDirectoryLabel->setObjectName(QStringLiteral("dataDirectoryLabel"));
    m_dataDirectoryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QString nativeDir = QDir::toNativeSeparators(m_dataDirectory);
    m_dataDirectoryLabel->setText(tr("Data directory: %1").arg(nativeDir));
    m_dataDirectoryLabel->setAccessibleName(tr("Data directory"));
    m_dataDirectoryLabel->setAccessibleDescription(nativeDir);
    dataDirectory->setToolTip(
        tr("Database: %1\nLog files: %2")
            .arg(m_database ? m_database->location()
                            : QDir::toNativeSeparators(databaseFile(m_dataDirectory)),
                QDir::toNativeSeparators(logDirectory(m_dataDirectory))));
    layout->addWidget(icon);
    layout->addWidget(m_dataDirectoryLabel);
    bar->addWidget(dataDirectory, 1);

    m_engineStatusLabel = new QLabel(bar);
    m_engineStatusLabel->setObjectName(QStringLiteral("engineStatusLabel"));
    m_engineStatusLabel->setText(m_engine->stateText());
    bar->addPermanentWidget(m_engineStatusLabel);
    connect(m_queuePage, &QueuePage::engineStatusChanged, m_engineStatusLabel, &QLabel::setText);

    m_keychainStatus = new KeychainStatusWidget(m_keychainProbe, bar);
    bar->addPermanentWidget(m_keychainStatus);
}

Page MainWindow::currentPage() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 ? static_cast<Page>(row) : Page::Sources;
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

QAction *MainWindow::pageAction(Page page) const
{
    return m_pageActions.value(static_cast<int>(page));
}

EmptyStateWidget *MainWindow::emptyState(Page page) const
{
    return m_emptyStates.value(static_cast<int>(page));
}

void MainWindow::onNavigationRowChanged(int row)
{
    if (row < 0 || row >= kPageCount)
        return;
    const auto page = static_cast<Page>(row);
    m_pages->setCurrentIndex(row);
    m_pageActions.at(row)->setChecked(true);
    setWindowTitle(pageTitle(page));
    Q_EMIT currentPageChanged(page);
}

void MainWindow::restoreUiState()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        QSize size(kDefaultWidth, kDefaultHeight);
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            size = size.boundedTo(available.size() * 0.9);
            resize(size);
            move(available.center() - rect().center());
        } else {
            resize(size);
        }
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    const Page page = pageFromKey(settings.value(kPageKey).toString()).value_or(Page::Sources);
    if (m_navigation->currentRow() == static_cast<int>(page))
        onNavigationRowChanged(static_cast<int>(page));
    else
        showPage(page);
}

void MainWindow::saveUiState() const
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kPageKey, pageKey(currentPage()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!stopEngine()) {
        event->ignore();
        return;
    }
    saveUiState();
    QMainWindow::closeEvent(event);
}

bool MainWindow::stopEngine()
{
    const int running = m_engine->runningJobs();
    if (running > 0) {
        QMessageBox ask(QMessageBox::Warning, tr("Migrations are running"),
            tr("%n migration(s) are running in this window.", nullptr, running),
            QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("quitWhileMigratingDialog"));
        ask.setInformativeText(tr("Quitting cancels them: each source that Ferry powered off is "
                                  "powered back on and what was created on the target is "
                                  "deleted. Retry them from the Queue page later."));
        QPushButton *quit
            = ask.addButton(tr("Cancel Migrations and Quit"), QMessageBox::DestructiveRole);
        QPushButton *stay = ask.addButton(tr("Keep Ferry Open"), QMessageBox::RejectRole);
        ask.setDefaultButton(stay);
        ask.exec();
        if (ask.clickedButton() != quit)
            return false;
    }
    statusBar()->showMessage(tr("Stopping the migration engine…"));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    m_engine->stop();
    QGuiApplication::restoreOverrideCursor();
    return true;
}

void MainWindow::updateSyncAction(int sourceCount)
{
    const bool any = sourceCount > 0;
    m_syncSourcesAction->setEnabled(any);
    m_syncSourcesAction->setToolTip(any
            ? tr("Read the VMs and networks of every source now.")
            : tr("Add a source first (File > Add Source…), then sync it."));
    m_syncSourcesAction->setStatusTip(m_syncSourcesAction->toolTip());
}

void MainWindow::showAboutDialog()
{
    if (!m_aboutDialog) {
        m_aboutDialog = new AboutDialog(this);
        m_aboutDialog->setObjectName(QStringLiteral("aboutDialog"));
        m_aboutDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_aboutDialog->open();
    m_aboutDialog->raise();
    m_aboutDialog->activateWindow();
}

} // namespace ferry::gui
