#pragma once

#include "model/target.h"
#include "targets/targetjob.h"
#include "targets/targetservice.h"

#include <QMessageBox>
#include <QPointer>
#include <QStringList>
#include <QWizard>

#include <functional>
#include <memory>
#include <optional>

namespace ferry::gui {

// Registers an Incus or LXD target, as virt-manager's wizards do it: "Step N of M", every
// Forward validates its page, options that cannot be used stay visible with the reason.
//
//   Target (name, endpoint, limits)  ->  Authentication (trust token, a certificate Ferry
//   creates, existing certificate and key files, or OIDC)  ->  Connect (stored from here on;
//   for OIDC it shows the identity provider's address and code while it waits)  ->  Server
//   Certificate (when it is not trusted yet or changed; Next only after the "I trust" tick)  ->
//   Trust on the Server (the exact command, Copy, Check Again)  -> Summary.
//
// Every call of the TargetService runs on the thread pool; the wizard is the guard object, so a
// closed wizard never receives a result. Cancel while a call runs stops it first; Cancel once
// the target is stored asks whether to keep it (to finish later from the Targets page) or
// remove it.
class AddTargetWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddTargetWizard)

public:
    enum PageId {
        SettingsPageId,
        AuthenticationPageId,
        ConnectPageId,
        CertificatePageId,
        TrustPageId,
        SummaryPageId,
    };
    enum class AuthChoice {
        TrustToken,
        GenerateCertificate,
        CertificateFiles,
        Oidc,
    };
    using ServiceCall = std::function<Result<Target>(TargetService &, const std::atomic_bool *)>;
    using Done = std::function<void(const TargetJobOutcome &)>;
    using OutcomeCall = std::function<TargetJobOutcome(const std::atomic_bool *)>;

    AddTargetWizard(TargetsContext context, QStringList existingNames, QWidget *parent = nullptr);
    ~AddTargetWizard() override;

    const TargetsContext &context() const { return m_context; }
    QStringList existingNames() const { return m_existingNames; }

    // What the first two pages collected.
    Target &draft() { return m_draft; }
    TargetAuth &auth() { return m_auth; }
    AuthChoice authChoice() const { return m_authChoice; }
    void setAuthChoice(AuthChoice choice);
    // The pages' "Step N of M" follow a changed choice.
    void refreshSteps();

    // The target as the last call left it, once it is stored.
    const std::optional<Target> &target() const { return m_target; }
    bool isStored() const { return m_stored; }
    QString clientCertificateFile() const { return m_clientCertificateFile; }
    void setClientCertificateFile(const QString &file) { m_clientCertificateFile = file; }

    // Runs `call` on the thread pool with a fresh Cancel flag, then `done` on this thread (not
    // at all if the wizard is gone). One call at a time.
    void run(const QString &name, ServiceCall call, Done done);
    bool isBusy() const { return m_job != nullptr; }
    // Asks the running call to stop (the service checks the flag while it waits).
    void stop();

    // The page that follows a connection check, by the target's status.
    int pageAfterCheck() const;
    // "Step 3 of 6"; empty for a page that is not on the way.
    QString stepText(int pageId) const;
    // True when the server's certificate needs a person's confirmation.
    static bool needsCertificatePage(const Target &target);

    // For the tests: the question asked on Cancel once the target is stored.
    QMessageBox *keepQuestion() const { return m_keepQuestion; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void busyChanged(bool busy);
    // The stored target changed (added, trusted, checked, removed): the Targets page reloads.
    void targetChanged(const QString &name);
    // The steps may have changed (another authentication, a status after a check).
    void stepsChanged();

private:
    void setBusy(const std::shared_ptr<TargetJobControl> &job);
    void runOutcome(const QString &name, OutcomeCall call, Done done);
    void applyOutcome(const TargetJobOutcome &outcome);
    void askKeepOrRemove();
    void removeAndClose();
    QList<int> plannedPages() const;

    TargetsContext m_context;
    QStringList m_existingNames;
    Target m_draft;
    TargetAuth m_auth;
    AuthChoice m_authChoice = AuthChoice::TrustToken;
    std::optional<Target> m_target;
    bool m_stored = false;
    QString m_clientCertificateFile;
    std::shared_ptr<TargetJobControl> m_job;
    bool m_rejectWhenIdle = false;
    QPointer<QMessageBox> m_keepQuestion;
};

} // namespace ferry::gui
