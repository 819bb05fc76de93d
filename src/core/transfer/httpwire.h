#pragma once

// Internal to transfer/: the HTTP/1.1 and TLS pieces that the datastore reads (RangeConnection)
// and the import upload (RawUpload) share on their own sockets.

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

class QObject;
class QSslSocket;

namespace ferry::transfer {

// A response's status line and the headers the raw connections act on.
struct ResponseHead
{
    int status = 0;
    QByteArray statusLine;
    qint64 contentLength = -1; // -1: not given
    bool chunked = false; // Transfer-Encoding: chunked
    bool close = false; // Connection: close
    QByteArray contentRange; // as sent, e.g. "bytes 0-1023/4096"
    QByteArray location; // for redirects
    qsizetype bodyStart = 0; // where the body starts in the bytes received
};

// The head of the response in `received`, once it is complete (the blank line seen); nullopt
// before. A status line without a number gives status 0.
std::optional<ResponseHead> parseResponseHead(const QByteArray &received);

// A chunked body ("<hex size>[;ext]\r\n<data>\r\n" ... "0\r\n\r\n") decoded; what follows a
// malformed size is dropped.
QByteArray decodeChunked(const QByteArray &body);

// True when a Content-Range header says exactly the bytes [offset, offset + length).
bool contentRangeIs(const QByteArray &contentRange, qint64 offset, qint64 length);

// Trusts the peer of `socket` by its pinned certificate: TLS errors are ignored when the
// certificate's SHA-256 is `pinnedSha256` (empty: the system's trust decides, with `extraCas`
// trusted too: a target verified by certificate authority). Call peerMatchesPin() once
// encrypted.
void pinPeer(QSslSocket &socket, QObject *context, const QString &pinnedSha256,
    const QList<QSslCertificate> &extraCas = {});
bool peerMatchesPin(const QSslSocket &socket, const QString &pinnedSha256);

} // namespace ferry::transfer
