#include "batches/batchwizard.h"

#include "batch/batchrules.h"
#include "batch/placementscript.h"
#include "batch/preflight.h"
#include "batch/windows.h"
#include "batches/batchwizardpages.h"
#include "batches/expressionedit.h"
#include "batches/windowstimeline.h"
#include "common/backgroundtask.h"
#include "common/colors.h"
#include "common/errordialog.h"
#include "common/icons.h"
#include "inventory/networkmapping.h"
#include "secrets/credentialstore.h"
#include "store/batchrepository.h"
#include "store/targetrepository.h"
#include "targets/targetservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

QLabel *problemLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setPalette(errorPalette(label->palette()));
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QProgressBar *busyBar(QWidget *parent, const QString &objectName)
{
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(objectName);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumHeight(6);
    bar->hide();
    return bar;
}

QFont monospace(const QFont &base)
{
    QFont f = base;
    f.setFamilies({QStringLiteral("monospace")});
    f.setStyleHint(QFont::Monospace);
    return f;
}

QDateTime nextFullHourUtc()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC).addSecs(3600);
}

QDateTimeEdit *dateTimeEdit(QWidget *parent, bool optional)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    edit->setFrame(false);
    if (optional) {
        // The minimum stands for "none".
        edit->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
        edit->setSpecialValueText(QCoreApplication::translate("BatchWindowsPage", "None"));
    }
    return edit;
}

const char *const kPlaceholderScript
    = "// Optional. Called for every instance of the batch, for example:\n"
      "// function placement(instance, batch) {\n"
      "//     if (instance.location.includes('/prod/'))\n"
      "//         set_project('production');\n"
      "// }";

} // namespace

// ---------------------------------------------------------------------------------------------
// Name

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

// ---------------------------------------------------------------------------------------------
// Selection

BatchSelectionPage::BatchSelectionPage(BatchWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_editor(new ExpressionEdit(this))
    , m_error(problemLabel(this, QStringLiteral("expressionError")))
    , m_count(new QLabel(this))
    , m_busy(busyBar(this, QStringLiteral("previewBusy")))
    , m_matches(new QListWidget(this))
    , m_more(new QLabel(this))
    , m_preview(new SelectionPreview(this))
{
    setObjectName(QStringLiteral("batchSelectionPage"));
    setTitle(tr("Selection"));
    setSubTitle(tr("An expression chooses the instances, for example <code>location matches "
                   "'/prod/' and len(disks) == 1</code>. Ctrl+Space completes field and "
                   "function names."));
    m_editor->setAccessibleName(tr("Include expression"));
    m_editor->setPlaceholderText(tr("true selects every instance"));
    m_count->setObjectName(QStringLiteral("matchCountLabel"));
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    m_matches->setObjectName(QStringLiteral("matchList"));
    m_matches->setAccessibleName(tr("Matching instances"));
    m_matches->setUniformItemSizes(true);
    m_matches->setSelectionMode(QAbstractItemView::NoSelection);
    m_more->setObjectName(QStringLiteral("moreMatchesLabel"));
    m_more->setForegroundRole(QPalette::PlaceholderText);
    m_more->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("&Include expression:"), this));
    static_cast<QLabel *>(layout->itemAt(0)->widget())->setBuddy(m_editor);
    layout->addWidget(m_editor);
    layout->addWidget(m_error);
    layout->addSpacing(4);
    layout->addWidget(m_count);
    layout->addWidget(m_busy);
    layout->addWidget(m_matches, 1);
    layout->addWidget(m_more);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &BatchSelectionPage::onTextChanged);
    connect(m_preview, &SelectionPreview::invalid, this,
        [this](int offset, int length, const QString &message) {
            if (m_editor->toPlainText().trimmed().isEmpty()) {
                // Nothing typed yet: an invitation, not an error.
                m_editor->clearErrorMarker();
                showProblem(m_error, {});
                m_busy->hide();
                m_count->setText(tr("Type an expression; true selects every instance."));
                Q_EMIT completeChanged();
                return;
            }
            m_editor->setErrorMarker(offset < 0 ? 0 : offset,
                offset < 0 ? int(m_editor->toPlainText().size()) : length, message);
            showProblem(m_error, message);
            m_busy->hide();
            m_matches->setEnabled(false); // what it shows is for an earlier text
            m_count->setText(tr("The expression is not complete."));
            Q_EMIT completeChanged();
        });
    connect(m_preview, &SelectionPreview::valid, this, [this] {
        m_editor->clearErrorMarker();
        showProblem(m_error, {});
        Q_EMIT completeChanged();
    });
    connect(m_preview, &SelectionPreview::started, this, [this] {
        m_busy->show();
        m_count->setText(tr("Counting…"));
    });
    connect(m_preview, &SelectionPreview::finished, this, &BatchSelectionPage::showResult);
}

