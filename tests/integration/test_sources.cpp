// VMware sources end to end: ferryctl against the lab's vSphere simulators.
#include "common/labenv.h"
#include "common/processrun.h"
#include "common/vcsim.h"
#include "secrets/credentialstore.h"
#include "secrets/systemdcredentials.h"
#include "store/database.h"
#include "store/sourcerepository.h"
#include "util/paths.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <utility>

using namespace ferry::test;

namespace {

using Run = ProcessRun;

QString fingerprintFromOpenssl(const QString &certFile)
{
    const Run r = runProcess(QStringLiteral("openssl"),
        {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
            QStringLiteral("-sha256"), QStringLiteral("-in"), certFile});
    // "sha256 Fingerprint=AB:CD:..." (or "SHA256 Fingerprint=")
    return r.out.trimmed().section(QLatin1Char('='), 1).remove(QLatin1Char(':')).toLower();
}

} // namespace

class TestSources final : public QObject
{
    Q_OBJECT

private:
    LabEnv m_lab;
    std::unique_ptr<QTemporaryDir> m_dataDir; // a fresh one per test function
    QString m_data;

    Run ferryctl(const QStringList &args, const QByteArray &input = {}, const QString &dataDir = {},
        QProcessEnvironment lab = {})
    {
        lab.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_lab["FERRY_LAB_DBUS_ADDRESS"]);
        lab.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_lab["FERRY_LAB_XDG_RUNTIME_DIR"]);
        return runFerryctl(
            dataDir.isEmpty() ? m_data : dataDir, args, input, childEnvironment(lab));
    }

    QJsonArray jsonList(const QStringList &args, const QString &dataDir = {})
    {
        const Run r = ferryctl(
            args + QStringList {QStringLiteral("--format"), QStringLiteral("json")}, {}, dataDir);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    QJsonObject sourceRow(const QString &name, const QString &dataDir = {})
    {
        const QJsonArray list
            = jsonList({QStringLiteral("source"), QStringLiteral("list")}, dataDir);
        for (const QJsonValue &v : list)
            if (v[QStringLiteral("name")].toString() == name)
                return v.toObject();
        return {};
    }

    // The lab's simulators as sources vc01 and "esxi 01" in this function's data directory,
    // their certificates trusted, and synced when `sync`. Fails the calling test on an error.
    void addLabSources(bool sync)
    {
        for (const auto &[prefix, name] :
            {std::pair {"FERRY_LAB_VC", "vc01"}, std::pair {"FERRY_LAB_ESX", "esxi 01"}}) {
            const QString p = QLatin1String(prefix);
            const Run add = ferryctl(
                {QStringLiteral("source"), QStringLiteral("add"), QLatin1String(name),
                    m_lab.value(p + QStringLiteral("_HOST_PORT")), QStringLiteral("--username"),
                    m_lab.value(p + QStringLiteral("_USER")), QStringLiteral("--password-stdin"),
                    QStringLiteral("--trusted-cert-fingerprint"),
                    m_lab.value(p + QStringLiteral("_FINGERPRINT"))},
                m_lab.value(p + QStringLiteral("_PASSWORD")).toUtf8());
            QVERIFY2(add.exitCode == 0, qPrintable(add.all()));
            if (!sync)
                continue;
            const Run synced
                = ferryctl({QStringLiteral("source"), QStringLiteral("sync"), QLatin1String(name)});
            QVERIFY2(synced.exitCode == 0, qPrintable(synced.all()));
        }
    }

    // A simulator of its own with password `password`, registered as source "login" (pinned,
    // OK) in `data`; returns the source's keychain key, its password already removed from the
    // keychain: this host has not logged in yet.
    QString addLoginSource(
        VcsimProcess &sim, const QString &dir, const QString &data, const QString &password)
    {
        if (!sim.makeCertificate(QStringLiteral("c"))) {
            qWarning() << sim.error();
            return {};
        }
        VcsimProcess::Options options;
        options.certificate = QStringLiteral("c");
        options.password = password;
        if (!sim.start(options)) {
            qWarning() << sim.error();
            return {};
        }
        const Run add = ferryctl(
            {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("login"),
                sim.hostPort(), QStringLiteral("--username"), QStringLiteral("admin@vsphere.local"),
                QStringLiteral("--password-stdin"), QStringLiteral("--trusted-cert-fingerprint"),
                fingerprintFromOpenssl(QDir(dir).filePath(QStringLiteral("c.pem")))},
            password.toUtf8(), data);
        if (add.exitCode != 0
            || sourceRow(QStringLiteral("login"), data)[QStringLiteral("connectivity_status")]
                    .toString()
                != QLatin1String("OK")) {
            qWarning() << add.all();
            return {};
        }
        QString key;
        {
            auto db = ferry::Database::open(ferry::databaseFile(data));
            if (!db)
                return {};
            auto s = ferry::SourceRepository(*db).byName(QStringLiteral("login"));
            if (!s)
                return {};
            key = s->secretRef;
        }
        if (!ferry::CredentialStore().remove(key))
            return {};
        return key;
    }

    QStringList filesContaining(const QString &dir, const QByteArray &needle)
    {
        QStringList hits;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                hits << f.fileName();
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = LabEnv::load();
        FERRY_REQUIRE_LAB(m_lab, "keyring", "vc", "esx");
        m_lab.useLabKeyring(); // loginStoresPassword* read the keychain ferryctl writes
    }

    // Each test function starts on an empty data directory of its own and adds what it needs
    // (addLabSources): none depends on another having run (./test_sources removeSource alone).
    void init()
    {
        m_dataDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dataDir->isValid());
        m_data = m_dataDir->filePath(QStringLiteral("data"));
    }

    void cleanup()
    {
        m_dataDir.reset();
        m_data.clear();
    }

    // The fingerprint Ferry reports for an untrusted certificate is the one openssl computes.
    void addReportsFingerprint_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("name");
        QTest::newRow("vcenter") << QStringLiteral("FERRY_LAB_VC") << QStringLiteral("vc01");
        QTest::newRow("esxi") << QStringLiteral("FERRY_LAB_ESX") << QStringLiteral("esxi 01");
    }

    void addReportsFingerprint()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, name);
        const QString expected
            = fingerprintFromOpenssl(m_lab.value(prefix + QStringLiteral("_CERT")));
        QCOMPARE(expected.size(), 64);
        const Run r = ferryctl(
            {QStringLiteral("source"), QStringLiteral("add"), name,
                m_lab.value(prefix + QStringLiteral("_HOST_PORT")), QStringLiteral("--username"),
                m_lab.value(prefix + QStringLiteral("_USER")), QStringLiteral("--password-stdin")},
            m_lab.value(prefix + QStringLiteral("_PASSWORD")).toUtf8());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(),
            QStringLiteral(
                "Successfully added new source \"%1\", but received an untrusted TLS server "
                "certificate with fingerprint %2. Please update the source to correct the issue.")
                .arg(name, expected));
        QCOMPARE(sourceRow(name)[QStringLiteral("connectivity_status")].toString(),
            QStringLiteral("Confirm TLS fingerprint"));
        QVERIFY(sourceRow(name)[QStringLiteral("trusted_cert_fingerprint")].toString().isEmpty());

        // Colons and upper case are accepted.
        QString colons;
        for (int i = 0; i < expected.size(); i += 2)
            colons += (i ? QStringLiteral(":") : QString()) + expected.mid(i, 2).toUpper();
        const Run u = ferryctl({QStringLiteral("source"), QStringLiteral("update"), name,
            QStringLiteral("--trusted-cert-fingerprint"), colons});
        QCOMPARE(u.exitCode, 0);
        QCOMPARE(u.out.trimmed(), QStringLiteral("Successfully updated source \"%1\".").arg(name));
        const QJsonObject row = sourceRow(name);
        QCOMPARE(row[QStringLiteral("connectivity_status")].toString(), QStringLiteral("OK"));
        QCOMPARE(row[QStringLiteral("trusted_cert_fingerprint")].toString(), expected);
    }

    void syncImportsInventory()
    {
        addLabSources(false);
        if (QTest::currentTestFailed())
            return;
        const Run r = ferryctl({QStringLiteral("source"), QStringLiteral("sync"),
            QStringLiteral("vc01"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(report[QStringLiteral("instances")].toInt() > 0);
        const Run e = ferryctl(
            {QStringLiteral("source"), QStringLiteral("sync"), QStringLiteral("esxi 01")});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));

        const QJsonArray list = jsonList({QStringLiteral("instance"), QStringLiteral("list")});
        const int expected
            = m_lab["FERRY_LAB_VC_VM_COUNT"].toInt() + m_lab["FERRY_LAB_ESX_VM_COUNT"].toInt();
        QCOMPARE(list.size(), expected);
        QSet<QString> sources;
        for (const QJsonValue &v : list) {
            QCOMPARE(v[QStringLiteral("uuid")].toString().size(), 36);
            QVERIFY(v[QStringLiteral("location")].toString().startsWith(QLatin1Char('/')));
            QVERIFY(v[QStringLiteral("cpus")].toInt() > 0);
            QVERIFY(v[QStringLiteral("memory")].toDouble() > 0);
            sources.insert(v[QStringLiteral("source")].toString());
            QVERIFY(!v[QStringLiteral("location")].toString().contains(QLatin1String("vCLS")));
        }
        QCOMPARE(sources, (QSet<QString> {QStringLiteral("vc01"), QStringLiteral("esxi 01")}));

        // ESXi paths look like the seed's.
        bool esxPath = false;
        for (const QJsonValue &v : list)
            esxPath = esxPath
                || v[QStringLiteral("location")].toString().startsWith(
                    QLatin1String("/ha-datacenter/vm/"));
        QVERIFY(esxPath);

        const QJsonArray nets = jsonList({QStringLiteral("network"), QStringLiteral("list")});
        QVERIFY(!nets.isEmpty());
        for (const QJsonValue &n : nets) {
            QVERIFY(!n[QStringLiteral("target_network")].toString().isEmpty());
            QVERIFY(!n[QStringLiteral("target_network")].toString().contains(QLatin1Char(' ')));
        }
    }

    // The scenario VMs of the lab, with their hardware as vSphere reports it.
    void scenarioInstances()
    {
        FERRY_REQUIRE_LAB(m_lab, "scenario");
        addLabSources(true);
        if (QTest::currentTestFailed())
            return;
        auto show = [this](const QString &location) {
            const Run r = ferryctl({QStringLiteral("instance"), QStringLiteral("show"), location,
                QStringLiteral("--format"), QStringLiteral("json")});
            return QJsonDocument::fromJson(r.out.toUtf8()).object();
        };
        QJsonObject web;
        QJsonObject zurich;
        QJsonObject cbt;
        for (const QJsonValue &v : jsonList({QStringLiteral("instance"), QStringLiteral("list")})) {
            const QString loc = v[QStringLiteral("location")].toString();
            if (loc.endsWith(QLatin1String("/web 01 (prod)")))
                web = show(loc);
            else if (loc.endsWith(QStringLiteral("/Zürich-DB ünïcødé")))
                zurich = show(loc);
            else if (loc.endsWith(QLatin1String("/cbt-vm")))
                cbt = show(v[QStringLiteral("uuid")].toString());
            QVERIFY(!loc.endsWith(QLatin1String("tmpl-debian")));
        }
        QVERIFY2(!web.isEmpty(), "web 01 (prod) was not imported");
        QCOMPARE(web[QStringLiteral("disks")].toArray().size(), 3);
        QCOMPARE(web[QStringLiteral("nics")].toArray().size(), 2);
        QCOMPARE(web[QStringLiteral("legacy_boot")].toBool(), true);
        QCOMPARE(web[QStringLiteral("distribution")].toString(), QStringLiteral("debian"));
        QCOMPARE(web[QStringLiteral("distribution_version")].toString(), QStringLiteral("12"));
        QSet<QString> networks;
        for (const QJsonValue &n : web[QStringLiteral("nics")].toArray()) {
            QVERIFY(!n[QStringLiteral("ipv4_address")].toString().isEmpty());
            QVERIFY(QRegularExpression(QStringLiteral("^([0-9a-f]{2}:){5}[0-9a-f]{2}$"))
                        .match(n[QStringLiteral("hardware_address")].toString())
                        .hasMatch());
            networks.insert(n[QStringLiteral("network")].toString());
        }
        QCOMPARE(networks.size(), 2);
        for (const QJsonValue &d : web[QStringLiteral("disks")].toArray()) {
            QVERIFY(d[QStringLiteral("supported")].toBool());
            QVERIFY(d[QStringLiteral("capacity")].toDouble() >= 1024.0 * 1024 * 1024);
        }

        QVERIFY2(!zurich.isEmpty(), "the VM with a non-ASCII name was not imported");
        QCOMPARE(zurich[QStringLiteral("name")].toString(), QStringLiteral("Zürich-DB ünïcødé"));
        QCOMPARE(zurich[QStringLiteral("legacy_boot")].toBool(), false);
        QCOMPARE(zurich[QStringLiteral("secure_boot")].toBool(), true);

        QVERIFY2(!cbt.isEmpty(), "cbt-vm was not imported");
        QCOMPARE(cbt[QStringLiteral("background_import")].toBool(), true);
        QCOMPARE(cbt[QStringLiteral("os_type")].toString(), QStringLiteral("windows"));
        QCOMPARE(cbt[QStringLiteral("snapshots")].toArray().size(), 1);
    }

    // The password is nowhere: not in the database or logs, not in any output format.
    void passwordStaysSecret()
    {
        addLabSources(true);
        if (QTest::currentTestFailed())
            return;
        const QByteArray password = m_lab["FERRY_LAB_VC_PASSWORD"].toUtf8();
        QVERIFY(password.size() >= 8);
        QVERIFY2(filesContaining(m_data, password).isEmpty(),
            qPrintable(filesContaining(m_data, password).join(QLatin1Char(' '))));
        for (const QString &format :
            {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("yaml")}) {
            for (const QStringList &cmd :
                {QStringList {QStringLiteral("source"), QStringLiteral("list")},
                    QStringList {
                        QStringLiteral("source"), QStringLiteral("show"), QStringLiteral("vc01")},
                    QStringList {QStringLiteral("instance"), QStringLiteral("list")},
                    QStringList {QStringLiteral("system"), QStringLiteral("info")}}) {
                const Run r = ferryctl(cmd + QStringList {QStringLiteral("--format"), format});
                QCOMPARE(r.exitCode, 0);
                QVERIFY(!r.out.toUtf8().contains(password));
                QVERIFY(!r.err.toUtf8().contains(password));
            }
        }
    }

    // A restarted server with another certificate is refused, names both fingerprints, and
    // receives no credentials.
    void changedCertificateIsRefused()
    {
        QTemporaryDir dir;
        VcsimProcess sim(m_lab, dir.path());
        QVERIFY2(sim.makeCertificate(QStringLiteral("first")), qPrintable(sim.error()));
        QVERIFY2(sim.makeCertificate(QStringLiteral("second")), qPrintable(sim.error()));
        VcsimProcess::Options options;
        options.certificate = QStringLiteral("first");
        options.password = QStringLiteral("pw-first-1234");
        QVERIFY2(sim.start(options), qPrintable(sim.error()));
        const QString hostPort = sim.hostPort();
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString first = fingerprintFromOpenssl(dir.filePath(QStringLiteral("first.pem")));
        const QString second = fingerprintFromOpenssl(dir.filePath(QStringLiteral("second.pem")));

        Run r = ferryctl(
            {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("moving"), hostPort,
                QStringLiteral("--username"), QStringLiteral("admin@vsphere.local"),
                QStringLiteral("--password-stdin"), QStringLiteral("--trusted-cert-fingerprint"),
                first},
            "pw-first-1234", data);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sourceRow(QStringLiteral("moving"), data)[QStringLiteral("connectivity_status")]
                     .toString(),
            QStringLiteral("OK"));
        QVERIFY(sim.requests().join(QLatin1Char('\n')).contains(QLatin1String("Login")));

        options.certificate = QStringLiteral("second");
        options.port = sim.port(); // the same server, restarted with another certificate
        QVERIFY2(sim.start(options) == options.port, qPrintable(sim.error()));
        const int before = int(sim.requests().size());
        r = ferryctl(
            {QStringLiteral("source"), QStringLiteral("sync"), QStringLiteral("moving")}, {}, data);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(first) && r.err.contains(second), qPrintable(r.err));
        const QJsonObject row = sourceRow(QStringLiteral("moving"), data);
        QCOMPARE(
            row[QStringLiteral("connectivity_status")].toString(), QStringLiteral("TLS error"));
        QCOMPARE(row[QStringLiteral("trusted_cert_fingerprint")].toString(), first);
        const QStringList after = sim.requests().mid(before);
        QVERIFY2(after.filter(QStringLiteral("Login")).isEmpty(),
            qPrintable(after.join(QLatin1Char('\n'))));

        // Trusting the new certificate makes it work again.
        r = ferryctl({QStringLiteral("source"), QStringLiteral("update"), QStringLiteral("moving"),
                         QStringLiteral("--trusted-cert-fingerprint"), second},
            {}, data);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sourceRow(QStringLiteral("moving"), data)[QStringLiteral("connectivity_status")]
                     .toString(),
            QStringLiteral("OK"));
    }

    // A wrong password is one login attempt per sync and an "Authentication error".
    void wrongPasswordIsOneAttempt()
    {
        QTemporaryDir dir;
        VcsimProcess sim(m_lab, dir.path());
        QVERIFY2(sim.makeCertificate(QStringLiteral("c")), qPrintable(sim.error()));
        VcsimProcess::Options options;
        options.certificate = QStringLiteral("c");
        options.password = QStringLiteral("right-password");
        QVERIFY2(sim.start(options), qPrintable(sim.error()));
        const QString hostPort = sim.hostPort();
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString fp = fingerprintFromOpenssl(dir.filePath(QStringLiteral("c.pem")));
        Run r = ferryctl(
            {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("badpw"), hostPort,
                QStringLiteral("--username"), QStringLiteral("admin@vsphere.local"),
                QStringLiteral("--password-stdin"), QStringLiteral("--trusted-cert-fingerprint"),
                fp},
            "wrong-password", data);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sourceRow(QStringLiteral("badpw"), data)[QStringLiteral("connectivity_status")]
                     .toString(),
            QStringLiteral("Authentication error"));
        const int before = int(sim.requests().filter(QStringLiteral("Login")).size());
        r = ferryctl(
            {QStringLiteral("source"), QStringLiteral("sync"), QStringLiteral("badpw")}, {}, data);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Authentication error")), qPrintable(r.err));
        QCOMPARE(int(sim.requests().filter(QStringLiteral("Login")).size()), before + 1);
    }

    // `source login` on a host that has not got the password: a wrong one is refused and stores
    // nothing, the right one lands in this host's keychain; the shared record stays as it was.
    void loginStoresPasswordInKeychain()
    {
        QTemporaryDir dir;
        VcsimProcess sim(m_lab, dir.path());
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString key = addLoginSource(sim, dir.path(), data, QStringLiteral("right-login-pw"));
        QVERIFY(!key.isEmpty());
        ferry::CredentialStore store;
        QCOMPARE(store.read(key).error().code, ferry::Error::Code::NotFound);
        const Run shown
            = ferryctl({QStringLiteral("source"), QStringLiteral("show"), QStringLiteral("login"),
                           QStringLiteral("--format"), QStringLiteral("json")},
                {}, data);
        QCOMPARE(shown.exitCode, 0);

        const int loginsBefore = int(sim.requests().filter(QStringLiteral("Login")).size());
        Run r = ferryctl({QStringLiteral("source"), QStringLiteral("login"),
                             QStringLiteral("login"), QStringLiteral("--password-stdin")},
            "wrong-login-pw", data);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Authentication error"))
                && r.err.contains(QStringLiteral("not stored")),
            qPrintable(r.err));
        QVERIFY(!r.all().contains(QStringLiteral("wrong-login-pw")));
        QCOMPARE(store.read(key).error().code, ferry::Error::Code::NotFound);
        QCOMPARE(int(sim.requests().filter(QStringLiteral("Login")).size()), loginsBefore + 1);

        r = ferryctl({QStringLiteral("source"), QStringLiteral("login"), QStringLiteral("login"),
                         QStringLiteral("--password-stdin"), QStringLiteral("--keychain")},
            "right-login-pw", data);
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QCOMPARE(r.out.trimmed(),
            QStringLiteral("Stored the password of source \"login\" in this host's keychain "
                           "(key %1).")
                .arg(key));
        auto stored = store.read(key);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));
        QCOMPARE(*stored, QByteArray("right-login-pw"));
        const Run again
            = ferryctl({QStringLiteral("source"), QStringLiteral("show"), QStringLiteral("login"),
                           QStringLiteral("--format"), QStringLiteral("json")},
                {}, data);
        QCOMPARE(again.out, shown.out);
        QVERIFY(filesContaining(data, "right-login-pw").isEmpty());

        // A source that is not registered: nothing to log in to.
        r = ferryctl({QStringLiteral("source"), QStringLiteral("login"), QStringLiteral("nope"),
                         QStringLiteral("--password-stdin")},
            "right-login-pw", data);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("No source named")), qPrintable(r.err));
    }

    // `source login --systemd-creds DIR`: systemd-creds encrypts the password (with a host key of
    // the test's own), the engine reads it from $CREDENTIALS_DIRECTORY as systemd provides it,
    // and cannot write there.
    void loginStoresPasswordAsSystemdCredential()
    {
        auto program = ferry::SystemdCredentials::program();
        if (!program)
            QSKIP("systemd-creds is not installed (unit.hostcredentials tests the command)");
        QTemporaryDir dir;
        VcsimProcess sim(m_lab, dir.path());
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString key = addLoginSource(sim, dir.path(), data, QStringLiteral("right-creds-pw"));
        QVERIFY(!key.isEmpty());
        const QString credstore = dir.filePath(QStringLiteral("credstore.encrypted"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("SYSTEMD_CREDENTIAL_SECRET"),
            dir.filePath(QStringLiteral("credential.secret")));
        const QStringList login {QStringLiteral("source"), QStringLiteral("login"),
            QStringLiteral("login"), QStringLiteral("--password-stdin"),
            QStringLiteral("--systemd-creds"), credstore};

        Run r = ferryctl(login, "wrong-creds-pw", data, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Authentication error")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(credstore));

        r = ferryctl(login, "right-creds-pw", data, env);
        if (r.exitCode != 0 && r.err.contains(QStringLiteral("systemd-creds could not")))
            QSKIP(qPrintable(
                QStringLiteral("systemd-creds cannot encrypt here: %1").arg(r.err.trimmed())));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QString name = ferry::CredentialStore().credentialName(key);
        const QString file = credstore + QLatin1Char('/') + name + QStringLiteral(".cred");
        QVERIFY2(r.out.contains(QStringLiteral("LoadCredentialEncrypted=%1:%2").arg(name, file)),
            qPrintable(r.out));
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(filesContaining(dir.path(), "right-creds-pw").isEmpty());
        QCOMPARE(ferry::CredentialStore().read(key).error().code, ferry::Error::Code::NotFound);

        // What systemd does for LoadCredentialEncrypted=: the plain secret in a private directory.
        QTemporaryDir credentials;
        const Run decrypt = runProcess(*program,
            {QStringLiteral("decrypt"), QStringLiteral("--name=") + name, file,
                credentials.filePath(name)},
            {}, childEnvironment(env));
        QVERIFY2(decrypt.exitCode == 0, qPrintable(decrypt.all()));

        const QStringList sync {
            QStringLiteral("source"), QStringLiteral("sync"), QStringLiteral("login")};
        r = ferryctl(sync, {}, data);
        QCOMPARE(r.exitCode, 1); // neither the keychain nor a credential has it
        QProcessEnvironment service;
        service.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials.path());
        r = ferryctl(sync, {}, data, service);
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));

        r = ferryctl({QStringLiteral("source"), QStringLiteral("update"), QStringLiteral("login"),
                         QStringLiteral("--password-stdin")},
            "another-pw-123", data, service);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));
    }

    // A server that accepts the connection and never answers: "Cannot connect" within the timeout.
    void silentServerTimesOut()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&]() {
            while (silent.hasPendingConnections())
                held << silent.nextPendingConnection();
        });
        QTemporaryDir dir;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_lab["FERRY_LAB_DBUS_ADDRESS"]);
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        // Not runFerryctl: this process's event loop must run for the server to accept.
        p.start(ferryctlPath(),
            {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("source"),
                QStringLiteral("add"), QStringLiteral("silent"),
                QStringLiteral("127.0.0.1:%1").arg(silent.serverPort()),
                QStringLiteral("--username"), QStringLiteral("u"),
                QStringLiteral("--password-stdin"), QStringLiteral("--timeout"),
                QStringLiteral("2s")});
        p.write("pw");
        p.closeWriteChannel();
        while (p.state() != QProcess::NotRunning && t.elapsed() < 30000)
            QTest::qWait(50); // keep our event loop running so the server accepts
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(t.elapsed() < 15000, "the timeout was not honoured");
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("Cannot connect")), qPrintable(out));
        qDeleteAll(held);
    }

    void closedPortCannotConnect()
    {
        QTemporaryDir dir;
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const Run r
            = ferryctl({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("closed"),
                           QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--username"),
                           QStringLiteral("u"), QStringLiteral("--password-stdin")},
                "pw", dir.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Cannot connect")), qPrintable(r.out));
    }

    void removeSource()
    {
        addLabSources(true);
        if (QTest::currentTestFailed())
            return;
        const Run r = ferryctl(
            {QStringLiteral("source"), QStringLiteral("remove"), QStringLiteral("esxi 01")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(sourceRow(QStringLiteral("esxi 01")).isEmpty());
        // The ESXi's instances went with it, the vCenter's stay.
        const QJsonArray left = jsonList({QStringLiteral("instance"), QStringLiteral("list")});
        QCOMPARE(left.size(), m_lab["FERRY_LAB_VC_VM_COUNT"].toInt());
        for (const QJsonValue &v : left)
            QCOMPARE(v[QStringLiteral("source")].toString(), QStringLiteral("vc01"));
        const Run again = ferryctl(
            {QStringLiteral("source"), QStringLiteral("remove"), QStringLiteral("esxi 01")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("No source named")));
    }
};

QTEST_GUILESS_MAIN(TestSources)
#include "test_sources.moc"
