// SoapClient reads /sdk/vimServiceVersions.xml before its first call (issue 13, "Addressing and
// sessions"): the newest urn:vim25 version Ferry speaks goes into every SOAPAction, and a server
// without the file (or with something else there) is not vSphere and gets no SOAP call.
#include "net/httpclient.h"
#include "vmware/soapclient.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace ferry;
using namespace ferry::vmware;

namespace {

// One request per connection, served in the test's thread (the blocking client's local event
// loop runs it): GET /sdk/vimServiceVersions.xml answers `versionsStatus`/`versionsBody`, a POST
// a minimal RetrieveServiceContent answer. Every request line and SOAPAction is recorded.
class FakeServer final : public QObject
{
public:
    int versionsStatus = 200;
    QByteArray versionsBody;
    QStringList requests; // "GET /sdk/vimServiceVersions.xml", "POST urn:vim25/6.5 ..."

    FakeServer()
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
                    const qsizetype head = buffer->indexOf("\r\n\r\n");
                    if (head < 0)
                        return;
                    const QByteArray lower = buffer->left(head).toLower();
                    const qsizetype at = lower.indexOf("content-length:");
                    const qsizetype length = at < 0
                        ? 0
                        : lower.mid(at + 15, lower.indexOf("\r\n", at) - at - 15)
                              .trimmed()
                              .toLongLong();
                    if (buffer->size() < head + 4 + length)
                        return;
                    s->write(answer(buffer->left(head), buffer->mid(head + 4, length)));
                    buffer->clear();
                    s->disconnectFromHost();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/sdk").arg(m_server.serverPort()));
    }

private:
    static QByteArray http(int status, const QByteArray &body)
    {
        return "HTTP/1.1 " + QByteArray::number(status)
            + " X\r\nConnection: close\r\nContent-Type: text/xml; charset=utf-8\r\n"
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }
    QByteArray answer(const QByteArray &head, const QByteArray &body)
    {
        const QByteArray requestLine = head.left(head.indexOf("\r\n"));
        if (requestLine.startsWith("GET /sdk/vimServiceVersions.xml ")) {
            requests << QStringLiteral("GET /sdk/vimServiceVersions.xml");
            return http(versionsStatus, versionsBody);
        }
        QString action;
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith("soapaction:"))
                action = QString::fromLatin1(line.mid(11).trimmed());
        requests << QStringLiteral("POST %1 %2")
                        .arg(action,
                            body.contains("RetrieveServiceContent")
                                ? QStringLiteral("RetrieveServiceContent")
                                : QStringLiteral("?"));
        return http(200,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope "
            "xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
            "<RetrieveServiceContentResponse xmlns=\"urn:vim25\"><returnval>"
            "<rootFolder type=\"Folder\">group-d1</rootFolder>"
            "<propertyCollector type=\"PropertyCollector\">propertyCollector</propertyCollector>"
            "<sessionManager type=\"SessionManager\">SessionManager</sessionManager>"
            "<about><apiType>VirtualCenter</apiType><apiVersion>8.0.2.0</apiVersion></about>"
            "</returnval></RetrieveServiceContentResponse></soapenv:Body></soapenv:Envelope>");
    }

    QTcpServer m_server;
};

QByteArray versionsXml(const QByteArray &version, const QByteArrayList &prior)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<namespaces version=\"1.0\">\n"
                     " <namespace>\n  <name>urn:vim25</name>\n  <version>"
        + version + "</version>\n  <priorVersions>\n";
    for (const QByteArray &p : prior)
        xml += "   <version>" + p + "</version>\n";
    return xml
        + "  </priorVersions>\n </namespace>\n <namespace>\n  <name>urn:vim2</name>\n"
          "  <version>2.0</version>\n </namespace>\n</namespaces>\n";
}

} // namespace

