#pragma once

#include "model/target.h"

#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class TargetSettingsWidget;
}

namespace ferry::gui {

class OperationStatusWidget;

// Name, endpoint, limits, timeout and the server certificate's fingerprint of a target, as the
// first page of the Add Target wizard and the Edit dialog show them. apply() validates the
// fields the way `ferryctl target add/update` does and says what is wrong under them.
class TargetSettingsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetSettingsWidget)

public:
    enum class Mode {
        Add, // the fingerprint is optional: without it, the certificate is shown to confirm
        Edit, // the fingerprint is the pin: changing it trusts another certificate
    };

    explicit TargetSettingsWidget(Mode mode, QWidget *parent = nullptr);
    ~TargetSettingsWidget() override;

    // Names already taken (a target's own name is allowed in Edit mode).
    void setExistingNames(const QStringList &names);
    void setTarget(const Target &target);
    // Copies the fields into `target`, normalised (endpoint with port, fingerprint in lowercase
    // hex). False, with the reason shown and the field focused, when a field is not valid.
    bool apply(Target &target);
    void showError(const QString &text, const QString &details = {});
    void clearError();

    QString name() const;
    QString fingerprint() const;

Q_SIGNALS:
    void changed();

private:
    bool fail(QWidget *field, const QString &text);

    std::unique_ptr<Ui::TargetSettingsWidget> m_ui;
    OperationStatusWidget *m_message = nullptr;
    Mode m_mode;
    QStringList m_existingNames;
    QString m_ownName;
};

} // namespace ferry::gui
