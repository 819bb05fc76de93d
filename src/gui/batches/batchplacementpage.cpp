#include "batches/batchplacementpage.h"

#include "batch/placementscript.h"
#include "batch/preflight.h"
#include "batches/batchwizard.h"
#include "batches/batchwizardwidgets.h"
#include "batches/dryrunmodel.h"
#include "common/backgroundtask.h"
#include "common/colors.h"
#include "common/icons.h"
#include "inventory/networkmapping.h"
#include "store/targetrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

using batchwizard::busyBar;
using batchwizard::monospace;
using batchwizard::problemLabel;
using batchwizard::showProblem;

const char *const kPlaceholderScript
    = "// Optional. Called for every instance of the batch, for example:\n"
      "// function placement(instance, batch) {\n"
      "//     if (instance.location.includes('/prod/'))\n"
      "//         set_project('production');\n"
      "// }";

} // namespace

BatchPlacementPage::BatchPlacementPage(BatchWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_target(new QComboBox(this))
    , m_busy(busyBar(this, QStringLiteral("inventoryBusy")))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_project(new QComboBox(this))
    , m_pool(new QComboBox(this))
    , m_network(new QComboBox(this))
    , m_nicType(new QComboBox(this))
    , m_vlan(new QLineEdit(this))
    , m_script(new QPlainTextEdit(this))
    , m_scriptProblem(problemLabel(this, QStringLiteral("scriptProblem")))
    , m_dryRun(new QPushButton(tr("&Dry Run"), this))
    , m_dryRunModel(new DryRunModel(this))
    , m_dryRunResult(new QTableView(this))
{
    setObjectName(QStringLiteral("batchPlacementPage"));
    setTitle(tr("Placement"));
    setSubTitle(tr("Where the instances go. The lists come from the target itself. Network "
                   "mappings and instance overrides apply on top, then the optional script."));
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_target->setAccessibleName(tr("Target"));
    m_status->setObjectName(QStringLiteral("inventoryStatus"));
    m_status->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("retryInventoryButton"));
    m_retry->hide();
    m_project->setObjectName(QStringLiteral("projectCombo"));
    m_project->setAccessibleName(tr("Project"));
    m_pool->setObjectName(QStringLiteral("poolCombo"));
    m_pool->setAccessibleName(tr("Storage pool"));
    m_network->setObjectName(QStringLiteral("migrationNetworkCombo"));
    m_network->setAccessibleName(tr("Migration network"));
    m_network->setToolTip(tr("An extra NIC the VM uses while it is being migrated."));
    m_nicType->setObjectName(QStringLiteral("migrationNicTypeCombo"));
    m_nicType->setAccessibleName(tr("Migration NIC type"));
    for (const char *t : {"managed", "bridged", "physical"})
        m_nicType->addItem(QString::fromLatin1(t), QString::fromLatin1(t));
    m_vlan->setObjectName(QStringLiteral("migrationVlanEdit"));
    m_vlan->setAccessibleName(tr("Migration VLAN"));
    m_vlan->setPlaceholderText(tr("no VLAN"));
    m_script->setObjectName(QStringLiteral("placementScriptEdit"));
    m_script->setAccessibleName(tr("Placement script"));
    m_script->setPlaceholderText(QString::fromLatin1(kPlaceholderScript));
    m_script->setFont(monospace(font()));
    m_script->setTabChangesFocus(true);
    m_dryRun->setObjectName(QStringLiteral("dryRunButton"));
    m_dryRun->setToolTip(tr("Compute the placement of every selected instance without saving "
                            "anything."));
    m_dryRunResult->setObjectName(QStringLiteral("dryRunTable"));
    m_dryRunResult->setModel(m_dryRunModel);
    m_dryRunResult->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dryRunResult->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dryRunResult->setWordWrap(false);
    m_dryRunResult->verticalHeader()->setVisible(false);
    m_dryRunResult->horizontalHeader()->setStretchLastSection(true);
    m_dryRunResult->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_dryRunResult->setAlternatingRowColors(true);
    m_dryRunResult->hide();

    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_retry);
    auto *networkRow = new QHBoxLayout;
    networkRow->addWidget(m_network, 2);
    networkRow->addWidget(m_nicType, 1);
    networkRow->addWidget(m_vlan, 1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *targetLabel = new QLabel(tr("&Target:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, targetRow);
    form->addRow(QString(), m_busy);
    form->addRow(QString(), m_status);
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("Storage &pool:"), m_pool);
    // A clustered target: the member the VMs land on (defaults.placement.target_member).
    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("memberCombo"));
    m_member->setAccessibleName(tr("Cluster member"));
    m_memberLabel = new QLabel(tr("Cluster &member:"), this);
    m_memberLabel->setBuddy(m_member);
    form->addRow(m_memberLabel, m_member);
    m_member->hide();
    m_memberLabel->hide();
    auto *networkLabel = new QLabel(tr("&Migration network:"), this);
    networkLabel->setBuddy(m_network);
    form->addRow(networkLabel, networkRow);
    auto *scriptBox = new QGroupBox(tr("Placement script (JavaScript)"), this);
    auto *scriptLayout = new QVBoxLayout(scriptBox);
    scriptLayout->addWidget(m_script, 1);
    scriptLayout->addWidget(m_scriptProblem);
    auto *dryRow = new QHBoxLayout;
    dryRow->addStretch(1);
    dryRow->addWidget(m_dryRun);
    scriptLayout->addLayout(dryRow);
    scriptLayout->addWidget(m_dryRunResult, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scriptBox, 1);

    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        if (m_initialized)
            reload();
    });
    connect(m_retry, &QPushButton::clicked, this, &BatchPlacementPage::reload);
    connect(m_project, &QComboBox::currentIndexChanged, this, &BatchPlacementPage::fillNetworks);
    connect(m_dryRun, &QPushButton::clicked, this, &BatchPlacementPage::dryRun);
    connect(
        m_script, &QPlainTextEdit::textChanged, this, [this] { showProblem(m_scriptProblem, {}); });
    connect(m_network, &QComboBox::currentIndexChanged, this, [this] {
        const bool any = !m_network->currentData().toString().isEmpty();
        m_nicType->setEnabled(any);
        m_vlan->setEnabled(any);
    });
}

