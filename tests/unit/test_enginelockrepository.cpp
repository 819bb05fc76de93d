#include "common/clock.h"
#include "common/testdatabase.h"
#include "store/database.h"
#include "store/enginelockrepository.h"

#include <QAtomicInt>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <thread>
#include <vector>

using namespace ferry;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

class TestEngineLockRepository final : public QObject
{
    Q_OBJECT

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

    void acquireFreeLock()
    {
        EngineLockRepository lock(m_db);
        auto none = lock.holder();
        VERIFY_OK(none);
        QVERIFY(!*none);

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        VERIFY_OK(lock.acquire(4711, QStringLiteral("host-ä")));
        auto holder = lock.holder();
        VERIFY_OK(holder);
        QVERIFY(*holder);
        QCOMPARE((*holder)->pid, qint64(4711));
        QCOMPARE((*holder)->host, QStringLiteral("host-ä"));
        QVERIFY((*holder)->startedAt >= before);
        QVERIFY((*holder)->heartbeatAt >= before);
    }

    void sameProcessMayAcquireAgain()
    {
        EngineLockRepository lock(m_db);
        VERIFY_OK(lock.acquire(100, QStringLiteral("h")));
        const QDateTime started = (*lock.holder())->startedAt;
        QVERIFY(ferry::test::waitForNextMillisecond());
        VERIFY_OK(lock.acquire(100, QStringLiteral("h")));
        auto holder = lock.holder();
        VERIFY_OK(holder);
        QCOMPARE((*holder)->startedAt, started);
        QVERIFY((*holder)->heartbeatAt > started);
    }

    void secondHolderIsRefusedAndTheFirstNamed_data()
    {
        QTest::addColumn<qint64>("pid");
        QTest::addColumn<QString>("host");
        QTest::newRow("other pid, same host") << qint64(200) << QStringLiteral("werkbank");
        QTest::newRow("same pid, other host") << qint64(100) << QStringLiteral("laptop");
    }

    void secondHolderIsRefusedAndTheFirstNamed()
    {
        QFETCH(qint64, pid);
        QFETCH(QString, host);
        EngineLockRepository first(m_db);
        VERIFY_OK(first.acquire(100, QStringLiteral("werkbank")));

        // Another process: its own Database object and connection on the same file.
        auto otherDb = Database::open(m_db->url());
        VERIFY_OK(otherDb);
        EngineLockRepository second(*otherDb);
        Status st = second.acquire(pid, host);
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::Conflict);
        QVERIFY2(
            st.error().message.contains(QStringLiteral("100")), qPrintable(st.error().message));
        QVERIFY2(st.error().message.contains(QStringLiteral("werkbank")),
            qPrintable(st.error().message));
        QCOMPARE((*second.holder())->pid, qint64(100));

