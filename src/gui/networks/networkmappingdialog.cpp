#include "networks/networkmappingdialog.h"

#include "common/colors.h"
#include "inventory/networkmapping.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry::gui {

NetworkMappingDialog::NetworkMappingDialog(const Network &network, QWidget *parent)
    : QDialog(parent)
    , m_network(network)
    , m_target(new QLineEdit(this))
    , m_nicType(new QComboBox(this))
    , m_vlan(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("networkMappingDialog"));
    setWindowTitle(tr("Mapping of %1").arg(network.location.section(QLatin1Char('/'), -1)));
    const NetworkPlacement def = defaultPlacement(network);
    const NetworkPlacement current = effectivePlacement(network);

    auto *intro = new QLabel(
        tr("Where the NICs connected to %1 go on the target.").arg(network.location), this);
    intro->setWordWrap(true);
    auto *defaults
        = new QLabel(tr("Default: network %1, %2 NIC%3")
                         .arg(def.network, def.nicType,
                             def.vlan.isEmpty() ? QString() : tr(", VLAN %1").arg(def.vlan)),
            this);
    defaults->setObjectName(QStringLiteral("defaultMappingLabel"));
    defaults->setForegroundRole(QPalette::PlaceholderText);

    m_target->setObjectName(QStringLiteral("targetNetworkEdit"));
    m_target->setAccessibleName(tr("Target network"));
    m_target->setText(current.network);
    m_target->setToolTip(tr("The managed network on the target, or the parent interface for "
                            "bridged, macvlan and physical NICs."));
    m_nicType->setObjectName(QStringLiteral("nicTypeComboBox"));
    m_nicType->setAccessibleName(tr("NIC type"));
    m_nicType->addItem(tr("managed"), QStringLiteral("managed"));
    m_nicType->addItem(tr("bridged"), QStringLiteral("bridged"));
    m_nicType->addItem(tr("macvlan"), QStringLiteral("macvlan"));
    m_nicType->addItem(tr("physical"), QStringLiteral("physical"));
    Q_ASSERT(m_nicType->count() == nicTypes().size());
    m_nicType->setItemData(0, tr("A NIC on a network the target manages."), Qt::ToolTipRole);
    m_nicType->setItemData(1,
        tr("A NIC on an existing bridge of the target host, with an optional VLAN or trunk."),
        Qt::ToolTipRole);
    m_nicType->setItemData(2,
        tr("A NIC of its own on a host interface (macvlan), with an optional VLAN."),
        Qt::ToolTipRole);
    m_nicType->setItemData(3,
        tr("The whole host interface handed to the VM (PCI passthrough): no VLAN, and the VM "
           "gets the card's MAC address."),
        Qt::ToolTipRole);
    m_nicType->setCurrentIndex(qMax(0, m_nicType->findData(current.nicType)));
    m_vlan->setObjectName(QStringLiteral("vlanEdit"));
    m_vlan->setAccessibleName(tr("VLAN"));
    m_vlan->setPlaceholderText(tr("none"));
    m_vlan->setText(current.vlan);
    m_vlan->setToolTip(tr("A VLAN id such as 42, or ranges for a trunk (100-200,300, bridged "
                          "only); only with the bridged or macvlan NIC type."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Target &network:"), m_target);
    form->addRow(tr("NIC &type:"), m_nicType);
    form->addRow(tr("&VLAN:"), m_vlan);

    m_problem->setObjectName(QStringLiteral("mappingProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setPalette(errorPalette(m_problem->palette()));

    m_save = m_buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save"));
    m_save->setDefault(true);
    QPushButton *reset = m_buttons->addButton(tr("&Reset to Default"), QDialogButtonBox::ResetRole);
    reset->setObjectName(QStringLiteral("resetMappingButton"));
    reset->setAccessibleName(tr("Reset to default"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(reset, &QPushButton::clicked, this, &NetworkMappingDialog::resetToDefault);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_target, &QLineEdit::textChanged, this, &NetworkMappingDialog::validate);
    connect(m_vlan, &QLineEdit::textChanged, this, &NetworkMappingDialog::validate);
    connect(m_nicType, &QComboBox::currentIndexChanged, this, &NetworkMappingDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(defaults);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    validate();
}

NetworkMappingDialog::~NetworkMappingDialog() = default;

Network NetworkMappingDialog::result() const
{
    const NetworkPlacement def = defaultPlacement(m_network);
    Network n = m_network;
    const QString target = m_target->text().trimmed();
    const QString nicType = m_nicType->currentData().toString();
    const QString vlan = m_vlan->text().trimmed();
    n.overrideNetwork = target == def.network ? std::nullopt : std::optional<QString>(target);
    n.overrideNicType = nicType == def.nicType ? std::nullopt : std::optional<QString>(nicType);
    // With another NIC type the VLAN is stated explicitly, so that what the field shows is
    // what is stored (a default VLAN with a managed NIC is an error to fix, not dropped).
    n.overrideVlan
        = vlan == def.vlan && !n.overrideNicType ? std::nullopt : std::optional<QString>(vlan);
    return n;
}

QString NetworkMappingDialog::problem() const
{
    return validatePlacement(effectivePlacement(result()));
}

void NetworkMappingDialog::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_save->setEnabled(text.isEmpty());
}

void NetworkMappingDialog::resetToDefault()
{
    const NetworkPlacement def = defaultPlacement(m_network);
    m_target->setText(def.network);
    m_nicType->setCurrentIndex(qMax(0, m_nicType->findData(def.nicType)));
    m_vlan->setText(def.vlan);
}

} // namespace ferry::gui
