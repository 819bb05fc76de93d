#include "batches/batchesmodel.h"

#include "batch/windows.h"
#include "common/icons.h"
#include "queue/queuepresentation.h"

#include <QCoreApplication>

namespace ferry::gui {

namespace {

// The texts keep the Batches page's translation contexts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BatchesPage)
};

QString statusIcon(const QString &status)
{
    if (status == batchstatus::Running)
        return QStringLiteral("status-busy");
    if (status == batchstatus::Finished)
        return QStringLiteral("status-ok");
    if (status == batchstatus::Error)
        return QStringLiteral("status-error");
    if (status == batchstatus::Stopped)
        return QStringLiteral("status-warning");
    return QStringLiteral("status-unknown");
}

QString windowsText(const QVector<MigrationWindow> &windows)
{
    if (windows.isEmpty())
        return Text::tr("any time");
    const MigrationWindow &first = windows.constFirst();
    const QString start = first.start.isValid()
        ? first.start.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        : Text::tr("now");
    if (windows.size() == 1)
        return Text::tr("from %1 UTC").arg(start);
    return Text::tr("%1 windows, from %2 UTC").arg(windows.size()).arg(start);
}

QString windowsToolTip(const QVector<MigrationWindow> &windows)
{
    QStringList tips;
    for (const MigrationWindow &w : windows)
        tips << queuetext::windowText(w);
    return tips.join(QLatin1Char('\n'));
}

} // namespace

BatchesModel::BatchesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

BatchesModel::~BatchesModel() = default;

void BatchesModel::setRows(const QVector<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const BatchesModel::Row *BatchesModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int BatchesModel::rowOfName(const QString &name) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).batch.name == name)
            return r;
    return -1;
}

void BatchesModel::setMatched(const QString &name, int matched)
{
    const int r = rowOfName(name);
    if (r < 0 || m_rows.at(r).matched == matched)
        return;
    m_rows[r].matched = matched;
    Q_EMIT dataChanged(index(r, MatchedColumn), index(r, MatchedColumn));
}

int BatchesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case BatchNameRole:
        return r.batch.name;
    case BatchStatusRole:
        return r.batch.status;
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return r.batch.name;
        case StatusColumn:
            return queuetext::batchStatusText(r.batch.status);
        case MatchedColumn:
            return r.matched;
        case QueuedColumn:
            return r.queued;
        case WindowsColumn:
            return windowsText(r.batch.windows);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return themedIcon(statusIcon(r.batch.status));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !r.batch.statusMessage.isEmpty())
            return r.batch.statusMessage;
        if (index.column() == WindowsColumn && !r.batch.windows.isEmpty())
            return windowsToolTip(r.batch.windows);
        return {};
    default:
        return {};
    }
}

QVariant BatchesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return QCoreApplication::translate("ferry::gui::BatchesPage", "Name");
    case StatusColumn:
        return QCoreApplication::translate("ferry::gui::BatchesPage", "Status");
    case MatchedColumn:
        return QCoreApplication::translate("ferry::gui::BatchesPage", "Matched");
    case QueuedColumn:
        return QCoreApplication::translate("ferry::gui::BatchesPage", "Queued");
    case WindowsColumn:
        return QCoreApplication::translate("ferry::gui::BatchesPage", "Windows");
    default:
        return {};
    }
}

} // namespace ferry::gui
