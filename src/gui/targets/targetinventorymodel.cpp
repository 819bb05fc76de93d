#include "targets/targetinventorymodel.h"

#include "queue/queuepresentation.h"

#include <QFont>

#include <QGuiApplication>
#include <QPalette>
#include <algorithm>

namespace ferry::gui {

TargetInventoryModel::TargetInventoryModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

TargetInventoryModel::~TargetInventoryModel() = default;

int TargetInventoryModel::addNode(Kind kind, int parent, const QString &project, int item)
{
    Node node {kind, parent, 0, project, item, {}};
    const int id = int(m_nodes.size());
    if (parent < 0) {
        node.rowInParent = int(m_roots.size());
        m_roots << id;
    } else {
        node.rowInParent = int(m_nodes[parent].children.size());
        m_nodes[parent].children << id;
    }
    m_nodes << node;
    return id;
}

void TargetInventoryModel::setInventory(const TargetInventory &inventory)
{
    beginResetModel();
    m_inventory = inventory;
    // The networks a VM can be placed on first; the host's own interfaces after them.
    for (auto it = m_inventory.networks.begin(); it != m_inventory.networks.end(); ++it)
        std::stable_sort(it->begin(), it->end(),
            [](const incus::Network &a, const incus::Network &b) { return a.managed > b.managed; });
    m_nodes.clear();
    m_roots.clear();
    for (int p = 0; p < m_inventory.projects.size(); ++p) {
        const QString name = m_inventory.projects.at(p).name;
        const int project = addNode(Kind::Project, -1, name, p);
        const int pools = addNode(Kind::PoolGroup, project, name);
        for (int i = 0; i < m_inventory.storagePools.size(); ++i)
            addNode(Kind::Pool, pools, name, i);
        const int networks = addNode(Kind::NetworkGroup, project, name);
        for (int i = 0; i < m_inventory.networks.value(name).size(); ++i)
            addNode(Kind::Network, networks, name, i);
        const int profiles = addNode(Kind::ProfileGroup, project, name);
        for (int i = 0; i < m_inventory.profiles.value(name).size(); ++i)
            addNode(Kind::Profile, profiles, name, i);
        const int instances = addNode(Kind::InstanceGroup, project, name);
        for (int i = 0; i < m_inventory.instances.value(name).size(); ++i)
            addNode(Kind::Instance, instances, name, i);
    }
    endResetModel();
}

const TargetInventoryModel::Node *TargetInventoryModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const auto id = int(index.internalId());
    return id >= 0 && id < m_nodes.size() ? &m_nodes.at(id) : nullptr;
}

QModelIndex TargetInventoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const Node *p = nodeOf(parent);
    const QVector<int> &children = p ? p->children : m_roots;
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex TargetInventoryModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    const Node &p = m_nodes.at(node->parent);
    return createIndex(p.rowInParent, 0, quintptr(node->parent));
}

int TargetInventoryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Node *p = nodeOf(parent);
    return p ? int(p->children.size()) : 0;
}

int TargetInventoryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex TargetInventoryModel::find(const QString &name, const QModelIndex &parent) const
{
    for (int row = 0; row < rowCount(parent); ++row) {
        const QModelIndex i = index(row, NameColumn, parent);
        if (i.data().toString() == name)
            return i;
    }
    return {};
}

