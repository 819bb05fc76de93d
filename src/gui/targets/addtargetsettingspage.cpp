#include "targets/addtargetsettingspage.h"

#include "targets/addtargetwizard.h"
#include "targets/targetsettingswidget.h"

#include <QVBoxLayout>

namespace ferry::gui {

AddTargetSettingsPage::AddTargetSettingsPage(AddTargetWizard *wizard)
    : AddTargetPage(wizard, AddTargetWizard::SettingsPageId)
    , m_settings(new TargetSettingsWidget(TargetSettingsWidget::Mode::Add, this))
{
    setObjectName(QStringLiteral("settingsPage"));
    setTitle(tr("Target"));
    setIntro(tr("Name the Incus or LXD server and say where it listens."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_settings);
    m_settings->setExistingNames(wizard->existingNames());
    m_settings->setTarget(wizard->draft());
    // The fingerprint (or verification by CA) decides whether the certificate page is on the way.
    connect(m_settings, &TargetSettingsWidget::changed, wizard, [this, wizard] {
        wizard->draft().cert.trustedSha256 = m_settings->fingerprint();
        wizard->draft().tlsVerify
            = m_settings->verifiesByCa() ? QStringLiteral("ca") : QStringLiteral("fingerprint");
        wizard->refreshSteps();
    });
}

AddTargetSettingsPage::~AddTargetSettingsPage() = default;

void AddTargetSettingsPage::initializePage()
{
    updateSubTitle();
}

bool AddTargetSettingsPage::validatePage()
{
    Target &draft = targetWizard()->draft();
    if (!m_settings->apply(draft))
        return false;
    targetWizard()->refreshSteps();
    return true;
}

} // namespace ferry::gui
