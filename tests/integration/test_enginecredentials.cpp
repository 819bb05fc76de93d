// An engine claims only entries whose secrets it can read from its own credential store
// (docs/scale.md, "Engines where the data is"), against a real gnome-keyring on the lab's private
// D-Bus: without the source's password in the keychain the engine leaves the entry alone, says
// so in its engines row, and the entry waits for "No engine has credentials for source vc01";
// once the password is stored, the engine sees it when its cached answer expires and claims.
#include "common/labenv.h"
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

#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace ferry;
using namespace ferry::engine;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

class TestEngineCredentials final : public QObject
{
    Q_OBJECT

    test::LabEnv m_lab;
    // A service of this run's own: nothing another test stores is seen.
    const QString m_service
        = QStringLiteral("ferry-it-reach-%1").arg(QUuid::createUuid().toString(QUuid::Id128));

    QString restrictionsOf(const std::shared_ptr<Database> &db, const QString &engineId)
    {
        auto listed = EngineRepository(db).list();
        if (listed)
            for (const EngineRecord &r : *listed)
                if (r.id == engineId)
                    return r.restrictions;
        return QStringLiteral("(not listed)");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = test::LabEnv::load();
        FERRY_REQUIRE_LAB(m_lab, "keyring");
        m_lab.useLabKeyring();
        QVERIFY2(CredentialStore(m_service).probe(), "the lab keyring does not answer");
    }

    void engineWithoutThePasswordDoesNotClaim()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto opened = Database::open(dir.filePath(QStringLiteral("ferry.db")));
        VERIFY_OK(opened);
        const std::shared_ptr<Database> db = *opened;
        auto secrets = std::make_shared<CredentialStore>(m_service);

        // A source whose password is not in the keychain (nothing listens on its port: a claimed
        // entry fails at once), a target that needs no secret, a running batch of one VM.
        Source src;
        src.name = QStringLiteral("vc01");
        src.endpoint = QStringLiteral("https://127.0.0.1:9");
        src.username = QStringLiteral("ferry");
        auto sourceId = SourceRepository(db).insert(src);
        VERIFY_OK(sourceId);
        src = *SourceRepository(db).byId(*sourceId);
        src.secretRef = CredentialStore::sourcePasswordKey(*sourceId);
        VERIFY_OK(SourceRepository(db).update(src));
        VERIFY_OK(secrets->remove(src.secretRef));
        Target tgt;
        tgt.name = QStringLiteral("incus01");
        tgt.endpoint = QStringLiteral("https://127.0.0.1:9");
        VERIFY_OK(TargetRepository(db).insert(tgt));
        Batch b;
        b.name = QStringLiteral("wave");
        auto batchId = BatchRepository(db).insert(b);
        VERIFY_OK(batchId);
        VERIFY_OK(BatchRepository(db).updateStatus(*batchId, batchstatus::Running, QString()));
        Instance in;
        in.sourceId = *sourceId;
        in.sourceSpecificId = QStringLiteral("vm-1");
        in.name = QStringLiteral("vm1");
        auto vm = InstanceRepository(db).save(in);
        VERIFY_OK(vm);
        QueueEntry e;
        e.batchId = *batchId;
        e.instanceId = *vm;
        e.placement = QJsonObject {{QStringLiteral("target_name"), QStringLiteral("incus01")}};
        auto entryId = QueueRepository(db).insert(e);
        VERIFY_OK(entryId);

        EngineOptions o;
        o.db = db;
        o.secrets = secrets;
        o.tickMs = 50;
        o.credentialCacheMs = 1000;
        o.maxRetries = 0;
        Engine engine(o);
        VERIFY_OK(engine.start());
        QTRY_COMPARE_WITH_TIMEOUT(
            EngineRestrictions::fromJson(restrictionsOf(db, engine.engineId())).lacksSources,
            QStringList {QStringLiteral("vc01")}, 10000);
        QTest::qWait(500);
        QueueRepository queue(db);
        QCOMPARE(queue.byId(*entryId)->status, QueueStatus::Waiting);
        QVERIFY(queue.byId(*entryId)->engineId.isEmpty());
        auto all = queue.all();
        VERIFY_OK(all);
        auto reasons = waitingReasons(db, *all);
        VERIFY_OK(reasons);
        QCOMPARE(
            reasons->value(*entryId), QStringLiteral("No engine has credentials for source vc01"));

        // The password arrives in this engine's keychain: within the cache time it claims.
        VERIFY_OK(secrets->write(src.secretRef, QByteArrayLiteral("not the real one")));
        auto cleanup = qScopeGuard([&] { (void)secrets->remove(src.secretRef); });
        QTRY_VERIFY_WITH_TIMEOUT(queue.byId(*entryId)->status != QueueStatus::Waiting, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(
            EngineRestrictions::fromJson(restrictionsOf(db, engine.engineId())).servesSources,
            QStringList {QStringLiteral("vc01")}, 10000);
        // It went as far as connecting to the source (nothing listens there).
        QTRY_COMPARE_WITH_TIMEOUT(engine.runningJobs(), 0, 30000);
        bool tried = false;
        if (auto log = queue.log(*entryId))
            for (const LogLine &l : *log)
                tried = tried || l.message.contains(QLatin1String("Creating"));
        QVERIFY(tried);
        engine.stop();
    }
};

QTEST_GUILESS_MAIN(TestEngineCredentials)
#include "test_enginecredentials.moc"
