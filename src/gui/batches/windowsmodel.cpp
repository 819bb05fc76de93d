#include "batches/windowsmodel.h"

#include "common/icons.h"

#include <QCoreApplication>

namespace ferry::gui {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

WindowsModel::WindowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

WindowsModel::~WindowsModel() = default;

int WindowsModel::addWindow(const MigrationWindow &window)
{
    const int row = int(m_windows.size());
    beginInsertRows({}, row, row);
    m_windows << window;
    m_problems << QString();
    endInsertRows();
    return row;
}

void WindowsModel::setWindow(int row, const MigrationWindow &window)
{
    if (row < 0 || row >= m_windows.size())
        return;
    m_windows[row] = window;
    Q_EMIT dataChanged(index(row, NameColumn), index(row, CapacityColumn));
}

void WindowsModel::setProblems(const QStringList &problems)
{
    for (int row = 0; row < m_problems.size(); ++row) {
        const QString p = problems.value(row);
        if (m_problems.at(row) == p)
            continue;
        m_problems[row] = p;
        Q_EMIT dataChanged(index(row, ProblemColumn), index(row, ProblemColumn));
    }
}

int WindowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_windows.size());
}

int WindowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// The texts keep the contexts of the Batch wizard's windows page.
QVariant WindowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MigrationWindow &w = m_windows.at(index.row());
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit) {
        if (index.column() != ProblemColumn || m_problems.at(index.row()).isEmpty())
            return {};
        if (role == Qt::ToolTipRole)
            return m_problems.at(index.row());
        if (role == Qt::ForegroundRole && m_problemColor.isValid())
            return m_problemColor;
        if (role == Qt::DecorationRole)
            return themedIcon(QStringLiteral("status-error"));
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return w.name;
    case StartColumn:
        return edit ? QVariant(w.start) : QVariant(timeText(w.start));
    case EndColumn:
        return edit ? QVariant(w.end) : QVariant(timeText(w.end));
    case LockoutColumn:
        if (edit)
            return w.lockout;
        return w.lockout.isValid() ? timeText(w.lockout)
                                   : QCoreApplication::translate("BatchWindowsPage", "None");
    case CapacityColumn:
        if (edit)
            return w.capacity;
        return w.capacity > 0
            ? QString::number(w.capacity)
            : QCoreApplication::translate("ferry::gui::BatchWindowsPage", "No limit");
    case ProblemColumn:
        return edit ? QVariant() : QVariant(m_problems.at(index.row()));
    default:
        return {};
    }
}

bool WindowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    MigrationWindow &w = m_windows[index.row()];
    switch (index.column()) {
    case NameColumn:
        if (w.name == value.toString())
            return true;
        w.name = value.toString();
        break;
    case StartColumn:
        if (w.start == value.toDateTime())
            return true;
        w.start = value.toDateTime();
        break;
    case EndColumn:
        if (w.end == value.toDateTime())
            return true;
        w.end = value.toDateTime();
        break;
    case LockoutColumn:
        if (w.lockout == value.toDateTime())
            return true;
        w.lockout = value.toDateTime();
        break;
    case CapacityColumn:
        if (w.capacity == value.toInt())
            return true;
        w.capacity = value.toInt();
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags WindowsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == ProblemColumn)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant WindowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return QCoreApplication::translate("ferry::gui::BatchWindowsPage", "Name");
    case StartColumn:
        return QCoreApplication::translate("ferry::gui::BatchWindowsPage", "Start");
    case EndColumn:
        return QCoreApplication::translate("ferry::gui::BatchWindowsPage", "End");
    case LockoutColumn:
        return QCoreApplication::translate("ferry::gui::BatchWindowsPage", "Lockout");
    case CapacityColumn:
        return QCoreApplication::translate("ferry::gui::BatchWindowsPage", "Capacity");
    case ProblemColumn:
        return QCoreApplication::translate("ferry::gui::BatchWindowsPage", "Problem");
    default:
        return {};
    }
}

bool WindowsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_windows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_windows.remove(row, count);
    m_problems.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace ferry::gui
