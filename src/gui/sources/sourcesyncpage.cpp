#include "sources/sourcesyncpage.h"

#include "common/backgroundtask.h"
#include "common/operationstatuswidget.h"
#include "sources/addsourcewizard.h"
#include "sources/sourcejob.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ferry::gui {

SourceSyncPage::SourceSyncPage(AddSourceWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new OperationStatusWidget(QStringLiteral("sync"), this))
    , m_stop(new QPushButton(tr("&Stop Sync"), this))
    , m_retry(new QPushButton(tr("&Try Again"), this))
    , m_progressTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("syncPage"));
    setTitle(tr("Importing the inventory"));
    setSubTitle(tr("%1: Ferry reads the virtual machines and networks of the source.")
                    .arg(AddSourceWizard::stepText(4)));
    // After this step the source is kept: Back leaves the wizard's history here.
    setCommitPage(true);
    m_stop->setObjectName(QStringLiteral("stopSyncButton"));
    m_stop->setAccessibleName(tr("Stop the sync"));
    m_retry->setObjectName(QStringLiteral("retrySyncButton"));
    m_retry->setAccessibleName(tr("Try the sync again"));
    connect(m_stop, &QPushButton::clicked, this, &SourceSyncPage::stop);
    connect(m_retry, &QPushButton::clicked, this, &SourceSyncPage::start);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &SourceSyncPage::updateProgress);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stop);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addStretch(1);
    m_stop->setVisible(false);
    m_retry->setVisible(false);
}

SourceSyncPage::~SourceSyncPage()
{
    if (m_control)
        m_control->cancel = true;
}

void SourceSyncPage::initializePage()
{
    start();
}

void SourceSyncPage::cleanupPage()
{
    // Back while syncing: stop the sync and go back.
    if (m_control)
        m_control->cancel = true;
    m_control.reset();
    m_progressTimer->stop();
    m_status->clear();
}

bool SourceSyncPage::isComplete() const
{
    return m_done;
}

void SourceSyncPage::start()
{
    const Source source = m_wizard->source();
    m_done = false;
    m_wizard->setSyncOutcome(std::nullopt, {});
    m_status->setRunning(tr("Reading the inventory of %1…").arg(source.name),
        tr("Large inventories take a while; you may stop and sync later from the Sources "
           "page."));
    m_status->setProgressText(tr("Connecting…"));
    m_stop->setVisible(true);
    m_stop->setEnabled(true);
    m_retry->setVisible(false);
    Q_EMIT completeChanged();

    auto control = std::make_shared<SourceJobControl>();
    m_control = control;
    m_progressTimer->start();
    const auto db = m_wizard->context().database;
    const auto credentials = m_wizard->context().credentials;
    QFuture<Result<SyncReport>> future = runInBackground(
        this,
        [db, credentials, control, name = source.name]() {
            return sourceServiceFor(db, credentials, control.get())
                .sync(
                    name, &control->cancel, [control](int vmsRead) { control->vmsRead = vmsRead; });
        },
        [this, control](const Result<SyncReport> &result) {
            if (control == m_control)
                onFinished(result);
        });
    m_wizard->setPendingWork(QFuture<void>(future), control);
}

void SourceSyncPage::stop()
{
    if (!m_control)
        return;
    m_control->cancel = true;
    m_stop->setEnabled(false);
    m_status->setProgressText(tr("Stopping…"));
}

void SourceSyncPage::updateProgress()
{
    if (!m_control)
        return;
    const int read = m_control->vmsRead;
    if (read > 0 && !m_control->cancel)
        m_status->setProgressText(tr("%Ln VM(s) read", nullptr, read));
}

void SourceSyncPage::onFinished(const Result<SyncReport> &result)
{
    m_control.reset();
    m_progressTimer->stop();
    m_stop->setVisible(false);
    m_done = true;
    using State = OperationStatusWidget::State;
    if (result) {
        m_wizard->setSyncOutcome(*result, {});
        m_status->setResult(State::Succeeded, tr("Imported %Ln VM(s).", nullptr, result->instances),
            tr("%Ln network(s) found.", nullptr, result->networks));
        Q_EMIT completeChanged();
        QTimer::singleShot(0, this, [this] {
            if (m_wizard->currentPage() == this)
                m_wizard->next();
        });
        return;
    }
    const Error &e = result.error();
    if (e.code == Error::Code::Canceled) {
        m_wizard->setSyncOutcome(std::nullopt, tr("The sync was stopped."));
        m_status->setResult(State::NeedsAttention, tr("The sync was stopped."),
            tr("The source is registered; sync it later from the Sources page, or try again "
               "now."));
    } else {
        m_wizard->setSyncOutcome(std::nullopt, e.message);
        m_status->setResult(State::Failed, tr("The sync failed."), e.message, e.details);
    }
    m_retry->setVisible(true);
    Q_EMIT completeChanged();
}

} // namespace ferry::gui
