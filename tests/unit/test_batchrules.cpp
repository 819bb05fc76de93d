// batch/batchrules.h: the batch name rule, the migration windows' rules and the background
// sync limits that ferry's batch wizard and the batch document reader (ferryctl batch add|edit)
// both apply, with the messages both show.
#include "batch/batchrules.h"

#include <QtTest>

using namespace ferry;
using namespace ferry::batch;

namespace {

QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2025, 12, 1), QTime(hour, minute), Qt::UTC);
}

MigrationWindow window(const QString &name, const QDateTime &start, const QDateTime &end,
    const QDateTime &lockout = {})
{
    MigrationWindow w;
    w.name = name;
    w.start = start;
    w.end = end;
    w.lockout = lockout;
    return w;
}

} // namespace

Q_DECLARE_METATYPE(QVector<MigrationWindow>)

class TestBatchRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem");
        QTest::newRow("plain") << QStringLiteral("wave 1") << QString();
        QTest::newRow("unicode") << QString::fromUtf8("Zürich – Welle 2") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("A batch needs a name.");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("A batch needs a name.");
        const QString contains = QStringLiteral(
            "The name \"%1\" may not contain control characters, slashes or spaces at either end.");
        QTest::newRow("slash") << QStringLiteral("a/b") << contains.arg(QStringLiteral("a/b"));
        QTest::newRow("leading space")
            << QStringLiteral(" a") << contains.arg(QStringLiteral(" a"));
        QTest::newRow("trailing space")
            << QStringLiteral("a ") << contains.arg(QStringLiteral("a "));
        QTest::newRow("tab") << QStringLiteral("a\tb") << contains.arg(QStringLiteral("a\tb"));
        QTest::newRow("delete") << QStringLiteral("a\x7f") << contains.arg(QStringLiteral("a\x7f"));
    }
    void batchName()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        QCOMPARE(batchNameProblem(name), problem);
    }

    void windows_data()
    {
        QTest::addColumn<QVector<MigrationWindow>>("windows");
        // "index field message-part" per problem, in order.
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << QVector<MigrationWindow> {} << QStringList {};
        QTest::newRow("open window")
            << QVector<MigrationWindow> {window(QStringLiteral("now"), {}, {})} << QStringList {};
        QTest::newRow("touching") << QVector<MigrationWindow> {window(QStringLiteral("a"), at(1),
                                                                   at(2)),
            window(QStringLiteral("b"), at(2), at(3))}
                                  << QStringList {};
        QTest::newRow("no name") << QVector<MigrationWindow> {window({}, at(1),
            at(2))} << QStringList {QStringLiteral("0 name The migration window 1 needs a name.")};
        QTest::newRow("same name")
            << QVector<MigrationWindow> {window(QStringLiteral("w"), at(1), at(2)),
                   window(QStringLiteral("w"), at(3), at(4))}
            << QStringList {QStringLiteral("1 name Two migration windows are named \"w\".")};
        QTest::newRow("ends before it starts")
            << QVector<MigrationWindow> {window(QStringLiteral("w"), at(2), at(1))}
            << QStringList {QStringLiteral("0 end The window \"w\" ends (2025-12-01 01:00:00) "
                                           "before it starts (2025-12-01 02:00:00).")};
        QTest::newRow("ends when it starts")
            << QVector<MigrationWindow> {window(QStringLiteral("w"), at(2), at(2))}
            << QStringList {QStringLiteral(
                   "0 end The window \"w\" ends when it starts (2025-12-01 02:00:00).")};
        QTest::newRow("no name and backwards")
            << QVector<MigrationWindow> {window({}, at(2), at(1))}
            << QStringList {QStringLiteral("0 name The migration window 1 needs a name."),
                   QStringLiteral("0 end The window \"\" ends")};
        QTest::newRow("lockout after the end")
            << QVector<MigrationWindow> {window(QStringLiteral("w"), at(1), at(2), at(3))}
            << QStringList {QStringLiteral(
                   "0 lockout The lockout of window \"w\" (2025-12-01 03:00:00) is outside the "
                   "window (2025-12-01 01:00:00 to 2025-12-01 02:00:00).")};
        QTest::newRow("lockout before an open start")
            << QVector<MigrationWindow> {window(QStringLiteral("w"), {}, at(2), at(3))}
            << QStringList {QStringLiteral("0 lockout The lockout of window \"w\" "
                                           "(2025-12-01 03:00:00) is outside the window (now to "
                                           "2025-12-01 02:00:00).")};
        QTest::newRow("overlap, said of the later")
            << QVector<MigrationWindow> {window(QStringLiteral("w1"), at(1), at(2)),
                   window(QStringLiteral("w2"), at(1, 30), at(3)),
                   window(QStringLiteral("w3"), at(1, 45), at(4))}
            << QStringList {QStringLiteral("1 window The window \"w2\" ("),
                   QStringLiteral("2 window The window \"w3\" (")};
        QTest::newRow("a broken window is not checked for overlaps")
            << QVector<MigrationWindow> {window(QStringLiteral("w1"), at(1), at(3)),
                   window(QStringLiteral("w2"), at(2), at(1))}
            << QStringList {QStringLiteral("1 end The window \"w2\" ends")};
    }
    void windows()
    {
        QFETCH(QVector<MigrationWindow>, windows);
        QFETCH(QStringList, expected);
        const QVector<WindowProblem> problems = checkWindows(windows);
        QStringList got;
        for (const WindowProblem &p : problems) {
            const char *field = p.field == WindowProblem::Field::Name ? "name"
                : p.field == WindowProblem::Field::End                ? "end"
                : p.field == WindowProblem::Field::Lockout            ? "lockout"
                                                                      : "window";
            got << QStringLiteral("%1 %2 %3").arg(p.index).arg(QLatin1String(field), p.message);
        }
        QCOMPARE(got.size(), expected.size());
        for (int i = 0; i < got.size(); ++i)
            QVERIFY2(got.at(i).startsWith(expected.at(i)), qPrintable(got.at(i)));
    }

    void overlapNamesTheEarlierWindow()
    {
        const auto problems = checkWindows({window(QStringLiteral("early"), at(1), at(3)),
            window(QStringLiteral("late"), at(2), at(4))});
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(QStringLiteral("overlaps the window \"early\"")));
        QVERIFY(problems.first().message.endsWith(QStringLiteral("windows may not overlap.")));
        // A window whose fields did not read is left out of the overlap check.
        QVERIFY(checkWindows({window(QStringLiteral("early"), at(1), at(3)),
                                 window(QStringLiteral("late"), at(2), at(4))},
            {1})
                    .isEmpty());
    }

    void syncLimits()
    {
        QVERIFY(syncIntervalValid(60000));
        QVERIFY(!syncIntervalValid(0));
        QVERIFY(!syncIntervalValid(-1));
        QVERIFY(finalSyncLimitValid(600000, 600000));
        QVERIFY(finalSyncLimitValid(600000, 60000));
        QVERIFY(!finalSyncLimitValid(600000, 3600000));
    }
};

QTEST_GUILESS_MAIN(TestBatchRules)
#include "test_batchrules.moc"
