// The migration engine when things go wrong (issue 6, must-show 2 and 3; docs/engine.md):
// `ferryctl engine run` as a child process against the lab's vCenter simulator (through a
// loopback TCP proxy that the test can cut) and the VM-capable LXD, in a project of its own.
//
// killedMidTransferThenRestarted: kill -9 of the engine while `web 01 (prod)` (three disks,
// 6 GiB) is being copied, then a restart: the batch completes, exactly one target VM carries the
// entry's marker and the name, no custom volume is orphaned, every landed disk hashes equal to
// its source extent.
// sourceGoneMidTransfer: the powered-on `cbt-vm`; its source connection is cut while its disk is
// read: the entry ends in Error, nothing stays on the target and the VM Ferry powered off is
// powered on again (read back over SOAP).
// conflictResolvedByAPerson: a foreign instance holds the target name: Conflict; removed, then
// `ferryctl queue resolve`, and the next run migrates.
// canceledMidTransfer: `ferryctl queue cancel` while `web 01 (prod)`'s second disk is copied:
// Canceled, the engine stops, no instance or volume left; with --keep-leftovers they stay.
#include "migrationsupport.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace ferry;
using namespace ferry::test;

namespace {

const QString kWeb = QStringLiteral("/DC0/vm/web 01 (prod)");
const QString kWebUuid = QStringLiteral("d0ab8a35-00a4-5682-a600-a4b05c74c2ed");
const QString kCbt = QStringLiteral("/DC0/vm/cbt-vm");
const QString kCbtUuid = QStringLiteral("bf426d13-9a81-562f-a81a-55e6ebdcb851");
const QString kZurich = QStringLiteral("/DC0/vm/Zürich-DB ünïcødé");
const QString kProject = QStringLiteral("ferry-faults");
const QString kWebName = QStringLiteral("faults-web-01");
const QString kZurichName = QStringLiteral("faults-zurich");
const QString kCbtName = QStringLiteral("faults-cbt");

QString names(const QJsonArray &objects)
{
    QStringList n;
    for (const QJsonValue &o : objects)
        n << o[QStringLiteral("name")].toString();
    return n.join(QStringLiteral(", "));
}

} // namespace

class TestMigrationFaults final : public QObject
{
    Q_OBJECT

private:
    MigrationLab m;
    QTemporaryDir m_tmp;
    std::unique_ptr<TcpProxy> m_proxy;
    int m_run = 0;

