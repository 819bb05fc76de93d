#include "batches/preflightmodel.h"

#include "batch/preflight.h"
#include "common/icons.h"

#include <QCoreApplication>

namespace ferry::gui {

namespace {
// The severity as people read it; batch::severityName is the word of the YAML and JSON forms.
QString severityText(batch::Severity s)
{
    switch (s) {
    case batch::Severity::Critical:
        return QCoreApplication::translate("ferry::gui::BatchPreflightPage", "critical");
    case batch::Severity::Warning:
        return QCoreApplication::translate("ferry::gui::BatchPreflightPage", "warning");
    case batch::Severity::Info:
        break;
    }
    return QCoreApplication::translate("ferry::gui::BatchPreflightPage", "note");
}
} // namespace

namespace {

QString findingIcon(batch::Severity severity)
{
    return severity == batch::Severity::Critical ? QStringLiteral("status-error")
        : severity == batch::Severity::Warning   ? QStringLiteral("status-warning")
                                                 : QStringLiteral("status-unknown");
}

} // namespace

// The texts keep the context of the Batch wizard's pre-flight page. The internal id of an index
// is 0 for an instance, 1 + its instance's row for what is under it.
PreflightModel::PreflightModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

PreflightModel::~PreflightModel() = default;

void PreflightModel::setPlanned(const QVector<batch::PlannedInstance> &planned)
{
    beginResetModel();
    m_planned = planned;
    endResetModel();
}

PreflightModel::State PreflightModel::state(int row) const
{
    if (row < 0 || row >= m_planned.size())
        return State::Ready;
    bool warning = false;
    for (const batch::Finding &f : m_planned.at(row).findings) {
        if (f.severity == batch::Severity::Critical)
            return State::Blocked;
        warning = warning || f.severity == batch::Severity::Warning;
    }
    return warning ? State::Warnings : State::Ready;
}

QModelIndex PreflightModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PreflightModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int PreflightModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_planned.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const batch::PlannedInstance &p = m_planned.at(parent.row());
    return int(p.findings.size()) + (p.skipped.isEmpty() ? 0 : 1);
}

int PreflightModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PreflightModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return instanceData(index.row(), index.column(), role);
    return childData(int(index.internalId() - 1), index.row(), index.column(), role);
}

QVariant PreflightModel::instanceData(int row, int column, int role) const
{
    const State s = state(row);
    if (role == Qt::DisplayRole) {
        if (column == TextColumn)
            return m_planned.at(row).instance.location;
        if (column == SeverityColumn)
            return s == State::Blocked
                ? QCoreApplication::translate("ferry::gui::BatchPreflightPage", "blocked")
                : s == State::Warnings
                ? QCoreApplication::translate("ferry::gui::BatchPreflightPage", "warnings")
                : QCoreApplication::translate("ferry::gui::BatchPreflightPage", "ready");
        return {};
    }
    if (role == Qt::DecorationRole && column == TextColumn)
        return themedIcon(s == State::Blocked ? QStringLiteral("status-error")
                : s == State::Warnings        ? QStringLiteral("status-warning")
                                              : QStringLiteral("status-ok"));
    return {};
}

QVariant PreflightModel::childData(int instanceRow, int row, int column, int role) const
{
    const batch::PlannedInstance &p = m_planned.at(instanceRow);
    if (row >= p.findings.size()) { // why it is not queued
        if (role == Qt::DisplayRole && column == TextColumn)
            return QCoreApplication::translate("ferry::gui::BatchPreflightPage", "Not queued: %1")
                .arg(p.skipped);
        return {};
    }
    const batch::Finding &f = p.findings.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return column == TextColumn    ? QVariant(f.message)
            : column == SeverityColumn ? QVariant(severityText(f.severity))
                                       : QVariant(f.code);
    case Qt::ToolTipRole:
        return column == TextColumn ? QVariant(f.message) : QVariant();
    case Qt::DecorationRole:
        return column == TextColumn ? QVariant(themedIcon(findingIcon(f.severity))) : QVariant();
    default:
        return {};
    }
}

QVariant PreflightModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return QCoreApplication::translate("ferry::gui::BatchPreflightPage", "Instance / finding");
    case SeverityColumn:
        return QCoreApplication::translate("ferry::gui::BatchPreflightPage", "Severity");
    case CodeColumn:
        return QCoreApplication::translate("ferry::gui::BatchPreflightPage", "Code");
    default:
        return {};
    }
}

} // namespace ferry::gui
