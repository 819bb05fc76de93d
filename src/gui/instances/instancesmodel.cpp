#include "instances/instancesmodel.h"

#include "common/icons.h"
#include "util/units.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <iterator>
#include <limits>
#include <numeric>

namespace ferry::gui {

namespace {

const QString &textOf(const InstanceRow &row, int column)
{
    switch (column) {
    case InstancesModel::UuidColumn:
        return row.uuid;
    case InstancesModel::SourceColumn:
        return row.source;
    case InstancesModel::NameColumn:
        return row.name;
    case InstancesModel::OsColumn:
        return row.os;
    case InstancesModel::RestrictionsColumn:
        return row.restrictions;
    case InstancesModel::LocationColumn:
    default:
        return row.location;
    }
}

// The collation people expect: natural ("vm9" before "vm10") and case-insensitive. The "C"
// locale (no LANG, as in services and tests) compares code points and ignores these options, so
// it falls back to English there.
QCollator makeCollator()
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QCollator collator(locale);
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

// Ranks of one text column: equal texts share a rank; collation keys are computed once per
// distinct text. Ranks are spread over the 32-bit range, so that a changed text can later be
// given a rank between its neighbours without ranking the column again.
std::vector<quint32> rankColumn(const std::vector<InstanceRow> &rows, int column)
{
    QHash<QString, int> ids;
    ids.reserve(int(rows.size()));
    std::vector<int> idOfRow(rows.size());
    std::vector<QString> distinct;
    for (size_t i = 0; i < rows.size(); ++i) {
        const QString &text = textOf(rows[i], column);
        auto it = ids.constFind(text);
        if (it == ids.constEnd()) {
            it = ids.insert(text, int(distinct.size()));
            distinct.push_back(text);
        }
        idOfRow[i] = *it;
    }
    const QCollator collator = makeCollator();
    std::vector<QCollatorSortKey> keys;
    keys.reserve(distinct.size());
    for (const QString &text : distinct)
        keys.push_back(collator.sortKey(text));
    std::vector<int> order(distinct.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int c = keys[size_t(a)].compare(keys[size_t(b)]);
        return c != 0 ? c < 0 : distinct[size_t(a)] < distinct[size_t(b)];
    });
    const quint32 gap = quint32(std::min<quint64>(quint64(1) << 16,
        std::max<quint64>(
            1, quint64(std::numeric_limits<quint32>::max()) / (distinct.size() + 1))));
    std::vector<quint32> rankOfDistinct(distinct.size());
    for (size_t i = 0; i < order.size(); ++i)
        rankOfDistinct[size_t(order[i])] = quint32(i + 1) * gap;
    std::vector<quint32> ranks(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        ranks[i] = rankOfDistinct[size_t(idOfRow[i])];
    return ranks;
}

// Gives row `changed` (whose text in `column` changed) a rank between its new neighbours;
// false when there is no room left between them (then the column is ranked again).
bool rerankRow(
    const std::vector<InstanceRow> &rows, std::vector<quint32> &ranks, int column, size_t changed)
{
    struct Entry
    {
        quint32 rank;
        int row;
    };
    std::vector<Entry> sorted;
    sorted.reserve(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        if (i != changed)
            sorted.push_back({ranks[i], int(i)});
    std::sort(sorted.begin(), sorted.end(),
        [](const Entry &a, const Entry &b) { return a.rank < b.rank; });
    const QCollator collator = makeCollator();
    const QString &text = textOf(rows[changed], column);
    const auto compare = [&](const QString &other) {
        const int c = collator.compare(other, text);
        return c != 0 ? c : (other < text ? -1 : other == text ? 0 : 1);
    };
    // The first entry not before the text.
    const auto it = std::partition_point(sorted.begin(), sorted.end(),
        [&](const Entry &e) { return compare(textOf(rows[size_t(e.row)], column)) < 0; });
    if (it != sorted.end() && compare(textOf(rows[size_t(it->row)], column)) == 0) {
        ranks[changed] = it->rank;
        return true;
    }
    const quint64 low = it == sorted.begin() ? 0 : std::prev(it)->rank;
    const quint64 high
        = it == sorted.end() ? quint64(std::numeric_limits<quint32>::max()) + 1 : quint64(it->rank);
    if (high - low < 2)
        return false;
    ranks[changed] = quint32((low + high) / 2);
    return true;
}

QString yesNo(bool value)
{
    return value ? InstancesModel::tr("Yes") : InstancesModel::tr("No");
}

} // namespace

InstancesModel::InstancesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

InstancesModel::~InstancesModel() = default;

bool InstancesModel::isTextColumn(int column)
{
    switch (column) {
    case UuidColumn:
    case SourceColumn:
    case LocationColumn:
    case NameColumn:
    case OsColumn:
    case RestrictionsColumn:
        return true;
    default:
        return false;
    }
}

InstancesModel::Ranks InstancesModel::computeRanks(const std::vector<InstanceRow> &rows)
{
    Ranks ranks;
    for (int column = 0; column < ColumnCount; ++column)
        if (isTextColumn(column))
            ranks[size_t(column)] = rankColumn(rows, column);
    return ranks;
}

void InstancesModel::setRows(std::vector<InstanceRow> rows, Ranks ranks)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_ranks = std::move(ranks);
    for (auto &r : m_ranks)
        if (r.size() != m_rows.size())
            r.clear();
    m_matches.assign(m_rows.size(), 1);
    if (!m_filter.isEmpty())
        for (size_t i = 0; i < m_rows.size(); ++i)
            m_matches[i] = matches(m_rows[i]);
    sortAll();
    rebuildVisible();
    endResetModel();
}

void InstancesModel::dropRanks()
{
    for (auto &r : m_ranks)
        r.clear();
}

void InstancesModel::ensureRank(int column)
{
    if (isTextColumn(column) && m_ranks[size_t(column)].size() != m_rows.size())
        m_ranks[size_t(column)] = rankColumn(m_rows, column);
}

void InstancesModel::sortAll()
{
    const int column = m_sortColumn;
    ensureRank(column);
    const std::vector<quint32> &rank = m_ranks[size_t(column)];
    struct Keyed
    {
        quint64 key;
        int row;
    };
    std::vector<Keyed> keyed(m_rows.size());
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const InstanceRow &r = m_rows[i];
        quint64 key = 0;
        switch (column) {
        case CpusColumn:
            key = quint64(qMax(0, r.cpus));
            break;
        case MemoryColumn:
            key = quint64(qMax<qint64>(0, r.memoryBytes));
            break;
        case BackgroundImportColumn:
            key = r.backgroundImport;
            break;
        case MigrationDisabledColumn:
            key = r.migrationDisabled;
            break;
        case RestrictionsColumn:
            // Fewest restrictions first, then by their text.
            key = (quint64(quint32(r.restrictionCount)) << 32) | rank[i];
            break;
        default:
            key = rank[i];
            break;
        }
        keyed[i] = {key, int(i)};
    }
    // Equal keys keep the order of the rows (the loader's location order) in both directions.
    if (m_sortOrder == Qt::AscendingOrder)
        std::sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
            return a.key != b.key ? a.key < b.key : a.row < b.row;
        });
    else
        std::sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
            return a.key != b.key ? a.key > b.key : a.row < b.row;
        });
    m_sorted.resize(keyed.size());
    for (size_t i = 0; i < keyed.size(); ++i)
        m_sorted[i] = keyed[i].row;
}

