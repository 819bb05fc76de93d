#include "targets/addtargettrustpage.h"

#include "common/icons.h"
#include "common/operationstatuswidget.h"
#include "targets/addtargetwizard.h"
#include "targets/targetpresentation.h"
#include "targets/trustcommandswidget.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry::gui {

AddTargetTrustPage::AddTargetTrustPage(AddTargetWizard *wizard)
    : AddTargetPage(wizard, AddTargetWizard::TrustPageId)
    , m_commands(new TrustCommandsWidget(this))
    , m_checkAgain(new QPushButton(tr("Check &Again"), this))
    , m_status(new OperationStatusWidget(QStringLiteral("trustCheck"), this))
{
    setObjectName(QStringLiteral("trustPage"));
    setTitle(tr("Trust Ferry on the Server"));
    setIntro(tr("Run one command on the server, then check again."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));

    m_checkAgain->setObjectName(QStringLiteral("checkAgainButton"));
    m_checkAgain->setIcon(themedIcon(QStringLiteral("sync")));
    m_checkAgain->setToolTip(tr("Connect again and see whether the server trusts Ferry now"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_commands);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkAgain);
    checkRow->addStretch(1);
    layout->addLayout(checkRow);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_checkAgain, &QPushButton::clicked, this, [this] { checkAgain(false); });
    connect(wizard, &AddTargetWizard::busyChanged, m_checkAgain,
        [this](bool busy) { m_checkAgain->setEnabled(!busy); });
}

AddTargetTrustPage::~AddTargetTrustPage() = default;

void AddTargetTrustPage::initializePage()
{
    updateSubTitle();
    AddTargetWizard *wizard = targetWizard();
    const Target &t = *wizard->target();
    QString file = wizard->clientCertificateFile();
    if (file.isEmpty()) {
        // Normally written by the call that found the status; a small local write otherwise.
        auto exported = wizard->context().service().exportClientCertificate(t);
        if (exported) {
            file = *exported;
            wizard->setClientCertificateFile(file);
        }
    }
    m_commands->setTarget(t, file);
    m_status->setResult(OperationStatusWidget::State::NeedsAttention,
        tr("Waiting for the server to trust Ferry's certificate."),
        tr("After you ran the command, "
           "press Check Again. You can also continue now and check again later on the Targets "
           "page."));
}

void AddTargetTrustPage::checkAgain(bool thenContinue)
{
    AddTargetWizard *wizard = targetWizard();
    if (wizard->isBusy())
        return;
    m_continue = thenContinue;
    const QString name = wizard->target()->name;
    m_status->setRunning(tr("Checking %1…").arg(name));
    wizard->run(
        name,
        [name](TargetService &service, const std::atomic_bool *cancel) {
            return service.refresh(name, cancel);
        },
        [this, wizard](const TargetJobOutcome &) {
            showStatus();
            if (m_continue) {
                m_continue = false;
                m_proceed = true;
                wizard->next();
                m_proceed = false;
            }
        });
}

void AddTargetTrustPage::showStatus()
{
    using State = OperationStatusWidget::State;
    const Target &t = *targetWizard()->target();
    const QString at = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    if (t.connectivityStatus == connectivity::Ok)
        m_status->setResult(State::Succeeded, tr("OK: the server trusts Ferry now."),
            tr("Checked at %1. Ferry read the server's projects, storage pools and networks.")
                .arg(at));
    else if (t.connectivityStatus == connectivity::AuthenticationError)
        m_status->setResult(State::NeedsAttention,
            tr("Not yet: the server does not trust Ferry's certificate."),
            tr("Checked at %1. Run the command above on the server, then check again.").arg(at));
    else
        m_status->setResult(State::Failed, targetpresentation::statusText(t),
            tr("Checked at %1. %2").arg(at, targetpresentation::statusExplanation(t)),
            t.statusDetail);
}

bool AddTargetTrustPage::validatePage()
{
    const AddTargetWizard *wizard = targetWizard();
    if (wizard->isBusy())
        return false;
    if (wizard->target()->connectivityStatus == connectivity::Ok || m_proceed)
        return true;
    // Forward checks once more, so the summary tells the truth; it moves on either way.
    checkAgain(true);
    return false;
}

} // namespace ferry::gui
