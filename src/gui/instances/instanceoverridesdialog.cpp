#include "instances/instanceoverridesdialog.h"

#include "common/colors.h"
#include "inventory/instanceoverrides.h"
#include "inventory/osinfo.h"
#include "util/units.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

// "198.51.100.53, 198.51.100.54" (commas or spaces) as a list.
QStringList dnsList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

InstanceOverridesDialog::InstanceOverridesDialog(const Instance &instance, QWidget *parent)
    : QDialog(parent)
    , m_instance(instance)
{
    setObjectName(QStringLiteral("instanceOverridesDialog"));
    setWindowTitle(tr("Overrides of %1").arg(instance.name));
    const InstanceOverrides &o = instance.overrides;

    auto *intro
        = new QLabel(tr("How %1 is created on the target. Unticked values stay as on the source.")
                         .arg(instance.location),
            this);
    intro->setWordWrap(true);

    m_nameCheck = new QCheckBox(tr("&Name:"), this);
    m_nameCheck->setObjectName(QStringLiteral("overrideNameCheckBox"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("overrideNameEdit"));
    m_name->setAccessibleName(tr("Name on the target"));
    m_name->setPlaceholderText(targetHostName(instance.name));
    m_name->setText(o.name.value_or(targetHostName(instance.name)));
    m_nameCheck->setChecked(o.name.has_value());
    auto *nameHint = new QLabel(tr("vSphere: %1").arg(instance.name), this);

    m_cpusCheck = new QCheckBox(tr("&CPUs:"), this);
    m_cpusCheck->setObjectName(QStringLiteral("overrideCpusCheckBox"));
    m_cpus = new QSpinBox(this);
    m_cpus->setObjectName(QStringLiteral("overrideCpusSpinBox"));
    m_cpus->setAccessibleName(tr("CPUs on the target"));
    m_cpus->setRange(1, 1024);
    m_cpus->setValue(o.cpus.value_or(qMax(1, instance.cpus)));
    m_cpusCheck->setChecked(o.cpus.has_value());
    auto *cpusHint = new QLabel(tr("vSphere: %1").arg(instance.cpus), this);

    m_memoryCheck = new QCheckBox(tr("&Memory:"), this);
    m_memoryCheck->setObjectName(QStringLiteral("overrideMemoryCheckBox"));
    m_memory = new QLineEdit(this);
    m_memory->setObjectName(QStringLiteral("overrideMemoryEdit"));
    m_memory->setAccessibleName(tr("Memory on the target"));
    m_memory->setPlaceholderText(tr("for example 8GiB or 4096MiB"));
    m_memory->setText(units::formatBytes(o.memoryBytes.value_or(instance.memoryBytes)));
    m_memoryCheck->setChecked(o.memoryBytes.has_value());
    auto *memoryHint
        = new QLabel(tr("vSphere: %1").arg(units::formatBytes(instance.memoryBytes)), this);

    for (QLabel *hint : {nameHint, cpusHint, memoryHint})
        hint->setForegroundRole(QPalette::PlaceholderText);

    m_disableMigration = new QCheckBox(tr("&Disable migration of this instance"), this);
    m_disableMigration->setObjectName(QStringLiteral("overrideDisableMigrationCheckBox"));
    m_disableMigration->setChecked(o.disableMigration);
    m_disableMigration->setToolTip(tr("Batches skip it, whatever their expression matches."));
    m_ignoreRestrictions = new QCheckBox(tr("&Ignore restrictions"), this);
    m_ignoreRestrictions->setObjectName(QStringLiteral("overrideIgnoreRestrictionsCheckBox"));
    m_ignoreRestrictions->setChecked(o.ignoreRestrictions);
    m_ignoreRestrictions->setToolTip(
        tr("Migrate it even though Ferry found reasons not to (unknown OS, no IPv4 address, no "
           "background import, ...)."));

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_nameCheck, 0, 0);
    grid->addWidget(m_name, 0, 1);
    grid->addWidget(nameHint, 0, 2);
    grid->addWidget(m_cpusCheck, 1, 0);
    grid->addWidget(m_cpus, 1, 1);
    grid->addWidget(cpusHint, 1, 2);
    grid->addWidget(m_memoryCheck, 2, 0);
    grid->addWidget(m_memory, 2, 1);
    grid->addWidget(memoryHint, 2, 2);

    // New guest addresses, one row per NIC.
    m_nicBox = new QGroupBox(tr("New guest addresses"), this);
    m_nicBox->setObjectName(QStringLiteral("nicAddressesGroup"));
    auto *nicIntro = new QLabel(tr("Written into the guest by the guest conversion; leave empty "
                                   "to keep the guest's own configuration."),
        m_nicBox);
    nicIntro->setWordWrap(true);
    // Column headers, then per NIC a line with its MAC (and the address vSphere reports) over
    // its three fields, so the fields get the whole width.
    auto *nicGrid = new QGridLayout;
    nicGrid->setVerticalSpacing(4);
    const QStringList headers {tr("New address"), tr("Gateway"), tr("DNS servers")};
    for (int column = 0; column < headers.size(); ++column) {
        auto *header = new QLabel(headers.at(column), m_nicBox);
        header->setForegroundRole(QPalette::PlaceholderText);
        nicGrid->addWidget(header, 0, column);
        nicGrid->setColumnStretch(column, 1);
    }
    const QVector<NicAddressOverride> existing = nicAddressOverrides(o);
    for (int n = 0; n < instance.nics.size(); ++n) {
        const Nic &nic = instance.nics.at(n);
        NicRow row;
        row.mac = nic.hardwareAddress;
        const QString mac
            = nic.hardwareAddress.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char(':'));
        NicAddressOverride current;
        for (const NicAddressOverride &e : existing)
            if (e.mac == mac)
                current = e;

        auto *macLabel = new QLabel(nic.hardwareAddress, m_nicBox);
        macLabel->setObjectName(QStringLiteral("nicMacLabel_%1").arg(n));
        macLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *hint = new QLabel(nic.ipv4Address.isEmpty() ? tr("vSphere: no IPv4 address")
                                                          : tr("vSphere: %1").arg(nic.ipv4Address),
            m_nicBox);
        hint->setForegroundRole(QPalette::PlaceholderText);
        auto *macLine = new QHBoxLayout;
        macLine->setSpacing(12);
        macLine->addWidget(macLabel);
        macLine->addWidget(hint);
        macLine->addStretch(1);
        if (n > 0)
            macLine->setContentsMargins(0, 6, 0, 0);

        row.address = new QLineEdit(current.ipv4, m_nicBox);
        row.address->setObjectName(QStringLiteral("nicAddressEdit_%1").arg(n));
        row.address->setAccessibleName(tr("New address of NIC %1").arg(nic.hardwareAddress));
        row.address->setPlaceholderText(QStringLiteral("198.51.100.20/24"));
        row.address->setToolTip(tr("IPv4 address with prefix length"));
        row.gateway = new QLineEdit(current.gateway, m_nicBox);
        row.gateway->setObjectName(QStringLiteral("nicGatewayEdit_%1").arg(n));
        row.gateway->setAccessibleName(tr("Gateway of NIC %1").arg(nic.hardwareAddress));
        row.gateway->setPlaceholderText(QStringLiteral("198.51.100.1"));
        row.dns = new QLineEdit(current.dns.join(QLatin1String(", ")), m_nicBox);
        row.dns->setObjectName(QStringLiteral("nicDnsEdit_%1").arg(n));
        row.dns->setAccessibleName(tr("DNS servers of NIC %1").arg(nic.hardwareAddress));
        row.dns->setPlaceholderText(tr("comma-separated"));
        row.dns->setToolTip(tr("IPv4 addresses of the name servers, separated by commas"));
        macLabel->setBuddy(row.address);

        nicGrid->addLayout(macLine, 2 * n + 1, 0, 1, 3);
        nicGrid->addWidget(row.address, 2 * n + 2, 0);
        nicGrid->addWidget(row.gateway, 2 * n + 2, 1);
        nicGrid->addWidget(row.dns, 2 * n + 2, 2);
        for (QLineEdit *edit : {row.address, row.gateway, row.dns})
            connect(edit, &QLineEdit::textChanged, this, &InstanceOverridesDialog::validate);
        m_nicRows << row;
    }
    auto *nicLayout = new QVBoxLayout(m_nicBox);
    nicLayout->addWidget(nicIntro);
    nicLayout->addLayout(nicGrid);
    m_nicBox->setVisible(!instance.nics.isEmpty());

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("overridesProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setPalette(errorPalette(m_problem->palette()));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = m_buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save"));
    m_save->setDefault(true);
    m_clear = m_buttons->addButton(tr("C&lear All"), QDialogButtonBox::ResetRole);
    m_clear->setObjectName(QStringLiteral("clearOverridesButton"));
    m_clear->setAccessibleName(tr("Clear all overrides"));
    m_clear->setToolTip(tr("Untick everything: the instance is migrated as it is on the source."));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_disableMigration);
    layout->addWidget(m_ignoreRestrictions);
    layout->addWidget(m_nicBox);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_nameCheck, &QCheckBox::toggled, this, &InstanceOverridesDialog::validate);
    connect(m_cpusCheck, &QCheckBox::toggled, this, &InstanceOverridesDialog::validate);
    connect(m_memoryCheck, &QCheckBox::toggled, this, &InstanceOverridesDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &InstanceOverridesDialog::validate);
    connect(m_memory, &QLineEdit::textChanged, this, &InstanceOverridesDialog::validate);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        for (QCheckBox *box :
            {m_nameCheck, m_cpusCheck, m_memoryCheck, m_disableMigration, m_ignoreRestrictions})
            box->setChecked(false);
        for (const NicRow &row : std::as_const(m_nicRows))
            for (QLineEdit *edit : {row.address, row.gateway, row.dns})
                edit->clear();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (auto wanted = overrides())
            Q_EMIT saveRequested(*wanted);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

