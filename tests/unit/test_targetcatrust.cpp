// A target verified by certificate authority (issue 14, item 12: ACME certificates renew): the
// service, the REST client and the import's raw socket against a local HTTPS server that answers
// GET /1.0 like an Incus server, with certificates made for the test by openssl (a CA, two
// certificates it issued for 127.0.0.1 as a renewal would, one it issued for another host name,
// a self-signed one).
// - By CA: the first certificate and its renewal are accepted, nothing is pinned; another host
//   name, a self-signed certificate and an unknown CA are refused, saying why.
// - Pinned (the default): the renewal is refused as a changed certificate, as before.
// - Pinning the certificate of a target verified by CA switches it to pinning.
// - Bad input: a pin and CA verification together, CA text that is no certificate, an unknown
//   way to verify: refused, nothing stored.
#include "incus/incustypes.h"
#include "incus/targetconnection.h"
#include "net/httpclient.h"
#include "secrets/credentialstore.h"
#include "store/database.h"
#include "store/targetrepository.h"
#include "targets/targetservice.h"
#include "tls/certificate.h"
#include "transfer/httpwire.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;

namespace {

// Answers every request on its connection with an Incus-like envelope, then closes it: GET /1.0
// as a trusted Incus 6.0 with every extension Ferry needs, anything else an empty list.
class FakeIncus final : public QObject
{
public:
    int requests = 0;

