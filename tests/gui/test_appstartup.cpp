#include "startup/startup.h"

#include "store/database.h"
#include "util/paths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::gui;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A SQLite file as a future Ferry might leave it: a schema version this build does not know.
void writeFutureDatabase(const QString &path)
{
    const QString name = QStringLiteral("future-db");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE future_things (id INTEGER PRIMARY KEY, "
                                      "name TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO future_things(name) VALUES ('keep me')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestAppStartup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void freshDataDirectoryCreatesDatabase();
    void environmentChoosesDataDirectory();
    void overrideWinsOverEnvironment();
    void newerDatabaseIsRefusedUntouched();
    void unreadableDatabaseIsRefusedUntouched();
    void uncreatableDataDirectoryIsAnError();
    void loggerWritesToDataDirectory();
};

void TestAppStartup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setApplicationMetadata();
}

void TestAppStartup::init()
{
    qunsetenv("FERRY_DATA_DIR");
}

void TestAppStartup::freshDataDirectoryCreatesDatabase()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("nested/data"));
    StartupOptions options;
    options.dataDirectoryOverride = dir;
    options.installLogger = false;
    const auto result = prepareStartup(options);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->dataDirectory, QDir(dir).absolutePath());
    QVERIFY(result->database);
    QCOMPARE(result->database->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(QFileInfo::exists(databaseFile(dir)));
}

void TestAppStartup::environmentChoosesDataDirectory()
{
    QTemporaryDir tmp;
    qputenv("FERRY_DATA_DIR", QFile::encodeName(tmp.path()));
    StartupOptions options;
    options.installLogger = false;
    const auto result = prepareStartup(options);
    QVERIFY(result.ok());
    QCOMPARE(result->dataDirectory, QDir(tmp.path()).absolutePath());
    QVERIFY(QFileInfo::exists(databaseFile(tmp.path())));
}

void TestAppStartup::overrideWinsOverEnvironment()
{
    QTemporaryDir fromEnv;
    QTemporaryDir fromOption;
    qputenv("FERRY_DATA_DIR", QFile::encodeName(fromEnv.path()));
    StartupOptions options;
    options.dataDirectoryOverride = fromOption.path();
    options.installLogger = false;
    const auto result = prepareStartup(options);
    QVERIFY(result.ok());
    QCOMPARE(result->dataDirectory, QDir(fromOption.path()).absolutePath());
    QVERIFY(!QFileInfo::exists(databaseFile(fromEnv.path())));
}

void TestAppStartup::newerDatabaseIsRefusedUntouched()
{
    QTemporaryDir tmp;
    const QString path = databaseFile(tmp.path());
    writeFutureDatabase(path);
    if (QTest::currentTestFailed())
        return;
    const QByteArray before = fileHash(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    const QStringList filesBefore = QDir(tmp.path()).entryList(QDir::Files);

    StartupOptions options;
    options.dataDirectoryOverride = tmp.path();
    options.installLogger = false;
    const auto result = prepareStartup(options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::DatabaseTooNew);
    QVERIFY2(result.error().message.contains(QLatin1String("newer")),
        qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("999")));

    QCOMPARE(fileHash(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QCOMPARE(QDir(tmp.path()).entryList(QDir::Files), filesBefore); // no -wal, -shm or backup
}

void TestAppStartup::unreadableDatabaseIsRefusedUntouched()
{
    QTemporaryDir tmp;
    const QString path = databaseFile(tmp.path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("This is not a database, it is a shopping list.\n").repeated(200));
    file.close();
    const QByteArray before = fileHash(path);

    StartupOptions options;
    options.dataDirectoryOverride = tmp.path();
    options.installLogger = false;
    const auto result = prepareStartup(options);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().message.isEmpty());
    QCOMPARE(fileHash(path), before);
}

void TestAppStartup::uncreatableDataDirectoryIsAnError()
{
    QTemporaryDir tmp;
    const QString blocker = tmp.filePath(QStringLiteral("a-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    StartupOptions options;
    options.dataDirectoryOverride = blocker + QStringLiteral("/data");
    options.installLogger = false;
    const auto result = prepareStartup(options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::Io);
}

void TestAppStartup::loggerWritesToDataDirectory()
{
    QTemporaryDir tmp;
    // installFileLogger replaces the message handler; give QtTest its own back afterwards.
    const QtMessageHandler testHandler = qInstallMessageHandler(nullptr);
    qInstallMessageHandler(testHandler);

    StartupOptions options;
    options.dataDirectoryOverride = tmp.path();
    const auto result = prepareStartup(options);
    qInstallMessageHandler(testHandler);
    QVERIFY(result.ok());

    QFile log(QDir(logDirectory(tmp.path())).filePath(QStringLiteral("ferry.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    QVERIFY2(text.contains("starting"), text.constData());
    QVERIFY(text.contains(QFile::encodeName(QDir::toNativeSeparators(tmp.path()))));
}

QTEST_GUILESS_MAIN(TestAppStartup)
#include "test_appstartup.moc"
