#pragma once

#include "common/guicontext.h"
#include "queue/queuesnapshot.h"
#include "util/result.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace ferry {
class ChangeFeed;
}

namespace ferry::engine {
class QueueActions;
}

namespace ferry::gui {

class EmptyStateWidget;
class EngineController;
class EnginesPanel;
class IconLabel;
class QueueDetailsWidget;
class QueueFilterModel;
class QueueModel;
class QueueNotifier;
class QueueSummaryWidget;
class ThroughputChart;

// The Queue page, the migration dashboard: every queue entry with a status icon, a progress
// bar, rate, ETA and its migration window; filters by batch and status; a summary per batch
// and a throughput chart; the selected entry's disks, log, placement and actions; the engine
// working on each entry, and a panel of every engine sharing the database (EnginesPanel). It
// reads the queue off the GUI thread every second (whoever runs the engine); on PostgreSQL at
// once when the change feed reports a write, and then every 2 s as a fallback. It follows the
// engine of this process live through its signals.
class QueuePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuePage)

public:
    // `engine` may be null (no engine in this process: the page only watches).
    QueuePage(GuiContext context, EmptyStateWidget *emptyState, EngineController *engine,
        QWidget *parent = nullptr);
    ~QueuePage() override;

    QueueModel *model() const { return m_model; }
    QueueFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QComboBox *batchFilter() const { return m_batchFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QueueDetailsWidget *details() const { return m_details; }
    QueueSummaryWidget *summary() const { return m_summary; }
    ThroughputChart *chart() const { return m_chart; }
    QueueNotifier *notifier() const { return m_notifier; }
    QLabel *engineLabel() const { return m_engineLabel; }
    // The Engines panel and the button that shows it.
    EnginesPanel *enginesPanel() const { return m_engines; }
    QToolButton *enginesButton() const { return m_enginesButton; }
    ChangeFeed *changeFeed() const { return m_feed; }
    bool enginesShown() const;
    // Opens or folds the Engines panel (not remembered: the button remembers).
    void showEngines(bool on);
    QLabel *messageLabel() const { return m_messageLabel; }
    QTimer *pollTimer() const { return m_poll; }
    bool isLoading() const { return m_loading; }
    int loadCount() const { return m_loadCount; }
    const std::shared_ptr<QueueSnapshot> &lastSnapshot() const { return m_snapshot; }

    // Reads the queue again, off the GUI thread.
    void reload();
    void selectEntry(qint64 id);
    qint64 selectedId() const;
    // The actions of the details pane (engine::QueueActions), written off the GUI thread; a
    // refusal or failure opens the error dialog.
    // keepLeftovers: what the migration created on the target stays (queue cancel
    // --keep-leftovers).
    void cancelEntry(qint64 id, bool keepLeftovers = false);
    void retryEntry(qint64 id);
    // A Conflict a person settled: Waiting again, the retry count kept (ferryctl queue resolve).
    void resolveEntry(qint64 id);
    // A message above the table (notifications without a system tray, errors of actions).
    void showMessage(const QString &text, bool problem = false);

Q_SIGNALS:
    void loaded(int entries);
    void actionFinished(qint64 entryId, bool ok, const QString &message);
    // One line for the main window's status bar.
    void engineStatusChanged(const QString &text);

private:
    using Action = std::function<Result<QueueEntry>(const engine::QueueActions &)>;
    // Runs `action` off the GUI thread; `failed` is the error dialog's summary, `done` the
    // message of actionFinished on success.
    void runAction(qint64 id, const Action &action, const QString &failed, const QString &done);
    void onLoaded(const std::shared_ptr<QueueSnapshot> &snapshot);
    void updateBatchFilter();
    void updateDetails();
    void loadLog();
    void updateEngineStatus();
    void updateCount();

    GuiContext m_context;
    EngineController *m_engine = nullptr;
    QueueModel *m_model = nullptr;
    QueueFilterModel *m_filter = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QWidget *m_content = nullptr;
    QComboBox *m_batchFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_count = nullptr;
    IconLabel *m_engineIcon = nullptr;
    QLabel *m_engineLabel = nullptr;
    QWidget *m_messageBar = nullptr;
    IconLabel *m_messageIcon = nullptr;
    QLabel *m_messageLabel = nullptr;
    QToolButton *m_enginesButton = nullptr;
    ChangeFeed *m_feed = nullptr;
    EnginesPanel *m_engines = nullptr;
    bool m_enginesShownOnce = false;
    QueueSummaryWidget *m_summary = nullptr;
    ThroughputChart *m_chart = nullptr;
    QTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    QueueDetailsWidget *m_details = nullptr;
    QueueNotifier *m_notifier = nullptr;
    QTimer *m_poll = nullptr;
    QTimer *m_soon = nullptr;
    std::shared_ptr<QueueSnapshot> m_snapshot;
    bool m_loading = false;
    bool m_reloadPending = false;
    bool m_logLoading = false;
    int m_loadCount = 0;
    quint64 m_generation = 0;
};

} // namespace ferry::gui
