#pragma once

#include "common/guicontext.h"
#include "queue/enginesmodel.h"

#include <QWidget>

class QLabel;
class QTableView;
class QTimer;

namespace ferry {
class ChangeFeed;
}

namespace ferry::gui {

// The Queue page's Engines panel (docs/scale.md, "The dashboard"): every engine registered on
// the database, with its host, process, version, start, heartbeat age (late ones marked), the
// entries it holds and its restrictions. It reads the engines off the GUI thread every 5 s and
// at once when the change feed reports a write to the engines or the queue (PostgreSQL), and
// ages the heartbeats every second. On SQLite there is usually one engine: this window's.
class EnginesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnginesPanel)

public:
    static constexpr int kPollMs = 5000;
    // Rows shown before the table scrolls.
    static constexpr int kVisibleRows = 4;

    // `feed` may be null (no notifications: the panel polls).
    EnginesPanel(GuiContext context, ChangeFeed *feed, QWidget *parent = nullptr);
    ~EnginesPanel() override;

    EnginesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }
    QTimer *pollTimer() const { return m_poll; }
    int loadCount() const { return m_loadCount; }

    // Reads the engines again, off the GUI thread (a read under way is followed by one more).
    void reload();
    // "Engines (2)", "Engines (2, 1 late)": the Queue page's button.
    QString buttonText() const;

Q_SIGNALS:
    void loaded(int engines);

private:
    void onLoaded(const EnginesSnapshot &snapshot);
    void fitHeight();
    void fitColumns();
    void updateSummary();

    GuiContext m_context;
    EnginesModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    QTimer *m_poll = nullptr;
    QTimer *m_tick = nullptr;
    QString m_error;
    bool m_userWidths = false;
    bool m_fitting = false;
    bool m_loading = false;
    bool m_reloadPending = false;
    int m_loadCount = 0;
};

} // namespace ferry::gui
