// The scheduler's window and constraint decisions (engine/scheduling.h), as the reference takes
// them: windows begun, ended, locked out, full or too short for the minimum boot time; the last
// matching constraint wins.
#include "batch/selection.h"
#include "engine/scheduling.h"
#include "model/instance.h"

#include <QtTest>

using namespace ferry;
using namespace ferry::engine;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

MigrationWindow window(
    qint64 id, int startMin, int endMin, int capacity = 0, int lockoutMin = 0, bool lockout = false)
{
    MigrationWindow w;
    w.id = id;
    w.name = QStringLiteral("w%1").arg(id);
    w.start = kNow.addSecs(qint64(startMin) * 60);
    w.end = kNow.addSecs(qint64(endMin) * 60);
    w.capacity = capacity;
    if (lockout)
        w.lockout = kNow.addSecs(qint64(lockoutMin) * 60);
    return w;
}

Instance vm(const QString &location, int cpus)
{
    Instance i;
    i.location = location;
    i.cpus = cpus;
    return i;
}

Constraint constraint(const QString &name, const QString &expression, int maxConcurrent = 0)
{
    Constraint c;
    c.name = name;
    c.includeExpression = expression;
    c.maxConcurrentInstances = maxConcurrent;
    return c;
}

} // namespace

class TestEngineScheduling final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noWindowsMeansNow()
    {
        const WindowChoice c = chooseWindow(Batch {}, 0, 0, {}, kNow);
        QCOMPARE(c.kind, WindowChoice::Kind::Now);
        QCOMPARE(c.windowId, qint64(0));
    }

    void windowStates_data()
    {
        QTest::addColumn<MigrationWindow>("w");
        QTest::addColumn<qint64>("minBootMs");
        QTest::addColumn<int>("expected"); // WindowChoice::Kind
        using K = WindowChoice::Kind;
        QTest::newRow("begun") << window(1, -10, 60) << qint64(0) << int(K::Now);
        QTest::newRow("not begun") << window(1, 30, 90) << qint64(0) << int(K::Later);
        QTest::newRow("ended") << window(1, -90, -30) << qint64(0) << int(K::Never);
        QTest::newRow("lockout passed")
            << window(1, -60, 60, 0, -5, true) << qint64(0) << int(K::Never);
        QTest::newRow("lockout ahead")
            << window(1, -60, 60, 0, 5, true) << qint64(0) << int(K::Now);
        // 30 minutes left: a cut-over of 28 min plus the minute of margin ends before the end, one
        // of 29 min ends at it, which does not fit.
        QTest::newRow("boot time fits") << window(1, -30, 30) << qint64(28 * 60000) << int(K::Now);
        QTest::newRow("boot time too long")
            << window(1, -30, 30) << qint64(29 * 60000) << int(K::Never);
    }

    void windowStates()
    {
        QFETCH(MigrationWindow, w);
        QFETCH(qint64, minBootMs);
        QFETCH(int, expected);
        Batch b;
        b.windows = {w};
        const WindowChoice c = chooseWindow(b, 0, minBootMs, {}, kNow);
        QCOMPARE(int(c.kind), expected);
        if (c.kind != WindowChoice::Kind::Never)
            QCOMPARE(c.windowId, w.id);
    }

    void earliestWindowWithCapacity()
    {
        Batch b;
        b.windows = {window(2, 120, 180), window(1, -10, 60, 2)};
        // Window 1 has begun and has room.
        QCOMPARE(chooseWindow(b, 0, 0, {{1, 1}}, kNow).windowId, qint64(1));
        // Full: the next one, which has not begun.
        const WindowChoice c = chooseWindow(b, 0, 0, {{1, 2}}, kNow);
        QCOMPARE(c.kind, WindowChoice::Kind::Later);
        QCOMPARE(c.windowId, qint64(2));
        // Both full (window 2 holds one): none.
        b.windows[0].capacity = 1;
        QCOMPARE(chooseWindow(b, 0, 0, {{1, 2}, {2, 1}}, kNow).kind, WindowChoice::Kind::Never);
    }

    void assignedWindowIsKeptUntilLocked()
    {
        Batch b;
        b.windows = {window(1, -10, 60, 1), window(2, -5, 120)};
        // Assigned to the full window 1 earlier (a retry): it keeps it.
        QCOMPARE(chooseWindow(b, 1, 0, {{1, 1}}, kNow).windowId, qint64(1));
        // Window 1 locked out since: the entry moves on to window 2.
        b.windows[0].lockout = kNow.addSecs(-60);
        QCOMPARE(chooseWindow(b, 1, 0, {{1, 1}}, kNow).windowId, qint64(2));
    }

    void lastMatchingConstraintWins()
    {
        Batch b;
        b.constraints = {constraint(QStringLiteral("all"), QStringLiteral("true"), 5),
            constraint(QStringLiteral("web"), QStringLiteral("location matches 'web'"), 1),
            constraint(QStringLiteral("big"), QStringLiteral("cpus >= 8"), 2)};
        const batch::SelectionContext ctx;
        QCOMPARE(applicableConstraint(b, vm(QStringLiteral("/DC0/vm/db 01"), 2), ctx), 0);
        QCOMPARE(applicableConstraint(b, vm(QStringLiteral("/DC0/vm/web 01"), 2), ctx), 1);
        QCOMPARE(applicableConstraint(b, vm(QStringLiteral("/DC0/vm/web 02"), 16), ctx), 2);
        QCOMPARE(applicableConstraint(Batch {}, vm(QStringLiteral("/DC0/vm/web 01"), 2), ctx), -1);
    }

    void brokenExpressionMatchesNothing()
    {
        Batch b;
        b.constraints
            = {constraint(QStringLiteral("web"), QStringLiteral("location matches 'web'")),
                constraint(QStringLiteral("broken"), QStringLiteral("cpus >= "))};
        QCOMPARE(applicableConstraint(b, vm(QStringLiteral("/DC0/vm/web 01"), 2), {}), 0);
        QCOMPARE(applicableConstraint(b, vm(QStringLiteral("/DC0/vm/db 01"), 2), {}), -1);
    }
};

QTEST_GUILESS_MAIN(TestEngineScheduling)
#include "test_enginescheduling.moc"
