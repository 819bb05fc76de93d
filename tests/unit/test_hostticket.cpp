// Host-direct reads (vmware/hostticket, docs/sources.md): the host's URL (dcPath dropped, dsName
// kept byte for byte, the host's port), the ticket's cookie and spec, the ticket parsed from an
// AcquireGenericServiceTicketResponse and its thumbprint turned into a pin.
#include "vmware/hostticket.h"
#include "vmware/xmlnode.h"

#include <QTest>

using namespace ferry;
using namespace ferry::vmware;

class TestHostTicket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlDropsDcPath()
    {
        const QUrl vc(
            QStringLiteral("https://vc.example.com:8443/folder/web%2001/web%2001-flat.vmdk"
                           "?dcPath=Europe%2FDC-Zurich&dsName=DS%2B1"),
            QUrl::StrictMode);
        const QUrl host = hostDirectUrl(vc, QStringLiteral("esx01.example.com"));
        QCOMPARE(host.toString(QUrl::FullyEncoded),
            QStringLiteral(
                "https://esx01.example.com/folder/web%2001/web%2001-flat.vmdk?dsName=DS%2B1"));
        // The parameter order does not matter, and only dsName survives.
        const QUrl other(
            QStringLiteral("https://vc/folder/a.vmdk?dsName=R%26D&dcPath=DC0"), QUrl::StrictMode);
        QCOMPARE(hostDirectUrl(other, QStringLiteral("10.0.0.5")).toString(QUrl::FullyEncoded),
            QStringLiteral("https://10.0.0.5/folder/a.vmdk?dsName=R%26D"));
    }

    void urlWithPort()
    {
        const QUrl vc(QStringLiteral("https://vc/folder/a-flat.vmdk?dcPath=DC0&dsName=LocalDS_0"));
        QCOMPARE(hostDirectUrl(vc, QStringLiteral("127.0.0.1:40123")).toString(QUrl::FullyEncoded),
            QStringLiteral("https://127.0.0.1:40123/folder/a-flat.vmdk?dsName=LocalDS_0"));
        QCOMPARE(hostDirectUrl(vc, QStringLiteral("esx:443")).port(), -1);
        // An inventory name as the simulator gives it (an underscore) is a host name too.
        QCOMPARE(hostDirectUrl(vc, QStringLiteral("DC0_H0")).host(), QStringLiteral("dc0_h0"));
    }

    void whereToConnect()
    {
        HostTicket t;
        QCOMPARE(hostToConnect(t, QStringLiteral("esx01")), QStringLiteral("esx01"));
        t.hostName = QStringLiteral("localhost.localdomain");
        QCOMPARE(hostToConnect(t, QStringLiteral("10.0.0.5")), QStringLiteral("10.0.0.5"));
        t.hostName = QStringLiteral("esx01.example.com");
        QCOMPARE(hostToConnect(t, QStringLiteral("10.0.0.5")), QStringLiteral("esx01.example.com"));
    }

    void cookieAndSpec()
    {
        HostTicket t;
        t.id = QStringLiteral("52a1b2c3-ticket");
        QCOMPARE(ticketCookie(t), QByteArray("vmware_cgi_ticket=52a1b2c3-ticket"));
        const QByteArray spec
            = ticketRequest(QUrl(QStringLiteral("https://esx/folder/a.vmdk?dsName=R%26D")));
        QVERIFY(spec.contains("xsi:type=\"SessionManagerHttpServiceRequestSpec\""));
        QVERIFY(spec.contains("<method>httpGet</method>"));
        QVERIFY(spec.contains("<url>https://esx/folder/a.vmdk?dsName=R%26D</url>"));
        QVERIFY(!spec.contains("vmware_soap_session"));
    }

    void parseTicket()
    {
        auto doc
            = parseXml("<AcquireGenericServiceTicketResponse xmlns=\"urn:vim25\"><returnval>"
                       "<id>52c2-aa</id><hostName>esx01.example.com</hostName>"
                       "<sslThumbprint>AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01"
                       "</sslThumbprint></returnval></AcquireGenericServiceTicketResponse>",
                QStringLiteral("test"));
        QVERIFY(doc);
        auto t = parseHostTicket(*doc->at(u"returnval"));
        QVERIFY(t);
        QCOMPARE(t->id, QStringLiteral("52c2-aa"));
        QCOMPARE(t->hostName, QStringLiteral("esx01.example.com"));
        const HostPin pin = HostPin::parse(t->sslThumbprint);
        QVERIFY(pin.isValid());
        QCOMPARE(pin.algorithm, QCryptographicHash::Sha1);
        QCOMPARE(
            pin.digest.toHex().toUpper(), QByteArray("ABCDEF0123456789ABCDEF0123456789ABCDEF01"));

        QCOMPARE(t->pinThumbprint(), t->sslThumbprint);

        // vSphere 7.0.3.1 and later: a list of thumbprints with their algorithm; SHA-256 wins.
        const QByteArray sha256 = QByteArray(32, '\x5a').toHex(':').toUpper();
        auto listed = parseXml("<r><returnval><id>t</id><sslThumbprint>"
                               "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01"
                               "</sslThumbprint><certThumbprintList><thumbprint>"
                + sha256
                + "</thumbprint><hashAlgorithm>sha256</hashAlgorithm></certThumbprintList>"
                  "</returnval></r>",
            QStringLiteral("test"));
        QVERIFY(listed);
        auto lt = parseHostTicket(*listed->at(u"returnval"));
        QVERIFY(lt);
        QCOMPARE(lt->pinThumbprint(), QString::fromLatin1(sha256));
        QCOMPARE(HostPin::parse(lt->pinThumbprint()).algorithm, QCryptographicHash::Sha256);

        auto empty = parseXml(
            "<r><returnval><hostName>x</hostName></returnval></r>", QStringLiteral("test"));
        QVERIFY(empty);
        QVERIFY(!parseHostTicket(*empty->at(u"returnval")));
    }

    void pins()
    {
        const QByteArray sha256 = QCryptographicHash::hash("cert", QCryptographicHash::Sha256);
        QStringList parts;
        for (char c : sha256)
            parts << QString::fromLatin1(QByteArray(1, c).toHex().toUpper());
        const HostPin pin = HostPin::parse(parts.join(QLatin1Char(':')));
        QVERIFY(pin.isValid());
        QCOMPARE(pin.algorithm, QCryptographicHash::Sha256);
        QCOMPARE(pin.digest, sha256);
        QCOMPARE(HostPin::parse(QString::fromLatin1(sha256.toHex())).digest, sha256);
        QVERIFY(!HostPin::parse(QString()).isValid());
        QVERIFY(!HostPin::parse(QStringLiteral("AB:CD")).isValid()); // neither SHA-1 nor SHA-256
        QVERIFY(
            !HostPin::parse(QStringLiteral("zz:") + parts.mid(1).join(QLatin1Char(':'))).isValid());
    }
};

QTEST_GUILESS_MAIN(TestHostTicket)
#include "test_hostticket.moc"
