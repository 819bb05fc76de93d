#include "targets/addtargetconnectpage.h"

#include "common/operationstatuswidget.h"
#include "targets/addtargetwizard.h"
#include "targets/targetpresentation.h"
#include "util/units.h"

#include "incus/oidc.h"

#include <QApplication>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ferry::gui {

using State = OperationStatusWidget::State;

AddTargetConnectPage::AddTargetConnectPage(AddTargetWizard *wizard)
    : AddTargetPage(wizard, AddTargetWizard::ConnectPageId)
    , m_status(new OperationStatusWidget(QStringLiteral("connect"), this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_retry(new QPushButton(tr("&Try Again"), this))
    , m_oidcPanel(new QWidget(this))
    , m_oidcUrl(new QLabel(m_oidcPanel))
    , m_oidcCode(new QLabel(m_oidcPanel))
    , m_oidcOpen(new QPushButton(tr("&Open in Browser"), m_oidcPanel))
{
    setObjectName(QStringLiteral("connectPage"));
    setTitle(tr("Connect"));
    setIntro(tr("Ferry registers the target and connects to it."));
    setCommitPage(true); // Back from later pages would repeat what is done
    setButtonText(QWizard::CommitButton, tr("&Next >"));

    m_stop->setObjectName(QStringLiteral("connectStopButton"));
    m_stop->setToolTip(tr("Stop waiting for the server"));
    m_retry->setObjectName(QStringLiteral("connectRetryButton"));
    m_retry->setVisible(false);

    m_oidcPanel->setObjectName(QStringLiteral("oidcPanel"));
    m_oidcUrl->setObjectName(QStringLiteral("oidcUrlLabel"));
    m_oidcCode->setObjectName(QStringLiteral("oidcCodeLabel"));
    m_oidcOpen->setObjectName(QStringLiteral("oidcOpenButton"));
    m_oidcUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_oidcUrl->setWordWrap(true);
    m_oidcCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont codeFont = m_oidcCode->font();
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.6);
    codeFont.setBold(true);
    m_oidcCode->setFont(codeFont);
    m_oidcOpen->setToolTip(tr("Open the identity provider's sign-in page in the web browser"));
    auto *oidcLayout = new QFormLayout(m_oidcPanel);
    oidcLayout->setContentsMargins(0, 0, 0, 0);
    oidcLayout->addRow(new QLabel(tr("Sign in at the identity provider and confirm the code "
                                     "shown here. Ferry waits until the sign-in is approved."),
        m_oidcPanel));
    oidcLayout->addRow(tr("Address:"), m_oidcUrl);
    oidcLayout->addRow(tr("Code:"), m_oidcCode);
    oidcLayout->addRow(QString(), m_oidcOpen);
    m_oidcPanel->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_status);
    layout->addWidget(m_oidcPanel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stop);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_stop, &QPushButton::clicked, wizard, &AddTargetWizard::stop);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_stop->setEnabled(false);
        m_status->setProgressText(tr("Stopping…"));
    });
    connect(m_retry, &QPushButton::clicked, this, &AddTargetConnectPage::start);
    connect(m_oidcOpen, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(m_oidcUrlToOpen); });
}

AddTargetConnectPage::~AddTargetConnectPage() = default;

void AddTargetConnectPage::initializePage()
{
    updateSubTitle();
    start();
}

void AddTargetConnectPage::cleanupPage()
{
    // Back to the authentication page (only possible while nothing is stored).
    m_status->clear();
    m_retry->setVisible(false);
}

bool AddTargetConnectPage::isReady() const
{
    return targetWizard()->isStored();
}

int AddTargetConnectPage::nextId() const
{
    return targetWizard()->pageAfterCheck();
}

void AddTargetConnectPage::start()
{
    AddTargetWizard *wizard = targetWizard();
    const Target draft = wizard->draft();
    m_retry->setVisible(false);
    m_stop->setVisible(true);
    m_stop->setEnabled(true);
    const QString timeout = tr("Ferry waits up to %1 for the server.")
                                .arg(units::formatDuration(draft.connectionTimeoutMs));

    if (wizard->isStored()) {
        m_status->setRunning(tr("Checking %1 again…").arg(draft.endpoint), timeout);
        wizard->run(
            draft.name,
            [name = draft.name](TargetService &service, const std::atomic_bool *cancel) {
                return service.refresh(name, cancel);
            },
            [this](const TargetJobOutcome &outcome) { finished(outcome); });
        return;
    }
    TargetAuth auth = wizard->auth();
    if (auth.method == TargetAuth::Method::Oidc) {
        m_status->setRunning(tr("Asking %1 for its identity provider…").arg(draft.endpoint),
            tr("Ferry asks the server where to sign in, then shows the address and the code. "
               "%1")
                .arg(timeout));
        // Called on the worker thread: the page is updated on the GUI thread, if it still
        // exists (qApp outlives both).
        QPointer<AddTargetConnectPage> page(this);
        auth.showDeviceCode = [page](const incus::DeviceAuthorization &a) {
            QMetaObject::invokeMethod(
                qApp,
                [page, a] {
                    if (page)
                        page->showDeviceCode(a);
                },
                Qt::QueuedConnection);
        };
        wizard->run(
            draft.name,
            [draft, auth](TargetService &service, const std::atomic_bool *cancel) {
                return service.add(draft, auth, cancel);
            },
            [this](const TargetJobOutcome &outcome) { finished(outcome); });
        return;
    }
    m_status->setRunning(auth.trustToken.isEmpty()
            ? tr("Connecting to %1…").arg(draft.endpoint)
            : tr("Redeeming the trust token at %1…").arg(draft.endpoint),
        auth.trustToken.isEmpty()
            ? tr("Ferry creates its client certificate if needed, saves the target, checks "
                 "the server's certificate and reads what the server offers. %1")
                  .arg(timeout)
            : tr("Ferry creates its client certificate, has the server trust it with the "
                 "token, saves the target and reads what the server offers. %1")
                  .arg(timeout));
    wizard->run(
        draft.name,
        [draft, auth](TargetService &service, const std::atomic_bool *cancel) {
            return service.add(draft, auth, cancel);
        },
        [this](const TargetJobOutcome &outcome) { finished(outcome); });
}

