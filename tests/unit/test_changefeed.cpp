// The dashboard's change notifications (store/changefeed.h, migration 5): on PostgreSQL a write
// to queue_entries or engines on another connection reaches the feed as one coalesced changed();
// on SQLite the feed stays inactive and the schema has no trigger. Runs on SQLite
// (unit.changefeed) and PostgreSQL (pg.changefeed).
#include "common/testdatabase.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/enginerepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ferry;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

namespace {

EngineRecord engine(const QString &id)
{
    EngineRecord e;
    e.id = id;
    e.host = QStringLiteral("node-b");
    e.pid = 4242;
    e.version = QStringLiteral("test");
    return e;
}

} // namespace

class TestChangeFeed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        FERRY_OPEN_TEST_DATABASE(m_testDb, m_dir->filePath(QStringLiteral("ferry.db")), m_db);
    }

    void cleanup()
    {
        m_db.reset();
        m_testDb.drop();
    }

    void migrationKeepsTriggersOffSQLite()
    {
        const QString script = QStringLiteral("CREATE TABLE t (id INTEGER);\n-- postgresql-only\n"
                                              "CREATE FUNCTION f() RETURNS trigger AS $$ x; $$;\n");
        QCOMPARE(migrationSqlFor(DatabaseUrl::Engine::SQLite, script),
            QStringLiteral("CREATE TABLE t (id INTEGER);\n"));
        QVERIFY(migrationSqlFor(DatabaseUrl::Engine::PostgreSQL, script).contains(u"$$ x; $$"));
    }

    void triggersOnPostgreSQLOnly()
    {
        QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
        const QString sql = m_db->isPostgreSQL()
            ? QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgname IN "
                             "('queue_entries_notify', 'engines_notify')")
            : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'");
        auto q = m_db->exec(sql);
        VERIFY_OK(q);
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toInt(), m_db->isPostgreSQL() ? 2 : 0);
    }

    void writeOnAnotherConnectionIsHeard()
    {
        ChangeFeed feed(m_db);
        QSignalSpy changed(&feed, &ChangeFeed::changed);
        if (!m_db->isPostgreSQL()) {
            QVERIFY(!feed.isActive());
            VERIFY_OK(EngineRepository(m_db).registerEngine(engine(QStringLiteral("e1"))));
            QVERIFY(!changed.wait(600));
            return;
        }
        QVERIFY(feed.isActive());
        // Another Database object: connections of its own, as another process has.
        auto other = Database::open(m_db->url());
        VERIFY_OK(other);
        VERIFY_OK(EngineRepository(*other).registerEngine(engine(QStringLiteral("e1"))));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(
            changed.at(0).at(0).value<QSet<QString>>(), QSet<QString> {QStringLiteral("engines")});

        // A burst of writes to both tables: one signal naming both.
        feed.setCoalesceMs(400);
        changed.clear();
        VERIFY_OK(EngineRepository(*other).heartbeat(QStringLiteral("e1"), 60000));
        VERIFY_OK((*other)->exec(
            QStringLiteral("UPDATE queue_entries SET status = status WHERE id = -1")));
        VERIFY_OK(EngineRepository(*other).unregisterEngine(QStringLiteral("e1")));
        QVERIFY(changed.wait(5000));
        QTest::qWait(600);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QSet<QString>>(),
            (QSet<QString> {QStringLiteral("engines"), QStringLiteral("queue_entries")}));
    }

    void lostConnectionIsOpenedAgain()
    {
        ChangeFeed feed(m_db);
        feed.setCheckMs(200);
        if (!m_db->isPostgreSQL()) {
            // Nothing to listen to and nothing to open again: it stays inactive, quietly.
            QSignalSpy active(&feed, &ChangeFeed::activeChanged);
            QTest::qWait(500);
            QVERIFY(!feed.isActive());
            QCOMPARE(active.count(), 0);
            return;
        }
        QVERIFY(feed.isActive());
        QSignalSpy changed(&feed, &ChangeFeed::changed);
        // The server ends the feed's session, as a restart of the server would.
        auto killed = m_db->exec(QStringLiteral(
            "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = "
            "current_database() AND pid <> pg_backend_pid() AND query ILIKE 'LISTEN%'"));
        VERIFY_OK(killed);
        QVERIFY(killed->next());
        QCOMPARE(killed->value(0).toInt(), 1);
        // The next check listens again on a new session and asks for one refresh (what was
        // written meanwhile was not heard); later writes are heard again.
        QVERIFY(changed.wait(5000));
        QVERIFY(feed.isActive());
        changed.clear();
        auto other = Database::open(m_db->url());
        VERIFY_OK(other);
        VERIFY_OK(EngineRepository(*other).registerEngine(engine(QStringLiteral("e2"))));
        QVERIFY(changed.wait(5000));
        QVERIFY(changed.last().at(0).value<QSet<QString>>().contains(QStringLiteral("engines")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    test::TestDatabase m_testDb;
    std::shared_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "test_changefeed.moc"
