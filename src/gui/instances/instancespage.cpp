#include "instances/instancespage.h"

#include "common/backgroundtask.h"
#include "common/colors.h"
#include "common/columnchooser.h"
#include "common/dataevents.h"
#include "common/emptystatewidget.h"
#include "common/errordialog.h"
#include "common/icons.h"
#include "common/recordtable.h"
#include "expr/expression.h"
#include "instances/instancedetailswidget.h"
#include "instances/instanceoverridesdialog.h"
#include "instances/instancesloader.h"
#include "instances/instancesmodel.h"
#include "store/instancerepository.h"
#include "store/sourcerepository.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {
const auto kSplitterKey = QStringLiteral("InstancesPage/splitter");
} // namespace

InstancesPage::InstancesPage(GuiContext context, EmptyStateWidget *emptyState, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_model(new InstancesModel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(emptyState)
    , m_content(new QWidget(this))
    , m_filter(new QLineEdit(m_content))
    , m_count(new QLabel(m_content))
    , m_view(new QTableView(m_content))
    , m_splitter(new QSplitter(Qt::Vertical, m_content))
    , m_details(new InstanceDetailsWidget(m_splitter))
    , m_filterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("instancesPage"));

    m_filter->setObjectName(QStringLiteral("instanceFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter: location or expression…"));
    m_filter->setAccessibleName(tr("Filter instances"));
    m_filter->setToolTip(tr("Text shows the instances whose inventory path contains it; an "
                            "expression of the selection language (for example cpus >= 4 and "
                            "os_type == \"linux\") shows the instances it selects, as ferryctl "
                            "instance list --filter does."));
    m_filterHelp = m_filter->toolTip();
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(themedIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_filter->setMaximumWidth(360);
    m_filter->setMinimumWidth(240);
    m_count->setObjectName(QStringLiteral("instanceCountLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_filterError = new QLabel(m_content);
    m_filterError->setObjectName(QStringLiteral("instanceFilterErrorLabel"));
    m_filterError->setVisible(false);
    m_filterError->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_filterError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(120);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &InstancesPage::applyFilter);

    m_view->setObjectName(QStringLiteral("instancesView"));
    m_view->setAccessibleName(tr("Instances"));
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    m_view->setSortingEnabled(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicator(InstancesModel::LocationColumn, Qt::AscendingOrder);
    const int widths[] = {280, 60, 220, 130, 170, 50, 80, 120, 130, 170};
    for (int column = 0; column < InstancesModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    // What blocks a migration matters more than the two flags: shown before them by default
    // (people can drag columns; the order is remembered).
    header->moveSection(header->visualIndex(InstancesModel::RestrictionsColumn),
        header->visualIndex(InstancesModel::BackgroundImportColumn));

    m_columns = new ColumnChooser(header, QStringLiteral("InstancesPage/header"),
        {InstancesModel::UuidColumn}, {InstancesModel::LocationColumn});

    m_splitter->setObjectName(QStringLiteral("instancesSplitter"));
    m_splitter->insertWidget(0, m_view);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    if (!m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({330, 300});
    connect(m_splitter, &QSplitter::splitterMoved, this,
        [this] { QSettings().setValue(kSplitterKey, m_splitter->saveState()); });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 6);
    bar->setSpacing(12);
    bar->addWidget(m_filter);
    bar->addWidget(m_count);
    bar->addWidget(m_filterError, 1);
    bar->addStretch(1);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(m_splitter, 1);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &InstancesPage::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InstancesPage::updateDetails);
    connect(m_view, &QTableView::doubleClicked, this, [this] { editOverrides(); });
    connect(m_details, &InstanceDetailsWidget::editOverridesRequested, this,
        [this] { editOverrides(); });
    if (m_context.events)
        connect(m_context.events, &DataEvents::inventoryChanged, this, &InstancesPage::reload);
    updateCount();
}

InstancesPage::~InstancesPage() = default;

void InstancesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce && !m_loading)
        reload();
}

void InstancesPage::reload()
{
    if (m_loading) {
        m_reloadPending = true;
        return;
    }
    m_loading = true;
    m_reloadPending = false;
    m_filterSnapshot.reset();
    ++m_snapshotEpoch;
    updateCount();
    const quint64 generation = ++m_generation;
    const auto db = m_context.database;
    runInBackground(
        this, [db]() { return loadInstances(db); },
        [this, generation](const std::shared_ptr<LoadedInstances> &result) {
            if (generation == m_generation)
                onLoaded(result);
        });
}

void InstancesPage::onLoaded(const std::shared_ptr<LoadedInstances> &result)
{
    m_loading = false;
    m_loadedOnce = true;
    if (!result->error.isEmpty()) {
        ErrorDialog::showError(this, tr("The instances could not be read."),
            Error(Error::Code::Database, result->error, result->errorDetails));
    } else {
        const qint64 selected = selectedId();
        m_model->setRows(std::move(result->rows), std::move(result->ranks));
        selectInstance(selected);
        if (selectedId() == 0 && m_model->rowCount() > 0)
            m_view->selectRow(0);
        // An expression's matches are ids: new rows need a new evaluation.
        if (m_model->isExpressionFilter())
            applyFilter();
    }
    m_stack->setCurrentWidget(
        m_model->totalCount() > 0 ? m_content : static_cast<QWidget *>(m_emptyState));
    updateCount();
    Q_EMIT loaded(m_model->totalCount());
    if (m_reloadPending)
        reload();
}

qint64 InstancesPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const InstanceRow *row = m_model->rowAt(rows.constFirst().row());
    return row ? row->id : 0;
}

