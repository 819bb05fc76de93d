// util/suggest.h: the one "did you mean" of the batch reader and the selection language: the
// edit distance (with swapped neighbours as one edit, case ignored) and how close is close enough.
#include "util/suggest.h"

#include <QtTest>

using namespace ferry;

class TestSuggest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void distance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("distance");
        QTest::newRow("same") << QStringLiteral("name") << QStringLiteral("name") << 0;
        QTest::newRow("case") << QStringLiteral("Name") << QStringLiteral("nAME") << 0;
        QTest::newRow("empty") << QString() << QStringLiteral("abc") << 3;
        QTest::newRow("insert") << QStringLiteral("cpu") << QStringLiteral("cpus") << 1;
        QTest::newRow("delete") << QStringLiteral("lenn") << QStringLiteral("len") << 1;
        QTest::newRow("replace") << QStringLiteral("incus02") << QStringLiteral("incus01") << 1;
        QTest::newRow("swap") << QStringLiteral("nmae") << QStringLiteral("name") << 1;
        QTest::newRow("three") << QStringLiteral("post_migration_retry")
                               << QStringLiteral("post_migration_retries") << 3;
        QTest::newRow("far") << QStringLiteral("zzzzzz") << QStringLiteral("name") << 6;
        QTest::newRow("unicode") << QString::fromUtf8("Zürich") << QString::fromUtf8("zurich") << 1;
    }
    void distance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, distance);
        QCOMPARE(editDistance(a, b), distance);
        QCOMPARE(editDistance(b, a), distance);
    }

    void closest_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("candidates");
        QTest::addColumn<QString>("expected");
        const QStringList keys {QStringLiteral("name"), QStringLiteral("include_expression"),
            QStringLiteral("migration_windows"), QStringLiteral("config")};
        QTest::newRow("swapped key") << QStringLiteral("nmae") << keys << QStringLiteral("name");
        QTest::newRow("far key") << QStringLiteral("zzzzzz") << keys << QString();
        QTest::newRow("long key, two edits")
            << QStringLiteral("migration_windos") << keys << QStringLiteral("migration_windows");
        QTest::newRow("long key, three edits")
            << QStringLiteral("includ_expresion_") << keys << QStringLiteral("include_expression");
        const QStringList fields {QStringLiteral("os"), QStringLiteral("cpus"),
            QStringLiteral("name"), QStringLiteral("memory")};
        // Short names: one edit at most ("foo" is two from "os").
        QTest::newRow("short, one edit")
            << QStringLiteral("cpu") << fields << QStringLiteral("cpus");
        QTest::newRow("short, two edits") << QStringLiteral("foo") << fields << QString();
        QTest::newRow("four letters, three edits") << QStringLiteral("size") << fields << QString();
        QTest::newRow("medium, two edits")
            << QStringLiteral("memroyy") << fields << QStringLiteral("memory");
        QTest::newRow("first of equals")
            << QStringLiteral("ab") << QStringList {QStringLiteral("ac"), QStringLiteral("ad")}
            << QStringLiteral("ac");
        QTest::newRow("no candidates") << QStringLiteral("x") << QStringList {} << QString();
    }
    void closest()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, candidates);
        QFETCH(QString, expected);
        QCOMPARE(closestMatch(name, candidates), expected);
    }
};

QTEST_GUILESS_MAIN(TestSuggest)
#include "test_suggest.moc"
