#include "tls/certificate.h"

#include <QtTest>

using namespace ferry;

class TestFingerprint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: invalid
        const QString fp
            = QStringLiteral("ba4f5b7749bc76e11fdce0dba27c49e6c379cfb9b4c7de14844442d9b6df5726");
        QTest::newRow("lowercase") << fp << fp;
        QTest::newRow("uppercase") << fp.toUpper() << fp;
        QTest::newRow("colons") << tls::colonFingerprint(fp) << fp;
        QTest::newRow("colons lowercase") << tls::colonFingerprint(fp).toLower() << fp;
        QTest::newRow("spaces around") << QStringLiteral("  ") + fp + QStringLiteral("\n") << fp;
        QTest::newRow("too short") << fp.left(62) << QString();
        QTest::newRow("sha1 length") << fp.left(40) << QString();
        QTest::newRow("not hex") << QString(fp).replace(0, 1, QLatin1Char('g')) << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        auto r = tls::normalizeFingerprint(input);
        if (expected.isEmpty()) {
            QVERIFY(!r);
            QCOMPARE(r.error().code, Error::Code::InvalidInput);
            QVERIFY(r.error().message.contains(QStringLiteral("64 hexadecimal")));
        } else {
            QVERIFY(r);
            QCOMPARE(*r, expected);
        }
    }

    void colonForm()
    {
        QCOMPARE(tls::colonFingerprint(QStringLiteral("ab01cd")), QStringLiteral("AB:01:CD"));
    }

    void decide_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("presented");
        QTest::addColumn<bool>("systemTrusted");
        QTest::addColumn<int>("outcome");
        const QString a = QStringLiteral("aa"), b = QStringLiteral("bb");
        QTest::newRow("system trusted, no pin")
            << QString() << a << true << int(tls::TrustOutcome::Trusted);
        QTest::newRow("self-signed, no pin")
            << QString() << a << false << int(tls::TrustOutcome::NeedsConfirmation);
        QTest::newRow("pinned and same") << a << a << false << int(tls::TrustOutcome::Trusted);
        QTest::newRow("pinned and changed") << a << b << false << int(tls::TrustOutcome::Changed);
        QTest::newRow("pinned, changed to a trusted one")
            << a << b << true << int(tls::TrustOutcome::Changed);
    }

    void decide()
    {
        QFETCH(QString, pin);
        QFETCH(QString, presented);
        QFETCH(bool, systemTrusted);
        QFETCH(int, outcome);
        QCOMPARE(int(tls::decide(pin, presented, systemTrusted)), outcome);
    }
};

QTEST_GUILESS_MAIN(TestFingerprint)
#include "test_fingerprint.moc"
