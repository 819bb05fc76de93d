#pragma once

// A page of the Batch wizard (batchwizard.h); its object names are stable for tests.

#include "batch/batchservice.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QTreeView;

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
    bool isComplete() const override;
    void initializePage() override;

private:
    BatchWizard *m_wizard;
    QProgressBar *m_busy = nullptr;
    QLabel *m_summary = nullptr;
    PreflightModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QVector<batch::PlannedInstance> m_planned;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace ferry::gui
