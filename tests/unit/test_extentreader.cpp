// The copy's ranged reads (transfer/extentreader.h) against a local HTTPS server that answers as
// scripted: transient failures (5xx, a cut connection) are tried again on a new connection up to
// four attempts, other answers fail at once, a 401/403 renews the session cookie once per
// burst (a refusal right after a renewal fails plainly), and host-direct reads go to a second
// server with a ticket each, pinned by the ticket, falling back to the first on any failure.
#include "tls/certificate.h"
#include "transfer/extentreader.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace ferry;
using namespace ferry::transfer;

namespace {

struct Request
{
    QByteArray range;
    QByteArray cookie;
};

// One request per connection, answered by `answer` (empty: the connection is cut).
class FakeDatastore final : public QObject
{
public:
    std::function<QByteArray(const Request &r, int n)> answer;
    QList<Request> requests;

    bool start(const QSslCertificate &cert, const QSslKey &key)
    {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(cert);
        conf.setPrivateKey(key);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(conf);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this]() {
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
                    const QString head = QString::fromLatin1(*buffer);
                    buffer->clear();
                    Request r;
                    const auto range
                        = QRegularExpression(QStringLiteral("(?im)^Range:\\s*(\\S+)")).match(head);
                    const auto cookie
                        = QRegularExpression(QStringLiteral("(?im)^Cookie:\\s*(\\S+)")).match(head);
                    r.range = range.hasMatch() ? range.captured(1).toLatin1() : QByteArray();
                    r.cookie = cookie.hasMatch() ? cookie.captured(1).toLatin1() : QByteArray();
                    requests << r;
                    const QByteArray out = answer(r, int(requests.size()));
                    if (out.isEmpty()) {
                        s->abort();
                        return;
                    }
                    s->write(out);
                    s->disconnectFromHost();
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QSslServer m_server;
};

QByteArray fileBytes()
{
    QByteArray b(4 * 4096, '\0');
    for (int i = 0; i < b.size(); ++i)
        b[i] = char((i * 7 + 3) & 0xff);
    return b;
}

QByteArray response(int status, const QByteArray &body, const QByteArray &contentRange = {})
{
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + " X\r\nConnection: close\r\n"
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!contentRange.isEmpty())
        r += "Content-Range: " + contentRange + "\r\n";
    return r + "\r\n" + body;
}

// The right answer to "bytes=a-b" of fileBytes().
QByteArray ranged(const QByteArray &range)
{
    const QList<QByteArray> ab = range.mid(6).split('-');
    const qint64 a = ab.value(0).toLongLong();
    const qint64 b = ab.value(1).toLongLong();
    const QByteArray all = fileBytes();
    return response(206, all.mid(a, b - a + 1),
        "bytes " + QByteArray::number(a) + '-' + QByteArray::number(b) + '/'
            + QByteArray::number(all.size()));
}

} // namespace

