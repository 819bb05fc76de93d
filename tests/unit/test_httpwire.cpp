// The HTTP/1.1 pieces that the datastore reads and the import upload share on their own sockets
// (transfer/httpwire.h): the response head, chunked bodies and Content-Range.
#include "transfer/httpwire.h"

#include <QtTest>

using namespace ferry::transfer;

class TestHttpWire final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void head_data()
    {
        QTest::addColumn<QByteArray>("received");
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("length");
        QTest::addColumn<bool>("chunked");
        QTest::addColumn<bool>("close");
        QTest::addColumn<QByteArray>("range");
        QTest::newRow("partial content")
            << QByteArray("HTTP/1.1 206 Partial Content\r\nContent-Length: 1024\r\n"
                          "Content-Range: bytes 0-1023/4096\r\n\r\nxx")
            << 206 << qint64(1024) << false << false << QByteArray("bytes 0-1023/4096");
        QTest::newRow("header case and spaces")
            << QByteArray(
                   "HTTP/1.1 202 Accepted\r\ncontent-LENGTH:   7 \r\nCONNECTION: Close\r\n\r\n")
            << 202 << qint64(7) << false << true << QByteArray();
        QTest::newRow("chunked") << QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 200 << qint64(-1) << true << false << QByteArray();
        QTest::newRow("negative length is none")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n") << 200 << qint64(-1)
            << false << false << QByteArray();
        QTest::newRow("no status number")
            << QByteArray("garbage\r\n\r\n") << 0 << qint64(-1) << false << false << QByteArray();
    }
    void head()
    {
        QFETCH(QByteArray, received);
        const auto h = parseResponseHead(received);
        QVERIFY(h);
        QTEST(h->status, "status");
        QTEST(h->contentLength, "length");
        QTEST(h->chunked, "chunked");
        QTEST(h->close, "close");
        QTEST(h->contentRange, "range");
        QCOMPARE(received.mid(h->bodyStart - 4, 4), QByteArray("\r\n\r\n"));
    }

    void incompleteHeadIsNotParsed()
    {
        QVERIFY(!parseResponseHead("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n"));
        QVERIFY(!parseResponseHead(QByteArray()));
    }

    void chunks()
    {
        QCOMPARE(
            decodeChunked("4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\n\r\n"), QByteArray("Wikipedia"));
        QCOMPARE(decodeChunked("0\r\n\r\n"), QByteArray());
        // A malformed or overlong size ends the body there, never reads past it.
        QCOMPARE(decodeChunked("3\r\nabc\r\nzz\r\nxx"), QByteArray("abc"));
        QCOMPARE(decodeChunked("ffff\r\nabc"), QByteArray());
    }

    void contentRange()
    {
        QVERIFY(contentRangeIs("bytes 0-1023/4096", 0, 1024));
        QVERIFY(contentRangeIs("bytes 1024-2047/*", 1024, 1024));
        QVERIFY(!contentRangeIs("bytes 0-1023/4096", 1024, 1024));
        QVERIFY(!contentRangeIs("bytes 0-1022/4096", 0, 1024));
        QVERIFY(!contentRangeIs("", 0, 1024));
        QVERIFY(!contentRangeIs("items 0-1023/4096", 0, 1024));
        QVERIFY(!contentRangeIs("bytes -1023/4096", 0, 1024));
    }
};

QTEST_GUILESS_MAIN(TestHttpWire)
#include "test_httpwire.moc"
