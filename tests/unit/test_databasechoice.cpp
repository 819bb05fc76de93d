#include "appsettings/databasechoice.h"
#include "secrets/credentialstore.h"
#include "store/database.h"
#include "util/paths.h"

#include "common/labenv.h"
#include "common/testdatabase.h"

#include <QtTest>

using namespace ferry;

// The desktop's stored database choice and the database password from the keychain
// (appsettings/databasechoice.h, docs/scale.md "Choosing the database"): the order --database,
// FERRY_DATABASE, stored choice, SQLite default; the password from PGPASSWORD, else the
// keychain (here through systemd's $CREDENTIALS_DIRECTORY, which CredentialStore reads first,
// and the real keychain when one answers), else libpq's password file; never in a URL's text.
// As pg.databasechoice the password reaches the tests' PostgreSQL (TestDatabaseChoiceServer).
class TestDatabaseChoice final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_pgPassword;

    QString choiceFile() const { return m_dir.filePath(QStringLiteral("config/database.conf")); }
    QString dataDirectory() const { return m_dir.filePath(QStringLiteral("data")); }

    static DatabaseUrl pgUrl(const QString &text)
    {
        auto url = DatabaseUrl::parse(text);
        return url ? *url : DatabaseUrl();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pgPassword = qgetenv("PGPASSWORD");
    }

    void init()
    {
        qunsetenv("FERRY_DATABASE");
        qunsetenv("PGPASSWORD");
        qunsetenv("CREDENTIALS_DIRECTORY");
        QFile::remove(choiceFile());
    }

    void cleanupTestCase()
    {
        if (!m_pgPassword.isEmpty())
            qputenv("PGPASSWORD", m_pgPassword);
    }

    void noChoiceIsTheDefault()
    {
        auto stored = DatabaseChoice::load(choiceFile());
        QVERIFY(stored);
        QVERIFY(!*stored);
        auto url = DatabaseChoice::resolve(QString(), dataDirectory(), nullptr, choiceFile());
        QVERIFY(url);
        QVERIFY(!url->isPostgreSQL());
        QCOMPARE(url->filePath(), databaseFile(dataDirectory()));
    }

    void precedence()
    {
        const DatabaseUrl stored = pgUrl(QStringLiteral("postgresql://ferry@stored.example/ferry"));
        QVERIFY(DatabaseChoice::save(stored, choiceFile()));
        auto url = DatabaseChoice::resolve(QString(), dataDirectory(), nullptr, choiceFile());
        QVERIFY(url);
        QCOMPARE(url->host(), QStringLiteral("stored.example"));

        qputenv("FERRY_DATABASE", "postgresql://ferry@env.example/ferry");
        url = DatabaseChoice::resolve(QString(), dataDirectory(), nullptr, choiceFile());
        QVERIFY(url);
        QCOMPARE(url->host(), QStringLiteral("env.example"));

        url = DatabaseChoice::resolve(QStringLiteral("postgresql://ferry@option.example/ferry"),
            dataDirectory(), nullptr, choiceFile());
        QVERIFY(url);
        QCOMPARE(url->host(), QStringLiteral("option.example"));

        // Back to the default: the key goes, the default comes back.
        qunsetenv("FERRY_DATABASE");
        QVERIFY(DatabaseChoice::save(std::nullopt, choiceFile()));
        url = DatabaseChoice::resolve(QString(), dataDirectory(), nullptr, choiceFile());
        QVERIFY(url);
        QVERIFY(!url->isPostgreSQL());
    }

    void brokenChoiceNamesTheFile()
    {
        QVERIFY(QDir().mkpath(QFileInfo(choiceFile()).absolutePath()));
        {
            QSettings s(choiceFile(), QSettings::IniFormat);
            s.setValue(QStringLiteral("database/url"), QStringLiteral("mysql://x@y/z"));
        }
        auto url = DatabaseChoice::resolve(QString(), dataDirectory(), nullptr, choiceFile());
        QVERIFY(!url);
        QVERIFY2(url.error().details.contains(QDir::toNativeSeparators(choiceFile())),
            qPrintable(url.error().toString()));
        // FERRY_DATABASE decides without reading it.
        qputenv("FERRY_DATABASE", "postgresql://ferry@env.example/ferry");
        QVERIFY(DatabaseChoice::resolve(QString(), dataDirectory(), nullptr, choiceFile()));
    }

    void fieldsMakeTheUrl()
    {
        DatabaseChoice::ServerFields fields;
        fields.host = QStringLiteral(" db.example.com ");
        fields.port = QStringLiteral("5433");
        fields.databaseName = QStringLiteral("ferry");
        fields.userName = QStringLiteral("ferry");
        fields.sslMode = QStringLiteral("require");
        auto url = DatabaseChoice::fromFields(fields);
        QVERIFY2(url, url ? "" : qPrintable(url.error().toString()));
        QCOMPARE(url->toString(),
            QStringLiteral("postgresql://ferry@db.example.com:5433/ferry?sslmode=require"));
        const auto back = DatabaseChoice::toFields(*url);
        QCOMPARE(back.host, QStringLiteral("db.example.com"));
        QCOMPARE(back.port, QStringLiteral("5433"));
        QCOMPARE(back.sslMode, QStringLiteral("require"));

        fields.port = QStringLiteral("65536");
        QVERIFY(!DatabaseChoice::fromFields(fields));
        fields.port = QStringLiteral("5432");
        fields.host.clear();
        QVERIFY(!DatabaseChoice::fromFields(fields));

        QCOMPARE(
            DatabaseChoice::defaultSslMode(QStringLiteral("localhost")), QStringLiteral("disable"));
        QCOMPARE(
            DatabaseChoice::defaultSslMode(QStringLiteral("127.0.0.1")), QStringLiteral("disable"));
        QCOMPARE(DatabaseChoice::defaultSslMode(QStringLiteral("::1")), QStringLiteral("disable"));
        QCOMPARE(DatabaseChoice::defaultSslMode(QStringLiteral("db.example.com")),
            QStringLiteral("verify-full"));
        QCOMPARE(DatabaseChoice::defaultSslMode(QStringLiteral("10.0.0.5")),
            QStringLiteral("verify-full"));
    }

    void passwordComesFromTheCredentialStore()
    {
        const DatabaseUrl url = pgUrl(QStringLiteral("postgresql://ferry@db.example:5433/state"));
        QCOMPARE(DatabaseChoice::passwordKey(url),
            QStringLiteral("database:ferry@db.example:5433/state"));

        // systemd's credentials directory: what CredentialStore::read() asks first.
        QTemporaryDir credentials;
        const CredentialStore store(QStringLiteral("ferry"), 2000);
        QFile file(credentials.filePath(store.credentialName(DatabaseChoice::passwordKey(url))));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("from-the-store");
        file.close();
        qputenv("CREDENTIALS_DIRECTORY", credentials.path().toUtf8());

        DatabaseUrl withPassword = DatabaseChoice::withStoredPassword(url, store);
        QCOMPARE(withPassword.password(), QStringLiteral("from-the-store"));
        QVERIFY(!withPassword.toString().contains(QLatin1String("from-the-store")));

        // The stored choice gets it too.
        QVERIFY(DatabaseChoice::save(url, choiceFile()));
        auto resolved = DatabaseChoice::resolve(QString(), dataDirectory(), &store, choiceFile());
        QVERIFY(resolved);
        QCOMPARE(resolved->password(), QStringLiteral("from-the-store"));
        QFile saved(choiceFile());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains("from-the-store"));

        // PGPASSWORD decides over the store: no password attached, libpq reads the variable.
        qputenv("PGPASSWORD", "from-the-environment");
        QVERIFY(!DatabaseChoice::withStoredPassword(url, store).hasPassword());
        qunsetenv("PGPASSWORD");

        // Nothing stored for another database: libpq's password file stays the way.
        const DatabaseUrl other = pgUrl(QStringLiteral("postgresql://ferry@db.example:5433/other"));
        QVERIFY(!DatabaseChoice::withStoredPassword(other, store).hasPassword());
        // SQLite has no password.
        QVERIFY(!DatabaseChoice::withStoredPassword(
            DatabaseUrl::sqliteFile(QStringLiteral("/x.db")), store)
                     .hasPassword());
    }
};

