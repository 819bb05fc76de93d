#include "instances/instancedetailswidget.h"

#include "common/icons.h"
#include "common/notelabel.h"
#include "inventory/instanceoverrides.h"
#include "inventory/restrictions.h"
#include "util/units.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideMiddle);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    return table;
}

QTableWidgetItem *item(const QString &text, const QString &toolTip = {})
{
    auto *i = new QTableWidgetItem(text);
    i->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return i;
}

QString powerText(const QString &state)
{
    if (state == QLatin1String("poweredOn"))
        return InstanceDetailsWidget::tr("Powered on");
    if (state == QLatin1String("poweredOff"))
        return InstanceDetailsWidget::tr("Powered off");
    if (state == QLatin1String("suspended"))
        return InstanceDetailsWidget::tr("Suspended");
    return state.isEmpty() ? InstanceDetailsWidget::tr("Unknown") : state;
}

} // namespace

InstanceDetailsWidget::InstanceDetailsWidget(QWidget *parent)
    : QWidget(parent)
    , m_content(new QWidget(this))
    , m_placeholder(noteLabel(QString(), this))
{
    setObjectName(QStringLiteral("instanceDetails"));
    m_placeholder->setObjectName(QStringLiteral("instanceDetailsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);

    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("instanceTitle"));
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(m_content);
    m_subtitle->setObjectName(QStringLiteral("instanceSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editOverrides
        = new QPushButton(themedIcon(QStringLiteral("edit")), tr("Edit &Overrides…"), m_content);
    m_editOverrides->setObjectName(QStringLiteral("editOverridesButton"));
    m_editOverrides->setAccessibleName(tr("Edit overrides"));
    m_editOverrides->setToolTip(tr("Change the name, CPUs or memory on the target, disable the "
                                   "migration, ignore the restrictions or give NICs new guest "
                                   "addresses."));
    connect(m_editOverrides, &QPushButton::clicked, this,
        &InstanceDetailsWidget::editOverridesRequested);

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_editOverrides, 0, Qt::AlignTop);

    // Left: the VM; middle: disks and NICs; right: restrictions and overrides.
    auto *general = new QGroupBox(tr("Virtual machine"), m_content);
    general->setObjectName(QStringLiteral("generalGroup"));
    auto *generalForm = new QFormLayout(general);
    generalForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    generalForm->setVerticalSpacing(4);
    m_os = addField(generalForm, tr("OS:"), QStringLiteral("instanceOsLabel"));
    m_cpus = addField(generalForm, tr("CPUs:"), QStringLiteral("instanceCpusLabel"));
    m_memory = addField(generalForm, tr("Memory:"), QStringLiteral("instanceMemoryLabel"));
    m_firmware = addField(generalForm, tr("Firmware:"), QStringLiteral("instanceFirmwareLabel"));
    m_power = addField(generalForm, tr("Power:"), QStringLiteral("instancePowerLabel"));
    m_backgroundImport = addField(
        generalForm, tr("Background import:"), QStringLiteral("instanceBackgroundImportLabel"));
    m_source = addField(generalForm, tr("Source:"), QStringLiteral("instanceSourceLabel"));
    m_uuid = addField(generalForm, tr("UUID:"), QStringLiteral("instanceUuidLabel"));

    auto *hardware = new QGroupBox(tr("Disks and NICs"), m_content);
    hardware->setObjectName(QStringLiteral("hardwareGroup"));
    auto *hardwareLayout = new QVBoxLayout(hardware);
    m_disks = makeTable(hardware, QStringLiteral("disksTable"),
        {tr("Disk"), tr("Capacity"), tr("Mode"), tr("Supported")});
    m_nics = makeTable(hardware, QStringLiteral("nicsTable"),
        {tr("MAC Address"), tr("Network"), tr("IPv4"), tr("IPv6")});
    m_disks->setAccessibleName(tr("Disks"));
    m_nics->setAccessibleName(tr("NICs"));
    hardwareLayout->addWidget(m_disks);
    hardwareLayout->addWidget(m_nics);
    hardwareLayout->addStretch(1);

    auto *migration = new QGroupBox(tr("Migration"), m_content);
    migration->setObjectName(QStringLiteral("migrationGroup"));
    auto *migrationLayout = new QVBoxLayout(migration);
    auto *restrictionsTitle = new QLabel(tr("Restrictions"), migration);
    QFont bold = restrictionsTitle->font();
    bold.setWeight(QFont::DemiBold);
    restrictionsTitle->setFont(bold);
    m_restrictions = new QLabel(migration);
    m_restrictions->setObjectName(QStringLiteral("restrictionsLabel"));
    m_restrictions->setWordWrap(true);
    m_restrictions->setTextFormat(Qt::RichText);
    m_restrictions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *overridesTitle = new QLabel(tr("Overrides"), migration);
    overridesTitle->setFont(bold);
    m_overrides = new QLabel(migration);
    m_overrides->setObjectName(QStringLiteral("overridesLabel"));
    m_overrides->setWordWrap(true);
    m_overrides->setTextFormat(Qt::RichText);
    m_overrides->setTextInteractionFlags(Qt::TextSelectableByMouse);
    migrationLayout->addWidget(restrictionsTitle);
    migrationLayout->addWidget(m_restrictions);
    migrationLayout->addSpacing(6);
    migrationLayout->addWidget(overridesTitle);
    migrationLayout->addWidget(m_overrides);
    migrationLayout->addStretch(1);

    auto *grid = new QHBoxLayout;
    grid->setSpacing(10);
    grid->addWidget(general, 4);
    grid->addWidget(hardware, 6);
    grid->addWidget(migration, 3);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(12, 8, 12, 8);
    contentLayout->setSpacing(8);
    contentLayout->addLayout(header);
    contentLayout->addLayout(grid, 1);

    // Never squeezed: a small panel scrolls instead.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("instanceDetailsScrollArea"));
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_scroll);
    clear();
}

InstanceDetailsWidget::~InstanceDetailsWidget() = default;

QLabel *InstanceDetailsWidget::addField(
    QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *field = new QLabel(m_content);
    field->setObjectName(objectName);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setWordWrap(true);
    form->addRow(label, field);
    return field;
}

void InstanceDetailsWidget::clear(const QString &message)
{
    m_instance = Instance();
    m_placeholder->setText(
        message.isEmpty() ? tr("Select an instance to see its details.") : message);
    m_placeholder->setVisible(true);
    m_scroll->setVisible(false);
}

void InstanceDetailsWidget::setInstance(const Instance &i, const QString &sourceName)
{
    m_instance = i;
    m_placeholder->setVisible(false);
    m_scroll->setVisible(true);

    m_title->setText(i.effectiveName());
    m_subtitle->setText(
        i.missingSince.isValid() ? tr("%1 (no longer on the source)").arg(i.location) : i.location);
    const QString os = !i.osDescription.isEmpty() ? i.osDescription : i.osTemplate;
    QStringList osParts {os.isEmpty() ? tr("Unknown") : os};
    if (!i.architecture.isEmpty())
        osParts << i.architecture;
    m_os->setText(osParts.join(QLatin1String(", ")));
    m_os->setToolTip(
        tr("Type %1, distribution %2 %3").arg(i.osType, i.distribution, i.distributionVersion));
    m_cpus->setText(i.overrides.cpus ? tr("%1 (vSphere: %2)").arg(*i.overrides.cpus).arg(i.cpus)
                                     : QString::number(i.cpus));
    m_memory->setText(i.overrides.memoryBytes
            ? tr("%1 (vSphere: %2)")
                  .arg(units::formatBytes(*i.overrides.memoryBytes),
                      units::formatBytes(i.memoryBytes))
            : units::formatBytes(i.memoryBytes));
    QStringList firmware {i.legacyBoot ? tr("BIOS") : tr("UEFI")};
    if (i.secureBoot)
        firmware << tr("secure boot");
    if (i.tpm)
        firmware << tr("TPM");
    m_firmware->setText(firmware.join(QLatin1String(", ")));
    m_power->setText(powerText(i.powerState));
    m_backgroundImport->setText(
        i.backgroundImport ? tr("Yes (change tracking on)") : tr("No (change tracking off)"));
    m_source->setText(sourceName);
    m_uuid->setText(i.uuid);

    m_disks->setRowCount(int(i.disks.size()));
    for (int row = 0; row < i.disks.size(); ++row) {
        const Disk &d = i.disks.at(row);
        m_disks->setItem(row, 0, item(d.name));
        auto *capacity
            = item(units::formatBytes(d.capacityBytes), tr("%L1 bytes").arg(d.capacityBytes));
        capacity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_disks->setItem(row, 1, capacity);
        QStringList mode {d.mode};
        if (!d.sharing.isEmpty() && d.sharing != QLatin1String("sharingNone"))
            mode << d.sharing;
        m_disks->setItem(row, 2, item(mode.join(QLatin1String(", ")), d.backingType));
        auto *supported = item(d.supported ? tr("Yes") : tr("No: %1").arg(d.unsupportedReason));
        supported->setIcon(
            themedIcon(d.supported ? QStringLiteral("status-ok") : QStringLiteral("status-error")));
        m_disks->setItem(row, 3, supported);
    }
    m_nics->setRowCount(int(i.nics.size()));
    for (int row = 0; row < i.nics.size(); ++row) {
        const Nic &n = i.nics.at(row);
        m_nics->setItem(row, 0, item(n.hardwareAddress));
        m_nics->setItem(row, 1, item(n.location.section(QLatin1Char('/'), -1), n.location));
        m_nics->setItem(row, 2, item(n.ipv4Address));
        m_nics->setItem(row, 3, item(n.ipv6Address));
    }
    // The long column (disk path, network) takes what the others leave, elided in the middle.
    m_disks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_nics->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    // As tall as their rows (up to four, then they scroll): no empty space between them.
    for (QTableWidget *table : {m_disks, m_nics}) {
        const int rows = qBound(1, table->rowCount(), 4);
        table->setFixedHeight(table->horizontalHeader()->sizeHint().height()
            + table->verticalHeader()->defaultSectionSize() * rows + 2 * table->frameWidth());
    }

    const QVector<Restriction> restrictions = restrictionsOf(i);
    if (restrictions.isEmpty()) {
        m_restrictions->setText(i.overrides.ignoreRestrictions
                ? tr("Ignored for this instance (override).")
                : tr("None: this instance can be migrated."));
    } else {
        QString html = QStringLiteral("<ul style=\"margin-left:-24px; margin-top:0px\">");
        for (const Restriction &r : restrictions)
            html += QStringLiteral("<li>%1</li>").arg(r.message.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        m_restrictions->setText(html);
    }

    QStringList overrides;
    const auto line = [](const QString &what, const QString &value) {
        return QStringLiteral("%1: <b>%2</b>").arg(what.toHtmlEscaped(), value.toHtmlEscaped());
    };
    if (i.overrides.name)
        overrides << line(tr("Name"), *i.overrides.name);
    if (i.overrides.cpus)
        overrides << line(tr("CPUs"), QString::number(*i.overrides.cpus));
    if (i.overrides.memoryBytes)
        overrides << line(tr("Memory"), units::formatBytes(*i.overrides.memoryBytes));
    if (i.overrides.disableMigration)
        overrides << line(tr("Migration"), tr("disabled"));
    if (i.overrides.ignoreRestrictions)
        overrides << line(tr("Restrictions"), tr("ignored"));
    for (const NicAddressOverride &nic : nicAddressOverrides(i.overrides)) {
        QString value = nic.ipv4;
        if (!nic.gateway.isEmpty())
            value += tr(", gateway %1").arg(nic.gateway);
        if (!nic.dns.isEmpty())
            value += tr(", DNS %1").arg(nic.dns.join(QLatin1String(", ")));
        overrides << line(tr("New address of %1").arg(nic.mac), value);
    }
    m_overrides->setText(overrides.isEmpty() ? tr("None") : overrides.join(QLatin1String("<br>")));
}

} // namespace ferry::gui
