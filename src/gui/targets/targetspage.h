#pragma once

#include "model/target.h"
#include "targets/targetjob.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QMenu;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QToolBar;
class QTreeView;

namespace ferry::gui {

class AddTargetWizard;
class ColumnChooser;
class EmptyStateWidget;
class TargetDetailsWidget;
class TargetsModel;

// The Targets page: the registered Incus and LXD servers with their status, type, version,
// endpoint, authentication and pinned fingerprint, and for the selected one its details and
// inventory tree. Actions: Add Target (the wizard), Check Again, Edit, Trust New Certificate and
// Remove, each greyed out with the reason when it does not apply. With no targets the page shows
// its empty state with "Add Target…".
class TargetsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetsPage)

public:
    // emptyState: the page's empty state (the main window's, with its "Add Target…" button);
    // null for a new one. The page takes it over.
    TargetsPage(
        TargetsContext context, EmptyStateWidget *emptyState = nullptr, QWidget *parent = nullptr);
    ~TargetsPage() override;

    // The main window's "Add Target…", for the empty state (when it has no action yet).
    void setAddTargetAction(QAction *action);

    TargetsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    TargetDetailsWidget *details() const { return m_details; }
    EmptyStateWidget *emptyState() const { return m_emptyState; }
    AddTargetWizard *wizard() const;
    // The selected target, or null.
    const Target *currentTarget() const;

public Q_SLOTS:
    // Reads the targets from the database again, keeping the selection.
    void reload();
    void selectTarget(const QString &name);
    // Opens the Add Target wizard (or raises the open one).
    void addTarget();
    void refreshCurrent();
    void editCurrent();
    void trustCurrentCertificate();
    void removeCurrent();

Q_SIGNALS:
    // The number of targets changed, or one's status did.
    void targetsChanged();

private:
    void createActions();
    void updateActions();
    void showCurrent();
    void onTargetFinished(qint64 id, const TargetJobOutcome &outcome, const QString &what);
    void showContextMenu(const QPoint &pos);
    QStringList targetNames() const;

    TargetsContext m_context;
    TargetsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    EmptyStateWidget *m_emptyState;
    QWidget *m_content;
    QToolBar *m_toolBar;
    QSplitter *m_splitter;
    QTreeView *m_view;
    TargetDetailsWidget *m_details;
    ColumnChooser *m_columns = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_trustAction = nullptr;
    QAction *m_removeAction = nullptr;
    QPointer<AddTargetWizard> m_wizard;
    QHash<qint64, std::shared_ptr<TargetJobControl>> m_jobs;
};

} // namespace ferry::gui
