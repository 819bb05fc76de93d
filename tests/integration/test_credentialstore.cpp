// The credential store against a real gnome-keyring on the lab's private D-Bus.
#include "common/labenv.h"
#include "secrets/credentialstore.h"
#include "store/database.h"
#include "store/sourcerepository.h"
#include "util/logging.h"
#include "util/paths.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace ferry;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run secretTool(const QStringList &args, const QByteArray &input = {},
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FERRY_SECRET_TOOL), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError()};
}

// Every file below dir (database, WAL, logs, settings) that contains any encoding of the secret.
QStringList filesContaining(const QString &dir, const QByteArray &secret)
{
    const QList<QByteArray> needles {
        secret, secret.toBase64(), secret.toHex(), QByteArray::fromRawData(secret.constData(), 8)};
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        for (const QByteArray &n : needles)
            if (data.contains(n))
                hits << path;
    }
    return hits;
}

} // namespace

class TestCredentialStore final : public QObject
{
    Q_OBJECT

private:
    test::LabEnv m_lab;
    QString m_service = QStringLiteral("ferry-test-%1").arg(QCoreApplication::applicationPid());

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = test::LabEnv::load();
        FERRY_REQUIRE_LAB(m_lab, "keyring");
        m_lab.useLabKeyring();
        QVERIFY2(CredentialStore(m_service).probe(), "the lab keyring does not answer");
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("ascii") << QByteArray("correct horse battery staple");
        QTest::newRow("utf8") << QStringLiteral("Pässwörd-日本-✓").toUtf8();
        QTest::newRow("pem key with newlines") << QByteArray(
            "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIIlw\n-----END EC PRIVATE KEY-----\n");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe secret\x00tail", 15);
    }

    void roundTrip()
    {
        QFETCH(QByteArray, secret);
        CredentialStore store(m_service);
        const QString key
            = QStringLiteral("source:%1:password").arg(QLatin1String(QTest::currentDataTag()));
        QVERIFY(store.write(key, secret));
        auto read = store.read(key);
        QVERIFY2(read, read ? "" : qPrintable(read.error().toString()));
        QCOMPARE(*read, secret);
        QVERIFY(store.remove(key));
        auto gone = store.read(key);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, Error::Code::NotFound);
        QVERIFY(store.remove(key)); // removing twice is fine
    }

    void overwriteKeepsLatest()
    {
        CredentialStore store(m_service);
        const QString key = QStringLiteral("target:9:client-key");
        QVERIFY(store.write(key, "first"));
        QVERIFY(store.write(key, "second"));
        QCOMPARE(*store.read(key), QByteArray("second"));
        QVERIFY(store.remove(key));
    }

    // The password stored for a source is found again by a new process (Ferry restarted), and
    // its bytes are nowhere in the data directory: not in the database, its WAL, nor the logs.
    void secretSurvivesRestartAndStaysOutOfFiles()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(QStringLiteral("data"));
        const QByteArray secret
            = "Ferry-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "-pässword";
        {
            installFileLogger(logDirectory(dataDir), QStringLiteral("test"), false);
            auto db = Database::open(databaseFile(dataDir));
            QVERIFY(db);
            SourceRepository sources(*db);
            Source s;
            s.name = QStringLiteral("vc 01 Zürich");
            s.endpoint = QStringLiteral("https://127.0.0.1:8989/sdk");
            s.username = QStringLiteral("administrator@vsphere.local");
            auto id = sources.insert(s);
            QVERIFY(id);
            s = *sources.byId(*id);
            s.secretRef = CredentialStore::sourcePasswordKey(*id);
            QVERIFY(sources.update(s));
            qCInfo(lcApp) << "registered source" << s.name;
        }
        // The secret goes in through another process (the way the CLI stores it) ...
        Run w = secretTool(
            {QStringLiteral("write"), dataDir, QStringLiteral("vc 01 Zürich")}, secret);
        QVERIFY2(w.exitCode == 0, w.err.constData());
        // ... and a third process reads it back.
        Run r = secretTool({QStringLiteral("read"), dataDir, QStringLiteral("vc 01 Zürich")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(
            r.out.trimmed(), QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex());

        QVERIFY(QFile::exists(databaseFile(dataDir)));
        QVERIFY(QDir(logDirectory(dataDir)).entryList(QDir::Files).size() >= 2);
        const QStringList leaks = filesContaining(dataDir, secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));

        auto db = Database::open(databaseFile(dataDir));
        auto s = SourceRepository(*db).byName(QStringLiteral("vc 01 Zürich"));
        QVERIFY(CredentialStore().remove(s->secretRef));
    }

    // With no reachable keychain, storing fails with a message that names the cause, and the
    // secret is written nowhere else: not in the data directory and not in a fallback file.
    void missingKeychainWritesNothing()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(QStringLiteral("data"));
        const QString home = dir.filePath(QStringLiteral("home"));
        QDir().mkpath(home);
        {
            auto db = Database::open(databaseFile(dataDir));
            QVERIFY(db);
            Source s;
            s.name = QStringLiteral("esx");
            s.endpoint = QStringLiteral("https://127.0.0.1/sdk");
            s.secretRef = QStringLiteral("source:1:password");
            QVERIFY(SourceRepository(*db).insert(s));
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-such-bus")));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.remove(QStringLiteral("DISPLAY"));
        const QByteArray secret = "never-store-me-" + QUuid::createUuid().toByteArray();
        Run w = secretTool({QStringLiteral("write"), dataDir, QStringLiteral("esx")}, secret, env);
        QCOMPARE(w.exitCode, 1);
        QVERIFY2(
            w.err.startsWith("keychain-unavailable|No usable system keychain"), w.err.constData());
        QVERIFY2(w.err.contains("start or unlock it"), w.err.constData());
        QVERIFY(filesContaining(dir.path(), secret).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "test_credentialstore.moc"
