#pragma once

#include "model/target.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace ferry::gui {

// The registered Incus and LXD targets, one row each, with the columns of `ferryctl target
// list` plus the server version. A target that is being worked on shows what is happening in
// its status column.
class TargetsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetsModel)

public:
    enum Column {
        StatusColumn,
        NameColumn,
        TypeColumn,
        VersionColumn,
        EndpointColumn,
        AuthColumn,
        FingerprintColumn,
        ColumnCount,
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values for sorting
        TargetIdRole,
        TargetNameRole,
        StatusRole, // the connectivity status as stored
    };

    explicit TargetsModel(QObject *parent = nullptr);
    ~TargetsModel() override;

    // Replaces the rows; a target that is still there keeps its busy text.
    void setTargets(const QVector<Target> &targets);
    // Replaces one target (found by id) or appends it.
    void updateTarget(const Target &target);
    void removeTarget(qint64 id);
    const Target *target(int row) const;
    int rowOfId(qint64 id) const;
    int rowOfName(const QString &name) const;

    // "Checking…"; an empty text clears it.
    void setBusy(qint64 id, const QString &text);
    bool isBusy(qint64 id) const { return m_busy.contains(id); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Target> m_targets;
    QHash<qint64, QString> m_busy;
};

} // namespace ferry::gui