BatchPlacementPage::~BatchPlacementPage() = default;

void BatchPlacementPage::initializePage()
{
    if (m_initialized)
        return;
    m_target->clear();
    if (auto targets = TargetRepository(m_wizard->context().gui.database).all())
        for (const Target &t : std::as_const(*targets))
            m_target->addItem(themedIcon(QStringLiteral("targets")), t.name, t.name);
    m_initialized = true;
    if (m_target->count() == 0) {
        m_status->setText(tr("No target is registered: the batch is saved without one. Add a "
                             "target before starting it."));
        for (QWidget *w : QWidgetList {m_project, m_pool, m_network, m_nicType, m_vlan})
            w->setEnabled(false);
        return;
    }
    reload();
}

void BatchPlacementPage::reload()
{
    const QString name = m_target->currentData().toString();
    if (name.isEmpty())
        return;
    const int generation = ++m_loadGeneration;
    m_loaded = false;
    m_loading = true;
    m_loadError.clear();
    m_busy->show();
    m_retry->hide();
    m_status->setPalette(QPalette());
    m_status->setText(tr("Reading the projects, pools and networks of %1…").arg(name));
    for (QWidget *w : QWidgetList {m_project, m_pool, m_network})
        w->setEnabled(false);
    Q_EMIT completeChanged();
    TargetRefresher refresh = m_wizard->context().refreshTarget;
    runInBackground(
        this, [refresh, name] { return refresh(name); },
        [this, generation, name](const Result<Target> &target) {
            if (generation != m_loadGeneration)
                return; // another target was chosen meanwhile
            m_loading = false;
            m_busy->hide();
            QString problem;
            if (!target)
                problem = target.error().message;
            else if (target->connectivityStatus != connectivity::Ok)
                problem = target->statusDetail.isEmpty() ? target->connectivityStatus
                                                         : target->statusDetail;
            if (!problem.isEmpty()) {
                m_loadError = problem;
                m_status->setPalette(errorPalette(m_status->palette()));
                m_status->setText(tr("%1 could not be read: %2").arg(name, problem));
                m_retry->show();
                Q_EMIT completeChanged();
                return;
            }
            m_inventory = TargetInventory::fromJson(target->inventory);
            m_loaded = true;
            m_status->setText(
                tr("%1 offers %2 and %3.")
                    .arg(name,
                        m_inventory.projects.size() == 1
                            ? tr("1 project")
                            : tr("%1 projects").arg(m_inventory.projects.size()),
                        m_inventory.storagePools.size() == 1
                            ? tr("1 storage pool")
                            : tr("%1 storage pools").arg(m_inventory.storagePools.size())));
            fillFromInventory();
            Q_EMIT completeChanged();
        });
}

void BatchPlacementPage::fillFromInventory()
{
    const QString project = m_project->currentText();
    const QString pool = m_pool->currentText();
    m_project->clear();
    for (const incus::Project &p : std::as_const(m_inventory.projects))
        m_project->addItem(p.name, p.name);
    m_pool->clear();
    for (const incus::StoragePool &p : std::as_const(m_inventory.storagePools))
        m_pool->addItem(p.driver.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.driver), p.name);
    const auto select = [](QComboBox *box, const QString &preferred) {
        int i = box->findData(preferred);
        if (i < 0)
            i = box->findData(QStringLiteral("default"));
        box->setCurrentIndex(qMax(0, i));
    };
    select(m_project, project);
    select(m_pool, pool);
    const QString member = m_member->currentData().toString();
    m_member->clear();
    m_member->addItem(tr("Any member"), QString());
    for (const incus::ClusterMember &m : std::as_const(m_inventory.members))
        m_member->addItem(tr("%1 (%2)").arg(m.name, m.status), m.name);
    m_member->setCurrentIndex(qMax(0, m_member->findData(member)));
    m_member->setVisible(m_inventory.clustered);
    m_memberLabel->setVisible(m_inventory.clustered);
    for (QWidget *w : QWidgetList {m_project, m_pool, m_network})
        w->setEnabled(true);
    fillNetworks();
}

