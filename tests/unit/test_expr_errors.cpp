// What the selection language says when an expression is wrong (with the column), and the
// bounds that keep any expression from hanging or crashing the application.
#include "test_expr_inventory.h"

#include <QtTest>

using namespace ferry;
using namespace exprtest;

class TestExprErrors final : public QObject
{
    Q_OBJECT

private:
    Instance m_web;
    expr::EvalContext m_ctx;

private Q_SLOTS:
    void initTestCase()
    {
        m_web = inventory().front().vm;
        m_ctx.source = QStringLiteral("vcenter01");
        m_ctx.sourceType = QStringLiteral("vmware");
    }

    void compileErrors_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message"); // without the position

        auto row = [](const char *name, const char *expression, int column, const char *message) {
            QTest::newRow(name) << QString::fromUtf8(expression) << column
                                << QString::fromUtf8(message);
        };
        row("unclosed call", "len(disks", 10,
            "expected ')' after the arguments of len, but found the end of the expression");
        row("unclosed call with an operator", "len(disks >= 1", 15,
            "expected ')' after the arguments of len, but found the end of the expression");
        row("unclosed parenthesis", "(cpus > 2", 10,
            "expected ')' to close the '(' at column 1, but found the end of the expression");
        row("missing right operand", "cpus >", 7,
            "expected a value after '>', but found the end of the expression");
        row("two operators", "cpus > > 2", 8, "expected a value after '>', but found '>'");
        row("unclosed index", "disks[0", 8,
            "expected ']' after the index that starts at column 6, but found the end of the "
            "expression");
        row("missing field name", "disks[0].", 10,
            "expected a field name after '.', but found the end of the expression");
        row("unclosed text", "location == 'web", 13,
            "the text that starts here is not closed: expected ' at the end");
        row("two values", "cpus >= 2 2", 11,
            "expected an operator or the end of the expression, but found '2'");
        row("unknown field", "cpu >= 2", 1,
            "unknown field 'cpu'; did you mean 'cpus'? The fields are: uuid, source_specific_id, "
            "location, description, os, os_description, os_template, secure_boot, legacy_boot, "
            "tpm, running, background_import, name, cpus, memory, architecture, config, nics, "
            "disks, snapshots, os_type, distribution, distribution_version, source, source_type, "
            "last_update_from_source");
        row("unknown function", "lenn(disks) > 1", 1,
            "unknown function 'lenn'; did you mean 'len'? The functions are: len, lower, upper, "
            "trim, trimPrefix, trimSuffix, split, join, hasPrefix, hasSuffix, first, last, any, "
            "all, none, one, filter, map, count, path_base, path_dir, has_tag, matches_tag");
        row("function without call", "len > 1", 1, "len is a function: call it as len(value)");
        row("ternary without colon", "cpus > 1 ? true", 16,
            "expected ':' in the conditional that starts with '?' at column 10, but found the end "
            "of the expression");
        row("unexpected character", "cpus @ 2", 6, "unexpected character '@'");
        row("# outside a predicate", "#.name == 'x'", 1,
            "'#' stands for the element in a predicate and can only be used inside one, as in "
            "any(disks, .supported)");
        row(".field outside a predicate", "cpus > 1 and .supported", 14,
            "'.' stands for the element in a predicate and can only be used inside one, as in "
            "any(disks, .supported)");
        row("not without operator", "location not 'x'", 14,
            "expected in, matches, contains, startsWith or endsWith after 'not', but found the "
            "text 'x'");
        row("assignment", "cpus = 2", 6, "use == to compare, not =");
        row("unclosed list", "os in ['a', 'b'", 16,
            "expected ',' or ']' in the list that starts at column 7, but found the end of the "
            "expression");
        row("stray parenthesis", "cpus > 2)", 9, "there is a ')' without a matching '('");
        row("starts with )", ") and true", 1, "expected a value, but found ')'");
        row("empty parentheses", "() == 1", 2, "expected a value between '(' and ')'");
        row("empty", "   ", 1, "the expression is empty");
        row("not at the end", "not", 4,
            "expected a value after 'not', but found the end of the expression");
        row("predicate missing", "any(disks)", 10,
            "any needs a list and a predicate, as in any(disks, .supported)");
        row("hex without digits", "cpus == 0x", 9, "expected digits after 0x");
        row("letters after a number", "cpus == 12abc", 11,
            "unexpected character 'a' after the number 12");
        row("number too large", "memory > 99999999999999999999", 10,
            "the number 99999999999999999999 is too large");
        row("bad unicode escape", "name == '\\u12'", 10, "\\u needs 4 hexadecimal digits");
        row("unclosed comment", "cpus > 1 /* why", 10,
            "the comment that starts here is not closed with */");
        row("map literal", "{a: 1} == nil", 1, "map literals ({...}) are not supported");
        row("slice", "len(disks[1:2]) == 1", 12, "slices ([a:b]) are not supported");
        row("method call", "location.matches('x')", 17,
            "methods such as .matches() are not supported; use the functions instead");
        row("second line", "cpus > 1 and\n  foo", 3,
            "unknown field 'foo'; the fields are: uuid, "
            "source_specific_id, location, description, os, os_description, os_template, "
            "secure_boot, legacy_boot, tpm, running, background_import, name, cpus, memory, "
            "architecture, config, nics, disks, snapshots, os_type, distribution, "
            "distribution_version, source, source_type, last_update_from_source");
        row("unknown #name", "any(disks, #foo)", 12,
            "unknown #foo: inside a predicate, # is the element and #index its position");

