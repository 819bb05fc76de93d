// The database server restarted under a running Ferry: the sessions it cut are opened again, and
// the work goes on with nothing lost. On a PostgreSQL of this test's own (tests/lab/pg-start in a
// temporary directory; restarted with tests/lab/pg-restart, a fast shutdown that cuts every
// session, as an administrator's restart does), not on the shared fixture, which other tests use
// at the same time.
#include "common/processrun.h"
#include "common/testdatabase.h"
#include "store/database.h"
#include "store/sourcerepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ferry;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

namespace {

QString labScript(const char *name)
{
    return qEnvironmentVariable("FERRY_TEST_SOURCE_DIR") + QStringLiteral("/tests/lab/")
        + QLatin1String(name);
}

Source source(const QString &name)
{
    Source s;
    s.name = name;
    s.endpoint = QStringLiteral("https://%1.example").arg(name);
    return s;
}

} // namespace

class TestDatabaseReconnect final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    bool m_started = false;

    void restart()
    {
        const test::ProcessRun r = test::runProcess(labScript("pg-restart"), {m_dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const test::ProcessRun r = test::runProcess(labScript("pg-start"), {m_dir.path()});
        if (r.exitCode != 0) {
            if (test::TestDatabase::partialAllowed())
                QSKIP(qPrintable(QStringLiteral("no PostgreSQL: ") + r.all()));
            QFAIL(qPrintable(
                QStringLiteral("pg-start failed (FERRY_LAB_PARTIAL=1 skips): ") + r.all()));
        }
        m_started = true;
        qputenv("FERRY_TEST_PG_ENV", m_dir.filePath(QStringLiteral("pg.env")).toUtf8());
    }

    void cleanupTestCase()
    {
        if (m_started)
            (void)test::runProcess(labScript("pg-stop"), {m_dir.path()});
    }

    void workGoesOnAfterARestart()
    {
        auto url = test::TestDatabase::serverUrl();
        VERIFY_OK(url);
        auto db = Database::open(*url);
        VERIFY_OK(db);
        const SourceRepository sources(*db);
        VERIFY_OK(sources.insert(source(QStringLiteral("before"))));

        // A read on the cut session: asked again on a new one.
        restart();
        auto all = sources.all();
        VERIFY_OK(all);
        QCOMPARE(all->size(), 1);

        // A transaction that starts on a cut session: opened again before anything ran.
        restart();
        Status st = (*db)->transaction([&](QSqlDatabase &c) -> Status {
            auto q = Database::exec(c, QStringLiteral("SELECT count(*) FROM sources"));
            if (!q)
                return q.error();
            return {};
        });
        VERIFY_OK(st);
        VERIFY_OK(sources.insert(source(QStringLiteral("after"))));

        all = sources.all();
        VERIFY_OK(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, QStringLiteral("after")); // by name
        QCOMPARE(all->at(1).name, QStringLiteral("before"));
    }

    // A statement that fails inside a transaction is the statement's failure: the session is
    // not replaced under the transaction, which rolls back as a whole.
    void aFailedStatementInATransactionIsNotAReconnect()
    {
        auto url = test::TestDatabase::serverUrl();
        VERIFY_OK(url);
        auto db = Database::open(*url);
        VERIFY_OK(db);
        const SourceRepository sources(*db);
        const int before = sources.all()->size();
        bool sameSession = false;
        Status st = (*db)->transaction([&](QSqlDatabase &c) -> Status {
            if (auto q = Database::exec(c,
                    QStringLiteral("INSERT INTO sources (name, endpoint, created_at, updated_at) "
                                   "VALUES ('in-tx', 'https://x', '', '')"));
                !q)
                return q.error();
            auto broken = (*db)->exec(QStringLiteral("SELECT no_such_column FROM sources"));
            if (broken)
                return {};
            // Still the same session, in its failed transaction: a replaced session would
            // answer this.
            sameSession = !Database::exec(c, QStringLiteral("SELECT 1"));
            return broken.error();
        });
        QVERIFY(sameSession);
        QVERIFY(!st);
        QCOMPARE(sources.all()->size(), before);
        QVERIFY(!sources.byName(QStringLiteral("in-tx")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseReconnect)
#include "test_databasereconnect.moc"
