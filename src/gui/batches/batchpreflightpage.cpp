#include "batches/batchpreflightpage.h"

#include "batch/preflight.h"
#include "batches/batchwizard.h"
#include "batches/batchwizardwidgets.h"
#include "common/backgroundtask.h"
#include "common/icons.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTreeWidget>
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
    , m_tree(new QTreeWidget(this))
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
    m_tree->setHeaderLabels({tr("Instance / finding"), tr("Severity"), tr("Code")});
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
    m_tree->clear();
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
            int blocked = 0, warned = 0;
            QList<QTreeWidgetItem *> items;
            for (const batch::PlannedInstance &p : std::as_const(m_planned)) {
                auto *item = new QTreeWidgetItem({p.instance.location});
                bool critical = false, warning = false;
                for (const batch::Finding &f : p.findings) {
                    auto *child
                        = new QTreeWidgetItem({f.message, batch::severityName(f.severity), f.code});
                    child->setIcon(0,
                        themedIcon(f.severity == batch::Severity::Critical
                                ? QStringLiteral("status-error")
                                : f.severity == batch::Severity::Warning
                                ? QStringLiteral("status-warning")
                                : QStringLiteral("status-unknown")));
                    child->setToolTip(0, f.message);
                    item->addChild(child);
                    critical = critical || f.severity == batch::Severity::Critical;
                    warning = warning || f.severity == batch::Severity::Warning;
                }
                if (!p.skipped.isEmpty())
                    item->addChild(new QTreeWidgetItem({tr("Not queued: %1").arg(p.skipped)}));
                item->setIcon(0,
                    themedIcon(critical ? QStringLiteral("status-error")
                            : warning   ? QStringLiteral("status-warning")
                                        : QStringLiteral("status-ok")));
                item->setText(1, critical ? tr("blocked") : warning ? tr("warnings") : tr("ready"));
                blocked += critical ? 1 : 0;
                warned += (!critical && warning) ? 1 : 0;
                items << item;
                item->setExpanded(critical);
            }
            m_tree->addTopLevelItems(items);
            for (QTreeWidgetItem *item : std::as_const(items))
                item->setExpanded(item->text(1) == tr("blocked"));
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
