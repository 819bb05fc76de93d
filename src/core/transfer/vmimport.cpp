#include "transfer/vmimport.h"

#include "incus/incusclient.h"
#include "net/httpclient.h"
#include "tls/certificate.h"
#include "transfer/tarformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QIODevice>
#include <QLoggingCategory>
#include <QMap>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <openssl/evp.h>

#include <optional>

namespace ferry::transfer {

Q_LOGGING_CATEGORY(lcTransfer, "ferry.transfer", QtInfoMsg)

// SHA-256 through OpenSSL's libcrypto (its SHA extensions path): Qt 6.4's own implementation
// is about five times slower and was the copy's bottleneck (bench/transfer).
class Sha256 final
{
public:
    Sha256()
        : m_ctx(EVP_MD_CTX_new())
    {
        EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr);
    }
    ~Sha256() { EVP_MD_CTX_free(m_ctx); }
    Q_DISABLE_COPY_MOVE(Sha256)

    void add(const char *data, qint64 size) { EVP_DigestUpdate(m_ctx, data, size_t(size)); }
    void add(const QByteArray &data) { add(data.constData(), data.size()); }
    // The digest (raw bytes); adding after it is not possible.
    QByteArray result()
    {
        if (m_result.isEmpty()) {
            unsigned char md[EVP_MAX_MD_SIZE];
            unsigned int length = 0;
            EVP_DigestFinal_ex(m_ctx, md, &length);
            m_result = QByteArray(reinterpret_cast<const char *>(md), int(length));
        }
        return m_result;
    }

private:
    EVP_MD_CTX *m_ctx;
    QByteArray m_result;
};

// One ranged read: [offset, offset + length) of the extent.
struct Piece
{
    qint64 offset = 0;
    qint64 length = 0;
};

struct Scan
{
    QVector<Piece> dataRuns; // regions with data, in order, adjacent blocks merged
    qint64 dataBytes = 0;
    QByteArray sha256; // of the whole disk
    QByteArray dataSha256; // of the data regions, to check that the second read is the same
};

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("transfer", s);
}

// What to upload where: the same streaming serves a VM (instance backup) and a custom volume.
struct Upload
{
    QUrl endpoint;
    QString pinnedSha256;
    QSslCertificate clientCertificate;
    QSslKey clientKey;
    QByteArray headerPrefix;
    QString project;
    QString path; // /1.0/instances or /1.0/storage-pools/<pool>/volumes/custom
    QString name; // <prefix>name
    QVector<QPair<QString, QByteArray>> files; // small files before the image
    QString imageName; // backup/virtual-machine.img or backup/volume.img
    qint64 operationTimeoutMs = 300000;
    QString what; // for messages
};

// Splits runs of the extent into pieces of at most chunkBytes.
QVector<Piece> piecesOf(const QVector<Piece> &runs, qint64 chunkBytes)
{
    QVector<Piece> pieces;
    for (const Piece &run : runs)
        for (qint64 at = run.offset; at < run.offset + run.length; at += chunkBytes)
            pieces.push_back({at, qMin(chunkBytes, run.offset + run.length - at)});
    return pieces;
}

bool allZero(const char *p, qint64 n)
{
    if (n <= 0)
        return true;
    return p[0] == 0 && std::memcmp(p, p + 1, size_t(n - 1)) == 0;
}

Error canceledError()
{
    return Error(Error::Code::Canceled, tr("The copy was canceled."));
}

} // namespace

// One keep-alive HTTPS connection to the datastore for ranged GETs, on the copying thread (the
// same reason as RawUpload: QNetworkAccessManager hands every socket read of a reply from its
// HTTP thread to this one, a thread switch per 16 KiB). A body is read into one buffer of its
// Content-Length. 120 s without a byte is a failure.
class RangeConnection final : public QObject
{
    Q_OBJECT

public:
    explicit RangeConnection(const DiskSource &source)
        : m_source(source)
    {
        m_idle.setSingleShot(true);
        m_idle.setInterval(120000);
        connect(&m_idle, &QTimer::timeout, this, [this]() { finish(tr("No data for 120 s")); });
        connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            const QString seen = tls::sha256Of(m_socket.peerCertificate());
            if (tls::decide(m_source.pinnedSha256, seen, false) == tls::TrustOutcome::Trusted)
                m_socket.ignoreSslErrors(errors);
        });
        connect(&m_socket, &QSslSocket::encrypted, this, [this]() {
            if (!m_source.pinnedSha256.isEmpty()
                && tls::sha256Of(m_socket.peerCertificate()) != m_source.pinnedSha256) {
                finish(tr("The source's certificate is not the trusted one."));
                return;
            }
            send();
        });
        connect(&m_socket, &QSslSocket::readyRead, this, &RangeConnection::onData);
        connect(&m_socket, &QSslSocket::disconnected, this, [this]() {
            onData();
            if (m_busy)
                finish(tr("The source closed the connection."));
        });
        connect(
            &m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
                if (e == QAbstractSocket::RemoteHostClosedError)
                    return; // handled as disconnected
                if (m_busy)
                    finish(m_socket.errorString());
            });
    }

    bool busy() const { return m_busy; }

    void get(const Piece &piece)
    {
        m_piece = piece;
        m_busy = true;
        m_head.clear();
        m_body = QByteArray();
        m_filled = 0;
        m_status = 0;
        m_length = -1;
        m_retried = false;
        m_idle.start();
        m_reused = m_socket.state() == QAbstractSocket::ConnectedState && m_socket.isEncrypted();
        if (m_reused)
            send();
        else
            connectFresh();
    }

    void abort()
    {
        m_busy = false;
        m_idle.stop();
        m_socket.abort();
    }

