// Migration window semantics: begun, locked, fits a duration, the earliest that fits, overlap
// and "at least as permissive".
#include "batch/windows.h"

#include <QtTest>

using namespace ferry;
using namespace ferry::batch;

namespace {

const QDateTime kNow(QDate(2025, 12, 1), QTime(12, 0), Qt::UTC);

QDateTime at(int minutesFromNow)
{
    return kNow.addSecs(qint64(minutesFromNow) * 60);
}

// Minutes from now; a missing bound is written as nullopt.
MigrationWindow window(std::optional<int> start, std::optional<int> end,
    std::optional<int> lockout = std::nullopt, int capacity = 0, qint64 id = 0)
{
    MigrationWindow w;
    w.id = id;
    w.name = QStringLiteral("w%1").arg(id);
    if (start)
        w.start = at(*start);
    if (end)
        w.end = at(*end);
    if (lockout)
        w.lockout = at(*lockout);
    w.capacity = capacity;
    return w;
}

} // namespace

Q_DECLARE_METATYPE(MigrationWindow)

class TestBatchWindows final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void states_data()
    {
        QTest::addColumn<MigrationWindow>("w");
        QTest::addColumn<bool>("begun");
        QTest::addColumn<bool>("locked");
        QTest::newRow("unbounded") << window({}, {}) << true << false;
        QTest::newRow("future") << window(10, 60) << false << false;
        QTest::newRow("now") << window(-10, 60) << true << false;
        QTest::newRow("starts exactly now") << window(0, 60) << true << false;
        QTest::newRow("ended") << window(-60, -10) << true << true;
        QTest::newRow("ends exactly now") << window(-60, 0) << true << true;
        QTest::newRow("lockout passed") << window(-60, 60, -5) << true << true;
        QTest::newRow("lockout ahead") << window(-60, 60, 5) << true << false;
        QTest::newRow("no end, lockout passed") << window(-60, {}, -1) << true << true;
    }

    void states()
    {
        QFETCH(MigrationWindow, w);
        QFETCH(bool, begun);
        QFETCH(bool, locked);
        QCOMPARE(windowBegun(w, kNow), begun);
        QCOMPARE(windowLocked(w, kNow), locked);
    }

    void fits_data()
    {
        QTest::addColumn<MigrationWindow>("w");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<bool>("fits");
        QTest::newRow("no end") << window({}, {}) << 600 << true;
        QTest::newRow("ten minutes, five needed") << window(10, 20) << 5 << true;
        // The reference's margin: start + duration + 1 minute must come before the end.
        QTest::newRow("exactly with the margin") << window(10, 20) << 9 << false;
        QTest::newRow("just inside the margin") << window(10, 21) << 9 << true;
        QTest::newRow("begun: counted from now") << window(-100, 30) << 28 << true;
        QTest::newRow("begun: too little left") << window(-100, 30) << 29 << false;
        QTest::newRow("locked") << window(-100, 300, -1) << 1 << false;
        QTest::newRow("ended") << window(-100, -1) << 0 << false;
    }

    void fits()
    {
        QFETCH(MigrationWindow, w);
        QFETCH(int, minutes);
        QFETCH(bool, fits);
        QCOMPARE(windowFits(w, qint64(minutes) * 60000, kNow), fits);
    }

    void earliest()
    {
        const QVector<MigrationWindow> windows = {window(120, 180, {}, 0, 1),
            window(30, 40, {}, 0, 2), window(60, 90, {}, 1, 3), window(-60, -30, {}, 0, 4)};
        // Window 2 is first but too short for 20 minutes; 3 is next.
        QCOMPARE(earliestWindow(windows, 5 * 60000, kNow), 1);
        QCOMPARE(earliestWindow(windows, 20 * 60000, kNow), 2);
        // Window 3 is at capacity: 1 is next.
        QCOMPARE(earliestWindow(windows, 20 * 60000, kNow, {{3, 1}}), 0);
        QCOMPARE(earliestWindow(windows, 600 * 60000, kNow), -1);
        // An unbounded start counts as earliest.
        QCOMPARE(
            earliestWindow({window(30, 300, {}, 0, 1), window({}, 300, {}, 0, 2)}, 60000, kNow), 1);
        QCOMPARE(earliestWindow({}, 0, kNow), -1);
    }

    void overlap_data()
    {
        QTest::addColumn<MigrationWindow>("a");
        QTest::addColumn<MigrationWindow>("b");
        QTest::addColumn<bool>("overlap");
        QTest::newRow("apart") << window(0, 10) << window(20, 30) << false;
        QTest::newRow("touching") << window(0, 10) << window(10, 20) << false;
        QTest::newRow("crossing") << window(0, 15) << window(10, 20) << true;
        QTest::newRow("inside") << window(0, 60) << window(10, 20) << true;
        QTest::newRow("open start") << window({}, 10) << window(5, 20) << true;
        QTest::newRow("open start before") << window({}, 10) << window(10, 20) << false;
        QTest::newRow("open end") << window(30, {}) << window(40, 50) << true;
        QTest::newRow("both unbounded") << window({}, {}) << window(40, 50) << true;
    }

    void overlap()
    {
        QFETCH(MigrationWindow, a);
        QFETCH(MigrationWindow, b);
        QFETCH(bool, overlap);
        QCOMPARE(windowsOverlap(a, b), overlap);
        QCOMPARE(windowsOverlap(b, a), overlap);
    }

    void permissive_data()
    {
        QTest::addColumn<MigrationWindow>("before");
        QTest::addColumn<MigrationWindow>("after");
        QTest::addColumn<bool>("ok");
        QTest::newRow("same") << window(0, 60, 30, 5) << window(0, 60, 30, 5) << true;
        QTest::newRow("earlier start, later end") << window(0, 60) << window(-10, 70) << true;
        QTest::newRow("later start") << window(0, 60) << window(5, 60) << false;
        QTest::newRow("earlier end") << window(0, 60) << window(0, 50) << false;
        QTest::newRow("start removed") << window(0, 60) << window({}, 60) << true;
        QTest::newRow("end removed") << window(0, 60) << window(0, {}) << true;
        QTest::newRow("end added") << window(0, {}) << window(0, 600) << false;
        QTest::newRow("more capacity") << window(0, 60, {}, 5) << window(0, 60, {}, 6) << true;
        QTest::newRow("less capacity") << window(0, 60, {}, 5) << window(0, 60, {}, 4) << false;
        QTest::newRow("unlimited") << window(0, 60, {}, 5) << window(0, 60, {}, 0) << true;
        QTest::newRow("limit added") << window(0, 60, {}, 0) << window(0, 60, {}, 50) << false;
        QTest::newRow("later lockout") << window(0, 60, 30) << window(0, 60, 40) << true;
        QTest::newRow("earlier lockout") << window(0, 60, 30) << window(0, 60, 20) << false;
        QTest::newRow("lockout removed") << window(0, 60, 30) << window(0, 60) << true;
        QTest::newRow("lockout added") << window(0, 60) << window(0, 60, 50) << false;
    }

    void permissive()
    {
        QFETCH(MigrationWindow, before);
        QFETCH(MigrationWindow, after);
        QFETCH(bool, ok);
        QCOMPARE(atLeastAsPermissive(before, after), ok);
    }

    void describe()
    {
        MigrationWindow w;
        w.start = QDateTime(QDate(2025, 12, 1), QTime(1, 0), Qt::UTC);
        w.end = QDateTime(QDate(2025, 12, 1), QTime(1, 10), Qt::UTC);
        // As the seed's queue list shows it.
        QCOMPARE(describeWindow(w),
            QStringLiteral("2025-12-01 01:00:00 +0000 UTC - 2025-12-01 01:10:00 +0000 UTC"));
    }
};

QTEST_GUILESS_MAIN(TestBatchWindows)
#include "test_batchwindows.moc"
