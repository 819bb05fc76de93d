// Runs the real ferryctl binary as a user would.
#include "common/processrun.h"
#include "model/target.h"
#include "store/database.h"
#include "store/sourcerepository.h"
#include "store/targetrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = ferry::test::ProcessRun;

Run ferryctl(const QStringList &args,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcessEnvironment e = env;
    e.remove(QStringLiteral("DISPLAY"));
    e.remove(QStringLiteral("WAYLAND_DISPLAY"));
    e.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return ferry::test::runFerryctl({}, args, {}, e, 60000);
}

} // namespace

class TestFerryctl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionWithoutDisplay()
    {
        const Run r = ferryctl({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("ferryctl 0.1.0"));
    }

    void help()
    {
        const Run r = ferryctl({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Usage: ferryctl")));
        QVERIFY(r.out.contains(QStringLiteral("source list")));
        const Run h = ferryctl({QStringLiteral("help"), QStringLiteral("source")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains(QStringLiteral("Usage: ferryctl source list")));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList {} << QStringLiteral("Usage:");
        QTest::newRow("unknown noun") << QStringList {QStringLiteral("frobnicate"),
            QStringLiteral("now")} << QStringLiteral("unknown command \"frobnicate now\"");
        QTest::newRow("unknown verb") << QStringList {QStringLiteral("source"),
            QStringLiteral("explode")} << QStringLiteral("unknown command");
        QTest::newRow("bad format") << QStringList {QStringLiteral("--format"),
            QStringLiteral("xml"), QStringLiteral("source"), QStringLiteral("list")}
                                    << QStringLiteral("unknown format \"xml\"");
        QTest::newRow("extra argument") << QStringList {QStringLiteral("source"),
            QStringLiteral("list"), QStringLiteral("surplus")}
                                        << QStringLiteral("wrong number of arguments");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("source"),
            QStringLiteral("list"), QStringLiteral("--colour")}
                                        << QStringLiteral("Unknown option");
        QTest::newRow("--database without a URL") << QStringList {QStringLiteral("source"),
            QStringLiteral("list"),
            QStringLiteral("--database")} << QStringLiteral("Error: --database needs a URL.");
        QTest::newRow("--database of another engine")
            << QStringList {QStringLiteral("--database"),
                   QStringLiteral("mysql://ferry@127.0.0.1/ferry"), QStringLiteral("source"),
                   QStringLiteral("list")}
            << QStringLiteral("Error: Ferry keeps its state in SQLite or PostgreSQL; \"mysql\" "
                              "is neither");
        QTest::newRow("--database with a password")
            << QStringList {QStringLiteral("--database=postgresql://ferry:s3cret@127.0.0.1/ferry"),
                   QStringLiteral("source"), QStringLiteral("list")}
            << QStringLiteral("Error: The database URL must not contain a password");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Run r = ferryctl(QStringList {QStringLiteral("--data-dir"), dir.path()} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.contains(QLatin1String("s3cret")));
    }

    // --database sqlite:///PATH chooses the file; the data directory keeps only the logs.
    void databaseOption()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("elsewhere/state.db"));
        const Run r = ferryctl({QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
            QStringLiteral("--database"), QStringLiteral("sqlite://") + file,
            QStringLiteral("system"), QStringLiteral("info"), QStringLiteral("--format"),
            QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(info.value(QStringLiteral("database")).toString(), file);
        QVERIFY(QFile::exists(file));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("data/ferry.db"))));
    }

    void formatsAndDataDir()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(QStringLiteral("data with space"));
        Run r = ferryctl({QStringLiteral("--data-dir"), dataDir, QStringLiteral("source"),
            QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("[\n]"));
        QVERIFY(QFile::exists(dataDir + QStringLiteral("/ferry.db")));

        r = ferryctl({QStringLiteral("--data-dir=") + dataDir, QStringLiteral("--format=yaml"),
            QStringLiteral("source"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("[]\n"));

        r = ferryctl({QStringLiteral("--data-dir"), dataDir, QStringLiteral("source"),
            QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Trusted TLS Cert SHA256 Fingerprint")));

        // FERRY_DATA_DIR is used when --data-dir is absent.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FERRY_DATA_DIR"), dataDir);
        r = ferryctl({QStringLiteral("system"), QStringLiteral("info"), QStringLiteral("--format"),
                         QStringLiteral("json")},
            env);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(info.value(QStringLiteral("data_dir")).toString(), dataDir);
        QCOMPARE(info.value(QStringLiteral("schema_version")).toInt(),
            ferry::Database::latestSchemaVersion());
    }

    // engine run --only-source/--only-target: names that are not registered stop it before it
    // starts; registered ones run it (nothing to do here, so it ends at once, exit 0).
    void engineRunChecksOnlyNames()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(QStringLiteral("data"));
        {
            auto db = ferry::Database::open(dataDir + QStringLiteral("/ferry.db"));
            QVERIFY(db.ok());
            ferry::Source src;
            src.name = QStringLiteral("vc01");
            src.endpoint = QStringLiteral("https://vc01.example/sdk");
            QVERIFY(ferry::SourceRepository(*db).insert(src).ok());
            ferry::Target tgt;
            tgt.name = QStringLiteral("incus01");
            tgt.endpoint = QStringLiteral("https://incus01.example:8443");
            QVERIFY(ferry::TargetRepository(*db).insert(tgt).ok());
        }
        const QStringList run {
            QStringLiteral("--data-dir"), dataDir, QStringLiteral("engine"), QStringLiteral("run")};
        Run r = ferryctl(
            run + QStringList {QStringLiteral("--only-target"), QStringLiteral("incus1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral(
                     "--only-target: no target is named incus1; did you mean incus01?")),
            qPrintable(r.err));
        r = ferryctl(
            run + QStringList {QStringLiteral("--only-source"), QStringLiteral("vc01,elsewhere")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--only-source: no source is named elsewhere.")),
            qPrintable(r.err));
        r = ferryctl(run
            + QStringList {QStringLiteral("--only-source"), QStringLiteral("vc01"),
                QStringLiteral("--only-target"), QStringLiteral("incus01")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void newerDatabaseFailsWithOneLine()
    {
        QTemporaryDir dir;
        {
            QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(dir.filePath(QStringLiteral("ferry.db")));
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 77"));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const Run r = ferryctl({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("source"),
            QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("Error: The database")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("newer version of Ferry")));
    }

    void missingKeychainIsExplained()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus-here")));
        const Run r = ferryctl({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("system"),
                                   QStringLiteral("keychain")},
            env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("No usable system keychain")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestFerryctl)
#include "test_ferryctl.moc"
