// Ranged reads over a datastore's /folder front (vmware/datastore: checkRangeAnswer and
// Datastores::openRanged): the answer's checks, and the retries against a local HTTP server that
// answers as scripted (5xx, 404, a server that ignores Range, a wrong Content-Range).
#include "net/httpclient.h"
#include "vmware/datastore.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>

using namespace ferry;
using namespace ferry::vmware;

namespace {

// A one-request-per-connection HTTP/1.1 server on 127.0.0.1 in the test's thread (the client's
// local event loop serves it). `answer` gets the request's Range header ("" when none) and the
// request's number (1: the first) and returns the raw response.
class FakeFolderServer final : public QObject
{
public:
    std::function<QByteArray(const QByteArray &range, int n)> answer;
    QByteArrayList ranges; // every request's Range header, in order

    FakeFolderServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(s, &QTcpSocket::disconnected, s, [s, buffer]() {
                    delete buffer;
                    s->deleteLater();
                });
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer]() {
                    *buffer += s->readAll();
                    if (!buffer->contains("\r\n\r\n"))
                        return;
                    const QRegularExpression re(QStringLiteral("(?im)^Range:\\s*(\\S+)"));
                    const auto m = re.match(QString::fromLatin1(*buffer));
                    const QByteArray range = m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
                    buffer->clear();
                    ranges << range;
                    s->write(answer(range, int(ranges.size())));
                    s->disconnectFromHost();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }

private:
    QTcpServer m_server;
};

QByteArray response(int status, const QByteArray &body, const QByteArray &contentRange = {})
{
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + " X\r\nConnection: close\r\n"
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!contentRange.isEmpty())
        r += "Content-Range: " + contentRange + "\r\n";
    return r + "\r\n" + body;
}

QByteArray fileBytes()
{
    QByteArray b(10000, '\0');
    for (int i = 0; i < b.size(); ++i)
        b[i] = char((i * 7 + 3) & 0xff);
    return b;
}

// A correct ranged answer of fileBytes() to "bytes=a-b".
QByteArray rangedAnswer(const QByteArray &range)
{
    const QByteArray file = fileBytes();
    const QByteArray spec = range.mid(6);
    const qint64 first = spec.split('-').value(0).toLongLong();
    const qint64 last = spec.split('-').value(1).toLongLong();
    return response(206, file.mid(first, last - first + 1),
        "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
            + QByteArray::number(file.size()));
}

} // namespace

