// Secrets on engine hosts without a keychain: the systemd credential names, reading
// $CREDENTIALS_DIRECTORY (and refusing to write there), and systemd-creds' command and round trip.
#include "secrets/credentialdestination.h"
#include "secrets/credentialstore.h"
#include "secrets/systemdcredentials.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace ferry;

namespace {

// Sets (or with nullopt unsets) an environment variable for one scope.
class ScopedEnv final
{
public:
    ScopedEnv(const char *name, const std::optional<QByteArray> &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (value)
            qputenv(name, *value);
        else
            qunsetenv(name);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    Q_DISABLE_COPY_MOVE(ScopedEnv)

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestHostCredentials final : public QObject
{
    Q_OBJECT

private:
    // A store whose keychain half cannot answer: no D-Bus session (set in initTestCase).
    CredentialStore m_store {QStringLiteral("ferry"), 10000};

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
        qunsetenv("CREDENTIALS_DIRECTORY");
    }

    void credentialName_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        QTest::newRow("source password")
            << QStringLiteral("ferry") << CredentialStore::sourcePasswordKey(3)
            << QStringLiteral("ferry-source-3-password");
        QTest::newRow("target key")
            << QStringLiteral("ferry") << CredentialStore::targetClientKeyKey(5)
            << QStringLiteral("ferry-target-5-client-key");
        QTest::newRow("target token")
            << QStringLiteral("ferry") << CredentialStore::targetTokenKey(12)
            << QStringLiteral("ferry-target-12-token");
        QTest::newRow("other service")
            << QStringLiteral("ferry-test") << CredentialStore::sourcePasswordKey(1)
            << QStringLiteral("ferry-test-source-1-password");
        QTest::newRow("unsafe characters")
            << QStringLiteral("ferry") << QStringLiteral("a/b c:\u00e4.x_y")
            << QStringLiteral("ferry-a_b_c-_.x_y");
        QTest::newRow("dot dot") << QStringLiteral("ferry") << QStringLiteral("../etc/passwd")
                                 << QStringLiteral("ferry-.._etc_passwd");
    }

    void credentialName()
    {
        QFETCH(QString, service);
        QFETCH(QString, key);
        QFETCH(QString, name);
        QCOMPARE(CredentialStore::credentialName(service, key), name);
        QCOMPARE(CredentialStore(service).credentialName(key), name);
        QVERIFY(!name.contains(QLatin1Char('/')));
    }

    void noCredentialsDirectory()
    {
        const ScopedEnv unset("CREDENTIALS_DIRECTORY", std::nullopt);
        QVERIFY(CredentialStore::credentialsDirectory().isEmpty());
        const ScopedEnv empty("CREDENTIALS_DIRECTORY", QByteArray());
        QVERIFY(CredentialStore::credentialsDirectory().isEmpty());
    }

    // The file's bytes as they are: a trailing newline is part of the secret.
    void readsCredentialFile()
    {
        QTemporaryDir dir;
        const QByteArray secret("p\xc3\xa4ss w0rd\n", 12);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ferry-source-3-password")), secret));
        const ScopedEnv env("CREDENTIALS_DIRECTORY", dir.path().toLocal8Bit());
        QCOMPARE(CredentialStore::credentialsDirectory(), dir.path());
        auto r = m_store.read(CredentialStore::sourcePasswordKey(3));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(*r, secret);
        const QByteArray key = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ferry-target-5-client-key")), key));
        auto k = m_store.read(CredentialStore::targetClientKeyKey(5));
        QVERIFY(k);
        QCOMPARE(*k, key);
    }

