#pragma once

#include "common/guicontext.h"
#include "model/source.h"
#include "sources/sourceservice.h"

#include <QFuture>
#include <QWizard>

#include <memory>
#include <optional>

namespace ferry::gui {

struct SourceJobControl;

// Registers a VMware source, virt-manager style, in five steps: the connection details, the
// connection attempt (off the GUI thread, with Stop), the server certificate when it is not
// trusted (Next only after the explicit "I trust this certificate" tick), the first sync with
// its progress, and a summary. The source is stored by the second step (as `ferryctl source
// add` does); cancelling the wizard before the summary removes it again, so a cancelled wizard
// leaves nothing behind.
class AddSourceWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddSourceWizard)

public:
    enum PageId {
        ConnectionPageId,
        ConnectPageId,
        CertificatePageId,
        SyncPageId,
        SummaryPageId,
    };
    static constexpr int kStepCount = 5;

    explicit AddSourceWizard(GuiContext context, QWidget *parent = nullptr);
    ~AddSourceWizard() override;

    static QString stepText(int step);

    const GuiContext &context() const { return m_context; }

    // The source as the person described it, then as stored (id non-zero once stored).
    const Source &source() const { return m_source; }
    void setSource(const Source &source) { m_source = source; }
    bool isStored() const { return m_source.id != 0; }
    // The password typed in the first step; kept in memory only while the wizard is open.
    QByteArray password() const { return m_password; }
    void setPassword(const QByteArray &password, bool changed);
    bool passwordChanged() const { return m_passwordChanged; }

    // The first sync's outcome, for the summary.
    void setSyncOutcome(const std::optional<SyncReport> &report, const QString &error);
    const std::optional<SyncReport> &syncReport() const { return m_syncReport; }
    QString syncError() const { return m_syncError; }

    // Remembers the background call in flight, so that a cancelled wizard removes the source
    // only after that call is done with it.
    void setPendingWork(const QFuture<void> &future, std::shared_ptr<SourceJobControl> control);

    // The name add() was called with: a cancelled wizard removes that source even when the
    // answer never arrived.
    void noteAddAttempt(const QString &name) { m_addedName = name; }

    // Goes back through the history to `page` (the certificate step's "Correct the Password").
    void goBackTo(PageId page);

    // After Finish: whether to show the Instances page.
    bool showInstancesRequested() const;

    void done(int result) override;

Q_SIGNALS:
    // Emitted when the wizard closes with the source kept (Finish).
    void sourceAdded(const ferry::Source &source);

private:
    GuiContext m_context;
    Source m_source;
    QByteArray m_password;
    bool m_passwordChanged = true;
    std::optional<SyncReport> m_syncReport;
    QString m_syncError;
    QFuture<void> m_pending;
    std::shared_ptr<SourceJobControl> m_pendingControl;
    QString m_addedName;
    bool m_closed = false;
};

} // namespace ferry::gui
