#pragma once

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class QTimer;

namespace ferry {

class Database;

// Tells the desktop that the queue or the engines changed, so that it reads them again at once
// instead of polling fast (docs/scale.md, "The dashboard"). On PostgreSQL it LISTENs on the
// channel ferry_queue on a connection of its own (a trigger of schema 5 notifies on every write
// to queue_entries and engines, whoever writes) and emits changed() at most once per
// coalesceMs, naming the tables written since the last one. On SQLite there are no
// notifications: isActive() is false and changed() is never emitted; the caller keeps polling.
// A connection the server cut is opened again on the next check (every 30 s); while it is
// down isActive() is false. Lives on the thread that created it.
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)

public:
    static constexpr int kDefaultCoalesceMs = 300;
    static constexpr int kCheckMs = 30 * 1000;

    explicit ChangeFeed(std::shared_ptr<Database> database, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // The channel the trigger notifies and the feed listens to.
    static QString channel();

    // True while notifications arrive (PostgreSQL, connected and subscribed).
    bool isActive() const { return m_active; }
    // The shortest time between two changed() signals (the first comes this long after the
    // first notification, so that a burst of writes makes one refresh).
    void setCoalesceMs(int ms);
    // How often the connection is checked (and opened again when the server cut it).
    void setCheckMs(int ms);

Q_SIGNALS:
    // Something was written to these tables ("queue_entries", "engines").
    void changed(const QSet<QString> &tables);
    // isActive() changed (subscribed, or the connection was lost).
    void activeChanged(bool active);

private:
    void subscribe();
    void unsubscribe();
    void check();
    void setActive(bool active);

    std::shared_ptr<Database> m_database;
    QString m_connectionName;
    QTimer *m_coalesce = nullptr;
    QTimer *m_check = nullptr;
    QSet<QString> m_pending;
    bool m_active = false;
};

} // namespace ferry
