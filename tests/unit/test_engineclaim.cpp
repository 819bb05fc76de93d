// Claiming queue entries against the batch's windows and constraints and the source's and
// target's limits, counted across every engine in the claim's transaction (engine/claim.h).
// Engines here are engine ids on connections of their own; the racing tests run claimers on
// threads with a database each, as engines in separate processes do. SQLite (unit.engineclaim)
// and PostgreSQL (pg.engineclaim).
#include "common/testdatabase.h"
#include "engine/claim.h"
#include "engine/engine.h"
#include "engine/enginereach.h"
#include "secrets/credentialstore.h"
#include "store/batchrepository.h"
#include "store/database.h"
#include "store/enginerepository.h"
#include "store/instancerepository.h"
#include "store/queuerepository.h"
#include "store/sourcerepository.h"
#include "store/targetrepository.h"

#include <QAtomicInt>
#include <QProcess>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <thread>
#include <vector>

using namespace ferry;
using namespace ferry::engine;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

class TestEngineClaim final : public QObject
{
    Q_OBJECT

private:
    struct Setup
    {
        int windowCapacity = 0; // -1: no window
        int maxConcurrent = 0; // the constraint's; 0: no constraint
        int importLimit = 50;
        int createLimit = 10;
        int entries = 6;
        QString batchStatus = batchstatus::Running;
    };

    // A running batch of `entries` instances of one source for one target.
    void make(const Setup &s)
    {
        Source src;
        src.name = QStringLiteral("vc01");
        src.endpoint = QStringLiteral("https://vc01.example/sdk");
        src.importLimit = s.importLimit;
        auto source = SourceRepository(m_db).insert(src);
        VERIFY_OK(source);
        Target tgt;
        tgt.name = QStringLiteral("incus01");
        tgt.endpoint = QStringLiteral("https://incus01.example:8443");
        tgt.createLimit = s.createLimit;
        VERIFY_OK(TargetRepository(m_db).insert(tgt));
        Batch b;
        b.name = QStringLiteral("wave");
        if (s.windowCapacity >= 0) {
            MigrationWindow w;
            w.name = QStringLiteral("now");
            w.start = QDateTime::currentDateTimeUtc().addSecs(-3600);
            w.end = QDateTime::currentDateTimeUtc().addSecs(3600);
            w.capacity = s.windowCapacity;
            b.windows = {w};
        }
        if (s.maxConcurrent > 0) {
            Constraint c;
            c.name = QStringLiteral("all");
            c.includeExpression = QStringLiteral("true");
            c.maxConcurrentInstances = s.maxConcurrent;
            b.constraints = {c};
        }
        BatchRepository batches(m_db);
        auto batch = batches.insert(b);
        VERIFY_OK(batch);
        m_batch = *batch;
        VERIFY_OK(batches.updateStatus(m_batch, s.batchStatus, QString()));
        const Batch stored = *batches.byId(m_batch);
        m_window = stored.windows.isEmpty() ? 0 : stored.windows.at(0).id;
        m_entries.clear();
        for (int i = 0; i < s.entries; ++i) {
            Instance in;
            in.sourceId = *source;
            in.sourceSpecificId = QStringLiteral("vm-%1").arg(i);
            in.name = QStringLiteral("vm%1").arg(i);
            auto vm = InstanceRepository(m_db).save(in);
            VERIFY_OK(vm);
            QueueEntry e;
            e.batchId = m_batch;
            e.instanceId = *vm;
            e.placement = QJsonObject {{QStringLiteral("target_name"), QStringLiteral("incus01")}};
            auto id = QueueRepository(m_db).insert(e);
            VERIFY_OK(id);
            m_entries << *id;
        }
        for (int i = 0; i < 8; ++i) {
            EngineRecord r;
            r.id = QStringLiteral("e%1").arg(i);
            r.host = QStringLiteral("h");
            r.pid = 1;
            VERIFY_OK(EngineRepository(m_db).registerEngine(r));
        }
    }

