#include "targets/addtargetwizard.h"

#include "common/backgroundtask.h"
#include "common/errordialog.h"
#include "common/icons.h"
#include "targets/addtargetauthpage.h"
#include "targets/addtargetcertificatepage.h"
#include "targets/addtargetconnectpage.h"
#include "targets/addtargetsettingspage.h"
#include "targets/addtargetsummarypage.h"
#include "targets/addtargettrustpage.h"
#include "targets/targetpresentation.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPushButton>

namespace ferry::gui {

namespace {
constexpr int kLogoSize = 48;
}

AddTargetWizard::AddTargetWizard(TargetsContext context, QStringList existingNames, QWidget *parent)
    : QWizard(parent)
    , m_context(std::move(context))
    , m_existingNames(std::move(existingNames))
{
    setObjectName(QStringLiteral("addTargetWizard"));
    setWindowTitle(tr("Add Target"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPixmap(QWizard::LogoPixmap, themedIcon(QStringLiteral("targets")).pixmap(kLogoSize));
    setMinimumSize(720, 600);

    setPage(SettingsPageId, new AddTargetSettingsPage(this));
    setPage(AuthenticationPageId, new AddTargetAuthPage(this));
    setPage(ConnectPageId, new AddTargetConnectPage(this));
    setPage(CertificatePageId, new AddTargetCertificatePage(this));
    setPage(TrustPageId, new AddTargetTrustPage(this));
    setPage(SummaryPageId, new AddTargetSummaryPage(this));
    setStartId(SettingsPageId);

    // Object names for the tests (QWizard's own are generic).
    const std::pair<QWizard::WizardButton, const char *> names[]
        = {{QWizard::BackButton, "wizardBackButton"}, {QWizard::NextButton, "wizardNextButton"},
            {QWizard::CommitButton, "wizardCommitButton"},
            {QWizard::FinishButton, "wizardFinishButton"},
            {QWizard::CancelButton, "wizardCancelButton"}};
    for (const auto &[which, name] : names)
        button(which)->setObjectName(QLatin1String(name));
    // A page that starts a call while it is entered: QWizard enabled Back after that.
    connect(this, &QWizard::currentIdChanged, this, [this] {
        if (m_job)
            button(QWizard::BackButton)->setEnabled(false);
    });
}

AddTargetWizard::~AddTargetWizard()
{
    // A call still running finishes on its own; its result is dropped with the watcher.
    if (m_job)
        m_job->cancel = true;
}

void AddTargetWizard::setAuthChoice(AuthChoice choice)
{
    if (m_authChoice == choice)
        return;
    m_authChoice = choice;
    Q_EMIT stepsChanged();
}

void AddTargetWizard::refreshSteps()
{
    Q_EMIT stepsChanged();
}

void AddTargetWizard::setBusy(const std::shared_ptr<TargetJobControl> &job)
{
    m_job = job;
    Q_EMIT busyChanged(job != nullptr);
    // QWizard enables Back again whenever a page's completeness changes; keep it off meanwhile.
    if (job)
        button(QWizard::BackButton)->setEnabled(false);
}

void AddTargetWizard::runOutcome(const QString &, OutcomeCall call, Done done)
{
    Q_ASSERT(!m_job);
    auto job = std::make_shared<TargetJobControl>();
    setBusy(job);
    runInBackground(
        this, [call = std::move(call), job] { return call(&job->cancel); },
        [this, job, done = std::move(done)](const TargetJobOutcome &outcome) {
            if (m_job == job)
                setBusy(nullptr);
            if (m_rejectWhenIdle) {
                applyOutcome(outcome);
                m_rejectWhenIdle = false;
                button(QWizard::CancelButton)->setEnabled(true);
                reject();
                return;
            }
            done(outcome);
        });
}

void AddTargetWizard::run(const QString &name, ServiceCall call, Done done)
{
    const TargetsContext context = m_context;
    runOutcome(
        name,
        [context, name, call = std::move(call)](const std::atomic_bool *cancel) {
            return runTargetCall(
                context, name, [&](TargetService &service) { return call(service, cancel); });
        },
        [this, done = std::move(done)](const TargetJobOutcome &outcome) {
            applyOutcome(outcome);
            done(outcome);
        });
}

void AddTargetWizard::stop()
{
    if (m_job)
        m_job->cancel = true;
}

void AddTargetWizard::applyOutcome(const TargetJobOutcome &outcome)
{
    const bool wasStored = m_stored;
    // A target of that name that existed before the wizard is not ours.
    m_stored = outcome.stored && outcome.target && !m_existingNames.contains(outcome.target->name);
    if (m_stored)
        m_target = outcome.target;
    if (!outcome.clientCertificateFile.isEmpty())
        m_clientCertificateFile = outcome.clientCertificateFile;
    if (m_stored && !page(AuthenticationPageId)->isCommitPage()) {
        // No way back to the authentication: the target exists now. QWizard reads this when
        // the current page's completeness changes.
        page(AuthenticationPageId)->setCommitPage(true);
        if (QWizardPage *current = currentPage())
            Q_EMIT current->completeChanged();
    }
    if (m_stored || wasStored)
        Q_EMIT targetChanged(m_draft.name);
    Q_EMIT stepsChanged();
}

bool AddTargetWizard::needsCertificatePage(const Target &t)
{
    return t.cert.canTrust(t.connectivityStatus);
}

int AddTargetWizard::pageAfterCheck() const
{
    if (!m_target)
        return SummaryPageId;
    const Target &t = *m_target;
    const int current = currentId();
    const auto open = [&](int id) {
        return id != current && !hasVisitedPage(id);
    };
    if (needsCertificatePage(t) && open(CertificatePageId))
        return CertificatePageId;
    if (t.connectivityStatus == connectivity::AuthenticationError
        && m_authChoice != AuthChoice::Oidc && open(TrustPageId))
        return TrustPageId;
    return SummaryPageId;
}

QList<int> AddTargetWizard::plannedPages() const
{
    QList<int> ids {SettingsPageId, AuthenticationPageId, ConnectPageId};
    const int current = currentId();
    const auto seen = [&](int id) {
        return id == current || hasVisitedPage(id);
    };
    bool certificate = false;
    bool trust = false;
    if (m_target) {
        const Target &t = *m_target;
        certificate = seen(CertificatePageId) || needsCertificatePage(t);
        trust = seen(TrustPageId)
            || (t.connectivityStatus == connectivity::AuthenticationError
                && m_authChoice != AuthChoice::Oidc)
            || (certificate && !seen(SummaryPageId) && t.connectivityStatus != connectivity::Ok
                && m_authChoice == AuthChoice::GenerateCertificate);
    } else {
        certificate = m_authChoice != AuthChoice::TrustToken && m_authChoice != AuthChoice::Oidc
            && m_draft.cert.trustedSha256.isEmpty() && !m_draft.verifiesByCa();
        trust = m_authChoice == AuthChoice::GenerateCertificate;
    }
    if (certificate)
        ids << CertificatePageId;
    if (trust)
        ids << TrustPageId;
    ids << SummaryPageId;
    return ids;
}

QString AddTargetWizard::stepText(int pageId) const
{
    const QList<int> planned = plannedPages();
    const int index = int(planned.indexOf(pageId));
    if (index < 0)
        return {};
    return tr("Step %1 of %2").arg(index + 1).arg(planned.size());
}

void AddTargetWizard::reject()
{
    if (m_job) {
        // Stop the call first; the wizard closes (or asks) when it has returned.
        m_rejectWhenIdle = true;
        button(QWizard::CancelButton)->setEnabled(false);
        stop();
        return;
    }
    if (m_stored && currentId() != SummaryPageId) {
        askKeepOrRemove();
        return;
    }
    QWizard::reject();
}

void AddTargetWizard::askKeepOrRemove()
{
    if (m_keepQuestion)
        return;
    const Target &t = *m_target;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Keep Target?"),
        tr("Ferry already saved target %1.").arg(t.name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("keepTargetQuestion"));
    box->setInformativeText(
        tr("Its status is \"%1\". Keep it to finish later on the Targets page, or remove it "
           "(Ferry also deletes its client key from the keychain).")
            .arg(targetpresentation::statusText(t)));
    QPushButton *keep = box->addButton(tr("&Keep Target"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepTargetButton"));
    QPushButton *remove = box->addButton(tr("&Remove Target"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("removeTargetButton"));
    QPushButton *stay = box->addButton(tr("&Continue Adding"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("continueAddingButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(stay);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, keep, remove](QAbstractButton *b) {
        if (b == keep)
            QWizard::reject();
        else if (b == remove)
            removeAndClose();
    });
    m_keepQuestion = box;
    box->open();
}

void AddTargetWizard::removeAndClose()
{
    const TargetsContext context = m_context;
    const QString name = m_target->name;
    runOutcome(
        name,
        [context, name](const std::atomic_bool *) {
            TargetJobOutcome outcome;
            if (Status st = context.service().remove(name); !st)
                outcome.error = st.error();
            return outcome;
        },
        [this, name](const TargetJobOutcome &outcome) {
            if (outcome.error) {
                ErrorDialog::showError(
                    this, tr("Ferry could not remove target %1.").arg(name), *outcome.error);
                return;
            }
            m_stored = false;
            m_target.reset();
            Q_EMIT targetChanged(name);
            QWizard::reject();
        });
}

} // namespace ferry::gui