QVariant TargetInventoryModel::display(const Node &node, int column) const
{
    const QString &project = node.project;
    switch (node.kind) {
    case Kind::Project: {
        const incus::Project &p = m_inventory.projects.at(node.item);
        switch (column) {
        case NameColumn:
            return p.name;
        case TypeColumn:
            return tr("project");
        case DetailsColumn: {
            QStringList parts;
            if (!p.description.isEmpty())
                parts << p.description;
            if (!p.ownNetworks && p.name != QLatin1String("default"))
                parts << tr("uses the default project's networks");
            if (!p.ownProfiles && p.name != QLatin1String("default"))
                parts << tr("uses the default project's profiles");
            return parts.join(QLatin1String("; "));
        }
        }
        break;
    }
    case Kind::PoolGroup:
    case Kind::NetworkGroup:
    case Kind::ProfileGroup:
    case Kind::InstanceGroup: {
        if (column != NameColumn)
            break;
        const int n = int(node.children.size());
        switch (node.kind) {
        case Kind::PoolGroup:
            return tr("Storage pools (%1)").arg(n);
        case Kind::NetworkGroup:
            return tr("Networks (%1)").arg(n);
        case Kind::ProfileGroup:
            return tr("Profiles (%1)").arg(n);
        default:
            return tr("Instances (%1)").arg(n);
        }
    }
    case Kind::Pool: {
        const incus::StoragePool &p = m_inventory.storagePools.at(node.item);
        switch (column) {
        case NameColumn:
            return p.name;
        case TypeColumn:
            return p.driver;
        case DetailsColumn: {
            QStringList parts;
            if (!p.status.isEmpty())
                parts << p.status;
            if (p.spaceTotal >= 0 && p.spaceUsed >= 0)
                parts << tr("%1 of %2 used")
                             .arg(queuetext::bytes(p.spaceUsed), queuetext::bytes(p.spaceTotal));
            else if (p.spaceTotal >= 0)
                parts << tr("%1 in total").arg(queuetext::bytes(p.spaceTotal));
            if (!p.description.isEmpty())
                parts << p.description;
            return parts.join(QLatin1String(", "));
        }
        }
        break;
    }
    case Kind::Network: {
        const incus::Network &n = m_inventory.networks.value(project).at(node.item);
        switch (column) {
        case NameColumn:
            return n.name;
        case TypeColumn:
            return n.type;
        case ManagedColumn:
            return n.managed ? tr("yes") : tr("no");
        case Ipv4Column:
            return n.ipv4Subnet;
        case Ipv6Column:
            return n.ipv6Subnet;
        case DetailsColumn:
            return n.description;
        }
        break;
    }
    case Kind::Profile: {
        const incus::Profile &p = m_inventory.profiles.value(project).at(node.item);
        if (column == NameColumn)
            return p.name;
        if (column == DetailsColumn)
            return p.description;
        break;
    }
    case Kind::Instance:
        if (column == NameColumn)
            return m_inventory.instances.value(project).at(node.item);
        break;
    }
    return {};
}

QVariant TargetInventoryModel::toolTip(const Node &node) const
{
    switch (node.kind) {
    case Kind::PoolGroup:
        return tr("The server's storage pools; every project can place volumes in them.");
    case Kind::NetworkGroup:
        return tr("Networks that instances of project %1 can attach to.").arg(node.project);
    case Kind::ProfileGroup:
        return tr("Profiles of project %1.").arg(node.project);
    case Kind::InstanceGroup:
        return tr("Instances already in project %1: a migrated VM cannot take one of these "
                  "names.")
            .arg(node.project);
    case Kind::Network: {
        const incus::Network &n = m_inventory.networks.value(node.project).at(node.item);
        if (!n.managed)
            return tr("Not managed by the server: an interface of the host.");
        return {};
    }
    default:
        return {};
    }
}

QVariant TargetInventoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*node, index.column());
    case Qt::ToolTipRole: {
        const QVariant tip = toolTip(*node);
        return tip.isValid() ? tip : display(*node, index.column());
    }
    case Qt::FontRole:
        if (node->kind == Kind::Project && index.column() == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (node->kind == Kind::PoolGroup || node->kind == Kind::NetworkGroup
            || node->kind == Kind::ProfileGroup || node->kind == Kind::InstanceGroup)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
    case Qt::AccessibleTextRole:
        return display(*node, index.column());
    case KindRole:
        return int(node->kind);
    case ProjectRole:
        return node->project;
    default:
        break;
    }
    return {};
}

QVariant TargetInventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case ManagedColumn:
        return tr("Managed");
    case Ipv4Column:
        return tr("IPv4 Subnet");
    case Ipv6Column:
        return tr("IPv6 Subnet");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

} // namespace ferry::gui
