#include "networks/networkspage.h"

#include "common/backgroundtask.h"
#include "common/columnchooser.h"
#include "common/dataevents.h"
#include "common/emptystatewidget.h"
#include "common/errordialog.h"
#include "common/icons.h"
#include "common/notelabel.h"
#include "inventory/networkmappingservice.h"
#include "networks/networkmappingdialog.h"
#include "networks/networkmappingsdialog.h"
#include "networks/networksmodel.h"
#include "store/networkrepository.h"
#include "store/sourcerepository.h"
#include "store/targetrepository.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ferry::gui {

NetworksPage::NetworksPage(GuiContext context, EmptyStateWidget *emptyState, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_model(new NetworksModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(emptyState)
    , m_content(new QWidget(this))
    , m_toolBar(new QToolBar(tr("Network actions"), m_content))
    , m_view(new QTableView(m_content))
    , m_hint(noteLabel(QString(), m_content))
{
    setObjectName(QStringLiteral("networksPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_view->setObjectName(QStringLiteral("networksView"));
    m_view->setAccessibleName(tr("Networks"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NetworksModel::LocationColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setIconSize(QSize(14, 14));
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int widths[] = {240, 90, 110, 150, 280, 160, 130, 110};
    for (int column = 0; column < NetworksModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    new ColumnChooser(header, QStringLiteral("NetworksPage/header"), {NetworksModel::UuidColumn},
        {NetworksModel::LocationColumn});

    m_editAction = new QAction(themedIcon(QStringLiteral("edit")), tr("&Edit Mapping…"), this);
    m_editAction->setObjectName(QStringLiteral("actionEditNetworkMapping"));
    m_resetAction = new QAction(themedIcon(QStringLiteral("reset")), tr("&Reset to Default"), this);
    m_resetAction->setObjectName(QStringLiteral("actionResetNetworkMapping"));
    m_editAllAction
        = new QAction(themedIcon(QStringLiteral("networks")), tr("Edit &Several Mappings…"), this);
    m_editAllAction->setObjectName(QStringLiteral("actionEditNetworkMappings"));
    connect(m_editAction, &QAction::triggered, this, [this] { editSelected(); });
    connect(m_editAllAction, &QAction::triggered, this, [this] { editSelectedTogether(); });
    connect(m_resetAction, &QAction::triggered, this, &NetworksPage::resetSelected);
    m_toolBar->setObjectName(QStringLiteral("networksToolBar"));
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_editAction);
    m_toolBar->addAction(m_editAllAction);
    m_toolBar->addAction(m_resetAction);
    for (QAction *action : {m_editAction, m_editAllAction, m_resetAction}) {
        QWidget *button = m_toolBar->widgetForAction(action);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));
    }

    m_hint->setObjectName(QStringLiteral("networksHint"));
    m_hint->setContentsMargins(12, 6, 12, 8);
    m_hint->setText(tr("By default a standard network becomes a managed NIC on the target "
                       "network of the same name (spaces as hyphens), a distributed port group "
                       "a bridged NIC with its VLAN. Changed values are in italics. Select "
                       "several networks (Ctrl or Shift) to edit their mappings together."));

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_toolBar);
    contentLayout->addWidget(m_view, 1);
    contentLayout->addWidget(m_hint);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &NetworksPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NetworksPage::updateActions);
    connect(m_view, &QTableView::doubleClicked, this, [this] { editSelected(); });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_view->indexAt(pos).isValid())
            return;
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->setToolTipsVisible(true);
        menu->addActions({m_editAction, m_editAllAction, m_resetAction});
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    if (m_context.events)
        connect(m_context.events, &DataEvents::inventoryChanged, this, &NetworksPage::reload);
    reload();
}

NetworksPage::~NetworksPage() = default;

void NetworksPage::reload()
{
    const Network *current = selectedNetwork();
    const qint64 selected = current ? current->id : 0;
    QHash<qint64, QString> names;
    if (auto sources = SourceRepository(m_context.database).all())
        for (const Source &s : std::as_const(*sources))
            names.insert(s.id, s.name);
    auto networks = NetworkRepository(m_context.database).all();
    if (!networks) {
        ErrorDialog::showError(this, tr("The networks could not be read."), networks.error());
        return;
    }
    m_model->setNetworks(*networks, names);
    selectNetwork(selected);
    if (!m_view->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    m_stack->setCurrentWidget(
        m_model->rowCount() > 0 ? m_content : static_cast<QWidget *>(m_emptyState));
    updateActions();
}

void NetworksPage::selectNetwork(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

const Network *NetworksPage::selectedNetwork() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr
                          : m_model->network(m_proxy->mapToSource(rows.constFirst()).row());
}

QVector<qint64> NetworksPage::selectedIds() const
{
    QVector<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        if (const Network *n = m_model->network(m_proxy->mapToSource(index).row()))
            ids << n->id;
    return ids;
}

void NetworksPage::selectNetworks(const QVector<qint64> &ids)
{
    QItemSelection selection;
    for (qint64 id : ids) {
        const int row = m_model->rowOfId(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        selection.select(index, index.siblingAtColumn(m_proxy->columnCount() - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void NetworksPage::updateActions()
{
    const int count = int(m_view->selectionModel()->selectedRows().size());
    m_editAllAction->setEnabled(count > 0);
    m_editAllAction->setToolTip(count > 0
            ? tr("Edit the mappings of the selected networks in one table.")
            : tr("Select one or more networks first."));
    const Network *n = selectedNetwork();
    m_editAction->setEnabled(n != nullptr);
    m_editAction->setToolTip(n ? tr("Change where this network's NICs go on the target.")
                               : tr("Select a network first."));
    const bool overridden = n && (n->overrideNetwork || n->overrideNicType || n->overrideVlan);
    m_resetAction->setEnabled(overridden);
    m_resetAction->setToolTip(!n ? tr("Select a network first.")
            : overridden         ? tr("Forget the changes: use the default mapping.")
                                 : tr("This network uses the default mapping already."));
}

NetworkMappingDialog *NetworksPage::editSelected()
{
    if (m_view->selectionModel()->selectedRows().size() > 1) {
        editSelectedTogether();
        return nullptr;
    }
    const Network *n = selectedNetwork();
    if (!n)
        return nullptr;
    auto *dialog = new NetworkMappingDialog(*n, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { save(dialog->result()); });
    dialog->open();
    return dialog;
}

NetworkMappingsDialog *NetworksPage::editSelectedTogether()
{
    QVector<Network> networks;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        if (const Network *n = m_model->network(m_proxy->mapToSource(index).row()))
            networks << *n;
    if (networks.isEmpty())
        return nullptr;
    std::sort(networks.begin(), networks.end(),
        [](const Network &a, const Network &b) { return a.location < b.location; });
    QVector<Target> targets;
    if (auto all = TargetRepository(m_context.database).all())
        targets = *all;
    auto *dialog = new NetworkMappingsDialog(networks, targets, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveAll(dialog->result()); });
    dialog->open();
    return dialog;
}

void NetworksPage::saveAll(const QVector<Network> &networks)
{
    // NetworkMappingService writes them in one transaction, its repository checking each.
    const auto db = m_context.database;
    runInBackground(
        this, [db, networks]() { return NetworkMappingService(db).save(networks); },
        [this](const Result<QVector<Network>> &result) {
            if (!result) {
                ErrorDialog::showError(this, tr("The mappings were not saved."), result.error());
                return;
            }
            for (const Network &n : *result)
                m_model->updateNetwork(n);
            updateActions();
        });
}

void NetworksPage::resetSelected()
{
    const Network *n = selectedNetwork();
    if (!n)
        return;
    Network reset = *n;
    reset.overrideNetwork.reset();
    reset.overrideNicType.reset();
    reset.overrideVlan.reset();
    save(reset);
}

void NetworksPage::save(const Network &network)
{
    const auto db = m_context.database;
    runInBackground(
        this, [db, network]() { return NetworkMappingService(db).save(network); },
        [this](const Result<Network> &result) {
            if (!result) {
                ErrorDialog::showError(this, tr("The mapping was not saved."), result.error());
                return;
            }
            m_model->updateNetwork(*result);
            updateActions();
        });
}

} // namespace ferry::gui