Q_SIGNALS:
    // status 0 and error set: the read failed.
    void done(const Piece &piece, int status, QByteArray body, const QString &error);

private:
    void send()
    {
        const QByteArray request = "GET "
            + m_source.extentUrl.toEncoded(
                QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment)
            + " HTTP/1.1\r\nHost: " + m_source.extentUrl.host().toUtf8() + ':'
            + QByteArray::number(m_source.extentUrl.port(443)) + "\r\nUser-Agent: Ferry\r\n"
            + "Range: bytes=" + QByteArray::number(m_piece.offset) + '-'
            + QByteArray::number(m_piece.offset + m_piece.length - 1) + "\r\n"
            + (m_source.cookie.isEmpty() ? QByteArray() : "Cookie: " + m_source.cookie + "\r\n")
            + "\r\n";
        m_socket.write(request);
    }

    void onData()
    {
        if (!m_busy)
            return;
        m_idle.start();
        if (m_status == 0) {
            m_head += m_socket.readAll();
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = m_head.left(end).split('\n');
            m_status = lines.value(0).trimmed().split(' ').value(1).toInt();
            m_close = false;
            for (const QByteArray &line : lines.mid(1)) {
                const qsizetype colon = line.indexOf(':');
                const QByteArray key = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (key == "content-length")
                    m_length = value.toLongLong();
                else if (key == "connection" && value.toLower() == "close")
                    m_close = true;
            }
            if (m_status == 0 || m_length < 0 || m_length > m_piece.length + 65536) {
                finish(
                    tr("Unexpected answer: %1").arg(QString::fromUtf8(lines.value(0).trimmed())));
                return;
            }
            m_body = QByteArray(qsizetype(m_length), Qt::Uninitialized);
            const QByteArray rest = m_head.mid(end + 4);
            std::memcpy(
                m_body.data(), rest.constData(), size_t(qMin<qint64>(rest.size(), m_length)));
            m_filled = qMin<qint64>(rest.size(), m_length);
        } else {
            const qint64 n = m_socket.read(m_body.data() + m_filled, m_length - m_filled);
            if (n > 0)
                m_filled += n;
        }
        if (m_filled == m_length)
            finish({});
    }

    void connectFresh()
    {
        m_socket.abort();
        m_socket.connectToHostEncrypted(
            m_source.extentUrl.host(), quint16(m_source.extentUrl.port(443)));
    }

    void finish(const QString &error)
    {
        if (!m_busy)
            return;
        // A kept-alive connection the server had closed meanwhile: once more on a fresh one.
        if (!error.isEmpty() && m_reused && !m_retried && m_status == 0 && m_head.isEmpty()) {
            m_retried = true;
            m_reused = false;
            connectFresh();
            return;
        }
        m_busy = false;
        m_idle.stop();
        if (!error.isEmpty() || m_close)
            m_socket.abort(); // a fresh connection for the next read
        Q_EMIT done(m_piece, error.isEmpty() ? m_status : 0, std::move(m_body), error);
    }

    DiskSource m_source;
    QSslSocket m_socket;
    QTimer m_idle;
    Piece m_piece;
    bool m_busy = false;
    bool m_close = false;
    bool m_reused = false;
    bool m_retried = false;
    QByteArray m_head;
    QByteArray m_body;
    qint64 m_filled = 0;
    qint64 m_length = -1;
    int m_status = 0;
};

// Ranged reads of the extent, several in flight, handed to a consumer in order. The consumer
// says whether it has room for one more piece (the upload's back pressure).
class ExtentReader final : public QObject
{
    Q_OBJECT

public:
    using Consumer = std::function<void(const Piece &piece, QByteArray &&data)>;

