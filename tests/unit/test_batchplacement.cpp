// Placement: batch defaults, then network mappings, then instance overrides, then the
// JavaScript placement script (its functions, its inputs, its sandbox and its time limit).
#include "batch/batchconfig.h"
#include "batch/placement.h"
#include "batch/placementscript.h"
#include "model/batch.h"
#include "model/instance.h"
#include "model/network.h"
#include "test_batchsupport.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace ferry;
using namespace ferry::batch;
using namespace ferry::test;

namespace {

Batch batchWith(const QString &script = {})
{
    Batch b;
    b.name = QStringLiteral("wave1");
    b.defaultProject = QStringLiteral("default");
    b.defaultPool = QStringLiteral("default");
    BatchConfig c;
    c.placementScriptlet = script;
    b.config = c.toJson();
    return b;
}

PlacementInputs inputs()
{
    PlacementInputs in;
    in.targetName = QStringLiteral("incus01");
    Network n = vmNetwork();
    n.id = 7;
    n.uuid = QStringLiteral("net-uuid-7");
    in.networks.insert(n.id, n);
    Network dv;
    dv.id = 8;
    dv.location = QStringLiteral("/DC0/network/Prod VLAN 42");
    dv.type = QStringLiteral("distributed");
    dv.properties = QJsonObject {{QStringLiteral("vlan_id"), QStringLiteral("42")}};
    in.networks.insert(dv.id, dv);
    in.sourceName = QStringLiteral("vc01");
    in.targetNames = {QStringLiteral("incus01"), QStringLiteral("incus02")};
    return in;
}

// web01: two disks, a NIC on VM Network (7), one on the VLAN port group (8), one on nothing.
Instance vm()
{
    Instance i = goodInstance(QStringLiteral("web01"), 7);
    i.uuid = QStringLiteral("d0ab8a35-00a4-5682-a600-a4b05c74c2ed");
    Disk second = i.disks.first();
    second.name = QStringLiteral("[LocalDS_0] web01/web01_1.vmdk");
    i.disks << second;
    i.nics[0].hardwareAddress = QStringLiteral("00:50:56:96:2D:36");
    Nic vlan;
    vlan.networkId = 8;
    vlan.hardwareAddress = QStringLiteral("00:50:56:85:98:40");
    Nic lost;
    lost.hardwareAddress = QStringLiteral("00:50:56:aa:aa:aa");
    i.nics << vlan << lost;
    return i;
}

const QString kDisk0 = QStringLiteral("[LocalDS_0] web01/web01.vmdk");
const QString kDisk1 = QStringLiteral("[LocalDS_0] web01/web01_1.vmdk");
const QString kMac0 = QStringLiteral("00:50:56:96:2d:36");
const QString kMac1 = QStringLiteral("00:50:56:85:98:40");
const QString kMac2 = QStringLiteral("00:50:56:aa:aa:aa");

} // namespace

