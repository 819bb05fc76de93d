#pragma once

#include "common/guicontext.h"
#include "model/source.h"
#include "util/result.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace ferry::gui {

class AddSourceWizard;
class EmptyStateWidget;
class IconLabel;
class SourcesModel;
class SyncDialog;

// The Sources page: the registered vCenter Servers and ESXi hosts with their connectivity
// status, and what can be done with one (sync, edit, trust a new certificate, check the
// connectivity, remove). Shows the page's empty state while there is no source.
class SourcesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesPage)

public:
    SourcesPage(GuiContext context, EmptyStateWidget *emptyState, QWidget *parent = nullptr);
    ~SourcesPage() override;

    SourcesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    int sourceCount() const;

    // Re-reads the sources from the database.
    void reload();
    void selectSource(const QString &name);

    // The Add Source wizard (File > Add Source…); returns it for the tests.
    AddSourceWizard *addSource();
    // Sync every source (File > Sync Sources) or the selected one.
    SyncDialog *syncAll();
    SyncDialog *syncSelected();
    QDialog *editSelected();
    QDialog *trustSelected();
    void checkSelected();
    QDialog *removeSelected();

Q_SIGNALS:
    // The number of sources changed (from or to none).
    void sourceCountChanged(int count);
    // After the wizard's Finish with "Show the instances" ticked.
    void showInstancesRequested();

private:
    void createActions();
    void updateActions();
    void updateDetails();
    const Source *selectedSource() const;
    void applyUpdatedSource(const Source &source);
    void showError(const QString &summary, const Error &error);
    SyncDialog *sync(const QStringList &names);

    GuiContext m_context;
    SourcesModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QWidget *m_content = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTableView *m_view = nullptr;
    QWidget *m_details = nullptr;
    IconLabel *m_detailsIcon = nullptr;
    QLabel *m_detailsTitle = nullptr;
    QLabel *m_detailsText = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_trustAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_removeAction = nullptr;
    QPointer<AddSourceWizard> m_wizard;
    QPointer<SyncDialog> m_syncDialog;
    int m_lastCount = -1;
    bool m_autoSizeColumns = false;
};

} // namespace ferry::gui