    ExtentReader(const DiskSource &source, QVector<Piece> pieces, int readsInFlight,
        const std::atomic_bool *cancel)
        : m_source(source)
        , m_pieces(std::move(pieces))
        , m_readsInFlight(qMax(1, readsInFlight))
        , m_cancel(cancel)
    { }
    ~ExtentReader() override { abort(); }

    void setConsumer(Consumer c) { m_consume = std::move(c); }
    void setRoom(std::function<bool(qint64 bytes)> room) { m_room = std::move(room); }
    // At most this many bytes a second requested from the source (0: no limit).
    void setRateLimit(qint64 bytesPerSecond) { m_rateLimit = qMax<qint64>(0, bytesPerSecond); }

    bool done() const { return m_delivered == m_pieces.size(); }
    qint64 bytesRead() const { return m_bytesRead; }
    // Bytes requested and not yet handed over.
    qint64 pending() const
    {
        qint64 b = 0;
        for (const QByteArray &c : m_ready)
            b += c.size();
        for (int i : m_inFlight.keys())
            b += m_pieces.at(i).length;
        return b;
    }
    std::optional<Error> failure() const { return m_failure; }

    void pump()
    {
        if (m_failure)
            return;
        if (m_cancel && m_cancel->load()) {
            fail(canceledError());
            return;
        }
        while (m_next < m_pieces.size() && m_inFlight.size() < m_readsInFlight
            && (!m_room || m_room(m_pieces.at(m_next).length))) {
            if (m_rateLimit > 0 && throttled())
                return;
            m_requested += m_pieces.at(m_next).length;
            request(m_next++);
        }
    }

    void fail(const Error &e)
    {
        if (m_failure)
            return;
        m_failure = e;
        abort();
        Q_EMIT failed();
    }

    void abort()
    {
        const QList<RangeConnection *> busy = m_inFlight.values();
        m_inFlight.clear();
        for (RangeConnection *c : busy)
            c->abort();
    }

Q_SIGNALS:
    void failed();
    void finished();

private:
    // Under the rate limit, the bytes requested so far may not run ahead of the clock: when they
    // do, pump() comes back once the clock has caught up.
    bool throttled()
    {
        if (!m_clock.isValid())
            m_clock.start();
        const qint64 dueMs = m_requested * 1000 / m_rateLimit;
        const qint64 aheadMs = dueMs - m_clock.elapsed();
        if (aheadMs <= 0)
            return false;
        if (!m_waiting) {
            m_waiting = true;
            QTimer::singleShot(int(qMin<qint64>(aheadMs, 1000)), this, [this]() {
                m_waiting = false;
                pump();
            });
        }
        return true;
    }

    void request(int index)
    {
        RangeConnection *conn = nullptr;
        for (RangeConnection *c : std::as_const(m_connections))
            if (!c->busy() && !m_inFlight.values().contains(c))
                conn = c;
        if (!conn) {
            conn = new RangeConnection(m_source);
            conn->setParent(this);
            m_connections << conn;
            connect(conn, &RangeConnection::done, this,
                [this, conn](
                    const Piece &piece, int status, QByteArray body, const QString &error) {
                    int index = -1;
                    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it)
                        if (it.value() == conn)
                            index = it.key();
                    if (index < 0)
                        return; // aborted after another read failed, or on cancel
                    m_inFlight.remove(index);
                    if (m_failure)
                        return;
                    if ((status != 206 && status != 200) || body.size() != piece.length) {
                        fail(Error(Error::Code::Network,
                            tr("Reading the disk from the source failed at byte %1.")
                                .arg(piece.offset),
                            QStringLiteral("HTTP %1, %2 bytes of %3: %4")
                                .arg(status)
                                .arg(body.size())
                                .arg(piece.length)
                                .arg(error)));
                        return;
                    }
                    m_bytesRead += body.size();
                    m_ready.insert(index, std::move(body));
                    deliver();
                });
        }
        m_inFlight.insert(index, conn);
        conn->get(m_pieces.at(index));
    }

    void deliver()
    {
        for (auto it = m_ready.find(m_delivered); it != m_ready.end();
             it = m_ready.find(m_delivered)) {
            QByteArray data = std::move(it.value());
            m_ready.erase(it);
            const Piece piece = m_pieces.at(m_delivered);
            ++m_delivered;
            if (m_consume)
                m_consume(piece, std::move(data));
            if (m_failure)
                return;
        }
        if (done())
            Q_EMIT finished();
        else
            pump();
    }

    DiskSource m_source;
    QVector<Piece> m_pieces;
    int m_readsInFlight;
    const std::atomic_bool *m_cancel;
    Consumer m_consume;
    std::function<bool(qint64)> m_room;
    int m_next = 0;
    int m_delivered = 0;
    qint64 m_bytesRead = 0;
    qint64 m_rateLimit = 0;
    qint64 m_requested = 0;
    QElapsedTimer m_clock;
    bool m_waiting = false;
    QMap<int, RangeConnection *> m_inFlight;
    QList<RangeConnection *> m_connections;
    QMap<int, QByteArray> m_ready;
    std::optional<Error> m_failure;
};