        // Neither heartbeat nor release of the refused one touches the lock.
        QCOMPARE(second.heartbeat(pid, host).error().code, Error::Code::Conflict);
        QCOMPARE(second.release(pid, host).error().code, Error::Code::Conflict);
        QCOMPARE((*first.holder())->pid, qint64(100));
        QCOMPARE((*first.holder())->host, QStringLiteral("werkbank"));
    }

    void staleLockIsTakenOver()
    {
        EngineLockRepository lock(m_db, 30000);
        QCOMPARE(lock.staleAfterMs(), qint64(30000));
        VERIFY_OK(lock.acquire(1, QStringLiteral("crashed")));
        // The crashed process's last heartbeat was a minute ago.
        VERIFY_OK(m_db->exec(QStringLiteral("UPDATE engine_lock SET heartbeat_at = ?"),
            {toDbTime(QDateTime::currentDateTimeUtc().addSecs(-60))}));

        VERIFY_OK(lock.acquire(2, QStringLiteral("new")));
        auto holder = lock.holder();
        VERIFY_OK(holder);
        QCOMPARE((*holder)->pid, qint64(2));
        QCOMPARE((*holder)->host, QStringLiteral("new"));

        // The old one finds out at its next heartbeat, and learns who took over.
        Status st = lock.heartbeat(1, QStringLiteral("crashed"));
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::Conflict);
        QVERIFY(st.error().message.contains(QStringLiteral("new")));
    }

    // kill -9 of an engine, then a restart on the same machine: the dead holder's lock is taken
    // over at once, without waiting for its heartbeat to age.
    void goneHolderOnThisMachineIsTakenOver()
    {
        QProcess gone;
        gone.start(QStringLiteral("true"));
        QVERIFY(gone.waitForStarted(10000));
        const qint64 gonePid = gone.processId();
        QVERIFY(gone.waitForFinished(10000)); // reaped: no process has that id now

        EngineLockRepository lock(m_db, 600000);
        VERIFY_OK(lock.acquire(gonePid, EngineLockRepository::currentHost()));
        VERIFY_OK(
            lock.acquire(EngineLockRepository::currentPid(), EngineLockRepository::currentHost()));
        QCOMPARE((*lock.holder())->pid, EngineLockRepository::currentPid());

        // A live holder on this machine keeps it (this test process, seen from a second pid).
        QCOMPARE(lock.acquire(gonePid, EngineLockRepository::currentHost()).error().code,
            Error::Code::Conflict);
    }

    void freshLockIsNotTakenOver()
    {
        EngineLockRepository lock(m_db, 30000);
        VERIFY_OK(lock.acquire(1, QStringLiteral("alive")));
        VERIFY_OK(m_db->exec(QStringLiteral("UPDATE engine_lock SET heartbeat_at = ?"),
            {toDbTime(QDateTime::currentDateTimeUtc().addSecs(-20))}));
        QCOMPARE(lock.acquire(2, QStringLiteral("new")).error().code, Error::Code::Conflict);
    }

    void heartbeatKeepsItFresh()
    {
        EngineLockRepository lock(m_db, 30000);
        VERIFY_OK(lock.acquire(1, QStringLiteral("h")));
        VERIFY_OK(m_db->exec(QStringLiteral("UPDATE engine_lock SET heartbeat_at = ?"),
            {toDbTime(QDateTime::currentDateTimeUtc().addSecs(-60))}));
        VERIFY_OK(lock.heartbeat(1, QStringLiteral("h")));
        QCOMPARE(lock.acquire(2, QStringLiteral("other")).error().code, Error::Code::Conflict);
    }

    void release()
    {
        EngineLockRepository lock(m_db);
        VERIFY_OK(lock.release(1, QStringLiteral("h"))); // nothing held: nothing to do
        VERIFY_OK(lock.acquire(1, QStringLiteral("h")));
        VERIFY_OK(lock.release(1, QStringLiteral("h")));
        QVERIFY(!*lock.holder());
        QCOMPARE(lock.heartbeat(1, QStringLiteral("h")).error().code, Error::Code::Conflict);
        VERIFY_OK(lock.acquire(2, QStringLiteral("h")));
    }

    void thisProcess()
    {
        EngineLockRepository lock(m_db);
        VERIFY_OK(lock.acquire());
        auto holder = lock.holder();
        VERIFY_OK(holder);
        QCOMPARE((*holder)->pid, QCoreApplication::applicationPid());
        QCOMPARE((*holder)->host, EngineLockRepository::currentHost());
        VERIFY_OK(lock.heartbeat());
        VERIFY_OK(lock.release());
        QVERIFY(!*lock.holder());
    }

    void racingProcessesHaveOneWinner()
    {
        const int contenders = 6;
        const DatabaseUrl url = m_db->url();
        QAtomicInt winners = 0;
        QAtomicInt refused = 0;
        std::vector<std::thread> pool;
        for (int t = 0; t < contenders; ++t) {
            pool.emplace_back([&, t] {
                auto db = Database::open(url);
                if (!db)
                    return;
                Status st = EngineLockRepository(*db).acquire(1000 + t, QStringLiteral("h"));
                if (st)
                    winners.fetchAndAddOrdered(1);
                else if (st.error().code == Error::Code::Conflict)
                    refused.fetchAndAddOrdered(1);
            });
        }
        for (std::thread &t : pool)
            t.join();
        QCOMPARE(winners.loadAcquire(), 1);
        QCOMPARE(refused.loadAcquire(), contenders - 1);
        auto holder = EngineLockRepository(m_db).holder();
        VERIFY_OK(holder);
        QVERIFY(*holder);
        QVERIFY((*holder)->pid >= 1000 && (*holder)->pid < 1000 + contenders);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ferry::test::TestDatabase m_testDb;
    std::shared_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestEngineLockRepository)
#include "test_enginelockrepository.moc"