        // Type errors found before evaluation.
        row("matches a number", "cpus matches 'x'", 6,
            "'matches' needs text on both sides, but the left side is a number");
        row("contains a number", "location contains 2", 10,
            "'contains' needs text on both sides, but the right side is a number");
        row("list has no field", "disks.name == 'x'", 7,
            "a list has no field 'name': use an index, as in disks[0].name, or a predicate, as in "
            "any(disks, .name ...)");
        row("disk field typo", "disks[0].nam == 'x'", 10,
            "a disk has no field 'nam'; did you mean 'name'? Its fields are: capacity, name, "
            "shared, supported, background_import_verified");
        row("snapshot field in a predicate", "any(snapshots, .size > 1)", 17,
            "a snapshot has no field 'size'; its fields are: name");
        row("field of text", "lower(location).x == 1", 17, "cannot read the field 'x' of text");
        row("len of a number", "len(1) > 0", 5,
            "len needs text, a list or config, but gets a number");
        row("compare a number with text", "cpus > 'a'", 6, "'>' cannot compare a number with text");
        row("compare lists", "map(disks, .capacity) > 1", 23,
            "'>' compares numbers or texts, but the left side is a list");
        row("in text", "'a' in 'abc'", 5,
            "'in' looks for an element of a list or a key of config; to look for text in text, "
            "use contains");
        row("in a number", "1 in cpus", 3,
            "'in' needs a list or config on its right, but gets a number");
        row("add text and number", "cpus + 'a' == 1", 6,
            "'+' joins two texts or adds two numbers, but gets a number and text");
        row("subtract texts", "name - 'a' == 1", 6, "'-' needs numbers, but gets text and text");
        row("% of a fraction", "1.5 % 2 == 0", 5, "'%' needs whole numbers");
        row("not a number", "not cpus", 1, "'not' needs true or false, but gets a number");
        row("! of text", "!location", 1, "'!' needs true or false, but gets text");
        row("minus text", "-location == 1", 1, "'-' needs a number, but gets text");
        row("and with a number", "cpus and true", 6,
            "'and' needs true or false on both sides, but one side is a number");
        row("condition not boolean", "cpus ? true : false", 6,
            "the condition before '?' must be true or false, but it is a number");
        row("predicate over a number", "any(cpus, true)", 5,
            "any needs a list as its first argument, but gets a number");
        row("predicate not boolean", "any(disks, .capacity)", 12,
            "the predicate of any must be true or false, but it gives a number");
        row("too few arguments", "split(location) == []", 1,
            "split takes 2 or 3 arguments (split(text, separator[, n])), but 1 is given");
        row("text argument", "hasPrefix(location, 1)", 21,
            "hasPrefix needs text as its argument 2, but gets a number");
        row("list index of text", "disks['a'] == nil", 7,
            "a list index must be a number, but this is text");
        row("config key a number", "config[1] == ''", 8,
            "a config key must be text, but this is a number");
        row("index a number", "cpus[0] == 1", 5, "a number cannot be indexed with [...]");

