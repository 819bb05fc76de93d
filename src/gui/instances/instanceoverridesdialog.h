#pragma once

#include "model/instance.h"

#include <QDialog>
#include <QVector>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ferry::gui {

// Edits an instance's overrides (`ferryctl instance override`): the name, CPUs and memory on
// the target, "disable migration" and "ignore restrictions". Each value override has a tick;
// unticked means "as on the source". Below them, a new guest address per NIC (address/prefix,
// gateway, DNS servers; empty keeps the guest's own configuration), checked by
// nicAddressProblem. Problems are shown under the fields and keep Save disabled. The caller writes
// the result through InstanceRepository::setOverrides.
class InstanceOverridesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceOverridesDialog)

public:
    explicit InstanceOverridesDialog(const Instance &instance, QWidget *parent = nullptr);
    ~InstanceOverridesDialog() override;

    // The overrides as edited (other members of the instance's overrides kept); nullopt while
    // a field is invalid.
    std::optional<InstanceOverrides> overrides() const;
    QString problem() const;

    // For the page: shows that saving failed.
    void showSaveError(const QString &message);
    void setSaving(bool saving);

Q_SIGNALS:
    void saveRequested(const ferry::InstanceOverrides &overrides);

private:
    void validate();
    // The overrides the fields say, checked or not.
    InstanceOverrides fromFields() const;

    // One NIC's row of the "New guest addresses" section.
    struct NicRow
    {
        QString mac;
        QLineEdit *address = nullptr;
        QLineEdit *gateway = nullptr;
        QLineEdit *dns = nullptr;
    };

    Instance m_instance;
    QCheckBox *m_nameCheck = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_cpusCheck = nullptr;
    QSpinBox *m_cpus = nullptr;
    QCheckBox *m_memoryCheck = nullptr;
    QLineEdit *m_memory = nullptr;
    QCheckBox *m_disableMigration = nullptr;
    QCheckBox *m_ignoreRestrictions = nullptr;
    QGroupBox *m_nicBox = nullptr;
    QVector<NicRow> m_nicRows;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace ferry::gui
