#include "queue/queuemodel.h"

#include "common/icons.h"

#include <QCollator>
#include <QLocale>

#include <limits>

namespace ferry::gui {

namespace {

bool sameCells(const QueueRow &a, const QueueRow &b)
{
    return a.name == b.name && a.status == b.status && a.statusMessage == b.statusMessage
        && a.waitingFor == b.waitingFor && a.bytesDone == b.bytesDone
        && a.bytesTotal == b.bytesTotal && a.rateBps == b.rateBps && a.batchName == b.batchName
        && a.windowText == b.windowText && a.targetName == b.targetName
        && a.updatedAt == b.updatedAt;
}

bool sameEngine(const QueueRow &a, const QueueRow &b)
{
    return a.engineText == b.engineText && a.engineHost == b.engineHost
        && a.leaseUntil == b.leaseUntil;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
}

} // namespace

QueueModel::QueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QueueModel::~QueueModel() = default;

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case RateColumn:
        return tr("Rate");
    case EtaColumn:
        return tr("ETA");
    case BatchColumn:
        return tr("Batch");
    case TargetColumn:
        return tr("Target");
    case EngineColumn:
        return tr("Engine");
    case WindowColumn:
        return tr("Migration Window");
    case UpdatedColumn:
        return tr("Last Update");
    case MessageColumn:
        return tr("Status Message");
    default:
        return {};
    }
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueRow &r = m_rows[size_t(index.row())];
    switch (role) {
    case IdRole:
        return r.id;
    case BatchIdRole:
        return r.batchId;
    case StatusRole:
        return static_cast<int>(r.status);
    case ProgressRole:
        return r.progressPermille();
    case SortRole:
        switch (index.column()) {
        case ProgressColumn:
            return r.progressPermille();
        case RateColumn:
            return r.rateBps;
        case EtaColumn:
            return r.etaSeconds() < 0 ? std::numeric_limits<qint64>::max() : r.etaSeconds();
        case UpdatedColumn:
            return r.updatedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case StatusColumn:
            return queuetext::statusText(r.status);
        case ProgressColumn: {
            const int p = r.progressPermille();
            return p < 0 ? QString() : tr("%1 %").arg(QLocale().toString(p / 10.0, 'f', 1));
        }
        case RateColumn:
            return queuetext::rate(r.rateBps);
        case EtaColumn:
            return queuetext::duration(r.etaSeconds());
        case BatchColumn:
            return r.batchName;
        case TargetColumn:
            return r.targetName;
        case EngineColumn:
            return r.engineText;
        case WindowColumn:
            return r.windowText;
        case UpdatedColumn:
            return timeText(r.updatedAt);
        case MessageColumn:
            if (r.waitingFor.isEmpty())
                return r.statusMessage;
            if (r.statusMessage.isEmpty())
                return r.waitingFor;
            return tr("%1; %2").arg(r.statusMessage, r.waitingFor);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return themedIcon(queuetext::statusIconName(r.status));
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return r.location;
        case ProgressColumn:
            if (r.bytesTotal > 0)
                return tr("%1 of %2")
                    .arg(queuetext::bytes(r.bytesDone), queuetext::bytes(r.bytesTotal));
            return {};
        case EngineColumn:
            if (r.engineId.isEmpty())
                return {};
            return r.engineHost.isEmpty()
                ? tr("Engine %1, its lease runs until %2").arg(r.engineId, timeText(r.leaseUntil))
                : tr("Engine %1 on %2, its lease runs until %3")
                      .arg(r.engineId, r.engineHost, timeText(r.leaseUntil));
        case MessageColumn:
        case WindowColumn:
            return data(index, Qt::DisplayRole);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == RateColumn || index.column() == EtaColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

void QueueModel::setRows(std::vector<QueueRow> rows)
{
    bool sameIds = rows.size() == m_rows.size();
    for (size_t i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows[i].id == m_rows[i].id;
    if (!sameIds) {
        beginResetModel();
        m_rows = std::move(rows);
        m_rowOfId.clear();
        m_rowOfId.reserve(int(m_rows.size()));
        for (size_t i = 0; i < m_rows.size(); ++i)
            m_rowOfId.insert(m_rows[i].id, int(i));
        endResetModel();
        return;
    }
    // Contiguous runs of changed rows, one dataChanged each.
    int first = -1;
    for (size_t i = 0; i <= rows.size(); ++i) {
        const bool changed = i < rows.size()
            && (!sameCells(rows[i], m_rows[i]) || !sameEngine(rows[i], m_rows[i]));
        if (i < rows.size())
            m_rows[i] = std::move(rows[i]);
        if (changed && first < 0)
            first = int(i);
        if (!changed && first >= 0) {
            Q_EMIT dataChanged(index(first, 0), index(int(i) - 1, ColumnCount - 1));
            first = -1;
        }
    }
}

void QueueModel::applyProgress(
    qint64 entryId, int diskPosition, qint64 bytesDone, qint64 bytesTotal)
{
    const int row = rowOfId(entryId);
    if (row < 0)
        return;
    QueueRow &r = m_rows[size_t(row)];
    bool found = false;
    for (DiskProgress &d : r.disks)
        if (d.diskPosition == diskPosition) {
            d.bytesDone = bytesDone;
            d.bytesTotal = bytesTotal;
            found = true;
        }
    if (!found) {
        DiskProgress d;
        d.diskPosition = diskPosition;
        d.bytesDone = bytesDone;
        d.bytesTotal = bytesTotal;
        r.disks << d;
    }
    qint64 done = 0;
    qint64 total = 0;
    for (const DiskProgress &d : std::as_const(r.disks)) {
        done += d.bytesDone;
        total += d.bytesTotal;
    }
    r.bytesDone = done;
    r.bytesTotal = qMax(total, r.bytesTotal);
    Q_EMIT dataChanged(index(row, ProgressColumn), index(row, EtaColumn));
}

const QueueRow *QueueModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

const QueueRow *QueueModel::rowById(qint64 id) const
{
    return rowAt(rowOfId(id));
}

int QueueModel::rowOfId(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

QueueFilterModel::QueueFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(QueueModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

QueueFilterModel::~QueueFilterModel() = default;

void QueueFilterModel::setBatchId(qint64 batchId)
{
    if (batchId == m_batchId)
        return;
    m_batchId = batchId;
    invalidateRowsFilter();
}

void QueueFilterModel::setStatusGroup(queuetext::StatusGroup group)
{
    if (group == m_group)
        return;
    m_group = group;
    invalidateRowsFilter();
}

bool QueueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_batchId != 0 && i.data(QueueModel::BatchIdRole).toLongLong() != m_batchId)
        return false;
    return queuetext::inGroup(
        static_cast<QueueStatus>(i.data(QueueModel::StatusRole).toInt()), m_group);
}

} // namespace ferry::gui
