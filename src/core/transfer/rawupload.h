#pragma once

// Internal to transfer/: not part of its interface (transfer/vmimport.h is).

#include "transfer/backupstream.h"
#include "transfer/httpwire.h"

#include <QSslSocket>

namespace ferry::transfer {

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
        m_socket.setLocalCertificate(target.connection.clientCertificate);
        m_socket.setPrivateKey(target.connection.clientKey);
        m_socket.setPeerVerifyMode(QSslSocket::VerifyPeer);
        pinPeer(
            m_socket, this, m_target.connection.pinnedSha256, m_target.connection.caCertificates);
        connect(&m_socket, &QSslSocket::encrypted, this, [this]() {
            if (!peerMatchesPin(m_socket, m_target.connection.pinnedSha256)) {
                fail(tr("The target's certificate is not the trusted one."));
                return;
            }
            QByteArray head = "POST " + m_pathAndQuery.toUtf8()
                + " HTTP/1.1\r\nHost: " + m_target.connection.endpoint.host().toUtf8() + ':'
                + QByteArray::number(m_target.connection.endpoint.port(8443))
                + "\r\nUser-Agent: Ferry\r\nContent-Type: application/octet-stream\r\n"
                  "Content-Length: "
                + QByteArray::number(m_length) + "\r\n" + m_target.connection.headerPrefix()
                + "name: " + m_target.name.toUtf8() + "\r\n"
                + (m_target.pool.isEmpty() ? QByteArray()
                                           : m_target.connection.headerPrefix()
                            + "pool: " + m_target.pool.toUtf8() + "\r\n")
                // An OIDC target: the bearer token instead of a client certificate.
                + (m_target.connection.authorization.isEmpty()
                        ? QByteArray()
                        : "Authorization: " + m_target.connection.authorization + "\r\n")
                + "Connection: close\r\n\r\n";
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
            m_target.connection.endpoint.host(), quint16(m_target.connection.endpoint.port(8443)));
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
        const std::optional<ResponseHead> head = parseResponseHead(m_response);
        if (!head)
            return false;
        m_status = head->status;
        m_contentLength = head->contentLength;
        m_chunked = head->chunked;
        m_bodyStart = head->bodyStart;
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
            m_response = m_response.left(m_bodyStart) + decodeChunked(m_response.mid(m_bodyStart));
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

} // namespace ferry::transfer
