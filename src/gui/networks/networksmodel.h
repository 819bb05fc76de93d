#pragma once

#include "model/network.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace ferry::gui {

// The source networks with their target mapping, as `ferryctl network list` shows them; values
// that differ from the default mapping (overrides) are in italics.
class NetworksModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworksModel)

public:
    enum Column {
        LocationColumn,
        SourceColumn,
        TypeColumn,
        SourceSpecificIdColumn,
        UuidColumn,
        TargetNetworkColumn,
        NicTypeColumn,
        VlanColumn,
        ColumnCount,
    };
    enum Role {
        NetworkIdRole = Qt::UserRole + 1,
    };

    explicit NetworksModel(QObject *parent = nullptr);
    ~NetworksModel() override;

    void setNetworks(const QVector<Network> &networks, const QHash<qint64, QString> &sourceNames);
    bool updateNetwork(const Network &network);
    const Network *network(int row) const;
    int rowOfId(qint64 id) const;
    QString sourceName(qint64 sourceId) const { return m_sourceNames.value(sourceId); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Network> m_networks;
    QHash<qint64, QString> m_sourceNames;
};

} // namespace ferry::gui
