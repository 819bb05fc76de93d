// Fencing a migration job with its engine's lease (docs/scale.md): a job whose entry is not (or
// no longer) leased to its engine stops before its next step and leaves the source, the target
// and the entry's status alone, for whichever engine runs the entry next; a job that holds the
// lease and fails records the failure as before. No servers: the job stops before it connects,
// or fails connecting to a port nothing listens on.
#include "common/testdatabase.h"
#include "engine/migrationjob.h"
#include "secrets/credentialstore.h"
#include "store/batchrepository.h"
#include "store/database.h"
#include "store/enginerepository.h"
#include "store/instancerepository.h"
#include "store/queuerepository.h"
#include "store/sourcerepository.h"
#include "store/targetrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ferry;
using namespace ferry::engine;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

Q_DECLARE_METATYPE(ferry::engine::JobFailure)

class TestJobFencing final : public QObject
{
    Q_OBJECT

private:
    ferry::test::TestDatabase m_testDb;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_entry = 0;

    // Runs a job for the entry as engine `engineId`; the failure it reports.
    JobFailure runJob(const QString &engineId)
    {
        MigrationJobParams p;
        p.db = m_db;
        // No keychain answers in a unit test: reading the source's password fails fast.
        p.secrets = std::make_shared<CredentialStore>(QStringLiteral("ferry-test-fencing"), 2000);
        p.entryId = m_entry;
        p.engineId = engineId;
        MigrationJob job(p);
        QSignalSpy failed(&job, &MigrationJob::failed);
        QSignalSpy succeeded(&job, &MigrationJob::succeeded);
        job.run();
        if (failed.size() != 1 || !succeeded.isEmpty())
            qFatal("the job did not fail once");
        return failed.at(0).at(1).value<JobFailure>();
    }

    QStringList logLines() const
    {
        QStringList lines;
        const auto log = QueueRepository(m_db).log(m_entry);
        for (const LogLine &l : log.value())
            lines << l.message;
        return lines;
    }

private Q_SLOTS:
    void init()
    {
        qRegisterMetaType<JobFailure>();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        FERRY_OPEN_TEST_DATABASE(m_testDb, m_dir->filePath(QStringLiteral("ferry.db")), m_db);
        Source s;
        s.name = QStringLiteral("vc01");
        s.endpoint = QStringLiteral("https://127.0.0.1:1");
        s.secretRef = QStringLiteral("source:1:password");
        s.connectionTimeoutMs = 2000;
        auto source = SourceRepository(m_db).insert(s);
        VERIFY_OK(source);
        Target t;
        t.name = QStringLiteral("incus01");
        t.endpoint = QStringLiteral("https://127.0.0.1:1");
        VERIFY_OK(TargetRepository(m_db).insert(t));
        Instance in;
        in.sourceId = *source;
        in.sourceSpecificId = QStringLiteral("vm-1");
        in.name = QStringLiteral("web01");
        auto vm = InstanceRepository(m_db).save(in);
        VERIFY_OK(vm);
        Batch b;
        b.name = QStringLiteral("wave");
        auto batch = BatchRepository(m_db).insert(b);
        VERIFY_OK(batch);
        QueueEntry e;
        e.batchId = *batch;
        e.instanceId = *vm;
        e.status = QueueStatus::Creating;
        e.placement = QJsonObject {{QStringLiteral("target_name"), QStringLiteral("incus01")}};
        auto id = QueueRepository(m_db).insert(e);
        VERIFY_OK(id);
        m_entry = *id;
        EngineRecord a;
        a.id = QStringLiteral("engine-a");
        a.host = EngineRepository::currentHost();
        a.pid = EngineRepository::currentPid();
        VERIFY_OK(EngineRepository(m_db).registerEngine(a));
        EngineRecord b2 = a;
        b2.id = QStringLiteral("engine-b");
        VERIFY_OK(EngineRepository(m_db).registerEngine(b2));
    }

    void cleanup()
    {
        m_db.reset();
        m_testDb.drop();
        m_dir.reset();
    }

    // The entry is another engine's: the job stops before it connects to anything and writes
    // nothing but a log line.
    void leasedToAnotherEngine()
    {
        VERIFY_OK(m_db->exec(QStringLiteral("UPDATE queue_entries SET engine_id = ?, lease_until "
                                            "= ? WHERE id = ?"),
            {QStringLiteral("engine-b"), toDbTime(QDateTime::currentDateTimeUtc().addSecs(60)),
                m_entry}));
        const JobFailure f = runJob(QStringLiteral("engine-a"));
        QCOMPARE(f.error.code, Error::Code::Conflict);
        QCOMPARE(f.error.details, QStringLiteral("lease-lost"));
        QCOMPARE(f.status, QueueStatus::Waiting); // not Failed: the engine does not retry it
        auto stored = QueueRepository(m_db).byId(m_entry);
        VERIFY_OK(stored);
        QCOMPARE(stored->status, QueueStatus::Creating);
        QCOMPARE(stored->engineId, QStringLiteral("engine-b"));
        const QStringList lines = logLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.at(0).contains(QStringLiteral("lease")), qPrintable(lines.at(0)));
    }

    // The job's own lease ran out and nobody took the entry yet: still no step starts.
    void leaseRanOut()
    {
        VERIFY_OK(m_db->exec(QStringLiteral("UPDATE queue_entries SET engine_id = ?, lease_until "
                                            "= ? WHERE id = ?"),
            {QStringLiteral("engine-a"), toDbTime(QDateTime::currentDateTimeUtc().addSecs(-5)),
                m_entry}));
        const JobFailure f = runJob(QStringLiteral("engine-a"));
        QCOMPARE(f.error.details, QStringLiteral("lease-lost"));
        QCOMPARE(QueueRepository(m_db).byId(m_entry)->status, QueueStatus::Creating);
    }

    // The control: with the lease held, the same job gets to its first step, fails there (no
    // password, no server) and records the failure as always.
    void leaseHeldFailsAsBefore()
    {
        auto claimedNow = EngineRepository(m_db);
        VERIFY_OK(m_db->exec(QStringLiteral("UPDATE queue_entries SET engine_id = ?, lease_until "
                                            "= ? WHERE id = ?"),
            {QStringLiteral("engine-a"), toDbTime(QDateTime::currentDateTimeUtc().addSecs(60)),
                m_entry}));
        QCOMPARE(claimedNow.holds(m_entry, QStringLiteral("engine-a")).value(), true);
        const JobFailure f = runJob(QStringLiteral("engine-a"));
        QVERIFY(f.error.details != QStringLiteral("lease-lost"));
        QCOMPARE(f.status, QueueStatus::Failed);
        QCOMPARE(QueueRepository(m_db).byId(m_entry)->status, QueueStatus::Failed);
    }
};

QTEST_GUILESS_MAIN(TestJobFencing)
#include "test_jobfencing.moc"
