// Crash consistency and secret hygiene of a whole migration (issue 8, docs/hardening.md).
//
// killNineAtManyPoints: `ferryctl engine run` migrates two powered-off lab VMs (ESXi's
// `Debian Bookworm` and vCenter's `Zürich-DB ünïcødé`, 1 GiB each) into an LXD project of the
// test's own and is killed with SIGKILL at a series of points (a status reached, a share of the
// disk copied), then started again, until the batch is done. In the end the queue is consistent
// (every entry Finished), the target has exactly one instance per VM, no custom volume or other
// leftover, and every landed disk is hash-equal to its source extent.
//
// noSecretOutsideTheKeychain: every secret Ferry stored (the sources' passwords, the target's
// trust token and client key, read back from the lab's keychain) is searched for in the database
// and its WAL, the logs, the output of every listing in every format, the diagnostics export,
// and the command lines of the engine processes (sampled while they ran): none may be found.
#include "common/labenv.h"
#include "common/processrun.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace ferry::test;

namespace {

using Run = ferry::test::ProcessRun;

QString sha256OfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return {};
    return QString::fromLatin1(h.result().toHex());
}

const QString kProject = QStringLiteral("ferry-crash");

// The two VMs: location, source, lab manifest key, the target name the engine gives them.
struct Vm
{
    QString location;
    QString inventoryKey;
    QString targetName;
};
const QList<Vm> kVms {
    {QStringLiteral("/ha-datacenter/vm/Debian Bookworm"), QStringLiteral("FERRY_LAB_ESX_INVENTORY"),
        QStringLiteral("Debian-Bookworm")},
    {QStringLiteral("/DC0/vm/Zürich-DB ünïcødé"), QStringLiteral("FERRY_LAB_VC_INVENTORY"),
        QStringLiteral("Zurich-DB-unic-de")},
};

// Where the engine is killed: the first time the migration in progress reaches `status` (or a
// later one; any when empty) with at least `share` of its disks copied, after `finishedBefore`
// entries Finished (the second VM's copy).
struct KillPoint
{
    const char *status;
    double share;
    int finishedBefore;
};
const QList<KillPoint> kKillPoints {
    {"Creating new VM", 0.0, 0},
    {"Performing final import tasks", 0.0, 0},
    {"", 0.4, 0},
    {"Performing post-import tasks", 0.0, 0},
    {"", 0.0, 1},
    {"", 0.5, 1},
};
// The order of a cold migration's statuses (docs/engine.md).
int rank(const QString &status)
{
    static const QStringList order {QStringLiteral("Creating new VM"),
        QStringLiteral("Performing final import tasks"),
        QStringLiteral("Performing post-import tasks")};
    return int(order.indexOf(status)) + 1; // unknown or empty: 0
}

} // namespace

class TestCrashConsistency final : public QObject
{
    Q_OBJECT

private:
    LabEnv m_lab;
    QTemporaryDir m_tmp;
    QString m_data;
    QString m_token;
    QStringList m_engineCommandLines; // sampled from /proc while engines ran
    QList<QPair<QString, double>> m_killedAt;