    // Claims every entry in turn, alternating between two engines (e<first> and e<first + 1>);
    // the number claimed.
    int claimAll(int first = 0)
    {
        int n = 0;
        for (int i = 0; i < m_entries.size(); ++i) {
            auto r
                = claimEntry(m_db, m_entries[i], QStringLiteral("e%1").arg(first + i % 2), 60000);
            if (!r)
                qWarning() << r.error().toString();
            if (r && *r)
                ++n;
        }
        return n;
    }

    // Every entry claimed at once by its own engine on its own database; the number claimed.
    int race()
    {
        const DatabaseUrl url = m_db->url();
        QAtomicInt won = 0;
        QAtomicInt failed = 0;
        QSemaphore ready;
        QSemaphore go;
        std::vector<std::thread> pool;
        const int n = int(m_entries.size());
        for (int t = 0; t < n; ++t)
            pool.emplace_back([&, t] {
                auto db = Database::open(url);
                ready.release();
                go.acquire();
                if (!db) {
                    failed.fetchAndAddOrdered(1);
                    return;
                }
                auto r = claimEntry(*db, m_entries[t], QStringLiteral("e%1").arg(t), 60000);
                if (!r)
                    failed.fetchAndAddOrdered(1);
                else if (*r)
                    won.fetchAndAddOrdered(1);
            });
        ready.acquire(n);
        go.release(n);
        for (std::thread &t : pool)
            t.join();
        return failed.loadAcquire() ? -1 : won.loadAcquire();
    }

    // A second target, incus02, for the entries at these indexes.
    void retarget(const QVector<int> &indexes)
    {
        Target tgt;
        tgt.name = QStringLiteral("incus02");
        tgt.endpoint = QStringLiteral("https://incus02.example:8443");
        VERIFY_OK(TargetRepository(m_db).insert(tgt));
        for (int i : indexes) {
            QueueEntry e = *QueueRepository(m_db).byId(m_entries[i]);
            e.placement = QJsonObject {{QStringLiteral("target_name"), QStringLiteral("incus02")}};
            VERIFY_OK(QueueRepository(m_db).update(e));
        }
    }

    void unregisterAll()
    {
        for (int i = 0; i < 8; ++i)
            VERIFY_OK(EngineRepository(m_db).unregisterEngine(QStringLiteral("e%1").arg(i)));
    }

    // The waiting reason of every entry that has one, by entry index ('' none).
    QStringList reasons()
    {
        auto all = QueueRepository(m_db).all();
        if (!all)
            return {QStringLiteral("error: %1").arg(all.error().toString())};
        auto r = waitingReasons(m_db, *all);
        if (!r)
            return {QStringLiteral("error: %1").arg(r.error().toString())};
        QStringList out;
        for (qint64 id : std::as_const(m_entries))
            out << r->value(id);
        return out;
    }

    QString restrictionsOf(const QString &engineId)
    {
        auto listed = EngineRepository(m_db).list();
        if (listed)
            for (const EngineRecord &r : *listed)
                if (r.id == engineId)
                    return r.restrictions;
        return QStringLiteral("(not listed)");
    }

    int leased()
    {
        int n = 0;
        const auto entries = QueueRepository(m_db).byBatch(m_batch);
        if (!entries)
            return -1;
        for (const QueueEntry &e : *entries)
            n += e.engineId.isEmpty() ? 0 : 1;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        FERRY_OPEN_TEST_DATABASE(
            m_testDb, m_dir->filePath(QStringLiteral("data dir/ferry.db")), m_db);
    }

    void cleanup()
    {
        m_db.reset();
        m_testDb.drop();
        m_dir.reset();
    }

    void noLimitsClaimsAll()
    {
        make({-1, 0, 50, 10, 6});
        QCOMPARE(claimAll(), 6);
        QCOMPARE(leased(), 6);
    }

    void batchNotRunning()
    {
        make({-1, 0, 50, 10, 2, batchstatus::Defined});
        QCOMPARE(claimAll(), 0);
    }

    void retryTimeNotCome()
    {
        make({-1, 0, 50, 10, 1});
        QueueEntry e = *QueueRepository(m_db).byId(m_entries[0]);
        e.nextAttemptAt = QDateTime::currentDateTimeUtc().addSecs(600);
        VERIFY_OK(QueueRepository(m_db).update(e));
        QCOMPARE(claimAll(), 0);
    }