namespace {

// Runs the reader until it has handed over everything, failed or was canceled.
Status runReader(ExtentReader &reader, const std::atomic_bool *cancel)
{
    QEventLoop loop;
    QObject::connect(&reader, &ExtentReader::finished, &loop, &QEventLoop::quit);
    QObject::connect(&reader, &ExtentReader::failed, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    if (cancel) {
        QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&]() {
            if (cancel->load())
                reader.fail(canceledError());
        });
        cancelPoll.start(200);
    }
    reader.pump();
    if (!reader.done() && !reader.failure())
        loop.exec();
    if (auto f = reader.failure())
        return *f;
    return {};
}

// The share of all-zero blocks in 16 samples of one block spread over the disk.
Result<double> sampleZeroShare(
    const DiskSource &source, const StreamOptions &options, qint64 *bytesRead)
{
    const qint64 block = options.zeroBlockBytes;
    const qint64 blocks = source.sizeBytes / block;
    QVector<Piece> samples;
    for (int i = 0; i < 16; ++i)
        samples.push_back({(blocks - 1) * i / 15 * block, block});
    int zero = 0;
    ExtentReader reader(source, samples, options.readsInFlight, options.cancel);
    reader.setConsumer(
        [&](const Piece &, QByteArray &&data) { zero += allZero(data.constData(), data.size()); });
    if (Status st = runReader(reader, options.cancel); !st)
        return st.error();
    *bytesRead += reader.bytesRead();
    return double(zero) / double(samples.size());
}

// Reads the whole extent once: its SHA-256 and where its data is, in zeroBlockBytes blocks.
Result<Scan> scanExtent(const DiskSource &source, const StreamOptions &options, qint64 *bytesRead)
{
    Scan scan;
    Sha256 all;
    Sha256 data;
    qint64 settled = 0;
    const qint64 block = options.zeroBlockBytes;
    ExtentReader reader(source, piecesOf({{0, source.sizeBytes}}, options.chunkBytes),
        options.readsInFlight, options.cancel);
    reader.setRateLimit(options.readLimitBytesPerSecond);
    reader.setConsumer([&](const Piece &piece, QByteArray &&bytes) {
        all.add(bytes);
        for (qint64 at = 0; at < bytes.size(); at += block) {
            const qint64 n = qMin<qint64>(block, bytes.size() - at);
            if (allZero(bytes.constData() + at, n)) {
                settled += n;
                continue;
            }
            data.add(bytes.constData() + at, n);
            scan.dataBytes += n;
            const qint64 offset = piece.offset + at;
            if (!scan.dataRuns.isEmpty()
                && scan.dataRuns.last().offset + scan.dataRuns.last().length == offset)
                scan.dataRuns.last().length += n;
            else
                scan.dataRuns.push_back({offset, n});
        }
        if (options.progress)
            options.progress(settled, source.sizeBytes);
    });
    if (Status st = runReader(reader, options.cancel); !st)
        return st.error();
    *bytesRead += reader.bytesRead();
    scan.sha256 = all.result();
    scan.dataSha256 = data.result();
    return scan;
}

} // namespace

