#include "networks/networkmappingsdialog.h"

#include "common/colors.h"
#include "common/icons.h"
#include "inventory/networkmapping.h"
#include "targets/targetinventory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

void fillNicTypes(QComboBox *box)
{
    for (const QString &type : nicTypes())
        box->addItem(type, type);
}

} // namespace

NetworkMappingsDialog::NetworkMappingsDialog(
    const QVector<Network> &networks, const QVector<Target> &targets, QWidget *parent)
    : QDialog(parent)
    , m_networks(networks)
    , m_targets(targets)
    , m_target(new QComboBox(this))
    , m_table(new QTableWidget(int(networks.size()), ColumnCount, this))
    , m_bulkNetwork(new QComboBox(this))
    , m_bulkNicType(new QComboBox(this))
    , m_bulkVlan(new QLineEdit(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("networkMappingsDialog"));
    setWindowTitle(tr("Network Mappings"));

    auto *intro
        = new QLabel(tr("Where the NICs on each source network go on the target. "
                        "Choose the target network from the list, or type the name of "
                        "a bridge or host interface for bridged, macvlan and physical NICs."),
            this);
    intro->setWordWrap(true);

    m_target->setObjectName(QStringLiteral("mappingTargetCombo"));
    m_target->setAccessibleName(tr("Target whose networks are listed"));
    for (const Target &t : std::as_const(m_targets))
        m_target->addItem(themedIcon(QStringLiteral("targets")), t.name, t.name);
    if (m_targets.isEmpty())
        m_target->addItem(tr("No target registered"));
    m_target->setEnabled(!m_targets.isEmpty());

    m_bulkNetwork->setObjectName(QStringLiteral("bulkNetworkCombo"));
    m_bulkNetwork->setAccessibleName(tr("Target network for the selected rows"));
    m_bulkNetwork->setEditable(true);
    m_bulkNicType->setObjectName(QStringLiteral("bulkNicTypeCombo"));
    m_bulkNicType->setAccessibleName(tr("NIC type for the selected rows"));
    fillNicTypes(m_bulkNicType);
    m_bulkVlan->setObjectName(QStringLiteral("bulkVlanEdit"));
    m_bulkVlan->setAccessibleName(tr("VLAN for the selected rows"));
    m_bulkVlan->setPlaceholderText(tr("no VLAN"));
    auto *apply = new QPushButton(tr("&Apply to Selected Rows"), this);
    apply->setObjectName(QStringLiteral("applyToSelectedButton"));
    connect(apply, &QPushButton::clicked, this, &NetworkMappingsDialog::applyToSelectedRows);
    // Tab follows the layout: the bulk row ends with its button, then the table.
    setTabOrder(m_bulkVlan, apply);
    setTabOrder(apply, m_table);

    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(new QLabel(tr("Networks of &target:"), this));
    static_cast<QLabel *>(targetRow->itemAt(0)->widget())->setBuddy(m_target);
    targetRow->addWidget(m_target, 1);
    targetRow->addStretch(2);
    auto *bulkRow = new QHBoxLayout;
    bulkRow->addWidget(new QLabel(tr("Set:"), this));
    bulkRow->addWidget(m_bulkNetwork, 2);
    bulkRow->addWidget(m_bulkNicType, 1);
    bulkRow->addWidget(m_bulkVlan, 1);
    bulkRow->addWidget(apply);

    m_table->setObjectName(QStringLiteral("mappingsTable"));
    m_table->setAccessibleName(tr("Network mappings"));
    m_table->setHorizontalHeaderLabels(
        {tr("Source network"), tr("Target network"), tr("NIC type"), tr("VLAN"), tr("Problem")});
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {230, 170, 100, 90};
    for (int c = 0; c < ProblemColumn; ++c)
        m_table->setColumnWidth(c, widths[c]);
    for (int row = 0; row < m_networks.size(); ++row) {
        const Network &n = m_networks.at(row);
        auto *source = new QTableWidgetItem(n.location);
        source->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        const NetworkPlacement def = defaultPlacement(n);
        source->setToolTip(tr("%1 (%2)\nDefault: network %3, %4 NIC%5")
                               .arg(n.location, n.type, def.network, def.nicType,
                                   def.vlan.isEmpty() ? QString() : tr(", VLAN %1").arg(def.vlan)));
        m_table->setItem(row, SourceColumn, source);
        auto *problem = new QTableWidgetItem;
        problem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, ProblemColumn, problem);
        auto *network = new QComboBox(m_table);
        network->setEditable(true);
        network->setFrame(false);
        network->setObjectName(QStringLiteral("targetNetworkCombo%1").arg(row));
        auto *nicType = new QComboBox(m_table);
        nicType->setFrame(false);
        nicType->setObjectName(QStringLiteral("nicTypeCombo%1").arg(row));
        fillNicTypes(nicType);
        auto *vlan = new QLineEdit(m_table);
        vlan->setFrame(false);
        vlan->setPlaceholderText(tr("none"));
        vlan->setObjectName(QStringLiteral("vlanEdit%1").arg(row));
        m_table->setCellWidget(row, TargetNetworkColumn, network);
        m_table->setCellWidget(row, NicTypeColumn, nicType);
        m_table->setCellWidget(row, VlanColumn, vlan);
        connect(network, &QComboBox::currentTextChanged, this, &NetworkMappingsDialog::revalidate);
        connect(nicType, &QComboBox::currentIndexChanged, this, &NetworkMappingsDialog::revalidate);
        connect(vlan, &QLineEdit::textChanged, this, &NetworkMappingsDialog::revalidate);
    }

    m_summary->setObjectName(QStringLiteral("mappingsSummary"));
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(targetRow);
    layout->addLayout(bulkRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(860, 420);

    connect(m_target, &QComboBox::currentIndexChanged, this,
        &NetworkMappingsDialog::fillTargetNetworks);
    m_updating = true;
    fillTargetNetworks();
    for (int row = 0; row < m_networks.size(); ++row) {
        const NetworkPlacement p = effectivePlacement(m_networks.at(row));
        setRow(row, p.network, p.nicType, p.vlan);
    }
    m_updating = false;
    revalidate();
}

