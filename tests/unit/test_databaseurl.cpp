#include "store/databaseurl.h"
#include "util/paths.h"

#include <QtTest>

using namespace ferry;

// `--database URL` / FERRY_DATABASE: the one place that reads a database URL (docs/scale.md).
class TestDatabaseUrl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postgresql_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("connectOptions");
        QTest::addColumn<QString>("canonical");

        QTest::newRow("issue example")
            << QStringLiteral("postgresql://ferry@db.example:5432/ferry")
            << QStringLiteral("db.example") << 5432 << QStringLiteral("ferry")
            << QStringLiteral("ferry") << QString()
            << QStringLiteral("postgresql://ferry@db.example:5432/ferry");
        QTest::newRow("default port, postgres scheme")
            << QStringLiteral("postgres://ferry@127.0.0.1/state") << QStringLiteral("127.0.0.1")
            << 5432 << QStringLiteral("ferry") << QStringLiteral("state") << QString()
            << QStringLiteral("postgresql://ferry@127.0.0.1:5432/state");
        QTest::newRow("tls verified")
            << QStringLiteral("postgresql://ferry@127.0.0.1:54321/ferry?sslmode=verify-full&"
                              "sslrootcert=/etc/ferry/ca.pem")
            << QStringLiteral("127.0.0.1") << 54321 << QStringLiteral("ferry")
            << QStringLiteral("ferry")
            << QStringLiteral("sslmode='verify-full';sslrootcert='/etc/ferry/ca.pem'")
            << QStringLiteral("postgresql://ferry@127.0.0.1:54321/"
                              "ferry?sslmode=verify-full&sslrootcert=/etc/ferry/ca.pem");
        QTest::newRow("escaped path in an option")
            << QStringLiteral("postgresql://ferry@127.0.0.1:5433/ferry?sslrootcert=/tmp/a%20b/"
                              "it's.pem")
            << QStringLiteral("127.0.0.1") << 5433 << QStringLiteral("ferry")
            << QStringLiteral("ferry") << QStringLiteral("sslrootcert='/tmp/a b/it\\'s.pem'")
            << QStringLiteral("postgresql://ferry@127.0.0.1:5433/ferry?sslrootcert=/tmp/"
                              "a%20b/it's.pem");
        QTest::newRow("no user: libpq's default")
            << QStringLiteral("postgresql://[::1]:6000/ferry") << QStringLiteral("::1") << 6000
            << QString() << QStringLiteral("ferry") << QString()
            << QStringLiteral("postgresql://[::1]:6000/ferry");
    }

    void postgresql()
    {
        QFETCH(QString, text);
        auto url = DatabaseUrl::parse(text);
        QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().message));
        QVERIFY(url->isPostgreSQL());
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, database);
        QFETCH(QString, connectOptions);
        QFETCH(QString, canonical);
        QCOMPARE(url->host(), host);
        QCOMPARE(url->port(), port);
        QCOMPARE(url->userName(), user);
        QCOMPARE(url->databaseName(), database);
        QCOMPARE(url->qtConnectOptions(), connectOptions);
        QCOMPARE(url->toString(), canonical);
        QCOMPARE(
            url->withDatabaseName(QStringLiteral("other")).databaseName(), QStringLiteral("other"));
    }

    void sqlite()
    {
        auto url = DatabaseUrl::parse(QStringLiteral("sqlite:///var/lib/ferry%20x/ferry.db"));
        QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().message));
        QCOMPARE(url->engine(), DatabaseUrl::Engine::SQLite);
        QCOMPARE(url->filePath(), QStringLiteral("/var/lib/ferry x/ferry.db"));
        QCOMPARE(url->toString(), QStringLiteral("sqlite:///var/lib/ferry%20x/ferry.db"));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        const QString noPassword = QStringLiteral(
            "The database URL must not contain a password: give it in PGPASSWORD or in the "
            "PostgreSQL password file (~/.pgpass) instead.");
        QTest::newRow("empty") << QStringLiteral("  ")
                               << QStringLiteral("The database URL is empty.");
        QTest::newRow("no scheme")
            << QStringLiteral("ferry.db")
            << QStringLiteral("\"ferry.db\" is not a database URL; use "
                              "postgresql://USER@HOST:PORT/DATABASE or sqlite:///PATH/TO/FILE.");
        QTest::newRow("other engine")
            << QStringLiteral("mysql://ferry@127.0.0.1/ferry")
            << QStringLiteral("Ferry keeps its state in SQLite or PostgreSQL; \"mysql\" is "
                              "neither (use postgresql://... or sqlite:///...).");
        QTest::newRow("password") << QStringLiteral("postgresql://ferry:s3cret@127.0.0.1/ferry")
                                  << noPassword;
        QTest::newRow("empty password")
            << QStringLiteral("postgresql://ferry:@127.0.0.1/ferry") << noPassword;
        QTest::newRow("password parameter")
            << QStringLiteral("postgresql://ferry@127.0.0.1/ferry?password=s3cret") << noPassword;
        QTest::newRow("no host") << QStringLiteral("postgresql:///ferry")
                                 << QStringLiteral("The database URL \"postgresql:///ferry\" "
                                                   "names no server: "
                                                   "postgresql://USER@HOST:PORT/DATABASE.");
        QTest::newRow("bad port") << QStringLiteral("postgresql://ferry@127.0.0.1:99999/ferry")
                                  << QStringLiteral("\"postgresql://ferry@127.0.0.1:99999/ferry\" "
                                                    "is not a database URL; use "
                                                    "postgresql://USER@HOST:PORT/DATABASE or "
                                                    "sqlite:///PATH/TO/FILE.");
        QTest::newRow("no database")
            << QStringLiteral("postgresql://ferry@127.0.0.1:5432")
            << QStringLiteral("The database URL \"postgresql://ferry@127.0.0.1:5432\" names no "
                              "database: postgresql://USER@HOST:PORT/DATABASE.");
        QTest::newRow("unknown parameter")
            << QStringLiteral("postgresql://ferry@127.0.0.1/ferry?sslmode=require&options=-c")
            << QStringLiteral("The database URL has an unknown parameter \"options\"; known: "
                              "sslmode, sslrootcert, sslcert, sslkey, sslcrl, connect_timeout, "
                              "application_name.");
        QTest::newRow("bad sslmode")
            << QStringLiteral("postgresql://ferry@127.0.0.1/ferry?sslmode=verify")
            << QStringLiteral("The database URL's sslmode \"verify\" is not one of disable, "
                              "allow, prefer, require, verify-ca, verify-full.");
        QTest::newRow("semicolon in a value")
            << QStringLiteral("postgresql://ferry@127.0.0.1/ferry?sslrootcert=/a;host=evil")
            << QStringLiteral("The database URL's parameter \"sslrootcert\" has an invalid "
                              "value.");
        QTest::newRow("relative sqlite file")
            << QStringLiteral("sqlite:ferry.db")
            << QStringLiteral("An SQLite database URL needs an absolute file path: "
                              "sqlite:///PATH/TO/FILE (\"sqlite:ferry.db\").");
    }

    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        auto url = DatabaseUrl::parse(text);
        QVERIFY(!url.ok());
        QCOMPARE(url.error().code, Error::Code::InvalidInput);
        QCOMPARE(url.error().message, message);
        // A secret in a refused URL is not repeated anywhere.
        QVERIFY(!url.error().message.contains(QLatin1String("s3cret")));
        QVERIFY(!url.error().details.contains(QLatin1String("s3cret")));
    }

    // --database wins over FERRY_DATABASE, which wins over the data directory's SQLite file.
    void resolveOrder();
};