// The tar stream: index.yaml, backup.yaml, then the disk image, whose bytes arrive from ranged
// reads of the datastore; with zeros skipped, the image is a PAX 1.0 sparse member (its map
// first, then the data regions). A sequential device of known size, opened unbuffered, so the
// upload streams it.
class BackupStream final : public QIODevice
{
    Q_OBJECT

public:
    // scan: where the data is (zeros skipped), or nullptr (every byte sent).
    BackupStream(const DiskSource &source, const Upload &target, const StreamOptions &options,
        const Scan *scan)
        : m_source(source)
        , m_options(options)
        , m_limit(qint64(options.readsInFlight + 2) * options.chunkBytes)
    {
        QByteArray prefix;
        auto add = [&](const QString &name, const QByteArray &content, char type = '0') {
            prefix += tarHeader(name, content.size(), 0600, type);
            prefix += content;
            prefix += QByteArray(int(tarPadding(content.size())), '\0');
        };
        for (const auto &file : target.files)
            add(file.first, file.second);
        qint64 memberSize = source.sizeBytes;
        QVector<Piece> runs {{0, source.sizeBytes}};
        if (scan) {
            m_scan = scan;
            runs = scan->dataRuns;
            // GNU sparse 1.0 in PAX: the real name and size in an extended header, then a
            // member whose data starts with the map ("<count>\n" and "<offset>\n<length>\n" per
            // region, padded to a block) and goes on with the regions' bytes. A disk that ends
            // in a hole ends its map with an empty region at its size, as GNU tar writes it.
            const QString base = target.imageName.section(QLatin1Char('/'), -1);
            const QString dir = target.imageName.section(QLatin1Char('/'), 0, -2);
            add(dir + QStringLiteral("/PaxHeaders/") + base,
                paxRecord("GNU.sparse.major", "1") + paxRecord("GNU.sparse.minor", "0")
                    + paxRecord("GNU.sparse.name", target.imageName.toUtf8())
                    + paxRecord("GNU.sparse.realsize", QByteArray::number(source.sizeBytes)),
                'x');
            QVector<Piece> map = runs;
            if (map.isEmpty() || map.last().offset + map.last().length < source.sizeBytes)
                map.push_back({source.sizeBytes, 0});
            QByteArray text = QByteArray::number(map.size()) + '\n';
            for (const Piece &p : std::as_const(map))
                text += QByteArray::number(p.offset) + '\n' + QByteArray::number(p.length) + '\n';
            text += QByteArray(int(tarPadding(text.size())), '\0');
            memberSize = text.size() + scan->dataBytes;
            prefix += tarHeader(dir + QStringLiteral("/GNUSparseFile.0/") + base, memberSize);
            prefix += text;
        } else {
            prefix += tarHeader(target.imageName, source.sizeBytes);
        }
        m_dataBytes = scan ? scan->dataBytes : source.sizeBytes;
        // No end-of-archive blocks: the archive ends after the image's padding, and readers
        // stop at the end of the file (Go's archive/tar and GNU tar both accept that). LXD runs
        // GNU tar on the staged archive with the file fed through a pipe by a goroutine it does
        // not wait for; with the two zero blocks, tar can stop and exit before that goroutine's
        // last read, which then lands after LXD has rewound the file for its own tar reader and
        // takes 32 KiB from it: "Create instance from backup: unexpected EOF", now and then, on
        // archives that end on a 10240-byte record under load. Without them, tar reads to the
        // end of the file, so the goroutine is done before tar exits (docs/transfer.md).
        m_suffix = tarPadding(memberSize);
        m_total = prefix.size() + m_dataBytes + m_suffix;
        push(std::move(prefix));

        m_reader = std::make_unique<ExtentReader>(
            source, piecesOf(runs, options.chunkBytes), options.readsInFlight, options.cancel);
        m_reader->setRateLimit(options.readLimitBytesPerSecond);
        m_reader->setRoom(
            [this](qint64 bytes) { return m_queued + m_reader->pending() + bytes <= m_limit; });
        m_reader->setConsumer(
            [this](const Piece &piece, QByteArray &&data) { consume(piece, std::move(data)); });
        connect(m_reader.get(), &ExtentReader::failed, this, &BackupStream::failed);
        connect(m_reader.get(), &ExtentReader::finished, this, &BackupStream::readerFinished);
        m_settled = scan ? source.sizeBytes - scan->dataBytes : 0;
    }

    bool isSequential() const override { return true; }
    qint64 size() const override { return m_total; }
    qint64 bytesAvailable() const override { return m_queued + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_sent >= m_total; }

    qint64 total() const { return m_total; }
    qint64 dataBytes() const { return m_dataBytes; }
    qint64 sent() const { return m_sent; }
    QString sha256()
    {
        return QString::fromLatin1((m_scan ? m_scan->sha256 : m_hash.result()).toHex());
    }
    qint64 bytesRead() const { return m_reader->bytesRead(); }
    qint64 peakBuffered() const { return m_peak; }
    std::optional<Error> failure() const
    {
        if (m_failure)
            return m_failure;
        return m_reader->failure();
    }

