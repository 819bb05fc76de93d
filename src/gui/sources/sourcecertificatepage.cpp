#include "sources/sourcecertificatepage.h"

#include "common/backgroundtask.h"
#include "common/operationstatuswidget.h"
#include "sources/addsourcewizard.h"
#include "sources/certificateview.h"
#include "sources/sourceconnectionpage.h"
#include "sources/sourcejob.h"
#include "sources/sourcepresentation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace ferry::gui {

SourceCertificatePage::SourceCertificatePage(AddSourceWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_view(new CertificateView(this))
    , m_status(new OperationStatusWidget(QStringLiteral("trust"), this))
    , m_fixPassword(new QPushButton(tr("&Correct the Password"), this))
{
    setObjectName(QStringLiteral("certificatePage"));
    setTitle(tr("Server certificate"));
    setSubTitle(tr("%1: decide whether to trust the certificate the server presented.")
                    .arg(AddSourceWizard::stepText(3)));
    m_intro->setObjectName(QStringLiteral("certificateIntro"));
    m_intro->setWordWrap(true);
    m_fixPassword->setObjectName(QStringLiteral("certificateFixPasswordButton"));
    m_fixPassword->setAccessibleName(tr("Correct the password"));
    m_fixPassword->setVisible(false);
    connect(m_fixPassword, &QPushButton::clicked, this,
        [this] { m_wizard->goBackTo(AddSourceWizard::ConnectionPageId); });
    connect(m_view, &CertificateView::trustTickChanged, this, [this] {
        m_trustedAndConnected = false;
        Q_EMIT completeChanged();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addWidget(m_view);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fixPassword);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

SourceCertificatePage::~SourceCertificatePage()
{
    stop();
}

void SourceCertificatePage::initializePage()
{
    m_trustedAndConnected = false;
    m_pinned = false;
    m_view->setEnabled(true);
    m_status->clear();
    m_fixPassword->setVisible(false);
    showSource(m_wizard->source());
}

void SourceCertificatePage::showSource(const Source &source)
{
    const QString host = QUrl(source.endpoint).host();
    const bool changed = source.cert.changed(source.connectivityStatus);
    m_view->setCertificate(
        source.cert.seenPem, host, changed ? source.cert.trustedSha256 : QString());
    if (changed)
        m_intro->setText(tr("The server at %1 presents another certificate than the one that "
                            "was trusted for it.")
                             .arg(source.endpoint));
    else
        m_intro->setText(tr("The server at %1 presented a certificate that this computer does "
                            "not trust. Compare its fingerprint with the one your vSphere "
                            "administrator gives you (on the server: the certificate's SHA-256 "
                            "thumbprint) before you trust it. Ferry has sent nothing to the "
                            "server yet, not even the user name.")
                             .arg(source.endpoint));
}

void SourceCertificatePage::cleanupPage()
{
    stop();
    m_status->clear();
    m_fixPassword->setVisible(false);
    m_trustedAndConnected = false;
    m_pinned = false;
    m_view->setEnabled(true);
}

bool SourceCertificatePage::isComplete() const
{
    return m_view->isTrustTicked() && !m_control && !m_pinned;
}

bool SourceCertificatePage::validatePage()
{
    if (m_trustedAndConnected)
        return true;
    startTrust();
    return false;
}

void SourceCertificatePage::startTrust()
{
    const Source source = m_wizard->source();
    const QString fingerprint = m_view->presentedSha256();
    m_fixPassword->setVisible(false);
    m_status->setRunning(
        tr("Trusting the certificate and logging in…"), tr("Fingerprint %1").arg(fingerprint));
    auto control = std::make_shared<SourceJobControl>();
    m_control = control;
    Q_EMIT completeChanged();
    const auto db = m_wizard->context().database;
    const auto credentials = m_wizard->context().credentials;
    QFuture<Result<Source>> future = runInBackground(
        this,
        [db, credentials, control, name = source.name, fingerprint]() {
            return sourceServiceFor(db, credentials, control.get())
                .trustFingerprint(name, fingerprint);
        },
        [this, control](const Result<Source> &result) {
            if (control == m_control)
                onTrusted(result);
        });
    m_wizard->setPendingWork(QFuture<void>(future), control);
}

void SourceCertificatePage::stop()
{
    if (m_control) {
        m_control->cancel = true;
        m_control.reset();
        Q_EMIT completeChanged();
    }
}

void SourceCertificatePage::onTrusted(const Result<Source> &result)
{
    m_control.reset();
    using State = OperationStatusWidget::State;
    if (!result) {
        m_status->setResult(State::Failed, tr("The certificate could not be trusted."),
            result.error().message, result.error().details);
        Q_EMIT completeChanged();
        return;
    }
    const Source source = *result;
    m_wizard->setSource(source);
    const QString &status = source.connectivityStatus;
    if (status == connectivity::Ok) {
        m_status->setResult(State::Succeeded, tr("Certificate trusted, logged in."), {});
        m_trustedAndConnected = true;
        Q_EMIT completeChanged();
        m_wizard->next();
        return;
    }
    if (status == connectivity::AuthenticationError) {
        const QString message = tr("The server refused the user name or the password.");
        m_status->setResult(State::Failed, tr("Authentication error"),
            tr("The certificate is trusted now, but the server refused the user name or the "
               "password. Correct them in the first step."),
            source.statusDetail);
        if (auto *first = qobject_cast<SourceConnectionPage *>(
                m_wizard->page(AddSourceWizard::ConnectionPageId)))
            first->showAuthenticationProblem(tr("%1 Check both and try again.").arg(message));
        m_fixPassword->setVisible(true);
        m_fixPassword->setFocus();
        // Pinned now: nothing left to decide here, the way on is the first step.
        m_pinned = true;
        m_view->setEnabled(false);
        m_intro->setText(tr("You trusted the certificate of %1.").arg(source.endpoint));
    } else if (source.cert.canTrust(source.connectivityStatus)) {
        // The server changed its certificate in the meantime: show the new one.
        m_pinned = false;
        showSource(source);
        m_status->setResult(State::NeedsAttention,
            tr("The server now presents another certificate."),
            tr("Check this one before you trust it."), source.statusDetail);
    } else {
        m_status->setResult(State::Failed, sourcepresentation::statusText(source),
            sourcepresentation::statusExplanation(source), source.statusDetail);
    }
    Q_EMIT completeChanged();
}

} // namespace ferry::gui
