// `ferryctl system db-copy`: an SQLite database with a row in every table is copied into a new
// database (PostgreSQL as pg.databasecopy, another SQLite file as unit.databasecopy), and every
// table reads back the same, row by row; new rows continue after the copied ids; a non-empty
// target is refused and left alone. Also through ferryctl itself.
#include "common/processrun.h"
#include "common/testdatabase.h"
#include "store/batchrepository.h"
#include "store/database.h"
#include "store/databasecopy.h"
#include "store/instancerepository.h"
#include "store/queuerepository.h"
#include "store/settingsrepository.h"
#include "store/sourcerepository.h"
#include "store/targetrepository.h"
#include "store/warningrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace ferry;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

namespace {

// Every row of a table as text, in id (or first column) order: what both engines must agree on.
QStringList dump(const std::shared_ptr<Database> &db, const QString &table)
{
    QSqlDatabase c = db->connection();
    const QSqlRecord record = c.record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    columns.sort(); // the same order whatever each engine's column order
    QSqlQuery q(c);
    const QString order = columns.contains(QLatin1String("id")) ? QStringLiteral("id")
                                                                : columns.join(QLatin1String(", "));
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                    .arg(columns.join(QLatin1String(", ")), table, order)))
        return {QStringLiteral("error: ") + table};
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i)
            values << (q.isNull(i) ? QStringLiteral("NULL")
                                   : columns.at(i) + QLatin1Char('=') + q.value(i).toString());
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

// The tables fill() writes rows into.
QStringList filledTables()
{
    return {QStringLiteral("settings"), QStringLiteral("sources"), QStringLiteral("targets"),
        QStringLiteral("instances"), QStringLiteral("instance_disks"), QStringLiteral("batches"),
        QStringLiteral("migration_windows"), QStringLiteral("batch_instances"),
        QStringLiteral("queue_entries"), QStringLiteral("queue_disk_progress"),
        QStringLiteral("queue_log"), QStringLiteral("warnings")};
}

} // namespace

class TestDatabaseCopy final : public QObject
{
    Q_OBJECT

private:
    ferry::test::TestDatabase m_targetDb;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_source;
    std::shared_ptr<Database> m_target;

    // An SQLite database with rows in every copied table.
    void fill()
    {
        auto source = SourceRepository(m_source).insert([] {
            Source s;
            s.name = QStringLiteral("vCenter Süd");
            s.endpoint = QStringLiteral("https://vc.example/sdk");
            return s;
        }());
        VERIFY_OK(source);
        auto target = TargetRepository(m_source).insert([] {
            Target t;
            t.name = QStringLiteral("incus01");
            t.endpoint = QStringLiteral("https://incus.example:8443");
            return t;
        }());
        VERIFY_OK(target);
        QVector<qint64> instances;
        for (int i = 0; i < 3; ++i) {
            Instance in;
            in.sourceId = *source;
            in.sourceSpecificId = QStringLiteral("vm-%1").arg(i);
            in.name = QStringLiteral("web %1 (prod)").arg(i);
            in.memoryBytes = qint64(64) << 30; // beyond 32 bits
            Disk d;
            d.name = QStringLiteral("[ds1] web/web.vmdk");
            d.capacityBytes = qint64(3) << 40;
            d.supported = i != 1;
            in.disks = {d};
            auto id = InstanceRepository(m_source).save(in);
            VERIFY_OK(id);
            instances << *id;
        }
        // A gap in the ids: the copy keeps them, and new ones continue after the highest.
        VERIFY_OK(InstanceRepository(m_source).remove(instances.at(1)));
        instances.removeAt(1);

        Batch b;
        b.name = QStringLiteral("Welle 1");
        b.defaultTargetId = *target;
        MigrationWindow w;
        w.name = QStringLiteral("Nacht");
        w.capacity = 2;
        b.windows = {w};
        BatchRepository batches(m_source);
        auto batch = batches.insert(b);
        VERIFY_OK(batch);
        VERIFY_OK(batches.setMatched(*batch, instances));

        QueueRepository queue(m_source);
        QueueEntry e;
        e.batchId = *batch;
        e.instanceId = instances.first();
        e.statusMessage = QStringLiteral("waiting for the window");
        auto entry = queue.insert(e);
        VERIFY_OK(entry);
        VERIFY_OK(queue.appendLog(*entry, QStringLiteral("info"), QStringLiteral("queued")));
        VERIFY_OK(queue.appendLog(*entry, QStringLiteral("warning"), QStringLiteral("slow")));
        DiskProgress p;
        p.diskName = QStringLiteral("root");
        p.bytesTotal = qint64(3) << 40;
        p.bytesDone = 12345;
        p.rateBps = 1.5e8;
        p.startedAt = QDateTime(QDate(2026, 12, 1), QTime(1, 2, 3, 456), Qt::UTC);
        VERIFY_OK(queue.setDiskProgress(*entry, p));

        Warning warning;
        warning.type = QStringLiteral("Unsupported disk");
        warning.entityType = QStringLiteral("instance");
        warning.entity = QStringLiteral("web 1 (prod)");
        warning.messages = {QStringLiteral("a \"quoted\" message; with ' and ;")};
        VERIFY_OK(WarningRepository(m_source).upsert(warning));
        VERIFY_OK(SettingsRepository(m_source).set(
            QStringLiteral("engine.threads"), QStringLiteral("4")));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto source = Database::open(m_dir->filePath(QStringLiteral("source/ferry.db")));
        VERIFY_OK(source);
        m_source = *source;
        FERRY_OPEN_TEST_DATABASE(
            m_targetDb, m_dir->filePath(QStringLiteral("target/ferry.db")), m_target);
    }

