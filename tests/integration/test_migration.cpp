// The migration engine end to end (issue 6, docs/engine.md): ferryctl as an administrator drives
// it against the lab (tests/lab): the vCenter and ESXi simulators with real disk content, and the
// VM-capable LXD, which imports VMs but cannot start them.
//
// migratePoweredOffVms: `web 01 (prod)` (3 disks), `Zürich-DB ünïcødé` (UEFI, secure boot, TPM)
// and the ESXi's `Debian Bookworm` in one batch; every landed disk file is hashed against its
// source extent and against the SHA-256 the queue reports, and the target configuration is read
// back with lxc.
// poweredOnSourceBackOn: the powered-on `cbt-vm`; its target start fails in the lab, so the entry
// must end in Error, nothing must stay on the target and the source must be powered on again.
#include "common/labenv.h"
#include "common/processrun.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ferry::test;

namespace {

using Run = ferry::test::ProcessRun;

// One scenario disk of the lab's manifest (*_INVENTORY): its datastore path and the flat extent.
struct SourceDisk
{
    int index = 0;
    qint64 capacity = 0;
    QString datastorePath;
    QString flatFile;
};

// coreutils' sha256sum when there is one (the CPU's SHA instructions: this test hashes 16 GiB),
// else Qt's.
QString sha256OfFile(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("sha256sum"), {QStringLiteral("--"), path});
    if (p.waitForFinished(600000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
        const QString sum = QString::fromLatin1(p.readAllStandardOutput().left(64));
        if (sum.size() == 64)
            return sum;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    QByteArray buf(4 << 20, Qt::Uninitialized);
    while (true) {
        const qint64 n = f.read(buf.data(), buf.size());
        if (n <= 0)
            break;
        h.addData(QByteArrayView(buf.constData(), n));
    }
    return QString::fromLatin1(h.result().toHex());
}

// What the administrator expects of one migrated VM.
struct Expected
{
    QString location;
    QString source; // Ferry's name of the source
    QString inventory; // FERRY_LAB_VC_INVENTORY or FERRY_LAB_ESX_INVENTORY
    QString targetName;
    QString instanceUuid;
    QString cpus;
    QString memory;
    bool secureBoot = false;
    bool tpm = false;
    // MAC -> {"managed", network} or {"bridged", parent, vlan}
    QHash<QString, QStringList> nics;
};

} // namespace

class TestMigration final : public QObject
{
    Q_OBJECT

private:
    LabEnv m_lab;
    QTemporaryDir m_tmp;
    QString m_data;

    QString lab(const char *key) const { return m_lab[key]; }
    QString bridge() const { return lab("FERRY_LAB_LXDVM_BRIDGE"); }
    QString pool() const { return lab("FERRY_LAB_LXDVM_POOL"); }