    // The window's capacity counts every entry assigned to it, whichever engine claimed it.
    void windowCapacityAcrossEngines()
    {
        make({2, 0, 50, 10, 5});
        QCOMPARE(claimAll(), 2);
        int inWindow = 0;
        const auto entries = QueueRepository(m_db).byBatch(m_batch);
        VERIFY_OK(entries);
        for (const QueueEntry &e : *entries)
            inWindow += e.windowId == m_window ? 1 : 0;
        QCOMPARE(inWindow, 2);
        // The two finish and give their leases up: the assignments stay and still fill the
        // window.
        for (const QueueEntry &e : *entries)
            if (!e.engineId.isEmpty()) {
                VERIFY_OK(QueueRepository(m_db).updateStatus(
                    e.id, QueueStatus::Waiting, QueueStatus::Finished, QString()));
                VERIFY_OK(EngineRepository(m_db).release(e.id, e.engineId));
            }
        QCOMPARE(leased(), 0);
        QCOMPARE(claimAll(2), 0);
    }

    void constraintAcrossEngines()
    {
        make({-1, 2, 50, 10, 5});
        QCOMPARE(claimAll(), 2);
        // One finishes (lease released): one more may run.
        const QueueEntry first = QueueRepository(m_db).byBatch(m_batch)->first();
        QVERIFY(!first.engineId.isEmpty());
        VERIFY_OK(QueueRepository(m_db).updateStatus(
            first.id, QueueStatus::Waiting, QueueStatus::Finished, QString()));
        VERIFY_OK(EngineRepository(m_db).release(first.id, first.engineId));
        QCOMPARE(claimAll(2), 1);
        QCOMPARE(leased(), 2);
    }

    void sourceImportLimitAcrossEngines()
    {
        make({-1, 0, 3, 10, 5});
        QCOMPARE(claimAll(), 3);
    }

    void targetCreateLimitAcrossEngines()
    {
        make({-1, 0, 50, 1, 4});
        QCOMPARE(claimAll(), 1);
    }

    // Six engines at once for a window with room for one: one gets it.
    void racingForWindowOfOne()
    {
        make({1, 0, 50, 10, 6});
        QCOMPARE(race(), 1);
        QCOMPARE(leased(), 1);
    }

    void racingForConstraintOfTwo()
    {
        make({-1, 2, 50, 10, 6});
        QCOMPARE(race(), 2);
        QCOMPARE(leased(), 2);
    }

    void racingForTargetLimitOfOne()
    {
        make({-1, 0, 50, 1, 6});
        QCOMPARE(race(), 1);
        QCOMPARE(leased(), 1);
    }

    // engine run --only-target incus01: the claim itself refuses entries for incus02, whatever
    // the engine's tick would try.
    void restrictedEngineClaimsOnlyItsTarget()
    {
        make({-1, 0, 50, 10, 6});
        retarget({1, 3, 5});
        EngineRestrictions only;
        only.targets = QStringList {QStringLiteral("incus01")};
        int n = 0;
        for (qint64 id : std::as_const(m_entries)) {
            auto r = claimEntry(m_db, id, QStringLiteral("e0"), 60000, &only);
            VERIFY_OK(r);
            n += *r ? 1 : 0;
        }
        QCOMPARE(n, 3);
        for (int i = 0; i < m_entries.size(); ++i)
            QCOMPARE(QueueRepository(m_db).byId(m_entries[i])->engineId,
                i % 2 == 0 ? QStringLiteral("e0") : QString());
        // An engine for incus02 takes the rest.
        EngineRestrictions other;
        other.targets = QStringList {QStringLiteral("incus02")};
        n = 0;
        for (qint64 id : std::as_const(m_entries)) {
            auto r = claimEntry(m_db, id, QStringLiteral("e1"), 60000, &other);
            VERIFY_OK(r);
            n += *r ? 1 : 0;
        }
        QCOMPARE(n, 3);
        QCOMPARE(leased(), 6);
    }

