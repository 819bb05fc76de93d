#pragma once

#include "batches/batchesmodel.h"
#include "batches/batchwizard.h"
#include "common/guicontext.h"
#include "model/batch.h"

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QMessageBox;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolBar;

namespace ferry::gui {

class EmptyStateWidget;

// The Batches page: every batch with its status, how many instances it selects now, how many are
// queued and its windows; the selected batch's YAML and matched instances; Create (the Batch
// wizard), Start, Stop, Reset and Remove (the last two after a confirmation). It reloads on
// DataEvents::batchesChanged and inventoryChanged.
class BatchesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchesPage)

public:
    BatchesPage(GuiContext context, EmptyStateWidget *emptyState, QWidget *parent = nullptr);
    ~BatchesPage() override;

    // For tests: how the wizard reads a target's inventory (default: from the server).
    void setTargetRefresher(TargetRefresher refresher) { m_refresher = std::move(refresher); }
    void setCreateAction(QAction *action);

    QTableView *view() const { return m_view; }
    BatchesModel *model() const { return m_model; }
    QPlainTextEdit *yamlView() const { return m_yaml; }
    QListWidget *matchedView() const { return m_matched; }
    bool isLoading() const { return m_loading > 0; }
    QString selectedBatch() const;
    void selectBatch(const QString &name);

    void reload();
    BatchWizard *createBatch();
    void startSelected();
    void stopSelected();
    // Ask first; the returned box is open (window-modal), its Yes runs the action.
    QMessageBox *resetSelected();
    QMessageBox *removeSelected();

Q_SIGNALS:
    void reloaded();
    void detailsLoaded();

private:
    void updateActions();
    void loadDetails();
    void run(const QString &what, std::function<Status(const QString &name)> action);
    QMessageBox *confirm(const QString &objectName, const QString &text, const QString &info,
        const QString &yes, std::function<Status(const QString &)> action, const QString &what);

    GuiContext m_context;
    TargetRefresher m_refresher;
    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QWidget *m_content = nullptr;
    QToolBar *m_toolBar = nullptr;
    BatchesModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_yaml = nullptr;
    QListWidget *m_matched = nullptr;
    QLabel *m_detailStatus = nullptr;
    QAction *m_createAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_removeAction = nullptr;
    int m_loading = 0;
    int m_detailGeneration = 0;
    bool m_resetting = false; // reload() is replacing the rows
};

} // namespace ferry::gui
