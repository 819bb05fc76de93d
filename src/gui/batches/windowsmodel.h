#pragma once

#include "model/batch.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>
#include <QVector>

namespace ferry::gui {

// The migration windows of the Batch wizard, one row each: name, start, end, lockout (optional),
// capacity (0: no limit) and the row's problem, which the page sets after checking the rules.
// Every column but the problem is editable (Qt::EditRole: QString, QDateTime, int).
class WindowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowsModel)

public:
    enum Column {
        NameColumn,
        StartColumn,
        EndColumn,
        LockoutColumn,
        CapacityColumn,
        ProblemColumn,
        ColumnCount
    };

    explicit WindowsModel(QObject *parent = nullptr);
    ~WindowsModel() override;

    const QVector<MigrationWindow> &windows() const { return m_windows; }
    // Appends a row; returns it.
    int addWindow(const MigrationWindow &window);
    void setWindow(int row, const MigrationWindow &window);
    // One entry per row, empty when the row is fine; only the problem column changes.
    void setProblems(const QStringList &problems);
    void setProblemColor(const QColor &color) { m_problemColor = color; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    QVector<MigrationWindow> m_windows;
    QStringList m_problems;
    QColor m_problemColor;
};

} // namespace ferry::gui