    void cleanup()
    {
        m_source.reset();
        m_target.reset();
        m_targetDb.drop();
        m_dir.reset();
    }

    void everyTableReadsBackTheSame()
    {
        fill();
        if (QTest::currentTestFailed())
            return;
        auto counts = copyDatabase(m_source, m_target);
        VERIFY_OK(counts);
        QCOMPARE(counts->size(), copiedTables().size());
        for (const TableCopyCount &c : *counts) {
            const QStringList expected = dump(m_source, c.table);
            if (filledTables().contains(c.table))
                QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("no rows in ") + c.table));
            QCOMPARE(c.rows, qint64(expected.size()));
            QCOMPARE(dump(m_target, c.table), expected);
        }

        // The repositories read the copy as they read the original.
        auto instances = InstanceRepository(m_target).all();
        VERIFY_OK(instances);
        QCOMPARE(instances->size(), 2);
        QCOMPARE(instances->at(0).memoryBytes, qint64(64) << 30);
        QCOMPARE(instances->at(0).disks.value(0).capacityBytes, qint64(3) << 40);

        // New rows continue after the copied ids.
        Source s;
        s.name = QStringLiteral("esx01");
        s.endpoint = QStringLiteral("https://esx.example/sdk");
        auto next = SourceRepository(m_target).insert(s);
        VERIFY_OK(next);
        QCOMPARE(*next, qint64(2));
        Instance in;
        in.sourceId = *next;
        in.sourceSpecificId = QStringLiteral("vm-new");
        auto newInstance = InstanceRepository(m_target).save(in);
        VERIFY_OK(newInstance);
        QVERIFY(*newInstance > instances->last().id);
    }

    void nonEmptyTargetIsRefused()
    {
        fill();
        if (QTest::currentTestFailed())
            return;
        VERIFY_OK(
            SettingsRepository(m_target).set(QStringLiteral("log.level"), QStringLiteral("debug")));
        auto counts = copyDatabase(m_source, m_target);
        QVERIFY(!counts.ok());
        QCOMPARE(counts.error().code, Error::Code::AlreadyExists);
        QCOMPARE(dump(m_target, QStringLiteral("sources")), QStringList());
        QCOMPARE(dump(m_target, QStringLiteral("settings")).size(), 1);
    }

    void throughFerryctl()
    {
        QVERIFY2(!ferry::test::ferryctlPath().isEmpty(), "FERRYCTL is not set");
        fill();
        if (QTest::currentTestFailed())
            return;
        const QString to = m_target->url().toString();
        const QString location = m_target->location();
        const int logLines = int(dump(m_source, QStringLiteral("queue_log")).size());
        m_target.reset(); // ferryctl opens it itself
        const auto run = ferry::test::runFerryctl(m_dir->filePath(QStringLiteral("source")),
            {QStringLiteral("system"), QStringLiteral("db-copy"), QStringLiteral("--to"), to,
                QStringLiteral("--format"), QStringLiteral("json")},
            {}, {}, 60000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("to")).toString(), location);
        QCOMPARE(
            o.value(QStringLiteral("tables")).toObject().value(QStringLiteral("instances")).toInt(),
            2);
        QCOMPARE(
            o.value(QStringLiteral("tables")).toObject().value(QStringLiteral("queue_log")).toInt(),
            logLines);

        // A second copy into the now filled database is refused, with exit code 1.
        const auto again = ferry::test::runFerryctl(m_dir->filePath(QStringLiteral("source")),
            {QStringLiteral("system"), QStringLiteral("db-copy"), QStringLiteral("--to"), to}, {},
            {}, 60000);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(
            again.err.contains(QLatin1String("already holds Ferry data")), qPrintable(again.err));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "test_databasecopy.moc"
