// net/endpoint.h: the one rule for a server address typed for a source (port 443 left out) or
// a target (port always written, 8443 by default), with the same refusals for both.
#include "net/endpoint.h"

#include <QtTest>

using namespace ferry;

class TestEndpoint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalized_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::newRow("host") << QStringLiteral("vc.example")
                              << QStringLiteral("https://vc.example")
                              << QStringLiteral("https://vc.example:8443");
        QTest::newRow("explicit 443")
            << QStringLiteral("https://h:443") << QStringLiteral("https://h")
            << QStringLiteral("https://h:443");
        QTest::newRow("other port")
            << QStringLiteral("10.0.0.3:9443") << QStringLiteral("https://10.0.0.3:9443")
            << QStringLiteral("https://10.0.0.3:9443");
        QTest::newRow("path and spaces dropped")
            << QStringLiteral(" https://vc.example/sdk ") << QStringLiteral("https://vc.example")
            << QStringLiteral("https://vc.example:8443");
        QTest::newRow("ipv6") << QStringLiteral("[fd00::1]") << QStringLiteral("https://[fd00::1]")
                              << QStringLiteral("https://[fd00::1]:8443");
    }
    void normalized()
    {
        QFETCH(QString, input);
        QFETCH(QString, source);
        QFETCH(QString, target);
        QCOMPARE(*net::normalizeHttpsEndpoint(input, 443, false), source);
        QCOMPARE(*net::normalizeHttpsEndpoint(input, 8443, true), target);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("The endpoint is empty.");
        QTest::newRow("http") << QStringLiteral("http://h")
                              << QStringLiteral("Only https endpoints are supported (got http).");
        QTest::newRow("no host") << QStringLiteral("https://")
                                 << QStringLiteral(
                                        "\"https://\" is not a host name, an IP address or an "
                                        "https URL.");
    }
    void refused()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        for (const bool keep : {false, true}) {
            const auto r = net::normalizeHttpsEndpoint(input, keep ? 8443 : 443, keep);
            QVERIFY(!r);
            QCOMPARE(r.error().code, Error::Code::InvalidInput);
            QCOMPARE(r.error().message, message);
        }
    }
};

QTEST_GUILESS_MAIN(TestEndpoint)
#include "test_endpoint.moc"
