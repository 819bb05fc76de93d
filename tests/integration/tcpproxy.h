#pragma once

// A loopback TCP proxy for fault tests: listens on 127.0.0.1, forwards each connection to an
// upstream port on 127.0.0.1 and lets the test break things on purpose: stall (keep connections
// open, forward nothing more), cut every open connection, refuse new ones, switch the upstream
// (another server, so another certificate), or run a callback once a number of bytes went one
// way. TLS passes through untouched. It runs on a thread of its own, so it keeps working while
// the test blocks in QProcess::waitForFinished().
#include <QHostAddress>
#include <QMetaObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <atomic>
#include <functional>
#include <mutex>
#include <vector>

namespace ferry::test {

class TcpProxy final : public QObject
{
public:
    enum class Mode { Forward, Stall, Refuse };
    enum class Direction { ToClient, ToServer };

    explicit TcpProxy(quint16 upstreamPort)
        : m_owner(QThread::currentThread())
        , m_upstream(upstreamPort)
    {
        m_thread.start();
        moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            this,
            [this]() {
                m_server = new QTcpServer(this);
                m_server->listen(QHostAddress::LocalHost);
                m_port = m_server->serverPort();
                connect(m_server, &QTcpServer::newConnection, this, [this]() { accept(); });
            },
            Qt::BlockingQueuedConnection);
    }

    ~TcpProxy() override
    {
        QMetaObject::invokeMethod(
            this,
            [this]() {
                closeAll(true);
                delete m_server;
                m_server = nullptr;
                moveToThread(m_owner); // deleted where it was made
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    quint16 port() const { return m_port; }
    QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }

    // New connections go to this port from now on (open ones stay where they are).
    void setUpstream(quint16 port) { m_upstream = port; }
    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }

    // Resets every open connection (both sides), as a crashed peer or a cut cable does.
    void cutAll()
    {
        QMetaObject::invokeMethod(
            this, [this]() { closeAll(false); }, Qt::BlockingQueuedConnection);
    }

    // Once `bytes` more bytes went `direction` (over all connections), `action` runs once on the
    // proxy's thread, before those bytes are forwarded (it may call setMode, setUpstream,
    // cutAllNow, or kill a process).
    void onceAfter(Direction direction, qint64 bytes, std::function<void()> action)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_triggerDirection = direction;
        m_triggerAt
            = (direction == Direction::ToClient ? m_toClient.load() : m_toServer.load()) + bytes;
        m_trigger = std::move(action);
    }

    // For use inside an onceAfter() action (already on the proxy's thread).
    void cutAllNow() { closeAll(false); }

    qint64 bytesToClient() const { return m_toClient; }
    qint64 bytesToServer() const { return m_toServer; }
    int connections() const { return m_connections; }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
    };

    void accept()
    {
        while (m_server->hasPendingConnections()) {
            QTcpSocket *client = m_server->nextPendingConnection();
            ++m_connections;
            if (m_mode == Mode::Refuse) {
                client->abort();
                client->deleteLater();
                continue;
            }
            auto *raw = new QTcpSocket(this);
            client->setParent(this);
            const QPointer<QTcpSocket> c(client), srv(raw);
            m_pairs.push_back({c, srv});
            connect(client, &QTcpSocket::readyRead, this,
                [this, c, srv]() { pump(c, srv, Direction::ToServer); });
            connect(raw, &QTcpSocket::readyRead, this,
                [this, c, srv]() { pump(srv, c, Direction::ToClient); });
            connect(raw, &QTcpSocket::connected, this,
                [this, c, srv]() { pump(c, srv, Direction::ToServer); });
            for (QTcpSocket *sock : {client, raw})
                connect(sock, &QTcpSocket::disconnected, this, [c, srv]() {
                    // One side gone: the other goes too, after what was buffered.
                    if (c)
                        c->disconnectFromHost();
                    if (srv)
                        srv->disconnectFromHost();
                });
            QTcpSocket *server = raw;
            server->connectToHost(QHostAddress::LocalHost, m_upstream.load());
        }
    }

    void pump(const QPointer<QTcpSocket> &from, const QPointer<QTcpSocket> &to, Direction direction)
    {
        if (m_mode != Mode::Forward || !from || !to
            || to->state() != QAbstractSocket::ConnectedState)
            return; // stalled: the bytes wait in `from`'s buffer
        QByteArray data = from->readAll();
        if (data.isEmpty())
            return;
        std::atomic<qint64> &counter = direction == Direction::ToClient ? m_toClient : m_toServer;
        std::function<void()> fire;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_trigger && m_triggerDirection == direction
                && counter + data.size() >= m_triggerAt) {
                fire = std::move(m_trigger);
                m_trigger = nullptr;
            }
        }
        if (fire) {
            fire();
            if (m_mode != Mode::Forward || !from || !to
                || to->state() != QAbstractSocket::ConnectedState)
                return; // the action broke this connection: these bytes never arrive
        }
        counter += data.size();
        to->write(data);
    }

    void closeAll(bool now)
    {
        for (const Pair &p : m_pairs) {
            for (QTcpSocket *sock : {p.client.data(), p.server.data()}) {
                if (!sock)
                    continue;
                sock->abort();
                if (now)
                    delete sock;
                else
                    sock->deleteLater();
            }
        }
        m_pairs.clear();
    }

    QThread *m_owner;
    QThread m_thread;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    std::atomic<quint16> m_upstream;
    std::atomic<Mode> m_mode {Mode::Forward};
    std::atomic<qint64> m_toClient {0};
    std::atomic<qint64> m_toServer {0};
    std::atomic<int> m_connections {0};
    std::vector<Pair> m_pairs;
    std::mutex m_mutex;
    Direction m_triggerDirection = Direction::ToClient;
    qint64 m_triggerAt = 0;
    std::function<void()> m_trigger;
};

} // namespace ferry::test