NetworkMappingsDialog::~NetworkMappingsDialog() = default;

void NetworkMappingsDialog::fillTargetNetworks()
{
    m_targetNetworks.clear();
    m_managedNetworks.clear();
    const int index = m_target->currentIndex();
    if (index >= 0 && index < m_targets.size()) {
        const TargetInventory inventory = TargetInventory::fromJson(m_targets.at(index).inventory);
        for (auto it = inventory.networks.cbegin(); it != inventory.networks.cend(); ++it)
            for (const incus::Network &n : it.value()) {
                if (!m_targetNetworks.contains(n.name))
                    m_targetNetworks << n.name;
                if (n.managed && !m_managedNetworks.contains(n.name))
                    m_managedNetworks << n.name;
            }
    }
    m_targetNetworks.sort(Qt::CaseInsensitive);
    const bool was = m_updating;
    m_updating = true;
    for (QComboBox *box : {m_bulkNetwork}) {
        const QString text = box->currentText();
        box->clear();
        box->addItems(m_targetNetworks);
        box->setCurrentText(text);
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *box = static_cast<QComboBox *>(m_table->cellWidget(row, TargetNetworkColumn));
        const QString text = box->currentText();
        box->clear();
        box->addItems(m_targetNetworks);
        box->setCurrentText(text);
    }
    m_updating = was;
    revalidate();
}

void NetworkMappingsDialog::setRow(
    int row, const QString &network, const QString &nicType, const QString &vlan)
{
    const bool was = m_updating;
    m_updating = true;
    static_cast<QComboBox *>(m_table->cellWidget(row, TargetNetworkColumn))
        ->setCurrentText(network);
    auto *type = static_cast<QComboBox *>(m_table->cellWidget(row, NicTypeColumn));
    type->setCurrentIndex(qMax(0, type->findData(nicType)));
    static_cast<QLineEdit *>(m_table->cellWidget(row, VlanColumn))->setText(vlan);
    m_updating = was;
    revalidate();
}

