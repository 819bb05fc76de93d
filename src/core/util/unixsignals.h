#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace ferry {

// Turns POSIX signals (SIGTERM, SIGINT, ...) into a Qt signal on the thread that creates the
// watcher: the handler only writes the signal's number into a socket pair, and a QSocketNotifier
// on the other end emits received() from the event loop, where the real work is safe. One
// watcher at a time per process; the destructor puts the previous handlers back. On systems
// without POSIX signals (Windows) nothing is watched.
class UnixSignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignalWatcher)

public:
    explicit UnixSignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    // The handlers are installed.
    bool isWatching() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    void readSignals();

    QList<int> m_signals;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace ferry