class TestExtentReader final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSslCertificate m_cert;
    QSslKey m_key;

    struct Run
    {
        Status status;
        QByteArray data;
        int retried = 0;
    };

    // Reads the whole file in 4 KiB pieces, `inFlight` at a time.
    Run read(
        FakeDatastore &server, std::function<Result<QByteArray>()> renew = {}, int inFlight = 1)
    {
        DiskSource src;
        src.extentUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/folder/d/d-flat.vmdk?dsName=x")
                                 .arg(server.port()));
        src.pinnedSha256 = tls::sha256Of(m_cert);
        src.cookie = "vmware_soap_session=one";
        src.sizeBytes = fileBytes().size();
        src.renewCookie = std::move(renew);
        src.readsRetried = std::make_shared<std::atomic_int>(0);
        QVector<Piece> pieces;
        for (qint64 o = 0; o < src.sizeBytes; o += 4096)
            pieces.push_back({o, 4096});
        ExtentReader reader(src, pieces, inFlight, nullptr);
        Run run;
        reader.setConsumer([&](const Piece &, QByteArray &&d) { run.data += d; });
        run.status = runReader(reader, nullptr);
        run.retried = src.readsRetried->load();
        if (run.retried != reader.readsRetried())
            run.retried = -1;
        return run;
    }

    // Host-direct reads (DiskSource::hostRead), `pin` the host's: each read with a ticket of its
    // own, to the host, pinned by the ticket; a failure sends that read and the rest to vCenter,
    // said once.
    struct HostRun
    {
        Run run;
        int tickets = 0;
        QStringList fallbacks;
        qint64 hostBytes = 0;
    };
    HostRun readDirect(FakeDatastore &vc, FakeDatastore &host, const QByteArray &pin,
        QCryptographicHash::Algorithm algorithm, int failTicketAt = 0)
    {
        DiskSource src;
        src.extentUrl = QUrl(
            QStringLiteral("https://127.0.0.1:%1/folder/d/d-flat.vmdk?dsName=x").arg(vc.port()));
        src.pinnedSha256 = tls::sha256Of(m_cert);
        src.cookie = "vmware_soap_session=one";
        src.sizeBytes = fileBytes().size();
        HostRun out;
        src.hostBytes = std::make_shared<std::atomic<qint64>>(0);
        src.hostRead = [&]() -> Result<HostRead> {
            ++out.tickets;
            if (out.tickets == failTicketAt)
                return Error(Error::Code::Server, QStringLiteral("no ticket"));
            HostRead r;
            r.url = QUrl(QStringLiteral("https://localhost:%1/folder/d/d-flat.vmdk?dsName=x")
                             .arg(host.port()));
            r.cookie = "vmware_cgi_ticket=t" + QByteArray::number(out.tickets);
            r.pinDigest = pin;
            r.pinAlgorithm = algorithm;
            return r;
        };
        src.hostFallback = [&](const QString &why) {
            out.fallbacks << why;
        };
        QVector<Piece> pieces;
        for (qint64 o = 0; o < src.sizeBytes; o += 4096)
            pieces.push_back({o, 4096});
        ExtentReader reader(src, pieces, 2, nullptr);
        reader.setConsumer([&](const Piece &, QByteArray &&d) { out.run.data += d; });
        out.run.status = runReader(reader, nullptr);
        out.hostBytes = src.hostBytes->load();
        if (out.hostBytes != reader.hostBytesRead())
            out.hostBytes = -1;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-days"),
                QStringLiteral("1"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        if (!openssl.waitForStarted())
            QSKIP("openssl is not installed: no certificate for the local HTTPS server");
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile c(cert);
        QFile k(key);
        QVERIFY(c.open(QIODevice::ReadOnly) && k.open(QIODevice::ReadOnly));
        m_cert = QSslCertificate(c.readAll());
        m_key = QSslKey(k.readAll(), QSsl::Ec);
        QVERIFY(!m_cert.isNull() && !m_key.isNull());
    }

    void plainRead()
    {
        FakeDatastore server;
        QVERIFY(server.start(m_cert, m_key));
        server.answer = [](const Request &r, int) {
            return ranged(r.range);
        };
        const Run run = read(server, {}, 3);
        QVERIFY2(run.status, qPrintable(run.status.error().toString()));
        QCOMPARE(run.data, fileBytes());
        QCOMPARE(run.retried, 0);
        QCOMPARE(server.requests.size(), 4);
    }

    // 503, a cut connection, 500: each read gets its four attempts; the bytes come in order.
    void transientFailuresRetried()
    {
        FakeDatastore server;
        QVERIFY(server.start(m_cert, m_key));
        server.answer = [](const Request &r, int n) -> QByteArray {
            if (n == 2 || n == 3)
                return response(503, "busy");
            if (n == 5)
                return {}; // cut
            if (n == 6)
                return response(500, "oops");
            return ranged(r.range);
        };
        const Run run = read(server, {}, 2);
        QVERIFY2(run.status, qPrintable(run.status.error().toString()));
        QCOMPARE(run.data, fileBytes());
        QCOMPARE(run.retried, 4);
        QCOMPARE(server.requests.size(), 8);
    }

    void hostDirectReads()
    {
        FakeDatastore vc;
        FakeDatastore host;
        QVERIFY(vc.start(m_cert, m_key) && host.start(m_cert, m_key));
        vc.answer = host.answer = [](const Request &r, int) {
            return ranged(r.range);
        };
        const QByteArray der = m_cert.toDer();
        const HostRun run = readDirect(vc, host,
            QCryptographicHash::hash(der, QCryptographicHash::Sha256), QCryptographicHash::Sha256);
        QVERIFY2(run.run.status, qPrintable(run.run.status.error().toString()));
        QCOMPARE(run.run.data, fileBytes());
        QCOMPARE(vc.requests.size(), 0);
        QCOMPARE(host.requests.size(), 4);
        QCOMPARE(run.tickets, 4);
        QSet<QByteArray> cookies;
        for (const Request &r : std::as_const(host.requests))
            cookies << r.cookie;
        QCOMPARE(cookies,
            (QSet<QByteArray> {"vmware_cgi_ticket=t1", "vmware_cgi_ticket=t2",
                "vmware_cgi_ticket=t3", "vmware_cgi_ticket=t4"}));
        QVERIFY(run.fallbacks.isEmpty());
        QCOMPARE(run.hostBytes, qint64(fileBytes().size()));

        // A SHA-1 thumbprint pins the same certificate.
        FakeDatastore host1;
        QVERIFY(host1.start(m_cert, m_key));
        host1.answer = vc.answer;
        const HostRun sha1 = readDirect(vc, host1,
            QCryptographicHash::hash(der, QCryptographicHash::Sha1), QCryptographicHash::Sha1);
        QVERIFY(sha1.run.status);
        QCOMPARE(sha1.run.data, fileBytes());
        QCOMPARE(host1.requests.size(), 4);
        QCOMPARE(vc.requests.size(), 0);
    }

    void hostDirectFallsBack()
    {
        const QByteArray pin = QCryptographicHash::hash(m_cert.toDer(), QCryptographicHash::Sha256);
        // The host refuses the third read: it and the rest go to vCenter with the session's
        // cookie, and the fallback is told once.
        {
            FakeDatastore vc;
            FakeDatastore host;
            QVERIFY(vc.start(m_cert, m_key) && host.start(m_cert, m_key));
            vc.answer = [](const Request &r, int) {
                return ranged(r.range);
            };
            host.answer = [](const Request &r, int n) {
                return n == 3 ? response(401, "used") : ranged(r.range);
            };
            const HostRun run = readDirect(vc, host, pin, QCryptographicHash::Sha256);
            QVERIFY2(run.run.status, qPrintable(run.run.status.error().toString()));
            QCOMPARE(run.run.data, fileBytes());
            QCOMPARE(run.fallbacks.size(), 1);
            QVERIFY(run.fallbacks.first().contains(QStringLiteral("401")));
            QVERIFY(!vc.requests.isEmpty());
            for (const Request &r : std::as_const(vc.requests))
                QCOMPARE(r.cookie, QByteArray("vmware_soap_session=one"));
            for (const Request &r : std::as_const(host.requests))
                QVERIFY(!r.cookie.contains("vmware_soap_session"));
        }
        // The host's certificate is not the pinned one: nothing is asked of it.
        {
            FakeDatastore vc;
            FakeDatastore host;
            QVERIFY(vc.start(m_cert, m_key) && host.start(m_cert, m_key));
            vc.answer = host.answer = [](const Request &r, int) {
                return ranged(r.range);
            };
            const HostRun run = readDirect(vc, host,
                QCryptographicHash::hash("another certificate", QCryptographicHash::Sha256),
                QCryptographicHash::Sha256);
            QVERIFY2(run.run.status, qPrintable(run.run.status.error().toString()));
            QCOMPARE(run.run.data, fileBytes());
            QCOMPARE(host.requests.size(), 0);
            QCOMPARE(vc.requests.size(), 4);
            QCOMPARE(run.fallbacks.size(), 1);
            QVERIFY2(run.fallbacks.first().contains(QStringLiteral("ticket names")),
                qPrintable(run.fallbacks.first()));
        }
        // The ticket call fails for the second read.
        {
            FakeDatastore vc;
            FakeDatastore host;
            QVERIFY(vc.start(m_cert, m_key) && host.start(m_cert, m_key));
            vc.answer = host.answer = [](const Request &r, int) {
                return ranged(r.range);
            };
            const HostRun run = readDirect(vc, host, pin, QCryptographicHash::Sha256, 2);
            QVERIFY(run.run.status);
            QCOMPARE(run.run.data, fileBytes());
            QCOMPARE(run.tickets, 2);
            QCOMPARE(host.requests.size(), 1);
            QCOMPARE(vc.requests.size(), 3);
            QCOMPARE(run.fallbacks, QStringList {QStringLiteral("no ticket")});
        }
    }

    void fourAttemptsThenFail()
    {
        FakeDatastore server;
        QVERIFY(server.start(m_cert, m_key));
        server.answer = [](const Request &r, int) -> QByteArray {
            if (r.range.startsWith("bytes=4096-"))
                return response(503, "busy");
            return ranged(r.range);
        };
        const Run run = read(server);
        QVERIFY(!run.status);
        QCOMPARE(run.status.error().code, Error::Code::Network);
        QVERIFY2(run.status.error().details.contains(QStringLiteral("HTTP 503")),
            qPrintable(run.status.error().toString()));
        QVERIFY2(run.status.error().details.contains(QStringLiteral("attempt 4 of 4")),
            qPrintable(run.status.error().toString()));
        QCOMPARE(run.retried, 3);
        QCOMPARE(server.requests.size(), 5); // the first piece, then four attempts at the second
    }

    // A 404 and a 206 for another range are not tried again.
    void otherAnswersFailAtOnce_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("404") << response(404, "no");
        QTest::newRow("wrong range") << response(206, QByteArray(4096, 'x'), "bytes 0-4095/16384");
    }
    void otherAnswersFailAtOnce()
    {
        QFETCH(QByteArray, answer);
        FakeDatastore server;
        QVERIFY(server.start(m_cert, m_key));
        server.answer = [answer](const Request &r, int) -> QByteArray {
            return r.range.startsWith("bytes=4096-") ? answer : ranged(r.range);
        };
        const Run run = read(server);
        QVERIFY(!run.status);
        QCOMPARE(run.retried, 0);
        QCOMPARE(server.requests.size(), 2);
    }

    // The session ends mid-copy: every read in flight is refused; one renewal, and the reads go
    // again with the new cookie.
    void expiredSessionRenewedOnce()
    {
        FakeDatastore server;
        QVERIFY(server.start(m_cert, m_key));
        server.answer = [](const Request &r, int n) -> QByteArray {
            if (n > 1 && r.cookie != "vmware_soap_session=two")
                return response(401, "no session");
            return ranged(r.range);
        };
        int renewals = 0;
        const Run run = read(
            server,
            [&]() -> Result<QByteArray> {
                ++renewals;
                return QByteArray("vmware_soap_session=two");
            },
            3);
        QVERIFY2(run.status, qPrintable(run.status.error().toString()));
        QCOMPARE(run.data, fileBytes());
        QCOMPARE(renewals, 1);
        QCOMPARE(run.retried, 0);
        QCOMPARE(server.requests.last().cookie, QByteArray("vmware_soap_session=two"));
    }

    // A long copy makes no SOAP call: DiskSource::keepAlive is called every keepAliveMs while the
    // reads run, and when the call had to log in again (a new cookie), the reads go on with the
    // new cookie without a refusal or a renewal.
    void keepAliveDuringTheReads()
    {
        FakeDatastore server;
        QVERIFY(server.start(m_cert, m_key));
        bool newSession = false;
        server.answer = [&](const Request &r, int) -> QByteArray {
            if (newSession && r.cookie != "vmware_soap_session=two")
                return response(401, "no session");
            return ranged(r.range);
        };
        DiskSource src;
        src.extentUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/folder/d/d-flat.vmdk?dsName=x")
                                 .arg(server.port()));
        src.pinnedSha256 = tls::sha256Of(m_cert);
        src.cookie = "vmware_soap_session=one";
        src.sizeBytes = fileBytes().size();
        int renewals = 0;
        src.renewCookie = [&]() -> Result<QByteArray> {
            ++renewals;
            return QByteArray();
        };
        int calls = 0;
        src.keepAliveMs = 30;
        src.keepAlive = [&]() -> Result<QByteArray> {
            if (++calls < 2)
                return QByteArray(); // the session is alive
            newSession = true; // it had ended: the call logged in again
            return QByteArray("vmware_soap_session=two");
        };
        QVector<Piece> pieces;
        for (qint64 o = 0; o < src.sizeBytes; o += 4096)
            pieces.push_back({o, 4096});
        ExtentReader reader(src, pieces, 1, nullptr);
        reader.setRateLimit(16 * 1024); // 16 KiB: about 0.75 s
        QByteArray data;
        reader.setConsumer([&](const Piece &, QByteArray &&d) { data += d; });
        const Status st = runReader(reader, nullptr);
        QVERIFY2(st, qPrintable(st.error().toString()));
        QCOMPARE(data, fileBytes());
        QVERIFY2(calls >= 2, qPrintable(QString::number(calls)));
        QCOMPARE(reader.keepAlives(), calls);
        QCOMPARE(renewals, 0);
        QCOMPARE(server.requests.last().cookie, QByteArray("vmware_soap_session=two"));
        QCOMPARE(server.requests.first().cookie, QByteArray("vmware_soap_session=one"));
    }

    // Refused again right after a new login: the user may not read the datastore.
    void refusedAfterRenewalFails()
    {
        FakeDatastore server;
        QVERIFY(server.start(m_cert, m_key));
        server.answer = [](const Request &, int) {
            return response(403, "forbidden");
        };
        int renewals = 0;
        const Run run = read(server, [&]() -> Result<QByteArray> {
            ++renewals;
            return QByteArray("vmware_soap_session=two");
        });
        QVERIFY(!run.status);
        QCOMPARE(renewals, 1);
        QCOMPARE(run.status.error().code, Error::Code::Authentication);
        QVERIFY2(run.status.error().message.contains(QStringLiteral("Datastore.Browse")),
            qPrintable(run.status.error().toString()));
        QCOMPARE(server.requests.size(), 2);
    }

    // The session is alive (renewCookie gives no cookie): the refusal stands.
    void refusalWithLiveSession()
    {
        FakeDatastore server;
        QVERIFY(server.start(m_cert, m_key));
        server.answer = [](const Request &, int) {
            return response(403, "forbidden");
        };
        int renewals = 0;
        const Run run = read(server, [&]() -> Result<QByteArray> {
            ++renewals;
            return QByteArray();
        });
        QVERIFY(!run.status);
        QCOMPARE(renewals, 1);
        QVERIFY2(run.status.error().message.contains(QStringLiteral("Datastore.Browse")),
            qPrintable(run.status.error().toString()));
        QCOMPARE(server.requests.size(), 1);
    }

    // Without a way to renew, a refusal fails at once; a failed renewal fails with its error.
    void refusalWithoutRenewal()
    {
        FakeDatastore server;
        QVERIFY(server.start(m_cert, m_key));
        server.answer = [](const Request &, int) {
            return response(401, "no");
        };
        Run run = read(server);
        QVERIFY(!run.status);
        QCOMPARE(run.status.error().code, Error::Code::Authentication);
        QCOMPARE(server.requests.size(), 1);
        run = read(server, []() -> Result<QByteArray> {
            return Error(Error::Code::Authentication, QStringLiteral("login refused"));
        });
        QVERIFY(!run.status);
        QCOMPARE(run.status.error().message, QStringLiteral("login refused"));
    }
};

QTEST_GUILESS_MAIN(TestExtentReader)
#include "test_extentreader.moc"
