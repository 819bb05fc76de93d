// Batch YAML: the seed's document round-trips, normalisation, every validation error with its
// line and column, times and durations, the editor's text.
#include "batch/batchconfig.h"
#include "batch/batchyaml.h"
#include "model/target.h"

#include <QFile>
#include <QJsonArray>
#include <QtTest>

using namespace ferry;
using namespace ferry::batch;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(qEnvironmentVariable("FERRY_TEST_SOURCE_DIR") + QStringLiteral("/tests/fixtures/batch/")
        + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

// incus01 with projects default and prod, pools default and fast, a managed bridge and a host
// interface in the default project.
YamlContext labContext()
{
    Target t;
    t.id = 1;
    t.name = QStringLiteral("incus01");
    t.inventory = QJsonObject {
        {QStringLiteral("projects"),
            QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("default")}},
                QJsonObject {{QStringLiteral("name"), QStringLiteral("prod")},
                    {QStringLiteral("own_networks"), false}}}},
        {QStringLiteral("storage_pools"),
            QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("default")}},
                QJsonObject {{QStringLiteral("name"), QStringLiteral("fast")}}}},
        {QStringLiteral("networks"),
            QJsonObject {{QStringLiteral("default"),
                QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("incusbr0")},
                                {QStringLiteral("type"), QStringLiteral("bridge")},
                                {QStringLiteral("managed"), true},
                                {QStringLiteral("ipv4_subnet"), QStringLiteral("10.42.0.1/24")}},
                    QJsonObject {{QStringLiteral("name"), QStringLiteral("eth1")},
                        {QStringLiteral("type"), QStringLiteral("physical")},
                        {QStringLiteral("managed"), false}}}}}}};
    Target never;
    never.id = 2;
    never.name = QStringLiteral("lxd-new"); // inventory never read
    YamlContext c;
    c.checkTargets = true;
    c.targets = {t, never};
    return c;
}

QString issuesText(const ParsedBatch &p)
{
    QStringList all;
    for (const YamlIssue &i : p.issues)
        all << i.toString();
    return all.join(QLatin1Char('\n'));
}

} // namespace

