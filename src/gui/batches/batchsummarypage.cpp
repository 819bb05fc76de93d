#include "batches/batchsummarypage.h"

#include "batch/batchservice.h"
#include "batches/batchwizard.h"
#include "batches/batchwizardwidgets.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

using batchwizard::monospace;
using batchwizard::problemLabel;
using batchwizard::showProblem;

} // namespace

BatchSummaryPage::BatchSummaryPage(BatchWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_yaml(new QPlainTextEdit(this))
    , m_problem(problemLabel(this, QStringLiteral("summaryProblem")))
    , m_start(new QCheckBox(tr("&Start the batch now"), this))
{
    setObjectName(QStringLiteral("batchSummaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("This is the batch Create saves, as <code>ferryctl batch show</code> will "
                   "print it; <code>ferryctl batch edit</code> changes it later."));
    m_yaml->setObjectName(QStringLiteral("summaryYaml"));
    m_yaml->setAccessibleName(tr("Batch YAML"));
    m_yaml->setReadOnly(true);
    m_yaml->setFont(monospace(font()));
    m_yaml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_start->setObjectName(QStringLiteral("startNowCheck"));
    m_start->setToolTip(tr("Queue the selected instances at once; otherwise start the batch "
                           "later from the Batches page."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_yaml, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_start);
}

BatchSummaryPage::~BatchSummaryPage() = default;

void BatchSummaryPage::initializePage()
{
    const QByteArray yaml = m_wizard->yaml();
    m_yaml->setPlainText(QString::fromUtf8(yaml));
    // What `ferryctl batch add --file` would check, against the registered targets.
    const batch::ParsedBatch parsed
        = batch::BatchService(m_wizard->context().gui.database).parse(yaml);
    QStringList issues;
    for (const batch::YamlIssue &issue : parsed.issues)
        issues << issue.toString();
    m_problemText = issues.join(QLatin1Char('\n'));
    showProblem(m_problem, m_problemText);
    Q_EMIT completeChanged();
}

QString BatchSummaryPage::yamlText() const
{
    return m_yaml->toPlainText();
}

bool BatchSummaryPage::startNow() const
{
    return m_start->isChecked();
}

bool BatchSummaryPage::isComplete() const
{
    return m_problemText.isEmpty();
}

} // namespace ferry::gui