BatchSelectionPage::~BatchSelectionPage() = default;

void BatchSelectionPage::initializePage()
{
    if (!m_preview->hasData() && !m_loading)
        loadData();
    if (m_editor->toPlainText().isEmpty())
        onTextChanged(); // an empty expression is an error to point at
}

void BatchSelectionPage::loadData()
{
    m_loading = true;
    m_busy->show();
    m_count->setText(tr("Reading the instances…"));
    const auto db = m_wizard->context().gui.database;
    runInBackground(
        this, [db] { return PreviewData::load(db); },
        [this](const Result<std::shared_ptr<const PreviewData>> &loaded) {
            m_loading = false;
            m_busy->hide();
            if (!loaded) {
                m_count->setText(
                    tr("The instances could not be read: %1").arg(loaded.error().message));
                return;
            }
            m_preview->setData(*loaded);
            if (!m_preview->isValid())
                m_count->setText(tr("The expression is not complete."));
        });
}

QString BatchSelectionPage::expression() const
{
    return m_editor->toPlainText().trimmed();
}

void BatchSelectionPage::onTextChanged()
{
    m_matched = -1;
    m_preview->setExpression(m_editor->toPlainText());
    Q_EMIT completeChanged();
}

void BatchSelectionPage::showResult(const PreviewResult &result)
{
    m_busy->hide();
    m_matched = result.matched;
    QString text
        = tr("%Ln of %1 instance(s) match.", nullptr, result.matched).arg(result.evaluated);
    if (result.failures > 0)
        text += QLatin1Char(' ')
            + (result.failures == 1
                    ? tr("The expression failed on one instance: %1").arg(result.firstFailure)
                    : tr("The expression failed on %1 instances, for example %2")
                          .arg(result.failures)
                          .arg(result.firstFailure));
    m_count->setText(text);
    m_matches->setUpdatesEnabled(false);
    m_matches->setEnabled(true);
    m_matches->clear();
    m_matches->addItems(result.sample);
    m_matches->setUpdatesEnabled(true);
    const int hidden = result.matched - int(result.sample.size());
    m_more->setText(tr("… and %1 more").arg(hidden));
    m_more->setVisible(hidden > 0);
    Q_EMIT completeChanged();
}

bool BatchSelectionPage::isComplete() const
{
    return m_preview->isValid() && !expression().isEmpty();
}

// ---------------------------------------------------------------------------------------------
// Windows

