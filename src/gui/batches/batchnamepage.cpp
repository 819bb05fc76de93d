#include "batches/batchnamepage.h"

#include "batch/batchrules.h"
#include "batches/batchwizard.h"
#include "batches/batchwizardwidgets.h"
#include "store/batchrepository.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

using batchwizard::problemLabel;
using batchwizard::showProblem;

} // namespace

BatchNamePage::BatchNamePage(BatchWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_name(new QLineEdit(this))
    , m_problem(problemLabel(this, QStringLiteral("batchNameProblem")))
{
    setObjectName(QStringLiteral("batchNamePage"));
    setTitle(tr("Name"));
    setSubTitle(tr("A batch is a group of instances that migrate together. Give it a name people "
                   "recognise in the queue."));
    m_name->setObjectName(QStringLiteral("batchNameEdit"));
    m_name->setAccessibleName(tr("Batch name"));
    m_name->setPlaceholderText(tr("for example web-tier-wave1"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        // Say nothing while the field is still empty: Next is disabled anyway.
        showProblem(m_problem, m_name->text().isEmpty() ? QString() : problem());
        Q_EMIT completeChanged();
    });
}

BatchNamePage::~BatchNamePage() = default;

void BatchNamePage::initializePage()
{
    m_existing.clear();
    if (auto batches = BatchRepository(m_wizard->context().gui.database).all())
        for (const Batch &b : std::as_const(*batches))
            m_existing << b.name;
}

QString BatchNamePage::name() const
{
    return m_name->text();
}

QString BatchNamePage::problem() const
{
    const QString n = m_name->text();
    if (const QString problem = batch::batchNameProblem(n); !problem.isEmpty())
        return problem;
    if (m_existing.contains(n))
        return tr("A batch named %1 exists already.").arg(n);
    return {};
}

bool BatchNamePage::isComplete() const
{
    return problem().isEmpty();
}

} // namespace ferry::gui
