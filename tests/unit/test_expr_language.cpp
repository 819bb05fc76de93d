// The selection language itself: literals, operators and their precedence, every field and
// function, overrides and missing values, evaluated against the lab's "web 01 (prod)".
#include "test_expr_inventory.h"

#include <QtTest>

#include <atomic>
#include <thread>

using namespace ferry;
using namespace exprtest;

class TestExprLanguage final : public QObject
{
    Q_OBJECT

private:
    Instance m_web;
    expr::EvalContext m_ctx;
    QHash<qint64, QString> m_networks;

    Result<bool> run(const QString &text, const Instance &vm)
    {
        auto e = expr::Expression::compile(text);
        if (!e)
            return e.error();
        return e->matches(vm, m_ctx);
    }

    void table()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("expected");
    }
    void row(const char *name, const char *expression, bool expected)
    {
        QTest::newRow(name) << QString::fromUtf8(expression) << expected;
    }
    void check()
    {
        QFETCH(QString, expression);
        QFETCH(bool, expected);
        const auto r = run(expression, m_web);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(*r, expected);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto inv = inventory();
        m_web = inv.front().vm;
        QCOMPARE(m_web.location, QStringLiteral("/DC0/vm/web 01 (prod)"));
        m_networks.insert(7, QStringLiteral("6f1c2b4e-0000-4000-8000-000000000007"));
        m_ctx.source = QStringLiteral("vcenter01");
        m_ctx.sourceType = QStringLiteral("vmware");
        m_ctx.networkUuids = &m_networks;
    }

    void literals_data()
    {
        table();
        row("true", "true", true);
        row("false", "false", false);
        row("underscores", "1_000 == 1000", true);
        row("exponent", "1e3 == 1000", true);
        row("negative exponent", "25e-1 == 2.5", true);
        row("hex", "0x1F == 31", true);
        row("octal", "0o17 == 15", true);
        row("binary", "0b101 == 5", true);
        row("leading dot", ".5 == 0.5", true);
        row("int equals float", "2 == 2.0", true);
        row("escaped quote", "'it\\'s' == \"it's\"", true);
        row("double quotes", "\"say \\\"hi\\\"\" == 'say \"hi\"'", true);
        row("escapes", "\"a\\tb\\n\" == 'a' + \"\\t\" + 'b' + \"\\n\"", true);
        row("unicode escape", "\"\\u00fc\" == 'ü'", true);
        row("hex escape", "\"\\x41\" == 'A'", true);
        row("octal escape", "\"\\101\" == 'A'", true);
        row("big unicode escape", "len(\"\\U0001F600\") == 1", true);
        row("backslash kept before others", "'\\d+' == \"\\\\d+\"", true);
        row("raw string", "`a\\nb` == 'a\\\\nb'", true);
        row("nil", "nil == nil", true);
        row("array literal", "[1, 'a', true][1] == 'a'", true);
        row("trailing comma", "len([1, 2, 3,]) == 3", true);
        row("empty array", "len([]) == 0", true);
        row("line comment", "cpus == 2 // two CPUs", true);
        row("block comment", "/* web */ cpus /* is */ == 2", true);
        row("multi-line", "cpus == 2\n  and memory > 0", true);
    }
    void literals() { check(); }

    void operators_data()
    {
        table();
        row("* before +", "1 + 2 * 3 == 7", true);
        row("parentheses", "(1 + 2) * 3 == 9", true);
        row("- is left-associative", "10 - 2 - 3 == 5", true);
        row("** is right-associative", "2 ** 3 ** 2 == 512", true);
        row("^ is **", "2 ^ 10 == 1024", true);
        row("unary - below **", "-2 ** 2 == -4", true);
        row("unary minus", "-cpus == -2", true);
        row("unary plus", "+cpus == 2", true);
        row("/ gives a fraction", "7 / 2 == 3.5", true);
        row("%", "10 % 3 == 1", true);
        row("negative %", "-7 % 3 == -1", true);
        row("int arithmetic", "memory == 4 * 1024 * 1024 * 1024", true);
        row("float arithmetic", "0.5 + 0.25 == 0.75", true);
        row("text +", "'a' + 'b' == 'ab'", true);
        row("and before or", "true or false and false", true);
        row("and before or 2", "false and true or true", true);
        row("&& ||", "false || true && true", true);
        row("not binds tighter than ==", "not true == false", true);
        row("! of a comparison", "!(cpus > 4)", true);
        row("not not", "not not true", true);
        row("comparisons chain", "1 < cpus < 3", true);
        row("comparisons chain fails", "1 < cpus < 2", false);
        row("chain of == (expr-lang)", "1 < 2 == true", false);
        row("<=", "cpus <= 2", true);
        row(">=", "cpus >= 3", false);
        row("text <", "'abc' < 'abd'", true);
        row("!=", "name != 'x'", true);
        row("ternary", "(cpus > 1 ? 'big' : 'small') == 'big'", true);
        row("nested ternary", "(false ? 1 : true ? 2 : 3) == 2", true);
        row("elvis", "false ?: true", true);
        row("?? keeps a value", "(location ?? 'none') == location", true);
        row("?? replaces nil", "(disks[7].name ?? 'none') == 'none'", true);
        row("?? binds tighter than ==", "disks[7].name ?? 'none' == 'none'", true);
        row("in list", "'prod' in ['prod', 'dev']", true);
        row("in numbers", "2 in [1, 2.0]", true);
        row("not in", "'test' not in ['prod', 'dev']", true);
        row("in config", "'vmware.resource_pool' in config", true);
        row("not in config", "'nope' in config", false);
        row("in computed list", "'tag1' in split(config['tag.mycategory'], ',')", true);
        row("matches", "location matches '^/DC0/.*\\\\(prod\\\\)$'", true);
        row("matches plain text", "location matches 'web 01'", true);
        row("matches case", "location matches '(?i)WEB'", true);
        row("not matches", "location not matches 'db'", true);
        row("matches computed", "location matches ('^' + '/DC0')", true);
        row("$ is the end of the text", "'front end\\n' matches 'end$'", false);
        row("multi-line $", "description matches '(?m)end$'", true);
        row("contains", "location contains 'web 01'", true);
        row("not contains", "location not contains 'db'", true);
        row("startsWith", "location startsWith '/DC0/vm'", true);
        row("not startsWith", "location not startsWith '/ha'", true);
        row("endsWith", "location endsWith '(prod)'", true);
        row("not endsWith", "location not endsWith 'x'", true);
        row("optional member", "disks[5]?.name == nil and disks[0]?.name != nil", true);
        row("named group", "location matches '(?P<dc>DC[0-9])/vm'", true);
        row("Unicode letters", "'Zürich' matches '^\\\\pL+$'", true);
        row("\\w is ASCII (Go)", "'ü' matches '^\\\\w$'", false);
        row("pipe", "location | lower() | hasPrefix('/dc0')", true);
        row("pipe with a predicate", "disks | all(.supported)", true);
        row("huge index", "disks[1e300] == nil and disks[-1e300] == nil", true);
        row("NaN index", "disks[1e308 * 10 - 1e308 * 10] == nil", true);
        row("huge split limit", "split('a,b', ',', 1e300) == ['a', 'b']", true);
    }
    void operators() { check(); }

    void fields_data()
    {
        table();
        row("uuid", "uuid == 'd0ab8a35-00a4-5682-a600-a4b05c74c2ed'", true);
        row("source_specific_id", "source_specific_id == 'vm-72'", true);
        row("location", "location == '/DC0/vm/web 01 (prod)'", true);
        row("description", "description == 'Web front end\\nProduction'", true);
        row("os", "os == 'Debian GNU/Linux'", true);
        row("os_description", "os_description == 'Debian GNU/Linux 12 (bookworm)'", true);
        row("os_template", "os_template == 'Debian GNU/Linux 12 (64-bit)'", true);
        row("secure_boot", "secure_boot", false);
        row("legacy_boot", "legacy_boot", true);
        row("tpm", "tpm == false", true);
        row("running", "running", false);
        row("background_import", "background_import", false);
        row("name", "name == 'web 01 (prod)'", true);
        row("cpus", "cpus == 2", true);
        row("memory", "memory == 4294967296", true);
        row("architecture", "architecture == 'x86_64'", true);
        row("config", "config['attribute.global.Owner'] == 'ops team'", true);
        row("config member", "config.key == ''", true);
        row("config missing key", "config['nope'] == ''", true);
        row("len config", "len(config) == 4", true);
        row("nics uuid", "nics[0].uuid == '6f1c2b4e-0000-4000-8000-000000000007'", true);
        row("nics uuid unknown", "nics[1].uuid == ''", true);
        row("nics source_specific_id", "nics[1].source_specific_id == 'network-68'", true);
        row("nics hardware_address", "nics[0].hardware_address == '00:50:56:96:2d:36'", true);
        row("nics location", "nics[1].location == '/DC0/network/Prod VLAN 42'", true);
        row("nics ipv4_address", "nics[1].ipv4_address == '198.51.100.10'", true);
        row("nics ipv6_address", "nics[0].ipv6_address startsWith 'fe80::'", true);
        row("disks capacity", "disks[2].capacity == 3 * 1024 ** 3", true);
        row("disks name", "disks[1].name endsWith '_1.vmdk'", true);
        row("disks shared", "disks[0].shared", false);
        row("disks supported", "disks[0].supported", true);
        row("disks background_import_verified", "disks[0].background_import_verified", false);
        row("snapshots", "len(snapshots) == 0", true);
        row("os_type", "os_type == 'linux'", true);
        row("distribution", "distribution == 'debian'", true);
        row("distribution_version", "distribution_version == '12'", true);
        row("source", "source == 'vcenter01'", true);
        row("source_type", "source_type == 'vmware'", true);
        row("last_update_from_source", "last_update_from_source == '2025-11-30T12:00:00Z'", true);
        row("last_update_from_source order", "last_update_from_source > '2025-01-01'", true);
        row("negative index", "disks[-1].capacity == disks[2].capacity", true);
        row("float index", "disks[1.0].capacity == 2 * 1024 ** 3", true);
        row("text index", "location[1] == 'D'", true);
    }
    void fields() { check(); }

    void functions_data()
    {
        table();
        row("len text", "len('Zürich') == 6", true);
        row("len list", "len(disks) == 3", true);
        row("len nil", "len(nil) == 0", true);
        row("lower", "lower('ÄBC') == 'äbc'", true);
        row("upper", "upper(name) == 'WEB 01 (PROD)'", true);
        row("trim", "trim('  a b  ') == 'a b'", true);
        row("trim characters", "trim('__a_', '_') == 'a'", true);
        row("trimPrefix", "trimPrefix(location, '/DC0/vm/') == 'web 01 (prod)'", true);
        row("trimSuffix", "trimSuffix('a.vmdk', '.vmdk') == 'a'", true);
        row("split", "split('a,b,c', ',') == ['a', 'b', 'c']", true);
        row("split n", "split('a,b,c', ',', 2) == ['a', 'b,c']", true);
        row("split zero", "len(split('a,b', ',', 0)) == 0", true);
        row("split empty text", "split('', ',') == ['']", true);
        row("split characters", "split('aü', '') == ['a', 'ü']", true);
        row("join", "join(['a', 'b'], '-') == 'a-b'", true);
        row("join without separator", "join(split('a,b', ',')) == 'ab'", true);
        row("hasPrefix", "hasPrefix(location, '/DC0')", true);
        row("hasSuffix", "hasSuffix(location, '(prod)')", true);
        row("first", "first(disks).capacity == 1024 ** 3", true);
        row("last", "last(nics).ipv4_address == '198.51.100.10'", true);
        row("first of empty", "first([]) == nil", true);
        row("any", "any(disks, .capacity > 2 * 1024 ** 3)", true);
        row("any braces", "any(disks, {.capacity > 2 * 1024 ** 3})", true);
        row("any empty", "any([], true)", false);
        row("all", "all(disks, .supported)", true);
        row("all empty", "all(snapshots, false)", true);
        row("none", "none(nics, .ipv4_address == '')", true);
        row("one", "one(nics, .location endsWith 'VLAN 42')", true);
        row("one of two", "one(disks, .supported)", false);
        row("filter", "len(filter(disks, .capacity >= 2 * 1024 ** 3)) == 2", true);
        row("map", "map(disks, .capacity / 1024 ** 3) == [1, 2, 3]", true);
        row("map #index", "map(nics, #index) == [0, 1]", true);
        row("count", "count(disks, .capacity > 1024 ** 3) == 2", true);
        row("count booleans", "count([true, false, true]) == 2", true);
        row("# element", "any(['a', 'b'], # == 'b')", true);
        row("#.field", "all(disks, #.supported)", true);
        row("nested predicates",
            "all(nics, any(disks, .capacity > 0) and .hardware_address startsWith '00:50:56')",
            true);
        row("path_base", "path_base(location) == 'web 01 (prod)'", true);
        row("path_base trailing slash", "path_base('/a/b/') == 'b'", true);
        row("path_base empty", "path_base('') == '.'", true);
        row("path_base root", "path_base('///') == '/'", true);
        row("path_dir", "path_dir(location) == '/DC0/vm'", true);
        row("path_dir relative", "path_dir('c') == '.'", true);
        row("path_dir root", "path_dir('/c') == '/'", true);
        row("path_dir cleans", "path_dir('/a/../b//c/d') == '/b/c'", true);
        row("has_tag", "has_tag('mycategory', 'web-tier')", true);
        row("has_tag exact", "has_tag('mycategory', 'web')", false);
        row("has_tag other category", "has_tag('Environment', 'tag1')", false);
        row("has_tag any", "has_tag('*', 'prod')", true);
        row("matches_tag substring", "matches_tag('mycategory', 'tier')", true);
        row("matches_tag regex", "matches_tag('*', '^web-')", true);
        row("matches_tag anchored", "matches_tag('*', '^tier')", false);
        row("matches_tag text not a regex", "matches_tag('*', 'c++')", false);
        row("matches_tag computed", "matches_tag('mycat' + 'egory', 'TAG' | lower())", true);
    }
    void functions() { check(); }

    // A missing value (an index past the end, a member of nil) is nil; nil is false where true
    // or false is needed, and equal only to nil.
    void missing_data()
    {
        table();
        row("index past the end", "disks[3] == nil", true);
        row("member of nil", "disks[3].name == nil", true);
        row("nil is not false", "disks[3].shared == false", false);
        row("nil counts as false", "disks[3].shared", false);
        row("not nil", "!disks[3].shared", true);
        row("comparison with nil", "disks[3].capacity > 1", false);
        row("arithmetic with nil", "disks[3].capacity + 1 == nil", true);
        row("matches nil", "disks[3].name matches 'x'", false);
        row("list == number", "disks == 3", false);
        row("text == number", "'1' == 1", false);
        row("list == list", "[1, 2] == [1, 2]", true);
        row("list != shorter", "[1, 2] != [1]", true);
        row("objects", "disks[0] == disks[0] and disks[0] != disks[1]", true);
    }
    void missing() { check(); }

    void overrides()
    {
        Instance vm = m_web;
        vm.overrides.name = QStringLiteral("web01-new");
        vm.overrides.cpus = 8;
        vm.overrides.memoryBytes = qint64(16) << 30;
        vm.overrides.extra.insert(QStringLiteral("architecture"), QStringLiteral("aarch64"));
        vm.overrides.extra.insert(QStringLiteral("os_type"), QStringLiteral("bsd"));
        vm.overrides.extra.insert(QStringLiteral("distribution"), QStringLiteral("freebsd"));
        vm.overrides.extra.insert(QStringLiteral("distribution_version"), QStringLiteral("14"));
        QJsonObject config;
        config.insert(QStringLiteral("vmware.resource_pool"), QStringLiteral("Staging"));
        config.insert(QStringLiteral("tag.Environment"), QStringLiteral("staging"));
        config.insert(QStringLiteral("extra.count"), 3);
        config.insert(QStringLiteral("extra.flag"), true);
        vm.overrides.extra.insert(QStringLiteral("config"), config);
        for (const char *text : {
                 "name == 'web01-new'",
                 "cpus == 8",
                 "memory == 16 * 1024 ** 3",
                 "architecture == 'aarch64'",
                 "os_type == 'bsd' and distribution == 'freebsd' and distribution_version == '14'",
                 "config['vmware.resource_pool'] == 'Staging'",
                 "config['attribute.global.Owner'] == 'ops team'",
                 "config['extra.count'] == '3' and config['extra.flag'] == 'true'",
                 "len(config) == 6",
                 "'extra.flag' in config",
                 "has_tag('Environment', 'staging') and not has_tag('Environment', 'prod')",
             }) {
            const auto r = run(QString::fromUtf8(text), vm);
            QVERIFY2(r, text);
            QVERIFY2(*r, text);
        }
    }

    void completionLists()
    {
        const QStringList fields = expr::Expression::fieldNames();
        QCOMPARE(fields.size(), 26);
        QVERIFY(fields.contains(QStringLiteral("last_update_from_source")));
        QCOMPARE(expr::Expression::elementFieldNames(QStringLiteral("disks")),
            QStringList(
                {QStringLiteral("capacity"), QStringLiteral("name"), QStringLiteral("shared"),
                    QStringLiteral("supported"), QStringLiteral("background_import_verified")}));
        QCOMPARE(expr::Expression::elementFieldNames(QStringLiteral("nics")).size(), 6);
        QCOMPARE(expr::Expression::elementFieldNames(QStringLiteral("snapshots")),
            QStringList {QStringLiteral("name")});
        QVERIFY(expr::Expression::elementFieldNames(QStringLiteral("cpus")).isEmpty());
        const QStringList fns = expr::Expression::functionNames();
        for (const char *f : {"len", "lower", "upper", "trim", "split", "hasPrefix", "hasSuffix",
                 "any", "all", "none", "one", "filter", "map", "count", "path_base", "path_dir",
                 "has_tag", "matches_tag"})
            QVERIFY2(fns.contains(QLatin1String(f)), f);
    }

    // One compiled expression, several threads (the wizard's preview runs off the GUI thread):
    // constant and computed patterns, predicates, config.
    void concurrentEvaluation()
    {
        auto e = expr::Expression::compile(QStringLiteral(
            "location matches 'web' and all(disks, .name matches ('^' + '\\\\[LocalDS_0\\\\]')) "
            "and matches_tag('*', 'tier') and config['vmware.resource_pool'] == 'Production'"));
        QVERIFY2(e, qPrintable(e ? QString() : e.error().message));
        QCOMPARE(*e->matches(m_web, m_ctx), true);
        std::atomic<int> wrong {0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 2000; ++i) {
                    const auto r = e->matches(m_web, m_ctx);
                    if (!r || !*r)
                        ++wrong;
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(wrong.load(), 0);
    }

    void copiesShareTheProgram()
    {
        auto e = expr::Expression::compile(QStringLiteral("cpus == 2"));
        QVERIFY(e);
        expr::Expression copy = *e;
        expr::Expression moved = std::move(*e);
        QVERIFY(copy.isValid() && moved.isValid());
        QCOMPARE(copy.text(), QStringLiteral("cpus == 2"));
        QVERIFY(!copy.isLocationAlias());
        QCOMPARE(*copy.matches(m_web, m_ctx), true);
        expr::Expression none;
        QVERIFY(!none.isValid());
        QVERIFY(!none.matches(m_web, m_ctx));
    }
};

QTEST_GUILESS_MAIN(TestExprLanguage)
#include "test_expr_language.moc"