    QString lab(const char *key) const { return m_lab[key]; }
    QString pool() const { return lab("FERRY_LAB_LXDVM_POOL"); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("DISPLAY"));
        e.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), lab("FERRY_LAB_DBUS_ADDRESS"));
        e.insert(QStringLiteral("XDG_RUNTIME_DIR"), lab("FERRY_LAB_XDG_RUNTIME_DIR"));
        e.insert(QStringLiteral("LXD_DIR"), lab("FERRY_LAB_LXDVM_DIR"));
        e.insert(QStringLiteral("LXD_CONF"), lab("FERRY_LAB_DIR") + QStringLiteral("/lxc-conf"));
        return e;
    }

    Run run(const QString &program, const QStringList &args, const QByteArray &input = {},
        int timeoutMs = 120000)
    {
        return runProcess(program, args, input, environment(), timeoutMs);
    }

    Run ferryctl(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 120000)
    {
        return runFerryctl(m_data, args, input, environment(), timeoutMs);
    }

    Run lxc(const QStringList &args) { return run(QStringLiteral("lxc"), args); }

    // The entries of the queue with their status and the share of their disks copied, read
    // from the database as the engine writes it (WAL: readers never block the writer).
    struct EntryState
    {
        QString status;
        double share = 0;
    };
    QList<EntryState> queueState()
    {
        QList<EntryState> out;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(m_data + QStringLiteral("/ferry.db"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT e.status, COALESCE(SUM(p.bytes_done), 0), "
                                      "COALESCE(SUM(p.bytes_total), 0)"
                                      " FROM queue_entries e LEFT JOIN queue_disk_progress p"
                                      " ON p.queue_entry_id = e.id GROUP BY e.id ORDER BY e.id"));
                while (q.next()) {
                    const double total = q.value(2).toDouble();
                    out << EntryState {
                        q.value(0).toString(), total > 0 ? q.value(1).toDouble() / total : 0.0};
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return out;
    }

    // The command line of `pid` and of every process below it.
    void sampleCommandLines(qint64 pid)
    {
        QHash<qint64, qint64> parent;
        QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            bool ok = false;
            const qint64 p = it.next().section(QLatin1Char('/'), -1).toLongLong(&ok);
            if (!ok)
                continue;
            QFile stat(it.filePath() + QStringLiteral("/stat"));
            if (stat.open(QIODevice::ReadOnly)) {
                const QByteArray s = stat.readAll();
                parent.insert(p, s.mid(s.lastIndexOf(')') + 2).split(' ').value(1).toLongLong());
            }
        }
        QList<qint64> todo {pid};
        while (!todo.isEmpty()) {
            const qint64 p = todo.takeFirst();
            QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(p));
            if (cmd.open(QIODevice::ReadOnly)) {
                const QString line
                    = QString::fromUtf8(cmd.readAll()).replace(QChar(u'\0'), QLatin1Char(' '));
                if (!m_engineCommandLines.contains(line))
                    m_engineCommandLines << line;
            }
            for (auto c = parent.constBegin(); c != parent.constEnd(); ++c)
                if (c.value() == p)
                    todo << c.key();
        }
    }

    // Runs the engine; kills it with SIGKILL at `point` (null: lets it finish). Returns false if
    // it ended on its own.
    bool engineRun(const KillPoint *point, int timeoutMs)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setProcessChannelMode(QProcess::MergedChannels);
        // Not runFerryctl: the engine is watched while it runs, and killed.
        p.start(ferryctlPath(),
            {QStringLiteral("--data-dir"), m_data, QStringLiteral("engine"), QStringLiteral("run"),
                QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--retries"),
                QStringLiteral("0"),
                // Zero regions are skipped: unthrottled, a fast build copies the rest of a
                // mostly empty disk between two looks (50 ms). At 256 MiB/s a 1 GiB disk takes
                // about 4 s to scan, so every kill point is met.
                QStringLiteral("--read-limit"), QStringLiteral("256")});
        if (!p.waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        bool sampled = false;
        while (!p.waitForFinished(10) && timer.elapsed() < timeoutMs) {
            if (!sampled && timer.elapsed() > 300) {
                sampleCommandLines(p.processId());
                sampled = true;
            }
            if (!point)
                continue;
            const QList<EntryState> state = queueState();
            int finished = 0;
            const EntryState *current = nullptr;
            for (const EntryState &e : state) {
                if (e.status == QLatin1String("Finished"))
                    ++finished;
                else if (!current && e.status != QLatin1String("Waiting"))
                    current = &e;
            }
            if (!current || finished < point->finishedBefore)
                continue;
            // A status that went by between two looks counts as reached.
            if (rank(current->status) >= rank(QLatin1String(point->status))
                && current->share >= point->share) {
                ::kill(pid_t(p.processId()), SIGKILL);
                p.waitForFinished(10000);
                m_killedAt << qMakePair(current->status, current->share);
                qInfo("killed at \"%s\", %.0f%% copied", qPrintable(current->status),
                    current->share * 100);
                return true;
            }
        }
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(10000);
            qWarning("engine run did not end within %d ms: %s", timeoutMs,
                p.readAll().right(2000).constData());
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase();
    void killNineAtManyPoints();
    void noSecretOutsideTheKeychain();
    void cleanupTestCase();
};

