#pragma once

#include "model/target.h"
#include "targets/targetjob.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace ferry::gui {

class CertificateView;
class OperationStatusWidget;

// "Trust New Certificate" for a target whose server presented a certificate Ferry does not
// trust: the certificate with its problems and, when it changed, both fingerprints; Trust is
// enabled only after the "I trust" tick. Ferry then pins it and checks again (off the GUI
// thread; the dialog is the guard).
class TargetTrustCertificateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetTrustCertificateDialog)

public:
    TargetTrustCertificateDialog(
        TargetsContext context, const Target &target, QWidget *parent = nullptr);
    ~TargetTrustCertificateDialog() override;

    CertificateView *certificateView() const { return m_view; }
    // The target after the pin was saved and checked.
    const Target &target() const { return m_target; }

public Q_SLOTS:
    void accept() override;
    // Ignored while Ferry pins the certificate: that call cannot be stopped halfway.
    void reject() override;

Q_SIGNALS:
    void targetChanged(const QString &name);

private:
    TargetsContext m_context;
    Target m_target;
    QLabel *m_intro;
    CertificateView *m_view;
    OperationStatusWidget *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_trust;
    bool m_busy = false;
};

} // namespace ferry::gui