    void start() { m_reader->pump(); }
    void abortReads() { m_reader->abort(); }

Q_SIGNALS:
    void failed();

protected:
    qint64 readData(char *data, qint64 max) override
    {
        qint64 n = 0;
        while (n < max && !m_queue.isEmpty()) {
            const QByteArray &front = m_queue.first();
            const qint64 take = qMin<qint64>(max - n, front.size() - m_frontPos);
            std::memcpy(data + n, front.constData() + m_frontPos, size_t(take));
            n += take;
            m_frontPos += take;
            if (m_frontPos == front.size()) {
                m_queue.removeFirst();
                m_frontPos = 0;
            }
        }
        m_queued -= n;
        m_sent += n;
        if (n > 0 && !m_pumpQueued) {
            // Room for more reads; not from inside the upload's read.
            m_pumpQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this]() {
                    m_pumpQueued = false;
                    m_reader->pump();
                },
                Qt::QueuedConnection);
        }
        // Nothing to give: -1 only after a failure (the upload then ends with an error), else
        // 0, which the upload takes as "later" (readyRead follows) on a sequential device.
        if (n == 0 && failure())
            return -1;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void push(QByteArray &&bytes)
    {
        if (bytes.isEmpty())
            return;
        m_queued += bytes.size();
        m_queue.push_back(std::move(bytes));
        m_peak = qMax(m_peak, m_queued + (m_reader ? m_reader->pending() : 0));
        Q_EMIT readyRead();
    }

    void consume(const Piece &piece, QByteArray &&data)
    {
        Q_UNUSED(piece);
        m_hash.add(data);
        m_settled += data.size();
        push(std::move(data));
        if (m_options.progress)
            m_options.progress(m_settled, m_source.sizeBytes);
    }

    void readerFinished()
    {
        if (m_scan && m_hash.result() != m_scan->dataSha256) {
            m_failure = Error(Error::Code::Io,
                tr("The source disk changed while it was copied: its data read twice differs."));
            m_reader->abort();
            Q_EMIT failed();
            return;
        }
        push(QByteArray(int(m_suffix), '\0'));
    }

    DiskSource m_source;
    StreamOptions m_options;
    Sha256 m_hash;
    const Scan *m_scan = nullptr;
    std::unique_ptr<ExtentReader> m_reader;
    QList<QByteArray> m_queue;
    qint64 m_frontPos = 0;
    qint64 m_queued = 0;
    qint64 m_limit = 0;
    qint64 m_total = 0;
    qint64 m_dataBytes = 0;
    qint64 m_suffix = 0;
    qint64 m_sent = 0;
    qint64 m_settled = 0;
    qint64 m_peak = 0;
    bool m_pumpQueued = false;
    std::optional<Error> m_failure;
};

// POSTs a sequential device of known length over one TLS connection (HTTP/1.1 with a
// Content-Length), on the calling thread. QNetworkAccessManager's upload hands the body from
// this thread to its HTTP thread 16 KiB at a time, a round trip each; on a busy machine the copy
// waited on those thread switches more than it worked (bench/transfer). Here the body goes to
// the socket in pieces of 1 MiB, at most 4 MiB waiting, and the answer is read back whole.
class RawUpload final : public QObject
{
    Q_OBJECT

public:
    RawUpload(const Upload &target, const QString &pathAndQuery, QIODevice *body, qint64 length)
        : m_target(target)
        , m_pathAndQuery(pathAndQuery)
        , m_body(body)
        , m_length(length)
    {
        m_socket.setLocalCertificate(target.clientCertificate);
        m_socket.setPrivateKey(target.clientKey);
        m_socket.setPeerVerifyMode(QSslSocket::VerifyPeer);
        connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            const QString seen = tls::sha256Of(m_socket.peerCertificate());
            if (tls::decide(m_target.pinnedSha256, seen, false) == tls::TrustOutcome::Trusted)
                m_socket.ignoreSslErrors(errors);
        });
        connect(&m_socket, &QSslSocket::encrypted, this, [this]() {
            if (!m_target.pinnedSha256.isEmpty()
                && tls::sha256Of(m_socket.peerCertificate()) != m_target.pinnedSha256) {
                fail(tr("The target's certificate is not the trusted one."));
                return;
            }
            QByteArray head = "POST " + m_pathAndQuery.toUtf8()
                + " HTTP/1.1\r\nHost: " + m_target.endpoint.host().toUtf8() + ':'
                + QByteArray::number(m_target.endpoint.port(8443))
                + "\r\nUser-Agent: Ferry\r\nContent-Type: application/octet-stream\r\n"
                  "Content-Length: "
                + QByteArray::number(m_length) + "\r\n" + m_target.headerPrefix
                + "name: " + m_target.name.toUtf8() + "\r\nConnection: close\r\n\r\n";
            m_socket.write(head);
            m_sending = true;
            pump();
        });
        connect(&m_socket, &QSslSocket::encryptedBytesWritten, this, &RawUpload::pump);
        connect(m_body, &QIODevice::readyRead, this, &RawUpload::pump);
        connect(&m_socket, &QSslSocket::readyRead, this, [this]() {
            m_response += m_socket.readAll();
            if (responseComplete())
                finish();
        });
        connect(&m_socket, &QSslSocket::disconnected, this, [this]() {
            m_response += m_socket.readAll();
            if (m_status == 0 && !parseHead())
                fail(tr("The target closed the connection without an answer."));
            else
                finish();
        });
        connect(
            &m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
                if (e == QAbstractSocket::RemoteHostClosedError)
                    return; // handled as disconnected
                m_response += m_socket.readAll();
                if (parseHead() && responseComplete())
                    finish();
                else
                    fail(m_socket.errorString());
            });
    }

    void start()
    {
        m_socket.connectToHostEncrypted(
            m_target.endpoint.host(), quint16(m_target.endpoint.port(8443)));
    }
    void abort()
    {
        if (!m_done)
            fail(tr("Operation canceled"));
    }

    bool isDone() const { return m_done; }
    qint64 written() const { return m_written; }
    int status() const { return m_status; }
    QByteArray body() const { return m_response.mid(m_bodyStart); }
    QString error() const { return m_error; }