// The real keychain, as integration.databasechoice_keychain (FERRY_TEST_KEYCHAIN=1, the lab's
// keyring): skips where none
// answers (the credentials directory above takes the same path through CredentialStore::read).
class TestDatabaseChoiceKeychain final : public QObject
{
    Q_OBJECT

    static DatabaseUrl pgUrl(const QString &text)
    {
        auto url = DatabaseUrl::parse(text);
        return url ? *url : DatabaseUrl();
    }

private Q_SLOTS:
    void init() { qunsetenv("PGPASSWORD"); }

    void passwordComesFromTheKeychain()
    {
        // As integration.databasechoice_keychain: the lab's keyring on its private D-Bus.
        const test::LabEnv lab = test::LabEnv::load();
        if (lab.has({"keyring"}))
            lab.useLabKeyring();
        const CredentialStore store(QStringLiteral("ferry-test-databasechoice"), 5000);
        if (Status st = store.probe(); !st)
            QSKIP(qPrintable(QStringLiteral("no keychain answers here (%1); the credentials "
                                            "directory test covers the same path")
                                 .arg(st.error().message)));
        const DatabaseUrl url = pgUrl(QStringLiteral("postgresql://ferry@db.example:5433/state"));
        const QString key = DatabaseChoice::passwordKey(url);
        QVERIFY(store.write(key, "from-the-keychain"));
        const DatabaseUrl withPassword = DatabaseChoice::withStoredPassword(url, store);
        QVERIFY(store.remove(key));
        QCOMPARE(withPassword.password(), QStringLiteral("from-the-keychain"));
    }
};

