#pragma once

// A page of the Batch wizard (batchwizard.h); its object names are stable for tests.

#include "batch/batchservice.h"

#include <QHash>
#include <QWizardPage>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;
class QTreeWidget;

namespace ferry::engine {
class GuestDryRun;
struct GuestDryRunReport;
} // namespace ferry::engine

namespace ferry::gui {

class BatchWizard;
class PreflightModel;

class BatchPreflightPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchPreflightPage)

public:
    explicit BatchPreflightPage(BatchWizard *wizard);
    ~BatchPreflightPage() override;

    bool isLoading() const { return m_loading; }
    const QVector<batch::PlannedInstance> &planned() const { return m_planned; }
    QTreeView *results() const { return m_tree; }
    // The conversion's dry run (docs/conversion.md): the last one of each planned instance,
    // and the button that runs it anew.
    QTreeWidget *dryRunResults() const { return m_dryRunTree; }
    QPushButton *dryRunButton() const { return m_dryRunButton; }
    bool isDryRunning() const { return m_dryRunning; }
    bool isComplete() const override;
    void initializePage() override;

private:
    void runDryRun();
    void loadDryRuns();
    void showDryRuns(const QHash<qint64, engine::GuestDryRunReport> &reports);

    BatchWizard *m_wizard;
    QProgressBar *m_busy = nullptr;
    QLabel *m_summary = nullptr;
    PreflightModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QVector<batch::PlannedInstance> m_planned;
    bool m_loading = false;
    int m_generation = 0;
    QPushButton *m_dryRunButton = nullptr;
    QLabel *m_dryRunStatus = nullptr;
    QTreeWidget *m_dryRunTree = nullptr;
    std::shared_ptr<engine::GuestDryRun> m_dryRun; // the one running, to cancel
    bool m_dryRunning = false;
};

} // namespace ferry::gui
