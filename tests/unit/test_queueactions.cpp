// engine::QueueActions, the one implementation of a person's cancel, retry and resolve that the
// Queue page and ferryctl queue share: what each writes (status, message, retry count, the
// keep-leftovers flag, the log), which statuses each refuses (InvalidInput naming the entry,
// nothing written), and an unknown entry (NotFound).
#include "common/queuestatustest.h"
#include "common/testdatabase.h"
#include "engine/queueactions.h"
#include "engine/queuestatemachine.h"
#include "store/batchrepository.h"
#include "store/database.h"
#include "store/instancerepository.h"
#include "store/queuerepository.h"
#include "store/sourcerepository.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ferry;
using namespace ferry::engine;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

class TestQueueActions final : public QObject
{
    Q_OBJECT

private:
    ferry::test::TestDatabase m_testDb; // dropped after m_db is gone
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_batch = 0;
    qint64 m_instance = 0;

    // A fresh entry stored in `status`, with two retries used and a retry time set.
    qint64 entryIn(QueueStatus status)
    {
        QueueRepository queue(m_db);
        if (auto old = queue.byBatchAndInstance(m_batch, m_instance))
            (void)queue.remove(old->id);
        QueueEntry e;
        e.batchId = m_batch;
        e.instanceId = m_instance;
        e.status = status;
        e.statusMessage = QStringLiteral("start");
        e.retryCount = 2;
        e.nextAttemptAt = QDateTime::currentDateTimeUtc().addSecs(600);
        auto id = queue.insert(e);
        if (!id)
            qFatal("insert: %s", qPrintable(id.error().toString()));
        return *id;
    }

    QueueEntry stored(qint64 id) const { return *QueueRepository(m_db).byId(id); }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        FERRY_OPEN_TEST_DATABASE(m_testDb, m_dir->filePath(QStringLiteral("ferry.db")), m_db);
        Source s;
        s.name = QStringLiteral("vcenter");
        s.endpoint = QStringLiteral("https://vcenter.example");
        auto source = SourceRepository(m_db).insert(s);
        VERIFY_OK(source);
        Instance in;
        in.sourceId = *source;
        in.sourceSpecificId = QStringLiteral("vm-1");
        in.name = QStringLiteral("web01");
        in.overrides.name = QStringLiteral("web-01");
        auto id = InstanceRepository(m_db).save(in);
        VERIFY_OK(id);
        m_instance = *id;
        Batch b;
        b.name = QStringLiteral("wave 1");
        auto batch = BatchRepository(m_db).insert(b);
        VERIFY_OK(batch);
        m_batch = *batch;
    }

    void cancel_data()
    {
        QTest::addColumn<bool>("keep");
        QTest::newRow("clean up") << false;
        QTest::newRow("keep leftovers") << true;
    }
    void cancel()
    {
        QFETCH(bool, keep);
        const qint64 id = entryIn(QueueStatus::Background);
        auto e = QueueActions(m_db).cancel(id, keep);
        VERIFY_OK(e);
        QCOMPARE(e->status, QueueStatus::Canceled);
        QCOMPARE(e->keepLeftovers, keep);
        const QueueEntry s = stored(id);
        QCOMPARE(s.status, QueueStatus::Canceled);
        QCOMPARE(s.statusMessage, QStringLiteral("Canceled by a person"));
        QCOMPARE(s.keepLeftovers, keep);
        QVERIFY(QueueRepository(m_db).log(id)->constLast().message.contains(
            QStringLiteral("Canceled by a person")));
    }

    void retry_data()
    {
        QTest::addColumn<QueueStatus>("status");
        QTest::newRow("error") << QueueStatus::Failed;
        QTest::newRow("canceled") << QueueStatus::Canceled;
        QTest::newRow("conflict") << QueueStatus::Conflict;
    }
    void retry()
    {
        QFETCH(QueueStatus, status);
        const qint64 id = entryIn(status);
        auto e = QueueActions(m_db).retry(id);
        VERIFY_OK(e);
        const QueueEntry s = stored(id);
        QCOMPARE(s.status, QueueStatus::Waiting);
        QCOMPARE(s.statusMessage, QStringLiteral("Retry requested"));
        QCOMPARE(s.retryCount, 0);
        QVERIFY(!s.nextAttemptAt.isValid());
        QCOMPARE(e->retryCount, 0);
    }

    void resolveKeepsTheRetryCount()
    {
        const qint64 id = entryIn(QueueStatus::Conflict);
        auto e = QueueActions(m_db).resolve(id);
        VERIFY_OK(e);
        const QueueEntry s = stored(id);
        QCOMPARE(s.status, QueueStatus::Waiting);
        QCOMPARE(s.statusMessage, QStringLiteral("Conflict resolved by a person; waiting again"));
        QCOMPARE(s.retryCount, 2);
        QVERIFY(!s.nextAttemptAt.isValid());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QueueStatus>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("cancel finished")
            << QStringLiteral("cancel") << QueueStatus::Finished
            << QStringLiteral("web-01 is Finished and cannot be canceled.");
        QTest::newRow("cancel canceled")
            << QStringLiteral("cancel") << QueueStatus::Canceled
            << QStringLiteral("web-01 is Canceled and cannot be canceled.");
        QTest::newRow("retry waiting")
            << QStringLiteral("retry") << QueueStatus::Waiting
            << QStringLiteral("web-01 is Waiting; only entries in Error, Canceled or Conflict can "
                              "be retried.");
        QTest::newRow("retry finished") << QStringLiteral("retry") << QueueStatus::Finished
                                        << QStringLiteral("web-01 is Finished; only entries in "
                                                          "Error, Canceled or Conflict can be "
                                                          "retried.");
        QTest::newRow("resolve error")
            << QStringLiteral("resolve") << QueueStatus::Failed
            << QStringLiteral("web-01 is Error; only entries in Conflict can be resolved.");
    }
    void refusals()
    {
        QFETCH(QString, action);
        QFETCH(QueueStatus, status);
        QFETCH(QString, message);
        const qint64 id = entryIn(status);
        const QueueActions actions(m_db);
        const Result<QueueEntry> r = action == QLatin1String("cancel") ? actions.cancel(id, true)
            : action == QLatin1String("retry")                         ? actions.retry(id)
                                                                       : actions.resolve(id);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
        QCOMPARE(r.error().message, message);
        // Nothing written.
        const QueueEntry s = stored(id);
        QCOMPARE(s.status, status);
        QCOMPARE(s.statusMessage, QStringLiteral("start"));
        QCOMPARE(s.retryCount, 2);
        QVERIFY(s.nextAttemptAt.isValid());
        QVERIFY(!s.keepLeftovers);
    }

    void unknownEntry()
    {
        const QueueActions actions(m_db);
        for (const Result<QueueEntry> &r :
            {actions.cancel(987654), actions.retry(987654), actions.resolve(987654)}) {
            QVERIFY(!r);
            QCOMPARE(r.error().code, Error::Code::NotFound);
        }
    }
};

QTEST_GUILESS_MAIN(TestQueueActions)
#include "test_queueactions.moc"
