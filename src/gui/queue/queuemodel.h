#pragma once

#include "queue/queuepresentation.h"
#include "queue/queuesnapshot.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

#include <vector>

namespace ferry::gui {

// The queue entries, one row each, in the order of the last snapshot. A new snapshot with the
// same entries only updates the cells that changed (the selection and the scroll position
// stay); progress from the engine in this process updates a row between snapshots.
class QueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueModel)

public:
    enum Column {
        NameColumn,
        StatusColumn,
        ProgressColumn,
        RateColumn,
        EtaColumn,
        BatchColumn,
        TargetColumn,
        EngineColumn,
        WindowColumn,
        UpdatedColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        BatchIdRole,
        StatusRole, // the QueueStatus, as an int
        // Per mille done (int), -1 when unknown: the progress delegate draws it.
        ProgressRole,
        SortRole,
    };

    explicit QueueModel(QObject *parent = nullptr);
    ~QueueModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(std::vector<QueueRow> rows);
    // Live progress of one disk (the engine's progress signal).
    void applyProgress(qint64 entryId, int diskPosition, qint64 bytesDone, qint64 bytesTotal);

    const QueueRow *rowAt(int row) const;
    const QueueRow *rowById(qint64 id) const;
    int rowOfId(qint64 id) const;

private:
    std::vector<QueueRow> m_rows;
    QHash<qint64, int> m_rowOfId;
};

// Filters the queue by batch and by status group, and sorts by any column.
class QueueFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueFilterModel)

public:
    explicit QueueFilterModel(QObject *parent = nullptr);
    ~QueueFilterModel() override;

    // 0: every batch.
    void setBatchId(qint64 batchId);
    qint64 batchId() const { return m_batchId; }
    void setStatusGroup(queuetext::StatusGroup group);
    queuetext::StatusGroup statusGroup() const { return m_group; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_batchId = 0;
    queuetext::StatusGroup m_group = queuetext::StatusGroup::All;
};

} // namespace ferry::gui