class TestDatastoreRange final : public QObject
{
    Q_OBJECT

private:
    const QString what = QStringLiteral("[ds] f");

private Q_SLOTS:
    void answerChecks()
    {
        QVERIFY(checkRangeAnswer(206, "bytes 100-149/10000", 50, 100, 50, 10000, what));
        QVERIFY(checkRangeAnswer(206, "bytes 0-9999/10000", 10000, 0, 10000, 10000, what));
        // Other bytes than asked, another file size, a short body, no or a broken header.
        QVERIFY(!checkRangeAnswer(206, "bytes 101-150/10000", 50, 100, 50, 10000, what));
        QVERIFY(!checkRangeAnswer(206, "bytes 100-149/20000", 50, 100, 50, 10000, what));
        QVERIFY(!checkRangeAnswer(206, "bytes 100-149/10000", 49, 100, 50, 10000, what));
        QVERIFY(!checkRangeAnswer(206, "", 50, 100, 50, 10000, what));
        QVERIFY(!checkRangeAnswer(206, "bytes 100-/10000", 50, 100, 50, 10000, what));
        QVERIFY(!checkRangeAnswer(206, "items 100-149/10000", 50, 100, 50, 10000, what));
        // A whole-file 200 only for a range that is the whole file.
        QVERIFY(checkRangeAnswer(200, "", 10000, 0, 10000, 10000, what));
        QVERIFY(!checkRangeAnswer(200, "", 10000, 0, 50, 10000, what));
        QVERIFY(!checkRangeAnswer(200, "", 50, 0, 50, 10000, what));
        // Statuses say what happened.
        const Status auth = checkRangeAnswer(401, "", 0, 0, 50, 10000, what);
        QVERIFY(!auth);
        QCOMPARE(auth.error().code, Error::Code::Authentication);
        QCOMPARE(checkRangeAnswer(403, "", 0, 0, 50, 10000, what).error().code,
            Error::Code::Authentication);
        const Status missing = checkRangeAnswer(404, "", 0, 0, 50, 10000, what);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("HTTP 404")));
        QVERIFY(missing.error().message.contains(what));
        QCOMPARE(checkRangeAnswer(416, "bytes */10000", 0, 0, 50, 10000, what).error().code,
            Error::Code::Server);
    }

    void readsRanges()
    {
        FakeFolderServer server;
        server.answer = [](const QByteArray &range, int) {
            return rangedAnswer(range);
        };
        net::HttpClient http;
        Datastores ds(&http, server.url(), QStringLiteral("DC0"));
        auto file = ds.openRanged(QStringLiteral("ds"), QStringLiteral("dir/f.vmdk"));
        QVERIFY2(file, file ? "" : qPrintable(file.error().toString()));
        QCOMPARE(file->size, qint64(10000));
        QCOMPARE(server.ranges, QByteArrayList {"bytes=0-0"});
        auto bytes = file->read(100, 50);
        QVERIFY(bytes);
        QCOMPARE(*bytes, fileBytes().mid(100, 50));
        QCOMPARE(server.ranges.last(), QByteArray("bytes=100-149"));
        auto tail = file->read(9990, 10);
        QVERIFY(tail);
        QCOMPARE(*tail, fileBytes().right(10));
        // Nothing asked past the end, nothing sent for it.
        QVERIFY(!file->read(9995, 10));
        QVERIFY(file->read(10000, 0));
        QCOMPARE(ds.rangeRequestsSent(), 3);
        QCOMPARE(server.ranges.size(), 3);
    }

    void retriesServerErrors()
    {
        FakeFolderServer server;
        server.answer = [](const QByteArray &range, int n) {
            return n == 2 || n == 3 ? response(503, "busy") : rangedAnswer(range);
        };
        net::HttpClient http;
        Datastores ds(&http, server.url(), QStringLiteral("DC0"));
        ds.setRangeRetry({4, 5});
        auto file = ds.openRanged(QStringLiteral("ds"), QStringLiteral("f"));
        QVERIFY(file);
        auto bytes = file->read(0, 4096);
        QVERIFY2(bytes, bytes ? "" : qPrintable(bytes.error().toString()));
        QCOMPARE(*bytes, fileBytes().left(4096));
        QCOMPARE(ds.rangeRequestsSent(), 4); // the size, two 503s, the answer

        // Always 503: four attempts, then the status.
        server.answer = [](const QByteArray &, int) {
            return response(503, "busy");
        };
        auto failed = file->read(0, 10);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, Error::Code::Server);
        QVERIFY(failed.error().message.contains(QStringLiteral("HTTP 503")));
        QCOMPARE(ds.rangeRequestsSent(), 8);
    }

    void doesNotRetryClientErrors()
    {
        FakeFolderServer server;
        int status = 404;
        server.answer = [&status](const QByteArray &, int) {
            return response(status, "no");
        };
        net::HttpClient http;
        Datastores ds(&http, server.url(), QStringLiteral("DC0"));
        ds.setRangeRetry({4, 5});
        auto missing = ds.openRanged(QStringLiteral("ds"), QStringLiteral("dir/gone.vmdk"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("[ds] dir/gone.vmdk")));
        QCOMPARE(ds.rangeRequestsSent(), 1);
        status = 401;
        auto refused = ds.openRanged(QStringLiteral("ds"), QStringLiteral("f"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Authentication);
        QVERIFY(refused.error().message.contains(QStringLiteral("HTTP 401")));
        QCOMPARE(ds.rangeRequestsSent(), 2);
    }

    void retriesNetworkErrors()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            port = closed.serverPort();
        }
        net::HttpClient http;
        Datastores ds(
            &http, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("DC0"));
        ds.setRangeRetry({3, 5});
        auto file = ds.openRanged(QStringLiteral("ds"), QStringLiteral("f"));
        QVERIFY(!file);
        QCOMPARE(file.error().code, Error::Code::Network);
        QVERIFY(file.error().details.contains(QStringLiteral("3 attempts")));
        QCOMPARE(ds.rangeRequestsSent(), 3);
    }

    void refusesWrongAnswers()
    {
        FakeFolderServer server;
        // A server that ignores Range: the whole file for the size probe.
        server.answer = [](const QByteArray &, int) {
            return response(200, fileBytes());
        };
        net::HttpClient http;
        Datastores ds(&http, server.url(), QStringLiteral("DC0"));
        ds.setRangeRetry({4, 5});
        auto ignored = ds.openRanged(QStringLiteral("ds"), QStringLiteral("f"));
        QVERIFY(!ignored);
        QCOMPARE(ignored.error().code, Error::Code::Unsupported);
        // Counted, not kept: the whole answer's size is in the details.
        QVERIFY2(ignored.error().details.contains(QStringLiteral("10000 bytes")),
            qPrintable(ignored.error().toString()));

        // Other bytes than asked: an error, not retried.
        server.answer = [](const QByteArray &range, int) {
            return range == "bytes=0-0" ? rangedAnswer(range)
                                        : response(206, QByteArray(50, 'x'), "bytes 0-49/10000");
        };
        auto file = ds.openRanged(QStringLiteral("ds"), QStringLiteral("f"));
        QVERIFY(file);
        const int before = ds.rangeRequestsSent();
        auto wrong = file->read(100, 50);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, Error::Code::Server);
        QVERIFY(wrong.error().details.contains(QStringLiteral("bytes 0-49/10000")));
        QCOMPARE(ds.rangeRequestsSent(), before + 1);

        // An empty file: 416 with "bytes */0".
        server.answer = [](const QByteArray &, int) {
            return response(416, {}, "bytes */0");
        };
        auto empty = ds.openRanged(QStringLiteral("ds"), QStringLiteral("empty"));
        QVERIFY2(empty, empty ? "" : qPrintable(empty.error().toString()));
        QCOMPARE(empty->size, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestDatastoreRange)
#include "test_datastorerange.moc"
