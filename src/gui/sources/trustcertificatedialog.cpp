#include "sources/trustcertificatedialog.h"

#include "common/backgroundtask.h"
#include "common/operationstatuswidget.h"
#include "sources/certificateview.h"
#include "sources/sourcejob.h"
#include "sources/sourcepresentation.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ferry::gui {

TrustCertificateDialog::TrustCertificateDialog(
    GuiContext context, const Source &source, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_source(source)
    , m_intro(new QLabel(this))
    , m_view(new CertificateView(this))
    , m_status(new OperationStatusWidget(QStringLiteral("trust"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("trustCertificateDialog"));
    setWindowTitle(tr("Certificate of %1").arg(source.name));
    const bool changed = source.cert.changed(source.connectivityStatus);
    m_intro->setObjectName(QStringLiteral("trustCertificateIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(changed
            ? tr("The server of source %1 (%2) now presents another certificate than the one "
                 "that was trusted for it.")
                  .arg(source.name, source.endpoint)
            : tr("The server of source %1 (%2) presented a certificate that this computer does "
                 "not trust. Compare its fingerprint with the one your vSphere administrator "
                 "gives you before you trust it.")
                  .arg(source.name, source.endpoint));
    m_view->setCertificate(source.cert.seenPem, QUrl(source.endpoint).host(),
        changed ? source.cert.trustedSha256 : QString());

    m_trust
        = m_buttons->addButton(changed ? tr("&Trust New Certificate") : tr("&Trust Certificate"),
            QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustButton"));
    m_trust->setAccessibleName(tr("Trust the certificate"));
    m_trust->setEnabled(false);
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(m_view, &CertificateView::trustTickChanged, this,
        [this](bool ticked) { m_trust->setEnabled(ticked && !m_control); });
    connect(m_trust, &QPushButton::clicked, this, &TrustCertificateDialog::startTrust);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addWidget(m_view);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(640);
}

TrustCertificateDialog::~TrustCertificateDialog()
{
    if (m_control)
        m_control->cancel = true;
}

void TrustCertificateDialog::startTrust()
{
    if (!m_view->isTrustTicked())
        return;
    const QString fingerprint = m_view->presentedSha256();
    m_status->setRunning(tr("Trusting the certificate and checking the connection…"));
    auto control = std::make_shared<SourceJobControl>();
    m_control = control;
    m_trust->setEnabled(false);
    const auto db = m_context.database;
    const auto credentials = m_context.credentials;
    runInBackground(
        this,
        [db, credentials, control, name = m_source.name, fingerprint]() {
            return sourceServiceFor(db, credentials, control.get())
                .trustFingerprint(name, fingerprint);
        },
        [this](const Result<Source> &result) { onFinished(result); });
}

void TrustCertificateDialog::onFinished(const Result<Source> &result)
{
    m_control.reset();
    using State = OperationStatusWidget::State;
    if (!result) {
        m_status->setResult(State::Failed, tr("The certificate could not be trusted."),
            result.error().message, result.error().details);
        m_trust->setEnabled(m_view->isTrustTicked());
        return;
    }
    m_source = *result;
    Q_EMIT sourceUpdated(m_source);
    if (m_source.connectivityStatus == connectivity::Ok) {
        accept();
        return;
    }
    // Trusted, but something else is wrong (a refused password, an unreachable server): say so
    // and let the Sources page show the status.
    m_status->setResult(m_source.connectivityStatus == connectivity::AuthenticationError
            ? State::Failed
            : State::NeedsAttention,
        tr("The certificate is trusted. Status: %1").arg(sourcepresentation::statusText(m_source)),
        sourcepresentation::statusExplanation(m_source), m_source.statusDetail);
    m_view->setEnabled(false);
    m_trust->setVisible(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
}

} // namespace ferry::gui
