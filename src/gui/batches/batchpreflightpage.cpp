#include "batches/batchpreflightpage.h"

#include "batch/preflight.h"
#include "batches/batchwizard.h"
#include "batches/batchwizardwidgets.h"
#include "batches/preflightmodel.h"
#include "common/backgroundtask.h"
#include "common/icons.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

using batchwizard::busyBar;

} // namespace

BatchPreflightPage::BatchPreflightPage(BatchWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_busy(busyBar(this, QStringLiteral("preflightBusy")))
    , m_summary(new QLabel(this))
    , m_model(new PreflightModel(this))
    , m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("batchPreflightPage"));
    setTitle(tr("Pre-flight checks"));
    setSubTitle(tr("What Ferry found for each selected instance. A critical finding blocks the "
                   "instance (it is queued as Blocked with the reason); warnings and notes "
                   "inform."));
    m_summary->setObjectName(QStringLiteral("preflightSummary"));
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("preflightTree"));
    m_tree->setAccessibleName(tr("Pre-flight results"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setColumnWidth(0, 560);
    // Wide enough for its header in every language ("Schweregrad").
    m_tree->setColumnWidth(
        1, qMax(80, m_tree->header()->fontMetrics().horizontalAdvance(tr("Severity")) + 24));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_busy);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
}

BatchPreflightPage::~BatchPreflightPage() = default;

void BatchPreflightPage::initializePage()
{
    const int generation = ++m_generation;
    m_loading = true;
    m_planned.clear();
    m_model->clear();
    m_busy->show();
    m_summary->setText(tr("Checking the selected instances…"));
    Q_EMIT completeChanged();
    const batch::BatchDocument doc = m_wizard->document();
    const auto db = m_wizard->context().gui.database;
    runInBackground(
        this, [db, doc] { return batch::BatchService(db).planDraft(doc); },
        [this, generation](const Result<QVector<batch::PlannedInstance>> &planned) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_busy->hide();
            Q_EMIT completeChanged();
            if (!planned) {
                m_summary->setText(tr("The checks could not run: %1").arg(planned.error().message));
                return;
            }
            m_planned = *planned;
            m_model->setPlanned(m_planned);
            int blocked = 0, warned = 0;
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const PreflightModel::State state = m_model->state(row);
                blocked += state == PreflightModel::State::Blocked ? 1 : 0;
                warned += state == PreflightModel::State::Warnings ? 1 : 0;
                m_tree->setExpanded(
                    m_model->index(row, 0), state == PreflightModel::State::Blocked);
            }
            if (m_planned.isEmpty())
                m_summary->setText(tr("The expression selects no instance now."));
            else
                m_summary->setText(tr("%n instance(s) checked: %1 blocked by a critical finding, "
                                      "%2 with warnings, %3 ready.",
                    nullptr, int(m_planned.size()))
                                       .arg(blocked)
                                       .arg(warned)
                                       .arg(int(m_planned.size()) - blocked - warned));
        });
}

bool BatchPreflightPage::isComplete() const
{
    return !m_loading;
}

} // namespace ferry::gui
