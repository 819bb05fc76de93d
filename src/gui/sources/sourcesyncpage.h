#pragma once

#include "sources/sourceservice.h"
#include "util/result.h"

#include <QWizardPage>

#include <memory>

class QPushButton;
class QTimer;

namespace ferry::gui {

class AddSourceWizard;
class OperationStatusWidget;
struct SourceJobControl;

// Step 4 of the Add Source wizard: the first sync, off the GUI thread, with the number of VMs
// read so far and a Stop button that really stops it. The source stays registered whatever
// happens here; a failed or stopped sync can be retried now or later from the Sources page.
class SourceSyncPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceSyncPage)

public:
    explicit SourceSyncPage(AddSourceWizard *wizard);
    ~SourceSyncPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void start();
    void stop();
    void onFinished(const Result<SyncReport> &result);
    void updateProgress();

    AddSourceWizard *m_wizard = nullptr;
    OperationStatusWidget *m_status = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_retry = nullptr;
    QTimer *m_progressTimer = nullptr;
    std::shared_ptr<SourceJobControl> m_control;
    bool m_done = false;
};

} // namespace ferry::gui
