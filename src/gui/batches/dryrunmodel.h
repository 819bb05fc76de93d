#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace ferry::gui {

// The placement dry run of the Batch wizard, one row per selected instance: where it would go
// (target, project, storage pools, networks) and what the placement script said. A row whose
// script failed carries an error icon in the script column. A row may be a single message in
// the first column ("The expression selects no instance.").
class DryRunModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DryRunModel)

public:
    enum Column {
        InstanceColumn,
        TargetColumn,
        ProjectColumn,
        PoolsColumn,
        NetworksColumn,
        ScriptColumn,
        ColumnCount
    };

    struct Row
    {
        QStringList cells; // by column; missing ones are empty
        bool scriptFailed = false;
    };

    explicit DryRunModel(QObject *parent = nullptr);
    ~DryRunModel() override;

    void setRows(const QVector<Row> &rows);
    void clear() { setRows({}); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Row> m_rows;
};

} // namespace ferry::gui