void TestCrashConsistency::initTestCase()
{
    m_lab = LabEnv::load();
    FERRY_REQUIRE_LAB(m_lab, "keyring", "vc", "esx", "lxdvm", "scenario");
    QVERIFY(m_tmp.isValid());
    m_data = m_tmp.filePath(QStringLiteral("data"));

    for (const auto &[name, prefix] :
        {std::pair {"vc01", "FERRY_LAB_VC"}, std::pair {"esxi01", "FERRY_LAB_ESX"}}) {
        const QString p = QLatin1String(prefix);
        const Run add = ferryctl(
            {QStringLiteral("source"), QStringLiteral("add"), QLatin1String(name),
                m_lab.value(p + QStringLiteral("_HOST_PORT")), QStringLiteral("--username"),
                m_lab.value(p + QStringLiteral("_USER")), QStringLiteral("--password-stdin"),
                QStringLiteral("--trusted-cert-fingerprint"),
                m_lab.value(p + QStringLiteral("_FINGERPRINT"))},
            m_lab.value(p + QStringLiteral("_PASSWORD")).toUtf8());
        QVERIFY2(add.exitCode == 0, qPrintable(add.all()));
        const Run sync
            = ferryctl({QStringLiteral("source"), QStringLiteral("sync"), QLatin1String(name)});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.all()));
    }

    // A project of this test's own on the VM LXD, so that nothing here meets other tests' VMs.
    lxc({QStringLiteral("project"), QStringLiteral("delete"), kProject}); // an earlier run's
    const Run project = lxc({QStringLiteral("project"), QStringLiteral("create"), kProject,
        QStringLiteral("-c"), QStringLiteral("features.profiles=false"), QStringLiteral("-c"),
        QStringLiteral("features.images=false")});
    QVERIFY2(project.exitCode == 0, qPrintable(project.all()));

    const Run token = lxc({QStringLiteral("config"), QStringLiteral("trust"), QStringLiteral("add"),
        QStringLiteral("--name"), QStringLiteral("ferry-it-crash")});
    QVERIFY2(token.exitCode == 0, qPrintable(token.all()));
    m_token = token.out.trimmed().split(QLatin1Char('\n')).last().trimmed();
    const Run target
        = ferryctl({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("lxdvm"),
            lab("FERRY_LAB_LXDVM_URL"), QStringLiteral("--trust-token"), m_token});
    QVERIFY2(target.exitCode == 0, qPrintable(target.all()));

    for (const QString &network : {QStringLiteral("/DC0/network/VM Network"),
             QStringLiteral("/ha-datacenter/network/VM Network")}) {
        const Run r = ferryctl({QStringLiteral("network"), QStringLiteral("update"), network,
            QStringLiteral("--target-network"), lab("FERRY_LAB_LXDVM_BRIDGE"),
            QStringLiteral("--nictype"), QStringLiteral("managed")});
        QVERIFY2(r.exitCode == 0, qPrintable(network + QStringLiteral(": ") + r.all()));
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    const QByteArray yaml
        = QStringLiteral("name: crash\n"
                         "include_expression: \"location == '%1' or location == '%2'\"\n"
                         "migration_windows:\n  - name: now\n    start: %3\n    end: %4\n"
                         "defaults:\n    placement:\n        target: lxdvm\n"
                         "        target_project: %5\n        storage_pool: %6\n"
                         "config:\n    instance_restriction_overrides:\n"
                         "        allow_no_background_import: true\n")
              .arg(kVms[0].location, kVms[1].location, now.addSecs(-3600).toString(fmt),
                  now.addDays(1).toString(fmt), kProject, pool())
              .toUtf8();
    QFile f(m_tmp.filePath(QStringLiteral("crash.yaml")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(yaml);
    f.close();
    const Run add = ferryctl({QStringLiteral("batch"), QStringLiteral("add"),
        QStringLiteral("crash"), QStringLiteral("--file"), f.fileName()});
    QVERIFY2(add.exitCode == 0, qPrintable(add.all()));
    const Run start
        = ferryctl({QStringLiteral("batch"), QStringLiteral("start"), QStringLiteral("crash")});
    QVERIFY2(start.exitCode == 0, qPrintable(start.all()));
}

void TestCrashConsistency::killNineAtManyPoints()
{
    for (const KillPoint &point : kKillPoints) {
        if (!engineRun(&point, 600000))
            break; // done before this point
    }
    qInfo("%d kills", int(m_killedAt.size()));
    QVERIFY2(m_killedAt.size() == kKillPoints.size(),
        "the engine finished before some kill points (the read limit is too high?)");

    // Restart until idle; killed engines leave their lock behind, the next one takes it over.
    engineRun(nullptr, 900000);

    const Run queue = ferryctl({QStringLiteral("queue"), QStringLiteral("list"),
        QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray entries = QJsonDocument::fromJson(queue.out.toUtf8()).array();
    QCOMPARE(entries.size(), kVms.size());
    for (const QJsonValue &v : entries)
        QVERIFY2(v[QStringLiteral("migration_status")].toString() == QLatin1String("Finished"),
            qPrintable(v[QStringLiteral("instance_name")].toString() + QStringLiteral(": ")
                + v[QStringLiteral("migration_status")].toString() + QStringLiteral(" ")
                + v[QStringLiteral("migration_status_message")].toString()));

    // Exactly one instance per VM in the project, nothing else.
    const Run list
        = lxc({QStringLiteral("query"), QStringLiteral("/1.0/instances?project=%1").arg(kProject)});
    QStringList names;
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out.toUtf8()).array())
        names << v.toString().section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0);
    names.sort();
    QStringList expected;
    for (const Vm &vm : kVms)
        expected << vm.targetName;
    expected.sort();
    QCOMPARE(names, expected);

    // No orphaned volume: the pool holds the instances' own volumes and nothing custom.
    const Run volumes = lxc({QStringLiteral("query"),
        QStringLiteral("/1.0/storage-pools/%1/volumes?project=%2&recursion=1")
            .arg(pool(), kProject)});
    QStringList leftovers;
    for (const QJsonValue &v : QJsonDocument::fromJson(volumes.out.toUtf8()).array()) {
        const QString type = v[QStringLiteral("type")].toString();
        const QString name = v[QStringLiteral("name")].toString();
        if (type != QLatin1String("virtual-machine") || !expected.contains(name))
            leftovers << type + QLatin1Char('/') + name;
    }
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QStringLiteral(", "))));

    // Every landed disk equals its source extent.
    for (const Vm &vm : kVms) {
        QFile manifest(lab(vm.inventoryKey.toLatin1().constData()));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QString moref, flat;
        const QList<QByteArray> lines = manifest.readAll().split('\n');
        for (const QByteArray &raw : lines) {
            const QStringList cols = QString::fromUtf8(raw).split(QLatin1Char('\t'));
            if (cols.value(0) == QLatin1String("vm") && cols.value(6) == vm.location)
                moref = cols.value(1);
        }
        for (const QByteArray &raw : lines) {
            const QStringList cols = QString::fromUtf8(raw).split(QLatin1Char('\t'));
            if (cols.value(0) == QLatin1String("disk") && cols.value(1) == moref
                && cols.value(2) == QLatin1String("0"))
                flat = cols.value(7);
        }
        QVERIFY2(!flat.isEmpty(), qPrintable(vm.location));
        const QString landed = lab("FERRY_LAB_LXDVM_DIR") + QStringLiteral("/storage-pools/")
            + pool() + QStringLiteral("/virtual-machines/") + kProject + QLatin1Char('_')
            + vm.targetName + QStringLiteral("/root.img");
        const QString source = sha256OfFile(flat);
        QCOMPARE(source.size(), 64);
        QCOMPARE(sha256OfFile(landed), source);
    }
}

