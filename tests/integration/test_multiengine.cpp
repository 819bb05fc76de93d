// Several `ferryctl engine run` processes on one PostgreSQL queue (issue 15, docs/scale.md)
// against the lab: three engines share a batch of three VMs, one of them is killed with SIGKILL
// (by its PID) in the middle of a copy, and the others take its entry over once it is found
// dead. Each VM lands exactly once (one instance by its marker, byte-identical disks), every
// entry is Finished, and no engine is left registered.
#include "common/testdatabase.h"
#include "migrationsupport.h"

#include <QFileInfo>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace ferry;
using namespace ferry::test;

namespace {

const QString kProject = QStringLiteral("ferry-multi");
// The lab's powered-off VMs (a powered-on one cannot start on the lab's LXD): 1 GiB, 6 GiB in
// three disks, 1 GiB on the ESXi.
struct Vm
{
    QString location;
    QString name; // on the target
    const char *inventory; // the lab.env key of its source's manifest
};
const QVector<Vm> kVms = {
    {QStringLiteral("/DC0/vm/Zürich-DB ünïcødé"), QStringLiteral("multi-zurich"),
        "FERRY_LAB_VC_INVENTORY"},
    {QStringLiteral("/DC0/vm/web 01 (prod)"), QStringLiteral("multi-web-01"),
        "FERRY_LAB_VC_INVENTORY"},
    {QStringLiteral("/ha-datacenter/vm/Debian Bookworm"), QStringLiteral("multi-bookworm"),
        "FERRY_LAB_ESX_INVENTORY"},
};

} // namespace

class TestMultiEngine final : public QObject
{
    Q_OBJECT

private:
    MigrationLab m;
    QTemporaryDir m_tmp;
    TestDatabase m_pg;
    QString m_url;

    void clearProject()
    {
        for (const QJsonValue &i : m.instancesWith(QStringLiteral("user.ferry.queue_entry")))
            m.lxc({QStringLiteral("delete"), QStringLiteral("--force"), QStringLiteral("--project"),
                kProject, i[QStringLiteral("name")].toString()});
        for (const QJsonValue &v : m.volumesWith(QStringLiteral("user.ferry.queue_entry")))
            m.lxc({QStringLiteral("storage"), QStringLiteral("volume"), QStringLiteral("delete"),
                m.pool(), v[QStringLiteral("name")].toString(), QStringLiteral("--project"),
                kProject});
    }