bool InstancesModel::matches(const InstanceRow &row) const
{
    if (m_filterIds)
        return m_filterIds->contains(row.id);
    return m_filter.isEmpty() || row.location.contains(m_filter, Qt::CaseInsensitive);
}

void InstancesModel::rebuildVisible()
{
    if (m_filter.isEmpty()) {
        m_visible = m_sorted;
        return;
    }
    m_visible.clear();
    m_visible.reserve(m_sorted.size());
    for (const int row : m_sorted)
        if (m_matches[size_t(row)])
            m_visible.push_back(row);
}

void InstancesModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<int> oldRows;
    oldRows.reserve(size_t(persistent.size()));
    for (const QModelIndex &index : persistent)
        oldRows.push_back(m_visible[size_t(index.row())]);

    m_sortColumn = column;
    m_sortOrder = order;
    sortAll();
    rebuildVisible();

    if (!persistent.isEmpty()) {
        std::vector<int> position(m_rows.size(), -1);
        for (size_t i = 0; i < m_visible.size(); ++i)
            position[size_t(m_visible[i])] = int(i);
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (qsizetype i = 0; i < persistent.size(); ++i) {
            const int row = position[size_t(oldRows[size_t(i)])];
            moved << (row >= 0 ? index(row, persistent.at(i).column()) : QModelIndex());
        }
        changePersistentIndexList(persistent, moved);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void InstancesModel::setFilterText(const QString &text)
{
    const QString filter = text.trimmed();
    if (filter == m_filter && !m_filterIds)
        return;
    beginResetModel();
    const bool narrowing
        = !m_filterIds && !m_filter.isEmpty() && filter.contains(m_filter, Qt::CaseInsensitive);
    m_filterIds.reset();
    m_filter = filter;
    if (m_filter.isEmpty()) {
        m_matches.assign(m_rows.size(), 1);
        m_visible = m_sorted;
    } else if (narrowing) {
        // Typing on: only the rows that matched so far can still match.
        for (const int row : m_visible)
            m_matches[size_t(row)] = matches(m_rows[size_t(row)]);
        std::vector<int> visible;
        visible.reserve(m_visible.size());
        for (const int row : m_visible)
            if (m_matches[size_t(row)])
                visible.push_back(row);
        m_visible.swap(visible);
    } else {
        for (size_t i = 0; i < m_rows.size(); ++i)
            m_matches[i] = matches(m_rows[i]);
        rebuildVisible();
    }
    endResetModel();
}

void InstancesModel::setFilterIds(const QString &text, std::shared_ptr<const QSet<qint64>> ids)
{
    beginResetModel();
    m_filter = text.trimmed();
    m_filterIds = std::move(ids);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_matches[i] = matches(m_rows[i]);
    rebuildVisible();
    endResetModel();
}

bool InstancesModel::updateRow(const InstanceRow &row)
{
    auto it = std::find_if(
        m_rows.begin(), m_rows.end(), [&](const InstanceRow &r) { return r.id == row.id; });
    if (it == m_rows.end())
        return false;
    const size_t i = size_t(it - m_rows.begin());
    std::vector<int> changedColumns;
    for (int column = 0; column < ColumnCount; ++column)
        if (isTextColumn(column) && textOf(*it, column) != textOf(row, column))
            changedColumns.push_back(column);
    *it = row;
    // A few comparisons place the new text among the others; ranking the whole column again
    // would take a noticeable moment with 100,000 rows.
    for (const int column : changedColumns) {
        std::vector<quint32> &rank = m_ranks[size_t(column)];
        if (rank.size() == m_rows.size() && !rerankRow(m_rows, rank, column, i))
            rank.clear();
    }
    const bool match = matches(row);
    if (bool(m_matches[i]) != match) {
        beginResetModel();
        m_matches[i] = match;
        sortAll();
        rebuildVisible();
        endResetModel();
        return true;
    }
    // Re-sort so that the changed row sits where the sort puts it.
    sort(m_sortColumn, m_sortOrder);
    const int visibleRow = rowOfId(row.id);
    if (visibleRow >= 0)
        Q_EMIT dataChanged(index(visibleRow, 0), index(visibleRow, ColumnCount - 1));
    return true;
}

const InstanceRow *InstancesModel::rowAt(int row) const
{
    return row >= 0 && size_t(row) < m_visible.size() ? &m_rows[size_t(m_visible[size_t(row)])]
                                                      : nullptr;
}

int InstancesModel::rowOfId(qint64 id) const
{
    for (size_t i = 0; i < m_visible.size(); ++i)
        if (m_rows[size_t(m_visible[i])].id == id)
            return int(i);
    return -1;
}

int InstancesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int InstancesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstancesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InstanceRow &r = m_rows[size_t(m_visible[size_t(index.row())])];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case CpusColumn:
            return r.cpus;
        case MemoryColumn:
            return units::formatBytes(r.memoryBytes);
        case BackgroundImportColumn:
            return yesNo(r.backgroundImport);
        case MigrationDisabledColumn:
            return yesNo(r.migrationDisabled);
        case RestrictionsColumn:
            if (r.restrictionCount == 0)
                return r.ignoreRestrictions ? tr("Ignored") : tr("None");
            return r.restrictions;
        default:
            return textOf(r, column);
        }
    case InstanceIdRole:
        return r.id;
    case Qt::TextAlignmentRole:
        if (column == CpusColumn || column == MemoryColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (column == LocationColumn && r.missing)
            return themedIcon(QStringLiteral("status-unknown"));
        if (column == RestrictionsColumn)
            return themedIcon(r.restrictionCount > 0 ? QStringLiteral("status-warning")
                                                     : QStringLiteral("status-ok"));
        break;
    case Qt::FontRole:
        if ((column == NameColumn && (r.overridden & InstanceRow::NameOverridden))
            || (column == CpusColumn && (r.overridden & InstanceRow::CpusOverridden))
            || (column == MemoryColumn && (r.overridden & InstanceRow::MemoryOverridden))) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (r.missing || (column == RestrictionsColumn && r.restrictionCount == 0))
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
    case Qt::ToolTipRole:
        if (column == LocationColumn && r.missing)
            return tr("%1\nNo longer on the source: the last sync did not find it.")
                .arg(r.location);
        if (column == RestrictionsColumn)
            return r.restrictionCount > 0 ? r.restrictionDetails
                : r.ignoreRestrictions    ? tr("Restrictions are ignored for this instance.")
                                          : tr("Nothing prevents migrating this instance.");
        if ((column == NameColumn && (r.overridden & InstanceRow::NameOverridden))
            || (column == CpusColumn && (r.overridden & InstanceRow::CpusOverridden))
            || (column == MemoryColumn && (r.overridden & InstanceRow::MemoryOverridden)))
            return tr("Overridden for the target (in italics).");
        if (column == MemoryColumn)
            return tr("%L1 bytes").arg(r.memoryBytes);
        return data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant InstancesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::UserRole) {
        static const char *const keys[] = {"uuid", "source", "location", "name", "os_version",
            "cpus", "memory", "background_import", "migration_disabled", "restrictions"};
        return QString::fromLatin1(keys[section]);
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            (section == CpusColumn || section == MemoryColumn ? Qt::AlignRight : Qt::AlignLeft)
            | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UuidColumn:
        return tr("UUID");
    case SourceColumn:
        return tr("Source");
    case LocationColumn:
        return tr("Location");
    case NameColumn:
        return tr("Name");
    case OsColumn:
        return tr("OS Version");
    case CpusColumn:
        return tr("CPUs");
    case MemoryColumn:
        return tr("Memory");
    case BackgroundImportColumn:
        return tr("Background Import");
    case MigrationDisabledColumn:
        return tr("Migration Disabled");
    case RestrictionsColumn:
        return tr("Restrictions");
    }
    return {};
}

} // namespace ferry::gui
