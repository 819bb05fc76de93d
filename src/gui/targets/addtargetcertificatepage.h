#pragma once

#include "targets/addtargetpage.h"

class QLabel;

namespace ferry::gui {

class CertificateView;
class OperationStatusWidget;

// Step 4 (when needed): the server's certificate as a person checks it (the Nextcloud client's
// untrusted-certificate dialog): subject, issuer, validity, SHA-256 in hex and colon form, what
// is wrong with it and, for a changed certificate, both fingerprints. Next stays disabled until
// "I trust this certificate" is ticked; then Ferry pins it and checks again.
class AddTargetCertificatePage final : public AddTargetPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddTargetCertificatePage)

public:
    explicit AddTargetCertificatePage(AddTargetWizard *wizard);
    ~AddTargetCertificatePage() override;

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

    CertificateView *certificateView() const { return m_view; }

protected:
    bool isReady() const override;

private:
    QLabel *m_intro;
    CertificateView *m_view;
    OperationStatusWidget *m_message;
    bool m_trusted = false; // the pin is saved: validatePage() lets the wizard move on
};

} // namespace ferry::gui
