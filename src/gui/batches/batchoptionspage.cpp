#include "batches/batchoptionspage.h"

#include "batch/batchrules.h"
#include "batches/batchwizard.h"
#include "batches/batchwizardwidgets.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

using batchwizard::problemLabel;
using batchwizard::showProblem;

} // namespace

BatchOptionsPage::BatchOptionsPage(BatchWizard *wizard)
    : QWizardPage(wizard)
    , m_convertGuests(new QCheckBox(tr("Con&vert guests for virtio hardware (recommended)"), this))
    , m_convertGuestsHint(new QLabel(
          tr("Removes VMware Tools, adds the virtio drivers to the initramfs and keeps the "
             "network interface names; guests without an operating system are copied unchanged. "
             "Needs libguestfs on the engine's host."),
          this))
    , m_retries(new QSpinBox(this))
    , m_unknownOs(new QCheckBox(tr("Allow instances whose &operating system is unknown"), this))
    , m_noIpv4(new QCheckBox(tr("Allow instances without an &IPv4 address"), this))
    , m_noBackgroundImport(
          new QCheckBox(tr("Allow instances that cannot be copied in the &background"), this))
    , m_interval(new QSpinBox(this))
    , m_finalLimit(new QSpinBox(this))
    , m_guestShutdownTimeout(new QSpinBox(this))
    , m_hardPowerOff(new QCheckBox(
          tr("Power the VM off &hard when its guest does not shut down in time or has no tools"),
          this))
    , m_problem(problemLabel(this, QStringLiteral("optionsProblem")))
{
    setObjectName(QStringLiteral("batchOptionsPage"));
    setTitle(tr("Options"));
    setSubTitle(tr("Whether the guests are converted, how failures are retried, which "
                   "restrictions this batch overrides, how often the disks are topped up "
                   "while an instance waits for its window, and how the source VMs are shut "
                   "down."));
    const batch::BatchConfig defaults;
    m_convertGuests->setObjectName(QStringLiteral("convertGuestsCheck"));
    m_convertGuests->setChecked(defaults.convertGuests);
    m_convertGuests->setAccessibleDescription(m_convertGuestsHint->text());
    m_convertGuestsHint->setObjectName(QStringLiteral("convertGuestsHint"));
    m_convertGuestsHint->setWordWrap(true);
    // Under the check box's text, not under its box.
    const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, m_convertGuests)
        + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, m_convertGuests);
    m_convertGuestsHint->setContentsMargins(indent, 0, 0, 0);
    m_retries->setObjectName(QStringLiteral("retriesSpin"));
    m_retries->setRange(0, 100);
    m_retries->setValue(defaults.postMigrationRetries);
    m_unknownOs->setObjectName(QStringLiteral("allowUnknownOsCheck"));
    m_noIpv4->setObjectName(QStringLiteral("allowNoIpv4Check"));
    m_noBackgroundImport->setObjectName(QStringLiteral("allowNoBackgroundImportCheck"));
    m_interval->setObjectName(QStringLiteral("syncIntervalSpin"));
    m_finalLimit->setObjectName(QStringLiteral("finalSyncLimitSpin"));
    for (QSpinBox *box : {m_interval, m_finalLimit}) {
        box->setRange(1, 7 * 24 * 60);
        box->setSuffix(tr(" min"));
    }
    m_interval->setValue(int(defaults.backgroundSyncIntervalMs / 60000));
    m_finalLimit->setValue(int(defaults.finalBackgroundSyncLimitMs / 60000));
    m_interval->setToolTip(tr("How often the disks are copied again while waiting."));
    m_finalLimit->setToolTip(
        tr("The last top-up happens at most this long before the window; not above the "
           "interval."));

    m_guestShutdownTimeout->setObjectName(QStringLiteral("guestShutdownTimeoutSpin"));
    m_guestShutdownTimeout->setRange(1, 24 * 60 * 60);
    m_guestShutdownTimeout->setSuffix(tr(" s"));
    m_guestShutdownTimeout->setValue(defaults.guestShutdownTimeoutSeconds);
    m_guestShutdownTimeout->setToolTip(
        tr("How long the guest gets to shut itself down (Windows updates can take much longer "
           "than the default two minutes)."));
    m_hardPowerOff->setObjectName(QStringLiteral("hardPowerOffCheck"));
    m_hardPowerOff->setChecked(defaults.hardPowerOff);
    m_hardPowerOff->setToolTip(
        tr("Off: such a VM is left running and its migration fails, asking you to shut it down "
           "yourself. A hard power-off is like pulling the plug."));

    auto *form = new QFormLayout;
    form->addRow(tr("Post-migration &retries:"), m_retries);
    form->addRow(tr("Background &sync interval:"), m_interval);
    form->addRow(tr("&Final background sync limit:"), m_finalLimit);
    auto *restrictions = new QGroupBox(tr("Restriction overrides"), this);
    auto *rl = new QVBoxLayout(restrictions);
    rl->addWidget(m_unknownOs);
    rl->addWidget(m_noIpv4);
    rl->addWidget(m_noBackgroundImport);
    // Tab as laid out: the conversion, the form's fields, then the overrides below them.
    const QList<QWidget *> order {m_convertGuests, m_retries, m_interval, m_finalLimit, m_unknownOs,
        m_noIpv4, m_noBackgroundImport, m_guestShutdownTimeout, m_hardPowerOff};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    auto *layout = new QVBoxLayout(this);
    auto *conversion = new QVBoxLayout;
    conversion->setSpacing(2);
    conversion->addWidget(m_convertGuests);
    conversion->addWidget(m_convertGuestsHint);
    layout->addLayout(conversion);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(restrictions);
    auto *powerOff = new QGroupBox(tr("Source power-off"), this);
    auto *pf = new QFormLayout(powerOff);
    pf->addRow(tr("Guest shut&down timeout:"), m_guestShutdownTimeout);
    pf->addRow(m_hardPowerOff);
    layout->addWidget(powerOff);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    for (QSpinBox *box : {m_interval, m_finalLimit})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            showProblem(m_problem, problem());
            Q_EMIT completeChanged();
        });
}

BatchOptionsPage::~BatchOptionsPage() = default;

batch::BatchConfig BatchOptionsPage::config() const
{
    batch::BatchConfig c;
    c.convertGuests = m_convertGuests->isChecked();
    c.postMigrationRetries = m_retries->value();
    c.restrictionOverrides.allowUnknownOs = m_unknownOs->isChecked();
    c.restrictionOverrides.allowNoIpv4 = m_noIpv4->isChecked();
    c.restrictionOverrides.allowNoBackgroundImport = m_noBackgroundImport->isChecked();
    c.backgroundSyncIntervalMs = qint64(m_interval->value()) * 60000;
    c.finalBackgroundSyncLimitMs = qint64(m_finalLimit->value()) * 60000;
    c.guestShutdownTimeoutSeconds = m_guestShutdownTimeout->value();
    c.hardPowerOff = m_hardPowerOff->isChecked();
    return c;
}

QString BatchOptionsPage::problem() const
{
    const batch::BatchConfig c = config();
    if (!batch::finalSyncLimitValid(c.backgroundSyncIntervalMs, c.finalBackgroundSyncLimitMs))
        return tr("The final background sync limit cannot be longer than the interval.");
    return {};
}

bool BatchOptionsPage::isComplete() const
{
    return problem().isEmpty();
}

} // namespace ferry::gui