BatchWindowsPage::BatchWindowsPage(BatchWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_timeline(new WindowsTimeline(this))
    , m_problem(problemLabel(this, QStringLiteral("windowsProblem")))
{
    setObjectName(QStringLiteral("batchWindowsPage"));
    setTitle(tr("Migration windows"));
    setSubTitle(tr("When the final cut-over may happen (times in UTC). Without windows each "
                   "instance cuts over as soon as its copy is ready. No new instance is "
                   "assigned to a window after its lockout."));
    m_table->setObjectName(QStringLiteral("windowsTable"));
    m_table->setAccessibleName(tr("Migration windows"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Start"), tr("End"), tr("Lockout"), tr("Capacity"), tr("Problem")});
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {110, 140, 140, 140, 90};
    for (int c = 0; c < ProblemColumn; ++c)
        m_table->setColumnWidth(c, widths[c]);

    auto *add = new QPushButton(themedIcon(QStringLiteral("add")), tr("&Add Window"), this);
    add->setObjectName(QStringLiteral("addWindowButton"));
    m_remove = new QPushButton(themedIcon(QStringLiteral("remove")), tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeWindowButton"));
    m_remove->setEnabled(false);
    connect(add, &QPushButton::clicked, this, [this] { addWindow(); });
    connect(m_remove, &QPushButton::clicked, this, &BatchWindowsPage::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] { revalidate(); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    // Tab as laid out: the buttons above the table first.
    setTabOrder(add, m_remove);
    setTabOrder(m_remove, m_table);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_timeline);
    layout->addWidget(m_problem);
    revalidate();
}

BatchWindowsPage::~BatchWindowsPage() = default;

int BatchWindowsPage::addWindow()
{
    const QVector<MigrationWindow> current = windows();
    MigrationWindow w;
    w.name = tr("window%1").arg(current.size() + 1);
    w.start = nextFullHourUtc();
    for (const MigrationWindow &other : current)
        if (other.end.isValid() && other.end > w.start)
            w.start = other.end;
    w.end = w.start.addSecs(3600);
    const int row = m_table->rowCount();
    m_updating = true;
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(w.name);
    m_table->setItem(row, NameColumn, name);
    auto *problem = new QTableWidgetItem;
    problem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, ProblemColumn, problem);
    for (int c : {StartColumn, EndColumn, LockoutColumn}) {
        QDateTimeEdit *edit = dateTimeEdit(m_table, c == LockoutColumn);
        edit->setObjectName(QStringLiteral("windowEdit%1_%2").arg(row).arg(c));
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] { revalidate(); });
        m_table->setCellWidget(row, c, edit);
    }
    auto *capacity = new QSpinBox(m_table);
    capacity->setRange(0, 100000);
    capacity->setSpecialValueText(tr("No limit"));
    capacity->setFrame(false);
    capacity->setToolTip(tr("At most this many instances cut over in this window."));
    connect(capacity, &QSpinBox::valueChanged, this, [this] { revalidate(); });
    m_table->setCellWidget(row, CapacityColumn, capacity);
    m_updating = false;
    setWindow(row, w);
    return row;
}

void BatchWindowsPage::setWindow(int row, const MigrationWindow &w)
{
    m_updating = true;
    m_table->item(row, NameColumn)->setText(w.name);
    static_cast<QDateTimeEdit *>(m_table->cellWidget(row, StartColumn))->setDateTime(w.start);
    static_cast<QDateTimeEdit *>(m_table->cellWidget(row, EndColumn))->setDateTime(w.end);
    auto *lockout = static_cast<QDateTimeEdit *>(m_table->cellWidget(row, LockoutColumn));
    lockout->setDateTime(w.lockout.isValid() ? w.lockout : lockout->minimumDateTime());
    static_cast<QSpinBox *>(m_table->cellWidget(row, CapacityColumn))->setValue(w.capacity);
    m_updating = false;
    revalidate();
}

void BatchWindowsPage::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_table->removeRow(row);
    revalidate();
}

QVector<MigrationWindow> BatchWindowsPage::windows() const
{
    QVector<MigrationWindow> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        MigrationWindow w;
        w.name = m_table->item(row, NameColumn) ? m_table->item(row, NameColumn)->text().trimmed()
                                                : QString();
        const auto *start = static_cast<QDateTimeEdit *>(m_table->cellWidget(row, StartColumn));
        const auto *end = static_cast<QDateTimeEdit *>(m_table->cellWidget(row, EndColumn));
        const auto *lockout = static_cast<QDateTimeEdit *>(m_table->cellWidget(row, LockoutColumn));
        if (!start || !end || !lockout)
            continue;
        w.start = start->dateTime().toUTC();
        w.end = end->dateTime().toUTC();
        if (lockout->dateTime() != lockout->minimumDateTime())
            w.lockout = lockout->dateTime().toUTC();
        w.capacity = static_cast<QSpinBox *>(m_table->cellWidget(row, CapacityColumn))->value();
        out << w;
    }
    return out;
}

QStringList BatchWindowsPage::problems() const
{
    // The rules a batch document's windows follow (ferryctl batch add|edit), one row each.
    const QVector<MigrationWindow> list = windows();
    QVector<QStringList> rows(list.size());
    for (const batch::WindowProblem &p : batch::checkWindows(list))
        rows[p.index] << p.message;
    QStringList out;
    for (const QStringList &row : std::as_const(rows))
        out << row.join(QLatin1Char(' '));
    return out;
}

void BatchWindowsPage::revalidate()
{
    if (m_updating)
        return;
    m_updating = true;
    const QStringList list = problems();
    const QColor bad = errorTextColor(palette());
    for (int row = 0; row < m_table->rowCount() && row < list.size(); ++row) {
        QTableWidgetItem *item = m_table->item(row, ProblemColumn);
        item->setText(list.at(row));
        item->setToolTip(list.at(row));
        item->setForeground(bad);
        item->setIcon(
            list.at(row).isEmpty() ? QIcon() : themedIcon(QStringLiteral("status-error")));
    }
    m_updating = false;
    m_timeline->setWindows(windows(), list);
    showProblem(m_problem, {});
    Q_EMIT completeChanged();
}

bool BatchWindowsPage::isComplete() const
{
    for (const QString &p : problems())
        if (!p.isEmpty())
            return false;
    return true;
}

bool BatchWindowsPage::validatePage()
{
    const QVector<batch::WindowProblem> problems = batch::checkWindows(windows());
    if (problems.isEmpty())
        return true;
    showProblem(m_problem, problems.constFirst().message);
    return false;
}

