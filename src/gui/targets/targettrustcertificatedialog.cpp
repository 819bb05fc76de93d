#include "targets/targettrustcertificatedialog.h"

#include "common/backgroundtask.h"
#include "common/operationstatuswidget.h"
#include "sources/certificateview.h"
#include "targets/targetpresentation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry::gui {

TargetTrustCertificateDialog::TargetTrustCertificateDialog(
    TargetsContext context, const Target &target, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_target(target)
    , m_intro(new QLabel(this))
    , m_view(new CertificateView(this))
    , m_message(new OperationStatusWidget(QStringLiteral("trustCertificate"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("trustCertificateDialog"));
    const bool changed = target.cert.changed(target.connectivityStatus);
    setWindowTitle(changed ? tr("Trust New Certificate of %1").arg(target.name)
                           : tr("Trust Certificate of %1").arg(target.name));
    setMinimumWidth(640);

    m_intro->setObjectName(QStringLiteral("trustCertificateIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    m_intro->setText(changed
            ? tr("%1 now presents another certificate than the one Ferry trusts, and Ferry "
                 "refuses to talk to it. Trust the new certificate only if you know why it "
                 "changed and its fingerprint matches the <b>certificate_fingerprint</b> that "
                 "<tt>lxc info</tt> or <tt>incus info</tt> shows on the server.")
                  .arg(target.endpoint.toHtmlEscaped())
            : tr("Compare the fingerprint with the <b>certificate_fingerprint</b> that <tt>lxc "
                 "info</tt> or <tt>incus info</tt> shows on the server, and trust it only if "
                 "they match."));
    m_view->setCertificate(target.cert.seenPem, targetpresentation::endpointHost(target),
        changed ? target.cert.trustedSha256 : QString());
    if (auto *tick = m_view->findChild<QCheckBox *>(QStringLiteral("trustCertificateCheckBox")))
        tick->setToolTip(tr("Tick only after you compared the fingerprint with the "
                            "certificate_fingerprint that \"lxc info\" or \"incus info\" shows on "
                            "the server."));

    m_trust = m_buttons->addButton(tr("&Trust"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustButton"));
    m_trust->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_view, &CertificateView::trustTickChanged, this,
        [this](bool ticked) { m_trust->setEnabled(ticked && !m_busy); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TargetTrustCertificateDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

TargetTrustCertificateDialog::~TargetTrustCertificateDialog() = default;

void TargetTrustCertificateDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void TargetTrustCertificateDialog::accept()
{
    if (m_busy || !m_view->isTrustTicked())
        return;
    m_busy = true;
    m_trust->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
    m_message->setRunning(tr("Trusting the certificate and connecting again…"));
    const TargetsContext context = m_context;
    const QString name = m_target.name;
    const QString fingerprint = m_view->presentedSha256();
    runInBackground(
        this,
        [context, name, fingerprint] {
            return runTargetCall(context, name, [&](TargetService &service) {
                return service.trustFingerprint(name, fingerprint);
            });
        },
        [this, name](const TargetJobOutcome &outcome) {
            m_busy = false;
            m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
            if (outcome.error) {
                m_message->setResult(OperationStatusWidget::State::Failed, QString(),
                    tr("Ferry could not trust the certificate: %1").arg(outcome.error->message),
                    outcome.error->details);
                m_trust->setEnabled(m_view->isTrustTicked());
                return;
            }
            m_target = *outcome.target;
            Q_EMIT targetChanged(name);
            QDialog::accept();
        });
}

} // namespace ferry::gui