void BatchPlacementPage::fillNetworks()
{
    const QString current = m_network->currentData().toString();
    m_network->clear();
    m_network->addItem(tr("None"), QString());
    for (const incus::Network &n : m_inventory.networks.value(project()))
        m_network->addItem(n.type.isEmpty() ? n.name : tr("%1 (%2)").arg(n.name, n.type), n.name);
    m_network->setCurrentIndex(qMax(0, m_network->findData(current)));
}

QString BatchPlacementPage::target() const
{
    return m_target->currentData().toString();
}

QString BatchPlacementPage::project() const
{
    const QString p = m_project->currentData().toString();
    return p.isEmpty() ? QStringLiteral("default") : p;
}

QString BatchPlacementPage::pool() const
{
    const QString p = m_pool->currentData().toString();
    return p.isEmpty() ? QStringLiteral("default") : p;
}

QString BatchPlacementPage::member() const
{
    return m_inventory.clustered ? m_member->currentData().toString() : QString();
}

QVector<batch::MigrationNetwork> BatchPlacementPage::migrationNetworks() const
{
    const QString network = m_network->currentData().toString();
    if (network.isEmpty())
        return {};
    batch::MigrationNetwork n;
    n.network = network;
    n.nicType = m_nicType->currentData().toString();
    n.vlan = m_vlan->text().trimmed();
    return {n};
}

QString BatchPlacementPage::script() const
{
    return m_script->toPlainText().trimmed().isEmpty() ? QString() : m_script->toPlainText();
}

bool BatchPlacementPage::isComplete() const
{
    return m_target->count() == 0 || m_loaded;
}

bool BatchPlacementPage::validatePage()
{
    for (const batch::MigrationNetwork &n : migrationNetworks())
        if (const QString bad = validatePlacement(NetworkPlacement {n.network, n.nicType, n.vlan});
            !bad.isEmpty()) {
            showProblem(m_scriptProblem, tr("Migration network: %1").arg(bad));
            return false;
        }
    if (script().isEmpty())
        return true;
    if (!batch::placementScriptsAvailable()) {
        showProblem(m_scriptProblem, tr("This build of Ferry cannot run placement scripts."));
        return false;
    }
    if (auto problem = batch::checkPlacementScript(script())) {
        showProblem(m_scriptProblem,
            problem->line > 0 ? tr("Line %1: %2").arg(problem->line).arg(problem->message)
                              : problem->message);
        return false;
    }
    return true;
}

void BatchPlacementPage::dryRun()
{
    if (!validatePage())
        return;
    m_dryRun->setEnabled(false);
    m_dryRunModel->clear();
    m_dryRunResult->show();
    const batch::BatchDocument doc = m_wizard->document();
    const auto db = m_wizard->context().gui.database;
    runInBackground(
        this, [db, doc] { return batch::BatchService(db).planDraft(doc); },
        [this](const Result<QVector<batch::PlannedInstance>> &planned) {
            m_dryRun->setEnabled(true);
            if (!planned) {
                showProblem(m_scriptProblem, planned.error().message);
                return;
            }
            QVector<DryRunModel::Row> rows;
            for (const batch::PlannedInstance &p : *planned) {
                const batch::InstancePlacement &pl = p.placement;
                QStringList pools;
                for (auto it = pl.storagePools.cbegin(); it != pl.storagePools.cend(); ++it)
                    pools << it.value();
                pools.removeDuplicates();
                QStringList networks;
                for (auto it = pl.networks.cbegin(); it != pl.networks.cend(); ++it)
                    networks << tr("%1 → %2").arg(it.key(), it.value().network);
                for (const QString &mac : pl.unmappedNics)
                    networks << tr("%1: no mapping").arg(mac);
                QStringList log;
                for (const batch::ScriptLogLine &line : pl.scriptLog)
                    log << tr("%1: %2").arg(line.level, line.message);
                if (!pl.scriptError.isEmpty())
                    log.prepend(tr("error: %1").arg(pl.scriptError));
                rows << DryRunModel::Row {
                    {p.instance.location, pl.target, pl.project, pools.join(QStringLiteral(", ")),
                        networks.join(QStringLiteral(", ")), log.join(QStringLiteral("; "))},
                    !pl.scriptError.isEmpty()};
            }
            const bool none = rows.isEmpty();
            if (none)
                rows << DryRunModel::Row {{tr("The expression selects no instance.")}, false};
            m_dryRunModel->setRows(rows);
            if (!none)
                for (int c = 0; c < DryRunModel::ColumnCount - 1; ++c)
                    m_dryRunResult->resizeColumnToContents(c);
        });
}

} // namespace ferry::gui