class TestBatchYaml final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedParses()
    {
        const QByteArray seed = fixture(QStringLiteral("seed.yaml"));
        QVERIFY(!seed.isEmpty());
        const ParsedBatch p = parseBatchYaml(seed, labContext());
        QVERIFY2(p.ok(), qPrintable(issuesText(p)));
        const Batch &b = p.document.batch;
        QCOMPARE(b.name, QStringLiteral("batch01"));
        QCOMPARE(b.includeExpression,
            QStringLiteral(
                "(location matches 'Win2016' or location matches 'CentOS') and len(disks) == 1"));
        QCOMPARE(b.windows.size(), 1);
        QCOMPARE(b.windows[0].name, QStringLiteral("window1"));
        QCOMPARE(b.windows[0].start, utc(2025, 12, 1, 1, 0));
        QCOMPARE(b.windows[0].end, utc(2025, 12, 1, 1, 10));
        QVERIFY(!b.windows[0].lockout.isValid());
        QCOMPARE(b.windows[0].capacity, 0);
        QVERIFY(b.constraints.isEmpty());
        QCOMPARE(p.document.targetName, QStringLiteral("incus01"));
        QCOMPARE(b.defaultProject, QStringLiteral("default"));
        QCOMPARE(b.defaultPool, QStringLiteral("default"));
        QVERIFY(b.migrationNetwork.isEmpty());
        const BatchConfig c = configOf(b);
        QCOMPARE(c.rerunScriptlets, false);
        QCOMPARE(c.placementScriptlet, QString());
        QCOMPARE(c.postMigrationRetries, 5);
        QCOMPARE(c.restrictionOverrides.allowUnknownOs, false);
        QCOMPARE(c.backgroundSyncIntervalMs, qint64(3600000));
        QCOMPARE(c.finalBackgroundSyncLimitMs, qint64(600000));
        QCOMPARE(c.convertGuests, true); // left out: on
    }

    // Must show 2: parse, then write, gives the seed's text byte for byte.
    void seedRoundTrips()
    {
        const QByteArray seed = fixture(QStringLiteral("seed.yaml"));
        const ParsedBatch p = parseBatchYaml(seed);
        QVERIFY2(p.ok(), qPrintable(issuesText(p)));
        QCOMPARE(QString::fromUtf8(emitBatchYaml(p.document)), QString::fromUtf8(seed));
    }

    // Everything a batch can hold survives parse -> emit -> parse.
    void fullRoundTrip()
    {
        const QByteArray full = fixture(QStringLiteral("full.yaml"));
        QVERIFY(!full.isEmpty());
        const ParsedBatch first = parseBatchYaml(full, labContext());
        QVERIFY2(first.ok(), qPrintable(issuesText(first)));
        const QByteArray emitted = emitBatchYaml(first.document);
        QCOMPARE(QString::fromUtf8(emitted), QString::fromUtf8(full));
        const ParsedBatch second = parseBatchYaml(emitted, labContext());
        QVERIFY2(second.ok(), qPrintable(issuesText(second)));
        QCOMPARE(emitBatchYaml(second.document), emitted);
        const Batch &b = second.document.batch;
        QCOMPARE(b.windows.size(), 2);
        QCOMPARE(b.windows[1].lockout, utc(2025, 12, 6, 23, 0));
        QCOMPARE(b.windows[1].capacity, 20);
        QCOMPARE(b.constraints.size(), 1);
        QCOMPARE(b.constraints[0].maxConcurrentInstances, 2);
        QCOMPARE(b.constraints[0].minInstanceBootTimeMs, qint64(5400000));
        const BatchConfig c = configOf(b);
        QVERIFY(c.placementScriptlet.contains(QStringLiteral("set_pool(d.name, \"fast\")")));
        QVERIFY(c.placementScriptlet.endsWith(QStringLiteral("}\n")));
        QVERIFY(c.forceConflictResolution);
        QVERIFY(!c.convertGuests);
        QVERIFY(c.restrictionOverrides.allowNoBackgroundImport);
        const auto nets = MigrationNetwork::listFromJson(b.migrationNetwork);
        QCOMPARE(nets.size(), 2);
        QCOMPARE(nets[1].vlan, QStringLiteral("10"));
        QCOMPARE(nets[1].nicType, QStringLiteral("macvlan"));
    }

    // What people may write and how Ferry writes it back (docs/batches.md, "Normalisation").
    void normalisation_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expectedPart");
        const QByteArray head = "name: b\ninclude_expression: \"true\"\n";
        QTest::newRow("rfc3339 with offset becomes UTC")
            << head + "migration_windows:\n  - name: w\n    start: 2025-12-01T03:00:00+02:00\n"
            << QByteArray("    start: 2025-12-01 01:00:00\n");
        QTest::newRow("rfc3339 Z")
            << head + "migration_windows:\n  - name: w\n    end: \"2025-12-01T01:10:00Z\"\n"
            << QByteArray("    end: 2025-12-01 01:10:00\n");
        QTest::newRow("go zero time means unset")
            << head
                + "migration_windows:\n  - name: w\n    start: 2025-12-01 01:00:00\n    lockout: "
                  "0001-01-01T00:00:00Z\n"
            << QByteArray("    start: 2025-12-01 01:00:00\nconstraints: []\n");
        QTest::newRow("milliseconds kept in RFC 3339")
            << head + "migration_windows:\n  - name: w\n    start: 2025-12-01T01:00:00.250Z\n"
            << QByteArray("    start: 2025-12-01T01:00:00.250Z\n");
        QTest::newRow("nested capacity becomes flat")
            << head + "migration_windows:\n  - name: w\n    config: {capacity: 3}\n"
            << QByteArray("  - name: w\n    capacity: 3\n");
        QTest::newRow("go duration 5m0s") << head
                + "config:\n  background_sync_interval: 5m0s\n  "
                  "final_background_sync_limit: 1m30s\n"
                                          << QByteArray("    background_sync_interval: 5m\n    "
                                                        "final_background_sync_limit: 1m30s\n");
        QTest::newRow("hours") << head + "config:\n  background_sync_interval: 1h0m0s\n"
                               << QByteArray("    background_sync_interval: 1h\n");
        QTest::newRow("single quotes")
            << QByteArray("name: b\ninclude_expression: 'name == \"x\"'\n")
            << QByteArray("include_expression: \"name == \\\"x\\\"\"\n");
        QTest::newRow("flow style lists")
            << head
                + "constraints: [{name: c, include_expression: 'true', max_concurrent_instances: "
                  "1}]\n"
            << QByteArray(
                   "constraints:\n  - name: c\n    description: \"\"\n    include_expression: "
                   "\"true\"\n    max_concurrent_instances: 1\n    min_instance_boot_time: "
                   "0s\n");
        QTest::newRow("defaults when left out") << QByteArray(
            "name: b\n") << QByteArray("include_expression: \"false\"\nmigration_windows: []\n");
        QTest::newRow("comments dropped") << QByteArray("# mine\nname: b # the name\n")
                                          << QByteArray("name: b\ninclude_expression:");
        QTest::newRow("quoted name with spaces kept plain")
            << QByteArray("name: \"web batch\"\n") << QByteArray("name: web batch\n");
        QTest::newRow("name that needs quotes")
            << QByteArray("name: \"yes\"\n") << QByteArray("name: \"yes\"\n");
        QTest::newRow("one-line script")
            << head + "config:\n  placement_scriptlet: \"function placement(i, b) {}\"\n"
            << QByteArray("    placement_scriptlet: \"function placement(i, b) {}\"\n");
        QTest::newRow("convert_guests false kept")
            << head + "config:\n  convert_guests: False\n"
            << QByteArray("    final_background_sync_limit: 10m\n    convert_guests: false\n");
        QTest::newRow("convert_guests true left out")
            << head + "config:\n  convert_guests: true\n  post_migration_retries: 2\n"
            << QByteArray("    post_migration_retries: 2\n");
        QTest::newRow("vlan number becomes text")
            << head
                + "defaults:\n  migration_network:\n    - {network: eth1, nictype: bridged, "
                  "vlan_id: 10}\n"
            << QByteArray(
                   "      - network: eth1\n        nictype: bridged\n        vlan_id: \"10\"\n");
    }

    void normalisation()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expectedPart);
        const ParsedBatch p = parseBatchYaml(input);
        QVERIFY2(p.ok(), qPrintable(issuesText(p)));
        const QByteArray out = emitBatchYaml(p.document);
        QVERIFY2(out.contains(expectedPart), out.constData());
        // Written once, the document is a fixed point.
        const ParsedBatch again = parseBatchYaml(out);
        QVERIFY2(again.ok(), qPrintable(issuesText(again)));
        QCOMPARE(emitBatchYaml(again.document), out);
    }

    // convert_guests: true is the default and left out when written, so a document from before
    // the option reads back byte for byte; false is written and read back.
    void convertGuests()
    {
        const ParsedBatch on = parseBatchYaml("name: b\nconfig:\n    convert_guests: true\n");
        QVERIFY2(on.ok(), qPrintable(issuesText(on)));
        QVERIFY(configOf(on.document.batch).convertGuests);
        QVERIFY(!emitBatchYaml(on.document).contains("convert_guests"));
        QCOMPARE(emitBatchYaml(on.document), emitBatchYaml(parseBatchYaml("name: b\n").document));

        const ParsedBatch off = parseBatchYaml("name: b\nconfig:\n    convert_guests: false\n");
        QVERIFY2(off.ok(), qPrintable(issuesText(off)));
        QVERIFY(!configOf(off.document.batch).convertGuests);
        const QByteArray written = emitBatchYaml(off.document);
        QVERIFY2(written.endsWith("\n    convert_guests: false\n"), written.constData());
        QVERIFY(!configOf(parseBatchYaml(written).document.batch).convertGuests);
    }

    // Clusters: defaults.placement.target_member, the member the batch's VMs land on; absent by
    // default (any member, and every target that is not clustered), kept when written.
    void targetMember()
    {
        const ParsedBatch plain = parseBatchYaml("name: b\n");
        QVERIFY(configOf(plain.document.batch).targetMember.isEmpty());
        QVERIFY(!emitBatchYaml(plain.document).contains("target_member"));
        const ParsedBatch set
            = parseBatchYaml("name: b\ndefaults:\n    placement:\n        target_member: node2\n");
        QVERIFY2(set.ok(), qPrintable(issuesText(set)));
        QCOMPARE(configOf(set.document.batch).targetMember, QStringLiteral("node2"));
        const QByteArray written = emitBatchYaml(set.document);
        QVERIFY2(written.contains("\n        target_member: node2\n"), written.constData());
        QCOMPARE(
            configOf(parseBatchYaml(written).document.batch).targetMember, QStringLiteral("node2"));
        const BatchConfig c = configOf(set.document.batch);
        QCOMPARE(BatchConfig::fromJson(c.toJson()), c);
        QVERIFY(!BatchConfig().toJson().contains(QStringLiteral("target_member")));
    }

    // The source power-off policy: 120 s and no hard power-off by default, left out when
    // written; other values written, read back, and kept in the batch's stored config.
    void powerOffPolicy()
    {
        const ParsedBatch plain = parseBatchYaml("name: b\n");
        QVERIFY2(plain.ok(), qPrintable(issuesText(plain)));
        QCOMPARE(configOf(plain.document.batch).guestShutdownTimeoutSeconds, 120);
        QVERIFY(!configOf(plain.document.batch).hardPowerOff);
        QVERIFY(!emitBatchYaml(plain.document).contains("hard_power_off"));
        QVERIFY(!emitBatchYaml(plain.document).contains("guest_shutdown_timeout"));

        const ParsedBatch set = parseBatchYaml(
            "name: b\nconfig:\n    guest_shutdown_timeout: 900\n    hard_power_off: true\n");
        QVERIFY2(set.ok(), qPrintable(issuesText(set)));
        const BatchConfig c = configOf(set.document.batch);
        QCOMPARE(c.guestShutdownTimeoutSeconds, 900);
        QVERIFY(c.hardPowerOff);
        const QByteArray written = emitBatchYaml(set.document);
        QVERIFY2(written.endsWith("\n    guest_shutdown_timeout: 900\n    hard_power_off: true\n"),
            written.constData());
        QCOMPARE(configOf(parseBatchYaml(written).document.batch), c);
        QCOMPARE(BatchConfig::fromJson(c.toJson()), c);

        for (const QByteArray &bad : {QByteArray("guest_shutdown_timeout: 0"),
                 QByteArray("guest_shutdown_timeout: 2m"), QByteArray("hard_power_off: yes")}) {
            const ParsedBatch refused = parseBatchYaml("name: b\nconfig:\n    " + bad + "\n");
            QVERIFY2(!refused.ok(), bad.constData());
        }
    }

    // Must show 3: every refusal names its line and column.
    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("withTargets");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        QTest::newRow("malformed flow") << QByteArray("name: b\nmigration_windows: [{name: w\n")
                                        << false << 3 << 1 << QStringLiteral("not valid YAML");
        QTest::newRow("bad indentation") << QByteArray("name: b\n  include_expression: x\n")
                                         << false << 2 << 21 << QStringLiteral("not valid YAML");
        QTest::newRow("tab") << QByteArray("name: b\nconfig:\n\tpost_migration_retries: 3\n")
                             << false << 3 << 24 << QStringLiteral("not valid YAML");
        QTest::newRow("unknown key") << QByteArray("name: b\nnmae: c\n") << false << 2 << 1
                                     << QStringLiteral("Unknown key \"nmae\" in the batch. Did you "
                                                       "mean \"name\"?");
        QTest::newRow("unknown nested key")
            << QByteArray("name: b\nconfig:\n    post_migration_retry: 3\n") << false << 3 << 5
            << QStringLiteral("Did you mean \"post_migration_retries\"?");
        QTest::newRow("unknown key far from any")
            << QByteArray("name: b\nzzzzzz: 1\n") << false << 2 << 1
            << QStringLiteral("Unknown key \"zzzzzz\" in the batch.");
        QTest::newRow("duplicate key") << QByteArray("name: b\nname: c\n") << false << 2 << 1
                                       << QStringLiteral("appears twice");
        QTest::newRow("name is a list") << QByteArray("name: [a, b]\n") << false << 1 << 7
                                        << QStringLiteral("name must be text, not a list");
        QTest::newRow("no name") << QByteArray("include_expression: \"true\"\n") << false << 1 << 1
                                 << QStringLiteral("needs a name");
        QTest::newRow("name with slash")
            << QByteArray("name: a/b\n") << false << 1 << 7 << QStringLiteral("may not contain");
        QTest::newRow("retries not a number")
            << QByteArray("name: b\nconfig:\n    post_migration_retries: five\n") << false << 3
            << 29 << QStringLiteral("whole number from 0 to 100");
        QTest::newRow("retries too many")
            << QByteArray("name: b\nconfig:\n    post_migration_retries: 1000\n") << false << 3
            << 29 << QStringLiteral("whole number from 0 to 100");
        QTest::newRow("bool") << QByteArray("name: b\nconfig:\n    rerun_scriptlets: maybe\n")
                              << false << 3 << 23 << QStringLiteral("true or false");
        QTest::newRow("convert_guests not a bool")
            << QByteArray("name: b\nconfig:\n    convert_guests: yes\n") << false << 3 << 21
            << QStringLiteral("config.convert_guests must be true or false, not \"yes\".");
        QTest::newRow("convert_guests a list")
            << QByteArray("name: b\nconfig:\n    convert_guests: [true]\n") << false << 3 << 21
            << QStringLiteral("config.convert_guests must be text, not a list.");
        QTest::newRow("convert_guests misspelt")
            << QByteArray("name: b\nconfig:\n    convert_guest: false\n") << false << 3 << 5
            << QStringLiteral("Did you mean \"convert_guests\"?");
        QTest::newRow("overrides bool")
            << QByteArray("name: b\nconfig:\n    instance_restriction_overrides:\n        "
                          "allow_no_ipv4: 1\n")
            << false << 4 << 24 << QStringLiteral("true or false");
        QTest::newRow("config not a mapping") << QByteArray("name: b\nconfig: 3\n") << false << 2
                                              << 9 << QStringLiteral("config must be a mapping");
        QTest::newRow("windows not a list") << QByteArray("name: b\nmigration_windows: soon\n")
                                            << false << 2 << 20 << QStringLiteral("must be a list");
        QTest::newRow("window not a mapping")
            << QByteArray("name: b\nmigration_windows:\n  - w1\n") << false << 3 << 5
            << QStringLiteral("must be a mapping");
        QTest::newRow("window without name")
            << QByteArray("name: b\nmigration_windows:\n  - start: 2025-12-01 01:00:00\n") << false
            << 3 << 5 << QStringLiteral("needs a name");
        QTest::newRow("two windows, one name")
            << QByteArray("name: b\nmigration_windows:\n  - name: w\n  - name: w\n") << false << 4
            << 11 << QStringLiteral("Two migration windows are named \"w\"");
        QTest::newRow("negative capacity")
            << QByteArray("name: b\nmigration_windows:\n  - name: w\n    capacity: -1\n") << false
            << 4 << 15 << QStringLiteral("whole number from 0");
        QTest::newRow("capacity twice") << QByteArray(
            "name: b\nmigration_windows:\n  - name: w\n    capacity: 1\n    config:\n      "
            "capacity: 2\n") << false << 6
                                        << 7 << QStringLiteral("given twice");
        QTest::newRow("bad time") << QByteArray(
            "name: b\nmigration_windows:\n  - name: w\n    start: tomorrow\n")
                                  << false << 4 << 12
                                  << QStringLiteral("\"tomorrow\" is not a time");
        QTest::newRow("impossible date") << QByteArray(
            "name: b\nmigration_windows:\n  - name: w\n    start: 2025-02-30 01:00:00\n")
                                         << false << 4 << 12 << QStringLiteral("is not a time");
        QTest::newRow("end before start")
            << QByteArray("name: b\nmigration_windows:\n  - name: w\n    start: 2025-12-01 "
                          "02:00:00\n    end: 2025-12-01 01:00:00\n")
            << false << 5 << 10
            << QStringLiteral("ends (2025-12-01 01:00:00) before it starts (2025-12-01 02:00:00)");
        QTest::newRow("end at start")
            << QByteArray("name: b\nmigration_windows:\n  - name: w\n    start: 2025-12-01 "
                          "02:00:00\n    end: 2025-12-01T03:00:00+01:00\n")
            << false << 5 << 10 << QStringLiteral("ends when it starts");
        QTest::newRow("lockout after end")
            << QByteArray("name: b\nmigration_windows:\n  - name: w\n    start: 2025-12-01 "
                          "01:00:00\n    end: 2025-12-01 02:00:00\n    lockout: 2025-12-01 "
                          "03:00:00\n")
            << false << 6 << 14 << QStringLiteral("lockout of window \"w\"");
        QTest::newRow("lockout before start")
            << QByteArray("name: b\nmigration_windows:\n  - name: w\n    start: 2025-12-01 "
                          "01:00:00\n    lockout: 2025-11-30 23:00:00\n")
            << false << 5 << 14 << QStringLiteral("is outside the window");
        QTest::newRow("overlapping windows")
            << QByteArray("name: b\nmigration_windows:\n  - name: w1\n    start: 2025-12-01 "
                          "01:00:00\n    end: 2025-12-01 02:00:00\n  - name: w2\n    start: "
                          "2025-12-01 01:30:00\n    end: 2025-12-01 03:00:00\n")
            << false << 6 << 5 << QStringLiteral("\"w2\"");
        QTest::newRow("open windows overlap")
            << QByteArray("name: b\nmigration_windows:\n  - name: now\n  - name: later\n    start: "
                          "2025-12-01 01:30:00\n")
            << false << 4 << 5 << QStringLiteral("windows may not overlap");
        QTest::newRow("touching windows are fine, the third overlaps")
            << QByteArray("name: b\nmigration_windows:\n  - {name: a, start: 2025-12-01 01:00:00, "
                          "end: 2025-12-01 02:00:00}\n  - {name: b, start: 2025-12-01 02:00:00, "
                          "end: 2025-12-01 03:00:00}\n  - {name: c, start: 2025-12-01 02:59:00}\n")
            << false << 5 << 5 << QStringLiteral("\"c\"");
        QTest::newRow("final limit above interval")
            << QByteArray("name: b\nconfig:\n    background_sync_interval: 10m\n    "
                          "final_background_sync_limit: 1h\n")
            << false << 4 << 34 << QStringLiteral("final_background_sync_limit (1h) is longer");
        QTest::newRow("final limit above default interval")
            << QByteArray("name: b\nconfig:\n    final_background_sync_limit: 11m\n") << false << 3
            << 34 << QStringLiteral("is longer than config.background_sync_interval (10m)");
        QTest::newRow("bad duration")
            << QByteArray("name: b\nconfig:\n    background_sync_interval: 10 minutes\n") << false
            << 3 << 31 << QStringLiteral("is not a duration");
        QTest::newRow("zero interval")
            << QByteArray("name: b\nconfig:\n    background_sync_interval: 0s\n") << false << 3
            << 31 << QStringLiteral("longer than 0s");
        QTest::newRow("bad boot time")
            << QByteArray("name: b\nconstraints:\n  - name: c\n    min_instance_boot_time: soon\n")
            << false << 4 << 29 << QStringLiteral("is not a duration");
        QTest::newRow("constraint without name")
            << QByteArray("name: b\nconstraints:\n  - max_concurrent_instances: 1\n") << false << 3
            << 5 << QStringLiteral("constraint 1 needs a name");
        QTest::newRow("expression double-quoted")
            << QByteArray("name: b\ninclude_expression: \"cpus >= 4 and nosuchfield == 1\"\n")
            << false << 2 << 36 << QStringLiteral("include_expression:");
        QTest::newRow("expression single-quoted")
            << QByteArray("name: b\ninclude_expression: 'name == ''a'' and nosuchfield'\n") << false
            << 2 << 40 << QStringLiteral("include_expression:");
        QTest::newRow("expression plain")
            << QByteArray("name: b\ninclude_expression: cpus > 2 and nosuchfield\n") << false << 2
            << 34 << QStringLiteral("include_expression:");
        QTest::newRow("expression block")
            << QByteArray("name: b\ninclude_expression: |\n  cpus > 2 and\n  nosuchfield\n")
            << false << 4 << 3 << QStringLiteral("include_expression:");
        QTest::newRow("expression after unicode")
            << QByteArray("name: b\ninclude_expression: \"location == 'Zürich' and nosuchfield\"\n")
            << false << 2 << 47 << QStringLiteral("include_expression:");
        QTest::newRow("expression escape")
            << QByteArray("name: b\ninclude_expression: \"name == \\\"a\\\" and nosuchfield\"\n")
            << false << 2 << 40 << QStringLiteral("include_expression:");
        QTest::newRow("expression empty") << QByteArray("name: b\ninclude_expression: \"\"\n")
                                          << false << 2 << 21 << QStringLiteral("is empty");
        QTest::newRow("expression not boolean")
            << QByteArray("name: b\ninclude_expression: \"cpus + 1\"\n") << false << 2 << 22
            << QStringLiteral("include_expression:");
        QTest::newRow("constraint expression")
            << QByteArray(
                   "name: b\nconstraints:\n  - name: c\n    include_expression: \"source == \"\n")
            << false << 4 << 36 << QStringLiteral("constraints[0].include_expression:");
        QTest::newRow("unknown target")
            << QByteArray("name: b\ndefaults:\n    placement:\n        target: incus02\n") << true
            << 4 << 17
            << QStringLiteral("Unknown target \"incus02\". Did you mean \"incus01\"? Registered: "
                              "incus01, lxd-new.");
        QTest::newRow("unknown project")
            << QByteArray("name: b\ndefaults:\n    placement:\n        target: incus01\n        "
                          "target_project: prd\n")
            << true << 5 << 25
            << QStringLiteral(
                   "has no project \"prd\". Did you mean \"prod\"? It has: default, prod.");
        QTest::newRow("unknown pool")
            << QByteArray("name: b\ndefaults:\n    placement:\n        target: incus01\n        "
                          "storage_pool: slow\n")
            << true << 5 << 23 << QStringLiteral("has no storage pool \"slow\"");
        QTest::newRow("empty pool")
            << QByteArray("name: b\ndefaults:\n    placement:\n        storage_pool: \"\"\n")
            << false << 4 << 23 << QStringLiteral("is empty");
        QTest::newRow("unknown network")
            << QByteArray("name: b\ndefaults:\n    placement:\n        target: incus01\n    "
                          "migration_network:\n      - network: br9\n")
            << true << 6 << 18 << QStringLiteral("has no network \"br9\" in project \"default\"");
        QTest::newRow("unknown network target") << QByteArray(
            "name: b\ndefaults:\n    migration_network:\n      - network: br0\n        "
            "target: nope\n") << true << 5 << 17 << QStringLiteral("Unknown target \"nope\"");
        QTest::newRow("network needs a name")
            << QByteArray("name: b\ndefaults:\n    migration_network:\n      - nictype: bridged\n")
            << false << 4 << 9 << QStringLiteral("needs a network name");
        QTest::newRow("vlan on managed") << QByteArray(
            "name: b\ndefaults:\n    migration_network:\n      - network: incusbr0\n  "
            "      vlan_id: 10\n") << false
                                         << 5 << 18 << QStringLiteral("VLAN can only be set");
        QTest::newRow("bad nictype")
            << QByteArray("name: b\ndefaults:\n    migration_network:\n      - network: x\n        "
                          "nictype: tap\n")
            << false << 5 << 18 << QStringLiteral("managed, bridged, macvlan or physical");
        QTest::newRow("two migration networks for one target") << QByteArray(
            "name: b\ndefaults:\n    migration_network:\n      - network: a\n      - "
            "network: b\n") << false << 5 << 9 << QStringLiteral("same target and project");
        QTest::newRow("two documents") << QByteArray("name: a\n---\nname: b\n") << false << 2 << 1
                                       << QStringLiteral("Only one document");
        QTest::newRow("empty") << QByteArray() << false << 1 << 1 << QStringLiteral("empty");
        QTest::newRow("only comments")
            << QByteArray("# nothing\n") << false << 1 << 1 << QStringLiteral("empty");
        QTest::newRow("a list") << QByteArray("- a\n- b\n") << false << 1 << 1
                                << QStringLiteral("the batch must be a mapping");
        QTest::newRow("key not text") << QByteArray("name: b\n? [a]\n: c\n") << false << 2 << 3
                                      << QStringLiteral("must be plain words");
        QTest::newRow("too deep") << QByteArray("name: ") + QByteArray(3000, '[') << false << 1 << 0
                                  << QStringLiteral("nested too deeply");
        QTest::newRow("script syntax")
            << QByteArray("name: b\nconfig:\n    placement_scriptlet: |\n        function "
                          "placement(instance, batch) {\n            set_target(\"x\"\n        }\n")
            << false << 6 << 9 << QStringLiteral("line 3 of the script");
        QTest::newRow("script without placement")
            << QByteArray("name: b\nconfig:\n    placement_scriptlet: \"var x = 1;\"\n") << false
            << 3 << 26 << QStringLiteral("does not define function placement");
        QTest::newRow("script throws at load")
            << QByteArray("name: b\nconfig:\n    placement_scriptlet: |\n        var a = 1;\n      "
                          "  throw new Error(\"no\");\n")
            << false << 5 << 9 << QStringLiteral("no");
        QTest::newRow("script imports")
            << QByteArray("name: b\nconfig:\n    placement_scriptlet: |\n        function "
                          "placement(i, b) {}\n        import(\"/etc/passwd\");\n")
            << false << 5 << 9 << QStringLiteral("may not import");
    }

    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, withTargets);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const ParsedBatch p = parseBatchYaml(input, withTargets ? labContext() : YamlContext());
        QVERIFY2(!p.ok(), "the document was accepted");
        const YamlIssue &first = p.issues.first();
        QVERIFY2(first.message.contains(message), qPrintable(issuesText(p)));
        QCOMPARE(first.line, line);
        if (column > 0)
            QCOMPARE(first.column, column);
        const Error e = p.error();
        QCOMPARE(e.code, Error::Code::InvalidInput);
        QVERIFY(e.message.startsWith(QStringLiteral("line %1, column ").arg(line)));
    }

    // What libFuzzer found (tests/fuzz/batch): each input must give a prompt, placed answer.
    void fuzzFindings_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        // yaml-cpp's LoadAll reported empty documents forever on a stray ",".
        QTest::newRow("stray comma") << QByteArray(",") << 1 << QStringLiteral("empty");
        QTest::newRow("comma after the end marker")
            << QByteArray("name: b\n...\n,\n") << 3 << QStringLiteral("Only one document");
    }

    void fuzzFindings()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(QString, message);
        const ParsedBatch p = parseBatchYaml(input, labContext());
        QVERIFY(!p.ok());
        QCOMPARE(p.issues.first().line, line);
        QVERIFY2(p.issues.first().message.contains(message), qPrintable(issuesText(p)));
    }

    void collectsSeveralIssues()
    {
        const ParsedBatch p
            = parseBatchYaml("name: b\nnmae: x\nconfig:\n    post_migration_retries: "
                             "x\n    rerun_scriptlets: 2\n");
        QCOMPARE(p.issues.size(), 3);
        QCOMPARE(p.issues[0].line, 2);
        QCOMPARE(p.issues[1].line, 4);
        QCOMPARE(p.issues[2].line, 5);
        QVERIFY(p.error().details.contains(QStringLiteral("line 5, column 23")));
    }

    void uncheckedTargetInventory()
    {
        // A target whose inventory was never read is checked by name only.
        const ParsedBatch p = parseBatchYaml("name: b\ndefaults:\n    placement:\n        target: "
                                             "lxd-new\n        storage_pool: anything\n",
            labContext());
        QVERIFY2(p.ok(), qPrintable(issuesText(p)));
    }

    void networkOfProjectWithoutOwnNetworks()
    {
        // prod has no networks of its own: the default project's are used.
        const ParsedBatch p = parseBatchYaml("name: b\ndefaults:\n    placement:\n        target: "
                                             "incus01\n        target_project: prod\n    "
                                             "migration_network:\n      - network: incusbr0\n",
            labContext());
        QVERIFY2(p.ok(), qPrintable(issuesText(p)));
    }

    void positions()
    {
        const ParsedBatch p = parseBatchYaml(fixture(QStringLiteral("seed.yaml")));
        QCOMPARE(p.positionOf(QStringLiteral("name")).line, 1);
        QCOMPARE(p.positionOf(QStringLiteral("name")).column, 7);
        QCOMPARE(p.positionOf(QStringLiteral("migration_windows[0].end")).line, 6);
        QCOMPARE(p.positionOf(QStringLiteral("migration_windows[0].end")).column, 10);
        QCOMPARE(p.positionOf(QStringLiteral("defaults.placement.target")).line, 10);
        // Not written: the nearest parent.
        QCOMPARE(p.positionOf(QStringLiteral("migration_windows[0].lockout")).line, 4);
        QCOMPARE(p.positionOf(QStringLiteral("nothing.at.all")).line, 1);
    }

    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::addColumn<QString>("written");
        QTest::newRow("seed") << QStringLiteral("2025-12-01 01:00:00") << utc(2025, 12, 1, 1, 0)
                              << QStringLiteral("2025-12-01 01:00:00");
        QTest::newRow("no seconds") << QStringLiteral("2025-12-01 01:00") << utc(2025, 12, 1, 1, 0)
                                    << QStringLiteral("2025-12-01 01:00:00");
        QTest::newRow("rfc3339 Z")
            << QStringLiteral("2025-12-01T01:00:00Z") << utc(2025, 12, 1, 1, 0)
            << QStringLiteral("2025-12-01 01:00:00");
        QTest::newRow("offset") << QStringLiteral("2025-12-01T01:00:00-05:30")
                                << utc(2025, 12, 1, 6, 30) << QStringLiteral("2025-12-01 06:30:00");
        QTest::newRow("go string")
            << QStringLiteral("2025-12-01 01:00:00 +0000 UTC") << utc(2025, 12, 1, 1, 0)
            << QStringLiteral("2025-12-01 01:00:00");
        QTest::newRow("nanoseconds")
            << QStringLiteral("2025-12-01T01:00:00.123456789Z")
            << utc(2025, 12, 1, 1, 0).addMSecs(123) << QStringLiteral("2025-12-01T01:00:00.123Z");
        QTest::newRow("zero") << QStringLiteral("0001-01-01T00:00:00Z") << QDateTime() << QString();
        QTest::newRow("empty") << QString() << QDateTime() << QString();
    }

    void times()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QFETCH(QString, written);
        auto t = parseBatchTime(text);
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
        QCOMPARE(t->isValid(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(*t, expected);
        QCOMPARE(formatBatchTime(*t), written);
    }

    void badTimes_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *s : {"tomorrow", "2025-13-01 01:00:00", "2025-12-01 25:00:00",
                 "2025-12-01T01:00:00+25:00", "12/01/2025", "2025-12-01"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }

    void badTimes()
    {
        QFETCH(QString, text);
        QVERIFY(!parseBatchTime(text).ok());
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("written");
        QTest::newRow("1h") << QStringLiteral("1h") << qint64(3600000) << QStringLiteral("1h");
        QTest::newRow("10m") << QStringLiteral("10m") << qint64(600000) << QStringLiteral("10m");
        QTest::newRow("5m0s") << QStringLiteral("5m0s") << qint64(300000) << QStringLiteral("5m");
        QTest::newRow("1h30m") << QStringLiteral("1h30m") << qint64(5400000)
                               << QStringLiteral("1h30m");
        QTest::newRow("1h0m30s") << QStringLiteral("1h0m30s") << qint64(3630000)
                                 << QStringLiteral("1h30s");
        QTest::newRow("90s") << QStringLiteral("90s") << qint64(90000) << QStringLiteral("1m30s");
        QTest::newRow("1.5s") << QStringLiteral("1.5s") << qint64(1500) << QStringLiteral("1.5s");
        QTest::newRow("500ms") << QStringLiteral("500ms") << qint64(500) << QStringLiteral("500ms");
        QTest::newRow("0") << QStringLiteral("0") << qint64(0) << QStringLiteral("0s");
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QFETCH(QString, written);
        auto d = parseBatchDuration(text);
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message));
        QCOMPARE(*d, ms);
        QCOMPARE(formatBatchDuration(*d), written);
        QCOMPARE(*parseBatchDuration(written), ms);
    }

    void badDurations_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *s : {"", "10", "-5m", "10 minutes", "1d", "m", "99999999999999h",
                 "1h1h1h1h1h1h1h1h1h1h1h1h1h1h1h1h1h1h1h1h1h1h1h1h1h"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }

    void badDurations()
    {
        QFETCH(QString, text);
        QVERIFY(!parseBatchDuration(text).ok());
    }

    void editorTextHeader()
    {
        const QByteArray yaml = "name: b\n";
        const QByteArray text = editorText(yaml);
        QVERIFY(text.startsWith("### This is a YAML representation of batch configuration.\n"));
        QVERIFY(text.endsWith("###\n\nname: b\n"));
        // The header is a comment: the text parses as the document does.
        QVERIFY(parseBatchYaml(text).ok());
    }

    void editorTextMovesErrorLines()
    {
        // The person's file: the header, then the document with an error on its line 6.
        const QByteArray edited = editorText("name: b\nnmae: c\n");
        ParsedBatch p = parseBatchYaml(edited);
        QCOMPARE(p.issues.size(), 1);
        QCOMPARE(p.issues[0].line, 6);
        const QByteArray reopened = editorText(edited, p.issues);
        const QList<QByteArray> lines = reopened.split('\n');
        QVERIFY(lines[3].startsWith("### Error: line 7, column 1: Unknown key \"nmae\""));
        QCOMPARE(lines[6], QByteArray("nmae: c"));
        // Parsing the reopened text finds the error on the line the comment names.
        p = parseBatchYaml(reopened);
        QCOMPARE(p.issues[0].line, 7);
        // Reopened twice: still one error line.
        const QByteArray again = editorText(reopened, p.issues);
        QCOMPARE(again, reopened);
    }
};

QTEST_GUILESS_MAIN(TestBatchYaml)
#include "test_batchyaml.moc"
