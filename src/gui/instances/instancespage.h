#pragma once

#include "common/guicontext.h"
#include "model/instance.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace ferry::gui {

class ColumnChooser;
class EmptyStateWidget;
class InstanceDetailsWidget;
class InstanceOverridesDialog;
class InstancesModel;
struct LoadedInstances;
struct FilterSnapshot;

// The Instances page: every imported VM in a sortable table (built for 100,000 rows), a search
// box that filters by location, a column chooser on the header, and the selected instance's
// details with its override editor. Loads off the GUI thread and again whenever a sync or a
// removed source changes the inventory.
class InstancesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstancesPage)

public:
    InstancesPage(GuiContext context, EmptyStateWidget *emptyState, QWidget *parent = nullptr);
    ~InstancesPage() override;

    InstancesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    ColumnChooser *columnChooser() const { return m_columns; }
    InstanceDetailsWidget *details() const { return m_details; }
    bool isLoading() const { return m_loading; }
    // The search box's text is being applied (the pause after a keystroke, or an expression
    // evaluated on a worker).
    bool isFiltering() const;
    // The pause after a keystroke before the text is applied (120 ms; 0 in benchmarks).
    void setFilterDelay(int ms);

    // Loads the instances again, off the GUI thread.
    void reload();
    void selectInstance(qint64 id);
    // Opens the override editor for the selected instance; returns it for the tests.
    InstanceOverridesDialog *editOverrides();

Q_SIGNALS:
    // After each load: how many instances there are in all.
    void loaded(int count);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onLoaded(const std::shared_ptr<LoadedInstances> &result);
    void updateDetails();
    void updateCount();
    // Plain text filters the model at once; an expression is evaluated on a worker.
    void applyFilter();
    qint64 selectedId() const;

    GuiContext m_context;
    InstancesModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QWidget *m_content = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    ColumnChooser *m_columns = nullptr;
    QSplitter *m_splitter = nullptr;
    InstanceDetailsWidget *m_details = nullptr;
    QTimer *m_filterTimer = nullptr;
    QLabel *m_filterError = nullptr;
    QString m_filterHelp; // the filter field's tool tip when nothing is wrong
    QString m_filterProblem;
    quint64 m_filterGeneration = 0;
    // The newest generation, for a worker to see that its run went stale and stop early.
    std::shared_ptr<std::atomic<quint64>> m_filterLatest
        = std::make_shared<std::atomic<quint64>>(0);
    // Whole instances as expressions read them: loaded by the first expression after a reload,
    // then shared by every keystroke until the next reload (sync, removed source, overrides).
    std::shared_ptr<const FilterSnapshot> m_filterSnapshot;
    quint64 m_snapshotEpoch = 0;
    bool m_filterRunning = false;
    QPointer<InstanceOverridesDialog> m_overridesDialog;
    bool m_loading = false;
    bool m_loadedOnce = false;
    bool m_reloadPending = false;
    quint64 m_generation = 0;
};

} // namespace ferry::gui