InstanceOverridesDialog::~InstanceOverridesDialog() = default;

QString InstanceOverridesDialog::problem() const
{
    if (m_nameCheck->isChecked() && m_name->text().trimmed().isEmpty())
        return tr("Enter a name, or untick it to keep the one from the source.");
    if (m_memoryCheck->isChecked())
        if (auto bytes = units::parseBytes(m_memory->text()); !bytes)
            return bytes.error().message;
    for (const NicRow &row : m_nicRows) {
        const NicAddressOverride nic {row.mac, row.address->text().trimmed(),
            row.gateway->text().trimmed(), dnsList(row.dns->text())};
        if (nic.ipv4.isEmpty()) {
            if (!nic.gateway.isEmpty() || !nic.dns.isEmpty())
                return tr("%1: enter the new address, or leave the gateway and DNS servers empty.")
                    .arg(row.mac);
            continue;
        }
        if (const QString p = nicAddressProblem(nic, m_instance); !p.isEmpty())
            return QStringLiteral("%1: %2").arg(row.mac, p);
    }
    // The rules ferryctl instance override applies too.
    const Status valid = validateOverrides(fromFields());
    return valid ? QString() : valid.error().message;
}

InstanceOverrides InstanceOverridesDialog::fromFields() const
{
    InstanceOverrides o = m_instance.overrides;
    o.name = m_nameCheck->isChecked() ? std::optional<QString>(m_name->text().trimmed())
                                      : std::nullopt;
    o.cpus = m_cpusCheck->isChecked() ? std::optional<int>(m_cpus->value()) : std::nullopt;
    o.memoryBytes = std::nullopt;
    if (m_memoryCheck->isChecked())
        if (auto bytes = units::parseBytes(m_memory->text()))
            o.memoryBytes = *bytes;
    o.disableMigration = m_disableMigration->isChecked();
    o.ignoreRestrictions = m_ignoreRestrictions->isChecked();
    for (const NicRow &row : m_nicRows)
        setNicAddressOverride(o,
            {row.mac, row.address->text().trimmed(), row.gateway->text().trimmed(),
                dnsList(row.dns->text())});
    return o;
}

void InstanceOverridesDialog::validate()
{
    m_name->setEnabled(m_nameCheck->isChecked());
    m_cpus->setEnabled(m_cpusCheck->isChecked());
    m_memory->setEnabled(m_memoryCheck->isChecked());
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_save->setEnabled(text.isEmpty());
}

std::optional<InstanceOverrides> InstanceOverridesDialog::overrides() const
{
    if (!problem().isEmpty())
        return std::nullopt;
    return fromFields();
}

void InstanceOverridesDialog::showSaveError(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(true);
}

void InstanceOverridesDialog::setSaving(bool saving)
{
    setEnabled(!saving);
}

} // namespace ferry::gui
