#include "store/changefeed.h"

#include "store/database.h"
#include "util/logging.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <atomic>
#include <utility>

namespace ferry {

namespace {

std::atomic<int> g_feedCounter {0};

} // namespace

ChangeFeed::ChangeFeed(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_coalesce(new QTimer(this))
    , m_check(new QTimer(this))
{
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(kDefaultCoalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, [this] {
        const QSet<QString> tables = std::exchange(m_pending, {});
        if (!tables.isEmpty())
            Q_EMIT changed(tables);
    });
    if (!m_database || !m_database->isPostgreSQL())
        return;
    m_connectionName = QStringLiteral("ferry-changefeed-%1").arg(++g_feedCounter);
    m_check->setInterval(kCheckMs);
    connect(m_check, &QTimer::timeout, this, &ChangeFeed::check);
    m_check->start();
    subscribe();
}

ChangeFeed::~ChangeFeed()
{
    unsubscribe();
}

QString ChangeFeed::channel()
{
    return QStringLiteral("ferry_queue");
}

void ChangeFeed::setCoalesceMs(int ms)
{
    m_coalesce->setInterval(qMax(0, ms));
}

void ChangeFeed::setCheckMs(int ms)
{
    m_check->setInterval(qMax(10, ms));
}

void ChangeFeed::subscribe()
{
    // A connection of its own, like the database's (same server, user, TLS options): LISTEN
    // belongs to a session, and the database's connections are busy with queries and
    // transactions on other threads.
    {
        QSqlDatabase c = QSqlDatabase::cloneDatabase(m_database->connection(), m_connectionName);
        if (!c.open()) {
            qCWarning(lcStore) << "change feed: cannot connect to" << m_database->location()
                               << c.lastError().text();
        } else if (!c.driver()->subscribeToNotification(channel())) {
            qCWarning(lcStore) << "change feed: cannot listen on" << channel()
                               << c.driver()->lastError().text();
        } else {
            connect(c.driver(),
                qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                    &QSqlDriver::notification),
                this,
                [this](
                    const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                    if (name != channel())
                        return;
                    m_pending.insert(payload.toString());
                    if (!m_coalesce->isActive())
                        m_coalesce->start();
                });
            setActive(true);
            return;
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    setActive(false);
}

void ChangeFeed::unsubscribe()
{
    if (m_connectionName.isEmpty() || !QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase c = QSqlDatabase::database(m_connectionName, false);
        if (c.isOpen()) {
            disconnect(c.driver(), nullptr, this, nullptr);
            c.driver()->unsubscribeFromNotification(channel());
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void ChangeFeed::check()
{
    if (m_active) {
        QSqlDatabase c = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery q(c);
        if (c.isOpen() && q.exec(QStringLiteral("SELECT 1")))
            return;
        qCInfo(lcStore) << "change feed: connection lost, listening again";
    }
    unsubscribe();
    subscribe();
    // Whatever was written while it was down: one refresh.
    if (m_active) {
        m_pending.insert(QStringLiteral("queue_entries"));
        m_pending.insert(QStringLiteral("engines"));
        m_coalesce->start();
    }
}

void ChangeFeed::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged(active);
}

} // namespace ferry
