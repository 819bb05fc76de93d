#include "queue/enginespanel.h"

#include "common/backgroundtask.h"
#include "common/notelabel.h"
#include "common/recordtable.h"
#include "store/changefeed.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

const auto kHeaderKey = QStringLiteral("QueuePage/enginesHeader");

} // namespace

EnginesPanel::EnginesPanel(GuiContext context, ChangeFeed *feed, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_model(new EnginesModel(this))
    , m_summary(noteLabel(QString(), this))
    , m_view(new QTableView(this))
    , m_poll(new QTimer(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("enginesPanel"));

    // The Queue page's button above says how many; this line only when there is none or the
    // engines could not be read.
    m_summary->setObjectName(QStringLiteral("enginesSummaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();

    m_view->setObjectName(QStringLiteral("enginesView"));
    m_view->setAccessibleName(tr("Engines"));
    m_view->setAccessibleDescription(
        tr("The engines sharing this database: host, process, heartbeat and the entries each "
           "works on"));
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *header = m_view->horizontalHeader();
    // The columns fit their contents until a person resizes one (then that is kept).
    m_userWidths = header->restoreState(QSettings().value(kHeaderKey).toByteArray());
    connect(header, &QHeaderView::sectionResized, this, [this, header] {
        if (m_fitting)
            return;
        m_userWidths = true;
        QSettings().setValue(kHeaderKey, header->saveState());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &EnginesPanel::fitHeight);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 0, 10, 8);
    layout->setSpacing(4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);
    fitHeight();
    // Room for the horizontal scroll bar only while there is one (a narrow window).
    connect(
        m_view->horizontalScrollBar(), &QScrollBar::rangeChanged, this, &EnginesPanel::fitHeight);

    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &EnginesPanel::reload);
    m_poll->start();
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (isVisible())
            m_model->setNow(QDateTime::currentDateTimeUtc());
    });
    m_tick->start();
    if (feed)
        connect(feed, &ChangeFeed::changed, this, &EnginesPanel::reload);
    reload();
}

EnginesPanel::~EnginesPanel() = default;

void EnginesPanel::reload()
{
    if (m_loading) {
        m_reloadPending = true;
        return;
    }
    m_loading = true;
    m_reloadPending = false;
    const auto db = m_context.database;
    runInBackground(
        this, [db]() { return loadEnginesSnapshot(db); },
        [this](const EnginesSnapshot &snapshot) { onLoaded(snapshot); });
}

void EnginesPanel::onLoaded(const EnginesSnapshot &snapshot)
{
    m_loading = false;
    ++m_loadCount;
    m_error = snapshot.error;
    if (m_error.isEmpty()) {
        m_model->setNow(snapshot.takenAt);
        m_model->setRows(snapshot.rows);
        fitColumns();
    }
    updateSummary();
    Q_EMIT loaded(m_model->rowCount());
    if (m_reloadPending)
        reload();
}

void EnginesPanel::fitHeight()
{
    const int rows = qBound(1, m_model->rowCount(), kVisibleRows);
    const int frame = m_view->frameWidth() * 2;
    m_view->setFixedHeight(m_view->horizontalHeader()->sizeHint().height()
        + rows * m_view->verticalHeader()->defaultSectionSize() + frame
        + (m_view->horizontalScrollBar()->maximum() > 0
                ? m_view->horizontalScrollBar()->sizeHint().height()
                : 0));
}

void EnginesPanel::fitColumns()
{
    if (m_userWidths)
        return;
    // Only wider: a heartbeat's age changing length must not make the columns jump.
    m_fitting = true;
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < EnginesModel::EntriesColumn; ++c) {
        const auto *view = static_cast<const QAbstractItemView *>(m_view); // public there
        const int want = qMax(view->sizeHintForColumn(c), header->sectionSizeHint(c));
        if (want > header->sectionSize(c))
            header->resizeSection(c, want);
    }
    m_fitting = false;
}

void EnginesPanel::updateSummary()
{
    const int n = m_model->rowCount();
    const int late = m_model->staleCount();
    QString text;
    if (!m_error.isEmpty())
        text = tr("The engines could not be read: %1").arg(m_error);
    else if (n == 0)
        text = tr("No engine is running: nothing migrates until one starts (this window's, or "
                  "ferryctl engine run).");
    else if (late > 0)
        text = (n == 1 ? tr("1 engine") : tr("%L1 engines").arg(n)) + tr(", ")
            + (late == 1 ? tr("1 with a late heartbeat")
                         : tr("%L1 with a late heartbeat").arg(late));
    else
        text = n == 1 ? tr("1 engine") : tr("%L1 engines").arg(n);
    m_summary->setText(text);
    m_summary->setVisible(!m_error.isEmpty() || n == 0);
    m_view->setVisible(m_error.isEmpty() && n > 0);
}

QString EnginesPanel::buttonText() const
{
    const int n = m_model->rowCount();
    const int late = m_model->staleCount();
    if (m_loadCount == 0)
        return tr("Engines");
    return late > 0 ? tr("Engines (%1, %2 late)").arg(n).arg(late) : tr("Engines (%1)").arg(n);
}

} // namespace ferry::gui
