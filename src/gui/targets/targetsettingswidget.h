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

// Name, endpoint, limits, timeout and how the server certificate is verified (its pinned
// fingerprint, or a certificate authority and the host name, with an optional CA file) of a
// target, as the first page of the Add Target wizard and the Edit dialog show them. apply()
// validates the fields the way `ferryctl target add/update` does and says what is wrong under them.
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
    // The fingerprint typed (empty when the certificate is verified by a CA).
    QString fingerprint() const;
    bool verifiesByCa() const { return byCa(); }

Q_SIGNALS:
    void changed();

private:
    bool fail(QWidget *field, const QString &text);
    bool byCa() const;
    // Shows the fingerprint's rows or the certificate authorities' for the chosen way.
    void showVerifyRows();
    void browseCaFile();

    std::unique_ptr<Ui::TargetSettingsWidget> m_ui;
    OperationStatusWidget *m_message = nullptr;
    Mode m_mode;
    QStringList m_existingNames;
    QString m_ownName;
    QString m_storedCaPem; // Edit: the CAs stored, kept unless a file replaces them
};

} // namespace ferry::gui
