#include "sources/sourceconnectionpage.h"

#include "sources/addsourcewizard.h"
#include "sources/sourceformwidget.h"
#include "store/sourcerepository.h"

#include <QLineEdit>

#include <QVBoxLayout>

namespace ferry::gui {

SourceConnectionPage::SourceConnectionPage(AddSourceWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_form(new SourceFormWidget(SourceFormWidget::Mode::Add, this))
{
    setObjectName(QStringLiteral("connectionPage"));
    setTitle(tr("Connection details"));
    setSubTitle(tr("%1: the vCenter Server or ESXi host to import virtual machines from.")
                    .arg(AddSourceWizard::stepText(1)));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
}

SourceConnectionPage::~SourceConnectionPage() = default;

void SourceConnectionPage::cleanupPage()
{
    // Going back from here leaves the wizard's first page: nothing to undo.
}

bool SourceConnectionPage::validatePage()
{
    const std::shared_ptr<Database> db = m_wizard->context().database;
    const qint64 ownId = m_wizard->source().id;
    const auto nameTaken = [db, ownId](const QString &name) {
        auto existing = SourceRepository(db).byName(name);
        return existing.ok() && existing->id != ownId;
    };
    if (m_form->validate(nameTaken))
        return false;
    m_wizard->setSource(m_form->applyTo(m_wizard->source()));
    m_wizard->setPassword(m_form->password(), true);
    return true;
}

void SourceConnectionPage::showAuthenticationProblem(const QString &message)
{
    m_form->showProblem(message);
    m_focusPassword = true;
}

void SourceConnectionPage::pageShownAgain()
{
    if (m_focusPassword) {
        m_focusPassword = false;
        m_form->focusPassword();
    }
}

} // namespace ferry::gui
