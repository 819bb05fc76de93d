#pragma once

#include "targets/addtargetpage.h"

#include <QUrl>

class QLabel;
class QPushButton;

namespace ferry::gui {

class OperationStatusWidget;
struct TargetJobOutcome;
} // namespace ferry::gui

namespace ferry::incus {
struct DeviceAuthorization;
} // namespace ferry::incus

namespace ferry::gui {

// Step 3: Ferry registers the target and connects (redeeming the token first, when there is
// one): a stage, a busy bar and Stop while it waits, then what happened. From the moment the
// target is stored there is no way back; "Try Again" checks again. For OIDC, while Ferry waits
// for the sign-in, it shows the identity provider's address (with a button that opens it) and
// the code to confirm there; Stop cancels the wait.
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
    void showDeviceCode(const incus::DeviceAuthorization &authorization);

    OperationStatusWidget *m_status;
    QPushButton *m_stop;
    QPushButton *m_retry;
    QWidget *m_oidcPanel;
    QLabel *m_oidcUrl;
    QLabel *m_oidcCode;
    QPushButton *m_oidcOpen;
    QUrl m_oidcUrlToOpen;
};

} // namespace ferry::gui