        // Patterns.
        row("invalid regular expression", "location matches '(a'", 18,
            "the regular expression is not valid: missing closing parenthesis (at character 3 of "
            "the pattern)");
        row("back-reference", "location matches '(a)\\\\1'", 18,
            "the regular expression is not valid: back-references (\\1) are not supported (at "
            "character 4 of the pattern)");
        row("look-ahead", "location matches 'a(?=b)'", 18,
            "the regular expression is not valid: look-ahead and look-behind ((?=, (?!, (?<=, "
            "(?<!) are not supported (at character 2 of the pattern)");
        row("look-behind", "location matches '(?<!a)b'", 18,
            "the regular expression is not valid: look-ahead and look-behind ((?=, (?!, (?<=, "
            "(?<!) are not supported (at character 1 of the pattern)");
        row("atomic group", "location matches '(?>a+)b'", 18,
            "the regular expression is not valid: atomic groups ((?>) are not supported (at "
            "character 1 of the pattern)");
        row("verb", "location matches '(*LIMIT_MATCH=999999999)a'", 18,
            "the regular expression is not valid: verbs such as (*…) are not supported (at "
            "character 1 of the pattern)");
        row("recursion", "location matches '(a(?R)?b)'", 18,
            "the regular expression is not valid: this kind of group ((?R) is not supported (at "
            "character 3 of the pattern)");
    }

    void compileErrors()
    {
        QFETCH(QString, expression);
        QFETCH(int, column);
        QFETCH(QString, message);
        expr::Diagnostic where;
        auto e = expr::Expression::compile(expression, &where);
        QVERIFY2(!e, qPrintable(expression));
        QCOMPARE(where.message, message);
        QCOMPARE(where.column, column);
        QVERIFY(where.offset >= 0);
        QVERIFY(where.length >= 0);
        // The error as a value: the position in the message, the text in the details.
        QCOMPARE(e.error().code, Error::Code::InvalidInput);
        QCOMPARE(e.error().message, where.toString());
        QVERIFY(e.error().message.contains(QStringLiteral("column %1: ").arg(column)));
        QCOMPARE(e.error().details, expression);
    }

    void positions()
    {
        expr::Diagnostic where;
        QVERIFY(!expr::Expression::compile(QStringLiteral("cpus > 1 and\n  foo"), &where));
        QCOMPARE(where.line, 2);
        QCOMPARE(where.offset, 15);
        QCOMPARE(where.length, 3);
        QVERIFY(where.toString().startsWith(QStringLiteral("line 2, column 3: ")));
        QVERIFY(!expr::Expression::compile(
            QStringLiteral("location matches 'Zürich' and cpu > 1"), &where));
        QCOMPARE(where.column, 31); // characters, not bytes
    }

    void notTrueOrFalse_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("gives");
        QTest::newRow("number") << QStringLiteral("cpus") << QStringLiteral("a number");
        QTest::newRow("arithmetic") << QStringLiteral("cpus * 2") << QStringLiteral("a number");
        QTest::newRow("text") << QStringLiteral("location") << QStringLiteral("text");
        QTest::newRow("list") << QStringLiteral("disks") << QStringLiteral("a list");
        QTest::newRow("map") << QStringLiteral("config") << QStringLiteral("a map (config)");
        QTest::newRow("disk") << QStringLiteral("disks[0]") << QStringLiteral("a disk");
        QTest::newRow("nil") << QStringLiteral("nil") << QStringLiteral("nil");
        QTest::newRow("filter") << QStringLiteral("filter(nics, .ipv4_address != '')")
                                << QStringLiteral("a list");
    }

    void notTrueOrFalse()
    {
        QFETCH(QString, expression);
        QFETCH(QString, gives);
        auto e = expr::Expression::compile(expression);
        QVERIFY(!e);
        QCOMPARE(e.error().message,
            QStringLiteral("column 1: the expression must be true or false, but it gives ")
                + gives);
    }

    void runtimeErrors_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("message");
        QTest::newRow("not true or false at run time")
            << QStringLiteral("[1, true][0]")
            << QStringLiteral("the expression must be true or false, but it gives a number");
        QTest::newRow("division by zero")
            << QStringLiteral("cpus / 0 > 1") << QStringLiteral("column 6: division by zero");
        QTest::newRow("modulo zero") << QStringLiteral("cpus % (cpus - 2) == 0")
                                     << QStringLiteral("column 6: division by zero");
        QTest::newRow("computed pattern")
            << QStringLiteral("location matches ('(' + name)")
            << QStringLiteral("column 19: the regular expression '(web 01 (prod)' is not valid: "
                              "missing closing parenthesis");
        QTest::newRow("not of a value")
            << QStringLiteral("not [1, true][0]")
            << QStringLiteral("column 1: 'not' needs true or false, but gets a number");
        QTest::newRow("and of a value")
            << QStringLiteral("cpus > 1 and [1, 'a'][0]")
            << QStringLiteral("column 14: expected true or false, but got a number");
        QTest::newRow("compare mixed") << QStringLiteral(
            "[1, 'a'][1] > 1") << QStringLiteral("column 13: cannot compare text with a number");
        QTest::newRow("field of a disk that is not there")
            << QStringLiteral("[disks[0], 1][0].size == 1")
            << QStringLiteral("column 18: a disk has no field 'size'");
        QTest::newRow("join of numbers")
            << QStringLiteral("join([1, 'a']) == ''")
            << QStringLiteral("column 6: join needs a list of texts, but an element is a number");
    }

    void runtimeErrors()
    {
        QFETCH(QString, expression);
        QFETCH(QString, message);
        auto e = expr::Expression::compile(expression);
        QVERIFY2(e, qPrintable(e ? QString() : e.error().message));
        const auto r = e->matches(m_web, m_ctx);
        QVERIFY(!r);
        QCOMPARE(r.error().message, message);
        QCOMPARE(r.error().details, expression);
    }

    void deepNestingIsRefused_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::newRow("parentheses") << QString(250, QLatin1Char('(')) + QStringLiteral("cpus > 1")
                + QString(250, QLatin1Char(')'));
        QTest::newRow("not") << QStringLiteral("not ").repeated(300) + QStringLiteral("true");
        QTest::newRow("unary minus")
            << QStringLiteral("-").repeated(300) + QStringLiteral("1 == 1");
        QTest::newRow("long + chain")
            << QStringLiteral("1").append(QStringLiteral(" + 1").repeated(300))
                + QStringLiteral(" == 301");
        QTest::newRow("lists") << QString(300, QLatin1Char('[')) + QString(300, QLatin1Char(']'))
                + QStringLiteral(" == nil");
        QTest::newRow("predicates") << QStringLiteral("any(disks, ").repeated(250)
                + QStringLiteral("true") + QString(250, QLatin1Char(')'));
        QTest::newRow("indexes") << QStringLiteral("disks") + QStringLiteral("[0]").repeated(300)
                + QStringLiteral(" == nil");
    }

    void deepNestingIsRefused()
    {
        QFETCH(QString, expression);
        expr::Diagnostic where;
        auto e = expr::Expression::compile(expression, &where);
        QVERIFY(!e);
        QCOMPARE(where.message,
            QStringLiteral("the expression is nested too deeply (more than 200 levels)"));
    }

    void longFlatExpressionsAreFine()
    {
        // A generated selection of 2,000 VMs by location stays shallow (and/or are n-ary).
        QStringList terms;
        for (int i = 0; i < 2000; ++i)
            terms << QStringLiteral("location == '/DC0/vm/vm-%1'").arg(i);
        terms << QStringLiteral("location == '/DC0/vm/web 01 (prod)'");
        auto e = expr::Expression::compile(terms.join(QStringLiteral(" or ")));
        QVERIFY2(e, qPrintable(e ? QString() : e.error().message));
        QCOMPARE(*e->matches(m_web, m_ctx), true);

        QStringList items;
        for (int i = 0; i < 2000; ++i)
            items << QStringLiteral("'/DC0/vm/vm-%1'").arg(i);
        e = expr::Expression::compile(QStringLiteral("location in [%1]").arg(items.join(u',')));
        QVERIFY(e);
        QCOMPARE(*e->matches(m_web, m_ctx), false);
    }

    // Refused on its length, before it is parsed. (How fast is bench/'s business.)
    void hugeInputIsRefused()
    {
        const QString huge
            = QStringLiteral("location == 'x' or ").repeated(600000) + QStringLiteral("true");
        QVERIFY(huge.size() > 10'000'000);
        expr::Diagnostic where;
        auto e = expr::Expression::compile(huge, &where);
        QVERIFY(!e);
        QCOMPARE(where.message, QStringLiteral("the expression is longer than 65536 characters"));
        QVERIFY(e.error().details.size() < 1000); // the text in the details is shortened

        // Just under the limit: parsed and compiled.
        QString big = QStringLiteral("cpus == 2");
        while (big.size() < expr::Expression::MaxLength - 40)
            big += QStringLiteral(" or location == 'abcdefgh'");
        auto ok = expr::Expression::compile(big);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
    }

    void stepBudgetStopsRunawayEvaluation()
    {
        // 26^5 inner evaluations: refused once the step budget is spent.
        const QString five = QStringLiteral("all(split(description, ''), ").repeated(5)
            + QStringLiteral("true") + QString(5, QLatin1Char(')'));
        auto e = expr::Expression::compile(five);
        QVERIFY(e);
        const auto r = e->matches(m_web, m_ctx);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(
                     QStringLiteral("the expression needs too much work for one instance (more "
                                    "than 1000000 steps)")),
            qPrintable(r.error().message));
    }

    // Inputs that once misbehaved or that probe the edges (tests/fuzz/run-expr adds its findings
    // here): each must compile or fail cleanly, and evaluate without a crash or sanitizer report.
    void fuzzFindings_data()
    {
        QTest::addColumn<QByteArray>("input");
        // Found in review before the fuzzer ran: a huge or NaN fraction used as an index or a
        // split count was converted to an integer (undefined behaviour).
        QTest::newRow("huge index") << QByteArray("disks[1e300] == nil");
        QTest::newRow("NaN index") << QByteArray("nics[1e308 * 10 - 1e308 * 10] == nil");
        QTest::newRow("huge split count") << QByteArray("len(split(location, '/', -1e300)) > 0");
        QTest::newRow("smallest integer % -1")
            << QByteArray("(-9223372036854775807 - 1) % -1 == 0");
        QTest::newRow("integer overflow wraps") << QByteArray("9223372036854775807 + 1 < 0");
        QTest::newRow("shared chain operand") << QByteArray("1 < (cpus > 1 ? 2 : 3) < 4 < 5");
        QTest::newRow("lone quote") << QByteArray("'");
        QTest::newRow("lone backslash in text") << QByteArray("'\\");
        QTest::newRow("lone #") << QByteArray("#");
        QTest::newRow("predicate of nothing") << QByteArray("any(,)");
        QTest::newRow("pipe into nothing") << QByteArray("location |");
        QTest::newRow("dangling ?") << QByteArray("true ?");
        QTest::newRow("invalid UTF-8") << QByteArray("location == '\xff\xfe' or \xc3");
        QTest::newRow("NUL") << QByteArray("cpus\0 == 2", 11);
        QTest::newRow("trailing backslash in a pattern") << QByteArray("location matches '\\\\'");
        QTest::newRow("class with ]")
            << QByteArray("location matches '[]a]' and location matches '[^]]'");
        QTest::newRow("dynamic pattern verbs") << QByteArray("location matches ('(*' + 'ACCEPT)')");
        QTest::newRow("nested maps")
            << QByteArray("map(map(disks, map(nics, #)), len(#)) == [2, 2, 2]");
        QTest::newRow("unicode escape surrogate") << QByteArray("'\\ud800' == ''");
    }

    void fuzzFindings()
    {
        QFETCH(QByteArray, input);
        const QString text = QString::fromUtf8(input);
        expr::Diagnostic where;
        auto e = expr::Expression::compile(text, &where);
        if (e) {
            (void)e->matches(m_web, m_ctx);
            (void)e->matches(Instance(), {});
        } else {
            QVERIFY(where.offset <= text.size());
            QVERIFY(!where.message.isEmpty());
        }
        if (auto f = expr::compileFilter(text))
            (void)f->matches(m_web, m_ctx);
    }

    void regularExpressionsAreBounded()
    {
        Instance vm = m_web;
        vm.description = QString(5000, QLatin1Char('a')) + QLatin1Char('!');
        for (const char *pattern :
            {"^(a+)+$", "^(\\\\w+\\\\s?)*$", "^(a|aa)+$", "(a*)*b", "^(.*a){20}$"}) {
            auto e = expr::Expression::compile(
                QStringLiteral("description matches '%1'").arg(QLatin1String(pattern)));
            QVERIFY2(e, pattern);
            // Ends (PCRE2's match limit; catastrophic backtracking would hang the test until
            // QtTest's watchdog).
            const auto r = e->matches(vm, m_ctx);
            QVERIFY2(r, pattern);
            QVERIFY2(!*r, pattern); // an exhausted match limit is "no match"
        }
        // The same over many elements still ends: each match is charged to the step budget.
        auto e = expr::Expression::compile(
            QStringLiteral("any(split(description, ''), description matches '^(a|aa)+$')"));
        QVERIFY(e);
        const auto r = e->matches(vm, m_ctx);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("too much work")));

        // A pattern over the length limit.
        auto longPattern = expr::Expression::compile(
            QStringLiteral("location matches '%1'").arg(QString(1001, QLatin1Char('a'))));
        QVERIFY(!longPattern);
        QVERIFY(longPattern.error().message.contains(
            QStringLiteral("the regular expression is longer than 1000 characters")));
    }
};

QTEST_GUILESS_MAIN(TestExprErrors)
#include "test_expr_errors.moc"