    QJsonArray engines() const
    {
        const ProcessRun r = m.ferryctl({QStringLiteral("engine"), QStringLiteral("list"),
            QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m.lab = LabEnv::load();
        FERRY_REQUIRE_LAB(m.lab, "keyring", "vc", "esx", "lxdvm", "scenario");
        QVERIFY(m_tmp.isValid());
        const QStorageInfo disk(m.value("FERRY_LAB_LXDVM_DIR"));
        QVERIFY2(disk.bytesAvailable() > (qint64(9) << 30), "the lab's LXD needs 9 GiB free");
        // A database of its own on the tests' PostgreSQL; every ferryctl below uses it
        // (FERRY_DATABASE; PGPASSWORD is set by TestDatabase).
        auto db = m_pg.open(m_tmp.filePath(QStringLiteral("unused.db")));
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        QVERIFY((*db)->isPostgreSQL());
        m_url = (*db)->url().toString();
        db->reset();
        qputenv("FERRY_DATABASE", m_url.toUtf8());
        m.dataDir = m_tmp.filePath(QStringLiteral("data"));
        m.project = kProject;
        m.lxc({QStringLiteral("project"), QStringLiteral("create"), kProject, QStringLiteral("-c"),
            QStringLiteral("features.images=false"), QStringLiteral("-c"),
            QStringLiteral("features.profiles=false")});
        QVERIFY2(m.lxdQuery(QStringLiteral("/1.0/projects/") + kProject).isObject(),
            "cannot create the LXD project");
        clearProject();

        const ProcessRun info = m.ferryctl({QStringLiteral("system"), QStringLiteral("info")});
        QVERIFY2(info.out.contains(QStringLiteral("postgresql://")), qPrintable(info.out));
        for (const auto &[name, prefix] :
            {std::pair {"vc01", "FERRY_LAB_VC"}, std::pair {"esxi01", "FERRY_LAB_ESX"}}) {
            const QString p = QLatin1String(prefix);
            auto lab = [&](const QString &suffix) {
                return m.lab.value(p + suffix);
            };
            const ProcessRun add
                = m.ferryctl({QStringLiteral("source"), QStringLiteral("add"), QLatin1String(name),
                                 lab(QStringLiteral("_HOST_PORT")), QStringLiteral("--username"),
                                 lab(QStringLiteral("_USER")), QStringLiteral("--password-stdin"),
                                 QStringLiteral("--trusted-cert-fingerprint"),
                                 lab(QStringLiteral("_FINGERPRINT"))},
                    lab(QStringLiteral("_PASSWORD")).toUtf8());
            QVERIFY2(add.exitCode == 0, qPrintable(add.err));
            const ProcessRun sync = m.ferryctl(
                {QStringLiteral("source"), QStringLiteral("sync"), QLatin1String(name)});
            QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        }
        const ProcessRun token = m.lxc({QStringLiteral("config"), QStringLiteral("trust"),
            QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("ferry-it-multi")});
        QVERIFY2(token.exitCode == 0, qPrintable(token.err));
        const ProcessRun target
            = m.ferryctl({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("lxdvm"),
                m.value("FERRY_LAB_LXDVM_URL"), QStringLiteral("--trust-token"),
                token.out.trimmed().split(QLatin1Char('\n')).last().trimmed()});
        QVERIFY2(target.exitCode == 0, qPrintable(target.err));
        for (const Vm &vm : kVms) {
            const ProcessRun r = m.ferryctl({QStringLiteral("instance"), QStringLiteral("override"),
                vm.location, QStringLiteral("--name"), vm.name});
            QVERIFY2(r.exitCode == 0, qPrintable(vm.location + QStringLiteral(": ") + r.err));
        }
        const QString bridge = m.value("FERRY_LAB_LXDVM_BRIDGE");
        for (const QStringList &args : {
                 QStringList {QStringLiteral("/DC0/network/VM Network"), QStringLiteral("managed")},
                 QStringList {QStringLiteral("/ha-datacenter/network/VM Network"),
                     QStringLiteral("managed")},
                 QStringList {QStringLiteral("/DC0/network/Prod VLAN 42")},
             }) {
            QStringList cmd {QStringLiteral("network"), QStringLiteral("update"), args[0],
                QStringLiteral("--target-network"), bridge};
            if (args.size() > 1)
                cmd << QStringLiteral("--nictype") << args[1];
            const ProcessRun r = m.ferryctl(cmd);
            QVERIFY2(r.exitCode == 0, qPrintable(args[0] + QStringLiteral(": ") + r.err));
        }
    }

    void cleanupTestCase()
    {
        if (!m.lab.has({"lxdvm"}))
            return;
        clearProject();
        m.lxc({QStringLiteral("project"), QStringLiteral("delete"), kProject});
    }

    void threeEnginesOneKilled()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm:ss");
        QStringList locations;
        for (const Vm &vm : kVms)
            locations << QStringLiteral("location == '%1'").arg(vm.location);
        const QByteArray yaml
            = QStringLiteral("name: multi\n"
                             "include_expression: \"%1\"\n"
                             "migration_windows:\n  - name: now\n    start: %2\n    end: %3\n"
                             "defaults:\n"
                             "    placement:\n"
                             "        target: lxdvm\n"
                             "        target_project: %4\n"
                             "        storage_pool: %5\n"
                             "config:\n"
                             "    instance_restriction_overrides:\n"
                             "        allow_no_background_import: true\n")
                  .arg(locations.join(QStringLiteral(" or ")), now.addSecs(-3600).toString(fmt),
                      now.addSecs(86400).toString(fmt), kProject, m.pool())
                  .toUtf8();
        const QString file = m_tmp.filePath(QStringLiteral("multi.yaml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(yaml);
        f.close();
        const ProcessRun add = m.ferryctl({QStringLiteral("batch"), QStringLiteral("add"),
            QStringLiteral("multi"), QStringLiteral("--file"), file});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const ProcessRun start = m.ferryctl(
            {QStringLiteral("batch"), QStringLiteral("start"), QStringLiteral("multi")});
        QVERIFY2(start.exitCode == 0, qPrintable(start.err));
        QVERIFY2(start.out.contains(QStringLiteral("3 waiting")), qPrintable(start.out));

        // No engine runs yet: each entry says what it waits for (docs/scale.md, "Engines where
        // the data is"), and a restriction to a target that is not registered stops an engine
        // before it starts.
        const ProcessRun waiting = m.ferryctl({QStringLiteral("queue"), QStringLiteral("list"),
            QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray waitingRows = QJsonDocument::fromJson(waiting.out.toUtf8()).array();
        QCOMPARE(waitingRows.size(), kVms.size());
        for (const QJsonValue &row : waitingRows)
            QCOMPARE(row[QStringLiteral("waiting_for")].toString(),
                QStringLiteral("No engine is running"));
        const ProcessRun unknown = m.ferryctl({QStringLiteral("engine"), QStringLiteral("run"),
            QStringLiteral("--only-target"), QStringLiteral("lxdvm2")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("no target is named lxdvm2")),
            qPrintable(unknown.err));
        QCOMPARE(engines().size(), 0);

        // Three engines, one migration each at a time, short leases; each reads slowly enough
        // that a copy is seen part way.
        const QStringList engineArgs = {QStringLiteral("--threads"), QStringLiteral("1"),
            QStringLiteral("--lease"), QStringLiteral("6"), QStringLiteral("--heartbeat"),
            QStringLiteral("2"), QStringLiteral("--read-limit"), QStringLiteral("64")};
        std::vector<std::unique_ptr<EngineProcess>> procs;
        for (int i = 0; i < 3; ++i) {
            procs.push_back(std::make_unique<EngineProcess>(m));
            // One of them restricted to what this batch uses: it takes its share all the same.
            QVERIFY(procs.back()->start(engineArgs
                + (i == 0 ? QStringList {QStringLiteral("--only-source"),
                       QStringLiteral("vc01,esxi01"), QStringLiteral("--only-target"),
                       QStringLiteral("lxdvm")}
                          : QStringList())));
        }

        // Every engine works on an entry at once: the queue is shared, not taken by the first.
        QElapsedTimer t;
        t.start();
        std::set<QString> busyEngines;
        QJsonArray listed;
        while (t.elapsed() < 120000) {
            listed = engines();
            busyEngines.clear();
            for (const QJsonValue &e : listed)
                if (e[QStringLiteral("entries")].toInt() > 0)
                    busyEngines.insert(e[QStringLiteral("id")].toString());
            if (busyEngines.size() == 3)
                break;
            QThread::msleep(300);
        }
        QVERIFY2(
            busyEngines.size() == 3, qPrintable(QString::fromUtf8(QJsonDocument(listed).toJson())));
        int restricted = 0;
        for (const QJsonValue &e : listed)
            restricted
                += e[QStringLiteral("restrictions")][QStringLiteral("targets")].toArray().contains(
                       QStringLiteral("lxdvm"))
                ? 1
                : 0;
        QVERIFY2(restricted == 1, qPrintable(QString::fromUtf8(QJsonDocument(listed).toJson())));

        // kill -9 of the engine copying the first VM, part way through its disk.
        const QString victimEntry = kVms[0].name;
        bool met = false;
        QJsonObject seen = m.waitForEntry(
            victimEntry,
            [](const QJsonObject &e) {
                const auto [done, total] = diskBytes(e);
                return done > 0 && done < total;
            },
            300000, &met);
        QVERIFY2(met, qPrintable(QString::fromUtf8(QJsonDocument(seen).toJson())));
        const QString victimId = seen[QStringLiteral("engine_id")].toString();
        QVERIFY(!victimId.isEmpty());
        qint64 victimPid = 0;
        for (const QJsonValue &e : engines())
            if (e[QStringLiteral("id")].toString() == victimId)
                victimPid = e[QStringLiteral("pid")].toVariant().toLongLong();
        QVERIFY(victimPid > 0);
        EngineProcess *victim = nullptr;
        for (auto &p : procs)
            if (p->pid() == victimPid)
                victim = p.get();
        QVERIFY2(victim, "the entry's engine is none of the test's processes");
        qInfo("kill -9 of engine %s (pid %lld) at %lld of %lld bytes", qPrintable(victimId),
            victimPid, diskBytes(seen).first, diskBytes(seen).second);
        victim->killHard();

        // The others finish everything, the killed engine's entry included.
        for (auto &p : procs) {
            if (p.get() == victim)
                continue;
            const int exit = p->wait(900000);
            QVERIFY2(exit == 0, qPrintable(p->summary()));
        }

        for (const Vm &vm : kVms) {
            const QJsonObject e = m.queueShow(vm.name);
            QCOMPARE(e[QStringLiteral("migration_status")].toString(), QStringLiteral("Finished"));
            QVERIFY(e[QStringLiteral("engine_id")].toString().isEmpty());
            const QJsonArray log = e[QStringLiteral("log")].toArray();
            int migrated = 0;
            int resumed = 0;
            for (const QJsonValue &l : log) {
                migrated += l.toString().contains(QStringLiteral("Finished: Migrated")) ? 1 : 0;
                resumed += l.toString().contains(QStringLiteral("Resuming")) ? 1 : 0;
            }
            QVERIFY2(migrated == 1,
                qPrintable(vm.name + QStringLiteral(": ")
                    + QString::fromUtf8(QJsonDocument(log).toJson())));
            if (vm.name == victimEntry)
                QVERIFY2(resumed >= 1, qPrintable(QString::fromUtf8(QJsonDocument(log).toJson())));

            // Exactly one instance on the target, its disks the source's bytes.
            const QJsonArray ours = m.instancesWith(QStringLiteral("user.ferry.queue_entry"));
            int named = 0;
            for (const QJsonValue &i : ours)
                named += i[QStringLiteral("name")].toString() == vm.name ? 1 : 0;
            QCOMPARE(named, 1);
            const QJsonObject devices = m.instance(vm.name)[QStringLiteral("devices")].toObject();
            const ScenarioVm s = scenarioVm(m.value(vm.inventory), vm.location);
            QVERIFY(!s.disks.isEmpty());
            for (const ScenarioDisk &d : s.disks) {
                QString landed = m.rootImage(vm.name);
                if (d.index > 0)
                    landed = m.volumeImage(
                        devices[QStringLiteral("disk%1").arg(d.index)][QStringLiteral("source")]
                            .toString());
                QCOMPARE(QFileInfo(landed).size(), d.capacity);
                QCOMPARE(sha256OfFile(landed), sha256OfFile(d.flatFile));
            }
        }
        const QJsonArray all = m.lxdQuery(m.withProject(QStringLiteral("/1.0/instances"))).array();
        QCOMPARE(all.size(), kVms.size());
        // The engines that stopped cleanly left; the killed one was removed by the others.
        QCOMPARE(engines().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMultiEngine)
#include "test_multiengine.moc"
