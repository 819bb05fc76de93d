#pragma once

// The database a store test runs on. By default an SQLite file in the test's temporary
// directory. With FERRY_TEST_DATABASE=postgresql (the pg.* tests CTest registers next to the
// unit.* ones) a fresh database on the tests' own PostgreSQL (tests/lab/pg-start, CTest fixture
// ferry_pg; FERRY_TEST_PG_ENV names its pg.env), created per test function and dropped after it.
//
// A pg.* test without a reachable server fails, unless FERRY_LAB_PARTIAL=1, which turns that
// into a skip (docs/testing.md): use FERRY_OPEN_TEST_DATABASE.
#include "store/database.h"
#include "store/databaseurl.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

#include <memory>

namespace ferry::test {

class TestDatabase final
{
public:
    TestDatabase() = default;
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;
    ~TestDatabase() { drop(); }

    static bool wantsPostgreSQL()
    {
        return qEnvironmentVariable("FERRY_TEST_DATABASE") == QLatin1String("postgresql");
    }
    static bool partialAllowed()
    {
        return qEnvironmentVariable("FERRY_LAB_PARTIAL") == QLatin1String("1");
    }

    // True when open() failed only because PostgreSQL is missing and FERRY_LAB_PARTIAL=1.
    bool skip() const { return m_skip; }

    // SQLite: Database::open(sqliteFile). PostgreSQL: a new database on the lab's server.
    Result<std::shared_ptr<Database>> open(const QString &sqliteFile)
    {
        m_skip = false;
        if (!wantsPostgreSQL())
            return Database::open(sqliteFile);
        auto url = createDatabase();
        if (!url) {
            m_skip = partialAllowed();
            return url.error();
        }
        return Database::open(*url);
    }

    // A value of the lab's pg.env (FERRY_PG_CA, FERRY_PG_PASSWORD, ...); empty when absent.
    static QString labValue(const QString &key)
    {
        QFile f(qEnvironmentVariable("FERRY_TEST_PG_ENV"));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return {};
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (line.startsWith(key + QLatin1Char('=')))
                return line.mid(key.size() + 1);
        }
        return {};
    }

    // The server's URL (database "postgres"), with PGPASSWORD set for this process.
    static Result<DatabaseUrl> serverUrl()
    {
        const QString envPath = qEnvironmentVariable("FERRY_TEST_PG_ENV");
        QFile f(envPath);
        if (envPath.isEmpty() || !f.open(QIODevice::ReadOnly | QIODevice::Text))
            return Error(Error::Code::NotFound,
                QStringLiteral("FERRY_TEST_DATABASE=postgresql, but the tests' PostgreSQL is not "
                               "running (no readable FERRY_TEST_PG_ENV \"%1\"; CTest starts it "
                               "with the fixture ferry_pg, tests/lab/pg-start starts one by "
                               "hand; FERRY_LAB_PARTIAL=1 skips instead)")
                    .arg(envPath));
        QString urlText;
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (line.startsWith(QLatin1String("FERRY_PG_URL=")))
                urlText = line.mid(13);
            else if (line.startsWith(QLatin1String("FERRY_PG_PASSWORD=")))
                qputenv("PGPASSWORD", line.mid(18).toUtf8());
        }
        return DatabaseUrl::parse(urlText);
    }

    // Drops the PostgreSQL database (after the test released its Database objects).
    void drop()
    {
        if (m_name.isEmpty())
            return;
        if (auto server = serverUrl()) {
            withAdmin(*server, [&](QSqlDatabase &admin) {
                QSqlQuery(admin).exec(
                    QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
                return QString();
            });
        }
        m_name.clear();
    }

private:
    Result<DatabaseUrl> createDatabase()
    {
        drop();
        auto server = serverUrl();
        if (!server)
            return server.error();
        const QString name
            = QStringLiteral("ferry_t_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
        const QString failure = withAdmin(*server, [&](QSqlDatabase &admin) {
            QSqlQuery q(admin);
            if (!q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                                       "LC_COLLATE 'C' LC_CTYPE 'C'")
                            .arg(name)))
                return q.lastError().text();
            return QString();
        });
        if (!failure.isEmpty())
            return Error(Error::Code::Database,
                QStringLiteral("cannot create a test database on %1").arg(server->toString()),
                failure);
        m_name = name;
        return server->withDatabaseName(name);
    }

    template<typename Fn>
    static QString withAdmin(const DatabaseUrl &server, Fn fn)
    {
        const QString connectionName
            = QStringLiteral("ferry-test-admin-%1").arg(QUuid::createUuid().toString());
        QString failure;
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
            admin.setHostName(server.host());
            admin.setPort(server.port());
            admin.setUserName(server.userName());
            admin.setDatabaseName(server.databaseName());
            if (admin.open())
                failure = fn(admin);
            else
                failure = admin.lastError().text();
            admin.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
        return failure;
    }

    QString m_name;
    bool m_skip = false;
};

} // namespace ferry::test

// Opens the test's database into `target` (a std::shared_ptr<Database>): fails the test when it
// cannot, or skips it when only PostgreSQL is missing and FERRY_LAB_PARTIAL=1.
#define FERRY_OPEN_TEST_DATABASE(testDb, sqliteFile, target)                                       \
    do {                                                                                           \
        auto opened_ = (testDb).open(sqliteFile);                                                  \
        if (!opened_.ok() && (testDb).skip())                                                      \
            QSKIP(qPrintable(opened_.error().toString()));                                         \
        QVERIFY2(opened_.ok(), opened_.ok() ? "" : qPrintable(opened_.error().toString()));        \
        (target) = *opened_;                                                                       \
    } while (false)