    void restrictedEngineClaimsOnlyItsSource()
    {
        make({-1, 0, 50, 10, 3});
        EngineRestrictions only;
        only.sources = QStringList {QStringLiteral("vc02")};
        for (qint64 id : std::as_const(m_entries)) {
            auto r = claimEntry(m_db, id, QStringLiteral("e0"), 60000, &only);
            VERIFY_OK(r);
            QVERIFY(!*r);
        }
        only.sources = QStringList {QStringLiteral("vc01")};
        only.targets = QStringList {QStringLiteral("incus01")};
        for (qint64 id : std::as_const(m_entries)) {
            auto r = claimEntry(m_db, id, QStringLiteral("e0"), 60000, &only);
            VERIFY_OK(r);
            QVERIFY(*r);
        }
    }

    // engine run --only-member node1 (issue 15, a site's engine near its cluster members): it
    // claims only entries placed on node1 (target_member); entries on node2 and those without a
    // member (a target that is not clustered, or any member) are left to the other engines.
    void memberRestrictedEngineClaimsOnlyItsMember()
    {
        make({-1, 0, 50, 10, 6});
        const QStringList placedOn {QStringLiteral("node1"), QStringLiteral("node2"), QString(),
            QStringLiteral("node1"), QStringLiteral("node2"), QString()};
        for (int i = 0; i < m_entries.size(); ++i) {
            QueueEntry e = *QueueRepository(m_db).byId(m_entries[i]);
            if (!placedOn[i].isEmpty())
                e.placement.insert(QStringLiteral("target_member"), placedOn[i]);
            VERIFY_OK(QueueRepository(m_db).update(e));
        }
        EngineRestrictions node1;
        node1.members = QStringList {QStringLiteral("node1")};
        QVERIFY(node1.isRestricted());
        QCOMPARE(EngineRestrictions::fromJson(node1.toJson()), node1);
        for (qint64 id : std::as_const(m_entries)) {
            auto r = claimEntry(m_db, id, QStringLiteral("e0"), 60000, &node1);
            VERIFY_OK(r);
        }
        for (int i = 0; i < m_entries.size(); ++i)
            QCOMPARE(QueueRepository(m_db).byId(m_entries[i])->engineId,
                placedOn[i] == QLatin1String("node1") ? QStringLiteral("e0") : QString());
        // One for node2 and one without restrictions take the rest.
        EngineRestrictions node2;
        node2.members = QStringList {QStringLiteral("node2")};
        for (qint64 id : std::as_const(m_entries))
            VERIFY_OK(claimEntry(m_db, id, QStringLiteral("e1"), 60000, &node2));
        QCOMPARE(leased(), 4);
        EngineRestrictions any;
        for (qint64 id : std::as_const(m_entries))
            VERIFY_OK(claimEntry(m_db, id, QStringLiteral("e2"), 60000, &any));
        QCOMPARE(leased(), 6);
        for (int i = 0; i < m_entries.size(); ++i)
            if (placedOn[i].isEmpty())
                QCOMPARE(QueueRepository(m_db).byId(m_entries[i])->engineId, QStringLiteral("e2"));
    }

    // Why an entry waits when only member-restricted engines run.
    void waitingReasonForAMember()
    {
        EngineRestrictions node1;
        node1.members = QStringList {QStringLiteral("node1")};
        const QVector<EngineRestrictions> live {node1};
        QCOMPARE(waitingReason(QStringLiteral("vc01"), QStringLiteral("incus01"), live,
                     QStringLiteral("node1")),
            QString());
        QCOMPARE(waitingReason(QStringLiteral("vc01"), QStringLiteral("incus01"), live,
                     QStringLiteral("node2")),
            QStringLiteral(
                "No running engine may take cluster member node2 (restricted with --only-member)"));
        QVERIFY(waitingReason(QStringLiteral("vc01"), QStringLiteral("incus01"), live)
                    .contains(QStringLiteral("without a cluster member")));
        QCOMPARE(node1.describe(), QStringLiteral("cluster members: node1"));
    }