void AddTargetConnectPage::showDeviceCode(const incus::DeviceAuthorization &authorization)
{
    m_oidcUrlToOpen = authorization.urlToOpen();
    m_oidcUrl->setText(authorization.verificationUri.toDisplayString());
    m_oidcCode->setText(authorization.userCode);
    m_oidcPanel->setVisible(true);
    m_status->setRunning(tr("Waiting for the sign-in at the identity provider…"),
        tr("The code is valid for %n minute(s). Stop cancels the sign-in.", nullptr,
            std::max(1, authorization.expiresInSeconds / 60)));
}

void AddTargetConnectPage::finished(const TargetJobOutcome &outcome)
{
    m_oidcPanel->setVisible(false);
    m_stop->setVisible(false);
    AddTargetWizard *wizard = targetWizard();
    if (outcome.error) {
        const Error &e = *outcome.error;
        const bool canceled = e.code == Error::Code::Canceled;
        QString text
            = canceled ? tr("You stopped Ferry while it waited for the server.") : e.message;
        if (wizard->isStored())
            text = tr("%1 Target %2 was saved before that: try again, or cancel to keep or "
                      "remove it.")
                       .arg(text, wizard->draft().name);
        else
            text = tr("%1 Nothing was saved. Go back to change the settings or the "
                      "authentication, or try again.")
                       .arg(text);
        m_status->setResult(canceled ? State::NeedsAttention : State::Failed,
            canceled ? tr("Stopped.") : tr("Ferry could not add the target."), text, e.details);
        m_retry->setVisible(true);
        return;
    }
    // The token is spent: it must not be offered again.
    wizard->auth().trustToken.clear();
    showResult();
}

void AddTargetConnectPage::showResult()
{
    const Target &t = *targetWizard()->target();
    const QString &st = t.connectivityStatus;
    const QString saved = tr("Ferry saved target %1.").arg(t.name);
    if (st == connectivity::Ok) {
        m_status->setResult(State::Succeeded,
            tr("Connected to %1.").arg(targetpresentation::serverType(t)),
            tr("%1 The server trusts Ferry, and Ferry read its projects, storage pools and "
               "networks.")
                .arg(saved),
            t.statusDetail);
    } else if (AddTargetWizard::needsCertificatePage(t)) {
        m_status->setResult(State::NeedsAttention,
            t.cert.changed(t.connectivityStatus)
                ? tr("The server's certificate is not the one you named.")
                : tr("The server's certificate needs your confirmation."),
            t.cert.changed(t.connectivityStatus)
                ? tr("%1 The server presented another certificate than the fingerprint you "
                     "entered, and Ferry sent nothing to it. Check the certificate on the next "
                     "page.")
                      .arg(saved)
                : tr("%1 The server presented a certificate that Ferry does not know yet. Check "
                     "it on the next page.")
                      .arg(saved));
    } else if (st == connectivity::AuthenticationError && t.authType == QLatin1String("oidc")) {
        m_status->setResult(State::Failed,
            tr("Connected to %1, but the server did not accept the sign-in.")
                .arg(targetpresentation::serverType(t)),
            tr("%1 %2").arg(saved, t.statusDetail));
        m_retry->setVisible(true);
    } else if (st == connectivity::AuthenticationError) {
        m_status->setResult(State::NeedsAttention,
            tr("Connected to %1, but the server does not trust Ferry yet.")
                .arg(targetpresentation::serverType(t)),
            tr("%1 The next page shows the command that makes the server trust Ferry's "
               "certificate.")
                .arg(saved));
    } else {
        m_status->setResult(State::Failed, targetpresentation::statusText(t),
            tr("%1 %2").arg(saved, targetpresentation::statusExplanation(t)), t.statusDetail);
        m_retry->setVisible(true);
    }
}

} // namespace ferry::gui