// ---------------------------------------------------------------------------------------------
// Placement

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
    , m_dryRunResult(new QTreeWidget(this))
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
    m_dryRunResult->setObjectName(QStringLiteral("dryRunTree"));
    m_dryRunResult->setHeaderLabels({tr("Instance"), tr("Target"), tr("Project"),
        tr("Storage pools"), tr("Networks"), tr("Script")});
    m_dryRunResult->setRootIsDecorated(false);
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
    m_dryRunResult->clear();
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
            QList<QTreeWidgetItem *> items;
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
                auto *item = new QTreeWidgetItem(
                    {p.instance.location, pl.target, pl.project, pools.join(QStringLiteral(", ")),
                        networks.join(QStringLiteral(", ")), log.join(QStringLiteral("; "))});
                if (!pl.scriptError.isEmpty())
                    item->setIcon(5, themedIcon(QStringLiteral("status-error")));
                items << item;
            }
            m_dryRunResult->addTopLevelItems(items);
            for (int c = 0; c < m_dryRunResult->columnCount() - 1; ++c)
                m_dryRunResult->resizeColumnToContents(c);
            if (items.isEmpty())
                m_dryRunResult->addTopLevelItem(
                    new QTreeWidgetItem({tr("The expression selects no instance.")}));
        });
}

// ---------------------------------------------------------------------------------------------
// Options

BatchOptionsPage::BatchOptionsPage(BatchWizard *wizard)
    : QWizardPage(wizard)
    , m_retries(new QSpinBox(this))
    , m_unknownOs(new QCheckBox(tr("Allow instances whose &operating system is unknown"), this))
    , m_noIpv4(new QCheckBox(tr("Allow instances without an &IPv4 address"), this))
    , m_noBackgroundImport(
          new QCheckBox(tr("Allow instances that cannot be copied in the &background"), this))
    , m_interval(new QSpinBox(this))
    , m_finalLimit(new QSpinBox(this))
    , m_problem(problemLabel(this, QStringLiteral("optionsProblem")))
{
    setObjectName(QStringLiteral("batchOptionsPage"));
    setTitle(tr("Options"));
    setSubTitle(tr("How failures are retried, which restrictions this batch overrides, and how "
                   "often the disks are topped up while an instance waits for its window."));
    const batch::BatchConfig defaults;
    m_retries->setObjectName(QStringLiteral("retriesSpin"));
    m_retries->setRange(0, 100);
    m_retries->setValue(defaults.postMigrationRetries);
    m_unknownOs->setObjectName(QStringLiteral("allowUnknownOsCheck"));
    m_noIpv4->setObjectName(QStringLiteral("allowNoIpv4Check"));
    m_noBackgroundImport->setObjectName(QStringLiteral("allowNoBackgroundImportCheck"));
    m_interval->setObjectName(QStringLiteral("syncIntervalSpin"));
    m_finalLimit->setObjectName(QStringLiteral("finalSyncLimitSpin"));
    for (QSpinBox *box : {m_interval, m_finalLimit}) {
        box->setRange(1, 7 * 24 * 60);
        box->setSuffix(tr(" min"));
    }
    m_interval->setValue(int(defaults.backgroundSyncIntervalMs / 60000));
    m_finalLimit->setValue(int(defaults.finalBackgroundSyncLimitMs / 60000));
    m_interval->setToolTip(tr("How often the disks are copied again while waiting."));
    m_finalLimit->setToolTip(
        tr("The last top-up happens at most this long before the window; not above the "
           "interval."));

    auto *form = new QFormLayout;
    form->addRow(tr("Post-migration &retries:"), m_retries);
    form->addRow(tr("Background &sync interval:"), m_interval);
    form->addRow(tr("&Final background sync limit:"), m_finalLimit);
    auto *restrictions = new QGroupBox(tr("Restriction overrides"), this);
    auto *rl = new QVBoxLayout(restrictions);
    rl->addWidget(m_unknownOs);
    rl->addWidget(m_noIpv4);
    rl->addWidget(m_noBackgroundImport);
    // Tab as laid out: the form's fields, then the overrides below it.
    const QList<QWidget *> order {
        m_retries, m_interval, m_finalLimit, m_unknownOs, m_noIpv4, m_noBackgroundImport};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(restrictions);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    for (QSpinBox *box : {m_interval, m_finalLimit})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            showProblem(m_problem, problem());
            Q_EMIT completeChanged();
        });
}

BatchOptionsPage::~BatchOptionsPage() = default;

