#pragma once

#include "mainwindow/pages.h"
#include "util/result.h"

#include <QMainWindow>
#include <QPointer>
#include <QVector>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace ferry {
class Database;
}

namespace ferry::gui {

class AboutDialog;
class BatchesPage;
class DataEvents;
class EmptyStateWidget;
class EngineController;
class InstancesPage;
class NetworksPage;
class QueuePage;
class ArtifactsPage;
class SourcesPage;
class TargetsPage;
class KeychainStatusWidget;
struct StartupContext;

// The application window: navigation on the left (Sources ... Warnings), the selected page on the
// right, the primary actions in the menu and tool bars, and the data directory and keychain state
// in the status bar. Geometry, tool bar layout, splitter and page are remembered in QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    using KeychainProbe = std::function<Status()>;

    // An empty probe asks the system keychain (CredentialStore::probe) on the thread pool.
    explicit MainWindow(
        const StartupContext &context, KeychainProbe keychainProbe = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    void showPage(Page page);

    // For the tests and for features that plug into a page later.
    QAction *pageAction(Page page) const;
    EmptyStateWidget *emptyState(Page page) const;
    KeychainStatusWidget *keychainStatus() const { return m_keychainStatus; }
    SourcesPage *sourcesPage() const { return m_sourcesPage; }
    TargetsPage *targetsPage() const { return m_targetsPage; }
    InstancesPage *instancesPage() const { return m_instancesPage; }
    NetworksPage *networksPage() const { return m_networksPage; }
    BatchesPage *batchesPage() const { return m_batchesPage; }
    QueuePage *queuePage() const { return m_queuePage; }
    ArtifactsPage *artifactsPage() const { return m_artifactsPage; }
    EngineController *engineController() const { return m_engine; }
    DataEvents *dataEvents() const { return m_events; }
    QString dataDirectory() const { return m_dataDirectory; }

    static QString pageTitle(Page page);

Q_SIGNALS:
    void currentPageChanged(ferry::gui::Page page);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void createStatusBar();
    void restoreUiState();
    void saveUiState() const;
    void onNavigationRowChanged(int row);
    void showAboutDialog();
    void updateSyncAction(int sourceCount);
    // Stops the engine; false when the person chose to keep Ferry open for running migrations.
    bool stopEngine();

    QString m_dataDirectory;
    std::shared_ptr<Database> m_database;
    KeychainProbe m_keychainProbe;
    DataEvents *m_events = nullptr;
    EngineController *m_engine = nullptr;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_dataDirectoryLabel = nullptr;
    KeychainStatusWidget *m_keychainStatus = nullptr;
    QPointer<AboutDialog> m_aboutDialog;

    QActionGroup *m_pageActionGroup = nullptr;
    QVector<QAction *> m_pageActions;
    QVector<EmptyStateWidget *> m_emptyStates;
    SourcesPage *m_sourcesPage = nullptr;
    TargetsPage *m_targetsPage = nullptr;
    InstancesPage *m_instancesPage = nullptr;
    NetworksPage *m_networksPage = nullptr;
    BatchesPage *m_batchesPage = nullptr;
    QueuePage *m_queuePage = nullptr;
    ArtifactsPage *m_artifactsPage = nullptr;
    QLabel *m_engineStatusLabel = nullptr;
    QAction *m_addSourceAction = nullptr;
    QAction *m_addTargetAction = nullptr;
    QAction *m_syncSourcesAction = nullptr;
    QAction *m_createBatchAction = nullptr;
    QAction *m_addArtifactAction = nullptr;
    QAction *m_showBatchesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_userGuideAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace ferry::gui
