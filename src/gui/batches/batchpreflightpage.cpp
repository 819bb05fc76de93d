#include "batches/batchpreflightpage.h"

#include "batch/preflight.h"
#include "batches/batchwizard.h"
#include "batches/batchwizardwidgets.h"
#include "batches/preflightmodel.h"
#include "common/backgroundtask.h"
#include "common/icons.h"
#include "engine/guestdryrun.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
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
    m_dryRunButton = new QPushButton(tr("Conversion &Dry Run"), this);
    m_dryRunButton->setObjectName(QStringLiteral("conversionDryRunButton"));
    m_dryRunButton->setToolTip(
        tr("Inspect the guest of each powered-off instance read-only with libguestfs and show "
           "what the conversion would do. Slow: about 1 to 2 minutes per instance. Running VMs "
           "are not read."));
    m_dryRunStatus = new QLabel(this);
    m_dryRunStatus->setObjectName(QStringLiteral("conversionDryRunStatus"));
    m_dryRunStatus->setWordWrap(true);
    m_dryRunTree = new QTreeWidget(this);
    m_dryRunTree->setObjectName(QStringLiteral("conversionDryRunTree"));
    m_dryRunTree->setAccessibleName(tr("Conversion dry run"));
    m_dryRunTree->setHeaderLabels({tr("Conversion dry run"), tr("Severity")});
    m_dryRunTree->setColumnWidth(0, 560);
    m_dryRunTree->hide();
    connect(m_dryRunButton, &QPushButton::clicked, this, &BatchPreflightPage::runDryRun);
    auto *dryRow = new QHBoxLayout;
    dryRow->addWidget(m_dryRunButton);
    dryRow->addWidget(m_dryRunStatus, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_busy);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 2);
    layout->addLayout(dryRow);
    layout->addWidget(m_dryRunTree, 1);
}

BatchPreflightPage::~BatchPreflightPage()
{
    // A dry run still running on the thread pool stops at its next libguestfs command.
    if (m_dryRun)
        m_dryRun->cancel();
}

void BatchPreflightPage::loadDryRuns()
{
    QList<qint64> ids;
    for (const batch::PlannedInstance &p : std::as_const(m_planned))
        ids << p.instance.id;
    const auto db = m_wizard->context().gui.database;
    const int generation = m_generation;
    runInBackground(
        this, [db, ids] { return engine::dryRunsOf(db, ids); },
        [this, generation](const Result<QHash<qint64, engine::GuestDryRunReport>> &reports) {
            if (generation != m_generation || m_dryRunning)
                return;
            if (!reports) {
                m_dryRunStatus->setText(
                    tr("The last dry runs could not be read: %1").arg(reports.error().message));
                return;
            }
            showDryRuns(*reports);
        });
}

void BatchPreflightPage::showDryRuns(const QHash<qint64, engine::GuestDryRunReport> &reports)
{
    m_dryRunTree->clear();
    for (const batch::PlannedInstance &p : std::as_const(m_planned)) {
        if (!reports.contains(p.instance.id))
            continue;
        const engine::GuestDryRunReport &r = reports.value(p.instance.id);
        auto *vm = new QTreeWidgetItem(m_dryRunTree,
            {tr("%1 (%2 UTC)")
                    .arg(p.instance.location, r.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")))});
        bool error = false;
        for (const convert::DryRunFinding &f : r.findings) {
            error = error || f.severity == convert::DryRunFinding::Severity::Error;
            const QString severity = f.severity == convert::DryRunFinding::Severity::Error
                ? tr("Error")
                : f.severity == convert::DryRunFinding::Severity::Warning ? tr("Warning")
                                                                          : tr("Info");
            new QTreeWidgetItem(vm, {QStringLiteral("%1: %2").arg(f.code, f.message), severity});
        }
        vm->setText(1, error ? tr("Error") : QString());
        vm->setExpanded(true);
    }
    m_dryRunTree->setVisible(m_dryRunTree->topLevelItemCount() > 0);
    if (m_dryRunTree->topLevelItemCount() == 0)
        m_dryRunStatus->setText(tr("No conversion dry run yet for these instances."));
    else
        m_dryRunStatus->setText(tr("The last conversion dry run of %n instance(s).", nullptr,
            m_dryRunTree->topLevelItemCount()));
}

void BatchPreflightPage::runDryRun()
{
    if (m_dryRunning) {
        if (m_dryRun)
            m_dryRun->cancel();
        m_dryRunStatus->setText(tr("Canceling the dry run…"));
        return;
    }
    QVector<Instance> vms;
    for (const batch::PlannedInstance &p : std::as_const(m_planned))
        if (p.skipped.isEmpty())
            vms << p.instance;
    if (vms.isEmpty())
        return;
    const auto db = m_wizard->context().gui.database;
    auto dryRun = std::make_shared<engine::GuestDryRun>(db, m_wizard->context().gui.credentials);
    m_dryRun = dryRun;
    m_dryRunning = true;
    m_dryRunButton->setText(tr("Cancel &Dry Run"));
    m_dryRunStatus->setText(tr("Inspecting %n instance(s) read-only; about 1 to 2 minutes each…",
        nullptr, int(vms.size())));
    runInBackground(
        this,
        [db, dryRun, vms] {
            QHash<qint64, engine::GuestDryRunReport> reports;
            for (const Instance &vm : vms) {
                if (dryRun->isCanceled())
                    break;
                auto report = dryRun->run(vm);
                engine::GuestDryRunReport kept = report ? *report : engine::GuestDryRunReport();
                if (!report) {
                    if (dryRun->isCanceled())
                        break;
                    kept.at = QDateTime::currentDateTimeUtc();
                    kept.findings.append({convert::DryRunFinding::Severity::Error,
                        QStringLiteral("dry-run-failed"), report.error().message});
                }
                (void)engine::saveDryRun(db, vm.id, kept);
                reports.insert(vm.id, kept);
            }
            return reports;
        },
        [this](const QHash<qint64, engine::GuestDryRunReport> &) {
            m_dryRunning = false;
            m_dryRun.reset();
            m_dryRunButton->setText(tr("Conversion &Dry Run"));
            loadDryRuns();
        });
}

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
            if (!m_dryRunning)
                loadDryRuns();
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
