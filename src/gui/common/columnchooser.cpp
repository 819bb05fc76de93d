#include "common/columnchooser.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace ferry::gui {

namespace {
const auto kHiddenKey = QStringLiteral("hiddenColumns");
const auto kStateKey = QStringLiteral("state");
} // namespace

ColumnChooser::ColumnChooser(QHeaderView *header, QString settingsGroup, QList<int> hiddenByDefault,
    QList<int> alwaysVisible)
    : QObject(header)
    , m_header(header)
    , m_group(std::move(settingsGroup))
    , m_hiddenByDefault(std::move(hiddenByDefault))
    , m_alwaysVisible(std::move(alwaysVisible))
{
    setObjectName(QStringLiteral("columnChooser"));
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_header->setSectionsMovable(true);
    m_defaultState = m_header->saveState();
    connect(m_header, &QHeaderView::customContextMenuRequested, this, &ColumnChooser::showMenu);
    connect(m_header, &QHeaderView::sectionResized, this, [this] { save(); });
    connect(m_header, &QHeaderView::sectionMoved, this, [this] { save(); });
    restore();
}

ColumnChooser::~ColumnChooser() = default;

QString ColumnChooser::keyOf(int column) const
{
    const QVariant key = m_header->model()
        ? m_header->model()->headerData(column, Qt::Horizontal, Qt::UserRole)
        : QVariant();
    return key.isValid() ? key.toString() : QString::number(column);
}

void ColumnChooser::setColumnVisible(int column, bool visible)
{
    if (!visible && m_alwaysVisible.contains(column))
        return;
    if (m_header->isSectionHidden(column) == !visible)
        return;
    m_header->setSectionHidden(column, !visible);
    if (visible && m_header->sectionSize(column) < m_header->minimumSectionSize() * 2)
        m_header->resizeSection(column, m_header->defaultSectionSize());
    save();
    Q_EMIT columnsChanged();
}

bool ColumnChooser::isColumnVisible(int column) const
{
    return !m_header->isSectionHidden(column);
}

void ColumnChooser::reset()
{
    QSettings settings;
    settings.remove(m_group);
    m_restoring = true;
    m_header->restoreState(m_defaultState);
    m_restoring = false;
    restore();
    Q_EMIT columnsChanged();
}

void ColumnChooser::restore()
{
    QSettings settings;
    settings.beginGroup(m_group);
    m_restoring = true;
    const QByteArray state = settings.value(kStateKey).toByteArray();
    if (!state.isEmpty())
        m_header->restoreState(state);
    const bool known = settings.contains(kHiddenKey);
    const QStringList hidden = settings.value(kHiddenKey).toStringList();
    const int count = m_header->count();
    for (int column = 0; column < count; ++column) {
        const bool hide
            = known ? hidden.contains(keyOf(column)) : m_hiddenByDefault.contains(column);
        m_header->setSectionHidden(column, hide && !m_alwaysVisible.contains(column));
    }
    m_restoring = false;
}

void ColumnChooser::save() const
{
    if (m_restoring)
        return;
    QStringList hidden;
    const int count = m_header->count();
    for (int column = 0; column < count; ++column)
        if (m_header->isSectionHidden(column))
            hidden << keyOf(column);
    QSettings settings;
    settings.beginGroup(m_group);
    settings.setValue(kHiddenKey, hidden);
    settings.setValue(kStateKey, m_header->saveState());
}

QMenu *ColumnChooser::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("columnChooserMenu"));
    menu->setToolTipsVisible(true);
    QAbstractItemModel *model = m_header->model();
    const int count = m_header->count();
    // In the order people see them.
    for (int visual = 0; visual < count; ++visual) {
        const int column = m_header->logicalIndex(visual);
        const QString title = model
            ? model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()
            : QString::number(column);
        QAction *action = menu->addAction(title);
        action->setObjectName(QStringLiteral("columnAction_%1").arg(keyOf(column)));
        action->setCheckable(true);
        action->setChecked(isColumnVisible(column));
        if (m_alwaysVisible.contains(column)) {
            action->setEnabled(false);
            action->setToolTip(tr("This column is always shown."));
        }
        connect(action, &QAction::toggled, this,
            [this, column](bool checked) { setColumnVisible(column, checked); });
    }
    menu->addSeparator();
    QAction *resetAction = menu->addAction(tr("Reset Columns"));
    resetAction->setObjectName(QStringLiteral("columnActionReset"));
    resetAction->setToolTip(tr("Show the default columns with their default widths and order."));
    connect(resetAction, &QAction::triggered, this, &ColumnChooser::reset);
    return menu;
}

void ColumnChooser::showMenu(const QPoint &pos)
{
    QMenu *menu = createMenu(m_header);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_header->viewport()->mapToGlobal(pos));
}

} // namespace ferry::gui