class TestSoapVersions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pick_data()
    {
        QTest::addColumn<QStringList>("offered");
        QTest::addColumn<QString>("picked");
        QTest::newRow("vCenter 8.0U2") << QStringList {QStringLiteral("8.0.2.0"),
            QStringLiteral("8.0.1.0"), QStringLiteral("7.0.3.0"), QStringLiteral("6.5")}
                                       << QStringLiteral("8.0.2.0");
        QTest::newRow("newer than Ferry") << QStringList {QStringLiteral("9.0.0.0"),
            QStringLiteral("8.0.3.0"), QStringLiteral("8.0.2.0")}
                                          << QStringLiteral("8.0.3.0");
        QTest::newRow("numeric, not text")
            << QStringList {QStringLiteral("6.7.3"), QStringLiteral("6.10"), QStringLiteral("6.7")}
            << QStringLiteral("6.10");
        QTest::newRow("the simulator") << QStringList {QStringLiteral("6.5"), QStringLiteral("6.0"),
            QStringLiteral("5.5")} << QStringLiteral("6.5");
        QTest::newRow("too old") << QStringList {QStringLiteral("5.5"), QStringLiteral("5.1")}
                                 << QString();
        QTest::newRow("none") << QStringList() << QString();
    }
    void pick()
    {
        QFETCH(QStringList, offered);
        QFETCH(QString, picked);
        QCOMPARE(SoapClient::pickVimVersion(offered), picked);
    }

    // The versions file is read first and its pick is the SOAPAction of every call.
    void versionGoesIntoSoapAction()
    {
        FakeServer fake;
        fake.versionsBody = versionsXml("9.0.0.0", {"8.0.3.0", "8.0.2.0", "7.0.3.0"});
        net::HttpClient http;
        http.setTimeoutMs(10000);
        SoapClient soap(&http, fake.url());
        auto content = soap.retrieveServiceContent();
        QVERIFY2(content.ok(), qPrintable(content.ok() ? QString() : content.error().toString()));
        QCOMPARE(soap.vimVersion(), QStringLiteral("8.0.3.0"));
        QCOMPARE(fake.requests,
            QStringList({QStringLiteral("GET /sdk/vimServiceVersions.xml"),
                QStringLiteral("POST urn:vim25/8.0.3.0 RetrieveServiceContent")}));
        // Read once per client.
        QVERIFY(soap.retrieveServiceContent().ok());
        QCOMPARE(fake.requests.filter(QStringLiteral("GET")).size(), 1);
    }

    // A busy server (503) is not called "not vSphere": a server error, no SOAP call.
    void busyServerIsNotNotVsphere()
    {
        FakeServer fake;
        fake.versionsStatus = 503;
        fake.versionsBody = "Service Unavailable";
        net::HttpClient http;
        http.setTimeoutMs(10000);
        SoapClient soap(&http, fake.url());
        auto content = soap.retrieveServiceContent();
        QVERIFY(!content.ok());
        QCOMPARE(content.error().code, Error::Code::Server);
        QVERIFY2(!content.error().message.contains(QStringLiteral("not vCenter")),
            qPrintable(content.error().message));
        QVERIFY(fake.requests.filter(QStringLiteral("POST")).isEmpty());
    }

    // Not vSphere, or too old: a clear error and no SOAP call at all.
    void notVsphereGetsNoCall_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("no such file")
            << 404 << QByteArray("Not Found") << QStringLiteral("no /sdk/vimServiceVersions.xml");
        QTest::newRow("an HTML page")
            << 200 << QByteArray("<html><body>Welcome to nginx</body></html>")
            << QStringLiteral("not a list of API namespaces");
        QTest::newRow("not XML") << 200 << QByteArray("{\"versions\": [\"8.0\"]}")
                                 << QStringLiteral("not a list of API namespaces");
        QTest::newRow("no vim25") << 200
                                  << QByteArray("<namespaces><namespace><name>urn:sms</name>"
                                                "<version>6.0</version></namespace></namespaces>")
                                  << QStringLiteral("does not offer the vim25 API");
        QTest::newRow("too old") << 200 << versionsXml("5.5", {"5.1"})
                                 << QStringLiteral("offers vSphere API 5.5, 5.1");
    }
    void notVsphereGetsNoCall()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        FakeServer fake;
        fake.versionsStatus = status;
        fake.versionsBody = body;
        net::HttpClient http;
        http.setTimeoutMs(10000);
        SoapClient soap(&http, fake.url());
        auto content = soap.retrieveServiceContent();
        QVERIFY(!content.ok());
        QCOMPARE(content.error().code, Error::Code::Unsupported);
        QVERIFY2(content.error().message.contains(says), qPrintable(content.error().message));
        QCOMPARE(fake.requests, QStringList {QStringLiteral("GET /sdk/vimServiceVersions.xml")});
        QVERIFY(!soap.login(QStringLiteral("u"), QStringLiteral("p")).ok());
        QVERIFY(fake.requests.filter(QStringLiteral("POST")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSoapVersions)
#include "test_soapversions.moc"