batch::BatchConfig BatchOptionsPage::config() const
{
    batch::BatchConfig c;
    c.postMigrationRetries = m_retries->value();
    c.restrictionOverrides.allowUnknownOs = m_unknownOs->isChecked();
    c.restrictionOverrides.allowNoIpv4 = m_noIpv4->isChecked();
    c.restrictionOverrides.allowNoBackgroundImport = m_noBackgroundImport->isChecked();
    c.backgroundSyncIntervalMs = qint64(m_interval->value()) * 60000;
    c.finalBackgroundSyncLimitMs = qint64(m_finalLimit->value()) * 60000;
    return c;
}

QString BatchOptionsPage::problem() const
{
    const batch::BatchConfig c = config();
    if (!batch::finalSyncLimitValid(c.backgroundSyncIntervalMs, c.finalBackgroundSyncLimitMs))
        return tr("The final background sync limit cannot be longer than the interval.");
    return {};
}

bool BatchOptionsPage::isComplete() const
{
    return problem().isEmpty();
}

// ---------------------------------------------------------------------------------------------
// Pre-flight

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

// ---------------------------------------------------------------------------------------------
// Summary

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

// ---------------------------------------------------------------------------------------------
// The wizard

BatchWizard::BatchWizard(BatchWizardContext context, QWidget *parent)
    : QWizard(parent)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("batchWizard"));
    setWindowTitle(tr("Create Batch"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::FinishButton, tr("&Create"));
    if (!m_context.refreshTarget) {
        auto db = m_context.gui.database;
        auto credentials = m_context.gui.credentials;
        m_context.refreshTarget = [db, credentials](const QString &name) {
            return TargetService(db, credentials, QString()).refresh(name);
        };
    }
    m_name = new BatchNamePage(this);
    m_selection = new BatchSelectionPage(this);
    m_windows = new BatchWindowsPage(this);
    m_placement = new BatchPlacementPage(this);
    m_options = new BatchOptionsPage(this);
    m_preflight = new BatchPreflightPage(this);
    m_summary = new BatchSummaryPage(this);
    setPage(NamePage, m_name);
    setPage(SelectionPage, m_selection);
    setPage(WindowsPage, m_windows);
    setPage(PlacementPage, m_placement);
    setPage(OptionsPage, m_options);
    setPage(PreflightPage, m_preflight);
    setPage(SummaryPage, m_summary);
    resize(860, 640);
}

BatchWizard::~BatchWizard() = default;

batch::BatchDocument BatchWizard::document() const
{
    batch::BatchDocument doc;
    Batch &b = doc.batch;
    b.name = m_name->name();
    b.includeExpression = m_selection->expression();
    b.windows = m_windows->windows();
    doc.targetName = m_placement->target();
    b.defaultProject = m_placement->project();
    b.defaultPool = m_placement->pool();
    b.migrationNetwork = batch::MigrationNetwork::listToJson(m_placement->migrationNetworks());
    batch::BatchConfig config = m_options->config();
    config.placementScriptlet = m_placement->script();
    b.config = config.toJson();
    return doc;
}

QByteArray BatchWizard::yaml() const
{
    return batch::emitBatchYaml(document());
}

void BatchWizard::accept()
{
    if (m_creating || !m_created.isEmpty())
        return;
    m_creating = true;
    button(QWizard::FinishButton)->setEnabled(false);
    const QByteArray yaml = this->yaml();
    const QString name = m_name->name();
    const bool start = m_summary->startNow();
    const auto db = m_context.gui.database;
    struct Outcome
    {
        Result<Batch> created;
        std::optional<Error> startError;
    };
    runInBackground(
        this,
        [db, yaml, name, start]() {
            batch::BatchService service(db);
            Outcome out {service.addFromYaml(yaml, name), std::nullopt};
            if (out.created && start)
                if (auto started = service.start(name); !started)
                    out.startError = started.error();
            return out;
        },
        [this, name](const Outcome &out) {
            m_creating = false;
            if (!out.created) {
                button(QWizard::FinishButton)->setEnabled(true);
                ErrorDialog::showError(this, tr("The batch was not created."), out.created.error());
                return;
            }
            m_created = name;
            if (m_context.gui.events)
                Q_EMIT m_context.gui.events->batchesChanged();
            Q_EMIT batchCreated(name);
            if (out.startError) {
                ErrorDialog *dialog = ErrorDialog::showError(parentWidget() ? parentWidget() : this,
                    tr("The batch %1 was created but did not start.").arg(name), *out.startError);
                Q_UNUSED(dialog);
            }
            QWizard::accept();
        });
}

} // namespace ferry::gui
