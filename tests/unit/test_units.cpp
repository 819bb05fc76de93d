#include "util/units.h"

#include <QtTest>

using namespace ferry;

class TestUnits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms"); // -1: invalid
        QTest::newRow("hour") << QStringLiteral("1h") << qint64(3600000);
        QTest::newRow("minutes") << QStringLiteral("10m") << qint64(600000);
        QTest::newRow("go style") << QStringLiteral("5m0s") << qint64(300000);
        QTest::newRow("compound") << QStringLiteral("1h30m") << qint64(5400000);
        QTest::newRow("ms") << QStringLiteral("500ms") << qint64(500);
        QTest::newRow("fraction") << QStringLiteral("1.5s") << qint64(1500);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("no unit") << QStringLiteral("10") << qint64(-1);
        QTest::newRow("garbage") << QStringLiteral("ten minutes") << qint64(-1);
        QTest::newRow("trailing junk") << QStringLiteral("10mx") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        auto r = units::parseDurationMs(text);
        if (ms < 0) {
            QVERIFY(!r);
        } else {
            QVERIFY2(r, qPrintable(text));
            QCOMPARE(*r, ms);
        }
    }

    void formatDuration()
    {
        QCOMPARE(units::formatDuration(300000), QStringLiteral("5m0s"));
        QCOMPARE(units::formatDuration(3600000), QStringLiteral("1h0m0s"));
        QCOMPARE(units::formatDuration(10000), QStringLiteral("10s"));
        QCOMPARE(units::formatDuration(1500), QStringLiteral("1.500s"));
        QCOMPARE(*units::parseDurationMs(units::formatDuration(5400000)), qint64(5400000));
    }

    void bytes()
    {
        QCOMPARE(*units::parseBytes(QStringLiteral("4GiB")), qint64(4) << 30);
        QCOMPARE(*units::parseBytes(QStringLiteral("4096MiB")), qint64(4) << 30);
        QCOMPARE(*units::parseBytes(QStringLiteral("4G")), qint64(4) << 30);
        QCOMPARE(*units::parseBytes(QStringLiteral("512 mb")), qint64(512) << 20);
        QCOMPARE(*units::parseBytes(QStringLiteral("123")), qint64(123));
        QVERIFY(!units::parseBytes(QStringLiteral("lots")));
        QCOMPARE(units::formatBytes(qint64(4) << 30), QStringLiteral("4.00GiB"));
        QCOMPARE(units::formatBytes(qint64(6) << 30), QStringLiteral("6.00GiB"));
        QCOMPARE(units::formatBytes(1536), QStringLiteral("1.50KiB"));
        QCOMPARE(units::formatBytes(12), QStringLiteral("12B"));
    }
};

QTEST_GUILESS_MAIN(TestUnits)
#include "test_units.moc"