class TestBatchPlacement final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAndNetworks()
    {
        const InstancePlacement p = computePlacement(batchWith(), vm(), inputs());
        QCOMPARE(p.target, QStringLiteral("incus01"));
        QCOMPARE(p.project, QStringLiteral("default"));
        QCOMPARE(p.storagePools.value(kDisk0), QStringLiteral("default"));
        QCOMPARE(p.storagePools.value(kDisk1), QStringLiteral("default"));
        // Standard network: managed, named after the last part of its location.
        QCOMPARE(p.networks.value(kMac0).network, QStringLiteral("VM-Network"));
        QCOMPARE(p.networks.value(kMac0).nicType, QStringLiteral("managed"));
        // Distributed port group: a bridged NIC with its VLAN (physical would be PCI passthrough).
        QCOMPARE(p.networks.value(kMac1).nicType, QStringLiteral("bridged"));
        QCOMPARE(p.networks.value(kMac1).vlan, QStringLiteral("42"));
        QCOMPARE(p.unmappedNics, QStringList {kMac2});
        QVERIFY(p.scriptError.isEmpty());
    }

    void networkOverridesWin()
    {
        PlacementInputs in = inputs();
        in.networks[7].overrideNetwork = QStringLiteral("eth1");
        in.networks[7].overrideNicType = QStringLiteral("bridged");
        const InstancePlacement p = computePlacement(batchWith(), vm(), in);
        QCOMPARE(p.networks.value(kMac0).network, QStringLiteral("eth1"));
        QCOMPARE(p.networks.value(kMac0).nicType, QStringLiteral("bridged"));
    }

    void instanceOverridesWin()
    {
        Instance i = vm();
        i.overrides.extra.insert(QStringLiteral("placement"),
            QJsonObject {{QStringLiteral("target"), QStringLiteral("incus02")},
                {QStringLiteral("target_project"), QStringLiteral("prod")},
                {QStringLiteral("target_member"), QStringLiteral("node2")},
                {QStringLiteral("storage_pool"), QStringLiteral("fast")},
                {QStringLiteral("storage_pools"),
                    QJsonObject {{kDisk1, QStringLiteral("slow")},
                        {QStringLiteral("no such disk"), QStringLiteral("x")}}},
                {QStringLiteral("networks"),
                    QJsonObject {
                        {QStringLiteral("00:50:56:96:2D:36"),
                            QJsonObject {{QStringLiteral("network"), QStringLiteral("prodbr")}}},
                        {kMac2,
                            QJsonObject {{QStringLiteral("network"), QStringLiteral("eth1")},
                                {QStringLiteral("nictype"), QStringLiteral("physical")},
                                {QStringLiteral("vlan_id"), 12}}}}}});
        const InstancePlacement p = computePlacement(batchWith(), i, inputs());
        QCOMPARE(p.target, QStringLiteral("incus02"));
        QCOMPARE(p.project, QStringLiteral("prod"));
        QCOMPARE(p.member, QStringLiteral("node2"));
        QCOMPARE(InstancePlacement::fromJson(p.toJson()).member, QStringLiteral("node2"));
        QCOMPARE(
            p.toJson().value(QStringLiteral("target_member")).toString(), QStringLiteral("node2"));
        QVERIFY(!computePlacement(batchWith(), vm(), inputs())
                     .toJson()
                     .contains(QStringLiteral("target_member")));
        QCOMPARE(p.storagePools.value(kDisk0), QStringLiteral("fast"));
        QCOMPARE(p.storagePools.value(kDisk1), QStringLiteral("slow"));
        QCOMPARE(p.storagePools.size(), 2);
        // Only the network name is overridden; the NIC type comes from the mapping.
        QCOMPARE(p.networks.value(kMac0).network, QStringLiteral("prodbr"));
        QCOMPARE(p.networks.value(kMac0).nicType, QStringLiteral("managed"));
        QCOMPARE(p.networks.value(kMac2).vlan, QStringLiteral("12"));
        QVERIFY(p.unmappedNics.isEmpty());
    }

    void scriptWinsOverEverything()
    {
        Instance i = vm();
        i.overrides.extra.insert(QStringLiteral("placement"),
            QJsonObject {{QStringLiteral("target_project"), QStringLiteral("prod")}});
        const QString script = QStringLiteral(R"(
function placement(instance, batch) {
    log_info("placing", instance.name, "of", instance.source, "in", batch.name);
    if (instance.overrides.placement.target_project !== "prod")
        log_warn("override not seen");
    set_target("incus02");
    set_project("p-" + instance.location.split("/").pop());
    set_pool(instance.disks[1].name, "fast");
    set_network(instance.nics[1].hardware_address, "br-vlan", "bridged", 42);
    set_network("00:50:56:AA:AA:AA", "eth1", "physical");
    log_error("done", 1, true);
}
)");
        const InstancePlacement p = computePlacement(batchWith(script), i, inputs());
        QVERIFY2(p.scriptError.isEmpty(), qPrintable(p.scriptError));
        QCOMPARE(p.target, QStringLiteral("incus02"));
        QCOMPARE(p.project, QStringLiteral("p-web01"));
        QCOMPARE(p.storagePools.value(kDisk0), QStringLiteral("default"));
        QCOMPARE(p.storagePools.value(kDisk1), QStringLiteral("fast"));
        QCOMPARE(p.networks.value(kMac1).network, QStringLiteral("br-vlan"));
        QCOMPARE(p.networks.value(kMac1).nicType, QStringLiteral("bridged"));
        QCOMPARE(p.networks.value(kMac1).vlan, QStringLiteral("42"));
        QCOMPARE(p.networks.value(kMac2).network, QStringLiteral("eth1"));
        QVERIFY(p.unmappedNics.isEmpty());
        QCOMPARE(p.scriptLog.size(), 2);
        QCOMPARE(p.scriptLog[0].level, QStringLiteral("info"));
        QCOMPARE(p.scriptLog[0].message, QStringLiteral("placing web01 of vc01 in wave1"));
        QCOMPARE(p.scriptLog[1].level, QStringLiteral("error"));
        QCOMPARE(p.scriptLog[1].message, QStringLiteral("done 1 true"));
    }

    void scriptSeesTheInstance()
    {
        Instance i = vm();
        i.overrides.name = QStringLiteral("web-01-new");
        i.overrides.cpus = 8;
        i.config.insert(QStringLiteral("tag.env"), QStringLiteral("prod"));
        const QString script = QStringLiteral(R"(
function placement(instance, batch) {
    set_project([instance.name, instance.cpus, instance.memory, instance.os_type,
        instance.disks.length, instance.disks[0].capacity, instance.disks[0].supported,
        instance.nics[0].ipv4_address !== "", instance.nics[0].uuid, instance.config["tag.env"],
        instance.running, instance.overrides.cpus, batch.defaults.placement.target,
        batch.defaults.placement.storage_pool].join("|"));
}
)");
        const InstancePlacement p = computePlacement(batchWith(script), i, inputs());
        QVERIFY2(p.scriptError.isEmpty(), qPrintable(p.scriptError));
        QCOMPARE(p.project,
            QStringLiteral("web-01-new|8|4294967296|linux|2|1073741824|true|true|net-uuid-7|prod|"
                           "true|8|incus01|default"));
    }

    void scriptRefusals_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown target")
            << QStringLiteral("set_target('incus09');") << QStringLiteral("no target of that name");
        QTest::newRow("unknown disk") << QStringLiteral("set_pool('nope', 'fast');")
                                      << QStringLiteral("no disk of that name");
        QTest::newRow("unknown mac") << QStringLiteral("set_network('00:00:00:00:00:01', 'x');")
                                     << QStringLiteral("no NIC with that MAC");
        QTest::newRow("bad nic type")
            << QStringLiteral("set_network(instance.nics[0].hardware_address, 'x', 'tap');")
            << QStringLiteral("managed, bridged, macvlan or physical");
        QTest::newRow("empty project")
            << QStringLiteral("set_project('');") << QStringLiteral("project name is empty");
        QTest::newRow("throws") << QStringLiteral(
            "\n\nthrow new Error('no place for ' + instance.name);")
                                << QStringLiteral("line 4: Error: no place for web01");
        QTest::newRow("type error")
            << QStringLiteral("instance.nothing.at.all = 1;") << QStringLiteral("TypeError");
    }

    void scriptRefusals()
    {
        QFETCH(QString, body);
        QFETCH(QString, error);
        const QString script
            = QStringLiteral("function placement(instance, batch) {\n%1\n}\n").arg(body);
        const InstancePlacement p = computePlacement(batchWith(script), vm(), inputs());
        QVERIFY2(p.scriptError.contains(error), qPrintable(p.scriptError));
        // A failed script changes nothing: the placement is what came before it.
        QCOMPARE(p.target, QStringLiteral("incus01"));
        QCOMPARE(p.storagePools.value(kDisk0), QStringLiteral("default"));
    }

    // No file, module, network or console access: none of these exist in the sandbox.
    void sandbox_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("require") << QStringLiteral("require('fs').readFileSync('/etc/passwd');")
                                 << QStringLiteral("ReferenceError");
        QTest::newRow("XMLHttpRequest")
            << QStringLiteral("new XMLHttpRequest();") << QStringLiteral("ReferenceError");
        QTest::newRow("fetch") << QStringLiteral("fetch('http://127.0.0.1:9/');")
                               << QStringLiteral("ReferenceError");
        QTest::newRow("Qt object")
            << QStringLiteral("Qt.include('/etc/passwd');") << QStringLiteral("ReferenceError");
        QTest::newRow("console") << QStringLiteral("console.log('x');")
                                 << QStringLiteral("ReferenceError");
        QTest::newRow("print") << QStringLiteral("print('x');") << QStringLiteral("ReferenceError");
        QTest::newRow("dynamic import")
            << QStringLiteral("import('/etc/passwd');") << QStringLiteral("may not import");
        // The engine has no dynamic import at all: hidden from the check, it does not parse.
        QTest::newRow("import hidden in eval")
            << QStringLiteral("eval('imp' + 'ort(\"/etc/passwd\")');")
            << QStringLiteral("SyntaxError");
        QTest::newRow("import through Function") << QStringLiteral(
            "(function(){}).constructor('return imp' + 'ort(\"/etc/passwd\")')();")
                                                 << QStringLiteral("SyntaxError");
    }

    void sandbox()
    {
        QFETCH(QString, body);
        QFETCH(QString, error);
        const QString script
            = QStringLiteral("function placement(instance, batch) {\n%1\n}\n").arg(body);
        auto out = runPlacementScript(script, {}, {});
        QVERIFY2(!out.ok(), "the script ran");
        QVERIFY2(out.error().message.contains(error), qPrintable(out.error().message));
    }

    void infiniteLoopIsInterrupted_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("in placement")
            << QStringLiteral("function placement(instance, batch) { while (true) {} }");
        QTest::newRow("at load") << QStringLiteral("for (;;) {}\nfunction placement(i, b) {}");
        QTest::newRow("recursion and loop")
            << QStringLiteral("function f(n) { while (true) { n++; } }\nfunction placement(i, b) "
                              "{ f(0); }");
    }

    void infiniteLoopIsInterrupted()
    {
        QFETCH(QString, script);
        // Returns (a script that is not interrupted hangs the test until QtTest's watchdog).
        auto out = runPlacementScript(script, {}, {}, 300);
        QVERIFY(!out.ok());
        QVERIFY2(out.error().message.contains(QStringLiteral("ran longer than 300 ms")),
            qPrintable(out.error().message));
    }

    void defaultTimeLimitIsTwoSeconds()
    {
        QElapsedTimer timer;
        timer.start();
        auto out = runPlacementScript(
            QStringLiteral("function placement(i, b) { while (true) {} }"), {}, {});
        QVERIFY(!out.ok());
        QVERIFY2(out.error().message.contains(QStringLiteral("ran longer than 2000 ms")),
            qPrintable(out.error().message));
        // Not stopped before its limit. (Only this lower bound: a slow or busy machine can take
        // longer, never less; how fast scripts run is bench/'s business.)
        QVERIFY(timer.elapsed() >= 1900);
    }

    // One runner for a whole batch: loaded once, state kept between instances (round robin).
    void runnerKeepsStateBetweenInstances()
    {
        PlacementScriptRunner runner(QStringLiteral(
            "log_info('loaded');\nvar n = 0;\nfunction placement(i, b) { set_target(['a', 'b', "
            "'c'][n++ % 3]); }"));
        QVERIFY(!runner.problem());
        QStringList targets;
        for (int i = 0; i < 5; ++i) {
            auto out = runner.run({}, {});
            QVERIFY(out.ok());
            targets << out->target.value_or(QString());
            QVERIFY(out->log.isEmpty()); // what the load logged belongs to no instance
        }
        QCOMPARE(targets,
            (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                QStringLiteral("a"), QStringLiteral("b")}));
    }

    // One runner serves many instances, each with its own result.
    void runnerServesManyInstances()
    {
        PlacementScriptRunner runner(
            QStringLiteral("function placement(i, b) { set_project('p-' + i.name); }"));
        for (int i = 0; i < 1000; ++i) {
            const QString name = QStringLiteral("web%1").arg(i);
            auto out = runner.run(QJsonObject {{QStringLiteral("name"), name}}, {});
            QVERIFY(out.ok());
            QCOMPARE(out->project.value_or(QString()), QStringLiteral("p-") + name);
        }
    }

    // A script that loops is stopped once; the instances after it fail at once.
    void runnerStopsAfterATimeout()
    {
        PlacementScriptRunner runner(
            QStringLiteral(
                "function placement(i, b) { if (i.loop) while (true) {} set_project('ok'); }"),
            300);
        QCOMPARE(*runner.run({}, {})->project, QStringLiteral("ok"));
        auto slow = runner.run(QJsonObject {{QStringLiteral("loop"), true}}, {});
        QVERIFY(!slow.ok());
        QVERIFY(slow.error().message.contains(QStringLiteral("ran longer than 300 ms")));
        // Refused without running the script again (the message says why).
        auto next = runner.run({}, {});
        QVERIFY(!next.ok());
        QVERIFY(next.error().message.contains(QStringLiteral("for an earlier instance")));
    }

    // The watchdog is armed per call: calls that together exceed the limit are fine.
    void limitIsPerCall()
    {
        PlacementScriptRunner runner(QStringLiteral("function placement(i, b) { var end = "
                                                    "Date.now() + 150; while (Date.now() < end) {} "
                                                    "set_project('ok'); }"),
            400);
        for (int i = 0; i < 5; ++i) {
            auto out = runner.run({}, {});
            QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().message));
        }
    }

    void checkScript()
    {
        QVERIFY(!checkPlacementScript(QStringLiteral("function placement(i, b) {}")));
        auto missing = checkPlacementScript(QStringLiteral("function place(i, b) {}"));
        QVERIFY(missing);
        QVERIFY(missing->message.contains(QStringLiteral("placement(instance, batch)")));
        auto syntax = checkPlacementScript(QStringLiteral("\nfunction placement(i, b) {\n"));
        QVERIFY(syntax);
        QVERIFY(syntax->line >= 2);
        QVERIFY(syntax->message.contains(QStringLiteral("SyntaxError")));
    }

    void logIsBounded()
    {
        auto out = runPlacementScript(
            QStringLiteral("function placement(i, b) { for (var n = 0; n < 10000; ++n) "
                           "log_info(new Array(5000).join('x')); }"),
            // The bound is what is checked here, not speed: 50 MB of log text take more than
            // the default 2 s in the sanitizer build.
            {}, {}, 60000);
        QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().toString()));
        QCOMPARE(out->log.size(), 200);
        QCOMPARE(out->log.first().message.size(), 2000);
    }

    void jsonRoundTrip()
    {
        const QString script = QStringLiteral(
            "function placement(i, b) { log_warn('w'); set_pool(i.disks[0].name, 'fast'); }");
        const InstancePlacement p = computePlacement(batchWith(script), vm(), inputs());
        const QJsonObject json = p.toJson();
        QCOMPARE(json.value(QStringLiteral("target_name")).toString(), QStringLiteral("incus01"));
        QCOMPARE(json[QStringLiteral("storage_pools")][kDisk0].toString(), QStringLiteral("fast"));
        QCOMPARE(json[QStringLiteral("networks")][kMac1][QStringLiteral("vlan_id")].toString(),
            QStringLiteral("42"));
        const InstancePlacement back = InstancePlacement::fromJson(json);
        QCOMPARE(back.toJson(), json);
        QCOMPARE(back.unmappedNics, QStringList {kMac2});
        QCOMPARE(back.scriptLog.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBatchPlacement)
#include "test_batchplacement.moc"
