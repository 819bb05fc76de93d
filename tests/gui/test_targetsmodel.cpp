// The Targets list model and the inventory tree model, under QAbstractItemModelTester, on
// targets written through the repository into a temporary database: the columns of `ferryctl
// target list`, statuses with their reasons, busy rows, and the tree of projects with their
// storage pools, networks (type, managed, subnets), profiles and instances.

#include "guitestsupport.h"

#include "store/database.h"
#include "store/targetrepository.h"
#include "targets/targetinventory.h"
#include "targets/targetinventorymodel.h"
#include "targets/targetsmodel.h"
#include "util/paths.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::gui;

namespace {

const QString kFpA
    = QStringLiteral("aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11");
const QString kFpB
    = QStringLiteral("bb22bb22bb22bb22bb22bb22bb22bb22bb22bb22bb22bb22bb22bb22bb22bb22");

TargetInventory sampleInventory()
{
    TargetInventory inv;
    inv.projects = {{QStringLiteral("default"), QStringLiteral("Default project"), true, true},
        {QStringLiteral("web"), QString(), false, true}};
    incus::StoragePool zfs;
    zfs.name = QStringLiteral("default");
    zfs.driver = QStringLiteral("zfs");
    zfs.status = QStringLiteral("Created");
    zfs.spaceUsed = 2LL * 1024 * 1024 * 1024;
    zfs.spaceTotal = 100LL * 1024 * 1024 * 1024;
    incus::StoragePool fast;
    fast.name = QStringLiteral("fast");
    fast.driver = QStringLiteral("btrfs");
    inv.storagePools = {zfs, fast};
    incus::Network bridge;
    bridge.name = QStringLiteral("incusbr0");
    bridge.type = QStringLiteral("bridge");
    bridge.managed = true;
    bridge.ipv4Subnet = QStringLiteral("10.42.0.1/24");
    bridge.ipv6Subnet = QStringLiteral("fd42::1/64");
    incus::Network eth;
    eth.name = QStringLiteral("eth0");
    eth.type = QStringLiteral("physical");
    inv.networks.insert(QStringLiteral("default"), {bridge, eth});
    inv.networks.insert(QStringLiteral("web"), {bridge, eth});
    inv.profiles.insert(QStringLiteral("default"),
        {{QStringLiteral("default"), QStringLiteral("Default profile")},
            {QStringLiteral("vm"), QString()}});
    inv.profiles.insert(QStringLiteral("web"), {{QStringLiteral("default"), QString()}});
    inv.instances.insert(QStringLiteral("default"), {QStringLiteral("web01")});
    return inv;
}

Target makeTarget(const QString &name, const QString &status)
{
    Target t;
    t.name = name;
    t.endpoint = QStringLiteral("https://%1.example.test:8443").arg(name);
    t.connectivityStatus = status;
    return t;
}

QModelIndex group(
    const TargetInventoryModel &model, const QModelIndex &project, TargetInventoryModel::Kind kind)
{
    for (int r = 0; r < model.rowCount(project); ++r) {
        const QModelIndex i = model.index(r, 0, project);
        if (TargetInventoryModel::Kind(i.data(TargetInventoryModel::KindRole).toInt()) == kind)
            return i;
    }
    return {};
}

} // namespace

class TestTargetsModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_data;
    std::shared_ptr<Database> m_db;
    QVector<Target> m_targets;

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateUserState(m_settings);
        auto db = Database::open(databaseFile(m_data.path()));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        m_db = *db;
        TargetRepository repo(m_db);

        Target ok = makeTarget(QStringLiteral("incus01"), connectivity::Ok);
        ok.targetType = QStringLiteral("incus");
        ok.serverVersion = QStringLiteral("6.0.1");
        ok.cert.trustedSha256 = kFpA;
        ok.cert.seenSha256 = kFpA;
        ok.apiExtensions = {QStringLiteral("projects")};
        ok.inventory = sampleInventory().toJson();
        ok.inventoryAt = QDateTime::currentDateTimeUtc();
        Target confirm = makeTarget(QStringLiteral("lxd02"), connectivity::ConfirmFingerprint);
        confirm.cert.seenSha256 = kFpB;
        confirm.cert.seenPem = QStringLiteral("-----BEGIN CERTIFICATE-----\n...");
        Target changed = makeTarget(QStringLiteral("lxd03"), connectivity::TlsError);
        changed.targetType = QStringLiteral("lxd");
        changed.cert.trustedSha256 = kFpA;
        changed.cert.seenSha256 = kFpB;
        changed.statusDetail = QStringLiteral("The certificate of lxd03 has changed.");
        Target fresh = makeTarget(QStringLiteral("new"), connectivity::Unknown);
        fresh.importLimit = 0;
        for (const Target &t : {ok, confirm, changed, fresh})
            QVERIFY(repo.insert(t));
        auto all = repo.all();
        QVERIFY(all);
        m_targets = *all;
        QCOMPARE(m_targets.size(), 4);
    }

    void listShowsTheCliColumns()
    {
        TargetsModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTargets(m_targets);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(TargetsModel::ColumnCount));

        const QStringList headers {QStringLiteral("Connectivity Status"), QStringLiteral("Name"),
            QStringLiteral("Type"), QStringLiteral("Version"), QStringLiteral("Endpoint"),
            QStringLiteral("Auth Type"), QStringLiteral("Trusted TLS Cert SHA-256 Fingerprint")};
        for (int c = 0; c < headers.size(); ++c)
            QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), headers.at(c));
        QCOMPARE(model.headerData(TargetsModel::FingerprintColumn, Qt::Horizontal, Qt::UserRole)
                     .toString(),
            QStringLiteral("trusted_cert_fingerprint"));

        const int ok = model.rowOfName(QStringLiteral("incus01"));
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(ok, TargetsModel::StatusColumn).toString(), QStringLiteral("OK"));
        QCOMPARE(cell(ok, TargetsModel::TypeColumn).toString(), QStringLiteral("incus"));
        QCOMPARE(cell(ok, TargetsModel::VersionColumn).toString(), QStringLiteral("6.0.1"));
        QCOMPARE(cell(ok, TargetsModel::EndpointColumn).toString(),
            QStringLiteral("https://incus01.example.test:8443"));
        QCOMPARE(cell(ok, TargetsModel::AuthColumn).toString(), QStringLiteral("TLS"));
        QCOMPARE(cell(ok, TargetsModel::FingerprintColumn).toString(), kFpA);
        QVERIFY(cell(ok, TargetsModel::FingerprintColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("AA:11:AA:11")));
        QVERIFY(!cell(ok, TargetsModel::StatusColumn, Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(cell(ok, 0, TargetsModel::TargetNameRole).toString(), QStringLiteral("incus01"));
        QCOMPARE(cell(ok, 0, TargetsModel::StatusRole).toString(), connectivity::Ok);

        const int confirm = model.rowOfName(QStringLiteral("lxd02"));
        QCOMPARE(cell(confirm, TargetsModel::StatusColumn).toString(),
            QStringLiteral("Confirm TLS fingerprint"));
        QVERIFY(cell(confirm, TargetsModel::StatusColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("lxc info")));
        QCOMPARE(cell(confirm, TargetsModel::TypeColumn).toString(), QStringLiteral("Unknown"));
        QCOMPARE(
            cell(confirm, TargetsModel::TypeColumn, TargetsModel::SortRole).toString(), QString());
        QCOMPARE(cell(confirm, TargetsModel::FingerprintColumn).toString(),
            QStringLiteral("Not trusted yet"));
        QCOMPARE(cell(confirm, TargetsModel::FingerprintColumn, TargetsModel::SortRole).toString(),
            QString());

        const int changed = model.rowOfName(QStringLiteral("lxd03"));
        QCOMPARE(cell(changed, TargetsModel::StatusColumn).toString(),
            QStringLiteral("TLS error: certificate changed"));
        const QString tip = cell(changed, TargetsModel::StatusColumn, Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QStringLiteral("another certificate")));
        QVERIFY(tip.contains(QStringLiteral("The certificate of lxd03 has changed.")));

        QCOMPARE(
            cell(model.rowOfName(QStringLiteral("new")), TargetsModel::StatusColumn).toString(),
            QStringLiteral("Not checked yet"));
    }

    void busyUpdateAndRemove()
    {
        TargetsModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTargets(m_targets);
        const int row = model.rowOfName(QStringLiteral("lxd02"));
        const qint64 id = model.target(row)->id;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setBusy(id, QStringLiteral("Checking…"));
        QVERIFY(model.isBusy(id));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(row, TargetsModel::StatusColumn).data().toString(),
            QStringLiteral("Checking…"));
        // A reload keeps the busy text of a target that is still there.
        model.setTargets(m_targets);
        QVERIFY(model.isBusy(id));

        Target now = *model.target(row);
        now.connectivityStatus = connectivity::Ok;
        now.targetType = QStringLiteral("lxd");
        model.setBusy(id, {});
        model.updateTarget(now);
        QCOMPARE(
            model.index(row, TargetsModel::StatusColumn).data().toString(), QStringLiteral("OK"));
        QCOMPARE(
            model.index(row, TargetsModel::TypeColumn).data().toString(), QStringLiteral("lxd"));

        Target extra = makeTarget(QStringLiteral("extra"), connectivity::CannotConnect);
        extra.id = 999;
        model.updateTarget(extra);
        QCOMPARE(model.rowCount(), 5);
        model.removeTarget(999);
        model.removeTarget(12345); // unknown: nothing happens
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOfName(QStringLiteral("extra")), -1);
    }

    void inventoryTree()
    {
        TargetInventoryModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Target *ok = nullptr;
        for (const Target &t : std::as_const(m_targets))
            if (t.name == QLatin1String("incus01"))
                ok = &t;
        QVERIFY(ok);
        // What the page does: the cached JSON from the database, typed.
        model.setInventory(TargetInventory::fromJson(ok->inventory));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(TargetInventoryModel::ColumnCount));
        QCOMPARE(model.headerData(TargetInventoryModel::Ipv4Column, Qt::Horizontal).toString(),
            QStringLiteral("IPv4 Subnet"));

        const QModelIndex def = model.find(QStringLiteral("default"));
        QVERIFY(def.isValid());
        QCOMPARE(def.siblingAtColumn(TargetInventoryModel::TypeColumn).data().toString(),
            QStringLiteral("project"));
        QCOMPARE(def.siblingAtColumn(TargetInventoryModel::DetailsColumn).data().toString(),
            QStringLiteral("Default project"));
        QCOMPARE(model.rowCount(def), 4);
        QCOMPARE(model.rowCount(def.siblingAtColumn(1)), 0); // children only in column 0

        const QModelIndex pools = group(model, def, TargetInventoryModel::Kind::PoolGroup);
        QCOMPARE(pools.data().toString(), QStringLiteral("Storage pools (2)"));
        const QModelIndex zfs = model.find(QStringLiteral("default"), pools);
        QCOMPARE(zfs.siblingAtColumn(TargetInventoryModel::TypeColumn).data().toString(),
            QStringLiteral("zfs"));
        QCOMPARE(zfs.siblingAtColumn(TargetInventoryModel::DetailsColumn).data().toString(),
            QStringLiteral("Created, 2.00 GiB of 100.00 GiB used"));
        QCOMPARE(zfs.parent(), pools);
        QCOMPARE(model.find(QStringLiteral("fast"), pools)
                     .siblingAtColumn(TargetInventoryModel::DetailsColumn)
                     .data()
                     .toString(),
            QString()); // space unknown: listed without it

        const QModelIndex networks = group(model, def, TargetInventoryModel::Kind::NetworkGroup);
        QCOMPARE(networks.data().toString(), QStringLiteral("Networks (2)"));
        const QModelIndex bridge = model.find(QStringLiteral("incusbr0"), networks);
        QCOMPARE(bridge.siblingAtColumn(TargetInventoryModel::TypeColumn).data().toString(),
            QStringLiteral("bridge"));
        QCOMPARE(bridge.siblingAtColumn(TargetInventoryModel::ManagedColumn).data().toString(),
            QStringLiteral("yes"));
        QCOMPARE(bridge.siblingAtColumn(TargetInventoryModel::Ipv4Column).data().toString(),
            QStringLiteral("10.42.0.1/24"));
        QCOMPARE(bridge.siblingAtColumn(TargetInventoryModel::Ipv6Column).data().toString(),
            QStringLiteral("fd42::1/64"));
        const QModelIndex eth = model.find(QStringLiteral("eth0"), networks);
        QCOMPARE(eth.siblingAtColumn(TargetInventoryModel::ManagedColumn).data().toString(),
            QStringLiteral("no"));
        QVERIFY(eth.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not managed")));
        QCOMPARE(eth.data(TargetInventoryModel::ProjectRole).toString(), QStringLiteral("default"));

        const QModelIndex profiles = group(model, def, TargetInventoryModel::Kind::ProfileGroup);
        QCOMPARE(model.rowCount(profiles), 2);
        QCOMPARE(model.find(QStringLiteral("default"), profiles)
                     .siblingAtColumn(TargetInventoryModel::DetailsColumn)
                     .data()
                     .toString(),
            QStringLiteral("Default profile"));
        const QModelIndex instances = group(model, def, TargetInventoryModel::Kind::InstanceGroup);
        QCOMPARE(instances.data().toString(), QStringLiteral("Instances (1)"));
        QVERIFY(model.find(QStringLiteral("web01"), instances).isValid());

        const QModelIndex web = model.find(QStringLiteral("web"));
        QCOMPARE(web.siblingAtColumn(TargetInventoryModel::DetailsColumn).data().toString(),
            QStringLiteral("uses the default project's networks"));
        QCOMPARE(model.rowCount(group(model, web, TargetInventoryModel::Kind::PoolGroup)), 2);

        // Another target's inventory, then none.
        model.setInventory({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.find(QStringLiteral("default")).isValid());
    }
};

QTEST_MAIN(TestTargetsModel)
#include "test_targetsmodel.moc"
