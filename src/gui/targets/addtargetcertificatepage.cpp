#include "targets/addtargetcertificatepage.h"

#include "common/operationstatuswidget.h"
#include "sources/certificateview.h"
#include "targets/addtargetwizard.h"
#include "targets/targetpresentation.h"

#include <QCheckBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ferry::gui {

AddTargetCertificatePage::AddTargetCertificatePage(AddTargetWizard *wizard)
    : AddTargetPage(wizard, AddTargetWizard::CertificatePageId)
    , m_intro(new QLabel(this))
    , m_view(new CertificateView(this))
    , m_message(new OperationStatusWidget(QStringLiteral("certificateTrust"), this))
{
    setObjectName(QStringLiteral("certificatePage"));
    setTitle(tr("Server Certificate"));
    setIntro(tr("Check the server's certificate before Ferry trusts it."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Trust and Continue"));

    m_intro->setObjectName(QStringLiteral("certificateIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    if (auto *tick = m_view->findChild<QCheckBox *>(QStringLiteral("trustCertificateCheckBox")))
        tick->setToolTip(tr("Tick only after you compared the fingerprint with the "
                            "certificate_fingerprint that \"lxc info\" or \"incus info\" shows on "
                            "the server."));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    connect(m_view, &CertificateView::trustTickChanged, this, &QWizardPage::completeChanged);
}

AddTargetCertificatePage::~AddTargetCertificatePage() = default;

void AddTargetCertificatePage::initializePage()
{
    updateSubTitle();
    m_trusted = false;
    m_message->clear();
    const Target &t = *targetWizard()->target();
    const bool changed = t.cert.changed(t.connectivityStatus);
    m_intro->setText(changed
            ? tr("%1 presented a certificate that does not match the fingerprint you entered. "
                 "Ferry sent nothing to it. Trust this certificate only if you know why it "
                 "differs, for example because you copied the fingerprint of another server.")
                  .arg(t.endpoint.toHtmlEscaped())
            : tr("Ferry has not seen the certificate of %1 before. Compare its fingerprint with "
                 "the <b>certificate_fingerprint</b> that <tt>lxc info</tt> or <tt>incus "
                 "info</tt> shows on the server, and trust it only if they match.")
                  .arg(t.endpoint.toHtmlEscaped()));
    m_view->setCertificate(t.cert.seenPem, targetpresentation::endpointHost(t),
        changed ? t.cert.trustedSha256 : QString());
}

bool AddTargetCertificatePage::isReady() const
{
    return m_view->isTrustTicked();
}

int AddTargetCertificatePage::nextId() const
{
    return targetWizard()->pageAfterCheck();
}

bool AddTargetCertificatePage::validatePage()
{
    if (m_trusted)
        return true;
    AddTargetWizard *wizard = targetWizard();
    if (wizard->isBusy() || !m_view->isTrustTicked())
        return false;
    const QString name = wizard->target()->name;
    const QString fingerprint = m_view->presentedSha256();
    m_message->setRunning(tr("Trusting the certificate and connecting again…"));
    wizard->run(
        name,
        [name, fingerprint](TargetService &service, const std::atomic_bool *) {
            return service.trustFingerprint(name, fingerprint);
        },
        [this, wizard](const TargetJobOutcome &outcome) {
            if (outcome.error) {
                m_message->setResult(OperationStatusWidget::State::Failed, QString(),
                    tr("Ferry could not trust the certificate: %1").arg(outcome.error->message),
                    outcome.error->details);
                return;
            }
            m_message->clear();
            m_trusted = true;
            wizard->next();
        });
    return false;
}

} // namespace ferry::gui
