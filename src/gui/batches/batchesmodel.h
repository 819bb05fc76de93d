#pragma once

#include "model/batch.h"

#include <QAbstractTableModel>
#include <QVector>

namespace ferry::gui {

// The batches of the Batches page, one row each: name, status (with its icon and message), how
// many instances the batch selects now, how many are queued, and its windows.
class BatchesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchesModel)

public:
    enum Column {
        NameColumn,
        StatusColumn,
        MatchedColumn,
        QueuedColumn,
        WindowsColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values for sorting
        BatchNameRole,
        BatchStatusRole,
    };

    struct Row
    {
        Batch batch;
        int matched = 0;
        int queued = 0;
    };

    explicit BatchesModel(QObject *parent = nullptr);
    ~BatchesModel() override;

    void setRows(const QVector<Row> &rows);
    const Row *row(int row) const;
    // The row of the batch named name, or -1.
    int rowOfName(const QString &name) const;
    // How many instances the batch named name selects now.
    void setMatched(const QString &name, int matched);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Row> m_rows;
};

} // namespace ferry::gui