void TestDatabaseUrl::resolveOrder()
{
    const QString dataDir = QStringLiteral("/tmp/ferry-data");
    const QString fromOption = QStringLiteral("postgresql://ferry@127.0.0.1:5433/option");
    const QString fromEnvironment = QStringLiteral("postgresql://ferry@127.0.0.1:5434/env");

    qunsetenv("FERRY_DATABASE");
    auto plain = DatabaseUrl::resolve({}, dataDir);
    QVERIFY(plain.ok());
    QCOMPARE(plain->engine(), DatabaseUrl::Engine::SQLite);
    QCOMPARE(plain->filePath(), databaseFile(dataDir));

    qputenv("FERRY_DATABASE", fromEnvironment.toUtf8());
    auto env = DatabaseUrl::resolve({}, dataDir);
    QVERIFY(env.ok());
    QCOMPARE(env->toString(), fromEnvironment);
    auto option = DatabaseUrl::resolve(fromOption, dataDir);
    QVERIFY(option.ok());
    QCOMPARE(option->toString(), fromOption);

    qputenv("FERRY_DATABASE", "postgresql://ferry:s3cret@127.0.0.1/ferry");
    auto bad = DatabaseUrl::resolve({}, dataDir);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().details.contains(QLatin1String("FERRY_DATABASE")));
    QVERIFY(!bad.error().toString().contains(QLatin1String("s3cret")));
    qunsetenv("FERRY_DATABASE");
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "test_databaseurl.moc"