// pg.databasechoice (FERRY_TEST_DATABASE=postgresql): the tests' PostgreSQL.
class TestDatabaseChoiceServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // pg.databasechoice: the attached password is what logs in (PGPASSWORD unset), and a wrong
    // one fails without the password in the error.
    void passwordReachesTheServer()
    {
        const QString password = test::TestDatabase::labValue(QStringLiteral("FERRY_PG_PASSWORD"));
        auto server = test::TestDatabase::serverUrl(); // sets PGPASSWORD: taken away below
        QVERIFY2(server, server ? "" : qPrintable(server.error().toString()));
        qunsetenv("PGPASSWORD");

        DatabaseUrl wrong = *server;
        wrong.setPassword(QStringLiteral("not-the-password"));
        auto tested = DatabaseChoice::testConnection(wrong);
        QVERIFY(!tested);
        QCOMPARE(tested.error().code, Error::Code::Authentication);
        QVERIFY(!tested.error().toString().contains(QLatin1String("not-the-password")));

        DatabaseUrl right = *server;
        right.setPassword(password);
        tested = DatabaseChoice::testConnection(right);
        QVERIFY2(tested, tested ? "" : qPrintable(tested.error().toString()));
        QVERIFY(!tested->serverVersion.isEmpty());

        // Database::open hands it to every connection it makes.
        auto db = Database::open(right);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        QVERIFY((*db)->exec(QStringLiteral("SELECT 1")));
        QVERIFY(!(*db)->location().contains(password));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    if (test::TestDatabase::wantsPostgreSQL()) {
        TestDatabaseChoiceServer server;
        return QTest::qExec(&server, argc, argv);
    }
    if (qEnvironmentVariable("FERRY_TEST_KEYCHAIN") == QLatin1String("1")) {
        TestDatabaseChoiceKeychain keychain;
        return QTest::qExec(&keychain, argc, argv);
    }
    TestDatabaseChoice test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_databasechoice.moc"