Q_SIGNALS:
    void done();

private:
    void pump()
    {
        if (!m_sending || m_done)
            return;
        while (m_written < m_length
            && m_socket.encryptedBytesToWrite() + m_socket.bytesToWrite() < 4 * 1024 * 1024) {
            if (m_buffer.isEmpty())
                m_buffer.resize(1024 * 1024);
            const qint64 n = m_body->read(
                m_buffer.data(), qMin<qint64>(m_buffer.size(), m_length - m_written));
            if (n <= 0)
                break; // more when the body's readyRead comes
            m_socket.write(m_buffer.constData(), n);
            m_written += n;
        }
    }

    // Status line and headers; false while they are incomplete.
    bool parseHead()
    {
        if (m_status != 0)
            return true;
        const qsizetype end = m_response.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = m_response.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        m_status = first.value(1).toInt();
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray key = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (key == "content-length")
                m_contentLength = value.toLongLong();
            else if (key == "transfer-encoding" && value.toLower().contains("chunked"))
                m_chunked = true;
        }
        m_bodyStart = end + 4;
        return m_status != 0;
    }

    bool responseComplete()
    {
        if (!parseHead())
            return false;
        if (m_contentLength >= 0)
            return m_response.size() - m_bodyStart >= m_contentLength;
        return false; // chunked or unknown: until the server closes (Connection: close)
    }

    void finish()
    {
        if (m_done)
            return;
        if (m_chunked) {
            // Decode "<hex size>\r\n<data>\r\n" ... "0\r\n\r\n".
            QByteArray raw = m_response.mid(m_bodyStart);
            QByteArray decoded;
            qsizetype at = 0;
            while (at < raw.size()) {
                const qsizetype eol = raw.indexOf("\r\n", at);
                if (eol < 0)
                    break;
                bool ok = false;
                const qint64 n
                    = raw.mid(at, eol - at).split(';').value(0).trimmed().toLongLong(&ok, 16);
                if (!ok || n == 0)
                    break;
                decoded += raw.mid(eol + 2, n);
                at = eol + 2 + n + 2;
            }
            m_response = m_response.left(m_bodyStart) + decoded;
        } else if (m_contentLength >= 0) {
            m_response.truncate(m_bodyStart + m_contentLength);
        }
        m_done = true;
        m_socket.disconnect(this);
        m_socket.abort();
        Q_EMIT done();
    }

    void fail(const QString &error)
    {
        if (m_done)
            return;
        m_error = error;
        m_status = 0;
        m_done = true;
        m_socket.disconnect(this);
        m_socket.abort();
        Q_EMIT done();
    }

    Upload m_target;
    QString m_pathAndQuery;
    QIODevice *m_body;
    qint64 m_length;
    QSslSocket m_socket;
    bool m_sending = false;
    bool m_done = false;
    qint64 m_written = 0;
    QByteArray m_buffer; // one piece of the body on its way to the socket
    QByteArray m_response;
    int m_status = 0;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    qsizetype m_bodyStart = 0;
    QString m_error;
};

