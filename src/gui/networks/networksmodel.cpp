#include "networks/networksmodel.h"

#include "common/icons.h"
#include "inventory/networkmapping.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace ferry::gui {

namespace {

QString typeText(const QString &type)
{
    if (type == QLatin1String("standard"))
        return NetworksModel::tr("Standard");
    if (type == QLatin1String("distributed"))
        return NetworksModel::tr("Distributed");
    if (type == QLatin1String("nsx-distributed"))
        return NetworksModel::tr("NSX distributed");
    if (type == QLatin1String("nsx"))
        return NetworksModel::tr("NSX");
    return type;
}

} // namespace

NetworksModel::NetworksModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

NetworksModel::~NetworksModel() = default;

void NetworksModel::setNetworks(
    const QVector<Network> &networks, const QHash<qint64, QString> &sourceNames)
{
    beginResetModel();
    m_networks = networks;
    m_sourceNames = sourceNames;
    endResetModel();
}

bool NetworksModel::updateNetwork(const Network &network)
{
    const int row = rowOfId(network.id);
    if (row < 0)
        return false;
    m_networks[row] = network;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

const Network *NetworksModel::network(int row) const
{
    return row >= 0 && row < m_networks.size() ? &m_networks.at(row) : nullptr;
}

int NetworksModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_networks.size(); ++row)
        if (m_networks.at(row).id == id)
            return row;
    return -1;
}

int NetworksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_networks.size());
}

int NetworksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetworksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Network &n = m_networks.at(index.row());
    const int column = index.column();
    const bool overridden = (column == TargetNetworkColumn && n.overrideNetwork)
        || (column == NicTypeColumn && n.overrideNicType)
        || (column == VlanColumn && n.overrideVlan);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const NetworkPlacement p = effectivePlacement(n);
        switch (column) {
        case LocationColumn:
            return n.location;
        case SourceColumn:
            return m_sourceNames.value(n.sourceId);
        case TypeColumn:
            return typeText(n.type);
        case SourceSpecificIdColumn:
            return n.sourceSpecificId;
        case UuidColumn:
            return n.uuid;
        case TargetNetworkColumn:
            return p.network;
        case NicTypeColumn:
            return p.nicType;
        case VlanColumn:
            return p.vlan;
        }
        break;
    }
    case NetworkIdRole:
        return n.id;
    case Qt::DecorationRole:
        if (column == LocationColumn && n.missingSince.isValid())
            return themedIcon(QStringLiteral("status-unknown"));
        break;
    case Qt::FontRole:
        if (overridden) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (n.missingSince.isValid())
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
    case Qt::ToolTipRole:
        if (overridden) {
            const NetworkPlacement def = defaultPlacement(n);
            const QString value = column == TargetNetworkColumn ? def.network
                : column == NicTypeColumn                       ? def.nicType
                                                                : def.vlan;
            return tr("Changed from the default (%1).").arg(value.isEmpty() ? tr("none") : value);
        }
        if (column == LocationColumn && n.missingSince.isValid())
            return tr("%1\nNo longer on the source: the last sync did not find it.")
                .arg(n.location);
        return data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant NetworksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::UserRole) {
        static const char *const keys[] = {"location", "source", "type", "source_specific_id",
            "uuid", "target_network", "target_nic_type", "target_vlan"};
        return QString::fromLatin1(keys[section]);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LocationColumn:
        return tr("Location");
    case SourceColumn:
        return tr("Source");
    case TypeColumn:
        return tr("Type");
    case SourceSpecificIdColumn:
        return tr("Source Specific ID");
    case UuidColumn:
        return tr("UUID");
    case TargetNetworkColumn:
        return tr("Target Network");
    case NicTypeColumn:
        return tr("Target NIC Type");
    case VlanColumn:
        return tr("Target VLAN");
    }
    return {};
}

} // namespace ferry::gui
