#include "sources/addsourcewizard.h"

#include "common/dataevents.h"
#include "common/icons.h"
#include "sources/sourcecertificatepage.h"
#include "sources/sourceconnectionpage.h"
#include "sources/sourceconnectpage.h"
#include "sources/sourcejob.h"
#include "sources/sourcesummarypage.h"
#include "sources/sourcesyncpage.h"
#include "store/sourcerepository.h"

#include <QAbstractButton>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace ferry::gui {

AddSourceWizard::AddSourceWizard(GuiContext context, QWidget *parent)
    : QWizard(parent)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("addSourceWizard"));
    setWindowTitle(tr("Add Source"));
    // The same look everywhere: a header with the step's title and "Step N of M".
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setOption(QWizard::NoDefaultButton, false);
    setPixmap(QWizard::LogoPixmap, themedIcon(QStringLiteral("sources")).pixmap(40, 40));
    setButtonText(QWizard::CommitButton, buttonText(QWizard::NextButton));

    setPage(ConnectionPageId, new SourceConnectionPage(this));
    setPage(ConnectPageId, new SourceConnectPage(this));
    setPage(CertificatePageId, new SourceCertificatePage(this));
    setPage(SyncPageId, new SourceSyncPage(this));
    setPage(SummaryPageId, new SourceSummaryPage(this));
    setStartId(ConnectionPageId);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id != ConnectionPageId)
            return;
        // After QWizard has placed the focus itself.
        QTimer::singleShot(0, this, [this] {
            if (auto *first = qobject_cast<SourceConnectionPage *>(page(ConnectionPageId));
                first && currentId() == ConnectionPageId)
                first->pageShownAgain();
        });
    });

    const struct
    {
        WizardButton which;
        const char *name;
    } buttons[]
        = {{BackButton, "backButton"}, {NextButton, "nextButton"}, {CommitButton, "commitButton"},
            {FinishButton, "finishButton"}, {CancelButton, "cancelButton"}};
    for (const auto &b : buttons) {
        QAbstractButton *button = this->button(b.which);
        button->setObjectName(QLatin1String(b.name));
        button->setAccessibleName(button->text()
                                      .remove(QLatin1Char('&'))
                                      .remove(QLatin1Char('<'))
                                      .remove(QLatin1Char('>'))
                                      .trimmed());
    }
    resize(720, 640);
}

AddSourceWizard::~AddSourceWizard()
{
    m_password.fill('\0');
}

QString AddSourceWizard::stepText(int step)
{
    return tr("Step %1 of %2").arg(step).arg(kStepCount);
}

void AddSourceWizard::setPassword(const QByteArray &password, bool changed)
{
    m_password.fill('\0');
    m_password = password;
    m_passwordChanged = changed;
}

void AddSourceWizard::setSyncOutcome(const std::optional<SyncReport> &report, const QString &error)
{
    m_syncReport = report;
    m_syncError = error;
}

void AddSourceWizard::setPendingWork(
    const QFuture<void> &future, std::shared_ptr<SourceJobControl> control)
{
    m_pending = future;
    m_pendingControl = std::move(control);
}

void AddSourceWizard::goBackTo(PageId page)
{
    while (currentId() != page && visitedIds().contains(page))
        back();
}

bool AddSourceWizard::showInstancesRequested() const
{
    const auto *summary = qobject_cast<const SourceSummaryPage *>(this->page(SummaryPageId));
    return summary && summary->showInstances();
}

void AddSourceWizard::done(int result)
{
    if (m_closed) {
        QWizard::done(result);
        return;
    }
    m_closed = true;
    // Past the sync step the source is kept, however the wizard is closed.
    const bool keep = result == QDialog::Accepted || currentId() == SummaryPageId;
    if (keep) {
        if (auto latest = SourceRepository(m_context.database).byId(m_source.id))
            m_source = *latest;
        if (m_context.events) {
            Q_EMIT m_context.events->sourcesChanged();
            Q_EMIT m_context.events->inventoryChanged();
        }
        Q_EMIT sourceAdded(m_source);
    } else if (isStored() || !m_addedName.isEmpty()) {
        // Cancelled: stop what runs, then take back what the wizard stored. That waits for the
        // running call on the thread pool, never on the GUI thread, and calls nothing back.
        if (m_pendingControl)
            m_pendingControl->cancel = true;
        const auto db = m_context.database;
        const auto credentials = m_context.credentials;
        const qint64 id = m_source.id;
        const QString name = m_addedName;
        QFuture<void> pending = m_pending;
        QFuture<void> cleanup = QtConcurrent::run([db, credentials, id, name, pending]() mutable {
            pending.waitForFinished();
            SourceRepository repo(db);
            auto stored = id != 0 ? repo.byId(id) : repo.byName(name);
            if (stored)
                (void)SourceService(db, credentials).remove(stored->name);
        });
        Q_UNUSED(cleanup);
    }
    m_password.fill('\0');
    m_password.clear();
    QWizard::done(result);
}

} // namespace ferry::gui