namespace {

Result<StreamResult> streamBackup(
    const DiskSource &source, const Upload &target, const StreamOptions &options)
{
    QElapsedTimer timer;
    timer.start();

    // Where the zeros are, when they are worth skipping.
    qint64 extraRead = 0;
    std::optional<Scan> scan;
    bool skip = options.zeros == ZeroRegions::Skip;
    if (options.zeros == ZeroRegions::Auto && source.sizeBytes >= 64 * 1024 * 1024) {
        auto share = sampleZeroShare(source, options, &extraRead);
        if (!share)
            return share.error();
        skip = *share >= 0.5;
        qCInfo(lcTransfer) << target.name << "zero share of the samples" << *share
                           << (skip ? "- zeros skipped" : "- every byte sent");
    }
    if (skip) {
        auto s = scanExtent(source, options, &extraRead);
        if (!s)
            return s.error();
        scan = std::move(*s);
    }

    BackupStream stream(source, target, options, scan ? &*scan : nullptr);
    stream.open(QIODevice::ReadOnly | QIODevice::Unbuffered);

    RawUpload upload(target, target.path + QStringLiteral("?project=") + target.project, &stream,
        stream.total());
    // Queued: never from inside the stream's own calls.
    QObject::connect(
        &stream, &BackupStream::failed, &upload, &RawUpload::abort, Qt::QueuedConnection);
    QEventLoop loop;
    QObject::connect(&upload, &RawUpload::done, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    if (options.cancel) {
        QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&]() {
            if (options.cancel->load()) {
                stream.abortReads();
                upload.abort();
            }
        });
        cancelPoll.start(200);
    }
    stream.start();
    upload.start();
    if (!upload.isDone())
        loop.exec();
    cancelPoll.stop();
    stream.abortReads();

    const int status = upload.status();
    const QByteArray body = upload.body();
    if (auto f = stream.failure())
        return *f;
    if (options.cancel && options.cancel->load())
        return canceledError();
    if (status == 0)
        return Error(Error::Code::Network,
            tr("Sending the disk to %1 failed.").arg(target.endpoint.host()), upload.error());
    if (status < 300 && stream.sent() != stream.total())
        return Error(Error::Code::Internal,
            tr("bug: the upload ended after %1 of %2 bytes.")
                .arg(stream.sent())
                .arg(stream.total()));
    auto envelope = incus::parse::envelope(status, body, target.what);
    if (!envelope)
        return envelope.error();
    if (envelope->type != QLatin1String("async") || envelope->operation.isEmpty())
        return Error(Error::Code::Server, tr("The target did not start an import operation."),
            QString::fromUtf8(body.left(300)));

    // Wait for the import with the target's timeout.
    net::HttpClient http;
    http.setPinnedSha256(target.pinnedSha256);
    http.setClientCertificate(target.clientCertificate, target.clientKey);
    http.setTimeoutMs(int(qMin<qint64>(target.operationTimeoutMs + 30000, 3600000)));
    incus::IncusClient client(&http, target.endpoint, target.operationTimeoutMs);
    auto op = client.waitOperation(envelope->operation);
    if (!op)
        return op.error();

    StreamResult result;
    result.sha256 = stream.sha256();
    result.diskBytes = source.sizeBytes;
    result.bytesRead = stream.bytesRead() + extraRead;
    result.bytesSent = stream.total();
    result.dataBytes = stream.dataBytes();
    result.zerosSkipped = scan.has_value();
    result.peakBufferedBytes = stream.peakBuffered();
    result.elapsedMs = timer.elapsed();
    qCInfo(lcTransfer) << "imported" << target.name << result.diskBytes << "disk bytes,"
                       << result.bytesRead << "read," << result.bytesSent << "sent in"
                       << result.elapsedMs << "ms, peak buffer" << result.peakBufferedBytes;
    return result;
}

} // namespace

Result<StreamResult> streamDiskIntoNewVm(
    const DiskSource &source, const VmTarget &target, const StreamOptions &options)
{
    Upload u {target.endpoint, target.pinnedSha256, target.clientCertificate, target.clientKey,
        target.headerPrefix, target.project, QStringLiteral("/1.0/instances"), target.instanceName,
        {{QStringLiteral("backup/index.yaml"), target.indexYaml},
            {QStringLiteral("backup/virtual-machine/backup.yaml"), target.backupYaml}},
        QStringLiteral("backup/virtual-machine.img"), target.operationTimeoutMs,
        tr("the instance import")};
    return streamBackup(source, u, options);
}

Result<StreamResult> streamDiskIntoNewVolume(
    const DiskSource &source, const VolumeTarget &target, const StreamOptions &options)
{
    Upload u {target.endpoint, target.pinnedSha256, target.clientCertificate, target.clientKey,
        target.headerPrefix, target.project,
        QStringLiteral("/1.0/storage-pools/%1/volumes/custom").arg(target.pool), target.volumeName,
        {{QStringLiteral("backup/index.yaml"), target.indexYaml}},
        QStringLiteral("backup/volume.img"), target.operationTimeoutMs, tr("the volume import")};
    return streamBackup(source, u, options);
}

} // namespace ferry::transfer

#include "vmimport.moc"
