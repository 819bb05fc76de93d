#include "store/database.h"
#include "store/sourcerepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent>
#include <QtTest>

#include <thread>

using namespace ferry;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString fixture(const QString &name)
{
    return qEnvironmentVariable("FERRY_TEST_SOURCE_DIR") + QStringLiteral("/tests/fixtures/")
        + name;
}

void writeRawDatabase(const QString &path, int userVersion)
{
    const QString name = QStringLiteral("raw-%1").arg(userVersion);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE future_things (id INTEGER PRIMARY KEY)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseHasLatestSchema()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("sub dir/ferry.db")));
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY((*db)->backupPath().isEmpty());

        auto mode = (*db)->exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode && mode->next());
        QCOMPARE(mode->value(0).toString(), QStringLiteral("wal"));
        auto fk = (*db)->exec(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk && fk->next());
        QCOMPARE(fk->value(0).toInt(), 1);
        QVERIFY((*db)->checkIntegrity());

        // Every domain table exists.
        const QStringList tables = (*db)->connection().tables();
        for (const char *t : {"sources", "targets", "instances", "instance_disks", "instance_nics",
                 "instance_snapshots", "networks", "batches", "migration_windows",
                 "batch_constraints", "batch_instances", "queue_entries", "queue_disk_progress",
                 "queue_log", "artifacts", "artifact_waits", "warnings", "engine_lock", "engines",
                 "settings", "schema_history"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);
    }

    void olderFixtureIsMigratedWithBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ferry.db"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("ferry-schema-v1.db")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = fileHash(path);

        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());

        // The copy made before the upgrade is the old file, still at version 1.
        const QString backup = (*db)->backupPath();
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFile::exists(backup));
        {
            QSqlDatabase old
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bak"));
            old.setDatabaseName(backup);
            QVERIFY(old.open());
            QSqlQuery q(old);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM sources")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("vc 01 Zürich"));
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bak"));
        QVERIFY(before != fileHash(path));

        // The data survived the upgrade, and the history says who upgraded it.
        auto src = SourceRepository(*db).byName(QStringLiteral("vc 01 Zürich"));
        QVERIFY(src);
        QCOMPARE(src->endpoint, QStringLiteral("https://vc01.example.test"));
        QCOMPARE(src->cert.trustedSha256,
            QStringLiteral("ba4f5b7749bc76e11fdce0dba27c49e6c379cfb9b4c7de14844442d9b6df5726"));
        // Schema 9: host-direct reads, off for a source from before, and kept when set.
        QVERIFY(!src->hostDirectReads);
        Source on = *src;
        on.hostDirectReads = true;
        QVERIFY(SourceRepository(*db).update(on));
        auto reread = SourceRepository(*db).byName(QStringLiteral("vc 01 Zürich"));
        QVERIFY(reread && reread->hostDirectReads);
        auto disks = (*db)->exec(
            QStringLiteral(
                "SELECT d.name FROM instance_disks d JOIN instances i ON i.id = d.instance_id "
                "WHERE i.location = ?"),
            {QStringLiteral("/DC0/vm/Win 2016 Ä")});
        QVERIFY(disks && disks->next());
        QCOMPARE(disks->value(0).toString(), QStringLiteral("[datastore1] Win2016/Win2016.vmdk"));
        auto hist = (*db)->exec(QStringLiteral("SELECT version FROM schema_history"));
        QVERIFY(hist && hist->next());
        QCOMPARE(hist->value(0).toInt(), 2);
        QVERIFY((*db)->checkIntegrity());
    }

    void newerDatabaseIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ferry.db"));
        writeRawDatabase(path, Database::latestSchemaVersion() + 5);
        const QByteArray before = fileHash(path);

        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::DatabaseTooNew);
        QVERIFY(db.error().message.contains(QStringLiteral("newer version of Ferry")));
        QVERIFY(db.error().message.contains(QString::number(Database::latestSchemaVersion() + 5)));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void garbageIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ferry.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::Database);
        QVERIFY(db.error().message.contains(QStringLiteral("not a Ferry database")));
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("ferry.db")));
        QVERIFY(db);
        auto q = (*db)->exec(QStringLiteral("INSERT INTO instances (uuid, source_id, "
                                            "source_specific_id) VALUES ('u', 999, 'vm-1')"));
        QVERIFY(!q);
        QCOMPARE(q.error().code, Error::Code::Database);
    }

    void failedTransactionRollsBack()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("ferry.db")));
        QVERIFY(db);
        Status st = (*db)->transaction([](QSqlDatabase &c) -> Status {
            auto a = Database::exec(c, QStringLiteral("INSERT INTO settings VALUES ('a', '1')"));
            if (!a)
                return a.error();
            return Error(Error::Code::Canceled, QStringLiteral("stop"));
        });
        QVERIFY(!st);
        auto count = (*db)->exec(QStringLiteral("SELECT count(*) FROM settings"));
        QVERIFY(count && count->next());
        QCOMPARE(count->value(0).toInt(), 0);
    }

    void oneConnectionPerThread()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("ferry.db")));
        QVERIFY(opened);
        std::shared_ptr<Database> db = *opened;
        const QString mine = db->connection().connectionName();
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        QList<QFuture<QString>> futures;
        for (int i = 0; i < 8; ++i) {
            futures << QtConcurrent::run(&pool, [db, i]() -> QString {
                auto ins = db->exec(QStringLiteral("INSERT INTO settings VALUES (?, ?)"),
                    {QStringLiteral("k%1").arg(i), QString::number(i)});
                return ins ? db->connection().connectionName() : QString();
            });
        }
        QSet<QString> names;
        for (auto &f : futures) {
            const QString n = f.result();
            QVERIFY(!n.isEmpty());
            QVERIFY(n != mine);
            names.insert(n);
        }
        QVERIFY(names.size() <= 4);
        auto count = db->exec(QStringLiteral("SELECT count(*) FROM settings"));
        QVERIFY(count && count->next());
        QCOMPARE(count->value(0).toInt(), 8);
    }

    // Threads come and go (QThreadPool retires idle ones, and a new thread may get the native id
    // of a dead one): each gets a connection of its own, removed when it ends.
    void finishedThreadsLeaveNoConnectionBehind()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("ferry.db")));
        QVERIFY(opened);
        std::shared_ptr<Database> db = *opened;
        const int before = int(QSqlDatabase::connectionNames().size());
        for (int i = 0; i < 20; ++i) {
            bool ok = false;
            std::thread t([&db, &ok, i]() {
                ok = bool(db->exec(QStringLiteral("INSERT INTO settings VALUES (?, ?)"),
                    {QStringLiteral("t%1").arg(i), QStringLiteral("x")}));
            });
            t.join();
            QVERIFY(ok);
        }
        QCOMPARE(int(QSqlDatabase::connectionNames().size()), before);
        auto count = db->exec(QStringLiteral("SELECT count(*) FROM settings"));
        QVERIFY(count && count->next());
        QCOMPARE(count->value(0).toInt(), 20);
    }

    // A writer killed with SIGKILL in the middle of its transactions leaves a database that opens
    // cleanly, passes the integrity check and holds every transaction it reported as committed.
    void killNineDuringWritesLeavesConsistentDatabase()
    {
        const QString writer = qEnvironmentVariable("FERRY_TEST_BINARY_DIR")
            + QStringLiteral("/tests/unit/ferry_db_writer");
        QVERIFY2(QFile::exists(writer), qPrintable(writer));
        for (int round = 0; round < 3; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("ferry.db"));
            QProcess p;
            p.start(writer, {path});
            QVERIFY(p.waitForStarted());
            qint64 committed = 0;
            QByteArray buffer;
            QElapsedTimer t;
            t.start();
            const qint64 stopAfter = 150 + round * 250;
            while (committed < stopAfter && t.elapsed() < 60000) {
                p.waitForReadyRead(1000);
                buffer += p.readAllStandardOutput();
                const QList<QByteArray> lines = buffer.split('\n');
                for (int i = lines.size() - 2; i >= 0; --i) {
                    if (lines[i].startsWith("committed ")) {
                        committed = lines[i].mid(10).toLongLong();
                        break;
                    }
                }
                buffer = lines.last();
            }
            QVERIFY2(committed >= stopAfter, "the writer did not make progress");
            p.kill(); // SIGKILL
            p.waitForFinished();

            auto db = Database::open(path);
            QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
            QVERIFY((*db)->checkIntegrity());
            auto count = (*db)->exec(
                QStringLiteral("SELECT count(*), count(DISTINCT queue_entry_id) FROM queue_log"));
            QVERIFY(count && count->next());
            // Each transaction writes one entry and three log lines: nothing half-written.
            const qint64 lines = count->value(0).toLongLong();
            const qint64 entries = count->value(1).toLongLong();
            QVERIFY2(entries >= committed,
                qPrintable(QStringLiteral("%1 < %2").arg(entries).arg(committed)));
            QCOMPARE(lines, entries * 3);
            auto orphan = (*db)->exec(QStringLiteral("PRAGMA foreign_key_check"));
            QVERIFY(orphan);
            QVERIFY(!orphan->next());
        }
    }

    // The migration scripts run unchanged on SQLite; for PostgreSQL only the column types are
    // mapped (docs/scale.md). Expected texts written out by hand.
    void migrationTypesForPostgreSQL_data()
    {
        QTest::addColumn<QString>("sqlite");
        QTest::addColumn<QString>("postgresql");
        QTest::newRow("row id") << QStringLiteral("    id                    INTEGER PRIMARY KEY,")
                                << QStringLiteral("    id                    BIGINT GENERATED BY "
                                                  "DEFAULT AS IDENTITY PRIMARY KEY,");
        QTest::newRow("engine lock id")
            << QStringLiteral("    id           INTEGER PRIMARY KEY CHECK (id = 1),")
            << QStringLiteral("    id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY "
                              "KEY CHECK (id = 1),");
        QTest::newRow("version key") << QStringLiteral("    version       INTEGER PRIMARY KEY,")
                                     << QStringLiteral("    version       BIGINT PRIMARY KEY,");
        QTest::newRow("reference")
            << QStringLiteral("    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE "
                              "CASCADE,")
            << QStringLiteral("    source_id BIGINT NOT NULL REFERENCES sources(id) ON DELETE "
                              "CASCADE,");
        QTest::newRow("real") << QStringLiteral("    rate_bps       REAL NOT NULL DEFAULT 0,")
                              << QStringLiteral(
                                     "    rate_bps       DOUBLE PRECISION NOT NULL DEFAULT 0,");
        QTest::newRow("added column")
            << QStringLiteral("ALTER TABLE queue_entries ADD COLUMN keep_leftovers INTEGER NOT "
                              "NULL DEFAULT 0;")
            << QStringLiteral("ALTER TABLE queue_entries ADD COLUMN keep_leftovers BIGINT NOT "
                              "NULL DEFAULT 0;");
        QTest::newRow("text and words containing INTEGER stay")
            << QStringLiteral("    status TEXT NOT NULL DEFAULT 'INTEGERS', realm TEXT")
            << QStringLiteral("    status TEXT NOT NULL DEFAULT 'INTEGERS', realm TEXT");
    }

    void migrationTypesForPostgreSQL()
    {
        QFETCH(QString, sqlite);
        QFETCH(QString, postgresql);
        QCOMPARE(migrationSqlFor(DatabaseUrl::Engine::SQLite, sqlite), sqlite);
        QCOMPARE(migrationSqlFor(DatabaseUrl::Engine::PostgreSQL, sqlite), postgresql);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
