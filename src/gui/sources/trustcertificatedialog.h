#pragma once

#include "common/guicontext.h"
#include "model/source.h"
#include "util/result.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace ferry::gui {

class CertificateView;
class OperationStatusWidget;
struct SourceJobControl;

// "Trust New Certificate…" on the Sources page: the certificate a source's server presents now
// (and, when a pinned certificate changed, the fingerprint trusted before), Trust enabled only
// after the tick. Trust pins the fingerprint and checks the connection off the GUI thread;
// the dialog closes when the source is OK and shows any other outcome.
class TrustCertificateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrustCertificateDialog)

public:
    TrustCertificateDialog(GuiContext context, const Source &source, QWidget *parent = nullptr);
    ~TrustCertificateDialog() override;

    CertificateView *certificateView() const { return m_view; }
    QPushButton *trustButton() const { return m_trust; }
    const Source &source() const { return m_source; }

Q_SIGNALS:
    void sourceUpdated(const ferry::Source &source);

private:
    void startTrust();
    void onFinished(const Result<Source> &result);

    GuiContext m_context;
    Source m_source;
    QLabel *m_intro = nullptr;
    CertificateView *m_view = nullptr;
    OperationStatusWidget *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_trust = nullptr;
    std::shared_ptr<SourceJobControl> m_control;
};

} // namespace ferry::gui
