#pragma once

#include "queue/queuesnapshot.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace ferry::gui {

// Tells people when a batch finishes or an entry fails, by comparing successive snapshots of
// the queue (so it works whichever process runs the engine). The message goes to the system
// tray when there is one, else to the window (the inWindowMessage signal). The first snapshot
// only sets the baseline: what had happened before Ferry opened is not announced.
class QueueNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueNotifier)

public:
    enum class Kind { BatchFinished, EntryFailed };
    Q_ENUM(Kind)

    explicit QueueNotifier(QObject *parent = nullptr);
    ~QueueNotifier() override;

    void update(const QueueSnapshot &snapshot);
    // Use the tray when the platform has one (the default: QSystemTrayIcon::isSystemTrayAvailable).
    void setUseTray(bool useTray) { m_useTray = useTray; }
    bool usesTray() const { return m_useTray; }

Q_SIGNALS:
    // Every notification, wherever it is shown.
    void notified(ferry::gui::QueueNotifier::Kind kind, const QString &title, const QString &text);
    // The ones to show in the window (no system tray).
    void inWindowMessage(
        ferry::gui::QueueNotifier::Kind kind, const QString &title, const QString &text);

private:
    void notify(Kind kind, const QString &title, const QString &text);

    bool m_baseline = false;
    bool m_useTray = false;
    QHash<qint64, QueueStatus> m_entryStatus;
    QHash<qint64, QString> m_batchStatus;
    QPointer<QSystemTrayIcon> m_tray;
};

} // namespace ferry::gui
