#pragma once

#include "common/guicontext.h"
#include "model/network.h"

#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace ferry::gui {

class EmptyStateWidget;
class NetworkMappingDialog;
class NetworkMappingsDialog;
class NetworksModel;

// The Networks page: the networks the sources' VMs use, with where their NICs go on the target
// (target network, NIC type, VLAN), editing that mapping and resetting it to the default.
class NetworksPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworksPage)

public:
    NetworksPage(GuiContext context, EmptyStateWidget *emptyState, QWidget *parent = nullptr);
    ~NetworksPage() override;

    NetworksModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    void reload();
    void selectNetwork(qint64 id);
    // One network selected: the single mapping dialog; several: the table of all of them
    // (editSelectedTogether), and nullptr is returned.
    NetworkMappingDialog *editSelected();
    NetworkMappingsDialog *editSelectedTogether();
    QVector<qint64> selectedIds() const;
    void selectNetworks(const QVector<qint64> &ids);
    void resetSelected();

private:
    const Network *selectedNetwork() const;
    void updateActions();
    void save(const Network &network);
    void saveAll(const QVector<Network> &networks);

    GuiContext m_context;
    NetworksModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QWidget *m_content = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_hint = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_editAllAction = nullptr;
};

} // namespace ferry::gui
