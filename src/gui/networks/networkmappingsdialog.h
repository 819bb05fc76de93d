#pragma once

#include "model/network.h"
#include "model/target.h"

#include <QDialog>
#include <QVector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ferry::gui {

// Edits the mapping of several source networks at once: one row per network with the target
// network chosen from the networks a registered target offers (its cached inventory; another
// name can be typed for a bridge or host interface), the NIC type and the VLAN. A row that
// cannot be saved (a VLAN on a managed NIC, a managed network the target does not have, no
// network) is marked with the reason and Save stays disabled. "Apply to Selected Rows" sets the
// values above the table on every selected row.
class NetworkMappingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkMappingsDialog)

public:
    enum Column {
        SourceColumn,
        TargetNetworkColumn,
        NicTypeColumn,
        VlanColumn,
        ProblemColumn,
        ColumnCount
    };

    NetworkMappingsDialog(const QVector<Network> &networks, const QVector<Target> &targets,
        QWidget *parent = nullptr);
    ~NetworkMappingsDialog() override;

    // The networks with their overrides as edited (values equal to the default are stored as
    // no override).
    QVector<Network> result() const;
    // One entry per row; empty when the row is fine.
    QStringList problems() const;
    QTableWidget *table() const { return m_table; }
    QPushButton *saveButton() const { return m_save; }
    // The names the target network lists offer (from the chosen target's inventory).
    QStringList targetNetworks() const { return m_targetNetworks; }

    void setRow(int row, const QString &network, const QString &nicType, const QString &vlan);
    // The values of the bar above the table on every selected row.
    void applyToSelectedRows();
    void setBulkValues(const QString &network, const QString &nicType, const QString &vlan);

private:
    void fillTargetNetworks();
    void revalidate();
    QString rowNetwork(int row) const;
    QString rowNicType(int row) const;
    QString rowVlan(int row) const;

    QVector<Network> m_networks;
    QVector<Target> m_targets;
    QStringList m_targetNetworks;
    QStringList m_managedNetworks;
    QComboBox *m_target = nullptr;
    QTableWidget *m_table = nullptr;
    QComboBox *m_bulkNetwork = nullptr;
    QComboBox *m_bulkNicType = nullptr;
    QLineEdit *m_bulkVlan = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_save = nullptr;
    bool m_updating = false;
};

} // namespace ferry::gui
