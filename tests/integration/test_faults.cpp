// Fault tests against the lab's real peers (issue 8, docs/hardening.md): what Ferry does when a
// server dies, stalls, cuts connections or changes its certificate in the middle of its work,
// and when the keychain is locked or gone. Each fault is made for real: a simulator of the
// test's own killed with SIGKILL, a loopback TCP proxy (tcpproxy.h) between ferryctl and a lab
// peer that stalls, cuts or switches servers, a private gnome-keyring locked over D-Bus or
// stopped. Every case checks the documented outcome: a clear error, no hang, nothing lost, no
// secret anywhere but the keychain.
#include "common/labenv.h"
#include "common/processrun.h"
#include "common/vcsim.h"
#include "integration/tcpproxy.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <csignal>

using namespace ferry::test;

namespace {

using Run = ProcessRun; // exit code -1: did not finish in time (a hang) or crashed

// Longest any ferryctl call may take here before it counts as a hang. The faults below all have
// timeouts of a few seconds; this only keeps a hang from blocking the suite.
constexpr int kHangMs = 120000;

bool anyFileContains(const QString &dir, const QByteArray &needle, QString *where = nullptr)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) {
            if (where)
                *where = f.fileName();
            return true;
        }
    }
    return false;
}

} // namespace

class TestFaults final : public QObject
{
    Q_OBJECT

private:
    LabEnv m_lab;
    QTemporaryDir m_tmp;

    QString lab(const char *key) const { return m_lab[key]; }

