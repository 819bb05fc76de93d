// Connecting to PostgreSQL as `--database URL` asks: TLS verified against a CA file
// (sslmode=verify-full, sslrootcert), a refused certificate, a wrong password and a missing
// database are clear errors that never contain the password. Runs only as pg.postgresqlconnection,
// against the tests' server (tests/lab/pg-start turns TLS on with a CA of the run).
#include "common/testdatabase.h"
#include "store/database.h"
#include "store/databaseurl.h"
#include "store/settingsrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ferry;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

class TestPostgreSQLConnection final : public QObject
{
    Q_OBJECT

private:
    ferry::test::TestDatabase m_testDb;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db; // a fresh database of the run, to connect to again
    QString m_password;

    DatabaseUrl withQuery(const QString &query) const
    {
        const QString text = m_db->url().toString() + QLatin1Char('?') + query;
        auto url = DatabaseUrl::parse(text);
        return url ? *url : DatabaseUrl();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY2(ferry::test::TestDatabase::wantsPostgreSQL(),
            "run as pg.postgresqlconnection (FERRY_TEST_DATABASE=postgresql)");
        m_dir = std::make_unique<QTemporaryDir>();
        FERRY_OPEN_TEST_DATABASE(m_testDb, m_dir->filePath(QStringLiteral("unused.db")), m_db);
        m_password = ferry::test::TestDatabase::labValue(QStringLiteral("FERRY_PG_PASSWORD"));
        QVERIFY(!m_password.isEmpty());
        qputenv("PGPASSWORD", m_password.toUtf8());
    }

    void cleanup()
    {
        m_db.reset();
        m_testDb.drop();
        m_dir.reset();
    }

    void verifiedTls()
    {
        const QString ca = ferry::test::TestDatabase::labValue(QStringLiteral("FERRY_PG_CA"));
        QVERIFY(QFile::exists(ca));
        const DatabaseUrl url = withQuery(QStringLiteral("sslmode=verify-full&sslrootcert=") + ca);
        QCOMPARE(url.options().value(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        auto db = Database::open(url);
        VERIFY_OK(db);
        auto q = (*db)->exec(
            QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
        VERIFY_OK(q);
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toBool(), true);
        // And the state is there: the same schema as through the plain connection.
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        VERIFY_OK(SettingsRepository(*db).set(QStringLiteral("log.level"), QStringLiteral("info")));
    }

    void plainConnectionIsNotEncrypted()
    {
        auto db = Database::open(withQuery(QStringLiteral("sslmode=disable")));
        VERIFY_OK(db);
        auto q = (*db)->exec(
            QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
        VERIFY_OK(q);
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toBool(), false);
    }

    void certificateFromAnotherCaIsRefused()
    {
        const QString other
            = ferry::test::TestDatabase::labValue(QStringLiteral("FERRY_PG_OTHER_CA"));
        QVERIFY(QFile::exists(other));
        auto db
            = Database::open(withQuery(QStringLiteral("sslmode=verify-full&sslrootcert=") + other));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::Database);
        QVERIFY2(db.error().message.startsWith(QLatin1String("Cannot connect to the database "
                                                             "postgresql://")),
            qPrintable(db.error().message));
        QVERIFY2(db.error().details.contains(QLatin1String("certificate verify failed")),
            qPrintable(db.error().details));
    }

    void wrongPasswordNamesNoPassword()
    {
        qputenv("PGPASSWORD", "wrong-password-123");
        auto db = Database::open(m_db->url());
        qputenv("PGPASSWORD", m_password.toUtf8());
        QVERIFY(!db.ok());
        QVERIFY2(db.error().details.contains(QLatin1String("password authentication failed")),
            qPrintable(db.error().details));
        QVERIFY(!db.error().toString().contains(QLatin1String("wrong-password-123")));
        QVERIFY(!db.error().toString().contains(m_password));
    }

    void missingDatabase()
    {
        auto db = Database::open(m_db->url().withDatabaseName(QStringLiteral("ferry_missing")));
        QVERIFY(!db.ok());
        QVERIFY2(db.error().details.contains(QLatin1String("does not exist")),
            qPrintable(db.error().details));
    }
};

QTEST_GUILESS_MAIN(TestPostgreSQLConnection)
#include "test_postgresqlconnection.moc"
