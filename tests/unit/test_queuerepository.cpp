#include "common/queuestatustest.h"
#include "common/testdatabase.h"
#include "store/batchrepository.h"
#include "store/database.h"
#include "store/instancerepository.h"
#include "store/queuerepository.h"
#include "store/sourcerepository.h"

#include <QAtomicInt>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <thread>
#include <vector>

using namespace ferry;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

namespace {

const QDateTime kT1(QDate(2025, 12, 1), QTime(1, 2, 3, 456), Qt::UTC);

void compareEntries(const QueueEntry &a, const QueueEntry &e)
{
    QCOMPARE(a.batchId, e.batchId);
    QCOMPARE(a.instanceId, e.instanceId);
    QCOMPARE(a.status, e.status);
    QCOMPARE(a.statusMessage, e.statusMessage);
    QCOMPARE(a.importStage, e.importStage);
    QCOMPARE(a.windowId, e.windowId);
    QCOMPARE(a.placement, e.placement);
    QCOMPARE(a.targetInstanceName, e.targetInstanceName);
    QCOMPARE(a.sourceWasRunning, e.sourceWasRunning);
    QCOMPARE(a.sourcePoweredOffByFerry, e.sourcePoweredOffByFerry);
    QCOMPARE(a.targetCreated, e.targetCreated);
    QCOMPARE(a.retryCount, e.retryCount);
    QCOMPARE(a.nextAttemptAt, e.nextAttemptAt);
    QCOMPARE(a.lastBackgroundSync, e.lastBackgroundSync);
}

} // namespace

