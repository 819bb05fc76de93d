// List filters (`instance list --filter`, the Instances search box): an expression, or a search of
// the location when the text is not one (the reference's location alias).
#include "test_expr_inventory.h"

#include <QtTest>

using namespace ferry;
using namespace exprtest;

class TestExprFilter final : public QObject
{
    Q_OBJECT

private:
    QVector<LabVm> m_inventory = inventory();

private Q_SLOTS:
    void filters_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<bool>("alias");
        QTest::addColumn<QString>("selected");
        auto row = [](const char *name, const char *filter, bool alias, const char *selected) {
            QTest::newRow(name) << QString::fromUtf8(filter) << alias
                                << QString::fromUtf8(selected);
        };
        row("bare name", "web", true, "web01");
        row("bare number", "2404", true, "u2404esx u2404vc");
        row("name with an underscore", "DC0_H0_VM0", true, "gen");
        row("name with a dash", "cbt-vm", true, "cbt");
        row("words", "Team Folder", true, "app02");
        row("parentheses are found as written", "web 01 (prod)", true, "web01");
        row("non-ASCII", "Zürich-DB ünïcødé", true, "zurich");
        row("path", "/DC0/vm/", true, "web01 zurich cbt app02 gen");
        row("regular expression", "^/ha-datacenter/", true, "bookworm u2404esx");
        row("regular expression alternatives", "foo-(app|db)$", true, "fooapp foodb");
        row("not a regular expression", "(prod", true, "web01");
        row("quotes and backslashes", "it's \"quoted\" \\ here", true, "");
        row("a field alone is a name (reference)", "running", true, "");
        row("name-like arithmetic", "cpus-2", true, "");
        row("expression", "cpus >= 4", false, "zurich foodb bar abd aef");
        row("boolean field", "running == true", false, "cbt app02 gen");
        row("expression with matches", "location matches 'foo'", false, "fooapp foodb");
        row("empty", "", false,
            "web01 zurich cbt app02 gen bookworm u2404esx fooapp foodb bar storage ubuntu "
            "oldubuntu u2404vc abc abd abcc aef xab");
        row("blank", "   ", false,
            "web01 zurich cbt app02 gen bookworm u2404esx fooapp foodb bar storage ubuntu "
            "oldubuntu u2404vc abc abd abcc aef xab");
    }

    void filters()
    {
        QFETCH(QString, filter);
        QFETCH(bool, alias);
        QFETCH(QString, selected);
        auto e = expr::compileFilter(filter);
        QVERIFY2(e, qPrintable(e ? QString() : e.error().message));
        QCOMPARE(e->isLocationAlias(), alias);
        if (alias)
            QVERIFY2(e->text().startsWith(QStringLiteral("location ")), qPrintable(e->text()));
        QStringList errors;
        QCOMPARE(select(m_inventory, *e, &errors), selected);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void aliasSpelling()
    {
        auto e = expr::compileFilter(QStringLiteral("  web  "));
        QVERIFY(e);
        QCOMPARE(
            e->text(), QStringLiteral("location matches \"web\" or location contains \"web\""));
        e = expr::compileFilter(QStringLiteral("(prod"));
        QVERIFY(e);
        QCOMPARE(e->text(), QStringLiteral("location contains \"(prod\""));
        e = expr::compileFilter(QStringLiteral("a\"b\\c"));
        QVERIFY(e);
        QCOMPARE(e->text(), QStringLiteral("location contains \"a\\\"b\\\\c\"")); // \c: not a regex
    }

    // Text that looks like an expression but is wrong is reported, not searched for.
    void wrongExpressionsAreReported()
    {
        expr::Diagnostic where;
        auto e = expr::compileFilter(QStringLiteral("cpu >= 4"), &where);
        QVERIFY(!e);
        QCOMPARE(where.column, 1);
        QVERIFY(e.error().message.startsWith(QStringLiteral("column 1: unknown field 'cpu'")));
        e = expr::compileFilter(QStringLiteral("location matches 'x' and"), &where);
        QVERIFY(e); // does not parse: searched for, as the reference does
        QVERIFY(e->isLocationAlias());
    }

    // Batch and constraint expressions have no alias.
    void batchExpressionsHaveNoAlias()
    {
        auto e = expr::Expression::compile(QStringLiteral("web"));
        QVERIFY(!e);
        QVERIFY(e.error().message.startsWith(QStringLiteral("column 1: unknown field 'web'")));
    }
};

QTEST_GUILESS_MAIN(TestExprFilter)
#include "test_expr_filter.moc"
