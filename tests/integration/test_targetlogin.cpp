// ferryctl target login against the lab's container LXD: an engine host stores the client key of
// a registered target in its own keychain or as a systemd credential, after the key was checked
// against the certificate the database records and the server accepted it. The shared record
// does not change.
#include "common/labenv.h"
#include "common/processrun.h"
#include "secrets/credentialstore.h"
#include "secrets/systemdcredentials.h"
#include "store/database.h"
#include "store/targetrepository.h"
#include "util/paths.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace ferry;

namespace {

using Run = test::ProcessRun;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestTargetLogin final : public QObject
{
    Q_OBJECT

private:
    test::LabEnv m_lab;
    QTemporaryDir m_dir;

    QString lxd(const char *key) const
    {
        return m_lab.value(QStringLiteral("FERRY_LAB_LXD_") + QLatin1String(key));
    }
    QString data() const { return m_dir.filePath(QStringLiteral("data")); }

    Run ferryctl(const QStringList &args, const QByteArray &input = {},
        const QProcessEnvironment &extra = {})
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_lab["FERRY_LAB_DBUS_ADDRESS"]);
        e.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_lab["FERRY_LAB_XDG_RUNTIME_DIR"]);
        for (const QString &k : extra.keys())
            e.insert(k, extra.value(k));
        return test::runFerryctl(data(), args, input, test::childEnvironment(e));
    }

    QString showJson(const QString &name)
    {
        return ferryctl({QStringLiteral("target"), QStringLiteral("show"), name,
                            QStringLiteral("--format"), QStringLiteral("json")})
            .out;
    }

    QString keyOf(const QString &name)
    {
        auto db = Database::open(databaseFile(data()));
        if (!db)
            return {};
        auto t = TargetRepository(*db).byName(name);
        return t ? t->secretRef : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = test::LabEnv::load();
        FERRY_REQUIRE_LAB(m_lab, "keyring", "lxd");
        m_lab.useLabKeyring();
        QVERIFY2(CredentialStore().probe(), "the lab keyring does not answer");
        QVERIFY(m_dir.isValid());
        // "own": the lab's client certificate, trusted by the LXD; "untrusted": a certificate
        // Ferry made, which the LXD does not trust.
        Run r = ferryctl({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("own"),
            lxd("URL"), QStringLiteral("--tls-cert"), lxd("CLIENT_CERT"),
            QStringLiteral("--tls-key"), lxd("CLIENT_KEY"),
            QStringLiteral("--trusted-cert-fingerprint"), lxd("FINGERPRINT")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        r = ferryctl({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("untrusted"),
            lxd("URL"), QStringLiteral("--generate-cert"),
            QStringLiteral("--trusted-cert-fingerprint"), lxd("FINGERPRINT")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    }

    // This host has no key yet; a key of another certificate is refused, the right one stored.
    void loginStoresKeyInKeychain()
    {
        const QString key = keyOf(QStringLiteral("own"));
        QVERIFY(!key.isEmpty());
        CredentialStore store;
        QVERIFY(store.remove(key));
        const QString before = showJson(QStringLiteral("own"));

        // The key of "untrusted" does not belong to the certificate of "own".
        auto other = store.read(keyOf(QStringLiteral("untrusted")));
        QVERIFY(other);
        Run r = ferryctl({QStringLiteral("target"), QStringLiteral("login"), QStringLiteral("own"),
                             QStringLiteral("--client-key"), QStringLiteral("-")},
            *other);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not belong")), qPrintable(r.err));
        QCOMPARE(store.read(key).error().code, Error::Code::NotFound);

        r = ferryctl({QStringLiteral("target"), QStringLiteral("login"), QStringLiteral("own"),
            QStringLiteral("--client-key"), lxd("CLIENT_KEY")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QCOMPARE(r.out.trimmed(),
            QStringLiteral(
                "Stored the client key of target \"own\" in this host's keychain (key %1).")
                .arg(key));
        auto stored = store.read(key);
        QVERIFY(stored);
        QCOMPARE(*stored, readAll(lxd("CLIENT_KEY")));
        QCOMPARE(showJson(QStringLiteral("own")), before);
    }

    // A key Ferry holds on this host (the desktop that added the target) reaches another host:
    // export-key writes it into a new owner-only file (never over an existing one), and that
    // file is what `target login` takes there. A host without the key says where to look.
    void exportKeyForAnotherHost()
    {
        const QString key = keyOf(QStringLiteral("own"));
        CredentialStore store;
        QVERIFY(store.read(key)); // stored by the test above
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("own.key"));
        Run r = ferryctl(
            {QStringLiteral("target"), QStringLiteral("export-key"), QStringLiteral("own"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("target login own")), qPrintable(r.out));
        QCOMPARE(readAll(file), readAll(lxd("CLIENT_KEY")));
        QCOMPARE(QFileInfo(file).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
            QFile::ReadOwner | QFile::WriteOwner);
        // Never over an existing file.
        r = ferryctl(
            {QStringLiteral("target"), QStringLiteral("export-key"), QStringLiteral("own"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("exists")), qPrintable(r.err));
        // To standard output, for a pipe.
        r = ferryctl({QStringLiteral("target"), QStringLiteral("export-key"), QStringLiteral("own"),
            QStringLiteral("-")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.toLatin1(), readAll(lxd("CLIENT_KEY")));

        // "The other host": this keychain without the key; export-key fails and writes nothing,
        // login with the exported file stores it again.
        QVERIFY(store.remove(key));
        const QString none = dir.filePath(QStringLiteral("none.key"));
        r = ferryctl(
            {QStringLiteral("target"), QStringLiteral("export-key"), QStringLiteral("own"), none});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("This host has no client key")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(none));
        r = ferryctl({QStringLiteral("target"), QStringLiteral("login"), QStringLiteral("own"),
            QStringLiteral("--client-key"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        auto stored = store.read(key);
        QVERIFY(stored);
        QCOMPARE(*stored, readAll(lxd("CLIENT_KEY")));
    }

    // The key matches its certificate, but the server does not trust it: nothing is stored.
    void untrustedKeyIsRefused()
    {
        const QString key = keyOf(QStringLiteral("untrusted"));
        CredentialStore store;
        auto pem = store.read(key);
        QVERIFY(pem);
        QVERIFY(store.remove(key));
        const Run r = ferryctl(
            {QStringLiteral("target"), QStringLiteral("login"), QStringLiteral("untrusted"),
                QStringLiteral("--client-key"), QStringLiteral("-")},
            *pem);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Authentication error"))
                && r.err.contains(QStringLiteral("not stored")),
            qPrintable(r.err));
        QVERIFY(!r.all().toUtf8().contains(pem->mid(40, 40)));
        QCOMPARE(store.read(key).error().code, Error::Code::NotFound);
    }

    // --systemd-creds: the key encrypted, then read by `target refresh` from the credentials
    // directory systemd would fill, with nothing in the keychain.
    void loginAsSystemdCredential()
    {
        auto program = SystemdCredentials::program();
        if (!program)
            QSKIP("systemd-creds is not installed (unit.hostcredentials tests the command)");
        const QString key = keyOf(QStringLiteral("own"));
        QVERIFY(CredentialStore().remove(key));
        QTemporaryDir dir;
        const QString credstore = dir.filePath(QStringLiteral("credstore.encrypted"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("SYSTEMD_CREDENTIAL_SECRET"),
            dir.filePath(QStringLiteral("credential.secret")));
        Run r = ferryctl({QStringLiteral("target"), QStringLiteral("login"), QStringLiteral("own"),
                             QStringLiteral("--client-key"), lxd("CLIENT_KEY"),
                             QStringLiteral("--systemd-creds"), credstore,
                             QStringLiteral("--format"), QStringLiteral("json")},
            {}, env);
        if (r.exitCode != 0 && r.err.contains(QStringLiteral("systemd-creds could not")))
            QSKIP(qPrintable(
                QStringLiteral("systemd-creds cannot encrypt here: %1").arg(r.err.trimmed())));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QString name = CredentialStore().credentialName(key);
        const QString file = credstore + QLatin1Char('/') + name + QStringLiteral(".cred");
        QVERIFY2(
            r.out.contains(
                QStringLiteral("\"unit_line\": \"LoadCredentialEncrypted=%1:%2\"").arg(name, file)),
            qPrintable(r.out));

        QTemporaryDir credentials;
        const Run decrypt = test::runProcess(*program,
            {QStringLiteral("decrypt"), QStringLiteral("--name=") + name, file,
                credentials.filePath(name)},
            {}, test::childEnvironment(env));
        QVERIFY2(decrypt.exitCode == 0, qPrintable(decrypt.all()));
        const QStringList refresh {
            QStringLiteral("target"), QStringLiteral("refresh"), QStringLiteral("own")};
        QProcessEnvironment service;
        service.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials.path());
        r = ferryctl(refresh, {}, service);
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        r = ferryctl(refresh);
        QCOMPARE(r.exitCode, 1); // without the credential, the keychain has no key
    }
};

QTEST_GUILESS_MAIN(TestTargetLogin)
#include "test_targetlogin.moc"