void NetworkMappingsDialog::setBulkValues(
    const QString &network, const QString &nicType, const QString &vlan)
{
    m_bulkNetwork->setCurrentText(network);
    m_bulkNicType->setCurrentIndex(qMax(0, m_bulkNicType->findData(nicType)));
    m_bulkVlan->setText(vlan);
}

void NetworkMappingsDialog::applyToSelectedRows()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_updating = true;
    for (const QModelIndex &index : rows)
        setRow(index.row(), m_bulkNetwork->currentText().trimmed(),
            m_bulkNicType->currentData().toString(), m_bulkVlan->text().trimmed());
    m_updating = false;
    revalidate();
}

QString NetworkMappingsDialog::rowNetwork(int row) const
{
    return static_cast<QComboBox *>(m_table->cellWidget(row, TargetNetworkColumn))
        ->currentText()
        .trimmed();
}

QString NetworkMappingsDialog::rowNicType(int row) const
{
    return static_cast<QComboBox *>(m_table->cellWidget(row, NicTypeColumn))
        ->currentData()
        .toString();
}

QString NetworkMappingsDialog::rowVlan(int row) const
{
    return static_cast<QLineEdit *>(m_table->cellWidget(row, VlanColumn))->text().trimmed();
}

QStringList NetworkMappingsDialog::problems() const
{
    QStringList out;
    const bool haveInventory = !m_targetNetworks.isEmpty();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const NetworkPlacement p {rowNetwork(row), rowNicType(row), rowVlan(row)};
        QString problem;
        if (p.network.isEmpty())
            problem = tr("Choose a target network.");
        else if (const QString bad = validatePlacement(p); !bad.isEmpty())
            problem = bad;
        else if (haveInventory && p.nicType == QLatin1String("managed")
            && !m_managedNetworks.contains(p.network))
            problem = m_targetNetworks.contains(p.network)
                ? tr("%1 is not a network %2 manages; use bridged or macvlan.")
                      .arg(p.network, m_target->currentText())
                : tr("%1 has no network %2.").arg(m_target->currentText(), p.network);
        out << problem;
    }
    return out;
}

void NetworkMappingsDialog::revalidate()
{
    if (m_updating)
        return;
    const QStringList list = problems();
    int bad = 0;
    const QColor error = errorTextColor(palette());
    for (int row = 0; row < list.size(); ++row) {
        QTableWidgetItem *item = m_table->item(row, ProblemColumn);
        item->setText(list.at(row));
        item->setToolTip(list.at(row));
        item->setForeground(error);
        item->setIcon(
            list.at(row).isEmpty() ? QIcon() : themedIcon(QStringLiteral("status-error")));
        m_table->item(row, SourceColumn)
            ->setIcon(themedIcon(list.at(row).isEmpty() ? QStringLiteral("status-ok")
                                                        : QStringLiteral("status-error")));
        bad += list.at(row).isEmpty() ? 0 : 1;
    }
    m_summary->setText(bad == 0
            ? (m_table->rowCount() == 1 ? tr("1 network to save.")
                                        : tr("%1 networks to save.").arg(m_table->rowCount()))
            : (bad == 1 ? tr("1 row cannot be saved; the reason is in its Problem column.")
                        : tr("%1 rows cannot be saved; the reasons are in the Problem column.")
                              .arg(bad)));
    m_save->setEnabled(bad == 0);
}

QVector<Network> NetworkMappingsDialog::result() const
{
    QVector<Network> out;
    for (int row = 0; row < m_networks.size(); ++row) {
        Network n = m_networks.at(row);
        const NetworkPlacement def = defaultPlacement(n);
        const QString target = rowNetwork(row);
        const QString nicType = rowNicType(row);
        const QString vlan = rowVlan(row);
        n.overrideNetwork = target == def.network ? std::nullopt : std::optional<QString>(target);
        n.overrideNicType = nicType == def.nicType ? std::nullopt : std::optional<QString>(nicType);
        n.overrideVlan
            = vlan == def.vlan && !n.overrideNicType ? std::nullopt : std::optional<QString>(vlan);
        out << n;
    }
    return out;
}

} // namespace ferry::gui
