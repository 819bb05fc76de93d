#include "batches/dryrunmodel.h"

#include "common/icons.h"

#include <QCoreApplication>

namespace ferry::gui {

DryRunModel::DryRunModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

DryRunModel::~DryRunModel() = default;

void DryRunModel::setRows(const QVector<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int DryRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DryRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DryRunModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return r.cells.value(index.column());
    case Qt::DecorationRole:
        if (index.column() == ScriptColumn && r.scriptFailed)
            return themedIcon(QStringLiteral("status-error"));
        return {};
    default:
        return {};
    }
}

// The texts keep the context of the Batch wizard's placement page.
QVariant DryRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case InstanceColumn:
        return QCoreApplication::translate("ferry::gui::BatchPlacementPage", "Instance");
    case TargetColumn:
        return QCoreApplication::translate("ferry::gui::BatchPlacementPage", "Target");
    case ProjectColumn:
        return QCoreApplication::translate("ferry::gui::BatchPlacementPage", "Project");
    case PoolsColumn:
        return QCoreApplication::translate("ferry::gui::BatchPlacementPage", "Storage pools");
    case NetworksColumn:
        return QCoreApplication::translate("ferry::gui::BatchPlacementPage", "Networks");
    case ScriptColumn:
        return QCoreApplication::translate("ferry::gui::BatchPlacementPage", "Script");
    default:
        return {};
    }
}

} // namespace ferry::gui
