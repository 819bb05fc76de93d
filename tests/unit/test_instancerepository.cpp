#include "common/clock.h"
#include "common/testdatabase.h"
#include "store/batchrepository.h"
#include "store/database.h"
#include "store/instancerepository.h"
#include "store/networkrepository.h"
#include "store/queuerepository.h"
#include "store/sourcerepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ferry;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

namespace {

const QDateTime kT1(QDate(2025, 12, 1), QTime(1, 2, 3, 456), Qt::UTC);
const QDateTime kT2(QDate(2026, 1, 31), QTime(23, 59, 59, 999), Qt::UTC);

Instance makeInstance(qint64 sourceId, const QString &moref, const QString &name)
{
    Instance in;
    in.uuid = QStringLiteral("4211%1-0000-0000-0000-000000000000")
                  .arg(moref.mid(3), 4, QLatin1Char('0'));
    in.sourceId = sourceId;
    in.sourceSpecificId = moref;
    in.location = QStringLiteral("/Rechenzentrum Süd/vm/%1").arg(name);
    in.name = name;
    in.description = QStringLiteral("Beschreibung: ünïcödé\nsecond line");
    in.os = QStringLiteral("ubuntu64Guest");
    in.osDescription = QStringLiteral("Ubuntu Linux (64-bit)");
    in.osTemplate = QStringLiteral("ubuntu");
    in.osVersion = QStringLiteral("24.04");
    in.osType = QStringLiteral("linux");
    in.distribution = QStringLiteral("Ubuntu");
    in.distributionVersion = QStringLiteral("24.04 LTS");
    in.architecture = QStringLiteral("x86_64");
    in.cpus = 4;
    in.memoryBytes = Q_INT64_C(17179869184);
    in.legacyBoot = true;
    in.secureBoot = false;
    in.tpm = true;
    in.powerState = QStringLiteral("poweredOn");
    in.toolsRunning = true;
    in.backgroundImport = true;
    in.config = QJsonObject {
        {QStringLiteral("tags"), QJsonArray {QStringLiteral("prod"), QStringLiteral("wéb")}},
        {QStringLiteral("custom"),
            QJsonObject {{QStringLiteral("owner"), QStringLiteral("José")}}}};
    in.lastUpdateFromSource = kT1;

    Disk d0;
    d0.position = 0;
    d0.name = QStringLiteral("[datastore 1] %1/%1.vmdk").arg(name);
    d0.deviceKey = 2000;
    d0.capacityBytes = Q_INT64_C(53687091200);
    d0.sharing = QStringLiteral("sharingNone");
    d0.mode = QStringLiteral("persistent");
    d0.backingType = QStringLiteral("flat");
    d0.supported = true;
    d0.backgroundImportVerified = true;
    d0.changeId = QStringLiteral("52 aa bb/12");
    Disk d1 = d0;
    d1.position = 1;
    d1.name = QStringLiteral("[Datenspeicher ß] %1/Daten Platte.vmdk").arg(name);
    d1.deviceKey = 2001;
    d1.capacityBytes = 1024;
    d1.backingType = QStringLiteral("rdm");
    d1.supported = false;
    d1.unsupportedReason = QStringLiteral("Raw device mappings cannot be copied.");
    d1.backgroundImportVerified = false;
    d1.changeId.clear();
    in.disks = {d0, d1};

    Nic n0;
    n0.position = 0;
    n0.sourceSpecificId = QStringLiteral("network-1");
    n0.hardwareAddress = QStringLiteral("00:50:56:aa:bb:cc");
    n0.location = QStringLiteral("/Rechenzentrum Süd/network/VM Network");
    n0.ipv4Address = QStringLiteral("192.0.2.10");
    n0.ipv6Address = QStringLiteral("2001:db8::10");
    in.nics = {n0};

    Snapshot s0;
    s0.position = 0;
    s0.name = QStringLiteral("vor dem Update");
    s0.description = QStringLiteral("taken by José");
    s0.createdAt = kT2;
    Snapshot s1;
    s1.position = 1;
    s1.name = QStringLiteral("no time");
    in.snapshots = {s0, s1};
    return in;
}

void compareInstances(const Instance &a, const Instance &e)
{
    QCOMPARE(a.uuid, e.uuid);
    QCOMPARE(a.sourceId, e.sourceId);
    QCOMPARE(a.sourceSpecificId, e.sourceSpecificId);
    QCOMPARE(a.location, e.location);
    QCOMPARE(a.name, e.name);
    QCOMPARE(a.description, e.description);
    QCOMPARE(a.os, e.os);
    QCOMPARE(a.osDescription, e.osDescription);
    QCOMPARE(a.osTemplate, e.osTemplate);
    QCOMPARE(a.osVersion, e.osVersion);
    QCOMPARE(a.osType, e.osType);
    QCOMPARE(a.distribution, e.distribution);
    QCOMPARE(a.distributionVersion, e.distributionVersion);
    QCOMPARE(a.architecture, e.architecture);
    QCOMPARE(a.cpus, e.cpus);
    QCOMPARE(a.memoryBytes, e.memoryBytes);
    QCOMPARE(a.legacyBoot, e.legacyBoot);
    QCOMPARE(a.secureBoot, e.secureBoot);
    QCOMPARE(a.tpm, e.tpm);
    QCOMPARE(a.powerState, e.powerState);
    QCOMPARE(a.toolsRunning, e.toolsRunning);
    QCOMPARE(a.backgroundImport, e.backgroundImport);
    QCOMPARE(a.config, e.config);
    QCOMPARE(a.missingSince, e.missingSince);
    QCOMPARE(a.lastUpdateFromSource, e.lastUpdateFromSource);
    QCOMPARE(a.overrides.name, e.overrides.name);
    QCOMPARE(a.overrides.cpus, e.overrides.cpus);
    QCOMPARE(a.overrides.memoryBytes, e.overrides.memoryBytes);
    QCOMPARE(a.overrides.disableMigration, e.overrides.disableMigration);
    QCOMPARE(a.overrides.ignoreRestrictions, e.overrides.ignoreRestrictions);
    QCOMPARE(a.overrides.comment, e.overrides.comment);
    QCOMPARE(a.overrides.extra, e.overrides.extra);

    QCOMPARE(a.disks.size(), e.disks.size());
    for (int i = 0; i < a.disks.size(); ++i) {
        const Disk &x = a.disks.at(i);
        const Disk &y = e.disks.at(i);
        QCOMPARE(x.position, y.position);
        QCOMPARE(x.name, y.name);
        QCOMPARE(x.deviceKey, y.deviceKey);
        QCOMPARE(x.capacityBytes, y.capacityBytes);
        QCOMPARE(x.sharing, y.sharing);
        QCOMPARE(x.mode, y.mode);
        QCOMPARE(x.backingType, y.backingType);
        QCOMPARE(x.supported, y.supported);
        QCOMPARE(x.unsupportedReason, y.unsupportedReason);
        QCOMPARE(x.backgroundImportVerified, y.backgroundImportVerified);
        QCOMPARE(x.changeId, y.changeId);
    }
    QCOMPARE(a.nics.size(), e.nics.size());
    for (int i = 0; i < a.nics.size(); ++i) {
        const Nic &x = a.nics.at(i);
        const Nic &y = e.nics.at(i);
        QCOMPARE(x.position, y.position);
        QCOMPARE(x.networkId, y.networkId);
        QCOMPARE(x.sourceSpecificId, y.sourceSpecificId);
        QCOMPARE(x.hardwareAddress, y.hardwareAddress);
        QCOMPARE(x.location, y.location);
        QCOMPARE(x.ipv4Address, y.ipv4Address);
        QCOMPARE(x.ipv6Address, y.ipv6Address);
    }
    QCOMPARE(a.snapshots.size(), e.snapshots.size());
    for (int i = 0; i < a.snapshots.size(); ++i) {
        const Snapshot &x = a.snapshots.at(i);
        const Snapshot &y = e.snapshots.at(i);
        QCOMPARE(x.position, y.position);
        QCOMPARE(x.name, y.name);
        QCOMPARE(x.description, y.description);
        QCOMPARE(x.createdAt, y.createdAt);
    }
}

} // namespace

class TestInstanceRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        FERRY_OPEN_TEST_DATABASE(
            m_testDb, m_dir->filePath(QStringLiteral("data dir/ferry.db")), m_db);
        m_source = addSource(QStringLiteral("vCenter Süd"));
        QVERIFY(m_source > 0);
    }

    void cleanup()
    {
        m_db.reset();
        m_testDb.drop();
        m_dir.reset();
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("withOverrides");
        QTest::addColumn<bool>("missing");
        QTest::newRow("ascii, no overrides") << QStringLiteral("web01") << false << false;
        QTest::newRow("spaces and non-ascii, overrides")
            << QStringLiteral("Datenbank Köln 東京") << true << false;
        QTest::newRow("missing since") << QStringLiteral("old vm") << false << true;
    }

    void roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(bool, withOverrides);
        QFETCH(bool, missing);
        InstanceRepository repo(m_db);
        Instance in = makeInstance(m_source, QStringLiteral("vm-42"), name);
        if (withOverrides) {
            in.overrides.name = QStringLiteral("neuer Name");
            in.overrides.cpus = 8;
            in.overrides.memoryBytes = Q_INT64_C(34359738368);
            in.overrides.disableMigration = true;
            in.overrides.ignoreRestrictions = true;
            in.overrides.comment = QStringLiteral("wait for José");
            in.overrides.extra
                = QJsonObject {{QStringLiteral("os_type"), QStringLiteral("windows")}};
        }
        if (missing)
            in.missingSince = kT2;

        auto id = repo.save(in);
        VERIFY_OK(id);
        auto loaded = repo.byId(*id);
        VERIFY_OK(loaded);
        QCOMPARE(loaded->id, *id);
        compareInstances(*loaded, in);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(loaded->overrides.name.has_value(), withOverrides);
        QCOMPARE(loaded->effectiveName(), withOverrides ? QStringLiteral("neuer Name") : name);

        auto byUuid = repo.byUuid(in.uuid);
        VERIFY_OK(byUuid);
        QCOMPARE(byUuid->id, *id);
        QCOMPARE(byUuid->disks.size(), 2);
        auto bySsid = repo.bySourceSpecificId(m_source, QStringLiteral("vm-42"));
        VERIFY_OK(bySsid);
        QCOMPARE(bySsid->id, *id);
        auto byLocation = repo.byLocation(in.location);
        VERIFY_OK(byLocation);
        QCOMPARE(byLocation->size(), 1);
        compareInstances(byLocation->first(), in);
    }

    void emptyUuidGetsOne()
    {
        InstanceRepository repo(m_db);
        Instance in = makeInstance(m_source, QStringLiteral("vm-1"), QStringLiteral("a"));
        in.uuid.clear();
        auto id = repo.save(in);
        VERIFY_OK(id);
        const QString uuid = repo.byId(*id)->uuid;
        QCOMPARE(uuid.size(), 36);
        // A resync without a uuid keeps the stored one.
        VERIFY_OK(repo.save(in));
        QCOMPARE(repo.byId(*id)->uuid, uuid);
    }

    void saveUpsertsAndReplacesChildren()
    {
        InstanceRepository repo(m_db);
        Instance in = makeInstance(m_source, QStringLiteral("vm-7"), QStringLiteral("before"));
        auto first = repo.save(in);
        VERIFY_OK(first);

        Instance again = makeInstance(m_source, QStringLiteral("vm-7"), QStringLiteral("after"));
        again.uuid = QStringLiteral("ignored-on-update");
        again.cpus = 2;
        again.disks.removeLast();
        again.disks[0].capacityBytes = 99;
        again.nics.clear();
        again.snapshots = {again.snapshots.at(1)};
        again.snapshots[0].position = 5;
        auto second = repo.save(again);
        VERIFY_OK(second);
        QCOMPARE(*second, *first);

        auto loaded = repo.byId(*first);
        VERIFY_OK(loaded);
        Instance expected = again;
        expected.uuid = in.uuid; // an existing row keeps its uuid
        compareInstances(*loaded, expected);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM instances")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM instance_disks")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM instance_nics")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM instance_snapshots")), 1);
    }

    void resyncKeepsOverrides()
    {
        InstanceRepository repo(m_db);
        Instance in = makeInstance(m_source, QStringLiteral("vm-3"), QStringLiteral("x"));
        auto id = repo.save(in);
        VERIFY_OK(id);
        InstanceOverrides o;
        o.cpus = 16;
        o.comment = QStringLiteral("keep me");
        VERIFY_OK(repo.setOverrides(*id, o));

        VERIFY_OK(repo.save(in)); // the sync carries no overrides
        auto loaded = repo.byId(*id);
        VERIFY_OK(loaded);
        QCOMPARE(loaded->overrides.cpus, std::optional<int>(16));
        QCOMPARE(loaded->overrides.comment, QStringLiteral("keep me"));
        QCOMPARE(loaded->effectiveCpus(), 16);
    }

    void setAndClearOverrides_data()
    {
        QTest::addColumn<bool>("setName");
        QTest::addColumn<bool>("setCpus");
        QTest::addColumn<bool>("setMemory");
        QTest::newRow("none") << false << false << false;
        QTest::newRow("name only") << true << false << false;
        QTest::newRow("cpus and memory") << false << true << true;
        QTest::newRow("all") << true << true << true;
    }

    void setAndClearOverrides()
    {
        QFETCH(bool, setName);
        QFETCH(bool, setCpus);
        QFETCH(bool, setMemory);
        InstanceRepository repo(m_db);
        auto id = repo.save(makeInstance(m_source, QStringLiteral("vm-9"), QStringLiteral("n")));
        VERIFY_OK(id);

        InstanceOverrides o;
        if (setName)
            o.name = QStringLiteral("Név ő");
        if (setCpus)
            o.cpus = 0; // set to zero is not the same as unset
        if (setMemory)
            o.memoryBytes = Q_INT64_C(1) << 40;
        o.disableMigration = true;
        o.comment = QStringLiteral("a comment");
        o.extra = QJsonObject {{QStringLiteral("distribution"), QStringLiteral("Debian")}};
        VERIFY_OK(repo.setOverrides(*id, o));
        auto loaded = repo.byId(*id);
        VERIFY_OK(loaded);
        QCOMPARE(loaded->overrides.name, o.name);
        QCOMPARE(loaded->overrides.cpus, o.cpus);
        QCOMPARE(loaded->overrides.memoryBytes, o.memoryBytes);
        QCOMPARE(loaded->overrides.disableMigration, true);
        QCOMPARE(loaded->overrides.ignoreRestrictions, false);
        QCOMPARE(loaded->overrides.comment, o.comment);
        QCOMPARE(loaded->overrides.extra, o.extra);
        QCOMPARE(loaded->effectiveCpus(), setCpus ? 0 : 4);

        VERIFY_OK(repo.clearOverrides(*id));
        loaded = repo.byId(*id);
        VERIFY_OK(loaded);
        QVERIFY(!loaded->overrides.name);
        QVERIFY(!loaded->overrides.cpus);
        QVERIFY(!loaded->overrides.memoryBytes);
        QCOMPARE(loaded->overrides.disableMigration, false);
        QVERIFY(loaded->overrides.comment.isEmpty());
        QVERIFY(loaded->overrides.extra.isEmpty());
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM instances WHERE override_name IS NULL "
                                 "AND override_cpus IS NULL AND override_memory_bytes IS NULL")),
            1);

        QCOMPARE(repo.setOverrides(*id + 1, o).error().code, Error::Code::NotFound);
    }

    void duplicateUuidIsAlreadyExists()
    {
        InstanceRepository repo(m_db);
        Instance a = makeInstance(m_source, QStringLiteral("vm-1"), QStringLiteral("a"));
        VERIFY_OK(repo.save(a));
        // Another source: a different VM that happens to have the same UUID.
        const qint64 other = addSource(QStringLiteral("vCenter Nord"));
        Instance b = makeInstance(other, QStringLiteral("vm-2"), QStringLiteral("b"));
        b.uuid = a.uuid;
        auto saved = repo.save(b);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, Error::Code::AlreadyExists);
        QVERIFY(saved.error().message.contains(a.uuid));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM instances")), 1);
    }

    // Unregistered and registered again: the same VM (its instance UUID) under a new moref keeps
    // its row, and with it its id (queue entries refer to it).
    void reRegisteredVmKeepsItsRow()
    {
        InstanceRepository repo(m_db);
        Instance a = makeInstance(m_source, QStringLiteral("vm-1"), QStringLiteral("a"));
        auto first = repo.save(a);
        VERIFY_OK(first);
        Instance again = a;
        again.sourceSpecificId = QStringLiteral("vm-77");
        auto second = repo.save(again);
        VERIFY_OK(second);
        QCOMPARE(*second, *first);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM instances")), 1);
        auto loaded = repo.byId(*first);
        VERIFY_OK(loaded);
        QCOMPARE(loaded->sourceSpecificId, QStringLiteral("vm-77"));
        QCOMPARE(loaded->uuid, a.uuid);
    }

    void invalidInstancesAreRefused_data()
    {
        QTest::addColumn<int>("defect");
        QTest::addColumn<int>("code");
        QTest::newRow("duplicate disk position") << 0 << int(Error::Code::InvalidInput);
        QTest::newRow("duplicate nic position") << 1 << int(Error::Code::InvalidInput);
        QTest::newRow("duplicate snapshot position") << 2 << int(Error::Code::InvalidInput);
        QTest::newRow("no source-specific id") << 3 << int(Error::Code::InvalidInput);
        QTest::newRow("unknown source") << 4 << int(Error::Code::NotFound);
        QTest::newRow("unknown network") << 5 << int(Error::Code::NotFound);
    }

    void invalidInstancesAreRefused()
    {
        QFETCH(int, defect);
        QFETCH(int, code);
        InstanceRepository repo(m_db);
        const Instance good
            = makeInstance(m_source, QStringLiteral("vm-100"), QStringLiteral("ok"));
        Instance bad = makeInstance(m_source, QStringLiteral("vm-5"), QStringLiteral("bad"));
        switch (defect) {
        case 0:
            bad.disks[1].position = 0;
            break;
        case 1:
            bad.nics << bad.nics.first();
            break;
        case 2:
            bad.snapshots[1].position = 0;
            break;
        case 3:
            bad.sourceSpecificId.clear();
            break;
        case 4:
            bad.sourceId = m_source + 1000;
            break;
        case 5:
            bad.nics[0].networkId = 4242;
            break;
        }
        auto saved = repo.saveAll({good, bad});
        QVERIFY(!saved);
        QCOMPARE(int(saved.error().code), code);
        QVERIFY(!saved.error().message.isEmpty());
        // One transaction: the good instance was not written either.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM instances")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM instance_disks")), 0);
    }

    void nicsLinkToNetworks()
    {
        NetworkRepository networks(m_db);
        Network net;
        net.sourceId = m_source;
        net.sourceSpecificId = QStringLiteral("network-1");
        net.location = QStringLiteral("/dc/network/VM Network");
        auto netId = networks.save(net);
        VERIFY_OK(netId);

        InstanceRepository repo(m_db);
        Instance in = makeInstance(m_source, QStringLiteral("vm-1"), QStringLiteral("linked"));
        in.nics[0].networkId = *netId;
        Nic unlinked = in.nics[0];
        unlinked.position = 1;
        unlinked.networkId = 0;
        in.nics << unlinked;
        auto id = repo.save(in);
        VERIFY_OK(id);
        auto loaded = repo.byId(*id);
        VERIFY_OK(loaded);
        QCOMPARE(loaded->nics.at(0).networkId, *netId);
        QCOMPARE(loaded->nics.at(1).networkId, qint64(0));
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM instance_nics WHERE network_id IS NULL")),
            1);

        // Removing the network unlinks the NIC (ON DELETE SET NULL) and keeps it.
        VERIFY_OK(networks.remove(*netId));
        loaded = repo.byId(*id);
        VERIFY_OK(loaded);
        QCOMPARE(loaded->nics.size(), 2);
        QCOMPARE(loaded->nics.at(0).networkId, qint64(0));
    }

    void queries()
    {
        const qint64 other = addSource(QStringLiteral("esxi 2"));
        InstanceRepository repo(m_db);
        Instance a = makeInstance(m_source, QStringLiteral("vm-1"), QStringLiteral("shared name"));
        Instance b = makeInstance(other, QStringLiteral("vm-1"), QStringLiteral("shared name"));
        b.uuid = QStringLiteral("b-uuid");
        Instance c = makeInstance(m_source, QStringLiteral("vm-2"), QStringLiteral("c"));
        auto ids = repo.saveAll({a, b, c});
        VERIFY_OK(ids);
        QCOMPARE(ids->size(), 3);

        auto bySource = repo.bySource(m_source);
        VERIFY_OK(bySource);
        QCOMPARE(bySource->size(), 2);
        for (const Instance &in : std::as_const(*bySource)) {
            QCOMPARE(in.sourceId, m_source);
            QCOMPARE(in.disks.size(), 2);
            QCOMPARE(in.nics.size(), 1);
            QCOMPARE(in.snapshots.size(), 2);
        }
        auto otherSource = repo.bySource(other);
        VERIFY_OK(otherSource);
        QCOMPARE(otherSource->size(), 1);
        QCOMPARE(otherSource->first().uuid, QStringLiteral("b-uuid"));
        QCOMPARE(otherSource->first().disks.size(), 2);

        // The same inventory path in two sources.
        auto byLocation = repo.byLocation(a.location);
        VERIFY_OK(byLocation);
        QCOMPARE(byLocation->size(), 2);
        auto none = repo.byLocation(QStringLiteral("/nowhere"));
        VERIFY_OK(none);
        QVERIFY(none->isEmpty());

        QCOMPARE(repo.byUuid(QStringLiteral("nope")).error().code, Error::Code::NotFound);
        QCOMPARE(repo.byId(9999).error().code, Error::Code::NotFound);
        QCOMPARE(repo.bySourceSpecificId(other, QStringLiteral("vm-2")).error().code,
            Error::Code::NotFound);

        Batch batch;
        batch.name = QStringLiteral("wave");
        auto batchId = BatchRepository(m_db).insert(batch);
        VERIFY_OK(batchId);
        VERIFY_OK(BatchRepository(m_db).setMatched(*batchId, {ids->at(1), ids->at(2)}));
        auto byBatch = repo.byBatch(*batchId);
        VERIFY_OK(byBatch);
        QCOMPARE(byBatch->size(), 2);
        QSet<qint64> got;
        for (const Instance &in : std::as_const(*byBatch)) {
            got.insert(in.id);
            QCOMPARE(in.disks.size(), 2);
        }
        QCOMPARE(got, (QSet<qint64> {ids->at(1), ids->at(2)}));
    }

    void allLoadsChildrenOfManyInstances()
    {
        const int n = 10000;
        InstanceRepository repo(m_db);
        QVector<Instance> many;
        many.reserve(n);
        for (int i = 0; i < n; ++i) {
            Instance in = makeInstance(m_source, QStringLiteral("vm-%1").arg(i),
                QStringLiteral("vm %1").arg(i, 5, 10, QLatin1Char('0')));
            in.uuid = QStringLiteral("uuid-%1").arg(i);
            in.cpus = i;
            in.disks.resize(1 + i % 3);
            for (int d = 0; d < in.disks.size(); ++d) {
                in.disks[d].position = d;
                in.disks[d].capacityBytes = qint64(i) * 10 + d;
            }
            in.nics[0].hardwareAddress = QStringLiteral("mac-%1").arg(i);
            if (i % 2)
                in.snapshots.clear();
            many << in;
        }
        QElapsedTimer timer;
        timer.start();
        auto ids = repo.saveAll(many);
        VERIFY_OK(ids);
        const qint64 saveMs = timer.restart();
        auto all = repo.all();
        VERIFY_OK(all);
        const qint64 loadMs = timer.elapsed();
        qInfo("saved %d instances in %lld ms, loaded them in %lld ms", n, saveMs, loadMs);
        QCOMPARE(all->size(), n);
        // Ordered by location: "vm 00000" ... "vm 02999".
        for (int i = 0; i < n; ++i) {
            const Instance &in = all->at(i);
            QCOMPARE(in.cpus, i);
            QCOMPARE(in.id, ids->at(i));
            QCOMPARE(in.disks.size(), 1 + i % 3);
            for (int d = 0; d < in.disks.size(); ++d) {
                QCOMPARE(in.disks.at(d).position, d);
                QCOMPARE(in.disks.at(d).capacityBytes, qint64(i) * 10 + d);
            }
            QCOMPARE(in.nics.size(), 1);
            QCOMPARE(in.nics.first().hardwareAddress, QStringLiteral("mac-%1").arg(i));
            QCOMPARE(in.snapshots.size(), i % 2 ? 0 : 2);
        }
        // Generous bound that still catches one query per instance per child table.
        QVERIFY2(loadMs < 20000, qPrintable(QString::number(loadMs)));
    }

    void markMissing()
    {
        const qint64 other = addSource(QStringLiteral("other"));
        InstanceRepository repo(m_db);
        QVector<Instance> list;
        for (int i = 1; i <= 4; ++i) {
            Instance in = makeInstance(
                m_source, QStringLiteral("vm-%1").arg(i), QStringLiteral("m%1").arg(i));
            in.uuid = QStringLiteral("u%1").arg(i);
            list << in;
        }
        Instance elsewhere
            = makeInstance(other, QStringLiteral("vm-9"), QStringLiteral("elsewhere"));
        elsewhere.uuid = QStringLiteral("u9");
        list << elsewhere;
        VERIFY_OK(repo.saveAll(list));

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto marked = repo.markMissing(m_source, {QStringLiteral("vm-1"), QStringLiteral("vm-3")});
        VERIFY_OK(marked);
        QCOMPARE(*marked, 2);
        const QDateTime firstMissing = repo.byUuid(QStringLiteral("u2"))->missingSince;
        QVERIFY(firstMissing >= before);
        QVERIFY(repo.byUuid(QStringLiteral("u4"))->missingSince.isValid());
        QVERIFY(!repo.byUuid(QStringLiteral("u1"))->missingSince.isValid());
        QVERIFY(!repo.byUuid(QStringLiteral("u3"))->missingSince.isValid());
        QVERIFY(!repo.byUuid(QStringLiteral("u9"))->missingSince.isValid());

        // Already missing ones keep their first time.
        QVERIFY(ferry::test::waitForNextMillisecond());
        marked = repo.markMissing(m_source, {QStringLiteral("vm-1")});
        VERIFY_OK(marked);
        QCOMPARE(*marked, 1); // only vm-3 is new
        QCOMPARE(repo.byUuid(QStringLiteral("u2"))->missingSince, firstMissing);

        // Seen again by a sync: no longer missing.
        VERIFY_OK(repo.save(list.at(1)));
        QVERIFY(!repo.byUuid(QStringLiteral("u2"))->missingSince.isValid());

        // An empty sync marks everything of the source.
        marked = repo.markMissing(other, {});
        VERIFY_OK(marked);
        QCOMPARE(*marked, 1);
    }

    void removingSourceCascades()
    {
        InstanceRepository repo(m_db);
        const qint64 keep = addSource(QStringLiteral("stays"));
        Instance kept = makeInstance(keep, QStringLiteral("vm-1"), QStringLiteral("kept"));
        kept.uuid = QStringLiteral("kept");
        VERIFY_OK(repo.saveAll(
            {makeInstance(m_source, QStringLiteral("vm-1"), QStringLiteral("gone")), kept}));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM instance_disks")), 4);

        VERIFY_OK(SourceRepository(m_db).remove(m_source));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM instances")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM instance_disks")), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM instance_nics")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM instance_snapshots")), 2);
        auto left = repo.all();
        VERIFY_OK(left);
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->first().uuid, QStringLiteral("kept"));
    }

    void removeInstance()
    {
        InstanceRepository repo(m_db);
        auto id = repo.save(makeInstance(m_source, QStringLiteral("vm-1"), QStringLiteral("r")));
        VERIFY_OK(id);
        VERIFY_OK(repo.remove(*id));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM instance_disks")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM instance_nics")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM instance_snapshots")), 0);
        QCOMPARE(repo.remove(*id).error().code, Error::Code::NotFound);
    }

    void removeQueuedInstanceIsConflict()
    {
        InstanceRepository repo(m_db);
        auto id = repo.save(makeInstance(m_source, QStringLiteral("vm-1"), QStringLiteral("q")));
        VERIFY_OK(id);
        Batch b;
        b.name = QStringLiteral("b");
        auto batchId = BatchRepository(m_db).insert(b);
        VERIFY_OK(batchId);
        QueueEntry e;
        e.batchId = *batchId;
        e.instanceId = *id;
        VERIFY_OK(QueueRepository(m_db).insert(e));
        Status st = repo.remove(*id);
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::Conflict);
        VERIFY_OK(repo.byId(*id));
    }

private:
    qint64 addSource(const QString &name)
    {
        Source s;
        s.name = name;
        s.endpoint = QStringLiteral("https://vcenter.example/sdk");
        auto id = SourceRepository(m_db).insert(s);
        return id ? *id : -1;
    }

    int count(const QString &sql)
    {
        auto q = m_db->exec(sql);
        if (!q || !q->next())
            return -1;
        return q->value(0).toInt();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    ferry::test::TestDatabase m_testDb;
    std::shared_ptr<Database> m_db;
    qint64 m_source = 0;
};

QTEST_GUILESS_MAIN(TestInstanceRepository)
#include "test_instancerepository.moc"
