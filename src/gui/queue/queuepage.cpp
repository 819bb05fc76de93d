#include "queue/queuepage.h"

#include "common/backgroundtask.h"
#include "common/colors.h"
#include "common/emptystatewidget.h"
#include "common/errordialog.h"
#include "common/iconlabel.h"
#include "common/icons.h"
#include "common/recordtable.h"
#include "engine/queueactions.h"
#include "queue/enginecontroller.h"
#include "queue/enginespanel.h"
#include "queue/progressdelegate.h"
#include "queue/queuedetailswidget.h"
#include "queue/queuemodel.h"
#include "queue/queuenotifier.h"
#include "queue/queuepresentation.h"
#include "queue/queuesummarywidget.h"
#include "queue/throughputchart.h"
#include "store/changefeed.h"
#include "store/queuerepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

const auto kSplitterKey = QStringLiteral("QueuePage/splitter");
// v2: the Engine column (issue 15) moved the columns after Target.
const auto kHeaderKey = QStringLiteral("QueuePage/header/v2");
const auto kEnginesKey = QStringLiteral("QueuePage/enginesShown");
constexpr int kPollMs = 1000;
// With notifications (PostgreSQL) a change is read within a moment of its commit; the polling
// stays, slower, for the progress of other engines' copies (not notified: too many writes) and
// in case a notification is lost.
constexpr int kNotifiedPollMs = 2000;

} // namespace

