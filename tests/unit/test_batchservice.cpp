// The batch service against a real (temporary) database: the stub, the seed through the store,
// refused edits that save nothing, matching, the lifecycle Defined -> Running -> Stopped ->
// Defined, one running batch per instance, and the rules for editing a batch that has started.
#include "batch/batchconfig.h"
#include "batch/batchservice.h"
#include "common/queuestatustest.h"
#include "store/batchrepository.h"
#include "store/queuerepository.h"
#include "test_batchsupport.h"

#include <QFile>
#include <QtTest>

using namespace ferry;
using namespace ferry::batch;
using namespace ferry::test;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(qEnvironmentVariable("FERRY_TEST_SOURCE_DIR") + QStringLiteral("/tests/fixtures/batch/")
        + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A batch over web01, web02 and db01 (not win01), with a window in the far future.
QByteArray webBatch(const QString &name = QStringLiteral("wave1"),
    const QString &expression = QStringLiteral("location matches '/web|/db'"),
    const QByteArray &extra = {})
{
    return QStringLiteral("name: %1\ninclude_expression: \"%2\"\nmigration_windows:\n  - name: w1\n"
                          "    start: 2099-12-01 01:00:00\n    end: 2099-12-01 05:00:00\n"
                          "defaults:\n    placement:\n        target: incus01\n")
               .arg(name, expression)
               .toUtf8()
        + extra;
}

} // namespace

class TestBatchService final : public QObject
{
    Q_OBJECT

private:
    BatchWorld m_world;
    QHash<QString, qint64> m_vms;

    BatchService service() const { return BatchService(m_world.db); }

    QVector<QueueEntry> entries(const QString &batch) const
    {
        auto b = BatchRepository(m_world.db).byName(batch);
        if (!b)
            return {};
        auto e = QueueRepository(m_world.db).byBatch(b->id);
        return e ? *e : QVector<QueueEntry>();
    }

    QueueEntry entryOf(const QString &batch, const QString &vm) const
    {
        for (const QueueEntry &e : entries(batch))
            if (e.instanceId == m_vms.value(vm))
                return e;
        return {};
    }

