#include "sources/sourcesummarypage.h"

#include "common/iconlabel.h"
#include "common/icons.h"
#include "sources/addsourcewizard.h"
#include "sources/sourcepresentation.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace ferry::gui {

SourceSummaryPage::SourceSummaryPage(AddSourceWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_icon(new IconLabel(this))
    , m_headline(new QLabel(this))
    , m_form(new QFormLayout)
    , m_warnings(new QListWidget(this))
    , m_showInstances(new QCheckBox(tr("&Show the instances when the wizard closes"), this))
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("%1: the source is registered.").arg(AddSourceWizard::stepText(5)));
    setFinalPage(true);

    m_headline->setObjectName(QStringLiteral("summaryHeadline"));
    m_headline->setWordWrap(true);
    QFont font = m_headline->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_headline->setFont(font);
    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_headline, 1);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setHorizontalSpacing(16);
    m_server = addRow(tr("Server:"), QStringLiteral("summaryServerLabel"));
    m_endpoint = addRow(tr("Endpoint:"), QStringLiteral("summaryEndpointLabel"));
    m_user = addRow(tr("User name:"), QStringLiteral("summaryUserLabel"));
    m_certificate = addRow(tr("Trusted certificate:"), QStringLiteral("summaryCertificateLabel"));
    m_certificate->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_instances = addRow(tr("Virtual machines:"), QStringLiteral("summaryInstancesLabel"));
    m_networks = addRow(tr("Networks:"), QStringLiteral("summaryNetworksLabel"));
    m_skipped = addRow(tr("Skipped:"), QStringLiteral("summarySkippedLabel"));

    m_warnings->setObjectName(QStringLiteral("summaryWarningsList"));
    m_warnings->setAccessibleName(tr("Warnings of the sync"));
    m_warnings->setWordWrap(true);
    m_warnings->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_form->addRow(tr("Warnings:"), m_warnings);
    m_noWarnings = addRow(tr("Warnings:"), QStringLiteral("summaryNoWarningsLabel"));
    m_noWarnings->setText(tr("None"));

    m_showInstances->setObjectName(QStringLiteral("showInstancesCheckBox"));
    m_showInstances->setAccessibleName(tr("Show the instances when the wizard closes"));
    m_showInstances->setChecked(true);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addLayout(top);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_showInstances);
}

SourceSummaryPage::~SourceSummaryPage() = default;

QLabel *SourceSummaryPage::addRow(const QString &label, const QString &objectName)
{
    auto *field = new QLabel(this);
    field->setObjectName(objectName);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, field);
    return field;
}

void SourceSummaryPage::initializePage()
{
    const Source &s = m_wizard->source();
    const auto &report = m_wizard->syncReport();
    const bool synced = report.has_value();
    m_icon->setIcon(synced && report->warnings.isEmpty() ? QStringLiteral("status-ok")
                                                         : QStringLiteral("status-warning"),
        32);
    if (synced)
        m_headline->setText(tr("Source %1 is registered and its inventory imported.").arg(s.name));
    else
        m_headline->setText(tr("Source %1 is registered, but its inventory was not imported: %2 "
                               "Sync it from the Sources page.")
                                .arg(s.name, m_wizard->syncError()));
    m_server->setText(sourcepresentation::serverType(s));
    m_endpoint->setText(s.endpoint);
    m_user->setText(s.username);
    m_certificate->setText(s.cert.trustedSha256.isEmpty()
            ? tr("trusted by this computer's certificate store")
            : s.cert.trustedSha256);
    m_certificate->setFont(s.cert.trustedSha256.isEmpty()
            ? font()
            : QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_form->setRowVisible(m_instances, synced);
    m_form->setRowVisible(m_networks, synced);
    m_form->setRowVisible(m_skipped, synced);
    m_form->setRowVisible(m_warnings, synced);
    m_form->setRowVisible(m_noWarnings, synced);
    m_showInstances->setVisible(synced);
    if (!synced)
        return;
    m_instances->setText(tr("%L1 imported").arg(report->instances));
    m_networks->setText(tr("%L1 imported").arg(report->networks));
    QStringList skipped;
    if (report->skippedTemplates > 0)
        skipped << tr("%Ln template(s)", nullptr, report->skippedTemplates);
    if (report->skippedSystemVms > 0)
        skipped << tr("%Ln vSphere system VM(s)", nullptr, report->skippedSystemVms);
    if (report->missingInstances > 0)
        skipped << tr("%Ln VM(s) no longer on the source", nullptr, report->missingInstances);
    m_skipped->setText(skipped.isEmpty() ? tr("Nothing") : skipped.join(QLatin1String(", ")));
    m_warnings->clear();
    for (const QString &w : report->warnings)
        m_warnings->addItem(new QListWidgetItem(themedIcon(QStringLiteral("status-warning")), w));
    // No warnings: a word, not an empty box.
    m_form->setRowVisible(m_warnings, !report->warnings.isEmpty());
    m_form->setRowVisible(m_noWarnings, report->warnings.isEmpty());
}

bool SourceSummaryPage::showInstances() const
{
    return !m_showInstances->isHidden() && m_showInstances->isChecked();
}

} // namespace ferry::gui