QueuePage::QueuePage(
    GuiContext context, EmptyStateWidget *emptyState, EngineController *engine, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_engine(engine)
    , m_model(new QueueModel(this))
    , m_filter(new QueueFilterModel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(emptyState)
    , m_content(new QWidget(this))
    , m_batchFilter(new QComboBox(m_content))
    , m_statusFilter(new QComboBox(m_content))
    , m_count(new QLabel(m_content))
    , m_engineIcon(new IconLabel(m_content))
    , m_engineLabel(new QLabel(m_content))
    , m_messageBar(new QWidget(m_content))
    , m_messageIcon(new IconLabel(m_messageBar))
    , m_messageLabel(new QLabel(m_messageBar))
    , m_enginesButton(new QToolButton(m_content))
    , m_feed(new ChangeFeed(m_context.database, this))
    , m_engines(new EnginesPanel(m_context, m_feed, m_content))
    , m_summary(new QueueSummaryWidget(m_content))
    , m_chart(new ThroughputChart(m_content))
    , m_view(new QTableView(m_content))
    , m_splitter(new QSplitter(Qt::Vertical, m_content))
    , m_details(new QueueDetailsWidget(m_splitter))
    , m_notifier(new QueueNotifier(this))
    , m_poll(new QTimer(this))
    , m_soon(new QTimer(this))
{
    setObjectName(QStringLiteral("queuePage"));
    m_filter->setSourceModel(m_model);

    // Filter bar: batch, status, count; the engine's state on the right.
    m_batchFilter->setObjectName(QStringLiteral("queueBatchFilter"));
    m_batchFilter->setAccessibleName(tr("Batch"));
    m_batchFilter->setMinimumContentsLength(10);
    m_batchFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_batchFilter->addItem(tr("All batches"), qint64(0));
    m_statusFilter->setObjectName(QStringLiteral("queueStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Status"));
    for (int g = 0; g < queuetext::kStatusGroupCount; ++g)
        m_statusFilter->addItem(queuetext::groupTitle(static_cast<queuetext::StatusGroup>(g)), g);
    connect(m_batchFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setBatchId(m_batchFilter->currentData().toLongLong());
        updateCount();
        updateDetails();
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatusGroup(
            static_cast<queuetext::StatusGroup>(m_statusFilter->currentData().toInt()));
        updateCount();
        updateDetails();
    });
    m_count->setObjectName(QStringLiteral("queueCountLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_engineLabel->setObjectName(QStringLiteral("queueEngineLabel"));
    m_engineLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 6);
    bar->setSpacing(8);
    auto *batchLabel = new QLabel(tr("&Batch:"), m_content);
    batchLabel->setBuddy(m_batchFilter);
    auto *statusLabel = new QLabel(tr("S&tatus:"), m_content);
    statusLabel->setBuddy(m_statusFilter);
    bar->addWidget(batchLabel);
    bar->addWidget(m_batchFilter);
    bar->addSpacing(8);
    bar->addWidget(statusLabel);
    bar->addWidget(m_statusFilter);
    bar->addSpacing(8);
    bar->addWidget(m_count);
    bar->addSpacing(8);
    // The engine's state takes the room that is left, right-aligned, and may be cut short in a
    // narrow window (its tool tip has it whole).
    m_engineLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_engineLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    bar->addWidget(m_engineLabel, 1);
    bar->addWidget(m_engineIcon);

    // The Engines panel, folded under a line of its own ("▸ Engines (3, 1 late)"): opened and
    // closed there, remembered; at first open when more than one engine shares the database.
    m_enginesButton->setObjectName(QStringLiteral("queueEnginesButton"));
    m_enginesButton->setAutoRaise(true);
    m_enginesButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_enginesButton->setArrowType(Qt::RightArrow);
    m_enginesButton->setAccessibleName(tr("Show the engines"));
    m_enginesButton->setToolTip(
        tr("Show or hide the engines sharing this database: host, heartbeat, entries"));
    m_enginesButton->setText(m_engines->buttonText());
    auto *enginesRow = new QHBoxLayout;
    enginesRow->setContentsMargins(4, 0, 8, 0);
    enginesRow->addWidget(m_enginesButton);
    enginesRow->addStretch(1);

    // Messages: notifications without a tray, problems of actions.
    m_messageBar->setObjectName(QStringLiteral("queueMessageBar"));
    m_messageLabel->setObjectName(QStringLiteral("queueMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(m_messageBar);
    close->setObjectName(QStringLiteral("queueMessageClose"));
    close->setAutoRaise(true);
    close->setText(tr("Dismiss"));
    connect(close, &QToolButton::clicked, m_messageBar, &QWidget::hide);
    auto *messageLayout = new QHBoxLayout(m_messageBar);
    messageLayout->setContentsMargins(10, 4, 6, 4);
    messageLayout->addWidget(m_messageIcon);
    messageLayout->addWidget(m_messageLabel, 1);
    messageLayout->addWidget(close);
    m_messageBar->setAutoFillBackground(true);
    m_messageBar->setBackgroundRole(QPalette::AlternateBase);
    m_messageBar->hide();

    // Summary per batch and the chart.
    auto *top = new QHBoxLayout;
    top->setContentsMargins(10, 4, 10, 8);
    top->setSpacing(16);
    top->addWidget(m_summary, 3, Qt::AlignTop);
    m_chart->setMinimumWidth(180);
    m_chart->setMaximumHeight(130);
    top->addWidget(m_chart, 2);

    // The table.
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setAccessibleName(tr("Queue"));
    m_view->setModel(m_filter);
    m_view->setItemDelegateForColumn(QueueModel::ProgressColumn, new ProgressDelegate(m_view));
    setUpRecordTable(m_view);
    m_view->setSortingEnabled(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicator(-1, Qt::AscendingOrder);
    const int widths[] = {190, 240, 140, 90, 90, 100, 90, 180, 260, 140, 200};
    for (int c = 0; c < QueueModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    header->restoreState(QSettings().value(kHeaderKey).toByteArray());
    connect(header, &QHeaderView::sectionResized, this,
        [header] { QSettings().setValue(kHeaderKey, header->saveState()); });

    m_splitter->setObjectName(QStringLiteral("queueSplitter"));
    m_splitter->insertWidget(0, m_view);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    if (!m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({260, 260});
    connect(m_splitter, &QSplitter::splitterMoved, this,
        [this] { QSettings().setValue(kSplitterKey, m_splitter->saveState()); });

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(m_messageBar);
    contentLayout->addLayout(enginesRow);
    contentLayout->addWidget(m_engines);
    contentLayout->addLayout(top);
    contentLayout->addWidget(m_splitter, 1);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &QueuePage::updateDetails);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &QueuePage::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &from, const QModelIndex &to) {
            const int row = m_model->rowOfId(m_details->entryId());
            if (row >= from.row() && row <= to.row())
                updateDetails();
        });
    connect(m_details, &QueueDetailsWidget::cancelRequested, this, &QueuePage::cancelEntry);
    connect(m_details, &QueueDetailsWidget::retryRequested, this, &QueuePage::retryEntry);
    connect(m_details, &QueueDetailsWidget::resolveRequested, this, &QueuePage::resolveEntry);
    connect(m_notifier, &QueueNotifier::inWindowMessage, this,
        [this](QueueNotifier::Kind kind, const QString &title, const QString &text) {
            showMessage(tr("%1: %2").arg(title, text), kind == QueueNotifier::Kind::EntryFailed);
        });

    const QVariant shown = QSettings().value(kEnginesKey);
    showEngines(shown.toBool());
    connect(m_enginesButton, &QToolButton::clicked, this, [this] {
        const bool on = !enginesShown();
        showEngines(on);
        QSettings().setValue(kEnginesKey, on);
        if (on)
            m_engines->reload();
    });
    connect(m_engines, &EnginesPanel::loaded, this, [this, shown](int engines) {
        m_enginesButton->setText(m_engines->buttonText());
        if (!shown.isValid() && engines > 1 && !m_enginesShownOnce) {
            m_enginesShownOnce = true;
            showEngines(true);
        }
    });

    m_poll->setInterval(m_feed->isActive() ? kNotifiedPollMs : kPollMs);
    connect(m_poll, &QTimer::timeout, this, &QueuePage::reload);
    connect(m_feed, &ChangeFeed::activeChanged, this,
        [this](bool active) { m_poll->setInterval(active ? kNotifiedPollMs : kPollMs); });
    connect(m_feed, &ChangeFeed::changed, this, [this] { m_soon->start(); });
    m_soon->setSingleShot(true);
    m_soon->setInterval(150);
    connect(m_soon, &QTimer::timeout, this, &QueuePage::reload);
    if (m_engine) {
        connect(m_engine, &EngineController::entryChanged, m_soon, qOverload<>(&QTimer::start));
        connect(m_engine, &EngineController::progress, m_model, &QueueModel::applyProgress);
        connect(m_engine, &EngineController::stateChanged, this, &QueuePage::updateEngineStatus);
    }
    m_poll->start();
    updateEngineStatus();
    updateCount();
    reload();
}

QueuePage::~QueuePage() = default;

void QueuePage::reload()
{
    if (m_loading) {
        m_reloadPending = true;
        return;
    }
    m_loading = true;
    m_reloadPending = false;
    const quint64 generation = ++m_generation;
    const auto db = m_context.database;
    InstanceLabels labels = m_snapshot ? m_snapshot->labels : InstanceLabels();
    runInBackground(
        this, [db, labels]() { return loadQueueSnapshot(db, labels); },
        [this, generation](const std::shared_ptr<QueueSnapshot> &snapshot) {
            if (generation == m_generation)
                onLoaded(snapshot);
        });
}

void QueuePage::onLoaded(const std::shared_ptr<QueueSnapshot> &snapshot)
{
    m_loading = false;
    ++m_loadCount;
    if (!snapshot->error.isEmpty()) {
        showMessage(tr("The queue could not be read: %1").arg(snapshot->error), true);
    } else {
        const qint64 selected = selectedId();
        m_snapshot = snapshot;
        m_model->setRows(snapshot->rows);
        updateBatchFilter();
        selectEntry(selected);
        if (selectedId() == 0 && m_filter->rowCount() > 0)
            m_view->selectRow(0);
        m_summary->setBatches(snapshot->batches);
        double rate = 0;
        for (const QueueRow &r : snapshot->rows)
            rate += r.rateBps;
        m_chart->addSample(snapshot->takenAt, rate);
        m_notifier->update(*snapshot);
        m_stack->setCurrentWidget(
            m_model->rowCount() > 0 ? m_content : static_cast<QWidget *>(m_emptyState));
        updateDetails();
        loadLog();
    }
    updateEngineStatus();
    updateCount();
    Q_EMIT loaded(m_model->rowCount());
    if (m_reloadPending)
        reload();
}

void QueuePage::updateBatchFilter()
{
    const qint64 current = m_batchFilter->currentData().toLongLong();
    QVector<QPair<qint64, QString>> wanted;
    for (const BatchSummary &b : std::as_const(m_snapshot->batches))
        wanted << qMakePair(b.id, b.name);
    bool same = wanted.size() + 1 == m_batchFilter->count();
    for (int i = 0; same && i < wanted.size(); ++i)
        same = m_batchFilter->itemData(i + 1).toLongLong() == wanted[i].first
            && m_batchFilter->itemText(i + 1) == wanted[i].second;
    if (same)
        return;
    const QSignalBlocker block(m_batchFilter);
    while (m_batchFilter->count() > 1)
        m_batchFilter->removeItem(1);
    int index = 0;
    for (const auto &[id, name] : std::as_const(wanted)) {
        m_batchFilter->addItem(name, id);
        if (id == current)
            index = m_batchFilter->count() - 1;
    }
    m_batchFilter->setCurrentIndex(index);
    m_filter->setBatchId(m_batchFilter->currentData().toLongLong());
}

qint64 QueuePage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(QueueModel::IdRole).toLongLong();
}

void QueuePage::selectEntry(qint64 id)
{
    if (id == 0 || selectedId() == id)
        return;
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex proxy = m_filter->mapFromSource(m_model->index(row, 0));
    if (!proxy.isValid())
        return;
    m_view->selectRow(proxy.row());
    m_view->scrollTo(proxy);
}

void QueuePage::updateDetails()
{
    const qint64 id = selectedId();
    const QueueRow *row = m_model->rowById(id);
    if (!row) {
        m_details->clear(m_model->rowCount() > 0 && m_filter->rowCount() == 0
                ? tr("No entry matches the filters.")
                : QString());
        return;
    }
    const bool changed = row->id != m_details->entryId();
    m_details->setRow(*row);
    if (changed)
        loadLog();
}

void QueuePage::loadLog()
{
    const qint64 id = m_details->entryId();
    if (id == 0 || m_logLoading)
        return;
    m_logLoading = true;
    const qint64 after = m_details->lastLogId();
    const auto db = m_context.database;
    runInBackground(
        this,
        [db, id, after]() {
            auto lines = QueueRepository(db).log(id, after);
            return lines ? *lines : QVector<LogLine>();
        },
        [this, id](const QVector<LogLine> &lines) {
            m_logLoading = false;
            if (m_details->entryId() == id)
                m_details->appendLog(lines);
            else
                loadLog(); // the selection moved while reading
        });
}

void QueuePage::cancelEntry(qint64 id, bool keepLeftovers)
{
    // The engine that runs the job sees the status on its next tick, stops the job, powers the
    // source back on and cleans the target (unless keepLeftovers); this window's engine at once.
    runAction(
        id,
        [id, keepLeftovers](
            const engine::QueueActions &actions) { return actions.cancel(id, keepLeftovers); },
        tr("The entry was not canceled."),
        keepLeftovers ? tr("Canceled; what was created on the target stays.") : tr("Canceled."));
}

void QueuePage::retryEntry(qint64 id)
{
    runAction(
        id, [id](const engine::QueueActions &actions) { return actions.retry(id); },
        tr("The entry was not queued again."), tr("Waiting again."));
}

void QueuePage::resolveEntry(qint64 id)
{
    runAction(
        id, [id](const engine::QueueActions &actions) { return actions.resolve(id); },
        tr("The conflict was not resolved."), tr("Waiting again."));
}

void QueuePage::runAction(
    qint64 id, const Action &action, const QString &failed, const QString &done)
{
    m_details->setBusy(true);
    const auto db = m_context.database;
    runInBackground(
        this, [db, action]() { return action(engine::QueueActions(db)); },
        [this, id, failed, done](const Result<QueueEntry> &result) {
            m_details->setBusy(false);
            if (result) {
                if (m_engine && result->status == QueueStatus::Canceled)
                    m_engine->cancel(id);
                Q_EMIT actionFinished(id, true, done);
            } else {
                ErrorDialog::showError(this, failed, result.error());
                Q_EMIT actionFinished(id, false, result.error().message);
            }
            reload();
        });
}

void QueuePage::showMessage(const QString &text, bool problem)
{
    m_messageLabel->setText(text);
    m_messageLabel->setPalette(problem ? errorPalette(palette()) : palette());
    m_messageIcon->setIcon(
        problem ? QStringLiteral("status-error") : QStringLiteral("status-ok"), 16);
    m_messageBar->show();
}

void QueuePage::updateEngineStatus()
{
    QString text;
    QString icon = QStringLiteral("status-unknown");
    const EngineController::State state
        = m_engine ? m_engine->state() : EngineController::State::Stopped;
    if (state == EngineController::State::Running) {
        text = m_engine->stateText();
        icon = QStringLiteral("status-ok");
    } else if (m_snapshot && m_snapshot->lockHolder
        && !(m_snapshot->lockHolder->pid == EngineLockRepository::currentPid()
            && m_snapshot->lockHolder->host == EngineLockRepository::currentHost())) {
        // Another process drives the queue: who, as the database says now.
        const EngineLockHolder &h = *m_snapshot->lockHolder;
        text = m_snapshot->otherEngines > 1
            ? tr("%L1 other engines run the queue").arg(m_snapshot->otherEngines)
            : tr("Engine held by pid %1 on host %2").arg(h.pid).arg(h.host);
        icon = QStringLiteral("status-busy");
    } else if (m_engine) {
        text = m_engine->stateText();
        icon = state == EngineController::State::Failed ? QStringLiteral("status-error")
                                                        : QStringLiteral("status-unknown");
    } else {
        text = tr("No engine is running");
    }
    m_engineIcon->setIcon(icon, 16);
    if (m_engineLabel->text() != text) {
        m_engineLabel->setText(text);
        m_engineLabel->setToolTip(text);
        Q_EMIT engineStatusChanged(text);
    }
}

bool QueuePage::enginesShown() const
{
    return !m_engines->isHidden();
}

void QueuePage::showEngines(bool on)
{
    m_engines->setVisible(on);
    m_enginesButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
}

void QueuePage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (m_loadCount == 0)
        m_count->setText(tr("Loading…"));
    else if (shown == total)
        m_count->setText(total == 1 ? tr("1 entry") : tr("%L1 entries").arg(total));
    else
        m_count->setText(tr("%L1 of %L2 entries").arg(shown).arg(total));
}

} // namespace ferry::gui