    QProcessEnvironment labEnvironment() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("DISPLAY"));
        e.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), lab("FERRY_LAB_DBUS_ADDRESS"));
        e.insert(QStringLiteral("XDG_RUNTIME_DIR"), lab("FERRY_LAB_XDG_RUNTIME_DIR"));
        // lxc talks to the VM-capable LXD as its administrator.
        e.insert(QStringLiteral("LXD_DIR"), lab("FERRY_LAB_LXDVM_DIR"));
        e.insert(QStringLiteral("LXD_CONF"), lab("FERRY_LAB_DIR") + QStringLiteral("/lxc-conf"));
        return e;
    }

    Run run(const QString &program, const QStringList &args, const QByteArray &input = {},
        int timeoutMs = 120000)
    {
        return runProcess(program, args, input, labEnvironment(), timeoutMs);
    }

    Run ferryctl(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 120000)
    {
        Run r = runFerryctl(m_data, args, input, labEnvironment(), timeoutMs);
        qInfo("ferryctl %s: exit %d in %lld ms", qPrintable(args.mid(0, 2).join(QLatin1Char(' '))),
            r.exitCode, r.ms);
        return r;
    }

    Run lxc(const QStringList &args) { return run(QStringLiteral("lxc"), args); }

    // GET through `lxc query` (the JSON of what `lxc config show` prints as YAML).
    QJsonObject lxdQuery(const QString &path)
    {
        const Run r = lxc({QStringLiteral("query"), path});
        if (r.exitCode != 0)
            return {};
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    QJsonArray lxdQueryArray(const QString &path)
    {
        const Run r = lxc({QStringLiteral("query"), path});
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    QJsonArray queueList()
    {
        const Run r = ferryctl({QStringLiteral("queue"), QStringLiteral("list"),
            QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    QJsonObject queueShow(const QString &name)
    {
        const Run r = ferryctl({QStringLiteral("queue"), QStringLiteral("show"), name,
            QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    QJsonObject instanceShow(const QString &location)
    {
        const Run r = ferryctl({QStringLiteral("instance"), QStringLiteral("show"), location,
            QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    // The scenario disks of the VM at `location`, in index order, from the lab's manifest.
    QVector<SourceDisk> sourceDisks(const QString &inventory, const QString &location)
    {
        QFile f(inventory);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QString moref;
        QVector<QStringList> diskLines;
        for (const QByteArray &raw : f.readAll().split('\n')) {
            const QStringList cols = QString::fromUtf8(raw).split(QLatin1Char('\t'));
            if (cols.value(0) == QLatin1String("vm") && cols.value(6) == location)
                moref = cols.value(1);
            else if (cols.value(0) == QLatin1String("disk"))
                diskLines << cols;
        }
        QVector<SourceDisk> disks;
        for (const QStringList &cols : std::as_const(diskLines))
            if (cols.value(1) == moref)
                disks << SourceDisk {cols.value(2).toInt(), cols.value(3).toLongLong(),
                    cols.value(5), cols.value(7)};
        std::sort(disks.begin(), disks.end(),
            [](const SourceDisk &a, const SourceDisk &b) { return a.index < b.index; });
        return disks;
    }

    // A window from an hour ago to tomorrow, in the batch YAML's UTC notation.
    static QString windowYaml()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm:ss");
        return QStringLiteral("migration_windows:\n  - name: now\n    start: %1\n    end: %2\n")
            .arg(now.addSecs(-3600).toString(fmt), now.addDays(1).toString(fmt));
    }

    QByteArray batchYaml(const QString &name, const QString &expression) const
    {
        return (QStringLiteral("name: %1\n"
                               "include_expression: \"%2\"\n")
                    .arg(name, expression)
            + windowYaml()
            + QStringLiteral("defaults:\n"
                             "    placement:\n"
                             "        target: lxdvm\n"
                             "        target_project: default\n"
                             "        storage_pool: %1\n"
                             "config:\n"
                             "    instance_restriction_overrides:\n"
                             // The lab's VMs have no CBT baseline (cbt-vm's is not used either):
                             // cold migrations only.
                             "        allow_no_background_import: true\n")
                  .arg(pool()))
            .toUtf8();
    }

    QString statusOf(const QJsonArray &queue, const QString &name, QString *message = nullptr)
    {
        for (const QJsonValue &v : queue)
            if (v[QStringLiteral("instance_name")].toString() == name) {
                if (message)
                    *message = v[QStringLiteral("migration_status_message")].toString();
                return v[QStringLiteral("migration_status")].toString();
            }
        return {};
    }

    void checkMigrated(const Expected &x);

private Q_SLOTS:
    void initTestCase();
    void twoNicsOnOneManagedNetworkAreRefused();
    void migratePoweredOffVms();
    void poweredOnSourceBackOn();
    void cleanupTestCase();
};

// Step 1 and 2: sources, target and network mapping, as an administrator sets them up.
void TestMigration::initTestCase()
{
    m_lab = LabEnv::load();
    FERRY_REQUIRE_LAB(m_lab, "keyring", "vc", "esx", "lxdvm", "scenario");
    QVERIFY(m_tmp.isValid());
    m_data = m_tmp.filePath(QStringLiteral("data"));

    for (const auto &[name, prefix] :
        {std::pair {"vc01", "FERRY_LAB_VC"}, std::pair {"esxi 01", "FERRY_LAB_ESX"}}) {
        const QString p = QLatin1String(prefix);
        const Run add = ferryctl(
            {QStringLiteral("source"), QStringLiteral("add"), QLatin1String(name),
                m_lab.value(p + QStringLiteral("_HOST_PORT")), QStringLiteral("--username"),
                m_lab.value(p + QStringLiteral("_USER")), QStringLiteral("--password-stdin"),
                QStringLiteral("--trusted-cert-fingerprint"),
                m_lab.value(p + QStringLiteral("_FINGERPRINT"))},
            m_lab.value(p + QStringLiteral("_PASSWORD")).toUtf8());
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const Run sync
            = ferryctl({QStringLiteral("source"), QStringLiteral("sync"), QLatin1String(name)});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    }

    // A trust token minted by the LXD's administrator.
    const Run token = lxc({QStringLiteral("config"), QStringLiteral("trust"), QStringLiteral("add"),
        QStringLiteral("--name"), QStringLiteral("ferry-it-migration")});
    QVERIFY2(token.exitCode == 0, qPrintable(token.err));
    const Run target = ferryctl({QStringLiteral("target"), QStringLiteral("add"),
        QStringLiteral("lxdvm"), lab("FERRY_LAB_LXDVM_URL"), QStringLiteral("--trust-token"),
        token.out.trimmed().split(QLatin1Char('\n')).last().trimmed()});
    QVERIFY2(target.exitCode == 0, qPrintable(target.err));

    // Standard networks go to the lab bridge as a managed network. The distributed port group
    // `Prod VLAN 42` keeps Ferry's defaults for it (a bridged NIC with VLAN 42: issue 14) and only
    // gets the lab's bridge as its parent; the engine writes nictype/parent/vlan/hwaddr, which
    // LXD accepts for a VM (physical would be PCI passthrough and refuse hwaddr and VLAN).
    for (const QStringList &args : {
             QStringList {QStringLiteral("/DC0/network/VM Network"), QStringLiteral("managed")},
             QStringList {
                 QStringLiteral("/ha-datacenter/network/VM Network"), QStringLiteral("managed")},
             QStringList {QStringLiteral("/DC0/network/Prod VLAN 42")},
         }) {
        QStringList cmd {QStringLiteral("network"), QStringLiteral("update"), args[0],
            QStringLiteral("--target-network"), bridge()};
        if (args.size() > 1)
            cmd << QStringLiteral("--nictype") << args[1];
        const Run r = ferryctl(cmd);
        QVERIFY2(r.exitCode == 0, qPrintable(args[0] + QStringLiteral(": ") + r.err));
    }
}

void TestMigration::migratePoweredOffVms()
{
    const QString web = QStringLiteral("/DC0/vm/web 01 (prod)");
    const QString zurich = QStringLiteral("/DC0/vm/Zürich-DB ünïcødé");
    const QString debian = QStringLiteral("/ha-datacenter/vm/Debian Bookworm");

    // Step 3: the batch, from a file as an administrator writes it.
    const QString file = m_tmp.filePath(QStringLiteral("wave1.yaml"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(batchYaml(QStringLiteral("wave1"),
            QStringLiteral("location == '%1' or location == '%2' or location == '%3'")
                .arg(web, zurich, debian)));
    }
    const Run add = ferryctl({QStringLiteral("batch"), QStringLiteral("add"),
        QStringLiteral("wave1"), QStringLiteral("--file"), file});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    // Pre-flight against the live LXD 5.0 (no security_csm): the BIOS VM is told it gets UEFI;
    // the UEFI one is not. A warning, so both stay ready.
    {
        const Run plan = ferryctl({QStringLiteral("batch"), QStringLiteral("placement"),
            QStringLiteral("wave1"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.err));
        QHash<QString, QStringList> codes;
        for (const QJsonValue &v : QJsonDocument::fromJson(plan.out.toUtf8()).array()) {
            QStringList c;
            for (const QJsonValue &f : v[QStringLiteral("findings")].toArray())
                c << f[QStringLiteral("code")].toString();
            codes.insert(v[QStringLiteral("location")].toString(), c);
        }
        QVERIFY2(
            codes.value(web).contains(QStringLiteral("bios-without-csm")), qPrintable(plan.out));
        QVERIFY2(!codes.value(zurich).contains(QStringLiteral("bios-without-csm")),
            qPrintable(plan.out));
    }
    const Run start
        = ferryctl({QStringLiteral("batch"), QStringLiteral("start"), QStringLiteral("wave1")});
    QVERIFY2(start.exitCode == 0, qPrintable(start.err));
    QVERIFY2(start.out.contains(QStringLiteral("3 waiting, 0 blocked")), qPrintable(start.out));

    // Every session the engine opens on a source, it closes (the simulators log each SOAP call).
    const auto sessionCalls = [this](qint64 from, const QByteArray &word) {
        QFile log(lab("FERRY_LAB_VC_REQUEST_LOG"));
        int n = 0;
        if (log.open(QIODevice::ReadOnly) && log.seek(from))
            for (const QByteArray &line : log.readAll().split('\n'))
                n += line.contains(word);
        return n;
    };
    const qint64 logBefore = QFileInfo(lab("FERRY_LAB_VC_REQUEST_LOG")).size();
    const Run engine = ferryctl({QStringLiteral("engine"), QStringLiteral("run")}, {}, 1100000);
    qInfo("engine run (3 VMs, 8 GiB): %.1f s", double(engine.ms) / 1000.0);
    QVERIFY2(engine.exitCode == 0, qPrintable(engine.out + engine.err));
    const int logins = sessionCalls(logBefore, " Login ");
    QVERIFY(logins >= 2); // web and Zürich are on vc01
    QCOMPARE(sessionCalls(logBefore, " Logout"), logins);

    // Step 4: every entry Finished.
    const QJsonArray queue = queueList();
    QCOMPARE(queue.size(), 3);
    for (const QJsonValue &v : queue)
        QVERIFY2(v[QStringLiteral("migration_status")].toString() == QLatin1String("Finished"),
            qPrintable(v[QStringLiteral("instance_name")].toString() + QStringLiteral(": ")
                + v[QStringLiteral("migration_status")].toString() + QStringLiteral(" ")
                + v[QStringLiteral("migration_status_message")].toString()));

    const QString vcInv = lab("FERRY_LAB_VC_INVENTORY");
    const QString esxInv = lab("FERRY_LAB_ESX_INVENTORY");
    Expected w {web, QStringLiteral("vc01"), vcInv, QStringLiteral("web-01-prod"),
        QStringLiteral("d0ab8a35-00a4-5682-a600-a4b05c74c2ed"), QStringLiteral("2"),
        QStringLiteral("4096MiB"), false, false,
        {{QStringLiteral("00:50:56:96:2d:36"), {QStringLiteral("managed"), bridge()}},
            {QStringLiteral("00:50:56:85:98:40"),
                {QStringLiteral("bridged"), bridge(), QStringLiteral("42")}}}};
    Expected z {zurich, QStringLiteral("vc01"), vcInv, QStringLiteral("Zurich-DB-unic-de"),
        QStringLiteral("82853321-cb56-54a9-b740-bc71756bb2f3"), QStringLiteral("4"),
        QStringLiteral("8192MiB"), true, true,
        {{QStringLiteral("00:50:56:9d:17:6d"), {QStringLiteral("managed"), bridge()}}}};
    Expected d {debian, QStringLiteral("esxi 01"), esxInv, QStringLiteral("Debian-Bookworm"),
        QStringLiteral("972c984a-b95f-5134-97aa-599e85b2b07c"), QStringLiteral("2"),
        QStringLiteral("2048MiB"), false, false,
        {{QStringLiteral("00:0c:29:60:12:02"), {QStringLiteral("managed"), bridge()}}}};
    // The sources as they are now (checkMigrated expects the VMs still powered off).
    for (const char *source : {"vc01", "esxi 01"}) {
        const Run sync
            = ferryctl({QStringLiteral("source"), QStringLiteral("sync"), QLatin1String(source)});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    }
    for (const Expected &x : {w, z, d}) {
        checkMigrated(x);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestMigration::checkMigrated(const Expected &x)
{
    const QString name = x.location.section(QLatin1Char('/'), -1);
    const QByteArray what = name.toUtf8();
    const QJsonObject entry = queueShow(name);
    QCOMPARE(entry[QStringLiteral("migration_status")].toString(), QStringLiteral("Finished"));
    const QString instance = entry[QStringLiteral("target_instance")].toString();
    QCOMPARE(instance, x.targetName);

    // The disks: source extent == landed file == what the queue reports.
    const QVector<SourceDisk> disks = sourceDisks(x.inventory, x.location);
    QVERIFY2(!disks.isEmpty(), what.constData());
    QHash<QString, QString> reported;
    for (const QJsonValue &v : entry[QStringLiteral("disks")].toArray()) {
        QCOMPARE(v[QStringLiteral("bytes_done")].toVariant().toLongLong(),
            v[QStringLiteral("bytes_total")].toVariant().toLongLong());
        reported.insert(
            v[QStringLiteral("disk")].toString(), v[QStringLiteral("sha256")].toString());
    }
    QCOMPARE(reported.size(), disks.size());

    const QJsonObject inst = lxdQuery(QStringLiteral("/1.0/instances/") + instance);
    QVERIFY2(!inst.isEmpty(), qPrintable(instance + QStringLiteral(" is not on the target")));
    QCOMPARE(inst[QStringLiteral("type")].toString(), QStringLiteral("virtual-machine"));
    // Powered off at the source, so not started on the target.
    QCOMPARE(inst[QStringLiteral("status")].toString(), QStringLiteral("Stopped"));
    const QJsonObject config = inst[QStringLiteral("config")].toObject();
    const QJsonObject devices = inst[QStringLiteral("devices")].toObject();

    const QString poolDir = lab("FERRY_LAB_LXDVM_DIR") + QStringLiteral("/storage-pools/") + pool();
    for (const SourceDisk &s : disks) {
        QElapsedTimer t;
        t.start();
        const QString sourceSha = sha256OfFile(s.flatFile);
        QVERIFY2(sourceSha.size() == 64, qPrintable(s.flatFile));
        QString landed;
        if (s.index == 0) {
            landed = poolDir + QStringLiteral("/virtual-machines/") + instance
                + QStringLiteral("/root.img");
        } else {
            // Extra disk N is device diskN, a custom block volume of this pool.
            const QJsonObject dev = devices[QStringLiteral("disk%1").arg(s.index)].toObject();
            QCOMPARE(dev[QStringLiteral("type")].toString(), QStringLiteral("disk"));
            QCOMPARE(dev[QStringLiteral("pool")].toString(), pool());
            const QString volume = dev[QStringLiteral("source")].toString();
            QCOMPARE(volume, QStringLiteral("%1-disk%2").arg(instance).arg(s.index));
            const QJsonObject vol = lxdQuery(
                QStringLiteral("/1.0/storage-pools/%1/volumes/custom/%2").arg(pool(), volume));
            QCOMPARE(vol[QStringLiteral("content_type")].toString(), QStringLiteral("block"));
            QVERIFY2(!vol[QStringLiteral("config")][QStringLiteral("user.ferry.disk")]
                          .toString()
                          .isEmpty(),
                qPrintable(volume));
            landed = poolDir + QStringLiteral("/custom/default_") + volume
                + QStringLiteral("/root.img");
        }
        QCOMPARE(QFileInfo(landed).size(), s.capacity);
        const QString landedSha = sha256OfFile(landed);
        qInfo("%s disk %d: %s (source and target hashed in %lld ms)", what.constData(), s.index,
            qPrintable(sourceSha), t.elapsed());
        QCOMPARE(landedSha, sourceSha);
        QVERIFY2(reported.contains(s.datastorePath), qPrintable(s.datastorePath));
        QCOMPARE(reported.value(s.datastorePath), sourceSha);
    }
    // No more disks than the source has (root + diskN).
    int diskDevices = 0;
    for (auto it = devices.begin(); it != devices.end(); ++it)
        if (it.value()[QStringLiteral("type")].toString() == QLatin1String("disk")
            && it.key() != QLatin1String("root"))
            ++diskDevices;
    QCOMPARE(diskDevices, int(disks.size()) - 1);

    // Configuration.
    QCOMPARE(config[QStringLiteral("limits.cpu")].toString(), x.cpus);
    QCOMPARE(config[QStringLiteral("limits.memory")].toString(), x.memory);
    // A BIOS source gets UEFI on LXD (no security.csm there), without secure boot.
    QCOMPARE(config[QStringLiteral("security.secureboot")].toString(),
        x.secureBoot ? QStringLiteral("true") : QStringLiteral("false"));
    bool hasTpm = false;
    for (auto it = devices.begin(); it != devices.end(); ++it)
        hasTpm = hasTpm || it.value()[QStringLiteral("type")].toString() == QLatin1String("tpm");
    QCOMPARE(hasTpm, x.tpm);
    if (x.tpm)
        QCOMPARE(devices[QStringLiteral("vtpm")][QStringLiteral("type")].toString(),
            QStringLiteral("tpm"));

    QHash<QString, QJsonObject> nics;
    for (auto it = devices.begin(); it != devices.end(); ++it)
        if (it.value()[QStringLiteral("type")].toString() == QLatin1String("nic"))
            nics.insert(
                it.value()[QStringLiteral("hwaddr")].toString().toLower(), it.value().toObject());
    QCOMPARE(nics.size(), x.nics.size());
    for (auto it = x.nics.begin(); it != x.nics.end(); ++it) {
        QVERIFY2(
            nics.contains(it.key()), qPrintable(name + QStringLiteral(": no NIC ") + it.key()));
        const QJsonObject nic = nics.value(it.key());
        if (it.value()[0] == QLatin1String("managed")) {
            QCOMPARE(nic[QStringLiteral("network")].toString(), it.value()[1]);
        } else {
            QCOMPARE(nic[QStringLiteral("nictype")].toString(), it.value()[0]);
            QCOMPARE(nic[QStringLiteral("parent")].toString(), it.value()[1]);
            QCOMPARE(nic[QStringLiteral("vlan")].toString(), it.value()[2]);
        }
    }
    // And the MACs are the ones the source reports.
    QStringList sourceMacs;
    for (const QJsonValue &n : instanceShow(x.location)[QStringLiteral("nics")].toArray())
        sourceMacs << n[QStringLiteral("hardware_address")].toString().toLower();
    QStringList targetMacs = nics.keys();
    sourceMacs.sort();
    targetMacs.sort();
    QCOMPARE(targetMacs, sourceMacs);

    QCOMPARE(config[QStringLiteral("user.ferry.instance_uuid")].toString(), x.instanceUuid);
    // What the VM keeps of itself (issue 14): its instance UUID as the target's volatile.uuid
    // (Windows activation, cloud-init), the guest's OS as image.os; no security.csm on LXD 5.0.
    QCOMPARE(config[QStringLiteral("volatile.uuid")].toString(), x.instanceUuid.toLower());
    const QString guestOs = instanceShow(x.location)[QStringLiteral("os")].toString();
    if (!guestOs.isEmpty())
        QCOMPARE(config[QStringLiteral("image.os")].toString(), guestOs);
    QVERIFY(!config.contains(QStringLiteral("security.csm")));
    QVERIFY(!config[QStringLiteral("user.ferry.source")].toString().isEmpty());
    QVERIFY(!config[QStringLiteral("user.ferry.queue_entry")].toString().isEmpty());
    QCOMPARE(config[QStringLiteral("user.ferry.batch")].toString(), QStringLiteral("wave1"));

    // The source stays off (re-synced above): Ferry did not power it off, so it does not power
    // it on.
    QCOMPARE(instanceShow(x.location)[QStringLiteral("power_state")].toString(),
        QStringLiteral("poweredOff"));
}

// Step 5: a powered-on source whose target VM cannot start (the lab's LXD never starts VMs).
void TestMigration::poweredOnSourceBackOn()
{
    const QString location = QStringLiteral("/DC0/vm/cbt-vm");
    const QString uuid = QStringLiteral("bf426d13-9a81-562f-a81a-55e6ebdcb851");
    QCOMPARE(instanceShow(location)[QStringLiteral("power_state")].toString(),
        QStringLiteral("poweredOn"));

    // From stdin this time: `batch add` with the stub, then `batch edit` without a terminal.
    const Run add
        = ferryctl({QStringLiteral("batch"), QStringLiteral("add"), QStringLiteral("wave2")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const Run edit
        = ferryctl({QStringLiteral("batch"), QStringLiteral("edit"), QStringLiteral("wave2")},
            batchYaml(QStringLiteral("wave2"), QStringLiteral("location == '%1'").arg(location)));
    QVERIFY2(edit.exitCode == 0, qPrintable(edit.err));
    const Run start
        = ferryctl({QStringLiteral("batch"), QStringLiteral("start"), QStringLiteral("wave2")});
    QVERIFY2(start.exitCode == 0, qPrintable(start.err));
    QVERIFY2(start.out.contains(QStringLiteral("1 waiting, 0 blocked")), qPrintable(start.out));

    // No retries: a failed start is not worth another copy of the disks here, and the default
    // backoff (30 s, 60 s) would only make the suite slower.
    const Run engine = ferryctl({QStringLiteral("engine"), QStringLiteral("run"),
                                    QStringLiteral("--retries"), QStringLiteral("0")},
        {}, 600000);
    qInfo("engine run (cbt-vm, 1 GiB, start fails): %.1f s", double(engine.ms) / 1000.0);
    QCOMPARE(engine.exitCode, 1); // an entry in Error

    QString message;
    QCOMPARE(statusOf(queueList(), QStringLiteral("cbt-vm"), &message), QStringLiteral("Error"));
    // LXD's own words reach the administrator.
    QVERIFY2(message.contains(QStringLiteral("Starting the target VM failed"))
            && message.contains(QStringLiteral("operation not permitted")),
        qPrintable(message));
    const QJsonObject entry = queueShow(QStringLiteral("cbt-vm"));
    QCOMPARE(entry[QStringLiteral("source_was_running")].toBool(), true);
    // The disk was copied in full before the start was tried.
    const QVector<SourceDisk> disks = sourceDisks(lab("FERRY_LAB_VC_INVENTORY"), location);
    QCOMPARE(disks.size(), 1);
    const QJsonArray reported = entry[QStringLiteral("disks")].toArray();
    QCOMPARE(reported.size(), 1);
    QCOMPARE(reported[0][QStringLiteral("sha256")].toString(), sha256OfFile(disks[0].flatFile));

    // Nothing of it is left on the target: no instance, no volume, no file.
    const QJsonArray instances = lxdQueryArray(QStringLiteral("/1.0/instances?recursion=1"));
    for (const QJsonValue &i : instances) {
        QVERIFY2(i[QStringLiteral("name")].toString() != QLatin1String("cbt-vm"), "cbt-vm stayed");
        QVERIFY2(i[QStringLiteral("config")][QStringLiteral("user.ferry.instance_uuid")].toString()
                != uuid,
            qPrintable(i[QStringLiteral("name")].toString()));
    }
    for (const QJsonValue &v :
        lxdQueryArray(QStringLiteral("/1.0/storage-pools/%1/volumes?recursion=1").arg(pool())))
        QVERIFY2(!v[QStringLiteral("name")].toString().startsWith(QLatin1String("cbt-vm")),
            qPrintable(v[QStringLiteral("name")].toString()));
    QVERIFY(!QFileInfo::exists(lab("FERRY_LAB_LXDVM_DIR") + QStringLiteral("/storage-pools/")
        + pool() + QStringLiteral("/virtual-machines/cbt-vm")));

    // The source is running again, as the simulator reports after a fresh sync.
    const Run sync
        = ferryctl({QStringLiteral("source"), QStringLiteral("sync"), QStringLiteral("vc01")});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    QCOMPARE(instanceShow(location)[QStringLiteral("power_state")].toString(),
        QStringLiteral("poweredOn"));
}

// (First, while `web 01 (prod)` is not migrated yet.) Both NICs of it mapped to the lab's one
// managed network: LXD would refuse the
// second NIC only after the copy ("Instance DNS name ... already used on network"). Pre-flight
// finds it, the entry is Blocked with the fix spelled out, and nothing is touched.
void TestMigration::twoNicsOnOneManagedNetworkAreRefused()
{
    const QString web = QStringLiteral("/DC0/vm/web 01 (prod)");
    const QString powerBefore = instanceShow(web)[QStringLiteral("power_state")].toString();
    const int instancesBefore = int(lxdQueryArray(QStringLiteral("/1.0/instances")).size());
    const Run map = ferryctl({QStringLiteral("network"), QStringLiteral("update"),
        QStringLiteral("/DC0/network/Prod VLAN 42"), QStringLiteral("--target-network"), bridge(),
        QStringLiteral("--nictype"), QStringLiteral("managed")});
    QVERIFY2(map.exitCode == 0, qPrintable(map.err));
    const QString file = m_tmp.filePath(QStringLiteral("wave3.yaml"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(batchYaml(QStringLiteral("wave3"), QStringLiteral("location == '%1'").arg(web)));
    }
    const Run add = ferryctl({QStringLiteral("batch"), QStringLiteral("add"),
        QStringLiteral("wave3"), QStringLiteral("--file"), file});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const Run plan = ferryctl({QStringLiteral("batch"), QStringLiteral("placement"),
        QStringLiteral("wave3"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.err));
    QVERIFY2(
        plan.out.contains(QStringLiteral("nics-on-one-managed-network")), qPrintable(plan.out));
    const Run start
        = ferryctl({QStringLiteral("batch"), QStringLiteral("start"), QStringLiteral("wave3")});
    QVERIFY2(start.exitCode == 0, qPrintable(start.err));
    QVERIFY2(start.out.contains(QStringLiteral("0 waiting, 1 blocked")), qPrintable(start.out));
    QJsonObject entry;
    for (const QJsonValue &v : queueList())
        if (v[QStringLiteral("batch_name")].toString() == QLatin1String("wave3"))
            entry = v.toObject();
    QCOMPARE(entry[QStringLiteral("migration_status")].toString(), QStringLiteral("Blocked"));
    QVERIFY2(entry[QStringLiteral("migration_status_message")].toString().contains(
                 QStringLiteral("map all but one")),
        qPrintable(entry[QStringLiteral("migration_status_message")].toString()));
    // Nothing was created and the source was not touched.
    QCOMPARE(int(lxdQueryArray(QStringLiteral("/1.0/instances")).size()), instancesBefore);
    const Run sync
        = ferryctl({QStringLiteral("source"), QStringLiteral("sync"), QStringLiteral("vc01")});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    QCOMPARE(instanceShow(web)[QStringLiteral("power_state")].toString(), powerBefore);

    // Back to the defaults for the migrations that follow: the batch goes, the port group is a
    // bridged NIC on the lab's bridge again (its VLAN from the source).
    for (const char *verb : {"stop", "reset", "remove"}) {
        const Run r
            = ferryctl({QStringLiteral("batch"), QLatin1String(verb), QStringLiteral("wave3")});
        QVERIFY2(r.exitCode == 0, qPrintable(QLatin1String(verb) + QLatin1Char(' ') + r.err));
    }
    QCOMPARE(queueList().size(), 0);
    const Run back = ferryctl({QStringLiteral("network"), QStringLiteral("update"),
        QStringLiteral("/DC0/network/Prod VLAN 42"), QStringLiteral("--nictype"),
        QStringLiteral("bridged")});
    QVERIFY2(back.exitCode == 0, qPrintable(back.err));
}

// The migrated VMs go: other tests migrate the same source VMs, and LXD refuses a second NIC
// with the same MAC address on the lab bridge. Only what this test's batches made is deleted.
void TestMigration::cleanupTestCase()
{
    if (!m_lab.isValid())
        return;
    const Run list = lxc(
        {QStringLiteral("query"), QStringLiteral("/1.0/instances?recursion=1&project=default")});
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        const QString batch
            = v[QStringLiteral("config")][QStringLiteral("user.ferry.batch")].toString();
        if (batch != QLatin1String("wave1") && batch != QLatin1String("wave2"))
            continue;
        const QString name = v[QStringLiteral("name")].toString();
        const Run del = lxc({QStringLiteral("delete"), QStringLiteral("--force"), name});
        if (del.exitCode != 0)
            qWarning("cannot delete %s: %s", qPrintable(name), qPrintable(del.err));
    }
}

QTEST_GUILESS_MAIN(TestMigration)
#include "test_migration.moc"
