#pragma once

#include "instances/instancerow.h"

#include <QAbstractTableModel>
#include <QSet>

#include <array>
#include <memory>
#include <vector>

namespace ferry::gui {

// The Instances table for very large inventories (100,000 rows): a vector of lightweight rows,
// sorted and filtered here rather than through a proxy.
//
// Sorting is by a 64-bit key per row: the value itself for numbers and flags, the row's rank in
// the column's collation order for text (numeric-aware and case-insensitive, so "vm9" comes
// before "vm10"). Ranks are computed once per column, preferably by the loader off the GUI
// thread (computeRanks()), else on first use; sorting then is a sort of integers. A text filter
// matches the location (contains, case-insensitive); an expression filter is a set of instance
// ids computed off the GUI thread by whoever owns the model (the Instances page).
class InstancesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstancesModel)

public:
    enum Column {
        UuidColumn,
        SourceColumn,
        LocationColumn,
        NameColumn,
        OsColumn,
        CpusColumn,
        MemoryColumn,
        BackgroundImportColumn,
        MigrationDisabledColumn,
        RestrictionsColumn,
        ColumnCount,
    };
    enum Role {
        InstanceIdRole = Qt::UserRole + 1,
    };

    // Collation ranks of the text columns (empty vectors for the others).
    using Ranks = std::array<std::vector<quint32>, ColumnCount>;

    explicit InstancesModel(QObject *parent = nullptr);
    ~InstancesModel() override;

    // Safe on any thread: ranks every text column of `rows`.
    static Ranks computeRanks(const std::vector<InstanceRow> &rows);
    static bool isTextColumn(int column);

    // Replaces every row (a model reset), keeping the sort and the filter. `ranks` may be empty.
    void setRows(std::vector<InstanceRow> rows, Ranks ranks = {});
    // Replaces the row with the same id (after an override edit); false when there is none.
    bool updateRow(const InstanceRow &row);

    int totalCount() const { return int(m_rows.size()); }
    const InstanceRow *rowAt(int row) const;
    // The row showing that instance, or -1 (unknown or filtered out).
    int rowOfId(qint64 id) const;

    void setFilterText(const QString &text);
    // Shows the instances with these ids; `text` is the expression they were selected by.
    void setFilterIds(const QString &text, std::shared_ptr<const QSet<qint64>> ids);
    QString filterText() const { return m_filter; }
    bool isExpressionFilter() const { return m_filterIds != nullptr; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Forgets the ranks (for the benchmark's cold sorts).
    void dropRanks();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void ensureRank(int column);
    void sortAll();
    bool matches(const InstanceRow &row) const;
    void rebuildVisible();

    std::vector<InstanceRow> m_rows;
    Ranks m_ranks;
    std::vector<int> m_sorted; // every row, in sort order
    std::vector<int> m_visible; // the rows that match the filter, in sort order
    std::vector<char> m_matches;
    int m_sortColumn = LocationColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_filter;
    std::shared_ptr<const QSet<qint64>> m_filterIds; // set: an expression filter
};

} // namespace ferry::gui