void InstancesPage::selectInstance(qint64 id)
{
    if (id == 0)
        return;
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, InstancesModel::LocationColumn));
}

struct FilterSnapshot
{
    QVector<Instance> instances;
    QHash<qint64, QString> sourceNames;
    QHash<qint64, QString> sourceTypes;
};

namespace {
struct FilterResult
{
    std::shared_ptr<QSet<qint64>> ids = std::make_shared<QSet<qint64>>();
    QString error; // the first instance that could not be evaluated, and why
    std::shared_ptr<const FilterSnapshot> snapshot;
    bool stale = false;
};

Result<std::shared_ptr<const FilterSnapshot>> loadFilterSnapshot(
    const std::shared_ptr<Database> &db)
{
    auto snapshot = std::make_shared<FilterSnapshot>();
    auto all = InstanceRepository(db).all();
    if (!all)
        return all.error();
    snapshot->instances = std::move(*all);
    if (auto sources = SourceRepository(db).all()) {
        for (const Source &s : std::as_const(*sources)) {
            snapshot->sourceNames.insert(s.id, s.name);
            snapshot->sourceTypes.insert(s.id, s.sourceType);
        }
    }
    return std::shared_ptr<const FilterSnapshot>(std::move(snapshot));
}
} // namespace

void InstancesPage::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    const quint64 generation = ++m_filterGeneration;
    m_filterProblem.clear();
    auto showFiltered = [this](const std::function<void()> &apply) {
        const qint64 selected = selectedId();
        apply();
        selectInstance(selected);
        // The selection went with the filter: show the first match instead.
        if (selectedId() == 0 && m_model->rowCount() > 0)
            m_view->selectRow(0);
        updateCount();
    };
    auto compiled = text.isEmpty() ? Result<expr::Expression>(Error(Error::Code::Internal, {}))
                                   : expr::compileFilter(text);
    if (!text.isEmpty() && !compiled) {
        // compileFilter() takes text that is no expression as a location search, so this is an
        // expression with a mistake: say where, and keep what is shown.
        m_filterProblem = compiled.error().message;
        updateCount();
        return;
    }
    if (text.isEmpty() || compiled->isLocationAlias()) {
        // Plain text: the model's own quick location search, on this thread.
        showFiltered([this, text] { m_model->setFilterText(text); });
        return;
    }
    // An expression needs whole instances (disks, NICs, overrides): evaluated on a worker
    // against the database; a newer keystroke makes this result stale and it is dropped.
    m_filterRunning = true;
    updateCount();
    m_filterLatest->store(generation);
    const auto db = m_context.database;
    const expr::Expression expression = *compiled;
    const auto latest = m_filterLatest;
    const quint64 epoch = m_snapshotEpoch;
    runInBackground(
        this,
        [db, expression, latest, generation, snapshot = m_filterSnapshot]() {
            FilterResult r;
            r.snapshot = snapshot;
            if (!r.snapshot) {
                auto loaded = loadFilterSnapshot(db);
                if (!loaded) {
                    r.error = loaded.error().message;
                    return r;
                }
                r.snapshot = *loaded;
            }
            int n = 0;
            for (const Instance &i : std::as_const(r.snapshot->instances)) {
                // A newer keystroke: this result would be dropped, so stop.
                if (++n % 4096 == 0 && latest->load() != generation) {
                    r.stale = true;
                    return r;
                }
                expr::EvalContext context;
                context.source = r.snapshot->sourceNames.value(i.sourceId);
                context.sourceType = r.snapshot->sourceTypes.value(i.sourceId);
                auto match = expression.matches(i, context);
                if (!match) {
                    if (r.error.isEmpty())
                        r.error = QStringLiteral("%1: %2").arg(i.location, match.error().message);
                    continue;
                }
                if (*match)
                    r.ids->insert(i.id);
            }
            return r;
        },
        [this, generation, epoch, text, showFiltered](const FilterResult &r) {
            // Kept for the next keystroke unless a reload came in between.
            if (r.snapshot && epoch == m_snapshotEpoch)
                m_filterSnapshot = r.snapshot;
            if (generation != m_filterGeneration || r.stale)
                return;
            m_filterRunning = false;
            m_filterProblem = r.error;
            showFiltered([&] { m_model->setFilterIds(text, r.ids); });
        });
}