    // The waiting reason from the engines table: the rule of engine::waitingReason over the
    // engines that run, for entries that could start now.
    void waitingReasonFromTheEnginesTable()
    {
        make({-1, 0, 50, 10, 2});
        retarget({1});
        const QStringList none {QString(), QString()};
        QCOMPARE(reasons(), none); // eight engines without restrictions: a place is all they need
        unregisterAll();
        QCOMPARE(reasons(), QStringList(2, QStringLiteral("No engine is running")));
        EngineRepository engines(m_db);
        EngineRecord only02;
        only02.id = QStringLiteral("only02");
        only02.host = QStringLiteral("h");
        only02.restrictions = QStringLiteral("{\"targets\":[\"incus02\"]}");
        VERIFY_OK(engines.registerEngine(only02));
        QCOMPARE(reasons(),
            QStringList(
                {QStringLiteral("No running engine may take target incus01 (restricted with "
                                "--only-target)"),
                    QString()}));
        EngineRecord nokey;
        nokey.id = QStringLiteral("nokey");
        nokey.host = QStringLiteral("h");
        nokey.restrictions = QStringLiteral("{\"lacks\":{\"sources\":[\"vc01\"]}}");
        VERIFY_OK(engines.registerEngine(nokey));
        QCOMPARE(reasons(),
            QStringList({QStringLiteral("No engine has credentials for source vc01"), QString()}));
        // It found the password since.
        VERIFY_OK(engines.updateRestrictions(
            nokey.id, QStringLiteral("{\"serves\":{\"sources\":[\"vc01\"]}}")));
        QCOMPARE(reasons(), none);
        QCOMPARE(engines.updateRestrictions(QStringLiteral("gone"), QString()).error().code,
            Error::Code::NotFound);
        // Entries that could not start anyway have no reason: a batch that does not run, an
        // entry another engine holds.
        VERIFY_OK(engines.unregisterEngine(nokey.id));
        auto any = [](const ClaimView &) {
            return std::optional<qint64>(0);
        };
        VERIFY_OK(engines.claim(m_entries[0], only02.id, 60000, any));
        QCOMPARE(reasons(), none);
        VERIFY_OK(engines.release(m_entries[0], only02.id));
        VERIFY_OK(BatchRepository(m_db).updateStatus(m_batch, batchstatus::Stopped, QString()));
        QCOMPARE(reasons(), none);
    }

    // An engine whose credential store lacks the source's password claims nothing (it asks the
    // store once, not every tick), says so in its engines row, and the entries wait for "No
    // engine has credentials for source vc01".
    void engineWithoutTheSourcePasswordNeverClaims()
    {
        make({-1, 0, 50, 10, 3});
        unregisterAll();
        int asked = 0;
        EngineOptions o;
        o.db = m_db;
        o.readSecret = [&asked](const QString &) -> Status {
            ++asked;
            return Error(Error::Code::NotFound, QStringLiteral("no such entry"));
        };
        o.tickMs = 20;
        o.heartbeatMs = 100;
        Engine engine(o);
        VERIFY_OK(engine.start());
        QTRY_COMPARE_WITH_TIMEOUT(
            EngineRestrictions::fromJson(restrictionsOf(engine.engineId())).lacksSources,
            QStringList {QStringLiteral("vc01")}, 5000);
        QTest::qWait(300); // about 15 ticks
        QCOMPARE(leased(), 0);
        for (qint64 id : std::as_const(m_entries))
            QCOMPARE(QueueRepository(m_db).byId(id)->status, QueueStatus::Waiting);
        QCOMPARE(asked, 1); // the source's password, once: the target has no client key
        QVERIFY(engine.isIdle()); // nothing it could take: ferryctl engine run would end
        QCOMPARE(
            reasons(), QStringList(3, QStringLiteral("No engine has credentials for source vc01")));
        engine.stop();
    }

    // engine run --only-target incus02 with every secret at hand: the entries for incus01 stay.
    void engineRestrictedToAnotherTargetNeverClaims()
    {
        make({-1, 0, 50, 10, 2});
        retarget({});
        unregisterAll();
        EngineOptions o;
        o.db = m_db;
        o.readSecret = [](const QString &) {
            return Status();
        };
        o.onlyTargets = QStringList {QStringLiteral("incus02")};
        o.tickMs = 20;
        Engine engine(o);
        VERIFY_OK(engine.start());
        QCOMPARE(EngineRestrictions::fromJson(restrictionsOf(engine.engineId())).targets,
            QStringList {QStringLiteral("incus02")});
        QTest::qWait(300);
        QCOMPARE(leased(), 0);
        QVERIFY(engine.isIdle());
        QCOMPARE(reasons(),
            QStringList(2,
                QStringLiteral("No running engine may take target incus01 (restricted with "
                               "--only-target)")));
        engine.stop();
    }

