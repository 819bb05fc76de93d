#include "transfer/httpwire.h"

#include "tls/certificate.h"

#include <QList>
#include <QSslConfiguration>
#include <QSslSocket>

namespace ferry::transfer {

std::optional<ResponseHead> parseResponseHead(const QByteArray &received)
{
    const qsizetype end = received.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    ResponseHead head;
    const QList<QByteArray> lines = received.left(end).split('\n');
    head.statusLine = lines.value(0).trimmed();
    head.status = head.statusLine.split(' ').value(1).toInt();
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (key == "content-length") {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            head.contentLength = ok && n >= 0 ? n : -1;
        } else if (key == "transfer-encoding") {
            head.chunked = value.toLower().contains("chunked");
        } else if (key == "connection") {
            head.close = value.toLower() == "close";
        } else if (key == "content-range") {
            head.contentRange = value;
        } else if (key == "location") {
            head.location = value;
        }
    }
    head.bodyStart = end + 4;
    return head;
}

QByteArray decodeChunked(const QByteArray &body)
{
    QByteArray decoded;
    qsizetype at = 0;
    while (at < body.size()) {
        const qsizetype eol = body.indexOf("\r\n", at);
        if (eol < 0)
            break;
        bool ok = false;
        const qint64 n = body.mid(at, eol - at).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok || n <= 0 || n > body.size() - (eol + 2))
            break;
        decoded += body.mid(eol + 2, n);
        at = eol + 2 + n + 2;
    }
    return decoded;
}

bool contentRangeIs(const QByteArray &contentRange, qint64 offset, qint64 length)
{
    // "bytes FIRST-LAST/TOTAL" (TOTAL may be "*").
    const QByteArray v = contentRange.trimmed();
    if (!v.startsWith("bytes "))
        return false;
    const QByteArray range = v.mid(6).split('/').value(0).trimmed();
    const qsizetype dash = range.indexOf('-');
    if (dash <= 0)
        return false;
    bool okFirst = false;
    bool okLast = false;
    const qint64 first = range.left(dash).toLongLong(&okFirst);
    const qint64 last = range.mid(dash + 1).toLongLong(&okLast);
    return okFirst && okLast && first == offset && last == offset + length - 1;
}

void pinPeer(QSslSocket &socket, QObject *context, const QString &pinnedSha256,
    const QList<QSslCertificate> &extraCas)
{
    if (pinnedSha256.isEmpty() && !extraCas.isEmpty()) {
        QSslConfiguration conf = socket.sslConfiguration();
        conf.addCaCertificates(extraCas);
        socket.setSslConfiguration(conf);
    }
    QObject::connect(&socket, &QSslSocket::sslErrors, context,
        [&socket, pinnedSha256](const QList<QSslError> &errors) {
            const QString seen = tls::sha256Of(socket.peerCertificate());
            if (tls::decide(pinnedSha256, seen, false) == tls::TrustOutcome::Trusted)
                socket.ignoreSslErrors(errors);
        });
}

bool peerMatchesPin(const QSslSocket &socket, const QString &pinnedSha256)
{
    return pinnedSha256.isEmpty() || tls::sha256Of(socket.peerCertificate()) == pinnedSha256;
}

} // namespace ferry::transfer
