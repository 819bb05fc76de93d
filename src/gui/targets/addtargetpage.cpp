#include "targets/addtargetpage.h"

#include "targets/addtargetwizard.h"

namespace ferry::gui {

AddTargetPage::AddTargetPage(AddTargetWizard *wizard, int pageId, QWidget *parent)
    : QWizardPage(parent)
    , m_wizard(wizard)
    , m_pageId(pageId)
{
    connect(wizard, &AddTargetWizard::stepsChanged, this, &AddTargetPage::updateSubTitle);
    connect(wizard, &AddTargetWizard::busyChanged, this, &QWizardPage::completeChanged);
}

AddTargetPage::~AddTargetPage() = default;

bool AddTargetPage::isComplete() const
{
    return !m_wizard->isBusy() && isReady();
}

void AddTargetPage::setIntro(const QString &intro)
{
    m_intro = intro;
    updateSubTitle();
}

void AddTargetPage::updateSubTitle()
{
    const QString step = m_wizard->stepText(m_pageId);
    setSubTitle(step.isEmpty() ? m_intro : tr("%1: %2").arg(step, m_intro));
}

} // namespace ferry::gui
