#pragma once

#include "targets/targetinventory.h"

#include <QAbstractItemModel>
#include <QVector>

namespace ferry::gui {

// A target's cached inventory as a tree: each project with the storage pools it can use, its
// networks (type, managed or not, IPv4 and IPv6 subnet), its profiles and its instance names.
// Storage pools belong to the server; they are listed under every project because every
// project places volumes in them.
class TargetInventoryModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetInventoryModel)

public:
    enum Column {
        NameColumn,
        TypeColumn,
        ManagedColumn,
        Ipv4Column,
        Ipv6Column,
        DetailsColumn,
        ColumnCount,
    };
    enum class Kind {
        Project,
        PoolGroup,
        NetworkGroup,
        ProfileGroup,
        InstanceGroup,
        Pool,
        Network,
        Profile,
        Instance,
    };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Kind)
        ProjectRole, // the project a row belongs to
    };

    explicit TargetInventoryModel(QObject *parent = nullptr);
    ~TargetInventoryModel() override;

    void setInventory(const TargetInventory &inventory);
    const TargetInventory &inventory() const { return m_inventory; }
    // The first row whose name is `name` below `parent` (for the tests and for selection).
    QModelIndex find(const QString &name, const QModelIndex &parent = {}) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Kind kind;
        int parent; // -1 for a project
        int rowInParent;
        QString project;
        int item = -1; // index into the inventory's list for this kind
        QVector<int> children;
    };
    int addNode(Kind kind, int parent, const QString &project, int item = -1);
    const Node *nodeOf(const QModelIndex &index) const;
    QVariant display(const Node &node, int column) const;
    QVariant toolTip(const Node &node) const;

    TargetInventory m_inventory;
    QVector<Node> m_nodes;
    QVector<int> m_roots;
};

} // namespace ferry::gui