    // The engine takes over what a dead engine left: at start at once from a process of this
    // host that is gone (kill -9), and on its heartbeat from an engine elsewhere whose lease ran
    // out; an entry a live engine holds stays. (The batch is not running, so nothing starts.)
    void engineTakesOverDeadEnginesEntries()
    {
        make({-1, 0, 50, 10, 3, batchstatus::Defined});
        EngineRepository engines(m_db);
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForStarted());
        const qint64 gonePid = gone.processId();
        QVERIFY(gone.waitForFinished());
        EngineRecord killed;
        killed.id = QStringLiteral("killed");
        killed.host = EngineRepository::currentHost();
        killed.pid = gonePid;
        VERIFY_OK(engines.registerEngine(killed));
        EngineRecord elsewhere;
        elsewhere.id = QStringLiteral("elsewhere");
        elsewhere.host = QStringLiteral("engine-host-2.invalid");
        elsewhere.pid = 1;
        VERIFY_OK(engines.registerEngine(elsewhere));
        auto any = [](const ClaimView &) {
            return std::optional<qint64>(0);
        };
        QueueRepository queue(m_db);
        VERIFY_OK(engines.claim(m_entries[0], killed.id, 600000, any));
        VERIFY_OK(engines.claim(m_entries[1], elsewhere.id, 1500, any));
        VERIFY_OK(engines.claim(m_entries[2], QStringLiteral("e7"), 600000, any));
        for (qint64 id : std::as_const(m_entries))
            VERIFY_OK(
                queue.updateStatus(id, QueueStatus::Waiting, QueueStatus::Background, QString()));

        EngineOptions o;
        o.db = m_db;
        o.secrets = std::make_shared<CredentialStore>();
        o.tickMs = 50;
        o.heartbeatMs = 100;
        o.leaseMs = 60000; // its own; "elsewhere" is judged by its entry's lease, 1.5 s
        Engine engine(o);
        VERIFY_OK(engine.start());
        QVERIFY(!engine.engineId().isEmpty());
        // The killed process: at once.
        QCOMPARE(queue.byId(m_entries[0])->status, QueueStatus::Waiting);
        QVERIFY(queue.byId(m_entries[0])->statusMessage.startsWith(QStringLiteral("Resuming")));
        QCOMPARE(queue.byId(m_entries[1])->status, QueueStatus::Background);
        // The other host's engine: when its lease has run out.
        QTRY_COMPARE_WITH_TIMEOUT(queue.byId(m_entries[1])->status, QueueStatus::Waiting, 10000);
        QVERIFY(queue.byId(m_entries[1])->engineId.isEmpty());
        // e7's lease runs: untouched.
        QCOMPARE(queue.byId(m_entries[2])->status, QueueStatus::Background);
        QCOMPARE(queue.byId(m_entries[2])->engineId, QStringLiteral("e7"));
        // The engine is listed while it runs, and gone after a clean stop.
        auto listed = engines.list();
        VERIFY_OK(listed);
        QVERIFY(std::any_of(listed->begin(), listed->end(),
            [&](const EngineRecord &r) { return r.id == engine.engineId(); }));
        QVERIFY(std::none_of(listed->begin(), listed->end(),
            [&](const EngineRecord &r) { return r.id == killed.id; }));
        const QString id = engine.engineId();
        engine.stop();
        listed = engines.list();
        VERIFY_OK(listed);
        QVERIFY(std::none_of(
            listed->begin(), listed->end(), [&](const EngineRecord &r) { return r.id == id; }));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ferry::test::TestDatabase m_testDb;
    std::shared_ptr<Database> m_db;
    qint64 m_batch = 0;
    qint64 m_window = 0;
    QVector<qint64> m_entries;
};

QTEST_GUILESS_MAIN(TestEngineClaim)
#include "test_engineclaim.moc"
