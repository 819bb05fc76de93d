// The source power-off (engine/vspherevm: VsphereVm::powerOff, issue 13) against a local SOAP
// server that answers as scripted: the batch's hard power-off consent, the guest shutdown
// timeout, a refused ShutdownGuest logged with its fault, free ESXi's RestrictedVersion, a
// suspended VM, and a cancel while the guest shuts down.
#include "engine/vspherevm.h"
#include "net/httpclient.h"
#include "vmware/soapclient.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <atomic>

using namespace ferry;
using namespace ferry::engine;

namespace {

// A vim25 endpoint for one VM, one request per connection, in the test's thread (the blocking
// client's local event loop serves it).
class FakeVsphere final : public QObject
{
public:
    QString powerState = QStringLiteral("poweredOn");
    QString shutdownFault; // empty: ShutdownGuest accepted
    bool guestGoesDown = true; // after an accepted ShutdownGuest
    QString powerOffFault; // empty: PowerOffVM_Task works
    QStringList calls; // the methods, in order

    FakeVsphere()
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
                    const qsizetype at = buffer->toLower().indexOf("content-length:");
                    const qsizetype eol = buffer->indexOf("\r\n", at);
                    const qsizetype length
                        = at < 0 ? 0 : buffer->mid(at + 15, eol - at - 15).trimmed().toLongLong();
                    if (buffer->size() < head + 4 + length)
                        return;
                    const QByteArray body = buffer->mid(head + 4, length);
                    const bool versions = buffer->startsWith("GET /sdk/vimServiceVersions.xml ");
                    buffer->clear();
                    s->write(versions ? serviceVersions() : answer(body));
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
    bool called(const char *method) const { return calls.contains(QLatin1String(method)); }

private:
    static QByteArray http(int status, const QByteArray &inner)
    {
        const QByteArray body
            = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope "
              "xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
              "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>"
            + inner + "</soapenv:Body></soapenv:Envelope>";
        return "HTTP/1.1 " + QByteArray::number(status)
            + " X\r\nConnection: close\r\nContent-Type: text/xml; charset=utf-8\r\n"
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }
    // What a client reads before its first call (SoapClient, issue 13).
    static QByteArray serviceVersions()
    {
        const QByteArray body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><namespaces "
                                "version=\"1.0\"><namespace><name>urn:vim25</name><version>8.0.2.0"
                                "</version></namespace></namespaces>";
        return "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/xml\r\n"
               "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }
    static QByteArray ok(const char *method, const QByteArray &returnval)
    {
        return http(200,
            QByteArray("<") + method + "Response xmlns=\"urn:vim25\">" + returnval + "</" + method
                + "Response>");
    }
    static QByteArray fault(const QString &type)
    {
        return http(500,
            "<soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>refused: "
                + type.toUtf8() + "</faultstring><detail><" + type.toUtf8()
                + "Fault xmlns=\"urn:vim25\" xsi:type=\"" + type.toUtf8() + "\"></" + type.toUtf8()
                + "Fault></detail></soapenv:Fault>");
    }
    static QByteArray prop(const char *name, const QByteArray &val)
    {
        return QByteArray("<propSet><name>") + name + "</name><val>" + val + "</val></propSet>";
    }

    QByteArray answer(const QByteArray &body)
    {
        if (body.contains("RetrievePropertiesEx")) {
            calls << QStringLiteral("RetrievePropertiesEx");
            if (body.contains("info.state"))
                return ok("RetrievePropertiesEx",
                    "<returnval><objects><obj type=\"Task\">task-1</obj>"
                        + prop("info.state", "success") + "</objects></returnval>");
            return ok("RetrievePropertiesEx",
                "<returnval><objects><obj type=\"VirtualMachine\">vm-1</obj>"
                    + prop("runtime.powerState", powerState.toUtf8()) + "</objects></returnval>");
        }
        if (body.contains("ShutdownGuest")) {
            calls << QStringLiteral("ShutdownGuest");
            if (!shutdownFault.isEmpty())
                return fault(shutdownFault);
            if (guestGoesDown)
                powerState = QStringLiteral("poweredOff");
            return ok("ShutdownGuest", {});
        }
        if (body.contains("PowerOffVM_Task")) {
            calls << QStringLiteral("PowerOffVM_Task");
            if (!powerOffFault.isEmpty())
                return fault(powerOffFault);
            powerState = QStringLiteral("poweredOff");
            return ok("PowerOffVM_Task", "<returnval type=\"Task\">task-1</returnval>");
        }
        calls << QStringLiteral("?");
        return fault(QStringLiteral("NotImplemented"));
    }

    QTcpServer m_server;
};

} // namespace

class TestVspherePowerOff final : public QObject
{
    Q_OBJECT

private:
    // powerOff against `fake`; the log lines it wrote land in `log`.
    static Status powerOff(FakeVsphere &fake, bool tools, PowerOffPolicy policy, QStringList &log,
        const std::atomic_bool *cancel = nullptr)
    {
        net::HttpClient http;
        http.setTimeoutMs(10000);
        vmware::SoapClient soap(&http, fake.url());
        const VsphereVm vm(&soap, QStringLiteral("vm-1"), cancel);
        return vm.powerOff(tools, policy, [&log](const QString &line) { log << line; });
    }

private Q_SLOTS:
    // Today's default was a hard power-off at once for a VM without tools; now only with the
    // batch's consent, and the VM is left running otherwise.
    void noToolsWithoutConsentLeavesTheVmRunning()
    {
        FakeVsphere fake;
        QStringList log;
        const Status st = powerOff(fake, false, PowerOffPolicy {120000, false}, log);
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::Unsupported);
        QVERIFY2(st.error().message.contains(
                     QLatin1String("Shut the VM down yourself or allow hard power-off for the "
                                   "batch")),
            qPrintable(st.error().message));
        QVERIFY(!fake.called("PowerOffVM_Task"));
        QVERIFY(!fake.called("ShutdownGuest"));
        QCOMPARE(fake.powerState, QStringLiteral("poweredOn"));
    }

