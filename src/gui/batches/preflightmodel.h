#pragma once

#include "batch/batchservice.h"

#include <QAbstractItemModel>
#include <QVector>

namespace ferry::gui {

// The pre-flight results of the Batch wizard as a tree: one row per selected instance (its
// location and whether it is blocked, has warnings or is ready), under it one row per finding
// (message, severity, code) and, when it is not queued, why.
class PreflightModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreflightModel)

public:
    enum Column {
        TextColumn, // instance, or finding
        SeverityColumn,
        CodeColumn,
        ColumnCount
    };
    enum class State { Ready, Warnings, Blocked };

    explicit PreflightModel(QObject *parent = nullptr);
    ~PreflightModel() override;

    void setPlanned(const QVector<batch::PlannedInstance> &planned);
    void clear() { setPlanned({}); }
    // Of the instance in top-level row `row`.
    State state(int row) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant instanceData(int row, int column, int role) const;
    QVariant childData(int instanceRow, int row, int column, int role) const;

    QVector<batch::PlannedInstance> m_planned;
};

} // namespace ferry::gui
