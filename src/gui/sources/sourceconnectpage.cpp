#include "sources/sourceconnectpage.h"

#include "common/backgroundtask.h"
#include "common/operationstatuswidget.h"
#include "sources/addsourcewizard.h"
#include "sources/sourceconnectionpage.h"
#include "sources/sourcejob.h"
#include "sources/sourcepresentation.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ferry::gui {

SourceConnectPage::SourceConnectPage(AddSourceWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new OperationStatusWidget(QStringLiteral("connect"), this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_retry(new QPushButton(tr("&Try Again"), this))
    , m_fixPassword(new QPushButton(tr("&Correct the Password"), this))
{
    setObjectName(QStringLiteral("connectPage"));
    setTitle(tr("Connecting"));
    setSubTitle(tr("%1: Ferry stores the password in the system keychain and connects to the "
                   "server.")
                    .arg(AddSourceWizard::stepText(2)));

    m_stop->setObjectName(QStringLiteral("stopConnectButton"));
    m_stop->setAccessibleName(tr("Stop connecting"));
    m_retry->setObjectName(QStringLiteral("retryConnectButton"));
    m_retry->setAccessibleName(tr("Try again"));
    m_fixPassword->setObjectName(QStringLiteral("fixPasswordButton"));
    m_fixPassword->setAccessibleName(tr("Correct the password"));
    m_fixPassword->setToolTip(tr("Go back to the first step to enter the user name and password "
                                 "again."));
    connect(m_stop, &QPushButton::clicked, this, &SourceConnectPage::stop);
    connect(m_retry, &QPushButton::clicked, this, &SourceConnectPage::start);
    connect(m_fixPassword, &QPushButton::clicked, this,
        [this] { m_wizard->goBackTo(AddSourceWizard::ConnectionPageId); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stop);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_fixPassword);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addStretch(1);
    setOutcome(Outcome::None);
}

SourceConnectPage::~SourceConnectPage()
{
    stop();
}

void SourceConnectPage::initializePage()
{
    start();
}

void SourceConnectPage::cleanupPage()
{
    stop();
    m_status->clear();
    setOutcome(Outcome::None);
}

bool SourceConnectPage::isComplete() const
{
    return m_outcome == Outcome::Connected || m_outcome == Outcome::NeedsCertificate;
}

int SourceConnectPage::nextId() const
{
    return m_outcome == Outcome::NeedsCertificate ? AddSourceWizard::CertificatePageId
                                                  : AddSourceWizard::SyncPageId;
}

void SourceConnectPage::setOutcome(Outcome outcome)
{
    m_outcome = outcome;
    m_stop->setVisible(outcome == Outcome::Running);
    m_retry->setVisible(outcome == Outcome::Failed);
    m_fixPassword->setVisible(false);
    Q_EMIT completeChanged();
}

void SourceConnectPage::start()
{
    stop();
    const Source source = m_wizard->source();
    const QByteArray password = m_wizard->password();
    const bool stored = m_wizard->isStored();
    m_status->setRunning(tr("Connecting to %1…").arg(source.endpoint),
        stored ? tr("Saving the changed settings, then checking the connection.")
               : tr("Nothing but the connection itself is sent until the server's certificate "
                    "is trusted."));
    setOutcome(Outcome::Running);

    auto control = std::make_shared<SourceJobControl>();
    m_control = control;
    const auto db = m_wizard->context().database;
    const auto credentials = m_wizard->context().credentials;
    QFuture<Result<Source>> future = runInBackground(
        this,
        [db, credentials, control, source, password, stored]() -> Result<Source> {
            SourceService service = sourceServiceFor(db, credentials, control.get());
            if (stored)
                return service.update(source, &password);
            Result<Source> added = service.add(source, password);
            // Stopped while connecting: add() had stored the source already; take it back, so
            // that trying again adds it afresh.
            if (!added && added.error().code == Error::Code::Canceled)
                (void)service.remove(source.name);
            return added;
        },
        [this, control](const Result<Source> &result) {
            if (control == m_control) {
                onFinished(result);
            } else if (result && !m_wizard->isStored()) {
                // Stopped too late: the source is stored; later steps update that row.
                Source mine = m_wizard->source();
                mine.id = result->id;
                mine.secretRef = result->secretRef;
                m_wizard->setSource(mine);
            }
        });
    if (!stored)
        m_wizard->noteAddAttempt(source.name);
    m_wizard->setPendingWork(QFuture<void>(future), control);
}

void SourceConnectPage::stop()
{
    if (m_control) {
        m_control->cancel = true;
        m_control.reset();
    }
    if (m_outcome == Outcome::Running) {
        m_status->setResult(OperationStatusWidget::State::NeedsAttention, tr("Stopped."),
            tr("Go back to change the connection details, or try again."));
        setOutcome(Outcome::Failed);
    }
}

void SourceConnectPage::onFinished(const Result<Source> &result)
{
    m_control.reset();
    using State = OperationStatusWidget::State;
    if (!result) {
        const Error &e = result.error();
        if (e.code == Error::Code::Canceled) {
            m_status->setResult(State::NeedsAttention, tr("Stopped."),
                tr("Go back to change the connection details, or try again."));
        } else {
            m_status->setResult(
                State::Failed, tr("The source could not be saved."), e.message, e.details);
        }
        setOutcome(Outcome::Failed);
        return;
    }
    // Stored now (add), or stored again (update): later steps work on this row.
    Source source = *result;
    m_wizard->setSource(source);
    const QString &status = source.connectivityStatus;
    if (status == connectivity::Ok) {
        m_status->setResult(State::Succeeded,
            tr("Connected to %1.").arg(sourcepresentation::serverType(source)),
            tr("Logged in as %1.").arg(source.username));
        setOutcome(Outcome::Connected);
    } else if (source.cert.canTrust(source.connectivityStatus)) {
        m_status->setResult(State::NeedsAttention,
            tr("The server presented a certificate that this computer does not trust."),
            tr("Check it in the next step. Nothing, not even the user name, has been sent."));
        setOutcome(Outcome::NeedsCertificate);
    } else if (status == connectivity::AuthenticationError) {
        const QString message = tr("The server refused the user name or the password.");
        m_status->setResult(State::Failed, tr("Authentication error"),
            tr("%1 Correct them in the first step.").arg(message), source.statusDetail);
        setOutcome(Outcome::Failed);
        m_retry->setVisible(false);
        m_fixPassword->setVisible(true);
        if (auto *first = qobject_cast<SourceConnectionPage *>(
                m_wizard->page(AddSourceWizard::ConnectionPageId)))
            first->showAuthenticationProblem(tr("%1 Check both and try again.").arg(message));
        m_fixPassword->setFocus();
        return;
    } else {
        const QString message = status == connectivity::CannotConnect
            ? tr("Ferry could not reach %1. Check the endpoint (Back) and the network, then try "
                 "again.")
                  .arg(source.endpoint)
            : sourcepresentation::statusExplanation(source);
        m_status->setResult(
            State::Failed, sourcepresentation::statusText(source), message, source.statusDetail);
        setOutcome(Outcome::Failed);
        return;
    }
    // Success either way: move on by itself, as virt-manager does after a connection.
    QTimer::singleShot(0, this, [this] {
        if (m_wizard->currentPage() == this && isComplete())
            m_wizard->next();
    });
}

} // namespace ferry::gui
