// Diagnostics bundle and shared settings: the archive's members, the scrubbed database copy (no
// keychain reference, user name, private key, secret setting or known secret survives, not even
// in free pages), the logs' redaction, settings defaults and range checks, refused input.

#include "appsettings/appsettings.h"
#include "common/processrun.h"
#include "diagnostics/diagnostics.h"
#include "store/database.h"
#include "store/settingsrepository.h"
#include "util/paths.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;

namespace {

const QByteArray kPassword = "Sup3r-S3cret-Passw0rd";
const QByteArray kPrivateKey = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n"
                               "-----END PRIVATE KEY-----";

// Members of an uncompressed tar archive: name -> content.
QMap<QString, QByteArray> readTar(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = f.readAll();
    QMap<QString, QByteArray> members;
    qsizetype pos = 0;
    while (pos + 512 <= data.size()) {
        const QByteArray header = data.mid(pos, 512);
        if (header.count('\0') == 512)
            break;
        QString name = QString::fromUtf8(header.left(100).constData());
        const QString prefix = QString::fromUtf8(header.mid(345, 155).constData());
        if (!prefix.isEmpty())
            name = prefix + QLatin1Char('/') + name;
        const qint64 size = header.mid(124, 12).trimmed().replace('\0', "").toLongLong(nullptr, 8);
        members.insert(name, data.mid(pos + 512, size));
        pos += 512 + (size + 511) / 512 * 512;
    }
    return members;
}

} // namespace

