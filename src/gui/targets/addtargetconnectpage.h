#pragma once

#include "targets/addtargetpage.h"

class QPushButton;

namespace ferry::gui {

class OperationStatusWidget;
struct TargetJobOutcome;

// Step 3: Ferry registers the target and connects (redeeming the token first, when there is
// one): a stage, a busy bar and Stop while it waits, then what happened. From the moment the
// target is stored there is no way back; "Try Again" checks again.
class AddTargetConnectPage final : public AddTargetPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddTargetConnectPage)

public:
    explicit AddTargetConnectPage(AddTargetWizard *wizard);
    ~AddTargetConnectPage() override;

    void initializePage() override;
    void cleanupPage() override;
    int nextId() const override;

protected:
    bool isReady() const override;

private:
    void start();
    void finished(const TargetJobOutcome &outcome);
    void showResult();

    OperationStatusWidget *m_status;
    QPushButton *m_stop;
    QPushButton *m_retry;
};

} // namespace ferry::gui