    void move(const QueueEntry &e, QueueStatus to, const QString &stage = {})
    {
        QueueEntry changed = e;
        if (!stage.isEmpty()) {
            changed.importStage = stage;
            QVERIFY(QueueRepository(m_world.db).update(changed).ok());
        }
        QVERIFY(QueueRepository(m_world.db).updateStatus(e.id, e.status, to, QString()).ok());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_world.open());
        m_vms.clear();
        for (const char *name : {"web01", "web02", "db01"}) {
            auto id
                = m_world.addInstance(goodInstance(QString::fromLatin1(name), m_world.networkId));
            VERIFY_OK(id);
            m_vms.insert(QString::fromLatin1(name), *id);
        }
        Instance win = goodInstance(QStringLiteral("win01"), m_world.networkId);
        win.backgroundImport = false;
        auto id = m_world.addInstance(win);
        VERIFY_OK(id);
        m_vms.insert(QStringLiteral("win01"), *id);
    }

    void cleanup() { m_world = BatchWorld(); }

    void stub()
    {
        // A second target registered later is not the first one.
        VERIFY_OK(m_world.addTarget(incusTarget(QStringLiteral("aaa-later"))));
        auto b = service().add(QStringLiteral("batch01"));
        VERIFY_OK(b);
        QCOMPARE(b->includeExpression, QStringLiteral("false"));
        QCOMPARE(b->defaultTargetId, m_world.targetId);
        QCOMPARE(b->status, batchstatus::Defined);
        QCOMPARE(configOf(*b).postMigrationRetries, 5);
        auto yaml = service().yaml(QStringLiteral("batch01"));
        VERIFY_OK(yaml);
        QVERIFY(yaml->contains("include_expression: \"false\"\n"));
        QVERIFY(yaml->contains("        target: incus01\n"));
        QVERIFY(yaml->contains("    post_migration_retries: 5\n"));
        // The stub's YAML is valid as it is.
        QVERIFY(service().parse(*yaml).ok());
        QCOMPARE(service().add(QStringLiteral("batch01")).error().code, Error::Code::AlreadyExists);
        QCOMPARE(service().add(QStringLiteral(" ")).error().code, Error::Code::InvalidInput);
    }

    // Must show 2, through the store: the seed saved and shown again is the same text.
    void seedThroughTheStore()
    {
        VERIFY_OK(service().add(QStringLiteral("batch01")));
        const QByteArray seed = fixture(QStringLiteral("seed.yaml"));
        auto updated = service().update(QStringLiteral("batch01"), editorText(seed));
        VERIFY_OK(updated);
        auto shown = service().yaml(QStringLiteral("batch01"));
        VERIFY_OK(shown);
        QCOMPARE(QString::fromUtf8(*shown), QString::fromUtf8(seed));
        auto added = service().addFromYaml(fixture(QStringLiteral("full.yaml")));
        QVERIFY(!added.ok()); // prod/eth1 and the fast pool exist, but not the network incusbr0
        QVERIFY2(added.error().message.contains(QStringLiteral("incusbr0")),
            qPrintable(added.error().message));
    }

    // Must show 3: a refused document saves nothing.
    void refusedEditSavesNothing()
    {
        VERIFY_OK(service().addFromYaml(webBatch()));
        auto before = service().byName(QStringLiteral("wave1"));
        VERIFY_OK(before);
        const QByteArray before_yaml = *service().yaml(QStringLiteral("wave1"));
        QVector<YamlIssue> issues;
        auto r = service().update(QStringLiteral("wave1"),
            webBatch(QStringLiteral("renamed"), QStringLiteral("cpus > 2 and nosuch"),
                "config:\n    post_migration_retries: 7\n"),
            &issues);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].line, 2);
        QCOMPARE(issues[0].column, 35);
        QVERIFY(r.error().message.startsWith(QStringLiteral("line 2, column 35: ")));
        QCOMPARE(*service().yaml(QStringLiteral("wave1")), before_yaml);
        QVERIFY(!service().byName(QStringLiteral("renamed")).ok());
        QCOMPARE(service().byName(QStringLiteral("wave1"))->updatedAt, before->updatedAt);
    }

    void renameAndCollision()
    {
        VERIFY_OK(service().addFromYaml(webBatch()));
        VERIFY_OK(service().addFromYaml(webBatch(QStringLiteral("wave2"))));
        QVector<YamlIssue> issues;
        auto r
            = service().update(QStringLiteral("wave1"), webBatch(QStringLiteral("wave2")), &issues);
        QVERIFY(!r.ok());
        QCOMPARE(issues.last().line, 1);
        QVERIFY(issues.last().message.contains(QStringLiteral("Another batch is named")));
        VERIFY_OK(service().update(QStringLiteral("wave1"), webBatch(QStringLiteral("wave0"))));
        VERIFY_OK(service().byName(QStringLiteral("wave0")));
    }

    void addFromYamlChecksTheName()
    {
        auto r = service().addFromYaml(webBatch(QStringLiteral("a")), QStringLiteral("b"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("line 1, column 7")));
    }

    void info()
    {
        VERIFY_OK(service().addFromYaml(webBatch()));
        auto info = service().info(QStringLiteral("wave1"));
        VERIFY_OK(info);
        QStringList locations;
        for (const Instance &vm : info->matched)
            locations << vm.location;
        QCOMPARE(locations,
            (QStringList {QStringLiteral("/DC0/vm/db01"), QStringLiteral("/DC0/vm/web01"),
                QStringLiteral("/DC0/vm/web02")}));
        QVERIFY(info->queued.isEmpty());
        // Membership is stored.
        auto matched = BatchRepository(m_world.db).matched(info->batch.id);
        QCOMPARE(matched->size(), 3);
        // An instance gone from its source no longer matches.
        auto vm = InstanceRepository(m_world.db).byId(m_vms.value(QStringLiteral("web02")));
        QVERIFY(InstanceRepository(m_world.db)
                    .markMissing(m_world.sourceId,
                        {QStringLiteral("vm-web01"), QStringLiteral("vm-db01"),
                            QStringLiteral("vm-win01")})
                    .ok());
        QCOMPARE(service().info(QStringLiteral("wave1"))->matched.size(), 2);
    }

    void startQueuesWaitingAndBlocked()
    {
        VERIFY_OK(service().addFromYaml(
            webBatch(QStringLiteral("wave1"), QStringLiteral("location matches 'web01|win01'"))));
        auto report = service().start(QStringLiteral("wave1"));
        VERIFY_OK(report);
        QCOMPARE(report->waiting, 1);
        QCOMPARE(report->blocked, 1);
        auto b = service().byName(QStringLiteral("wave1"));
        QCOMPARE(b->status, batchstatus::Running);
        QVERIFY(b->startDate.isValid());
        const QueueEntry web = entryOf(QStringLiteral("wave1"), QStringLiteral("web01"));
        QCOMPARE(web.status, QueueStatus::Waiting);
        QCOMPARE(web.statusMessage, QStringLiteral("Performing initial migration checks"));
        QCOMPARE(web.targetInstanceName, QStringLiteral("web01"));
        QCOMPARE(web.placement.value(QStringLiteral("target_name")).toString(),
            QStringLiteral("incus01"));
        const QueueEntry win = entryOf(QStringLiteral("wave1"), QStringLiteral("win01"));
        QCOMPARE(win.status, QueueStatus::Blocked);
        QVERIFY2(win.statusMessage.contains(QStringLiteral("Background import is not supported")),
            qPrintable(win.statusMessage));
        auto log = QueueRepository(m_world.db).log(win.id);
        QVERIFY(!log->isEmpty());
        QVERIFY(log->first().message.startsWith(QStringLiteral("pre-flight no-background-import")));
        // Started twice: refused, nothing added.
        QCOMPARE(service().start(QStringLiteral("wave1")).error().code, Error::Code::Conflict);
        QCOMPARE(entries(QStringLiteral("wave1")).size(), 2);
    }

    void oneRunningBatchPerInstance()
    {
        VERIFY_OK(service().addFromYaml(
            webBatch(QStringLiteral("a"), QStringLiteral("location matches 'web'"))));
        VERIFY_OK(service().addFromYaml(
            webBatch(QStringLiteral("b"), QStringLiteral("location matches 'web01|db01'"))));
        VERIFY_OK(service().start(QStringLiteral("a")));
        auto report = service().start(QStringLiteral("b"));
        VERIFY_OK(report);
        QCOMPARE(report->waiting, 1); // db01; web01 is held by a
        QCOMPARE(entries(QStringLiteral("b")).size(), 1);
        bool sawSkip = false;
        for (const PlannedInstance &p : report->instances)
            sawSkip
                = sawSkip || p.skipped.contains(QStringLiteral("held by the running batch \"a\""));
        QVERIFY(sawSkip);

        // Nothing left to take: the start is refused and b stays as it was.
        VERIFY_OK(service().addFromYaml(
            webBatch(QStringLiteral("c"), QStringLiteral("location matches 'web'"))));
        auto refused = service().start(QStringLiteral("c"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("held by another running batch")));
        QCOMPARE(service().byName(QStringLiteral("c"))->status, batchstatus::Defined);
        QVERIFY(entries(QStringLiteral("c")).isEmpty());

        // Once a is stopped, c may take web01 and web02 (a's entries stay, but a is not running).
        VERIFY_OK(service().stop(QStringLiteral("a")));
        VERIFY_OK(service().start(QStringLiteral("c")));
        QCOMPARE(entries(QStringLiteral("c")).size(), 2);
    }

    void finishedInstancesAreNotQueuedAgain()
    {
        VERIFY_OK(service().addFromYaml(
            webBatch(QStringLiteral("a"), QStringLiteral("location matches 'web01'"))));
        VERIFY_OK(service().start(QStringLiteral("a")));
        QueueEntry e = entryOf(QStringLiteral("a"), QStringLiteral("web01"));
        move(e, QueueStatus::Finished);
        VERIFY_OK(service().stop(QStringLiteral("a")));
        VERIFY_OK(service().addFromYaml(
            webBatch(QStringLiteral("b"), QStringLiteral("location matches 'web0'"))));
        auto report = service().start(QStringLiteral("b"));
        VERIFY_OK(report);
        QCOMPARE(report->waiting, 1);
        QVERIFY(entryOf(QStringLiteral("b"), QStringLiteral("web01")).id == 0);
    }

    void startRefusals()
    {
        VERIFY_OK(service().add(QStringLiteral("stub")));
        auto r = service().start(QStringLiteral("stub"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("selects no instance")));
        QCOMPARE(service().byName(QStringLiteral("stub"))->status, batchstatus::Defined);

        VERIFY_OK(
            service().addFromYaml(QByteArray("name: old\ninclude_expression: \"true\"\n"
                                             "migration_windows:\n  - name: w\n    end: "
                                             "2001-01-01 00:00:00\ndefaults:\n    placement:\n"
                                             "        target: incus01\n")));
        r = service().start(QStringLiteral("old"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("every migration window has ended")));

        // The target's inventory changed after the batch was written: checked again at start.
        VERIFY_OK(service().addFromYaml(webBatch()));
        QJsonObject inv = incusInventory();
        inv.insert(QStringLiteral("storage_pools"),
            QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("other")}}});
        QVERIFY(TargetRepository(m_world.db)
                    .setInventory(m_world.targetId, inv, QDateTime::currentDateTimeUtc())
                    .ok());
        r = service().start(QStringLiteral("wave1"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("no storage pool \"default\"")),
            qPrintable(r.error().message));
        QVERIFY(entries(QStringLiteral("wave1")).isEmpty());
    }

    void stopAndRestartKeepsEntries()
    {
        VERIFY_OK(service().addFromYaml(webBatch()));
        VERIFY_OK(service().start(QStringLiteral("wave1")));
        QCOMPARE(service().stop(QStringLiteral("wave1")).ok(), true);
        QCOMPARE(service().byName(QStringLiteral("wave1"))->status, batchstatus::Stopped);
        QCOMPARE(service().stop(QStringLiteral("wave1")).error().code, Error::Code::Conflict);
        auto again = service().start(QStringLiteral("wave1"));
        VERIFY_OK(again);
        QCOMPARE(again->kept, 3);
        QCOMPARE(again->waiting, 0);
        QCOMPARE(entries(QStringLiteral("wave1")).size(), 3);
    }

    void reset()
    {
        VERIFY_OK(service().addFromYaml(webBatch()));
        VERIFY_OK(service().start(QStringLiteral("wave1")));
        QCOMPARE(service().reset(QStringLiteral("wave1")).error().code, Error::Code::Conflict);
        VERIFY_OK(service().stop(QStringLiteral("wave1")));
        // One entry past the point of no return.
        QueueEntry e = entryOf(QStringLiteral("wave1"), QStringLiteral("web01"));
        move(e, QueueStatus::Final);
        auto refused = service().reset(QStringLiteral("wave1"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("--force")));
        QCOMPARE(entries(QStringLiteral("wave1")).size(), 3);
        auto forced = service().reset(QStringLiteral("wave1"), true);
        VERIFY_OK(forced);
        QCOMPARE(forced->removed, 3);
        auto b = service().byName(QStringLiteral("wave1"));
        QCOMPARE(b->status, batchstatus::Defined);
        QVERIFY(!b->startDate.isValid());
        QVERIFY(entries(QStringLiteral("wave1")).isEmpty());
        // Defined again: everything may change, and it starts again.
        VERIFY_OK(service().update(QStringLiteral("wave1"),
            webBatch(QStringLiteral("wave1"), QStringLiteral("location matches 'db'"))));
        VERIFY_OK(service().start(QStringLiteral("wave1")));
        QCOMPARE(entries(QStringLiteral("wave1")).size(), 1);
    }

    void remove()
    {
        VERIFY_OK(service().addFromYaml(webBatch()));
        VERIFY_OK(service().start(QStringLiteral("wave1")));
        QCOMPARE(service().remove(QStringLiteral("wave1")).error().code, Error::Code::Conflict);
        VERIFY_OK(service().stop(QStringLiteral("wave1")));
        QueueEntry e = entryOf(QStringLiteral("wave1"), QStringLiteral("web01"));
        move(e, QueueStatus::Creating);
        QCOMPARE(service().remove(QStringLiteral("wave1")).error().code, Error::Code::Conflict);
        e = entryOf(QStringLiteral("wave1"), QStringLiteral("web01"));
        move(e, QueueStatus::Failed);
        VERIFY_OK(service().remove(QStringLiteral("wave1")));
        QVERIFY(!service().byName(QStringLiteral("wave1")).ok());
        QVERIFY(QueueRepository(m_world.db).all()->isEmpty());
    }

    // The reference's rules for a batch that has started.
    void editStartedBatch_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("name") << webBatch(QStringLiteral("other")) << 1
                              << QStringLiteral("name of a batch that has started");
        QTest::newRow("expression")
            << webBatch(QStringLiteral("wave1"), QStringLiteral("location matches 'web'")) << 2
            << QStringLiteral("include expression");
        QTest::newRow("target") << QByteArray(
            webBatch().replace("target: incus01", "target: incus02"))
                                << 9 << QStringLiteral("default target");
        QTest::newRow("pool") << webBatch(QStringLiteral("wave1"),
            QStringLiteral("location matches '/web|/db'"), "        storage_pool: fast\n")
                              << 10 << QStringLiteral("default storage pool");
        QTest::newRow("migration network")
            << webBatch(QStringLiteral("wave1"), QStringLiteral("location matches '/web|/db'"),
                   "    migration_network:\n      - network: VM-Network\n")
            << 11 << QStringLiteral("migration network");
        QTest::newRow("assigned window later start")
            << QByteArray(
                   webBatch().replace("start: 2099-12-01 01:00:00", "start: 2099-12-01 02:00:00"))
            << 4 << QStringLiteral("can only become more permissive");
        QTest::newRow("assigned window removed")
            << QByteArray(webBatch().replace("  - name: w1", "  - name: w9")) << 4
            << QStringLiteral("cannot be removed or renamed");
    }

    void editStartedBatch()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(QString, message);
        VERIFY_OK(m_world.addTarget(incusTarget(QStringLiteral("incus02"))));
        VERIFY_OK(service().addFromYaml(webBatch()));
        VERIFY_OK(service().start(QStringLiteral("wave1")));
        // One entry is assigned to window w1.
        auto b = service().byName(QStringLiteral("wave1"));
        QueueEntry e = entryOf(QStringLiteral("wave1"), QStringLiteral("web01"));
        e.windowId = b->windows.first().id;
        QVERIFY(QueueRepository(m_world.db).update(e).ok());
        const QByteArray before = *service().yaml(QStringLiteral("wave1"));

        QVector<YamlIssue> issues;
        auto r = service().update(QStringLiteral("wave1"), yaml, &issues);
        QVERIFY(!r.ok());
        QVERIFY(!issues.isEmpty());
        QVERIFY2(issues.first().message.contains(message), qPrintable(issues.first().toString()));
        QCOMPARE(issues.first().line, line);
        QCOMPARE(*service().yaml(QStringLiteral("wave1")), before);
    }

    void editStartedBatchAllowed()
    {
        VERIFY_OK(service().addFromYaml(webBatch()));
        VERIFY_OK(service().start(QStringLiteral("wave1")));
        auto b = service().byName(QStringLiteral("wave1"));
        QueueEntry e = entryOf(QStringLiteral("wave1"), QStringLiteral("web01"));
        e.windowId = b->windows.first().id;
        QVERIFY(QueueRepository(m_world.db).update(e).ok());
        // Earlier start, later end, another window, a constraint, other retries: all fine.
        QByteArray yaml = webBatch();
        yaml.replace("start: 2099-12-01 01:00:00", "start: 2099-11-30 23:00:00");
        yaml.replace("end: 2099-12-01 05:00:00",
            "end: 2099-12-01 06:00:00\n  - name: w2\n    "
            "start: 2099-12-02 01:00:00");
        yaml += "constraints:\n  - name: c\n    include_expression: \"true\"\n    "
                "max_concurrent_instances: 1\nconfig:\n    post_migration_retries: 2\n";
        auto r = service().update(QStringLiteral("wave1"), yaml);
        VERIFY_OK(r);
        QCOMPARE(r->status, batchstatus::Running);
        QCOMPARE(r->windows.size(), 2);
        // The window kept its id, so the entry still points at it.
        QCOMPARE(r->windows.first().id, e.windowId);
        QCOMPARE(configOf(*r).postMigrationRetries, 2);
    }

    void constraintOfACommittedEntryStays()
    {
        QByteArray yaml = webBatch();
        yaml += "constraints:\n  - name: dbs\n    include_expression: \"name == 'db01'\"\n    "
                "max_concurrent_instances: 1\n  - name: webs\n    include_expression: \"name "
                "matches 'web'\"\n    max_concurrent_instances: 1\n";
        VERIFY_OK(service().addFromYaml(yaml));
        VERIFY_OK(service().start(QStringLiteral("wave1")));
        move(entryOf(QStringLiteral("wave1"), QStringLiteral("db01")), QueueStatus::Idle,
            QStringLiteral("complete"));
        // webs may change (no committed web entry); dbs may not.
        QByteArray websChanged = yaml;
        websChanged.replace("max_concurrent_instances: 1\n  - name: webs",
            "max_concurrent_instances: 1\n  - name: webs2");
        VERIFY_OK(service().update(QStringLiteral("wave1"), websChanged));
        QByteArray dbsChanged = websChanged;
        dbsChanged.replace("name == 'db01'\"\n    max_concurrent_instances: 1",
            "name == 'db01'\"\n    max_concurrent_instances: 3");
        QVector<YamlIssue> issues;
        QVERIFY(!service().update(QStringLiteral("wave1"), dbsChanged, &issues).ok());
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].line, 11);
        QVERIFY(issues[0].message.contains(QStringLiteral("constraint \"dbs\"")));
        QByteArray dbsRemoved = websChanged;
        dbsRemoved.replace("  - name: dbs\n    include_expression: \"name == 'db01'\"\n    "
                           "max_concurrent_instances: 1\n",
            "");
        QVERIFY(!service().update(QStringLiteral("wave1"), dbsRemoved, &issues).ok());
        QVERIFY(issues[0].message.contains(QStringLiteral("cannot change or be removed")));
    }

    void scriptChangePlacesWaitingEntriesAgain()
    {
        VERIFY_OK(service().addFromYaml(webBatch()));
        VERIFY_OK(service().start(QStringLiteral("wave1")));
        QCOMPARE(
            entryOf(QStringLiteral("wave1"), QStringLiteral("web01")).status, QueueStatus::Waiting);
        // A script that sends web01 to a pool the target lacks: web01 becomes Blocked.
        QByteArray yaml = webBatch();
        yaml += "config:\n    placement_scriptlet: |\n        function placement(instance, batch) "
                "{\n"
                "            if (instance.name === \"web01\")\n                "
                "set_pool(instance.disks[0].name, \"nvme\");\n        }\n";
        VERIFY_OK(service().update(QStringLiteral("wave1"), yaml));
        QueueEntry web = entryOf(QStringLiteral("wave1"), QStringLiteral("web01"));
        QCOMPARE(web.status, QueueStatus::Blocked);
        QVERIFY2(web.statusMessage.contains(QStringLiteral("no storage pool nvme")),
            qPrintable(web.statusMessage));
        QCOMPARE(web.placement[QStringLiteral("storage_pools")].toObject().begin()->toString(),
            QStringLiteral("nvme"));
        QCOMPARE(
            entryOf(QStringLiteral("wave1"), QStringLiteral("db01")).status, QueueStatus::Waiting);

        // Once an instance is being created, the script is fixed.
        move(entryOf(QStringLiteral("wave1"), QStringLiteral("db01")), QueueStatus::Creating);
        QVector<YamlIssue> issues;
        QVERIFY(!service().update(QStringLiteral("wave1"), webBatch(), &issues).ok());
        QVERIFY(issues[0].message.contains(QStringLiteral("placement script cannot change")));
        QCOMPARE(issues[0].line, 1); // the document has no config: its start
    }

    void overridesChangeUnblocks()
    {
        VERIFY_OK(service().addFromYaml(
            webBatch(QStringLiteral("wave1"), QStringLiteral("name == 'win01'"))));
        VERIFY_OK(service().start(QStringLiteral("wave1")));
        QCOMPARE(
            entryOf(QStringLiteral("wave1"), QStringLiteral("win01")).status, QueueStatus::Blocked);
        VERIFY_OK(service().update(QStringLiteral("wave1"),
            webBatch(QStringLiteral("wave1"), QStringLiteral("name == 'win01'"),
                "config:\n    instance_restriction_overrides:\n        allow_no_background_import: "
                "true\n")));
        QCOMPARE(
            entryOf(QStringLiteral("wave1"), QStringLiteral("win01")).status, QueueStatus::Waiting);
    }

    void plan()
    {
        VERIFY_OK(service().addFromYaml(
            webBatch(QStringLiteral("wave1"), QStringLiteral("location matches 'web01|win01'"))));
        auto plans = service().plan(QStringLiteral("wave1"));
        VERIFY_OK(plans);
        QCOMPARE(plans->size(), 2);
        for (const PlannedInstance &p : *plans) {
            QCOMPARE(p.placement.target, QStringLiteral("incus01"));
            QCOMPARE(hasCritical(p.findings), p.instance.name == QLatin1String("win01"));
        }
        // A dry run: nothing queued.
        QVERIFY(entries(QStringLiteral("wave1")).isEmpty());
        QCOMPARE(service().byName(QStringLiteral("wave1"))->status, batchstatus::Defined);
    }
};

QTEST_GUILESS_MAIN(TestBatchService)
#include "test_batchservice.moc"
