#pragma once

#include "model/source.h"
#include "util/result.h"

#include <QWizardPage>

#include <memory>

class QLabel;
class QPushButton;

namespace ferry::gui {

class AddSourceWizard;
class CertificateView;
class OperationStatusWidget;
struct SourceJobControl;

// Step 3 of the Add Source wizard, shown when the server's certificate is not trusted
// ("Confirm TLS fingerprint" or "TLS error"): the certificate as a person checks it, and Next
// only after the "I trust this certificate" tick. Next pins the fingerprint and logs in (off
// the GUI thread); a refused password is shown here with a way back to correct it.
class SourceCertificatePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceCertificatePage)

public:
    explicit SourceCertificatePage(AddSourceWizard *wizard);
    ~SourceCertificatePage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    CertificateView *certificateView() const { return m_view; }

private:
    void showSource(const Source &source);
    void startTrust();
    void stop();
    void onTrusted(const Result<Source> &result);

    AddSourceWizard *m_wizard = nullptr;
    QLabel *m_intro = nullptr;
    CertificateView *m_view = nullptr;
    OperationStatusWidget *m_status = nullptr;
    QPushButton *m_fixPassword = nullptr;
    std::shared_ptr<SourceJobControl> m_control;
    bool m_trustedAndConnected = false;
    bool m_pinned = false; // trusted, but the login failed: corrected in step 1
};

} // namespace ferry::gui
