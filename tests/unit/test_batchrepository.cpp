#include "common/testdatabase.h"
#include "store/batchrepository.h"
#include "store/database.h"
#include "store/instancerepository.h"
#include "store/queuerepository.h"
#include "store/sourcerepository.h"
#include "store/targetrepository.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ferry;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

namespace {

const QDateTime kStart(QDate(2025, 12, 1), QTime(1, 0, 0, 0), Qt::UTC);

Batch makeBatch(const QString &name, qint64 targetId)
{
    Batch b;
    b.name = name;
    b.status = batchstatus::Defined;
    b.statusMessage = QStringLiteral("bereit, noch nicht gestartet");
    b.includeExpression = QStringLiteral("location matches \"/Süd/*\" && cpus > 2");
    b.defaultTargetId = targetId;
    b.defaultProject = QStringLiteral("Projekt ä");
    b.defaultPool = QStringLiteral("pool 1");
    b.migrationNetwork
        = QJsonArray {QJsonObject {{QStringLiteral("network"), QStringLiteral("mig net")}}};
    b.config = QJsonObject {{QStringLiteral("retries"), 3},
        {QStringLiteral("post_migration_script"), QStringLiteral("echo \"fertig\"")}};
    b.startDate = kStart;

    MigrationWindow w1;
    w1.name = QStringLiteral("Wochenende 1");
    w1.start = kStart;
    w1.end = kStart.addSecs(48 * 3600);
    w1.lockout = kStart.addSecs(47 * 3600);
    w1.capacity = 10;
    MigrationWindow w2;
    w2.name = QStringLiteral("open ended");
    w2.start = {}; // already begun
    w2.end = {}; // never ends
    w2.capacity = 0;
    b.windows = {w1, w2};

    Constraint c1;
    c1.name = QStringLiteral("Datenbanken");
    c1.description = QStringLiteral("höchstens zwei");
    c1.includeExpression = QStringLiteral("name matches \"db*\"");
    c1.maxConcurrentInstances = 2;
    c1.minInstanceBootTimeMs = 300000;
    Constraint c2;
    c2.name = QStringLiteral("all");
    b.constraints = {c1, c2};
    return b;
}

void compareBatches(const Batch &a, const Batch &e)
{
    QCOMPARE(a.name, e.name);
    QCOMPARE(a.status, e.status);
    QCOMPARE(a.statusMessage, e.statusMessage);
    QCOMPARE(a.includeExpression, e.includeExpression);
    QCOMPARE(a.defaultTargetId, e.defaultTargetId);
    QCOMPARE(a.defaultProject, e.defaultProject);
    QCOMPARE(a.defaultPool, e.defaultPool);
    QCOMPARE(a.migrationNetwork, e.migrationNetwork);
    QCOMPARE(a.config, e.config);
    QCOMPARE(a.startDate, e.startDate);
    QCOMPARE(a.windows.size(), e.windows.size());
    for (int i = 0; i < a.windows.size(); ++i) {
        QVERIFY(a.windows.at(i).id > 0);
        QCOMPARE(a.windows.at(i).name, e.windows.at(i).name);
        QCOMPARE(a.windows.at(i).start, e.windows.at(i).start);
        QCOMPARE(a.windows.at(i).end, e.windows.at(i).end);
        QCOMPARE(a.windows.at(i).lockout, e.windows.at(i).lockout);
        QCOMPARE(a.windows.at(i).capacity, e.windows.at(i).capacity);
    }
    QCOMPARE(a.constraints.size(), e.constraints.size());
    for (int i = 0; i < a.constraints.size(); ++i) {
        QVERIFY(a.constraints.at(i).id > 0);
        QCOMPARE(a.constraints.at(i).name, e.constraints.at(i).name);
        QCOMPARE(a.constraints.at(i).description, e.constraints.at(i).description);
        QCOMPARE(a.constraints.at(i).includeExpression, e.constraints.at(i).includeExpression);
        QCOMPARE(
            a.constraints.at(i).maxConcurrentInstances, e.constraints.at(i).maxConcurrentInstances);
        QCOMPARE(
            a.constraints.at(i).minInstanceBootTimeMs, e.constraints.at(i).minInstanceBootTimeMs);
    }
}

} // namespace

class TestBatchRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        FERRY_OPEN_TEST_DATABASE(
            m_testDb, m_dir->filePath(QStringLiteral("data dir/ferry.db")), m_db);
        Target t;
        t.name = QStringLiteral("incus 1");
        t.endpoint = QStringLiteral("https://incus.example:8443");
        auto target = TargetRepository(m_db).insert(t);
        VERIFY_OK(target);
        m_target = *target;
        Source s;
        s.name = QStringLiteral("vcenter");
        s.endpoint = QStringLiteral("https://vcenter.example/sdk");
        auto source = SourceRepository(m_db).insert(s);
        VERIFY_OK(source);
        m_source = *source;
    }

    void cleanup()
    {
        m_db.reset();
        m_testDb.drop();
        m_dir.reset();
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("withTarget");
        QTest::addColumn<bool>("withChildren");
        QTest::newRow("ascii") << QStringLiteral("wave-1") << true << true;
        QTest::newRow("spaces and non-ascii, no target")
            << QStringLiteral("Welle 2 – Köln 東京") << false << true;
        QTest::newRow("no windows, no constraints") << QStringLiteral("bare") << true << false;
    }

    void roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(bool, withTarget);
        QFETCH(bool, withChildren);
        BatchRepository repo(m_db);
        Batch b = makeBatch(name, withTarget ? m_target : 0);
        if (!withChildren) {
            b.windows.clear();
            b.constraints.clear();
            b.startDate = {};
        }
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto id = repo.insert(b);
        VERIFY_OK(id);
        auto loaded = repo.byId(*id);
        VERIFY_OK(loaded);
        QCOMPARE(loaded->id, *id);
        compareBatches(*loaded, b);
        QVERIFY(loaded->createdAt >= before);
        auto byName = repo.byName(name);
        VERIFY_OK(byName);
        compareBatches(*byName, b);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM batches WHERE default_target_id IS NULL")),
            withTarget ? 0 : 1);
    }

    void duplicateNameIsAlreadyExists()
    {
        BatchRepository repo(m_db);
        VERIFY_OK(repo.insert(makeBatch(QStringLiteral("Welle"), m_target)));
        auto again = repo.insert(makeBatch(QStringLiteral("Welle"), m_target));
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::AlreadyExists);
        QVERIFY(again.error().message.contains(QStringLiteral("Welle")));
        // Nothing of the refused batch was written.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM migration_windows")), 2);

        auto other = repo.insert(makeBatch(QStringLiteral("other"), m_target));
        VERIFY_OK(other);
        Batch renamed = *repo.byId(*other);
        renamed.name = QStringLiteral("Welle");
        QCOMPARE(repo.update(renamed).error().code, Error::Code::AlreadyExists);
    }

    void invalidBatchesAreRefused_data()
    {
        QTest::addColumn<int>("defect");
        QTest::addColumn<int>("code");
        QTest::newRow("no name") << 0 << int(Error::Code::InvalidInput);
        QTest::newRow("two windows with one name") << 1 << int(Error::Code::InvalidInput);
        QTest::newRow("unnamed constraint") << 2 << int(Error::Code::InvalidInput);
        QTest::newRow("negative capacity") << 3 << int(Error::Code::InvalidInput);
        QTest::newRow("unknown target") << 4 << int(Error::Code::NotFound);
    }

    void invalidBatchesAreRefused()
    {
        QFETCH(int, defect);
        QFETCH(int, code);
        Batch b = makeBatch(QStringLiteral("bad"), m_target);
        switch (defect) {
        case 0:
            b.name = QStringLiteral("  ");
            break;
        case 1:
            b.windows[1].name = b.windows[0].name;
            break;
        case 2:
            b.constraints[1].name.clear();
            break;
        case 3:
            b.windows[1].capacity = -1;
            break;
        case 4:
            b.defaultTargetId = m_target + 50;
            break;
        }
        auto id = BatchRepository(m_db).insert(b);
        QVERIFY(!id);
        QCOMPARE(int(id.error().code), code);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM batches")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM migration_windows")), 0);
    }

    void updateKeepsWindowIdsByName()
    {
        BatchRepository repo(m_db);
        auto id = repo.insert(makeBatch(QStringLiteral("w"), m_target));
        VERIFY_OK(id);
        Batch b = *repo.byId(*id);
        const qint64 keptWindow = b.windows.at(0).id;
        const qint64 droppedWindow = b.windows.at(1).id;
        const qint64 keptConstraint = b.constraints.at(1).id;

        // A queue entry that points at the dropped window.
        auto instance = addInstance(QStringLiteral("vm-1"));
        QueueEntry e;
        e.batchId = *id;
        e.instanceId = instance;
        e.windowId = droppedWindow;
        auto entry = QueueRepository(m_db).insert(e);
        VERIFY_OK(entry);

        MigrationWindow added;
        added.name = QStringLiteral("Nacht");
        added.start = kStart.addDays(7);
        added.end = kStart.addDays(8);
        b.windows[0].capacity = 99;
        b.windows = {added, b.windows.at(0)};
        b.constraints = {b.constraints.at(1)};
        b.constraints[0].maxConcurrentInstances = 5;
        b.name = QStringLiteral("w renamed");
        b.defaultTargetId = 0;
        b.config = QJsonObject {};
        b.status = batchstatus::Running; // not written by update()
        VERIFY_OK(repo.update(b));

        auto loaded = repo.byId(*id);
        VERIFY_OK(loaded);
        Batch expected = b;
        expected.status = batchstatus::Defined;
        compareBatches(*loaded, expected);
        QCOMPARE(loaded->windows.at(1).id, keptWindow);
        QVERIFY(loaded->windows.at(0).id != droppedWindow);
        QCOMPARE(loaded->constraints.at(0).id, keptConstraint);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM migration_windows")), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM batch_constraints")), 1);
        // The entry survives; its window is gone (ON DELETE SET NULL).
        QCOMPARE(QueueRepository(m_db).byId(*entry)->windowId, qint64(0));

        Batch missing = b;
        missing.id = *id + 10;
        missing.name = QStringLiteral("nope");
        QCOMPARE(repo.update(missing).error().code, Error::Code::NotFound);
    }

    void updateStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("ok");
        QTest::newRow("Running") << batchstatus::Running << true;
        QTest::newRow("Stopped") << batchstatus::Stopped << true;
        QTest::newRow("Finished") << batchstatus::Finished << true;
        QTest::newRow("Error") << batchstatus::Error << true;
        QTest::newRow("lowercase") << QStringLiteral("running") << false;
        QTest::newRow("unknown") << QStringLiteral("Paused") << false;
    }

    void updateStatus()
    {
        QFETCH(QString, status);
        QFETCH(bool, ok);
        BatchRepository repo(m_db);
        auto id = repo.insert(makeBatch(QStringLiteral("s"), m_target));
        VERIFY_OK(id);
        Status st = repo.updateStatus(*id, status, QStringLiteral("Grund: ü"));
        QCOMPARE(st.ok(), ok);
        auto loaded = repo.byId(*id);
        VERIFY_OK(loaded);
        if (ok) {
            QCOMPARE(loaded->status, status);
            QCOMPARE(loaded->statusMessage, QStringLiteral("Grund: ü"));
        } else {
            QCOMPARE(st.error().code, Error::Code::InvalidInput);
            QCOMPARE(loaded->status, batchstatus::Defined);
        }
        QCOMPARE(repo.updateStatus(*id + 1, batchstatus::Running, {}).error().code,
            Error::Code::NotFound);
    }

    void matched()
    {
        BatchRepository repo(m_db);
        auto id = repo.insert(makeBatch(QStringLiteral("m"), m_target));
        VERIFY_OK(id);
        const qint64 a = addInstance(QStringLiteral("vm-1"));
        const qint64 b = addInstance(QStringLiteral("vm-2"));
        const qint64 c = addInstance(QStringLiteral("vm-3"));

        QVERIFY(repo.matched(*id)->isEmpty());
        VERIFY_OK(repo.setMatched(*id, {c, a}));
        QCOMPARE(*repo.matched(*id), (QVector<qint64> {a, c}));
        VERIFY_OK(repo.setMatched(*id, {b, c, c}));
        QCOMPARE(*repo.matched(*id), (QVector<qint64> {b, c}));

        // An unknown instance refuses the whole change.
        Status st = repo.setMatched(*id, {a, c + 100});
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::NotFound);
        QCOMPARE(*repo.matched(*id), (QVector<qint64> {b, c}));

        QCOMPARE(repo.setMatched(*id + 5, {a}).error().code, Error::Code::NotFound);
        VERIFY_OK(repo.setMatched(*id, {}));
        QVERIFY(repo.matched(*id)->isEmpty());
    }

    void allLoadsChildrenPerBatch()
    {
        BatchRepository repo(m_db);
        Batch z = makeBatch(QStringLiteral("zeta"), m_target);
        z.windows.removeLast();
        Batch a = makeBatch(QStringLiteral("alpha"), 0);
        a.constraints.clear();
        Batch m = makeBatch(QStringLiteral("mu"), m_target);
        VERIFY_OK(repo.insert(z));
        VERIFY_OK(repo.insert(a));
        VERIFY_OK(repo.insert(m));
        auto all = repo.all();
        VERIFY_OK(all);
        QCOMPARE(all->size(), 3);
        compareBatches(all->at(0), a);
        compareBatches(all->at(1), m);
        compareBatches(all->at(2), z);
    }

    void removeCascades()
    {
        BatchRepository repo(m_db);
        auto id = repo.insert(makeBatch(QStringLiteral("gone"), m_target));
        VERIFY_OK(id);
        auto kept = repo.insert(makeBatch(QStringLiteral("kept"), m_target));
        VERIFY_OK(kept);
        const qint64 instance = addInstance(QStringLiteral("vm-1"));
        VERIFY_OK(repo.setMatched(*id, {instance}));
        VERIFY_OK(repo.setMatched(*kept, {instance}));
        QueueRepository queue(m_db);
        QueueEntry e;
        e.batchId = *id;
        e.instanceId = instance;
        auto entry = queue.insert(e);
        VERIFY_OK(entry);
        VERIFY_OK(queue.appendLog(*entry, QStringLiteral("info"), QStringLiteral("hallo")));
        DiskProgress p;
        p.diskName = QStringLiteral("disk");
        VERIFY_OK(queue.setDiskProgress(*entry, p));

        VERIFY_OK(repo.remove(*id));
        QCOMPARE(repo.byId(*id).error().code, Error::Code::NotFound);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM migration_windows")), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM batch_constraints")), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM batch_instances")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM queue_entries")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM queue_log")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM queue_disk_progress")), 0);
        QCOMPARE(repo.remove(*id).error().code, Error::Code::NotFound);
        // The instance is untouched.
        VERIFY_OK(InstanceRepository(m_db).byId(instance));
    }

private:
    qint64 addInstance(const QString &moref)
    {
        Instance in;
        in.sourceId = m_source;
        in.sourceSpecificId = moref;
        in.name = moref;
        auto id = InstanceRepository(m_db).save(in);
        return id ? *id : -1;
    }

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
    qint64 m_target = 0;
    qint64 m_source = 0;
};

QTEST_GUILESS_MAIN(TestBatchRepository)
#include "test_batchrepository.moc"