    // Without the file the keychain is asked; here it cannot answer, and the error says that
    // neither holds the secret, naming the file that was looked for.
    void missingFileFallsBackToKeychain()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ferry-source-3-password")), "x"));
        const ScopedEnv env("CREDENTIALS_DIRECTORY", dir.path().toLocal8Bit());
        auto r = m_store.read(CredentialStore::sourcePasswordKey(4));
        QVERIFY(!r);
        QVERIFY2(r.error().code == Error::Code::KeychainUnavailable
                || r.error().code == Error::Code::NotFound,
            Error::codeName(r.error().code));
        QVERIFY2(r.error().message.contains(QLatin1String("ferry-source-4-password")),
            qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("CREDENTIALS_DIRECTORY")),
            qPrintable(r.error().message));
    }

    // A credential that cannot be read (here a directory in its place, which even root cannot
    // read as a file) is an error naming it, not a fallback to the keychain.
    void unreadableCredentialIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ferry-source-3-password"));
        QVERIFY(QDir().mkpath(path));
        const ScopedEnv env("CREDENTIALS_DIRECTORY", dir.path().toLocal8Bit());
        auto r = m_store.read(CredentialStore::sourcePasswordKey(3));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Io);
        QVERIFY2(r.error().message.contains(path), qPrintable(r.error().toString()));
    }

    void tooLargeFileIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(
            dir.filePath(QStringLiteral("ferry-source-3-password")), QByteArray(2 << 20, 'a')));
        const ScopedEnv env("CREDENTIALS_DIRECTORY", dir.path().toLocal8Bit());
        auto r = m_store.read(CredentialStore::sourcePasswordKey(3));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
    }

    // The directory is systemd's: nothing is written there, nor to the keychain behind it.
    void writeIsRefused()
    {
        QTemporaryDir dir;
        const ScopedEnv env("CREDENTIALS_DIRECTORY", dir.path().toLocal8Bit());
        const Status st = m_store.write(CredentialStore::sourcePasswordKey(3), "the-secret-itself");
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::Unsupported);
        QVERIFY2(st.error().message.contains(dir.path()), qPrintable(st.error().message));
        QVERIFY(st.error().message.contains(QLatin1String("ferry-source-3-password")));
        QVERIFY(!st.error().toString().contains(QLatin1String("the-secret-itself")));
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void removeIsRefusedForAPresentCredential()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ferry-source-3-password"));
        QVERIFY(writeFile(path, "x"));
        const ScopedEnv env("CREDENTIALS_DIRECTORY", dir.path().toLocal8Bit());
        const Status st = m_store.remove(CredentialStore::sourcePasswordKey(3));
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::Unsupported);
        QVERIFY(QFileInfo::exists(path));
        // Another key is not a credential here: removing it is the keychain's business.
        const Status other = m_store.remove(CredentialStore::sourcePasswordKey(4));
        QVERIFY(other || other.error().code != Error::Code::Unsupported);
    }

    // Under systemd, `login --keychain` is refused up front (the service cannot write).
    void keychainDestinationRefusedUnderSystemd()
    {
        QTemporaryDir dir;
        const ScopedEnv env("CREDENTIALS_DIRECTORY", dir.path().toLocal8Bit());
        const Status st = CredentialDestination {}.check(m_store);
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::Unsupported);
    }

    void systemdCommand()
    {
        QCOMPARE(
            SystemdCredentials::defaultDirectory(), QStringLiteral("/etc/credstore.encrypted"));
        const QString file = SystemdCredentials::fileFor(
            QStringLiteral("/etc/credstore.encrypted"), QStringLiteral("ferry-source-3-password"));
        QCOMPARE(file, QStringLiteral("/etc/credstore.encrypted/ferry-source-3-password.cred"));
        // The secret is never an argument: "-" reads it from standard input.
        QCOMPARE(
            SystemdCredentials::encryptArguments(QStringLiteral("ferry-source-3-password"), file),
            (QStringList {QStringLiteral("encrypt"),
                QStringLiteral("--name=ferry-source-3-password"), QStringLiteral("-"), file}));
        QCOMPARE(SystemdCredentials::unitLine(QStringLiteral("ferry-source-3-password"), file),
            QStringLiteral("LoadCredentialEncrypted=ferry-source-3-password:"
                           "/etc/credstore.encrypted/ferry-source-3-password.cred"));
        CredentialDestination d;
        d.backend = CredentialDestination::Backend::SystemdCreds;
        QCOMPARE(d.effectiveDirectory(), SystemdCredentials::defaultDirectory());
        d.directory = QStringLiteral("/srv/creds");
        QCOMPARE(d.effectiveDirectory(), QStringLiteral("/srv/creds"));
    }

    void systemdCredsMissing()
    {
        QTemporaryDir empty;
        const ScopedEnv path("PATH", empty.path().toLocal8Bit());
        auto p = SystemdCredentials::program();
        QVERIFY(!p);
        QCOMPARE(p.error().code, Error::Code::Unsupported);
        QVERIFY(p.error().message.contains(QLatin1String("systemd-creds")));
        CredentialDestination d;
        d.backend = CredentialDestination::Backend::SystemdCreds;
        d.directory = empty.filePath(QStringLiteral("out"));
        const Status st = d.check(m_store);
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::Unsupported);
        auto stored = d.store(m_store, CredentialStore::sourcePasswordKey(1), "pw");
        QVERIFY(!stored);
        QVERIFY(!QFileInfo::exists(d.directory));
    }

    // systemd-creds for real, with a host key of the test's own (SYSTEMD_CREDENTIAL_SECRET), then
    // what systemd does for LoadCredentialEncrypted= (decrypt into the credentials directory) and
    // what the engine does (read it).
    void systemdCredsRoundTrip()
    {
        auto program = SystemdCredentials::program();
        if (!program)
            QSKIP("systemd-creds is not installed: only the command is tested (systemdCommand)");
        QTemporaryDir dir;
        const ScopedEnv hostKey("SYSTEMD_CREDENTIAL_SECRET",
            dir.filePath(QStringLiteral("credential.secret")).toLocal8Bit());
        const QByteArray secret = "s3cret-for-systemd";
        CredentialDestination d;
        d.backend = CredentialDestination::Backend::SystemdCreds;
        d.directory = dir.filePath(QStringLiteral("credstore.encrypted"));
        QVERIFY(d.check(m_store));
        auto stored = d.store(m_store, CredentialStore::sourcePasswordKey(7), secret);
        if (!stored)
            QSKIP(qPrintable(QStringLiteral("systemd-creds cannot encrypt here (%1): only the "
                                            "command is tested (systemdCommand)")
                                 .arg(stored.error().toString())));
        QCOMPARE(stored->credentialName, QStringLiteral("ferry-source-7-password"));
        QCOMPARE(stored->file, d.directory + QStringLiteral("/ferry-source-7-password.cred"));
        QCOMPARE(stored->unitLine,
            QStringLiteral("LoadCredentialEncrypted=ferry-source-7-password:") + stored->file);
        QCOMPARE(QFileInfo(stored->file).permissions() & QFile::Permissions(0x7077),
            QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QFileInfo(d.directory).permissions() & QFile::Permissions(0x7077),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile f(stored->file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(secret));

        QTemporaryDir credentials;
        const QString decrypted = credentials.filePath(stored->credentialName);
        QProcess p;
        p.start(*program,
            {QStringLiteral("decrypt"), QStringLiteral("--name=") + stored->credentialName,
                stored->file, decrypted});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const ScopedEnv env("CREDENTIALS_DIRECTORY", credentials.path().toLocal8Bit());
        auto r = m_store.read(CredentialStore::sourcePasswordKey(7));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(*r, secret);
    }
};

QTEST_GUILESS_MAIN(TestHostCredentials)
#include "test_hostcredentials.moc"
