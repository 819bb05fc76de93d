#include "instances/instanceoverridesdialog.h"

#include "common/colors.h"
#include "inventory/instanceoverrides.h"
#include "inventory/osinfo.h"
#include "util/units.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ferry::gui {

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