void TestCrashConsistency::noSecretOutsideTheKeychain()
{
    // Every secret Ferry keeps, straight from the keychain: qtkeychain's items carry
    // server=ferry and hold the secret base64-encoded (attribute type=base64).
    const Run search = run(QStringLiteral("secret-tool"),
        {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--unlock"),
            QStringLiteral("server"), QStringLiteral("ferry")});
    QList<QByteArray> secrets;
    QStringList keys;
    for (const QString &line : QString(search.out + search.err).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("secret = ")))
            secrets << QByteArray::fromBase64(line.mid(9).toLatin1());
        else if (line.startsWith(QLatin1String("attribute.user = ")))
            keys << line.mid(17);
    }
    qInfo("keychain entries: %s", qPrintable(keys.join(QStringLiteral(", "))));
    QVERIFY2(keys.contains(QStringLiteral("target:1:client-key")), qPrintable(search.all()));
    QVERIFY2(keys.filter(QStringLiteral(":password")).size() >= 2, qPrintable(search.all()));
    secrets << lab("FERRY_LAB_VC_PASSWORD").toUtf8() << lab("FERRY_LAB_ESX_PASSWORD").toUtf8()
            << m_token.toUtf8();
    // A PEM key is also looked for line by line (any one line of its base64 body is a leak), a
    // trust token also by its secret inside.
    QList<QByteArray> needles;
    for (const QByteArray &s : std::as_const(secrets)) {
        if (s.size() < 8)
            continue;
        needles << s << s.toBase64();
        if (s.contains("-----BEGIN")) {
            for (const QByteArray &l : s.split('\n'))
                if (l.size() >= 40 && !l.startsWith("-----"))
                    needles << l;
        }
        const QJsonObject token = QJsonDocument::fromJson(QByteArray::fromBase64(s)).object();
        if (const QString secret = token[QStringLiteral("secret")].toString(); secret.size() >= 16)
            needles << secret.toUtf8();
    }
    QVERIFY2(needles.size() >= 12, "the keychain held fewer secrets than the test stored");

    // What to search: every file of the data directory (database, WAL, logs, ...), ...
    QList<QPair<QString, QByteArray>> haystacks;
    QDirIterator files(m_data, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        if (f.open(QIODevice::ReadOnly))
            haystacks << qMakePair(f.fileName(), f.readAll());
    }
    QVERIFY(haystacks.size() >= 2);
    // ... the output of every listing, in every format, ...
    const QList<QStringList> commands {
        {QStringLiteral("source"), QStringLiteral("list")},
        {QStringLiteral("source"), QStringLiteral("show"), QStringLiteral("vc01")},
        {QStringLiteral("source"), QStringLiteral("show"), QStringLiteral("esxi01")},
        {QStringLiteral("target"), QStringLiteral("list")},
        {QStringLiteral("target"), QStringLiteral("show"), QStringLiteral("lxdvm")},
        {QStringLiteral("instance"), QStringLiteral("list")},
        {QStringLiteral("instance"), QStringLiteral("show"), kVms[0].location},
        {QStringLiteral("network"), QStringLiteral("list")},
        {QStringLiteral("batch"), QStringLiteral("list")},
        {QStringLiteral("batch"), QStringLiteral("show"), QStringLiteral("crash")},
        {QStringLiteral("queue"), QStringLiteral("list")},
        {QStringLiteral("queue"), QStringLiteral("show"), QStringLiteral("Debian Bookworm")},
    };
    for (const QStringList &c : commands) {
        for (const QString &format :
            {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("yaml")}) {
            const Run r = ferryctl(QStringList {QStringLiteral("--format"), format} + c);
            QVERIFY2(r.exitCode == 0,
                qPrintable(c.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.all()));
            haystacks << qMakePair(c.join(QLatin1Char(' ')) + QStringLiteral(" --format ") + format,
                (r.out + r.err).toUtf8());
        }
    }
    // ... the diagnostics export (a tar: its members are searched as stored) ...
    const QString report = m_tmp.filePath(QStringLiteral("diagnostics.tar"));
    const Run diag = ferryctl({QStringLiteral("system"), QStringLiteral("diagnostics"), report});
    if (diag.exitCode == 0) {
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        haystacks << qMakePair(QStringLiteral("diagnostics export"), f.readAll());
        haystacks << qMakePair(
            QStringLiteral("diagnostics output"), (diag.out + diag.err).toUtf8());
        const Run members = run(QStringLiteral("tar"), {QStringLiteral("-xOf"), report});
        haystacks << qMakePair(QStringLiteral("diagnostics members"), members.out.toUtf8());
    } else {
        qWarning("no diagnostics export to search (ferryctl system diagnostics: exit %d)",
            diag.exitCode);
    }
    // ... and the command lines of the engine processes.
    QVERIFY(!m_engineCommandLines.isEmpty());
    for (const QString &line : std::as_const(m_engineCommandLines))
        haystacks << qMakePair(QStringLiteral("engine command line"), line.toUtf8());

    for (const auto &[where, bytes] : std::as_const(haystacks))
        for (const QByteArray &needle : std::as_const(needles))
            QVERIFY2(!bytes.contains(needle),
                qPrintable(
                    QStringLiteral("a secret (%1 bytes) is in %2").arg(needle.size()).arg(where)));
    qInfo("%d secrets (%d search strings) not found in %d places", int(secrets.size()),
        int(needles.size()), int(haystacks.size()));
}

void TestCrashConsistency::cleanupTestCase()
{
    if (m_lab.has({"lxdvm"})) {
        for (const Vm &vm : kVms)
            lxc({QStringLiteral("delete"), QStringLiteral("--project"), kProject,
                QStringLiteral("--force"), vm.targetName});
        lxc({QStringLiteral("project"), QStringLiteral("delete"), kProject});
    }
}

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "test_crashconsistency.moc"
