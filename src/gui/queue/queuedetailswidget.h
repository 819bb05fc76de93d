#pragma once

#include "model/queueentry.h"
#include "queue/queuesnapshot.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ferry::gui {

class IconLabel;

// The selected queue entry: its status, placement, the progress of every disk (bytes, total,
// rate, ETA, SHA-256 when done), its log, and the actions its status allows.
class QueueDetailsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueDetailsWidget)

public:
    explicit QueueDetailsWidget(QWidget *parent = nullptr);
    ~QueueDetailsWidget() override;

    // Shows `row` (the same entry again: only what changed). The log is added separately.
    void setRow(const QueueRow &row);
    // Nothing selected; `message` says why, when there is something to say.
    void clear(const QString &message = {});
    // Lines newer than the ones shown (the log is read incrementally).
    void appendLog(const QVector<LogLine> &lines);
    qint64 entryId() const { return m_entryId; }
    qint64 lastLogId() const { return m_lastLogId; }
    // While an action is being written, its buttons are disabled.
    void setBusy(bool busy);

    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *cancelKeepButton() const { return m_cancelKeep; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *resolveButton() const { return m_resolve; }
    QTableWidget *disksTable() const { return m_disks; }
    QPlainTextEdit *logView() const { return m_log; }
    QLabel *placementLabel() const { return m_placement; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void cancelRequested(qint64 entryId, bool keepLeftovers);
    void retryRequested(qint64 entryId);
    void resolveRequested(qint64 entryId);

private:
    void updateActions();

    qint64 m_entryId = 0;
    qint64 m_lastLogId = 0;
    QueueStatus m_state = QueueStatus::Waiting;
    bool m_hasEntry = false;
    bool m_busy = false;
    QWidget *m_content = nullptr;
    QLabel *m_placeholder = nullptr;
    IconLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_placement = nullptr;
    QTableWidget *m_disks = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_cancelKeep = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_resolve = nullptr;
};

} // namespace ferry::gui
