#include "transfer/datastorerelay.h"

#include "transfer/extentreader.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QThread>

#include <future>

namespace ferry::transfer {

namespace {

// A request's method and byte range (an unknown method gets 405, no range 416).
struct RelayRequest
{
    QByteArray method;
    bool hasRange = false;
    qint64 first = 0;
    qint64 last = -1;
};

RelayRequest parseRequest(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    RelayRequest r;
    r.method = lines.first().trimmed().split(' ').value(0);
    static const QRegularExpression range(QStringLiteral("^range:\\s*bytes=(\\d+)-(\\d+)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QByteArray &line : lines) {
        const auto m = range.match(QString::fromLatin1(line.trimmed()));
        if (m.hasMatch()) {
            r.hasRange = true;
            r.first = m.captured(1).toLongLong();
            r.last = m.captured(2).toLongLong();
        }
    }
    return r;
}

// One client connection (curl keeps it alive): requests one after another, each ranged GET
// fetched from the datastore on this connection's own keep-alive TLS connections (for a disk with
// snapshots, from the base and the deltas, merged).
class RelayClient final : public QObject
{
public:
    RelayClient(QLocalSocket *socket, const DiskSource &source, std::atomic<qint64> *bytes,
        std::atomic_int *failed)
        : m_socket(socket)
        , m_upstream(source, {}, 2, nullptr)
        , m_size(source.sizeBytes)
        , m_bytes(bytes)
        , m_failed(failed)
    {
        socket->setParent(this);
        connect(socket, &QLocalSocket::readyRead, this, &RelayClient::onRequest);
        connect(socket, &QLocalSocket::disconnected, this, &QObject::deleteLater);
        m_upstream.setConsumer([this](const Piece &piece, QByteArray &&body) {
            m_bytes->fetch_add(body.size());
            answered(piece, 206, body, {});
        });
        connect(&m_upstream, &ExtentReader::failed, this, [this]() {
            answered(
                {}, 0, {}, m_upstream.failure() ? m_upstream.failure()->toString() : QString());
        });
    }

private:
    void onRequest()
    {
        if (m_busy)
            return; // the next request waits for this answer (HTTP/1.1 without pipelining)
        m_head += m_socket->readAll();
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > 16384)
                answer("431 Request Header Fields Too Large", {});
            return;
        }
        const QByteArray head = m_head.left(end);
        m_head.remove(0, end + 4);
        const RelayRequest r = parseRequest(head);
        if (r.method == "HEAD") {
            answer("200 OK", {}, m_size);
            return;
        }
        if (r.method != "GET") {
            answer("405 Method Not Allowed", {});
            return;
        }
        if (!r.hasRange || r.first > r.last || r.first >= m_size) {
            answer("416 Range Not Satisfiable", "bytes */" + QByteArray::number(m_size));
            return;
        }
        m_busy = true;
        m_upstream.restart({{r.first, qMin(r.last, m_size - 1) - r.first + 1}});
        m_upstream.pump();
    }

    void answered(const Piece &piece, int status, const QByteArray &body, const QString &error)
    {
        if (!m_busy)
            return;
        m_busy = false;
        if (status != 206) {
            m_failed->fetch_add(1);
            qCWarning(lcTransfer) << "relay: the datastore read failed:" << error;
            answer("502 Bad Gateway", {});
        } else {
            const QByteArray range = "bytes " + QByteArray::number(piece.offset) + '-'
                + QByteArray::number(piece.offset + piece.length - 1) + '/'
                + QByteArray::number(m_size);
            answer("206 Partial Content", range, body.size(), body);
        }
        if (!m_head.isEmpty() || m_socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(this, &RelayClient::onRequest, Qt::QueuedConnection);
    }

    void answer(const QByteArray &status, const QByteArray &contentRange, qint64 length = 0,
        const QByteArray &body = {})
    {
        QByteArray out = "HTTP/1.1 " + status
            + "\r\nAccept-Ranges: bytes\r\nContent-Type: application/octet-stream\r\n"
            + "Content-Length: " + QByteArray::number(length) + "\r\n";
        if (!contentRange.isEmpty())
            out += "Content-Range: " + contentRange + "\r\n";
        out += "\r\n";
        m_socket->write(out);
        if (!body.isEmpty())
            m_socket->write(body);
    }

    QLocalSocket *m_socket;
    ExtentReader m_upstream;
    qint64 m_size;
    std::atomic<qint64> *m_bytes;
    std::atomic_int *m_failed;
    QByteArray m_head;
    bool m_busy = false;
};

} // namespace

class DatastoreRelay::Thread final : public QThread
{
public:
    Thread(DatastoreRelay *relay, QString path)
        : m_relay(relay)
        , m_path(std::move(path))
    { }

    std::promise<QString> listening; // empty: listening; else why not

protected:
    void run() override
    {
        QLocalServer server;
        server.setSocketOptions(QLocalServer::UserAccessOption);
        if (!server.listen(m_path)) {
            listening.set_value(server.errorString());
            return;
        }
        QObject::connect(&server, &QLocalServer::newConnection, &server, [this, &server]() {
            while (QLocalSocket *s = server.nextPendingConnection()) {
                auto *client
                    = new RelayClient(s, m_relay->m_source, &m_relay->m_bytes, &m_relay->m_failed);
                client->setParent(&server); // gone with the server, on this thread
            }
        });
        listening.set_value(QString());
        exec();
        server.close();
    }

private:
    DatastoreRelay *m_relay;
    QString m_path;
};

DatastoreRelay::DatastoreRelay(DiskSource source)
    : m_source(std::move(source))
{ }

DatastoreRelay::~DatastoreRelay()
{
    stop();
}

Status DatastoreRelay::start(const QString &socketPath)
{
    stop();
    m_thread = std::make_unique<Thread>(this, socketPath);
    std::future<QString> ready = m_thread->listening.get_future();
    m_thread->start();
    const QString error = ready.get();
    if (!error.isEmpty()) {
        m_thread->wait();
        m_thread.reset();
        return Error(Error::Code::Io,
            TransferText::tr("The disk cannot be served to the guest conversion."), error);
    }
    return {};
}

void DatastoreRelay::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

} // namespace ferry::transfer
