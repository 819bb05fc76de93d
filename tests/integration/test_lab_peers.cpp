// Proves that each peer of the lab answers through Qt's own network stack, the way Ferry talks
// to them: the vSphere simulators over SOAP (vCenter and ESXi), both LXD daemons over their REST
// API with a TLS client certificate. Server certificates are pinned by their SHA-256.
#include "common/labenv.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>
#include <QtTest>

using namespace ferry::test;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QString error;
    QByteArray peerSha256;
};

QByteArray soapEnvelope(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
           "xmlns:urn=\"urn:vim25\"><soapenv:Body>"
        + body + "</soapenv:Body></soapenv:Envelope>";
}

QByteArray xmlEscape(const QString &s)
{
    return s.toHtmlEscaped().toUtf8();
}

} // namespace

class TestLabPeers final : public QObject
{
    Q_OBJECT

private:
    LabEnv m_lab;
    QNetworkAccessManager m_nam;

    // Sends a request; a self-signed server certificate is accepted only when its SHA-256 is
    // the pinned fingerprint, the way Ferry pins certificates a person has confirmed.
    Reply send(QNetworkRequest req, const QByteArray &verb, const QByteArray &body,
        const QString &pinnedSha256)
    {
        req.setTransferTimeout(20000);
        QNetworkReply *reply = m_nam.sendCustomRequest(req, verb, body);
        connect(reply, &QNetworkReply::sslErrors, reply,
            [reply, pinnedSha256](const QList<QSslError> &errors) {
                const QByteArray seen = reply->sslConfiguration()
                                            .peerCertificate()
                                            .digest(QCryptographicHash::Sha256)
                                            .toHex();
                if (!pinnedSha256.isEmpty() && seen == pinnedSha256.toLatin1())
                    reply->ignoreSslErrors(errors);
            });
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError)
            r.error = reply->errorString();
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        r.peerSha256 = peer.digest(QCryptographicHash::Sha256).toHex();
        reply->deleteLater();
        return r;
    }

    Reply soap(const QString &prefix, const QByteArray &body)
    {
        QNetworkRequest req(QUrl(m_lab.value(prefix + QStringLiteral("_URL"))));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/xml; charset=utf-8"));
        // A version the lab lists in /sdk/vimServiceVersions.xml (it refuses others, as vCenter).
        req.setRawHeader("SOAPAction", "urn:vim25/6.5");
        return send(
            req, "POST", soapEnvelope(body), m_lab.value(prefix + QStringLiteral("_FINGERPRINT")));
    }

    Reply lxdGet(const QString &prefix, const QString &path, bool withClientCert)
    {
        // A kept-alive connection would carry the previous request's (absent) client certificate.
        m_nam.clearConnectionCache();
        QNetworkRequest req(QUrl(m_lab.value(prefix + QStringLiteral("_URL")) + path));
        if (withClientCert) {
            QFile cert(m_lab.value(prefix + QStringLiteral("_CLIENT_CERT")));
            QFile key(m_lab.value(prefix + QStringLiteral("_CLIENT_KEY")));
            if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
                return {};
            QSslConfiguration c = req.sslConfiguration();
            c.setLocalCertificate(QSslCertificate(cert.readAll()));
            const QByteArray keyPem = key.readAll();
            QSslKey k(keyPem, QSsl::Ec);
            if (k.isNull())
                k = QSslKey(keyPem, QSsl::Rsa);
            if (k.isNull())
                qWarning("client key could not be read");
            c.setPrivateKey(k);
            req.setSslConfiguration(c);
        }
        return send(req, "GET", {}, m_lab.value(prefix + QStringLiteral("_FINGERPRINT")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = LabEnv::load();
        // A lab; each function names the peer it checks.
        const LabEnv::Requirement lab = m_lab.require(QStringList());
        QVERIFY2(lab.problem.isEmpty(), qPrintable(lab.problem));
    }

    void vsphereLogin_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("apiType");
        QTest::addColumn<QByteArray>("component");
        QTest::newRow("vcenter") << QStringLiteral("FERRY_LAB_VC")
                                 << QStringLiteral("VirtualCenter") << QByteArray("vc");
        QTest::newRow("esxi") << QStringLiteral("FERRY_LAB_ESX") << QStringLiteral("HostAgent")
                              << QByteArray("esx");
    }

    void vsphereLogin()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, apiType);
        QFETCH(QByteArray, component);
        FERRY_REQUIRE_LAB(m_lab, component.constData());
        m_nam.setCookieJar(new QNetworkCookieJar(&m_nam));

        Reply about = soap(prefix,
            "<urn:RetrieveServiceContent><urn:_this type=\"ServiceInstance\">"
            "ServiceInstance</urn:_this></urn:RetrieveServiceContent>");
        QVERIFY2(about.error.isEmpty(), qPrintable(about.error));
        QCOMPARE(about.status, 200);
        QVERIFY2(about.body.contains(QByteArray("<apiType>" + apiType.toUtf8() + "</apiType>")),
            about.body.left(400).constData());
        QCOMPARE(QString::fromLatin1(about.peerSha256),
            m_lab.value(prefix + QStringLiteral("_FINGERPRINT")));

        // ESXi names its session manager "ha-sessionmgr"; take it from the service content.
        const qsizetype at = about.body.indexOf("<sessionManager");
        const qsizetype open = about.body.indexOf('>', at) + 1;
        const QByteArray sessionManager
            = about.body.mid(open, about.body.indexOf('<', open) - open);
        QVERIFY(at > 0 && !sessionManager.isEmpty());
        const QByteArray user = xmlEscape(m_lab.value(prefix + QStringLiteral("_USER")));
        const QByteArray good = xmlEscape(m_lab.value(prefix + QStringLiteral("_PASSWORD")));
        Reply denied = soap(prefix,
            "<urn:Login><urn:_this type=\"SessionManager\">" + sessionManager
                + "</urn:_this><urn:userName>" + user
                + "</urn:userName><urn:password>"
                  "wrong-"
                + good + "</urn:password></urn:Login>");
        QCOMPARE(denied.status, 500);
        QVERIFY2(denied.body.contains("InvalidLogin"), denied.body.left(400).constData());

        Reply login = soap(prefix,
            "<urn:Login><urn:_this type=\"SessionManager\">" + sessionManager
                + "</urn:_this><urn:userName>" + user + "</urn:userName><urn:password>" + good
                + "</urn:password></urn:Login>");
        QVERIFY2(login.error.isEmpty(),
            qPrintable(login.error + QString::fromUtf8(login.body.left(400).constData())));
        QVERIFY(login.body.contains("LoginResponse"));
        QVERIFY(login.body.contains(user));
    }

    void lxdTrusted_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QByteArray>("component");
        QTest::newRow("containers") << QStringLiteral("FERRY_LAB_LXD") << QByteArray("lxd");
        QTest::newRow("vm-capable") << QStringLiteral("FERRY_LAB_LXDVM") << QByteArray("lxdvm");
    }

    void lxdTrusted()
    {
        QFETCH(QString, prefix);
        QFETCH(QByteArray, component);
        FERRY_REQUIRE_LAB(m_lab, component.constData());
        Reply anon = lxdGet(prefix, QStringLiteral("/1.0"), false);
        QVERIFY2(anon.error.isEmpty(), qPrintable(anon.error));
        QCOMPARE(
            QJsonDocument::fromJson(anon.body)[QStringLiteral("metadata")][QStringLiteral("auth")]
                .toString(),
            QStringLiteral("untrusted"));

        Reply r = lxdGet(prefix, QStringLiteral("/1.0"), true);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const QJsonObject meta
            = QJsonDocument::fromJson(r.body)[QStringLiteral("metadata")].toObject();
        QCOMPARE(meta.value(QStringLiteral("auth")).toString(), QStringLiteral("trusted"));
        const QJsonObject env = meta.value(QStringLiteral("environment")).toObject();
        QCOMPARE(env.value(QStringLiteral("server")).toString(), QStringLiteral("lxd"));
        QCOMPARE(env.value(QStringLiteral("certificate_fingerprint")).toString(),
            m_lab.value(prefix + QStringLiteral("_FINGERPRINT")));
        QCOMPARE(QString::fromLatin1(r.peerSha256),
            m_lab.value(prefix + QStringLiteral("_FINGERPRINT")));
    }
};

QTEST_GUILESS_MAIN(TestLabPeers)
#include "test_lab_peers.moc"