    void noToolsWithConsentPowersOffHard()
    {
        FakeVsphere fake;
        QStringList log;
        QVERIFY(powerOff(fake, false, PowerOffPolicy {120000, true}, log));
        QVERIFY(fake.called("PowerOffVM_Task"));
        QCOMPARE(fake.powerState, QStringLiteral("poweredOff"));
        QVERIFY(log.join(QLatin1Char('\n')).contains(QLatin1String("hard")));
    }

    void guestShutdownIsEnough()
    {
        FakeVsphere fake;
        QStringList log;
        QVERIFY(powerOff(fake, true, PowerOffPolicy {120000, false}, log));
        QVERIFY(fake.called("ShutdownGuest"));
        QVERIFY(!fake.called("PowerOffVM_Task"));
    }

    // The guest does not go down within the batch's timeout.
    void guestTimeout_data()
    {
        QTest::addColumn<bool>("hardAllowed");
        QTest::newRow("no consent: left running") << false;
        QTest::newRow("consent: hard power-off") << true;
    }
    void guestTimeout()
    {
        QFETCH(bool, hardAllowed);
        FakeVsphere fake;
        fake.guestGoesDown = false;
        QStringList log;
        QElapsedTimer t;
        t.start();
        const Status st = powerOff(fake, true, PowerOffPolicy {1200, hardAllowed}, log);
        QVERIFY(t.elapsed() >= 1200);
        QVERIFY(fake.called("ShutdownGuest"));
        QCOMPARE(fake.called("PowerOffVM_Task"), hardAllowed);
        QCOMPARE(bool(st), hardAllowed);
        if (!hardAllowed) {
            QVERIFY(st.error().message.contains(QLatin1String("within 1 s")));
            QCOMPARE(fake.powerState, QStringLiteral("poweredOn"));
        }
    }

    // ShutdownGuest refused: the fault's name is logged.
    void refusedShutdownIsLoggedByName_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("ToolsUnavailable") << QStringLiteral("ToolsUnavailable");
        QTest::newRow("InvalidState") << QStringLiteral("InvalidState");
    }
    void refusedShutdownIsLoggedByName()
    {
        QFETCH(QString, fault);
        FakeVsphere fake;
        fake.shutdownFault = fault;
        QStringList log;
        const Status st = powerOff(fake, true, PowerOffPolicy {120000, false}, log);
        QVERIFY(!st);
        QVERIFY2(log.join(QLatin1Char('\n')).contains(fault), qPrintable(log.join(u'\n')));
        QVERIFY(st.error().message.contains(fault));
        QVERIFY(!fake.called("PowerOffVM_Task"));
    }

    // Free ESXi: every power operation refused with RestrictedVersion; the plain advice, and
    // nothing else is tried.
    void restrictedVersion_data()
    {
        QTest::addColumn<bool>("tools");
        QTest::newRow("ShutdownGuest refused") << true;
        QTest::newRow("PowerOffVM_Task refused") << false;
    }
    void restrictedVersion()
    {
        QFETCH(bool, tools);
        FakeVsphere fake;
        fake.shutdownFault = QStringLiteral("RestrictedVersion");
        fake.powerOffFault = QStringLiteral("RestrictedVersion");
        QStringList log;
        const Status st = powerOff(fake, tools, PowerOffPolicy {120000, true}, log);
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::Unsupported);
        QVERIFY2(
            st.error().message.contains(QLatin1String("shut the VM down yourself, then retry")),
            qPrintable(st.error().message));
        QCOMPARE(fake.called("PowerOffVM_Task"), !tools);
        QCOMPARE(fake.powerState, QStringLiteral("poweredOn"));
    }

    void suspendedIsNeverPoweredOff()
    {
        FakeVsphere fake;
        fake.powerState = QStringLiteral("suspended");
        QStringList log;
        const Status st = powerOff(fake, false, PowerOffPolicy {120000, true}, log);
        QVERIFY(!st);
        QVERIFY(st.error().message.contains(QLatin1String("suspended")));
        QVERIFY(!fake.called("PowerOffVM_Task"));
        QVERIFY(!fake.called("ShutdownGuest"));
    }

    // A cancel while the guest shuts down ends the wait at once and leaves the VM as it is.
    void cancelWhileWaiting()
    {
        FakeVsphere fake;
        fake.guestGoesDown = false;
        std::atomic_bool cancel {false};
        QTimer::singleShot(800, this, [&cancel]() { cancel = true; });
        QStringList log;
        QElapsedTimer t;
        t.start();
        const Status st = powerOff(fake, true, PowerOffPolicy {120000, true}, log, &cancel);
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::Canceled);
        QVERIFY(t.elapsed() < 20000);
        QVERIFY(!fake.called("PowerOffVM_Task"));
        QCOMPARE(fake.powerState, QStringLiteral("poweredOn"));
    }
};

QTEST_GUILESS_MAIN(TestVspherePowerOff)
#include "test_vspherepoweroff.moc"