class TestDiagnostics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    void seed()
    {
        QDir().mkpath(dataDir());
        auto db = Database::open(databaseFile(dataDir()));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        const QString now = QStringLiteral("2026-11-22T06:00:00.000Z");
        QVERIFY((*db)->exec(QStringLiteral("INSERT INTO sources(name, endpoint, username, "
                                           "secret_ref, status_detail, created_at, updated_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {QStringLiteral("vcenter"), QStringLiteral("https://127.0.0.1:8989/sdk"),
                QStringLiteral("administrator@vsphere.local"), QStringLiteral("source/vcenter"),
                QStringLiteral("login failed for password %1").arg(QString::fromLatin1(kPassword)),
                now, now}));
        QVERIFY((*db)->exec(QStringLiteral("INSERT INTO targets(name, endpoint, client_cert_pem, "
                                           "secret_ref, created_at, updated_at) VALUES (?, ?, ?, "
                                           "?, ?, ?)"),
            {QStringLiteral("lxd"), QStringLiteral("https://127.0.0.1:8443"),
                QString::fromLatin1(kPrivateKey), QStringLiteral("target/lxd"), now, now}));
        SettingsRepository settings(*db);
        QVERIFY(settings.set(QStringLiteral("engine.threads"), QStringLiteral("6")));
        QVERIFY(settings.set(QStringLiteral("oidc.refresh_token"), QStringLiteral("tok-12345")));

        QDir().mkpath(logDirectory(dataDir()));
        QFile log(QDir(logDirectory(dataDir())).filePath(QStringLiteral("ferry.log")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("2026-11-22T06:00:00Z info ferry.app: started\n");
        log.write("2026-11-22T06:00:01Z debug ferry.app: request password=" + kPassword + "\n");
        log.write(
            "2026-11-22T06:00:02Z debug ferry.app: header Authorization: Basic YWRtaW46eA==\n");
        log.write("2026-11-22T06:00:03Z info ferry.app: sync finished\n");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        seed();
    }

    void exportWritesScrubbedBundle()
    {
        const QString out = m_dir.filePath(QStringLiteral("bundle.tar"));
        DiagnosticsOptions options;
        options.dataDirectory = dataDir();
        options.application = QStringLiteral("test");
        options.extraSettings.insert(QStringLiteral("ui/theme"), QStringLiteral("dark"));
        options.knownSecrets << QString::fromLatin1(kPassword);
        const auto report = exportDiagnostics(options, out);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QVERIFY(report->redactions >= 6);

        const auto members = readTar(out);
        const QStringList expected {QStringLiteral("ferry-diagnostics/README.txt"),
            QStringLiteral("ferry-diagnostics/versions.txt"),
            QStringLiteral("ferry-diagnostics/settings.txt"),
            QStringLiteral("ferry-diagnostics/ferry.db"),
            QStringLiteral("ferry-diagnostics/logs/ferry.log")};
        for (const QString &name : expected)
            QVERIFY2(members.contains(name), qPrintable(name));
        QCOMPARE(report->entries, expected);

        // Nothing secret anywhere in the archive, in any byte.
        QFile whole(out);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        QVERIFY(!bytes.contains(kPassword));
        QVERIFY(!bytes.contains("PRIVATE KEY"));
        QVERIFY(!bytes.contains("administrator@vsphere.local"));
        QVERIFY(!bytes.contains("tok-12345"));
        QVERIFY(!bytes.contains("source/vcenter"));
        QVERIFY(!bytes.contains("YWRtaW46eA=="));

        QVERIFY(members.value(QStringLiteral("ferry-diagnostics/versions.txt"))
                    .contains("ferry: " FERRY_TEST_VERSION));
        const QByteArray settings = members.value(QStringLiteral("ferry-diagnostics/settings.txt"));
        QVERIFY(settings.contains("engine.threads = 6"));
        QVERIFY(settings.contains("oidc.refresh_token = [redacted]"));
        QVERIFY(settings.contains("ui/theme = dark"));
        const QByteArray log = members.value(QStringLiteral("ferry-diagnostics/logs/ferry.log"));
        QVERIFY(log.contains("ferry.app: started"));
        QVERIFY(log.contains("sync finished"));
        QVERIFY(log.contains("password=[redacted]"));

        // The copy is a working database with the rows kept and the secrets replaced.
        const QString copy = m_dir.filePath(QStringLiteral("copy.db"));
        QFile c(copy);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(members.value(QStringLiteral("ferry-diagnostics/ferry.db")));
        c.close();
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
            db.setDatabaseName(copy);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT name, endpoint, username, secret_ref, "
                                          "status_detail FROM sources")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("vcenter"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("https://127.0.0.1:8989/sdk"));
            QCOMPARE(q.value(2).toString(), QStringLiteral("[redacted]"));
            QCOMPARE(q.value(3).toString(), QStringLiteral("[redacted]"));
            QCOMPARE(q.value(4).toString(), QStringLiteral("login failed for password [redacted]"));
            QVERIFY(q.exec(QStringLiteral("SELECT client_cert_pem FROM targets")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("[redacted]"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("copy"));

        // The live database is untouched.
        auto live = Database::open(databaseFile(dataDir()));
        QVERIFY(live);
        auto q = (*live)->exec(QStringLiteral("SELECT username FROM sources"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("administrator@vsphere.local"));
    }

    void exportRefusesBadInput()
    {
        DiagnosticsOptions options;
        options.dataDirectory = m_dir.filePath(QStringLiteral("nothing-here"));
        auto missing = exportDiagnostics(options, m_dir.filePath(QStringLiteral("x.tar")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.tar"))));

        options.dataDirectory = dataDir();
        auto noName = exportDiagnostics(options, QString());
        QVERIFY(!noName);
        QCOMPARE(noName.error().code, Error::Code::InvalidInput);

        auto unwritable
            = exportDiagnostics(options, m_dir.filePath(QStringLiteral("no/such/dir/bundle.tar")));
        QVERIFY(!unwritable);
        QCOMPARE(unwritable.error().code, Error::Code::Io);

        // On PostgreSQL the data directory's SQLite file (if any) is not the state: refused,
        // rather than a bundle with a stale copy.
        options.sharedDatabase = QStringLiteral("postgresql://ferry@127.0.0.1:5432/ferry");
        auto shared = exportDiagnostics(options, m_dir.filePath(QStringLiteral("pg.tar")));
        QVERIFY(!shared);
        QCOMPARE(shared.error().code, Error::Code::InvalidInput);
        QVERIFY2(shared.error().message.contains(QLatin1String("pg_dump")),
            qPrintable(shared.error().message));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("pg.tar"))));
    }

    void redactLogText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("sync of vcenter finished")
                               << QStringLiteral("sync of vcenter finished");
        QTest::newRow("password=") << QStringLiteral("password=hunter22 next")
                                   << QStringLiteral("password=[redacted] next");
        QTest::newRow("json token") << QStringLiteral("{\"token\": \"abc.def\"}")
                                    << QStringLiteral("{\"token\": [redacted]}");
        QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer eyJabc")
                                << QStringLiteral("Authorization: [redacted]");
        QTest::newRow("known secret") << QStringLiteral("echo Sup3r-S3cret-Passw0rd here")
                                      << QStringLiteral("echo [redacted] here");
        QTest::newRow("pem") << QStringLiteral("a -----BEGIN EC PRIVATE KEY-----\nxyz\n-----END EC "
                                               "PRIVATE KEY----- b")
                             << QStringLiteral("a [redacted] b");
        QTest::newRow("the word alone") << QStringLiteral("the secret store is locked")
                                        << QStringLiteral("the secret store is locked");
    }

    void redactLogText()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ferry::redactLogText(input, {QString::fromLatin1(kPassword)}), expected);
    }

    void settingsDefaultsAndRoundTrip()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.db")));
        QVERIFY(db);
        auto defaults = AppSettings::load(*db);
        QVERIFY(defaults);
        QCOMPARE(defaults->sourceImportLimit, 50);
        QCOMPARE(defaults->engineThreads, 4);
        QCOMPARE(defaults->engineRetries, 2);
        QCOMPARE(defaults->logLevel, LogLevel::Info);

        AppSettings s;
        s.sourceImportLimit = 12;
        s.engineThreads = 8;
        s.engineRetries = 0;
        s.logLevel = LogLevel::Debug;
        QVERIFY(s.save(*db));
        auto back = AppSettings::load(*db);
        QVERIFY(back);
        QCOMPARE(back->sourceImportLimit, 12);
        QCOMPARE(back->engineThreads, 8);
        QCOMPARE(back->engineRetries, 0);
        QCOMPARE(back->logLevel, LogLevel::Debug);

        // Out of range or not numbers: the defaults, not garbage.
        SettingsRepository repo(*db);
        QVERIFY(repo.set(QStringLiteral("engine.threads"), QStringLiteral("0")));
        QVERIFY(repo.set(QStringLiteral("engine.retries"), QStringLiteral("many")));
        QVERIFY(repo.set(QStringLiteral("log.level"), QStringLiteral("loud")));
        auto bad = AppSettings::load(*db);
        QVERIFY(bad);
        QCOMPARE(bad->engineThreads, 4);
        QCOMPARE(bad->engineRetries, 2);
        QCOMPARE(bad->logLevel, LogLevel::Info);
        QCOMPARE(bad->sourceImportLimit, 12);
    }

    void logLevelFilters()
    {
        QLoggingCategory category("ferry.test");
        applyLogLevel(LogLevel::Warning);
        QVERIFY(!category.isInfoEnabled());
        QVERIFY(category.isWarningEnabled());
        applyLogLevel(LogLevel::Error);
        QVERIFY(!category.isWarningEnabled());
        QVERIFY(category.isCriticalEnabled());
        applyLogLevel(LogLevel::Debug);
        QVERIFY(category.isDebugEnabled());
        applyLogLevel(LogLevel::Info);
        QVERIFY(!category.isDebugEnabled());
        QVERIFY(category.isInfoEnabled());
        QCOMPARE(AppSettings::parseLogLevel(QStringLiteral(" WARNING ")), LogLevel::Warning);
        QVERIFY(!AppSettings::parseLogLevel(QStringLiteral("verbose")));
    }

    void ferryctlDiagnosticsAndSettings()
    {
        QVERIFY2(!ferry::test::ferryctlPath().isEmpty(),
            "FERRYCTL is not set: run the test through ctest, or set it to the ferryctl to test");
        auto run = [&](const QStringList &args, int expectedCode) {
            const ferry::test::ProcessRun r
                = ferry::test::runFerryctl(dataDir(), args, {}, {}, 60000);
            const QByteArray out = (r.out + r.err).toUtf8();
            if (r.exitCode != expectedCode)
                qWarning("%s", out.constData());
            return r.exitCode == expectedCode ? out : QByteArray("<wrong exit code>");
        };
        const QString tar = m_dir.filePath(QStringLiteral("cli.tar"));
        const QByteArray written
            = run({QStringLiteral("system"), QStringLiteral("diagnostics"), tar}, 0);
        QVERIFY2(written.contains("Diagnostics written to"), written.constData());
        QVERIFY(readTar(tar).contains(QStringLiteral("ferry-diagnostics/ferry.db")));
        QVERIFY(!run({QStringLiteral("system"), QStringLiteral("diagnostics")}, 2).isEmpty());

        QVERIFY(run({QStringLiteral("system"), QStringLiteral("settings"),
                        QStringLiteral("engine.retries"), QStringLiteral("5")},
                    0)
            != "<wrong exit code>");
        QCOMPARE(run({QStringLiteral("system"), QStringLiteral("settings"),
                         QStringLiteral("engine.retries")},
                     0)
                     .trimmed(),
            QByteArray("5"));
        QVERIFY(run({QStringLiteral("system"), QStringLiteral("settings"),
                        QStringLiteral("engine.threads"), QStringLiteral("0")},
            1)
                    .contains("not a valid value"));
        QVERIFY(run({QStringLiteral("system"), QStringLiteral("settings"),
                        QStringLiteral("no.such"), QStringLiteral("1")},
            1)
                    .contains("Unknown setting"));
    }
};

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "test_diagnostics.moc"