    bool start()
    {
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
                    const QByteArray line = buffer->left(buffer->indexOf("\r\n"));
                    buffer->clear();
                    ++requests;
                    s->write(answer(line.split(' ').value(1)));
                    s->disconnectFromHost();
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    void present(const QString &certFile, const QString &keyFile)
    {
        QFile c(certFile);
        QFile k(keyFile);
        QVERIFY(c.open(QIODevice::ReadOnly) && k.open(QIODevice::ReadOnly));
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(QSslCertificate(c.readAll()));
        conf.setPrivateKey(QSslKey(k.readAll(), QSsl::Ec));
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(conf);
    }
    QString endpoint() const { return QStringLiteral("https://127.0.0.1:%1").arg(port()); }
    quint16 port() const { return m_server.serverPort(); }

private:
    static QByteArray answer(const QByteArray &path)
    {
        QJsonValue metadata = QJsonArray();
        if (path == "/1.0") {
            QJsonObject env {{QStringLiteral("server"), QStringLiteral("incus")},
                {QStringLiteral("server_version"), QStringLiteral("6.0.0")}};
            metadata = QJsonObject {{QStringLiteral("auth"), QStringLiteral("trusted")},
                {QStringLiteral("api_version"), QStringLiteral("1.0")},
                {QStringLiteral("api_extensions"),
                    QJsonArray::fromStringList(incus::requiredApiExtensions())},
                {QStringLiteral("environment"), env}};
        }
        const QByteArray body = QJsonDocument(
            QJsonObject {{QStringLiteral("type"), QStringLiteral("sync")},
                {QStringLiteral("status"), QStringLiteral("Success")},
                {QStringLiteral("status_code"), 200},
                {QStringLiteral("metadata"),
                    metadata}}).toJson(QJsonDocument::Compact);
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
               "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    QSslServer m_server;
};

} // namespace

class TestTargetCaTrust final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeIncus m_server;
    std::shared_ptr<Database> m_db;
    QString m_caPem;
    QString m_otherCaPem;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning() << "openssl" << args << p.readAllStandardError();
            return false;
        }
        return true;
    }
    bool makeCa(const QString &name)
    {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
            name + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("30"),
            QStringLiteral("-subj"), QStringLiteral("/CN=Ferry test CA ") + name,
            QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
            QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    }
    // A server certificate for `san` issued by `ca` (empty: self-signed).
    bool makeLeaf(const QString &name, const QString &san, const QString &ca)
    {
        QFile ext(file(name + QStringLiteral(".ext")));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write(
            QStringLiteral("subjectAltName=%1\nextendedKeyUsage=serverAuth\n").arg(san).toLatin1());
        ext.close();
        if (!openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                QStringLiteral("/CN=") + name}))
            return false;
        QStringList args {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            name + QStringLiteral(".csr"), QStringLiteral("-days"), QStringLiteral("30"),
            QStringLiteral("-out"), name + QStringLiteral(".crt"), QStringLiteral("-extfile"),
            name + QStringLiteral(".ext")};
        if (ca.isEmpty())
            args << QStringLiteral("-key") << name + QStringLiteral(".key");
        else
            args << QStringLiteral("-CA") << ca + QStringLiteral(".crt") << QStringLiteral("-CAkey")
                 << ca + QStringLiteral(".key") << QStringLiteral("-CAcreateserial");
        return openssl(args);
    }
    QString readText(const QString &name) const
    {
        QFile f(file(name));
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()) : QString();
    }
    void present(const QString &leaf)
    {
        m_server.present(file(leaf + QStringLiteral(".crt")), file(leaf + QStringLiteral(".key")));
    }
    QString sha256Of(const QString &leaf) const
    {
        return tls::sha256Of(QSslCertificate(readText(leaf + QStringLiteral(".crt")).toLatin1()));
    }
    // A target record as stored, without a client certificate (so no keychain is asked).
    Target stored(
        const QString &name, const QString &verify, const QString &caPem, const QString &pin = {})
    {
        Target t;
        t.name = name;
        t.endpoint = m_server.endpoint();
        t.tlsVerify = verify;
        t.tlsCaPem = caPem;
        t.cert.trustedSha256 = pin;
        auto id = TargetRepository(m_db).insert(t);
        if (!id)
            qWarning() << id.error().toString();
        t.id = id ? *id : 0;
        return t;
    }
    TargetService service() const
    {
        return TargetService(m_db, std::make_shared<CredentialStore>(), m_dir.path());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QFAIL("openssl is missing (scripts/packages.txt)");
        QVERIFY(m_dir.isValid());
        QVERIFY(makeCa(QStringLiteral("ca")));
        QVERIFY(makeCa(QStringLiteral("otherca")));
        QVERIFY(makeLeaf(
            QStringLiteral("first"), QStringLiteral("IP:127.0.0.1"), QStringLiteral("ca")));
        QVERIFY(makeLeaf(
            QStringLiteral("renewed"), QStringLiteral("IP:127.0.0.1"), QStringLiteral("ca")));
        QVERIFY(makeLeaf(QStringLiteral("elsewhere"), QStringLiteral("DNS:incus.example.com"),
            QStringLiteral("ca")));
        QVERIFY(makeLeaf(QStringLiteral("selfsigned"), QStringLiteral("IP:127.0.0.1"), {}));
        m_caPem = readText(QStringLiteral("ca.crt"));
        m_otherCaPem = readText(QStringLiteral("otherca.crt"));
        QVERIFY(!m_caPem.isEmpty());
        QVERIFY(m_server.start());
        auto db = Database::open(file(QStringLiteral("ferry.db")));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        m_db = *db;
    }

    void caVerifiedTargetSurvivesRenewal()
    {
        stored(QStringLiteral("acme"), QStringLiteral("ca"), m_caPem);
        auto svc = service();
        present(QStringLiteral("first"));
        auto first = svc.refresh(QStringLiteral("acme"));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(first->connectivityStatus, connectivity::Ok);
        QVERIFY2(first->cert.trustedSha256.isEmpty(), "nothing is pinned");
        QCOMPARE(first->cert.seenSha256, sha256Of(QStringLiteral("first")));

        present(QStringLiteral("renewed"));
        auto renewed = svc.refresh(QStringLiteral("acme"));
        QVERIFY(renewed);
        QCOMPARE(renewed->connectivityStatus, connectivity::Ok);
        QCOMPARE(renewed->cert.seenSha256, sha256Of(QStringLiteral("renewed")));
        QVERIFY(renewed->cert.trustedSha256.isEmpty());
        auto reread = TargetRepository(m_db).byName(QStringLiteral("acme"));
        QVERIFY(reread);
        QCOMPARE(reread->tlsVerify, QStringLiteral("ca"));
        QCOMPARE(reread->tlsCaPem, m_caPem);
    }

    void pinnedTargetRefusesRenewal()
    {
        present(QStringLiteral("first"));
        stored(QStringLiteral("pinned"), QStringLiteral("fingerprint"), {},
            sha256Of(QStringLiteral("first")));
        auto svc = service();
        auto ok = svc.refresh(QStringLiteral("pinned"));
        QVERIFY(ok);
        QCOMPARE(ok->connectivityStatus, connectivity::Ok);
        present(QStringLiteral("renewed"));
        const int before = m_server.requests;
        auto changed = svc.refresh(QStringLiteral("pinned"));
        QVERIFY(changed);
        QCOMPARE(changed->connectivityStatus, connectivity::TlsError);
        QVERIFY2(changed->statusDetail.contains(QLatin1String("has changed")),
            qPrintable(changed->statusDetail));
        QCOMPARE(m_server.requests, before); // refused before a request was sent
    }

    void caVerificationRefuses_data()
    {
        QTest::addColumn<QString>("leaf");
        QTest::addColumn<bool>("withCa");
        QTest::addColumn<bool>("otherCa");
        QTest::newRow("another host name") << QStringLiteral("elsewhere") << true << false;
        QTest::newRow("self-signed") << QStringLiteral("selfsigned") << true << false;
        QTest::newRow("CA not given") << QStringLiteral("first") << false << false;
        QTest::newRow("another CA") << QStringLiteral("first") << false << true;
    }

    void caVerificationRefuses()
    {
        QFETCH(QString, leaf);
        QFETCH(bool, withCa);
        QFETCH(bool, otherCa);
        const QString name = QStringLiteral("refused-%1-%2-%3").arg(leaf).arg(withCa).arg(otherCa);
        stored(name, QStringLiteral("ca"), withCa ? m_caPem : otherCa ? m_otherCaPem : QString());
        present(leaf);
        const int before = m_server.requests;
        auto t = service().refresh(name);
        QVERIFY(t);
        QCOMPARE(t->connectivityStatus, connectivity::TlsError);
        QVERIFY2(t->statusDetail.contains(QLatin1String("no trusted certificate authority")),
            qPrintable(t->statusDetail));
        QVERIFY2(t->statusDetail.contains(QLatin1String("127.0.0.1")), qPrintable(t->statusDetail));
        QCOMPARE(t->cert.seenSha256, sha256Of(leaf)); // a person can still pin it
        QVERIFY(t->cert.trustedSha256.isEmpty());
        QCOMPARE(m_server.requests, before);
    }

    void pinningSwitchesToFingerprint()
    {
        stored(QStringLiteral("switch"), QStringLiteral("ca"), {});
        present(QStringLiteral("selfsigned"));
        auto svc = service();
        auto refused = svc.refresh(QStringLiteral("switch"));
        QVERIFY(refused);
        QCOMPARE(refused->connectivityStatus, connectivity::TlsError);
        auto pinned = svc.trustFingerprint(
            QStringLiteral("switch"), sha256Of(QStringLiteral("selfsigned")));
        QVERIFY2(pinned, qPrintable(pinned ? QString() : pinned.error().toString()));
        QCOMPARE(pinned->connectivityStatus, connectivity::Ok);
        QCOMPARE(pinned->tlsVerify, QStringLiteral("fingerprint"));
        QCOMPARE(pinned->cert.trustedSha256, sha256Of(QStringLiteral("selfsigned")));
        QVERIFY(pinned->tlsCaPem.isEmpty());
    }

    void badInputStoresNothing_data()
    {
        QTest::addColumn<QString>("verify");
        QTest::addColumn<QString>("caPem");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("message");
        const QString pin(64, QLatin1Char('a'));
        QTest::newRow("pin and CA")
            << QStringLiteral("ca") << QString() << pin << QStringLiteral("not both");
        QTest::newRow("CA text no certificate")
            << QStringLiteral("ca") << QStringLiteral("-----BEGIN CERTIFICATE-----\nxyz\n")
            << QString() << QStringLiteral("not PEM certificates");
        QTest::newRow("unknown way") << QStringLiteral("trust-me") << QString() << QString()
                                     << QStringLiteral("not a way to verify");
    }

    void badInputStoresNothing()
    {
        QFETCH(QString, verify);
        QFETCH(QString, caPem);
        QFETCH(QString, pin);
        QFETCH(QString, message);
        Target t;
        t.name = QStringLiteral("bad");
        t.endpoint = m_server.endpoint();
        t.tlsVerify = verify;
        t.tlsCaPem = caPem;
        t.cert.trustedSha256 = pin;
        TargetAuth auth;
        auth.method = TargetAuth::Method::GenerateCertificate;
        const int before = m_server.requests;
        auto r = service().add(t, auth);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QVERIFY(!TargetRepository(m_db).byName(QStringLiteral("bad")));
        QCOMPARE(m_server.requests, before);
    }

    // The import's own socket (transfer/rawupload.h) trusts the target's CAs too.
    void rawSocketTrustsTheTargetsCa()
    {
        present(QStringLiteral("renewed"));
        Target t;
        t.tlsVerify = QStringLiteral("ca");
        t.tlsCaPem = m_caPem;
        incus::TargetConnection c;
        c.setServerTrust(t);
        QVERIFY(c.verifyByCa);
        QVERIFY(c.pinnedSha256.isEmpty());
        QCOMPARE(c.caCertificates.size(), 1);
        for (const bool withCa : {true, false}) {
            QSslSocket socket;
            transfer::pinPeer(socket, &socket, c.pinnedSha256,
                withCa ? c.caCertificates : QList<QSslCertificate>());
            QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
            QSignalSpy failed(&socket, &QAbstractSocket::errorOccurred);
            socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server.port());
            // The server lives on this thread: wait with its events running.
            QTRY_VERIFY_WITH_TIMEOUT(!encrypted.isEmpty() || !failed.isEmpty(), 10000);
            QCOMPARE(!encrypted.isEmpty(), withCa);
            if (withCa)
                QVERIFY(transfer::peerMatchesPin(socket, c.pinnedSha256));
        }
    }
};

QTEST_GUILESS_MAIN(TestTargetCaTrust)
#include "test_targetcatrust.moc"
