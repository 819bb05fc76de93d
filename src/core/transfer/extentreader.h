#pragma once

// Internal to transfer/: not part of its interface (transfer/vmimport.h is).

#include "transfer/httpwire.h"
#include "transfer/transferinternal.h"
#include "transfer/vmimport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QSslSocket>
#include <QTimer>

#include <functional>
#include <optional>
#include <utility>

namespace ferry::transfer {

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
        connect(&m_idle, &QTimer::timeout, this, [this]() {
            finish(m_idle.interval() == kHostConnectMs
                    ? tr("No connection to the host within %1 s").arg(kHostConnectMs / 1000)
                    : tr("No data for 120 s"));
        });
        pinPeer(m_socket, this, m_source.pinnedSha256);
        // A host-direct read: the host's certificate is trusted by the ticket's pin alone.
        connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            if (m_direct && hostPinMatches())
                m_socket.ignoreSslErrors(errors);
            else if (m_direct)
                m_pinFailed = true;
        });
        connect(&m_socket, &QSslSocket::encrypted, this, [this]() {
            if (m_direct ? !hostPinMatches() : !peerMatchesPin(m_socket, m_source.pinnedSha256)) {
                finish(m_direct ? tr("The host's certificate is not the one the ticket names.")
                                : tr("The source's certificate is not the trusted one."));
                return;
            }
            m_idle.setInterval(120000);
            m_idle.start();
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
                    finish(m_pinFailed
                            ? tr("The host's certificate is not the one the ticket names.")
                            : m_socket.errorString());
            });
    }

    bool busy() const { return m_busy; }

    // `piece` of the file at `url` (on the source's server), with the session cookie `cookie`.
    // With `direct`, the read goes to the ESXi host with the ticket's cookie and pin instead
    // (`url` and `cookie` unused).
    void get(const Piece &piece, const QUrl &url, const QByteArray &cookie,
        const HostRead *direct = nullptr)
    {
        const QUrl target = direct ? direct->url : m_source.extentUrl;
        // A kept-alive connection serves only the server it was made to (and its pin).
        const bool sameServer = m_direct == (direct != nullptr) && m_host == target.host()
            && m_port == target.port(443) && (!direct || m_pin == direct->pinDigest);
        if (!sameServer)
            m_socket.abort();
        m_direct = direct != nullptr;
        m_pinFailed = false;
        m_host = target.host();
        m_port = target.port(443);
        m_pin = direct ? direct->pinDigest : QByteArray();
        m_pinAlgorithm = direct ? direct->pinAlgorithm : QCryptographicHash::Sha256;
        m_piece = piece;
        m_url = direct ? direct->url : url;
        m_cookie = direct ? direct->cookie : cookie;
        m_busy = true;
        m_head.clear();
        m_body = QByteArray();
        m_filled = 0;
        m_status = 0;
        m_length = -1;
        m_retried = false;
        m_reused = m_socket.state() == QAbstractSocket::ConnectedState && m_socket.isEncrypted();
        // A host that cannot be reached is given up on soon: its disk goes on through vCenter.
        m_idle.setInterval(m_direct && !m_reused ? kHostConnectMs : 120000);
        m_idle.start();
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
    // error set: the read failed (status: the answer's, 0 when none came).
    void done(const Piece &piece, int status, QByteArray body, const QString &error);

private:
    void send()
    {
        const QByteArray request = "GET "
            + m_url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment)
            + " HTTP/1.1\r\nHost: " + m_host.toUtf8() + ':' + QByteArray::number(m_port)
            + "\r\nUser-Agent: Ferry\r\n" + "Range: bytes=" + QByteArray::number(m_piece.offset)
            + '-' + QByteArray::number(m_piece.offset + m_piece.length - 1) + "\r\n"
            + (m_cookie.isEmpty() ? QByteArray() : "Cookie: " + m_cookie + "\r\n") + "\r\n";
        m_socket.write(request);
    }

    void onData()
    {
        if (!m_busy)
            return;
        m_idle.start();
        if (m_status == 0) {
            m_head += m_socket.readAll();
            const std::optional<ResponseHead> head = parseResponseHead(m_head);
            if (!head)
                return;
            m_status = head->status;
            m_close = head->close;
            m_length = head->contentLength;
            const qsizetype end = head->bodyStart - 4;
            if (m_status == 0 || m_length < 0 || m_length > m_piece.length + 65536) {
                finish(tr("Unexpected answer: %1").arg(QString::fromUtf8(head->statusLine)));
                return;
            }
            // A 206 for another range than asked (a proxy or a server bug) is not our bytes.
            if (m_status == 206
                && !contentRangeIs(head->contentRange, m_piece.offset, m_piece.length)) {
                finish(tr("The source answered another range: %1")
                           .arg(QString::fromUtf8(head->contentRange)));
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
        m_socket.connectToHostEncrypted(m_host, quint16(m_port));
    }

    bool hostPinMatches() const
    {
        return !m_pin.isEmpty()
            && QCryptographicHash::hash(m_socket.peerCertificate().toDer(), m_pinAlgorithm)
            == m_pin;
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
        Q_EMIT done(m_piece, m_status, std::move(m_body), error);
    }

    static constexpr int kHostConnectMs = 15000;

    DiskSource m_source;
    QSslSocket m_socket;
    QTimer m_idle;
    Piece m_piece;
    QUrl m_url;
    QByteArray m_cookie;
    QString m_host;
    int m_port = 0;
    bool m_direct = false; // the current read goes to the ESXi host
    bool m_pinFailed = false; // ... whose certificate was not the pinned one
    QByteArray m_pin;
    QCryptographicHash::Algorithm m_pinAlgorithm = QCryptographicHash::Sha256;
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

// Ranged reads of the disk, several in flight, handed to a consumer in order, one piece at a
// time. A read that fails with a network error, a timeout or a 5xx answer is tried again on a
// fresh connection after 0.25, 0.5 and 1 s (4 attempts in all); it keeps its place (and its room
// in the reads in flight) meanwhile. A 401 or 403 (the vSphere session expired) asks
// DiskSource::renewCookie once for the whole burst and sends the refused reads again with the new
// cookie; a refusal of a read sent with a renewed cookie that nothing was read with yet fails.
// Other answers (4xx, a 206 for another range) fail at once. A disk with snapshots
// (DiskSource::chainLayout) reads each piece as several file ranges (base, deltas, zeros),
// assembled before the piece is handed over. The consumer says whether it has room for one more
// read (the upload's back pressure).
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
        , m_patchFile(m_source.patches.file)
    {
        planReads();
        if (m_source.keepAlive) {
            m_keepAlive.setInterval(qMax(1, m_source.keepAliveMs));
            connect(&m_keepAlive, &QTimer::timeout, this, [this]() { keepAlive(); });
            m_keepAlive.start();
        }
    }
    ~ExtentReader() override { abort(); }
    // Bytes this reader read from the ESXi host (host-direct reads).
    qint64 hostBytesRead() const { return m_hostBytes; }
    // Whether it gave up host-direct reads for the vCenter path.
    bool fellBack() const { return m_fellBack; }
    // How often DiskSource::keepAlive was called.
    int keepAlives() const { return m_keepAlives; }

    // Reads `pieces` next, on the same connections (a relay serving one request after another).
    // Whatever was under way is dropped.
    void restart(QVector<Piece> pieces)
    {
        abort();
        m_pieces = std::move(pieces);
        m_reads.clear();
        m_next = 0;
        m_delivered = 0;
        m_assembling.clear();
        m_ready.clear();
        m_failure.reset();
        m_attempts.clear();
        m_sentWith.clear();
        planReads();
    }

    void setConsumer(Consumer c) { m_consume = std::move(c); }
    void setRoom(std::function<bool(qint64 bytes)> room) { m_room = std::move(room); }
    // At most this many bytes a second requested from the source (0: no limit).
    void setRateLimit(qint64 bytesPerSecond) { m_rateLimit = qMax<qint64>(0, bytesPerSecond); }

    bool done() const { return m_delivered == m_pieces.size(); }
    qint64 bytesRead() const { return m_bytesRead; }
    int readsRetried() const { return m_retried; }
    // Bytes requested and not yet handed over.
    qint64 pending() const
    {
        qint64 b = 0;
        for (const QByteArray &c : m_ready)
            b += c.size();
        for (const Assembly &a : m_assembling)
            b += a.data.size();
        for (int i : m_inFlight.keys())
            b += m_reads.at(i).length;
        for (int i : m_retrying)
            b += m_reads.at(i).length;
        return b;
    }
    std::optional<Error> failure() const { return m_failure; }

    void pump()
    {
        if (m_failure || m_pumping)
            return;
        m_pumping = true; // zeros arrive at once: deliver() must not come back in here
        pumpReads();
        m_pumping = false;
    }

private:
    void pumpReads()
    {
        if (m_cancel && m_cancel->load()) {
            fail(canceledError());
            return;
        }
        if (m_renewing || m_ticketing)
            return; // new reads go with the new cookie (or wait for the ticket under way)
        drainTicketQueue();
        while (m_next < m_reads.size() && m_inFlight.size() + m_retrying.size() < m_readsInFlight
            && (!m_room || m_room(m_reads.at(m_next).length))) {
            const Read &read = m_reads.at(m_next);
            if (read.file < 0) { // zeros of a snapshot chain: nothing to ask for
                arrived(m_next++, QByteArray());
                if (m_failure)
                    return;
                continue;
            }
            if (m_rateLimit > 0 && throttled())
                return;
            m_requested += read.length;
            request(m_next++);
        }
    }

public:
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
        m_retrying.clear();
        m_awaitingCookie.clear();
        m_ticketQueue.clear();
        m_direct.clear();
        for (RangeConnection *c : busy)
            c->abort();
    }

Q_SIGNALS:
    void failed();
    void finished();

private:
    // One GET (or, with file -1, zeros): `length` bytes of file `file` at `fileOffset`, going to
    // byte `at` of piece `piece`.
    struct Read
    {
        int piece = 0;
        int file = 0;
        qint64 fileOffset = 0;
        qint64 length = 0;
        qint64 at = 0;
    };
    // A piece read in several parts, filled as they arrive.
    struct Assembly
    {
        QByteArray data;
        int missing = 0;
    };

    void planReads()
    {
        for (int p = 0; p < m_pieces.size(); ++p) {
            const Piece &piece = m_pieces.at(p);
            if (!m_source.chainLayout) {
                m_reads.push_back({p, 0, piece.offset, piece.length, 0});
                continue;
            }
            qint64 covered = 0;
            for (const ChainRead &r : m_source.chainLayout(piece.offset, piece.length)) {
                if (r.offset != piece.offset + covered || r.length <= 0
                    || r.file >= m_source.chainFiles.size()) {
                    break; // the check below fails the read
                }
                m_reads.push_back({p, r.file, r.fileOffset, r.length, covered});
                covered += r.length;
            }
            if (covered != piece.length) {
                m_failure = Error(Error::Code::Internal,
                    tr("The snapshot chain does not cover bytes %1 to %2 of the disk.")
                        .arg(piece.offset)
                        .arg(piece.offset + piece.length));
                m_reads.clear();
                return;
            }
        }
    }

    QUrl urlOf(int file) const
    {
        return m_source.chainLayout ? m_source.chainFiles.at(file) : m_source.extentUrl;
    }

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

    static constexpr int kAttempts = 4;

    // `fresh`: on a new connection (its own socket: an aborted one may still report its end).
    void request(int index, bool fresh = false)
    {
        std::optional<HostRead> direct;
        if (hostDirect()) {
            // A SOAP call (a ticket, a renewal, a keep-alive) runs its event loop: this read asks
            // for its ticket after it (one call at a time on the session).
            if (m_ticketing || m_renewing) {
                m_retrying.insert(index);
                m_ticketQueue << index;
                return;
            }
            m_ticketing = true;
            const Result<HostRead> ticket = m_source.hostRead();
            m_ticketing = false;
            if (m_failure)
                return;
            if (ticket)
                direct = *ticket;
            else
                fallBack(ticket.error().message
                    + (ticket.error().details.isEmpty()
                            ? QString()
                            : QStringLiteral(" (%1)").arg(ticket.error().details)));
        }
        sendRead(index, fresh, direct);
        drainTicketQueue();
    }

    // The reads that waited for a SOAP call to end, sent now.
    void drainTicketQueue()
    {
        if (m_ticketing || m_renewing || m_failure || m_ticketQueue.isEmpty())
            return;
        const QList<int> queued = std::exchange(m_ticketQueue, {});
        for (int i : queued)
            if (m_retrying.remove(i))
                request(i, true);
    }

    bool hostDirect() const { return m_source.hostRead && !m_source.chainLayout && !m_fellBack; }

    // From here on every read goes to vCenter; `reason` is told once.
    void fallBack(const QString &reason)
    {
        if (m_fellBack)
            return;
        m_fellBack = true;
        if (m_source.hostFallback)
            m_source.hostFallback(reason);
    }

    void sendRead(int index, bool fresh, const std::optional<HostRead> &direct)
    {
        RangeConnection *conn = nullptr;
        if (!fresh)
            for (RangeConnection *c : std::as_const(m_connections))
                if (!c->busy() && !m_inFlight.values().contains(c))
                    conn = c;
        if (!conn) {
            conn = new RangeConnection(m_source);
            conn->setParent(this);
            m_connections << conn;
            connect(conn, &RangeConnection::done, this,
                [this, conn](const Piece &piece, int status, QByteArray body,
                    const QString &error) { onDone(conn, piece, status, std::move(body), error); });
        }
        m_inFlight.insert(index, conn);
        m_sentWith.insert(index, m_generation);
        const Read &read = m_reads.at(index);
        if (direct)
            m_direct.insert(index);
        else
            m_direct.remove(index);
        conn->get({read.fileOffset, read.length}, urlOf(read.file), m_source.cookie,
            direct ? &*direct : nullptr);
    }

    void onDone(RangeConnection *conn, const Piece &piece, int status, QByteArray body,
        const QString &error)
    {
        int index = -1;
        for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it)
            if (it.value() == conn)
                index = it.key();
        if (index < 0)
            return; // aborted after another read failed, or on cancel
        m_inFlight.remove(index);
        const int sentWith = m_sentWith.take(index);
        const bool wasDirect = m_direct.remove(index);
        if (m_failure)
            return;
        const bool ok
            = error.isEmpty() && (status == 206 || status == 200) && body.size() == piece.length;
        if (wasDirect && !ok) { // the host failed: this read and the rest go to vCenter
            drop(conn);
            fallBack(error.isEmpty() ? tr("the host answered HTTP %1").arg(status) : error);
            request(index, true);
            return;
        }
        if (wasDirect) {
            m_hostBytes += body.size();
            if (m_source.hostBytes)
                *m_source.hostBytes += body.size();
        }
        if (ok) {
            if (sentWith == m_generation)
                m_generationWorked = true;
            m_attempts.remove(index);
            m_bytesRead += body.size();
            arrived(index, std::move(body));
            return;
        }
        if (status == 401 || status == 403) {
            refused(index, sentWith, status, error);
            return;
        }
        // No answer, a cut or stalled one, a server error: worth another try. A 206 for another
        // range or any other answer is not.
        const bool transient = status == 0 || status >= 500;
        const int attempt = ++m_attempts[index];
        if (transient && attempt < kAttempts) {
            drop(conn);
            ++m_retried;
            if (m_source.readsRetried)
                ++*m_source.readsRetried;
            m_retrying.insert(index);
            QTimer::singleShot(250 << (attempt - 1), this, [this, index]() {
                if (!m_retrying.remove(index) || m_failure)
                    return;
                request(index, true);
            });
            return;
        }
        const Read &read = m_reads.at(index);
        fail(Error(Error::Code::Network,
            tr("Reading the disk from the source failed at byte %1.")
                .arg(m_pieces.at(read.piece).offset + read.at),
            QStringLiteral("%1: HTTP %2, %3 bytes of %4 at %5, attempt %6 of %7: %8")
                .arg(urlOf(read.file).path())
                .arg(status)
                .arg(body.size())
                .arg(piece.length)
                .arg(piece.offset)
                .arg(attempt)
                .arg(transient ? kAttempts : 1)
                .arg(error)));
    }

    // A connection that failed is not used again.
    void drop(RangeConnection *conn)
    {
        conn->abort();
        m_connections.removeAll(conn);
        conn->disconnect(this);
        conn->deleteLater();
    }

    // The source refused read `index` (401, 403): its session ended, or the user may not read.
    void refused(int index, int sentWith, int status, const QString &error)
    {
        const Read &read = m_reads.at(index);
        const Error refusal(Error::Code::Authentication,
            tr("The source refuses the datastore read: the user may lack the privilege "
               "Datastore.Browse."),
            QStringLiteral("%1: HTTP %2 at %3: %4")
                .arg(urlOf(read.file).path())
                .arg(status)
                .arg(read.fileOffset)
                .arg(error));
        if (!m_source.renewCookie) {
            fail(refusal);
            return;
        }
        if (sentWith < m_generation) { // sent before the new cookie came: again with it
            request(index, true);
            return;
        }
        if (!m_renewing && m_generation > 0 && !m_generationWorked) {
            fail(refusal); // refused right after a new login: not an expired session
            return;
        }
        m_retrying.insert(index);
        m_awaitingCookie << index;
        if (m_renewing) {
            if (!m_refusal)
                m_refusal = refusal; // a keep-alive call runs: the renewal comes after it
            return;
        }
        m_refusal = refusal;
        m_renewing = true;
        renewSoon();
    }

    // Renews the cookie for the reads in m_awaitingCookie (m_renewing is set).
    void renewSoon()
    {
        // Not from inside the connection's signal: the login runs an event loop of its own.
        QTimer::singleShot(0, this, [this]() {
            const Result<QByteArray> cookie = m_source.renewCookie();
            m_renewing = false;
            if (m_failure)
                return;
            if (!cookie) {
                fail(cookie.error());
                return;
            }
            if (cookie->isEmpty()) { // the session is alive: not a session that ended
                fail(m_refusal.value_or(Error()));
                return;
            }
            m_source.cookie = *cookie;
            ++m_generation;
            m_generationWorked = false;
            m_refusal.reset();
            const QList<int> waiting = std::exchange(m_awaitingCookie, {});
            for (int i : waiting)
                if (m_retrying.remove(i))
                    request(i, true);
            pump();
        });
    }

    // The keep-alive timer: one cheap call on the session, no read sent and no renewal started
    // while it runs (it has an event loop of its own). A new cookie (the call logged in again)
    // is used from here on, like a renewed one; reads refused meanwhile are renewed after it.
    void keepAlive()
    {
        if (m_renewing || m_ticketing || m_failure || done())
            return;
        m_renewing = true;
        ++m_keepAlives;
        const Result<QByteArray> cookie = m_source.keepAlive();
        m_renewing = false;
        if (m_failure)
            return;
        const bool changed = cookie && !cookie->isEmpty() && *cookie != m_source.cookie;
        if (changed) {
            m_source.cookie = *cookie;
            ++m_generation;
            m_generationWorked = false;
        }
        // Reads refused while the call ran were sent before it, with the old cookie: with a new
        // one they go again at once, else the cookie is renewed for them as for any refusal.
        if (!m_awaitingCookie.isEmpty()) {
            if (!changed) {
                m_renewing = true;
                renewSoon();
                return;
            }
            m_refusal.reset();
            const QList<int> waiting = std::exchange(m_awaitingCookie, {});
            for (int i : waiting)
                if (m_retrying.remove(i))
                    request(i, true);
        }
        pump();
    }

    // Read `index` is here (empty body: zeros); a piece whose reads are all here is ready.
    void arrived(int index, QByteArray &&body)
    {
        const Read &read = m_reads.at(index);
        const qint64 pieceLength = m_pieces.at(read.piece).length;
        if (read.at == 0 && read.length == pieceLength && !body.isEmpty()) {
            m_ready[read.piece] = std::move(body); // the common case: one read, one piece
        } else {
            auto it = m_assembling.find(read.piece);
            if (it == m_assembling.end()) {
                Assembly a;
                a.data = QByteArray(qsizetype(pieceLength), '\0');
                a.missing = 0;
                for (int i = index; i < m_reads.size() && m_reads.at(i).piece == read.piece; ++i)
                    ++a.missing;
                for (int i = index - 1; i >= 0 && m_reads.at(i).piece == read.piece; --i)
                    ++a.missing;
                it = m_assembling.insert(read.piece, a);
            }
            if (!body.isEmpty())
                std::memcpy(it->data.data() + read.at, body.constData(), size_t(body.size()));
            if (--it->missing > 0) {
                pump(); // the piece's next reads
                return;
            }
            m_ready[read.piece] = std::move(it->data);
            m_assembling.erase(it);
        }
        deliver();
    }

    void deliver()
    {
        for (auto it = m_ready.find(m_delivered); it != m_ready.end();
             it = m_ready.find(m_delivered)) {
            QByteArray data = std::move(it.value());
            m_ready.erase(it);
            const Piece piece = m_pieces.at(m_delivered);
            ++m_delivered;
            if (!m_source.patches.isEmpty())
                if (Status st = applyPatches(m_source.patches, piece.offset, data, m_patchFile);
                    !st) {
                    fail(st.error());
                    return;
                }
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
    QVector<Read> m_reads; // every piece's reads, in order
    int m_readsInFlight;
    const std::atomic_bool *m_cancel;
    QFile m_patchFile;
    Consumer m_consume;
    std::function<bool(qint64)> m_room;
    int m_next = 0; // the next read to send
    int m_delivered = 0; // pieces handed over
    qint64 m_bytesRead = 0;
    qint64 m_rateLimit = 0;
    qint64 m_requested = 0;
    QElapsedTimer m_clock;
    bool m_waiting = false;
    bool m_pumping = false;
    QMap<int, RangeConnection *> m_inFlight; // by read
    QMap<int, int> m_sentWith; // by read in flight: the cookie generation it was sent with
    QMap<int, int> m_attempts; // by read: its failed attempts so far
    QSet<int> m_retrying; // reads waiting for their next attempt (or for a new cookie)
    QList<int> m_awaitingCookie;
    QSet<int> m_direct; // reads in flight sent to the ESXi host
    QList<int> m_ticketQueue; // reads waiting for the ticket call under way
    bool m_ticketing = false;
    bool m_fellBack = false;
    qint64 m_hostBytes = 0;
    int m_retried = 0;
    int m_generation = 0; // how often the cookie was renewed
    bool m_generationWorked = false; // a read with the current cookie succeeded
    bool m_renewing = false;
    std::optional<Error> m_refusal; // the refusal that started the renewal
    QTimer m_keepAlive;
    int m_keepAlives = 0;
    QList<RangeConnection *> m_connections;
    QMap<int, Assembly> m_assembling; // by piece
    QMap<int, QByteArray> m_ready; // by piece
    std::optional<Error> m_failure;
};

// Runs the reader until it has handed over everything, failed or was canceled.
Status runReader(ExtentReader &reader, const std::atomic_bool *cancel);

} // namespace ferry::transfer
