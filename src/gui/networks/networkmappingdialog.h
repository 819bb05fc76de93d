#pragma once

#include "model/network.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ferry::gui {

// Edits where a source network's NICs go on the target (`ferryctl network update`): the target
// network, the NIC type (managed, bridged, physical) and the VLAN. The default mapping is shown
// for reference; what validatePlacement() objects to is shown under the fields as they change,
// and Save stays disabled until it is fixed. Values equal to the default are stored as "no
// override", so the network follows the default if it changes.
class NetworkMappingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkMappingDialog)

public:
    explicit NetworkMappingDialog(const Network &network, QWidget *parent = nullptr);
    ~NetworkMappingDialog() override;

    // The network with the overrides as edited.
    Network result() const;
    QString problem() const;

private:
    void validate();
    void resetToDefault();

    Network m_network;
    QLineEdit *m_target = nullptr;
    QComboBox *m_nicType = nullptr;
    QLineEdit *m_vlan = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace ferry::gui
