#pragma once

#include "model/target.h"
#include "targets/targetjob.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace ferry::gui {

class OperationStatusWidget;
class TargetSettingsWidget;

// Changes a target as `ferryctl target update` does: name, endpoint, limits, timeout, the
// pinned fingerprint, and optionally a new trust token redeemed for Ferry's certificate. Save
// runs the update (and the check that follows) off the GUI thread; Cancel stops it.
class EditTargetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditTargetDialog)

public:
    EditTargetDialog(TargetsContext context, const Target &target, QStringList existingNames,
        QWidget *parent = nullptr);
    ~EditTargetDialog() override;

    TargetSettingsWidget *settings() const { return m_settings; }
    const Target &target() const { return m_target; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void targetChanged(const QString &name);

private:
    void setBusy(bool busy);

    TargetsContext m_context;
    Target m_target;
    TargetSettingsWidget *m_settings;
    QLineEdit *m_tokenEdit;
    OperationStatusWidget *m_message;
    QDialogButtonBox *m_buttons;
    std::shared_ptr<TargetJobControl> m_job;
    bool m_closeWhenIdle = false;
};

} // namespace ferry::gui
