// The engines sharing one database and their leases (store/enginerepository.h): register, claim,
// renew, expire, take over, release; and claimers racing on their own connections, as engines in
// separate processes do. Runs on SQLite (unit.enginerepository) and PostgreSQL (pg.*).
#include "common/testdatabase.h"
#include "store/batchrepository.h"
#include "store/database.h"
#include "store/enginerepository.h"
#include "store/instancerepository.h"
#include "store/queuerepository.h"
#include "store/sourcerepository.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QProcess>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <memory>
#include <thread>
#include <vector>

using namespace ferry;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

namespace {

EngineRecord engine(const QString &id, qint64 pid = 0)
{
    EngineRecord e;
    e.id = id;
    e.host = EngineRepository::currentHost();
    e.pid = pid ? pid : EngineRepository::currentPid();
    e.version = QStringLiteral("test");
    return e;
}

// Claims anything, in no window.
std::optional<qint64> anyway(const ClaimView &)
{
    return qint64(0);
}

} // namespace

class TestEngineRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        FERRY_OPEN_TEST_DATABASE(
            m_testDb, m_dir->filePath(QStringLiteral("data dir/ferry.db")), m_db);

        Source s;
        s.name = QStringLiteral("vc01");
        s.endpoint = QStringLiteral("https://vc01.example/sdk");
        auto source = SourceRepository(m_db).insert(s);
        VERIFY_OK(source);
        m_source = *source;
        Batch b;
        b.name = QStringLiteral("wave");
        MigrationWindow w;
        w.name = QStringLiteral("night");
        w.capacity = 1;
        b.windows = {w};
        BatchRepository batches(m_db);
        auto batch = batches.insert(b);
        VERIFY_OK(batch);
        m_batch = *batch;
        m_window = batches.byId(m_batch)->windows.at(0).id;
        m_entries.clear();
        for (int i = 0; i < 6; ++i) {
            Instance in;
            in.sourceId = m_source;
            in.sourceSpecificId = QStringLiteral("vm-%1").arg(i);
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
    }

    void cleanup()
    {
        m_db.reset();
        m_testDb.drop();
        m_dir.reset();
    }

    void registerListUnregister()
    {
        EngineRepository engines(m_db);
        auto none = engines.list();
        VERIFY_OK(none);
        QVERIFY(none->isEmpty());
        EngineRecord a = engine(QStringLiteral("a"));
        a.restrictions = QStringLiteral("only-target=incus01");
        VERIFY_OK(engines.registerEngine(a));
        QCOMPARE(engines.registerEngine(a).error().code, Error::Code::AlreadyExists);
        VERIFY_OK(engines.claim(m_entries[0], QStringLiteral("a"), 60000, anyway));
        auto list = engines.list();
        VERIFY_OK(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->at(0).id, QStringLiteral("a"));
        QCOMPARE(list->at(0).host, EngineRepository::currentHost());
        QCOMPARE(list->at(0).pid, EngineRepository::currentPid());
        QCOMPARE(list->at(0).version, QStringLiteral("test"));
        QCOMPARE(list->at(0).restrictions, QStringLiteral("only-target=incus01"));
        QCOMPARE(list->at(0).heldEntries, 1);
        QVERIFY(list->at(0).heartbeatAt.isValid());

        // A clean stop: the row goes and the lease with it.
        VERIFY_OK(engines.unregisterEngine(QStringLiteral("a")));
        QVERIFY(engines.list()->isEmpty());
        auto e = QueueRepository(m_db).byId(m_entries[0]);
        VERIFY_OK(e);
        QVERIFY(e->engineId.isEmpty());
        QVERIFY(!e->leaseUntil.isValid());
    }

    void claimSetsLeaseAndWindow()
    {
        EngineRepository engines(m_db);
        VERIFY_OK(engines.registerEngine(engine(QStringLiteral("a"))));
        VERIFY_OK(engines.registerEngine(engine(QStringLiteral("b"))));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        auto claimed = engines.claim(m_entries[0], QStringLiteral("a"), 60000,
            [&](const ClaimView &v) -> std::optional<qint64> {
                if (v.entry.id != m_entries[0] || !v.held.isEmpty()
                    || !v.assignedPerWindow.isEmpty())
                    return std::nullopt;
                return m_window;
            });
        VERIFY_OK(claimed);
        QVERIFY(*claimed);
        QCOMPARE((*claimed)->engineId, QStringLiteral("a"));
        auto stored = QueueRepository(m_db).byId(m_entries[0]);
        VERIFY_OK(stored);
        QCOMPARE(stored->engineId, QStringLiteral("a"));
        QCOMPARE(stored->windowId, m_window);
        QVERIFY(stored->leaseUntil >= before.addMSecs(59000));
        QVERIFY(stored->leaseUntil <= QDateTime::currentDateTimeUtc().addMSecs(60000));

        // Held: nobody else gets it, and the next claim sees it counted.
        auto again = engines.claim(m_entries[0], QStringLiteral("b"), 60000, anyway);
        VERIFY_OK(again);
        QVERIFY(!*again);
        ClaimView seen;
        auto other = engines.claim(m_entries[1], QStringLiteral("b"), 60000,
            [&](const ClaimView &v) -> std::optional<qint64> {
                seen = v;
                return std::nullopt; // and nothing is written
            });
        VERIFY_OK(other);
        QVERIFY(!*other);
        QCOMPARE(seen.held.size(), 1);
        QCOMPARE(seen.held.at(0).entryId, m_entries[0]);
        QCOMPARE(seen.held.at(0).engineId, QStringLiteral("a"));
        QCOMPARE(seen.held.at(0).sourceId, m_source);
        QCOMPARE(seen.held.at(0).targetName, QStringLiteral("incus01"));
        QCOMPARE(seen.assignedPerWindow.value(m_window), 1);
        QVERIFY(QueueRepository(m_db).byId(m_entries[1])->engineId.isEmpty());

        // Released: claimable again.
        VERIFY_OK(engines.release(m_entries[0], QStringLiteral("b"))); // not b's: no change
        QCOMPARE(QueueRepository(m_db).byId(m_entries[0])->engineId, QStringLiteral("a"));
        VERIFY_OK(engines.release(m_entries[0], QStringLiteral("a")));
        auto third = engines.claim(m_entries[0], QStringLiteral("b"), 60000, anyway);
        VERIFY_OK(third);
        QVERIFY(*third);
    }

    // Fencing: a job's writes to its entry go through only while its engine holds the entry; a
    // lease that ended (or passed on) makes them Conflict "lease-lost", and holds() says no.
    void fencedWritesNeedTheLease()
    {
        EngineRepository engines(m_db);
        VERIFY_OK(engines.registerEngine(engine(QStringLiteral("a"))));
        VERIFY_OK(engines.registerEngine(engine(QStringLiteral("b"))));
        VERIFY_OK(engines.claim(m_entries[0], QStringLiteral("a"), 60000, anyway));
        QCOMPARE(engines.holds(m_entries[0], QStringLiteral("a")).value(), true);
        QCOMPARE(engines.holds(m_entries[0], QStringLiteral("b")).value(), false);
        QCOMPARE(engines.holds(m_entries[1], QStringLiteral("a")).value(), false);

        QueueRepository asA(m_db);
        asA.setFence(QStringLiteral("a"));
        QueueRepository asB(m_db);
        asB.setFence(QStringLiteral("b"));
        VERIFY_OK(asA.updateStatus(
            m_entries[0], QueueStatus::Waiting, QueueStatus::Creating, QStringLiteral("a runs")));
        auto refused = asB.updateStatus(
            m_entries[0], QueueStatus::Creating, QueueStatus::Final, QStringLiteral("b"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QVERIFY(refused.error().details.startsWith(QStringLiteral("lease-lost holder=a")));
        auto entry = QueueRepository(m_db).byId(m_entries[0]);
        VERIFY_OK(entry);
        entry->importStage = QStringLiteral("copy");
        VERIFY_OK(asA.update(*entry));
        entry->importStage = QStringLiteral("by-b");
        QCOMPARE(asB.update(*entry).error().code, Error::Code::Conflict);
        QCOMPARE(QueueRepository(m_db).byId(m_entries[0])->importStage, QStringLiteral("copy"));
        // A status conflict is still told as one when the fence holds.
        auto wrongFrom = asA.updateStatus(
            m_entries[0], QueueStatus::Waiting, QueueStatus::Creating, QString());
        QVERIFY(wrongFrom.error().details.startsWith(QStringLiteral("expected=")));

        // The lease ends (another engine recovers the entry): a's writes stop.
        VERIFY_OK(engines.release(m_entries[0], QStringLiteral("a")));
        QCOMPARE(engines.holds(m_entries[0], QStringLiteral("a")).value(), false);
        auto late = asA.updateStatus(
            m_entries[0], QueueStatus::Creating, QueueStatus::Final, QStringLiteral("late"));
        QVERIFY(late.error().details.startsWith(QStringLiteral("lease-lost holder=none")));
        QCOMPARE(QueueRepository(m_db).byId(m_entries[0])->status, QueueStatus::Creating);

        // A lease past its time but not yet taken: holds() says no (no step that cannot be
        // undone starts), while writes still land, as nobody else has the entry.
        VERIFY_OK(engines.claim(m_entries[1], QStringLiteral("a"), 1, anyway));
        QTest::qWait(20);
        QCOMPARE(engines.holds(m_entries[1], QStringLiteral("a")).value(), false);
        VERIFY_OK(
            asA.updateStatus(m_entries[1], QueueStatus::Waiting, QueueStatus::Creating, QString()));
        // Unfenced repositories (the GUI, ferryctl) write as before.
        VERIFY_OK(QueueRepository(m_db).updateStatus(
            m_entries[1], QueueStatus::Creating, QueueStatus::Canceled, QString()));
    }

    void onlyWaitingEntriesAreClaimed()
    {
        EngineRepository engines(m_db);
        VERIFY_OK(engines.registerEngine(engine(QStringLiteral("a"))));
        VERIFY_OK(QueueRepository(m_db).updateStatus(
            m_entries[0], QueueStatus::Waiting, QueueStatus::Canceled, QString()));
        auto claimed = engines.claim(m_entries[0], QStringLiteral("a"), 60000, anyway);
        VERIFY_OK(claimed);
        QVERIFY(!*claimed);
    }

    void heartbeatRenewsLeases()
    {
        EngineRepository engines(m_db);
        VERIFY_OK(engines.registerEngine(engine(QStringLiteral("a"))));
        VERIFY_OK(engines.claim(m_entries[0], QStringLiteral("a"), 1000, anyway));
        VERIFY_OK(engines.claim(m_entries[2], QStringLiteral("a"), 1000, anyway));
        const QDateTime firstBeat = engines.list()->at(0).heartbeatAt;
        QThread::msleep(20);
        auto held = engines.heartbeat(QStringLiteral("a"), 120000);
        VERIFY_OK(held);
        QCOMPARE(*held, (QVector<qint64> {m_entries[0], m_entries[2]}));
        QVERIFY(engines.list()->at(0).heartbeatAt > firstBeat);
        for (qint64 id : {m_entries[0], m_entries[2]})
            QVERIFY(QueueRepository(m_db).byId(id)->leaseUntil
                > QDateTime::currentDateTimeUtc().addSecs(100));
        QCOMPARE(
            engines.heartbeat(QStringLiteral("nobody"), 1000).error().code, Error::Code::NotFound);
    }

    void expiredLeaseIsTakenOver()
    {
        EngineRepository engines(m_db);
        VERIFY_OK(engines.registerEngine(engine(QStringLiteral("dead"))));
        VERIFY_OK(engines.registerEngine(engine(QStringLiteral("alive"))));
        // "dead" claims two entries and starts them; "alive" one, with a long lease.
        VERIFY_OK(engines.claim(m_entries[0], QStringLiteral("dead"), 50, anyway));
        VERIFY_OK(engines.claim(m_entries[1], QStringLiteral("dead"), 50, anyway));
        VERIFY_OK(engines.claim(m_entries[2], QStringLiteral("alive"), 60000, anyway));
        QueueRepository queue(m_db);
        for (int i : {0, 2})
            VERIFY_OK(queue.updateStatus(
                m_entries[i], QueueStatus::Waiting, QueueStatus::Background, QString()));
        const QVector<QueueStatus> active = {QueueStatus::Creating, QueueStatus::Background};

        // Nothing to recover while the leases run.
        auto none = engines.recoverOrphans(active, QStringLiteral("resuming"));
        VERIFY_OK(none);
        QVERIFY(none->isEmpty());
        QVERIFY(!*engines.claim(m_entries[1], QStringLiteral("alive"), 60000, anyway));

        QThread::msleep(120); // the dead engine's leases run out
        // A Waiting entry with an expired lease is claimable at once.
        auto waiting = engines.claim(m_entries[1], QStringLiteral("alive"), 60000, anyway);
        VERIFY_OK(waiting);
        QVERIFY(*waiting);
        // A running one goes back to Waiting first, as after a crash; the live one stays.
        auto moved = engines.recoverOrphans(active, QStringLiteral("resuming"));
        VERIFY_OK(moved);
        QCOMPARE(*moved, QVector<qint64> {m_entries[0]});
        auto e = queue.byId(m_entries[0]);
        QCOMPARE(e->status, QueueStatus::Waiting);
        QCOMPARE(e->statusMessage, QStringLiteral("resuming"));
        QVERIFY(e->engineId.isEmpty());
        auto log = queue.log(m_entries[0]);
        VERIFY_OK(log);
        QVERIFY(!log->isEmpty());
        QCOMPARE(log->last().message, QStringLiteral("Waiting: resuming"));
        QCOMPARE(queue.byId(m_entries[2])->status, QueueStatus::Background);
        QCOMPARE(queue.byId(m_entries[2])->engineId, QStringLiteral("alive"));
        // Twice recovers nothing more.
        QVERIFY(engines.recoverOrphans(active, QStringLiteral("resuming"))->isEmpty());
        auto taken = engines.claim(m_entries[0], QStringLiteral("alive"), 60000, anyway);
        VERIFY_OK(taken);
        QVERIFY(*taken);
        QCOMPARE(engines.heartbeat(QStringLiteral("alive"), 60000)->size(), 3);
        // The dead engine, were it to come back, holds nothing any more.
        QVERIFY(engines.heartbeat(QStringLiteral("dead"), 60000)->isEmpty());
    }

    void entriesWithoutLeaseAreRecovered()
    {
        // An entry left mid-way by a Ferry from before leases (or a lease cleared with its dead
        // engine) has no engine: it resumes.
        QueueRepository queue(m_db);
        VERIFY_OK(queue.updateStatus(
            m_entries[3], QueueStatus::Waiting, QueueStatus::Creating, QString()));
        auto moved = EngineRepository(m_db).recoverOrphans(
            {QueueStatus::Creating}, QStringLiteral("resuming"));
        VERIFY_OK(moved);
        QCOMPARE(*moved, QVector<qint64> {m_entries[3]});
        QCOMPARE(queue.byId(m_entries[3])->status, QueueStatus::Waiting);
    }

    void deadEnginesAreRemoved()
    {
        EngineRepository engines(m_db);
        // A process of this host that is gone (kill -9): removed at once.
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForStarted());
        const qint64 gonePid = gone.processId();
        QVERIFY(gone.waitForFinished());
        VERIFY_OK(engines.registerEngine(engine(QStringLiteral("gone"), gonePid)));
        VERIFY_OK(engines.registerEngine(engine(QStringLiteral("me"))));
        EngineRecord elsewhere = engine(QStringLiteral("elsewhere"), 1);
        elsewhere.host = QStringLiteral("another-host.invalid");
        VERIFY_OK(engines.registerEngine(elsewhere));
        VERIFY_OK(engines.claim(m_entries[0], QStringLiteral("gone"), 60000, anyway));
        VERIFY_OK(engines.claim(m_entries[1], QStringLiteral("elsewhere"), 60000, anyway));

        auto removed = engines.removeDeadEngines(60000);
        VERIFY_OK(removed);
        QCOMPARE(*removed, 1);
        QStringList ids;
        const auto listed = engines.list();
        VERIFY_OK(listed);
        for (const EngineRecord &e : *listed)
            ids << e.id;
        ids.sort();
        QCOMPARE(ids, (QStringList {QStringLiteral("elsewhere"), QStringLiteral("me")}));
        QVERIFY(QueueRepository(m_db).byId(m_entries[0])->engineId.isEmpty());
        QVERIFY(*engines.claim(m_entries[0], QStringLiteral("me"), 60000, anyway));

        // Another host's engine: only when its heartbeat is older than the limit.
        QThread::msleep(30);
        VERIFY_OK(engines.heartbeat(QStringLiteral("me"), 60000));
        removed = engines.removeDeadEngines(20);
        VERIFY_OK(removed);
        QCOMPARE(*removed, 1);
        QCOMPARE(engines.list()->size(), 1);
        QCOMPARE(engines.list()->at(0).id, QStringLiteral("me"));
        QVERIFY(QueueRepository(m_db).byId(m_entries[1])->engineId.isEmpty());
    }

    // Engines on their own connections claim at once: a window of capacity 1 gets one entry,
    // however many claimers race; one entry gets one claimer.
    void racingClaimersRespectCapacity()
    {
        const int claimers = 6;
        for (int i = 0; i < claimers; ++i)
            VERIFY_OK(EngineRepository(m_db).registerEngine(engine(QStringLiteral("e%1").arg(i))));
        const DatabaseUrl url = m_db->url();
        const qint64 window = m_window;
        QAtomicInt won = 0;
        QAtomicInt failed = 0;
        QSemaphore ready;
        QSemaphore go;
        std::vector<std::thread> pool;
        for (int t = 0; t < claimers; ++t)
            pool.emplace_back([&, t] {
                auto db = Database::open(url);
                ready.release();
                go.acquire();
                if (!db) {
                    failed.fetchAndAddOrdered(1);
                    return;
                }
                // Each claimer its own entry; the window has room for one.
                auto r = EngineRepository(*db).claim(m_entries[t], QStringLiteral("e%1").arg(t),
                    60000, [window](const ClaimView &v) -> std::optional<qint64> {
                        // Widen the gap between reading the count and writing the claim.
                        QThread::msleep(20);
                        if (v.assignedPerWindow.value(window) >= 1)
                            return std::nullopt;
                        return window;
                    });
                if (!r)
                    failed.fetchAndAddOrdered(1);
                else if (*r)
                    won.fetchAndAddOrdered(1);
            });
        ready.acquire(claimers);
        go.release(claimers);
        for (std::thread &t : pool)
            t.join();
        QCOMPARE(failed.loadAcquire(), 0);
        QCOMPARE(won.loadAcquire(), 1);
        int inWindow = 0;
        int leased = 0;
        const auto entries = QueueRepository(m_db).byBatch(m_batch);
        VERIFY_OK(entries);
        for (const QueueEntry &e : *entries) {
            inWindow += e.windowId == m_window ? 1 : 0;
            leased += e.engineId.isEmpty() ? 0 : 1;
        }
        QCOMPARE(inWindow, 1);
        QCOMPARE(leased, 1);
    }

    void racingClaimersForOneEntry()
    {
        const int claimers = 6;
        for (int i = 0; i < claimers; ++i)
            VERIFY_OK(EngineRepository(m_db).registerEngine(engine(QStringLiteral("e%1").arg(i))));
        const DatabaseUrl url = m_db->url();
        const qint64 entry = m_entries[0];
        QAtomicInt won = 0;
        QAtomicInt failed = 0;
        QSemaphore ready;
        QSemaphore go;
        std::vector<std::thread> pool;
        for (int t = 0; t < claimers; ++t)
            pool.emplace_back([&, t] {
                auto db = Database::open(url);
                ready.release();
                go.acquire();
                if (!db) {
                    failed.fetchAndAddOrdered(1);
                    return;
                }
                auto r = EngineRepository(*db).claim(
                    entry, QStringLiteral("e%1").arg(t), 60000, [](const ClaimView &) {
                        QThread::msleep(20);
                        return std::optional<qint64>(0);
                    });
                if (!r)
                    failed.fetchAndAddOrdered(1);
                else if (*r)
                    won.fetchAndAddOrdered(1);
            });
        ready.acquire(claimers);
        go.release(claimers);
        for (std::thread &t : pool)
            t.join();
        QCOMPARE(failed.loadAcquire(), 0);
        QCOMPARE(won.loadAcquire(), 1);
        auto held = EngineRepository(m_db).list();
        VERIFY_OK(held);
        int total = 0;
        for (const EngineRecord &e : *held)
            total += e.heldEntries;
        QCOMPARE(total, 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ferry::test::TestDatabase m_testDb;
    std::shared_ptr<Database> m_db;
    qint64 m_source = 0;
    qint64 m_batch = 0;
    qint64 m_window = 0;
    QVector<qint64> m_entries;
};

QTEST_GUILESS_MAIN(TestEngineRepository)
#include "test_enginerepository.moc"