    // A fresh Ferry (its own database) with the lab's vCenter behind the proxy, the VM LXD and
    // the network mapping, as an administrator sets them up.
    void setUpFerry()
    {
        m.dataDir = m_tmp.filePath(QStringLiteral("data%1").arg(++m_run));
        const ProcessRun add = m.ferryctl(
            {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("vc01"),
                m_proxy->hostPort(), QStringLiteral("--username"), m.value("FERRY_LAB_VC_USER"),
                QStringLiteral("--password-stdin"), QStringLiteral("--trusted-cert-fingerprint"),
                m.value("FERRY_LAB_VC_FINGERPRINT")},
            m.value("FERRY_LAB_VC_PASSWORD").toUtf8());
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const ProcessRun sync = m.ferryctl(
            {QStringLiteral("source"), QStringLiteral("sync"), QStringLiteral("vc01")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        const ProcessRun token
            = m.lxc({QStringLiteral("config"), QStringLiteral("trust"), QStringLiteral("add"),
                QStringLiteral("--name"), QStringLiteral("ferry-it-faults-%1").arg(m_run)});
        QVERIFY2(token.exitCode == 0, qPrintable(token.err));
        const ProcessRun target
            = m.ferryctl({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("lxdvm"),
                m.value("FERRY_LAB_LXDVM_URL"), QStringLiteral("--trust-token"),
                token.out.trimmed().split(QLatin1Char('\n')).last().trimmed()});
        QVERIFY2(target.exitCode == 0, qPrintable(target.err));
        // Names of their own: test_migration leaves web-01-prod and Zurich-DB-unic-de in the
        // default project, and LXD wants an instance's name unique on a managed network (its DNS
        // name) across projects.
        for (const auto &[location, name] : {std::pair {kWeb, kWebName},
                 std::pair {kZurich, kZurichName}, std::pair {kCbt, kCbtName}}) {
            const ProcessRun r = m.ferryctl({QStringLiteral("instance"), QStringLiteral("override"),
                location, QStringLiteral("--name"), name});
            QVERIFY2(r.exitCode == 0, qPrintable(location + QStringLiteral(": ") + r.err));
        }
        const QString bridge = m.value("FERRY_LAB_LXDVM_BRIDGE");
        for (const QStringList &args : {
                 QStringList {QStringLiteral("/DC0/network/VM Network"), QStringLiteral("managed")},
                 QStringList {QStringLiteral("/DC0/network/Prod VLAN 42"),
                     QStringLiteral("bridged"), QStringLiteral("42")},
             }) {
            QStringList cmd {QStringLiteral("network"), QStringLiteral("update"), args[0],
                QStringLiteral("--target-network"), bridge, QStringLiteral("--nictype"), args[1]};
            if (args.size() > 2)
                cmd << QStringLiteral("--vlan") << args[2];
            const ProcessRun r = m.ferryctl(cmd);
            QVERIFY2(r.exitCode == 0, qPrintable(args[0] + QStringLiteral(": ") + r.err));
        }
    }

    // A started batch of the VM at `location` into the test's project, window open now (until
    // tomorrow, or for `windowSeconds`).
    void startBatch(const QString &name, const QString &location, int windowSeconds = 86400)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm:ss");
        const QByteArray yaml
            = QStringLiteral("name: %1\n"
                             "include_expression: \"location == '%2'\"\n"
                             "migration_windows:\n  - name: now\n    start: %3\n    end: %4\n"
                             "defaults:\n"
                             "    placement:\n"
                             "        target: lxdvm\n"
                             "        target_project: %5\n"
                             "        storage_pool: %6\n"
                             "config:\n"
                             "    instance_restriction_overrides:\n"
                             "        allow_no_background_import: true\n")
                  .arg(name, location, now.addSecs(-3600).toString(fmt),
                      now.addSecs(windowSeconds).toString(fmt), kProject, m.pool())
                  .toUtf8();
        const QString file = m_tmp.filePath(name + QStringLiteral(".yaml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(yaml);
        f.close();
        const ProcessRun add = m.ferryctl(
            {QStringLiteral("batch"), QStringLiteral("add"), name, QStringLiteral("--file"), file});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const ProcessRun start
            = m.ferryctl({QStringLiteral("batch"), QStringLiteral("start"), name});
        QVERIFY2(start.exitCode == 0, qPrintable(start.err));
        QVERIFY2(start.out.contains(QStringLiteral("1 waiting, 0 blocked")), qPrintable(start.out));
    }

    // Waits until a disk of the entry is part way (0 < bytes done < its total) and, with
    // fromDisk, not before that disk; false when the entry got past it first.
    bool waitMidTransfer(const QString &entry, int fromDisk, QJsonObject *seen)
    {
        bool met = false;
        *seen = m.waitForEntry(
            entry,
            [&](const QJsonObject &e) {
                const QJsonArray disks = e[QStringLiteral("disks")].toArray();
                for (int i = fromDisk; i < disks.size(); ++i) {
                    const qint64 done
                        = disks[i][QStringLiteral("bytes_done")].toVariant().toLongLong();
                    const qint64 total
                        = disks[i][QStringLiteral("bytes_total")].toVariant().toLongLong();
                    if (done > 0 && done < total)
                        return true;
                }
                const QString status = e[QStringLiteral("migration_status")].toString();
                return status == QLatin1String("Finished") || status == QLatin1String("Error");
            },
            600000, &met);
        const QString status = (*seen)[QStringLiteral("migration_status")].toString();
        return met && status != QLatin1String("Finished") && status != QLatin1String("Error");
    }

    // Everything Ferry made in the test's project goes (between test functions).
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

private Q_SLOTS:
    void initTestCase()
    {
        m.lab = LabEnv::load();
        FERRY_REQUIRE_LAB(m.lab, "keyring", "vc", "lxdvm", "scenario");
        QVERIFY(m_tmp.isValid());
        // LXD writes every landed byte (zeros too): web 01 (prod) lands 6 GiB. Without the room
        // the imports fail with "no space left on device" deep in a test; say so up front.
        const QStorageInfo disk(m.value("FERRY_LAB_LXDVM_DIR"));
        QVERIFY2(disk.bytesAvailable() > (qint64(7) << 30),
            qPrintable(QStringLiteral("the lab's LXD needs 7 GiB free on %1, it has %2 MiB")
                           .arg(disk.rootPath())
                           .arg(disk.bytesAvailable() >> 20)));
        m.project = kProject;
        const QStringList vc = m.value("FERRY_LAB_VC_HOST_PORT").split(QLatin1Char(':'));
        m_proxy = std::make_unique<TcpProxy>(vc.value(0), quint16(vc.value(1).toUInt()));
        QVERIFY(m_proxy->start());
        // A project of its own (profiles from the default project): names and volumes do not
        // meet those of other tests on the same LXD.
        m.lxc({QStringLiteral("project"), QStringLiteral("create"), kProject, QStringLiteral("-c"),
            QStringLiteral("features.images=false"), QStringLiteral("-c"),
            QStringLiteral("features.profiles=false")});
        QVERIFY2(m.lxdQuery(QStringLiteral("/1.0/projects/") + kProject).isObject(),
            "cannot create the LXD project");
        clearProject();
    }

    void cleanupTestCase()
    {
        if (!m.lab.has({"lxdvm"}))
            return;
        clearProject();
        m.lxc({QStringLiteral("project"), QStringLiteral("delete"), kProject});
        // cbt-vm runs again whatever happened above.
        const ScenarioVm cbt = scenarioVm(m.value("FERRY_LAB_VC_INVENTORY"), kCbt);
        if (sourcePowerState(m.lab, QStringLiteral("FERRY_LAB_VC"), cbt.moref)
            != QLatin1String("poweredOn"))
            QVERIFY2(setSourcePower(m.lab, QStringLiteral("FERRY_LAB_VC"), cbt.moref, true),
                "cannot power cbt-vm on again");
    }

    void killedMidTransferThenRestarted()
    {
        setUpFerry();
        if (QTest::currentTestFailed())
            return;
        startBatch(QStringLiteral("crash"), kWeb);
        const QString entry = kWebName; // the queue lists the target name

        QJsonObject seen;
        {
            EngineProcess engine(m);
            QVERIFY(engine.start());
            // Killed while the second disk is on its way: the VM (root disk) is on the target
            // already, its volumes are not complete.
            QVERIFY2(waitMidTransfer(entry, 1, &seen),
                qPrintable(QStringLiteral("never seen mid-transfer: ")
                    + QString::fromUtf8(QJsonDocument(seen).toJson())));
            const auto [done, total] = diskBytes(seen);
            qInfo("kill -9 of engine pid %lld at %lld of %lld bytes (%s)", engine.pid(), done,
                total, qPrintable(seen[QStringLiteral("migration_status_message")].toString()));
            engine.killHard();
        }
        qInfo("on the target after the kill: instances [%s], volumes [%s]",
            qPrintable(names(m.instancesWith(QStringLiteral("user.ferry.queue_entry")))),
            qPrintable(names(m.volumesWith(QStringLiteral("user.ferry.queue_entry")))));
        // The entry is still active: the killed engine could not record anything.
        QCOMPARE(m.queueShow(entry)[QStringLiteral("migration_status")].toString(),
            QStringLiteral("Performing final import tasks"));

        // The restart resumes the entry and completes the batch.
        EngineProcess engine(m);
        QVERIFY(engine.start());
        const int exit = engine.wait(900000);
        QVERIFY2(exit == 0, qPrintable(engine.summary()));
        const QJsonObject e = m.queueShow(entry);
        QCOMPARE(e[QStringLiteral("migration_status")].toString(), QStringLiteral("Finished"));
        const QString log
            = QString::fromUtf8(QJsonDocument(e[QStringLiteral("log")].toArray()).toJson());
        QVERIFY2(log.contains(QStringLiteral("Resuming")), qPrintable(log));
        const ProcessRun batch = m.ferryctl({QStringLiteral("batch"), QStringLiteral("show"),
            QStringLiteral("crash"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(batch.out.toUtf8())[QStringLiteral("status")].toString(),
            QStringLiteral("Finished"));

        // Exactly one VM for the entry, by its marker and by name.
        const QString name = e[QStringLiteral("target_instance")].toString();
        QCOMPARE(name, kWebName);
        const QJsonArray ours
            = m.instancesWith(QStringLiteral("user.ferry.instance_uuid"), kWebUuid);
        QCOMPARE(ours.size(), 1);
        QCOMPARE(ours[0][QStringLiteral("name")].toString(), name);
        const QJsonArray all = m.lxdQuery(m.withProject(QStringLiteral("/1.0/instances"))).array();
        QCOMPARE(all.size(), 1);
        // Its two extra disks, attached; no other volume in the project.
        const QJsonArray volumes = m.volumesWith(QStringLiteral("user.ferry.queue_entry"));
        QCOMPARE(volumes.size(), 2);
        const QJsonArray allVolumes
            = m.lxdQuery(m.withProject(
                             QStringLiteral("/1.0/storage-pools/%1/volumes/custom").arg(m.pool())))
                  .array();
        QCOMPARE(allVolumes.size(), 2);
        const QJsonObject devices = ours[0][QStringLiteral("devices")].toObject();

        // The landed disks are the source extents.
        const ScenarioVm web = scenarioVm(m.value("FERRY_LAB_VC_INVENTORY"), kWeb);
        QCOMPARE(web.disks.size(), 3);
        for (const ScenarioDisk &d : web.disks) {
            QString landed = m.rootImage(name);
            if (d.index > 0) {
                const QString volume
                    = devices[QStringLiteral("disk%1").arg(d.index)][QStringLiteral("source")]
                          .toString();
                QCOMPARE(volume, QStringLiteral("%1-disk%2").arg(name).arg(d.index));
                landed = m.volumeImage(volume);
            }
            QCOMPARE(QFileInfo(landed).size(), d.capacity);
            QCOMPARE(sha256OfFile(landed), sha256OfFile(d.flatFile));
        }
        clearProject();
    }

    void sourceGoneMidTransfer()
    {
        const ScenarioVm cbt = scenarioVm(m.value("FERRY_LAB_VC_INVENTORY"), kCbt);
        QVERIFY(!cbt.moref.isEmpty());
        QCOMPARE(sourcePowerState(m.lab, QStringLiteral("FERRY_LAB_VC"), cbt.moref),
            QStringLiteral("poweredOn"));
        setUpFerry();
        if (QTest::currentTestFailed())
            return;
        startBatch(QStringLiteral("gone"), kCbt);

        // The source's connections drop once 300 MiB more have come through: inside the disk's
        // read (1 GiB), after the power-off. New connections work again (the power-on).
        m_proxy->cutAfter(300 * 1024 * 1024);
        const int cutsBefore = m_proxy->cuts();
        EngineProcess engine(m);
        QVERIFY(engine.start({QStringLiteral("--retries"), QStringLiteral("0")}));
        const int exit = engine.wait(600000);
        const QString out = engine.output();
        QCOMPARE(m_proxy->cuts(), cutsBefore + 1);
        QVERIFY2(exit == 1, qPrintable(QString::number(exit) + QLatin1Char(' ') + out));

        const QJsonObject e = m.queueShow(kCbtName);
        QCOMPARE(e[QStringLiteral("migration_status")].toString(), QStringLiteral("Error"));
        const QString message = e[QStringLiteral("migration_status_message")].toString();
        QVERIFY2(message.contains(QStringLiteral("Reading the disk from the source failed")),
            qPrintable(message));
        const QString log
            = QString::fromUtf8(QJsonDocument(e[QStringLiteral("log")].toArray()).toJson());
        QVERIFY2(
            log.contains(QStringLiteral("The source VM was powered back on")), qPrintable(log));
        // Read back from the simulator, not through Ferry.
        QCOMPARE(sourcePowerState(m.lab, QStringLiteral("FERRY_LAB_VC"), cbt.moref),
            QStringLiteral("poweredOn"));
        QCOMPARE(m.instancesWith(QStringLiteral("user.ferry.instance_uuid"), kCbtUuid).size(), 0);
        QCOMPARE(m.volumesWith(QStringLiteral("user.ferry.queue_entry")).size(), 0);
    }

    // The migration window ends while the disk is copied (reads capped at 8 MiB/s: 1 GiB takes
    // two minutes; a window must leave a minute for the cut-over to be chosen at all, so it ends
    // 75 s from now). The engine stops the job: the source runs again, nothing stays on the
    // target, and the entry waits for a next window (there is none: the engine goes idle).
    void windowEndsMidTransfer()
    {
        const ScenarioVm cbt = scenarioVm(m.value("FERRY_LAB_VC_INVENTORY"), kCbt);
        QCOMPARE(sourcePowerState(m.lab, QStringLiteral("FERRY_LAB_VC"), cbt.moref),
            QStringLiteral("poweredOn"));
        setUpFerry();
        if (QTest::currentTestFailed())
            return;
        startBatch(QStringLiteral("short"), kCbt, 75);
        EngineProcess engine(m);
        QVERIFY(engine.start({QStringLiteral("--retries"), QStringLiteral("0"),
            QStringLiteral("--read-limit"), QStringLiteral("8")}));
        QJsonObject seen;
        QVERIFY2(waitMidTransfer(kCbtName, 0, &seen),
            qPrintable(QString::fromUtf8(QJsonDocument(seen).toJson())));
        const int exit = engine.wait(300000);
        QVERIFY2(exit == 0, qPrintable(engine.summary()));

        const QJsonObject e = m.queueShow(kCbtName);
        QCOMPARE(e[QStringLiteral("migration_status")].toString(), QStringLiteral("Waiting"));
        const QString log
            = QString::fromUtf8(QJsonDocument(e[QStringLiteral("log")].toArray()).toJson());
        QVERIFY2(log.contains(QStringLiteral("migration window ended")), qPrintable(log));
        QVERIFY2(
            log.contains(QStringLiteral("The source VM was powered back on")), qPrintable(log));
        // No other window: the entry says so.
        QVERIFY2(e[QStringLiteral("migration_status_message")].toString().contains(
                     QStringLiteral("window")),
            qPrintable(e[QStringLiteral("migration_status_message")].toString()));
        QCOMPARE(sourcePowerState(m.lab, QStringLiteral("FERRY_LAB_VC"), cbt.moref),
            QStringLiteral("poweredOn"));
        QCOMPARE(m.instancesWith(QStringLiteral("user.ferry.instance_uuid"), kCbtUuid).size(), 0);
        QCOMPARE(m.volumesWith(QStringLiteral("user.ferry.queue_entry")).size(), 0);
    }

    // The target name is free in the batch's project, but an instance of another project holds it
    // on the same managed network: LXD would refuse the VM's NIC after the whole copy. The
    // engine finds it first: Conflict, the source untouched, nothing copied or created.
    void nameTakenInAnotherProjectFoundBeforeTheCopy()
    {
        setUpFerry();
        if (QTest::currentTestFailed())
            return;
        const QString other = QStringLiteral("ferry-faults-other");
        m.lxc({QStringLiteral("project"), QStringLiteral("create"), other, QStringLiteral("-c"),
            QStringLiteral("features.images=false"), QStringLiteral("-c"),
            QStringLiteral("features.profiles=false")});
        auto gone = qScopeGuard([&] {
            m.lxc({QStringLiteral("delete"), QStringLiteral("--force"), QStringLiteral("--project"),
                other, kZurichName});
            m.lxc({QStringLiteral("project"), QStringLiteral("delete"), other});
        });
        const ProcessRun foreign = m.lxc({QStringLiteral("query"), QStringLiteral("-X"),
            QStringLiteral("POST"), QStringLiteral("-d"),
            QStringLiteral("{\"name\": \"%1\", \"type\": \"container\", \"source\": {\"type\": "
                           "\"none\"}, \"devices\": {\"eth0\": {\"type\": \"nic\", "
                           "\"network\": \"%2\"}}}")
                .arg(kZurichName, m.value("FERRY_LAB_LXDVM_BRIDGE")),
            QStringLiteral("/1.0/instances?project=") + other});
        QVERIFY2(foreign.exitCode == 0, qPrintable(foreign.err));
        startBatch(QStringLiteral("elsewhere"), kZurich);
        {
            EngineProcess engine(m);
            QVERIFY(engine.start({QStringLiteral("--retries"), QStringLiteral("0")}));
            QCOMPARE(engine.wait(300000), 1);
        }
        const QJsonObject e = m.queueShow(kZurichName);
        QCOMPARE(e[QStringLiteral("migration_status")].toString(), QStringLiteral("Conflict"));
        const QString message = e[QStringLiteral("migration_status_message")].toString();
        QVERIFY2(message.contains(other), qPrintable(message));
        for (const QJsonValue &d : e[QStringLiteral("disks")].toArray())
            QCOMPARE(d[QStringLiteral("bytes_done")].toVariant().toLongLong(), qint64(0));
        QCOMPARE(m.instancesWith(QStringLiteral("user.ferry.queue_entry")).size(), 0);
        clearProject();
    }

    // An instance that Ferry did not make holds the target name: Conflict, nothing touched. The
    // administrator removes it and resolves the entry; the next run migrates the VM.
    void conflictResolvedByAPerson()
    {
        setUpFerry();
        if (QTest::currentTestFailed())
            return;
        const QString zurich = kZurich;
        const QString entry = kZurichName;
        const QString name = kZurichName;
        // Made after `target add` read the inventory, so the batch's pre-flight cannot see it.
        const ProcessRun foreign = m.lxc({QStringLiteral("query"), QStringLiteral("-X"),
            QStringLiteral("POST"), QStringLiteral("-d"),
            QStringLiteral("{\"name\": \"%1\", \"type\": \"container\", \"source\": "
                           "{\"type\": \"none\"}}")
                .arg(name),
            m.withProject(QStringLiteral("/1.0/instances"))});
        QVERIFY2(foreign.exitCode == 0, qPrintable(foreign.err));
        startBatch(QStringLiteral("conflict"), zurich);
        {
            EngineProcess engine(m);
            QVERIFY(engine.start({QStringLiteral("--retries"), QStringLiteral("0")}));
            QCOMPARE(engine.wait(300000), 1);
        }
        QJsonObject e = m.queueShow(entry);
        QCOMPARE(e[QStringLiteral("migration_status")].toString(), QStringLiteral("Conflict"));
        QVERIFY2(e[QStringLiteral("migration_status_message")].toString().contains(
                     QStringLiteral("Ferry did not create it")),
            qPrintable(e[QStringLiteral("migration_status_message")].toString()));
        // Not Ferry's: left alone.
        QCOMPARE(m.instance(name)[QStringLiteral("type")].toString(), QStringLiteral("container"));

        // Only a Conflict can be resolved.
        const ProcessRun early = m.ferryctl(
            {QStringLiteral("queue"), QStringLiteral("resolve"), QStringLiteral("no such entry")});
        QCOMPARE(early.exitCode, 1);

        m.lxc({QStringLiteral("delete"), QStringLiteral("--force"), QStringLiteral("--project"),
            kProject, name});
        const ProcessRun resolve
            = m.ferryctl({QStringLiteral("queue"), QStringLiteral("resolve"), entry});
        QVERIFY2(resolve.exitCode == 0, qPrintable(resolve.err));
        QCOMPARE(m.queueShow(entry)[QStringLiteral("migration_status")].toString(),
            QStringLiteral("Waiting"));
        const ProcessRun again
            = m.ferryctl({QStringLiteral("queue"), QStringLiteral("resolve"), entry});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(
            again.err.contains(QStringLiteral("only entries in Conflict")), qPrintable(again.err));
        {
            EngineProcess engine(m);
            QVERIFY(engine.start());
            const int exit = engine.wait(600000);
            QVERIFY2(exit == 0, qPrintable(engine.summary()));
        }
        e = m.queueShow(entry);
        QCOMPARE(e[QStringLiteral("migration_status")].toString(), QStringLiteral("Finished"));
        const ScenarioVm vm = scenarioVm(m.value("FERRY_LAB_VC_INVENTORY"), zurich);
        QCOMPARE(vm.disks.size(), 1);
        QCOMPARE(sha256OfFile(m.rootImage(name)), sha256OfFile(vm.disks[0].flatFile));
        clearProject();
    }

    void canceledMidTransfer_data()
    {
        // Leftovers kept by the engine for every entry (engine run --keep-leftovers), or by the
        // one cancel (queue cancel --keep-leftovers, the dashboard's "Cancel, Keep Leftovers").
        QTest::addColumn<bool>("keepLeftovers");
        QTest::addColumn<bool>("perEntry");
        QTest::newRow("cleanup") << false << false;
        QTest::newRow("keep-leftovers") << true << false;
        QTest::newRow("cancel --keep-leftovers") << true << true;
    }

    void canceledMidTransfer()
    {
        QFETCH(bool, keepLeftovers);
        QFETCH(bool, perEntry);
        setUpFerry();
        if (QTest::currentTestFailed())
            return;
        startBatch(QStringLiteral("cancel"), kWeb);
        const QString entry = kWebName; // the queue lists the target name
        EngineProcess engine(m);
        QVERIFY(engine.start(keepLeftovers && !perEntry
                ? QStringList {QStringLiteral("--keep-leftovers")}
                : QStringList {}));
        QJsonObject seen;
        QVERIFY2(waitMidTransfer(entry, 1, &seen),
            qPrintable(QString::fromUtf8(QJsonDocument(seen).toJson())));
        QElapsedTimer t;
        t.start();
        QStringList cancelArgs {QStringLiteral("queue"), QStringLiteral("cancel"), entry};
        if (perEntry)
            cancelArgs << QStringLiteral("--keep-leftovers");
        const ProcessRun cancel = m.ferryctl(cancelArgs);
        QVERIFY2(cancel.exitCode == 0, qPrintable(cancel.err));
        const int exit = engine.wait(300000);
        qInfo("cancel at %lld bytes: the engine was done %lld ms later (exit %d)",
            diskBytes(seen).first, t.elapsed(), exit);
        QVERIFY2(exit >= 0, qPrintable(engine.output()));

        const QJsonObject e = m.queueShow(entry);
        QCOMPARE(e[QStringLiteral("migration_status")].toString(), QStringLiteral("Canceled"));
        const QJsonArray instances
            = m.instancesWith(QStringLiteral("user.ferry.instance_uuid"), kWebUuid);
        if (keepLeftovers) {
            // The root disk was imported before the cancel: the VM stays for a person to see.
            QCOMPARE(instances.size(), 1);
            const QString log
                = QString::fromUtf8(QJsonDocument(e[QStringLiteral("log")].toArray()).toJson());
            QVERIFY2(log.contains(QStringLiteral("stays, as asked")), qPrintable(log));
        } else {
            QCOMPARE(instances.size(), 0);
            QCOMPARE(m.volumesWith(QStringLiteral("user.ferry.queue_entry")).size(), 0);
            QCOMPARE(m.lxdQuery(m.withProject(QStringLiteral("/1.0/instances"))).array().size(), 0);
        }
        clearProject();
    }
};

QTEST_GUILESS_MAIN(TestMigrationFaults)
#include "test_migration_faults.moc"