class TestQueueRepository final : public QObject
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
        s.name = QStringLiteral("vcenter");
        s.endpoint = QStringLiteral("https://vcenter.example/sdk");
        auto source = SourceRepository(m_db).insert(s);
        VERIFY_OK(source);
        for (int i = 0; i < 3; ++i) {
            Instance in;
            in.sourceId = *source;
            in.sourceSpecificId = QStringLiteral("vm-%1").arg(i);
            auto id = InstanceRepository(m_db).save(in);
            VERIFY_OK(id);
            m_instances << *id;
        }
        Batch b;
        b.name = QStringLiteral("Welle 1");
        MigrationWindow w;
        w.name = QStringLiteral("Nacht");
        b.windows = {w};
        BatchRepository batches(m_db);
        auto batch = batches.insert(b);
        VERIFY_OK(batch);
        m_batch = *batch;
        m_window = batches.byId(m_batch)->windows.at(0).id;
        b.name = QStringLiteral("Welle 2");
        auto second = batches.insert(b);
        VERIFY_OK(second);
        m_batch2 = *second;
    }

    void cleanup()
    {
        m_db.reset();
        m_testDb.drop();
        m_dir.reset();
        m_instances.clear();
    }

    void roundTrip_data()
    {
        QTest::addColumn<bool>("full");
        QTest::newRow("defaults") << false;
        QTest::newRow("every field") << true;
    }

    void roundTrip()
    {
        QFETCH(bool, full);
        QueueRepository repo(m_db);
        QueueEntry e;
        e.batchId = m_batch;
        e.instanceId = m_instances.at(0);
        if (full) {
            e.status = QueueStatus::Blocked;
            e.statusMessage = QStringLiteral("Warte auf Fenster „Nacht“");
            e.importStage = QStringLiteral("final");
            e.windowId = m_window;
            e.placement = QJsonObject {{QStringLiteral("target"), QStringLiteral("incus 1")},
                {QStringLiteral("pool"), QStringLiteral("pool ü")}};
            e.targetInstanceName = QStringLiteral("web-01");
            e.sourceWasRunning = true;
            e.sourcePoweredOffByFerry = true;
            e.targetCreated = true;
            e.retryCount = 3;
            e.nextAttemptAt = kT1;
            e.lastBackgroundSync = kT1.addSecs(-60);
        }
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto id = repo.insert(e);
        VERIFY_OK(id);
        auto loaded = repo.byId(*id);
        VERIFY_OK(loaded);
        QCOMPARE(loaded->id, *id);
        compareEntries(*loaded, e);
        QVERIFY(loaded->createdAt >= before);
        QVERIFY(loaded->updatedAt >= before);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM queue_entries WHERE window_id IS NULL")),
            full ? 0 : 1);
        auto pair = repo.byBatchAndInstance(m_batch, m_instances.at(0));
        VERIFY_OK(pair);
        QCOMPARE(pair->id, *id);
    }

    void duplicateEntryIsAlreadyExists()
    {
        QueueRepository repo(m_db);
        QueueEntry e;
        e.batchId = m_batch;
        e.instanceId = m_instances.at(1);
        VERIFY_OK(repo.insert(e));
        auto again = repo.insert(e);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::AlreadyExists);
        // The same instance in another batch is fine.
        e.batchId = m_batch2;
        VERIFY_OK(repo.insert(e));
    }

    void unknownReferencesAreNotFound()
    {
        QueueRepository repo(m_db);
        QueueEntry e;
        e.batchId = m_batch + 100;
        e.instanceId = m_instances.at(0);
        QCOMPARE(repo.insert(e).error().code, Error::Code::NotFound);
        e.batchId = m_batch;
        e.instanceId = 999;
        QCOMPARE(repo.insert(e).error().code, Error::Code::NotFound);
    }

    void updateLeavesStatusAlone()
    {
        QueueRepository repo(m_db);
        QueueEntry e;
        e.batchId = m_batch;
        e.instanceId = m_instances.at(0);
        auto id = repo.insert(e);
        VERIFY_OK(id);
        QueueEntry changed = *repo.byId(*id);
        changed.status = QueueStatus::Finished;
        changed.statusMessage = QStringLiteral("should not be written");
        changed.importStage = QStringLiteral("complete");
        changed.windowId = m_window;
        changed.placement = QJsonObject {{QStringLiteral("project"), QStringLiteral("x")}};
        changed.targetInstanceName = QStringLiteral("neu");
        changed.targetCreated = true;
        changed.retryCount = 2;
        changed.nextAttemptAt = kT1;
        VERIFY_OK(repo.update(changed));
        auto loaded = repo.byId(*id);
        VERIFY_OK(loaded);
        QueueEntry expected = changed;
        expected.status = QueueStatus::Waiting;
        expected.statusMessage.clear();
        compareEntries(*loaded, expected);

        changed.id = *id + 50;
        QCOMPARE(repo.update(changed).error().code, Error::Code::NotFound);
    }

    void compareAndSet_data()
    {
        QTest::addColumn<QueueStatus>("from");
        QTest::addColumn<bool>("exists");
        QTest::addColumn<int>("code"); // -1: succeeds
        QTest::newRow("current status") << QueueStatus::Waiting << true << -1;
        QTest::newRow("stale status") << QueueStatus::Idle << true << int(Error::Code::Conflict);
        QTest::newRow("no such entry")
            << QueueStatus::Waiting << false << int(Error::Code::NotFound);
    }

    void compareAndSet()
    {
        QFETCH(QueueStatus, from);
        QFETCH(bool, exists);
        QFETCH(int, code);
        QueueRepository repo(m_db);
        QueueEntry e;
        e.batchId = m_batch;
        e.instanceId = m_instances.at(0);
        auto id = repo.insert(e);
        VERIFY_OK(id);
        const qint64 target = exists ? *id : *id + 1;
        Status st
            = repo.updateStatus(target, from, QueueStatus::Creating, QStringLiteral("Erzeuge VM"));
        auto loaded = repo.byId(*id);
        VERIFY_OK(loaded);
        if (code < 0) {
            VERIFY_OK(st);
            QCOMPARE(loaded->status, QueueStatus::Creating);
            QCOMPARE(loaded->statusMessage, QStringLiteral("Erzeuge VM"));
            // Stored as the reference's wire name.
            auto stored = m_db->exec(
                QStringLiteral("SELECT status FROM queue_entries WHERE id = ?"), {*id});
            VERIFY_OK(stored);
            QVERIFY(stored->next());
            QCOMPARE(stored->value(0).toString(), QStringLiteral("Creating new VM"));
        } else {
            QVERIFY(!st);
            QCOMPARE(int(st.error().code), code);
            QCOMPARE(loaded->status, QueueStatus::Waiting);
            QVERIFY(loaded->statusMessage.isEmpty());
            if (st.error().code == Error::Code::Conflict) {
                // The error names the status it found.
                QVERIFY2(st.error().message.contains(QStringLiteral("\"Waiting\"")),
                    qPrintable(st.error().message));
                QVERIFY(st.error().message.contains(queuestatus::wireName(from)));
            }
        }
    }

    // A status this version does not know (a newer Ferry wrote it, or a hand edit) is an error
    // naming it, not a guess; the other entries still read.
    void unknownStoredStatusIsAnError()
    {
        QueueRepository repo(m_db);
        QueueEntry e;
        e.batchId = m_batch;
        e.instanceId = m_instances.at(0);
        auto id = repo.insert(e);
        VERIFY_OK(id);
        VERIFY_OK(m_db->exec(
            QStringLiteral("UPDATE queue_entries SET status = 'Migrating by magic' WHERE id = ?"),
            {*id}));
        auto loaded = repo.byId(*id);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, Error::Code::Database);
        QVERIFY2(loaded.error().message.contains(QStringLiteral("Migrating by magic")),
            qPrintable(loaded.error().message));
        QVERIFY(!repo.all());
        VERIFY_OK(m_db->exec(
            QStringLiteral("UPDATE queue_entries SET status = 'Waiting' WHERE id = ?"), {*id}));
        VERIFY_OK(repo.byId(*id));
    }

    void compareAndSetHasOneWinner()
    {
        QueueRepository repo(m_db);
        QueueEntry e;
        e.batchId = m_batch;
        e.instanceId = m_instances.at(0);
        auto id = repo.insert(e);
        VERIFY_OK(id);

        // Each thread opens the file on its own, like the GUI and ferryctl would, and tries to
        // take the entry out of Waiting.
        const int threads = 6;
        const DatabaseUrl url = m_db->url();
        QAtomicInt winners = 0;
        QAtomicInt conflicts = 0;
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t) {
            pool.emplace_back([&, t] {
                auto db = Database::open(url);
                if (!db)
                    return;
                QueueRepository mine(*db);
                Status st = mine.updateStatus(*id, QueueStatus::Waiting, QueueStatus::Creating,
                    QStringLiteral("thread %1").arg(t));
                if (st)
                    winners.fetchAndAddOrdered(1);
                else if (st.error().code == Error::Code::Conflict)
                    conflicts.fetchAndAddOrdered(1);
            });
        }
        for (std::thread &t : pool)
            t.join();
        QCOMPARE(winners.loadAcquire(), 1);
        QCOMPARE(conflicts.loadAcquire(), threads - 1);
    }

    void queries()
    {
        QueueRepository repo(m_db);
        QVector<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            QueueEntry e;
            e.batchId = m_batch;
            e.instanceId = m_instances.at(i);
            auto id = repo.insert(e);
            VERIFY_OK(id);
            ids << *id;
        }
        QueueEntry other;
        other.batchId = m_batch2;
        other.instanceId = m_instances.at(0);
        auto otherId = repo.insert(other);
        VERIFY_OK(otherId);
        VERIFY_OK(repo.updateStatus(ids.at(1), QueueStatus::Waiting, QueueStatus::Idle, {}));

        QCOMPARE(repo.byBatch(m_batch)->size(), 3);
        QCOMPARE(repo.byBatch(m_batch2)->size(), 1);
        auto byInstance = repo.byInstance(m_instances.at(0));
        VERIFY_OK(byInstance);
        QCOMPARE(byInstance->size(), 2);
        QCOMPARE(byInstance->at(0).id, ids.at(0));
        QCOMPARE(byInstance->at(1).id, *otherId);
        auto idle = repo.byStatus(QueueStatus::Idle);
        VERIFY_OK(idle);
        QCOMPARE(idle->size(), 1);
        QCOMPARE(idle->first().id, ids.at(1));
        QCOMPARE(repo.all()->size(), 4);
        QCOMPARE(repo.byId(12345).error().code, Error::Code::NotFound);
        QCOMPARE(repo.byBatchAndInstance(m_batch2, m_instances.at(2)).error().code,
            Error::Code::NotFound);
    }

    void diskProgress()
    {
        QueueRepository repo(m_db);
        QueueEntry e;
        e.batchId = m_batch;
        e.instanceId = m_instances.at(0);
        auto id = repo.insert(e);
        VERIFY_OK(id);

        DiskProgress d1;
        d1.diskPosition = 1;
        d1.diskName = QStringLiteral("[datastore 1] vm/Daten Platte.vmdk");
        d1.bytesTotal = Q_INT64_C(107374182400);
        d1.bytesDone = 1024;
        d1.bytesSent = 512;
        d1.rateBps = 1.5e8;
        d1.startedAt = kT1;
        DiskProgress d0 = d1;
        d0.diskPosition = 0;
        d0.diskName = QStringLiteral("[datastore 1] vm/vm.vmdk");
        d0.startedAt = {};
        VERIFY_OK(repo.setDiskProgress(*id, d1));
        VERIFY_OK(repo.setDiskProgress(*id, d0));

        auto list = repo.diskProgress(*id);
        VERIFY_OK(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).diskPosition, 0);
        QCOMPARE(list->at(0).diskName, d0.diskName);
        QVERIFY(!list->at(0).startedAt.isValid());
        QCOMPARE(list->at(1).diskName, d1.diskName);
        QCOMPARE(list->at(1).bytesTotal, d1.bytesTotal);
        QCOMPARE(list->at(1).bytesDone, d1.bytesDone);
        QCOMPARE(list->at(1).bytesSent, d1.bytesSent);
        QCOMPARE(list->at(1).rateBps, d1.rateBps);
        QCOMPARE(list->at(1).startedAt, kT1);
        QVERIFY(list->at(1).updatedAt.isValid());

        // An update without startedAt keeps the stored one.
        DiskProgress later = d1;
        later.bytesDone = d1.bytesTotal;
        later.sha256
            = QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        later.startedAt = {};
        VERIFY_OK(repo.setDiskProgress(*id, later));
        list = repo.diskProgress(*id);
        VERIFY_OK(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(1).bytesDone, d1.bytesTotal);
        QCOMPARE(list->at(1).sha256, later.sha256);
        QCOMPARE(list->at(1).startedAt, kT1);

        QueueEntry other;
        other.batchId = m_batch;
        other.instanceId = m_instances.at(1);
        auto otherId = repo.insert(other);
        VERIFY_OK(otherId);
        VERIFY_OK(repo.setDiskProgress(*otherId, d0));
        auto ofBatch = repo.diskProgressOfBatch(m_batch);
        VERIFY_OK(ofBatch);
        QCOMPARE(ofBatch->size(), 2);
        QCOMPARE(ofBatch->value(*id).size(), 2);
        QCOMPARE(ofBatch->value(*otherId).size(), 1);
        QVERIFY(repo.diskProgressOfBatch(m_batch2)->isEmpty());

        VERIFY_OK(repo.clearDiskProgress(*id));
        QVERIFY(repo.diskProgress(*id)->isEmpty());
        QCOMPARE(repo.setDiskProgress(*id + 100, d0).error().code, Error::Code::NotFound);
    }

    void log()
    {
        QueueRepository repo(m_db);
        QueueEntry e;
        e.batchId = m_batch;
        e.instanceId = m_instances.at(0);
        auto id = repo.insert(e);
        VERIFY_OK(id);
        QueueEntry other = e;
        other.instanceId = m_instances.at(1);
        auto otherId = repo.insert(other);
        VERIFY_OK(otherId);

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto first
            = repo.appendLog(*id, QStringLiteral("info"), QStringLiteral("Start: Köln → Incus"));
        VERIFY_OK(first);
        VERIFY_OK(repo.appendLog(*otherId, QStringLiteral("debug"), QStringLiteral("other entry")));
        auto second = repo.appendLog(*id, QStringLiteral("warning"), QStringLiteral("langsam"));
        VERIFY_OK(second);
        auto third = repo.appendLog(*id, QStringLiteral("error"), QStringLiteral("multi\nline"));
        VERIFY_OK(third);

        auto lines = repo.log(*id);
        VERIFY_OK(lines);
        QCOMPARE(lines->size(), 3);
        QCOMPARE(lines->at(0).id, *first);
        QCOMPARE(lines->at(0).level, QStringLiteral("info"));
        QCOMPARE(lines->at(0).message, QStringLiteral("Start: Köln → Incus"));
        QVERIFY(lines->at(0).at >= before);
        QCOMPARE(lines->at(2).message, QStringLiteral("multi\nline"));

        // Incremental reads.
        auto newer = repo.log(*id, *first);
        VERIFY_OK(newer);
        QCOMPARE(newer->size(), 2);
        QCOMPARE(newer->at(0).id, *second);
        QCOMPARE(newer->at(1).id, *third);
        QVERIFY(repo.log(*id, *third)->isEmpty());
        auto limited = repo.log(*id, 0, 1);
        VERIFY_OK(limited);
        QCOMPARE(limited->size(), 1);
        QCOMPARE(limited->first().id, *first);

        auto bad = repo.appendLog(*id, QStringLiteral("fatal"), QStringLiteral("x"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, Error::Code::InvalidInput);
        QCOMPARE(
            repo.appendLog(*id + 100, QStringLiteral("info"), QStringLiteral("x")).error().code,
            Error::Code::NotFound);
    }

    void removeCascades()
    {
        QueueRepository repo(m_db);
        QueueEntry e;
        e.batchId = m_batch;
        e.instanceId = m_instances.at(0);
        auto id = repo.insert(e);
        VERIFY_OK(id);
        VERIFY_OK(repo.appendLog(*id, QStringLiteral("info"), QStringLiteral("x")));
        VERIFY_OK(repo.setDiskProgress(*id, DiskProgress {}));
        VERIFY_OK(repo.remove(*id));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM queue_log")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM queue_disk_progress")), 0);
        QCOMPARE(repo.remove(*id).error().code, Error::Code::NotFound);
        // The instance can go once it is no longer queued.
        VERIFY_OK(InstanceRepository(m_db).remove(m_instances.at(0)));
    }

private:
    int count(const QString &sql)
    {
        auto q = m_db->exec(sql);
        if (!q || !q->next())
            return -1;
        return q->value(0).toInt();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    ferry::test::TestDatabase m_testDb;
    std::shared_ptr<Database> m_db;
    QVector<qint64> m_instances;
    qint64 m_batch = 0;
    qint64 m_batch2 = 0;
    qint64 m_window = 0;
};

QTEST_GUILESS_MAIN(TestQueueRepository)
#include "test_queuerepository.moc"