bool InstancesPage::isFiltering() const
{
    return m_filterRunning || m_filterTimer->isActive();
}

void InstancesPage::setFilterDelay(int ms)
{
    m_filterTimer->setInterval(ms);
}

void InstancesPage::updateCount()
{
    const int total = m_model->totalCount();
    const int shown = m_model->rowCount();
    QString text;
    if (m_loading && total == 0)
        text = tr("Loading…");
    else if (m_model->filterText().isEmpty())
        text = tr("%Ln instance(s)", nullptr, total);
    else
        text = tr("%L1 of %Ln instance(s) match", nullptr, total).arg(shown);
    if (m_filterRunning)
        text = tr("Filtering…");
    m_count->setText(text);
    // A mistake in an expression, or an instance it could not be evaluated for, shows in
    // the error colour next to the count and on the field.
    // The label shows the first clause ("column 15: unknown field 'colour'"); the whole text
    // (which may list every field) is in its tool tip. It never widens the window.
    // Coloured when shown, so a theme chosen after the page was built is followed.
    m_filterError->setPalette(errorPalette(palette()));
    m_filterError->setText(m_filterProblem.section(QLatin1Char(';'), 0, 0));
    m_filterError->setToolTip(m_filterProblem);
    m_filterError->setVisible(!m_filterProblem.isEmpty());
    m_filter->setToolTip(m_filterProblem.isEmpty() ? m_filterHelp : m_filterProblem);
}

void InstancesPage::updateDetails()
{
    const qint64 id = selectedId();
    if (id == 0) {
        m_details->clear(m_model->rowCount() == 0 && m_model->totalCount() > 0
                ? tr("No instance matches the filter.")
                : QString());
        return;
    }
    if (m_details->hasInstance() && m_details->instance().id == id)
        return;
    // One instance with its disks and NICs: a keyed read, quick enough for the GUI thread.
    auto instance = InstanceRepository(m_context.database).byId(id);
    if (!instance) {
        m_details->clear(instance.error().message);
        return;
    }
    const InstanceRow *row = m_model->rowAt(m_model->rowOfId(id));
    m_details->setInstance(*instance, row ? row->source : QString());
}

InstanceOverridesDialog *InstancesPage::editOverrides()
{
    const qint64 id = selectedId();
    if (id == 0)
        return nullptr;
    if (m_overridesDialog) {
        m_overridesDialog->raise();
        return m_overridesDialog;
    }
    if (!m_details->hasInstance() || m_details->instance().id != id)
        updateDetails();
    if (!m_details->hasInstance())
        return nullptr;
    const Instance instance = m_details->instance();
    auto *dialog = new InstanceOverridesDialog(instance, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_overridesDialog = dialog;
    connect(dialog, &InstanceOverridesDialog::saveRequested, this,
        [this, dialog, id](const InstanceOverrides &overrides) {
            dialog->setSaving(true);
            const auto db = m_context.database;
            // The write may wait for a sync's transaction: off the GUI thread.
            runInBackground(
                dialog,
                [db, id, overrides]() -> Result<Instance> {
                    InstanceRepository repo(db);
                    if (Status st = repo.setOverrides(id, overrides); !st)
                        return st.error();
                    return repo.byId(id);
                },
                [this, dialog](const Result<Instance> &result) {
                    dialog->setSaving(false);
                    if (!result) {
                        dialog->showSaveError(result.error().message);
                        return;
                    }
                    const InstanceRow *old = m_model->rowAt(m_model->rowOfId(result->id));
                    const QString source = old ? old->source : QString();
                    InstanceRowBuilder builder;
                    m_model->updateRow(builder.build(*result, source));
                    m_details->setInstance(*result, source);
                    // Expressions can read overrides: the next one reads afresh, and one in the
                    // search box now is evaluated again.
                    m_filterSnapshot.reset();
                    ++m_snapshotEpoch;
                    if (!m_filter->text().trimmed().isEmpty())
                        applyFilter();
                    selectInstance(result->id);
                    dialog->accept();
                });
        });
    dialog->open();
    return dialog;
}

} // namespace ferry::gui
