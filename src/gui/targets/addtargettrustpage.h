#pragma once

#include "targets/addtargetpage.h"

class QPushButton;

namespace ferry::gui {

class OperationStatusWidget;
class TrustCommandsWidget;

// Step 5 (when the server does not trust Ferry's certificate yet): the exact command that
// trusts it on the server, with Copy, and "Check Again", which reaches OK once the command ran.
class AddTargetTrustPage final : public AddTargetPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddTargetTrustPage)

public:
    explicit AddTargetTrustPage(AddTargetWizard *wizard);
    ~AddTargetTrustPage() override;

    void initializePage() override;
    bool validatePage() override;

private:
    void checkAgain(bool thenContinue);
    void showStatus();

    TrustCommandsWidget *m_commands;
    QPushButton *m_checkAgain;
    OperationStatusWidget *m_status;
    bool m_continue = false; // Next asked for the check: move on after it
    bool m_proceed = false; // the check after Next is done
};

} // namespace ferry::gui