    QProcessEnvironment environment(const QString &dbus = {}, const QString &runtime = {}) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("DISPLAY"));
        e.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            dbus.isEmpty() ? lab("FERRY_LAB_DBUS_ADDRESS") : dbus);
        e.insert(QStringLiteral("XDG_RUNTIME_DIR"),
            runtime.isEmpty() ? lab("FERRY_LAB_XDG_RUNTIME_DIR") : runtime);
        e.insert(QStringLiteral("LXD_DIR"), lab("FERRY_LAB_LXDVM_DIR"));
        e.insert(QStringLiteral("LXD_CONF"), lab("FERRY_LAB_DIR") + QStringLiteral("/lxc-conf"));
        return e;
    }

    Run run(const QString &program, const QStringList &args, const QByteArray &input = {},
        const QProcessEnvironment &env = {})
    {
        return runProcess(program, args, input, env.isEmpty() ? environment() : env, kHangMs);
    }

    Run ferryctl(const QString &data, const QStringList &args, const QByteArray &input = {},
        const QProcessEnvironment &env = {})
    {
        Run r = runFerryctl(data, args, input, env.isEmpty() ? environment() : env, kHangMs);
        qInfo("ferryctl %s: exit %d in %lld ms", qPrintable(args.mid(0, 2).join(QLatin1Char(' '))),
            r.exitCode, r.ms);
        return r;
    }

    QJsonObject sourceShow(const QString &data, const QString &name)
    {
        const Run r = ferryctl(data,
            {QStringLiteral("source"), QStringLiteral("show"), name, QStringLiteral("--format"),
                QStringLiteral("json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    int instanceCount(const QString &data)
    {
        const Run r = ferryctl(data,
            {QStringLiteral("instance"), QStringLiteral("list"), QStringLiteral("--format"),
                QStringLiteral("json")});
        return r.exitCode == 0 ? int(QJsonDocument::fromJson(r.out.toUtf8()).array().size()) : -1;
    }

    Run addSource(const QString &data, const QString &name, const QString &hostPort,
        const QString &user, const QString &password, const QString &fingerprint,
        const QString &timeout = QStringLiteral("5s"), const QProcessEnvironment &env = {})
    {
        return ferryctl(data,
            {QStringLiteral("source"), QStringLiteral("add"), name, hostPort,
                QStringLiteral("--username"), user, QStringLiteral("--password-stdin"),
                QStringLiteral("--trusted-cert-fingerprint"), fingerprint,
                QStringLiteral("--timeout"), timeout},
            password.toUtf8(), env);
    }

    Run sync(const QString &data, const QString &name, const QProcessEnvironment &env = {})
    {
        return ferryctl(data, {QStringLiteral("source"), QStringLiteral("sync"), name}, {}, env);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = LabEnv::load();
        FERRY_REQUIRE_LAB(m_lab, "keyring", "vc", "esx");
        QVERIFY(m_tmp.isValid());
    }

    // A connection that stalls (the server keeps it open and says nothing more) runs into the
    // source's timeout; one that is cut, or refused, fails at once. Each sync ends with a clear
    // error naming the server, none hangs, and the instances of the last good sync stay.
    void stalledAndCutConnections()
    {
        TcpProxy proxy(
            quint16(lab("FERRY_LAB_VC_HOST_PORT").section(QLatin1Char(':'), 1).toUInt()));
        const QString data = m_tmp.filePath(QStringLiteral("stall"));
        Run r = addSource(data, QStringLiteral("vc"), proxy.hostPort(), lab("FERRY_LAB_VC_USER"),
            lab("FERRY_LAB_VC_PASSWORD"), lab("FERRY_LAB_VC_FINGERPRINT"), QStringLiteral("3s"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const qint64 before = proxy.bytesToClient();
        r = sync(data, QStringLiteral("vc"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const qint64 syncBytes = proxy.bytesToClient() - before;
        const int instances = instanceCount(data);
        QVERIFY(instances > 0);

        struct Case
        {
            const char *name;
            std::function<void()> arm;
        };
        const QList<Case> cases {
            {"stall before the answer",
                [&] {
                    proxy.setMode(TcpProxy::Mode::Stall);
                }},
            {"stall in the middle of the inventory",
                [&] {
                    proxy.onceAfter(TcpProxy::Direction::ToClient, syncBytes / 2,
                        [&] { proxy.setMode(TcpProxy::Mode::Stall); });
                }},
            {"cut in the middle of the inventory",
                [&] {
                    proxy.onceAfter(TcpProxy::Direction::ToClient, syncBytes / 2, [&] {
                        proxy.setMode(TcpProxy::Mode::Refuse);
                        proxy.cutAllNow();
                    });
                }},
            {"refused",
                [&] {
                    proxy.setMode(TcpProxy::Mode::Refuse);
                }},
        };
        for (const Case &c : cases) {
            proxy.cutAll(); // no kept-alive connection from before
            proxy.setMode(TcpProxy::Mode::Forward);
            c.arm();
            r = sync(data, QStringLiteral("vc"));
            qInfo("%s: exit %d after %lld ms: %s", c.name, r.exitCode, r.ms,
                qPrintable(r.err.trimmed()));
            QVERIFY2(r.exitCode != -1, c.name); // no hang
            QVERIFY2(r.exitCode == 1,
                qPrintable(QLatin1String(c.name) + QStringLiteral(": ") + r.all()));
            QVERIFY2(r.err.startsWith(QLatin1String("Error: ")), qPrintable(r.err));
            const QJsonObject show = sourceShow(data, QStringLiteral("vc"));
            QVERIFY2(show[QStringLiteral("connectivity_status")].toString() != QLatin1String("OK")
                    || !show[QStringLiteral("status_detail")].toString().isEmpty(),
                qPrintable(QLatin1String(c.name) + QStringLiteral(": ")
                    + QString::fromUtf8(QJsonDocument(show).toJson())));
            QCOMPARE(instanceCount(data), instances);
        }
        proxy.cutAll();
        proxy.setMode(TcpProxy::Mode::Forward);
        r = sync(data, QStringLiteral("vc"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QCOMPARE(sourceShow(data, QStringLiteral("vc"))[QStringLiteral("connectivity_status")]
                     .toString(),
            QStringLiteral("OK"));
    }

    // The source's server is killed (SIGKILL) while it streams the inventory: the sync fails
    // with a clear error and the source's status says so; the instances of the previous sync
    // are all still there and none is marked missing.
    void sourceDiesDuringSync()
    {
        QTemporaryDir simDir(QDir::tempPath() + QStringLiteral("/ferry-fault-sim-XXXXXX"));
        QVERIFY(simDir.isValid());
        VcsimProcess sim(m_lab, simDir.path());
        QVERIFY2(sim.makeCertificate(), qPrintable(sim.error()));
        VcsimProcess::Options options;
        options.password
            = QStringLiteral("fault-test-pw-%1").arg(QDateTime::currentMSecsSinceEpoch());
        options.requestLog = false;
        options.extraArgs = {QStringLiteral("-clusters"), QStringLiteral("1"),
            QStringLiteral("-hosts"), QStringLiteral("1"), QStringLiteral("-standalone-hosts"),
            QStringLiteral("0"), QStringLiteral("-vms"), QStringLiteral("400")};
        const QString password = options.password;
        const quint16 port = sim.start(options);
        QVERIFY2(port != 0, qPrintable(sim.error()));
        TcpProxy proxy(port);
        const QString data = m_tmp.filePath(QStringLiteral("dies"));
        Run r = addSource(data, QStringLiteral("big"), proxy.hostPort(),
            QStringLiteral("admin@vsphere.local"), password, sim.fingerprint());
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const qint64 before = proxy.bytesToClient();
        r = sync(data, QStringLiteral("big"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const qint64 syncBytes = proxy.bytesToClient() - before;
        const int instances = instanceCount(data);
        QVERIFY2(instances >= 400, qPrintable(QString::number(instances)));

        proxy.cutAll();
        const qint64 pid = sim.pid();
        proxy.onceAfter(TcpProxy::Direction::ToClient, syncBytes / 2, [pid, &proxy] {
            // The host is gone: the process, and with it what it had not sent yet.
            ::kill(pid_t(pid), SIGKILL);
            proxy.cutAllNow();
        });
        r = sync(data, QStringLiteral("big"));
        qInfo("killed mid-sync: exit %d after %lld ms: %s", r.exitCode, r.ms,
            qPrintable(r.err.trimmed()));
        QVERIFY2(r.exitCode == 1, qPrintable(r.all()));
        QVERIFY2(r.err.startsWith(QLatin1String("Error: ")), qPrintable(r.err));
        const QJsonObject show = sourceShow(data, QStringLiteral("big"));
        QVERIFY2(show[QStringLiteral("connectivity_status")].toString() != QLatin1String("OK"),
            qPrintable(QString::fromUtf8(QJsonDocument(show).toJson())));
        QCOMPARE(instanceCount(data), instances);
        // The simulator's password went only to the keychain.
        QString where;
        QVERIFY2(!anyFileContains(data, password.toUtf8(), &where), qPrintable(where));
    }

    // The server's certificate changes in the middle of a sync (the proxy moves to another
    // server, as a replaced or intercepted server would): the next connection is refused with
    // both fingerprints named, no credential reaches the other server, and the status says why.
    void certificateChangesMidRun()
    {
        TcpProxy proxy(
            quint16(lab("FERRY_LAB_VC_HOST_PORT").section(QLatin1Char(':'), 1).toUInt()));
        const QString data = m_tmp.filePath(QStringLiteral("cert"));
        Run r = addSource(data, QStringLiteral("vc"), proxy.hostPort(), lab("FERRY_LAB_VC_USER"),
            lab("FERRY_LAB_VC_PASSWORD"), lab("FERRY_LAB_VC_FINGERPRINT"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const quint16 esxPort
            = quint16(lab("FERRY_LAB_ESX_HOST_PORT").section(QLatin1Char(':'), 1).toUInt());
        QFile esxLog(lab("FERRY_LAB_ESX_REQUEST_LOG"));
        const qint64 esxLogBefore = esxLog.size();

        // A few requests into the sync (past the service content), every open connection is
        // cut and new ones go to the ESXi simulator, whose certificate differs. Qt sends a
        // request again on a new connection when a kept-alive one closes before any answer, so
        // the sync itself meets the new certificate; if the cut lands inside an answer instead,
        // that sync fails on the cut and the next one meets it.
        proxy.cutAll();
        proxy.onceAfter(TcpProxy::Direction::ToServer, 3000, [&] {
            proxy.setUpstream(esxPort);
            proxy.cutAllNow();
        });
        r = sync(data, QStringLiteral("vc"));
        qInfo(
            "certificate switched mid-sync: exit %d: %s", r.exitCode, qPrintable(r.err.trimmed()));
        QVERIFY2(r.exitCode == 1, qPrintable(r.all()));
        if (!r.err.contains(lab("FERRY_LAB_ESX_FINGERPRINT"))) {
            qInfo("the cut ended that sync; the next one meets the new certificate");
            r = sync(data, QStringLiteral("vc"));
        }
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(lab("FERRY_LAB_VC_FINGERPRINT")), qPrintable(r.err));
        QVERIFY2(r.err.contains(lab("FERRY_LAB_ESX_FINGERPRINT")), qPrintable(r.err));
        const QJsonObject show = sourceShow(data, QStringLiteral("vc"));
        QCOMPARE(show[QStringLiteral("presented_cert_fingerprint")].toString(),
            lab("FERRY_LAB_ESX_FINGERPRINT"));
        QCOMPARE(show[QStringLiteral("trusted_cert_fingerprint")].toString(),
            lab("FERRY_LAB_VC_FINGERPRINT"));
        // Nothing reached the other server: its request log has no line since the switch (an
        // aborted handshake is logged as such, never as a request with our user).
        QVERIFY(esxLog.open(QIODevice::ReadOnly));
        esxLog.seek(esxLogBefore);
        const QString since = QString::fromUtf8(esxLog.readAll());
        QVERIFY2(!since.contains(lab("FERRY_LAB_VC_USER")), qPrintable(since));
        QVERIFY2(!since.contains(QLatin1String("Login")), qPrintable(since));
    }

    // The target dies while a powered-on VM's disk is imported: every connection to the LXD is
    // reset and new ones are refused (a crashed or unplugged server, made by the proxy in front
    // of the lab's VM LXD). The entry ends in Error with a message that names the failed import,
    // no retry is left running (retries 0 here; with retries the entry waits for its next
    // attempt), and the source VM, which Ferry powered off for the cold copy, runs again.
    void targetDiesDuringImport()
    {
        FERRY_REQUIRE_LAB(m_lab, "lxdvm");
        const QString location = QStringLiteral("/DC0/vm/cbt-vm");
        const QString project = QStringLiteral("ferry-fault");
        const QString lxdvm = lab("FERRY_LAB_LXDVM_URL");
        const quint16 lxdPort = quint16(QUrl(lxdvm).port());
        QVERIFY(lxdPort != 0);
        TcpProxy proxy(lxdPort);
        const QString data = m_tmp.filePath(QStringLiteral("target"));
        auto lxc = [&](const QStringList &args) {
            return run(QStringLiteral("lxc"), args);
        };
        lxc({QStringLiteral("project"), QStringLiteral("delete"), project});
        Run r = lxc({QStringLiteral("project"), QStringLiteral("create"), project,
            QStringLiteral("-c"), QStringLiteral("features.profiles=false"), QStringLiteral("-c"),
            QStringLiteral("features.images=false")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        auto cleanup = qScopeGuard([&] {
            const Run left = lxc({QStringLiteral("list"), QStringLiteral("--project"), project,
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-c"),
                QStringLiteral("n")});
            for (const QString &n : left.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                lxc({QStringLiteral("delete"), QStringLiteral("--project"), project,
                    QStringLiteral("--force"), n.trimmed()});
            const Run vols = lxc({QStringLiteral("storage"), QStringLiteral("volume"),
                QStringLiteral("list"), lab("FERRY_LAB_LXDVM_POOL"), QStringLiteral("--project"),
                project, QStringLiteral("--format"), QStringLiteral("csv")});
            for (const QString &line : vols.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                if (line.startsWith(QLatin1String("custom,")))
                    lxc({QStringLiteral("storage"), QStringLiteral("volume"),
                        QStringLiteral("delete"), lab("FERRY_LAB_LXDVM_POOL"),
                        line.section(QLatin1Char(','), 1, 1), QStringLiteral("--project"),
                        project});
            lxc({QStringLiteral("project"), QStringLiteral("delete"), project});
        });

        r = addSource(data, QStringLiteral("vc01"), lab("FERRY_LAB_VC_HOST_PORT"),
            lab("FERRY_LAB_VC_USER"), lab("FERRY_LAB_VC_PASSWORD"), lab("FERRY_LAB_VC_FINGERPRINT"),
            QStringLiteral("30s"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        r = sync(data, QStringLiteral("vc01"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        auto powerState = [&]() {
            const Run show = ferryctl(data,
                {QStringLiteral("instance"), QStringLiteral("show"), location,
                    QStringLiteral("--format"), QStringLiteral("json")});
            return QJsonDocument::fromJson(show.out.toUtf8())
                .object()[QStringLiteral("power_state")]
                .toString();
        };
        QCOMPARE(powerState(), QStringLiteral("poweredOn"));

        const Run token = lxc({QStringLiteral("config"), QStringLiteral("trust"),
            QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("ferry-it-faults")});
        QVERIFY2(token.exitCode == 0, qPrintable(token.all()));
        r = ferryctl(data,
            {QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("lxdvm"),
                QStringLiteral("https://") + proxy.hostPort(), QStringLiteral("--trust-token"),
                token.out.trimmed().split(QLatin1Char('\n')).last().trimmed()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        r = ferryctl(data,
            {QStringLiteral("network"), QStringLiteral("update"),
                QStringLiteral("/DC0/network/VM Network"), QStringLiteral("--target-network"),
                lab("FERRY_LAB_LXDVM_BRIDGE"), QStringLiteral("--nictype"),
                QStringLiteral("managed")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm:ss");
        const QByteArray yaml
            = QStringLiteral("name: dies\n"
                             "include_expression: \"location == '%1'\"\n"
                             "migration_windows:\n  - name: now\n    start: %2\n    end: %3\n"
                             "defaults:\n    placement:\n        target: lxdvm\n"
                             "        target_project: %4\n        storage_pool: %5\n"
                             "config:\n    instance_restriction_overrides:\n"
                             "        allow_no_background_import: true\n")
                  .arg(location, now.addSecs(-3600).toString(fmt), now.addDays(1).toString(fmt),
                      project, lab("FERRY_LAB_LXDVM_POOL"))
                  .toUtf8();
        r = ferryctl(data,
            {QStringLiteral("batch"), QStringLiteral("add"), QStringLiteral("dies"),
                QStringLiteral("--file"), QStringLiteral("-")},
            yaml);
        if (r.exitCode != 0) { // no stdin form: a file
            QFile f(m_tmp.filePath(QStringLiteral("dies.yaml")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(yaml);
            f.close();
            r = ferryctl(data,
                {QStringLiteral("batch"), QStringLiteral("add"), QStringLiteral("dies"),
                    QStringLiteral("--file"), f.fileName()});
        }
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        r = ferryctl(
            data, {QStringLiteral("batch"), QStringLiteral("start"), QStringLiteral("dies")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));

        // 2 MiB into the engine's traffic to the target (the disk upload: the lab's thin disk
        // is sent sparse, a few MiB in all), the target is gone for good.
        proxy.onceAfter(TcpProxy::Direction::ToServer, qint64(2) << 20, [&proxy] {
            proxy.setMode(TcpProxy::Mode::Refuse);
            proxy.cutAllNow();
        });
        const qint64 sentBefore = proxy.bytesToServer();
        r = ferryctl(data,
            {QStringLiteral("engine"), QStringLiteral("run"), QStringLiteral("--retries"),
                QStringLiteral("0")});
        qInfo("engine run with the target dying: exit %d after %lld ms, %lld bytes reached it",
            r.exitCode, r.ms, proxy.bytesToServer() - sentBefore);
        QVERIFY2(proxy.mode() == TcpProxy::Mode::Refuse, "the target was never cut");
        QVERIFY2(r.exitCode != -1, "the engine hung");
        QCOMPARE(r.exitCode, 1); // an entry in Error
        const Run show = ferryctl(data,
            {QStringLiteral("queue"), QStringLiteral("show"), QStringLiteral("cbt-vm"),
                QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject entry = QJsonDocument::fromJson(show.out.toUtf8()).object();
        const QString message = entry[QStringLiteral("migration_status_message")].toString();
        qInfo("entry: %s: %s", qPrintable(entry[QStringLiteral("migration_status")].toString()),
            qPrintable(message));
        QCOMPARE(entry[QStringLiteral("migration_status")].toString(), QStringLiteral("Error"));
        QVERIFY2(!message.isEmpty(), qPrintable(show.out));
        QCOMPARE(entry[QStringLiteral("source_was_running")].toBool(), true);
        // The source runs again, as the simulator reports after a fresh sync.
        r = sync(data, QStringLiteral("vc01"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QCOMPARE(powerState(), QStringLiteral("poweredOn"));
    }

    // A locked keychain: reading the source's password fails with an error that says the
    // keychain is locked (not "no such entry"), adding a source stores nothing anywhere else.
    // A stopped keychain: the same, with "no usable system keychain". Never plaintext.
    void keychainLockedOrStopped()
    {
        // A keyring of this test's own: locking or stopping the lab's would break other tests.
        const QString kdir = QDir::tempPath()
            + QStringLiteral("/ferry-fault-kr-%1").arg(QCoreApplication::applicationPid());
        const QString labStart = qEnvironmentVariable("FERRY_TEST_SOURCE_DIR")
            + QStringLiteral("/tests/lab/lab-start");
        const QString labStop
            = qEnvironmentVariable("FERRY_TEST_SOURCE_DIR") + QStringLiteral("/tests/lab/lab-stop");
        QProcessEnvironment startEnv = QProcessEnvironment::systemEnvironment();
        startEnv.insert(QStringLiteral("FERRY_LAB_COMPONENTS"), QStringLiteral("keyring"));
        Run started = run(labStart, {kdir}, {}, startEnv);
        QVERIFY2(started.exitCode == 0, qPrintable(started.all()));
        auto cleanup = qScopeGuard([&] {
            run(labStop, {kdir});
            QDir(kdir).removeRecursively();
        });
        // LabEnv reads the file FERRY_LAB_ENV names: point it at this keyring's for a moment.
        const QByteArray savedEnv = qgetenv("FERRY_LAB_ENV");
        qputenv("FERRY_LAB_ENV", (kdir + QStringLiteral("/lab.env")).toUtf8());
        const LabEnv kr = LabEnv::load();
        qputenv("FERRY_LAB_ENV", savedEnv);
        QVERIFY(kr.isValid());
        const QProcessEnvironment env
            = environment(kr["FERRY_LAB_DBUS_ADDRESS"], kr["FERRY_LAB_XDG_RUNTIME_DIR"]);

        const QString data = m_tmp.filePath(QStringLiteral("keychain"));
        Run r = addSource(data, QStringLiteral("vc"), lab("FERRY_LAB_VC_HOST_PORT"),
            lab("FERRY_LAB_VC_USER"), lab("FERRY_LAB_VC_PASSWORD"), lab("FERRY_LAB_VC_FINGERPRINT"),
            QStringLiteral("5s"), env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        r = sync(data, QStringLiteral("vc"), env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));

        // Locked, as a screen lock or `Lock` from a keyring manager leaves it.
        QProcessEnvironment busEnv = QProcessEnvironment::systemEnvironment();
        busEnv.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), kr["FERRY_LAB_DBUS_ADDRESS"]);
        const Run lock = run(QStringLiteral("dbus-send"),
            {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.freedesktop.secrets"),
                QStringLiteral("/org/freedesktop/secrets"),
                QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")},
            {}, busEnv);
        QVERIFY2(lock.exitCode == 0, qPrintable(lock.all()));
        r = sync(data, QStringLiteral("vc"), env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("locked")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("no such entry")), qPrintable(r.err));
        const QString second
            = QStringLiteral("second-password-%1").arg(QDateTime::currentMSecsSinceEpoch());
        r = addSource(data, QStringLiteral("esx"), lab("FERRY_LAB_ESX_HOST_PORT"),
            lab("FERRY_LAB_ESX_USER"), second, lab("FERRY_LAB_ESX_FINGERPRINT"),
            QStringLiteral("5s"), env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.err.isEmpty(), qPrintable(r.all()));

        // Stopped: the keyring daemon is gone from the bus.
        QFile pidFile(kdir + QStringLiteral("/pids/keyring.pid"));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const pid_t keyringPid = pid_t(pidFile.readAll().trimmed().toLongLong());
        QVERIFY(keyringPid > 0);
        QCOMPARE(::kill(keyringPid, SIGTERM), 0);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(keyringPid, 0) != 0, 10000); // gone, not only asked
        r = sync(data, QStringLiteral("vc"), env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("keychain")), qPrintable(r.err));
        const QString third
            = QStringLiteral("third-password-%1").arg(QDateTime::currentMSecsSinceEpoch());
        r = addSource(data, QStringLiteral("esx2"), lab("FERRY_LAB_ESX_HOST_PORT"),
            lab("FERRY_LAB_ESX_USER"), third, lab("FERRY_LAB_ESX_FINGERPRINT"),
            QStringLiteral("5s"), env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("keychain")), qPrintable(r.err));

        // No fallback: no password in the data directory (database, WAL, logs).
        QString where;
        for (const QString &pw : {lab("FERRY_LAB_VC_PASSWORD"), second, third})
            QVERIFY2(!anyFileContains(data, pw.toUtf8(), &where), qPrintable(where));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "test_faults.moc"
