#include "util/result.h"

#include <QtTest>

using namespace ferry;

class TestResult final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueAndError()
    {
        Result<int> good = 42;
        QVERIFY(good.ok());
        QCOMPARE(*good, 42);

        Result<int> bad = Error(
            Error::Code::NotFound, QStringLiteral("No source named x."), QStringLiteral("id=7"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, Error::Code::NotFound);
        QCOMPARE(bad.error().toString(), QStringLiteral("No source named x. (id=7)"));
    }

    void status()
    {
        Status fine;
        QVERIFY(fine.ok());
        Status broken = Error(Error::Code::Io, QStringLiteral("Disk full."));
        QVERIFY(!broken);
        QCOMPARE(broken.error().toString(), QStringLiteral("Disk full."));
    }

    void codeNames()
    {
        QCOMPARE(QLatin1String(Error::codeName(Error::Code::DatabaseTooNew)),
            QLatin1String("database-too-new"));
        QCOMPARE(QLatin1String(Error::codeName(Error::Code::KeychainUnavailable)),
            QLatin1String("keychain-unavailable"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "test_result.moc"
