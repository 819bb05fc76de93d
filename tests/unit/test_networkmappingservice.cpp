// NetworkMappingService, what ferry's Networks page and ferryctl network update write through:
// the networks as stored after a save, a refused mapping (the repository's check, nothing
// written), a reset to the default mapping.
#include "inventory/networkmapping.h"
#include "inventory/networkmappingservice.h"
#include "store/database.h"
#include "store/networkrepository.h"
#include "store/sourcerepository.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ferry;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

class TestNetworkMappingService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto db = Database::open(m_dir->filePath(QStringLiteral("ferry.db")));
        VERIFY_OK(db);
        m_db = *db;
        Source s;
        s.name = QStringLiteral("vcenter");
        s.endpoint = QStringLiteral("https://vcenter.example");
        auto source = SourceRepository(m_db).insert(s);
        VERIFY_OK(source);
        Network vm;
        vm.sourceId = *source;
        vm.sourceSpecificId = QStringLiteral("network-1");
        vm.location = QStringLiteral("/DC0/network/VM Network");
        Network dv = vm;
        dv.sourceSpecificId = QStringLiteral("dvportgroup-2");
        dv.location = QStringLiteral("/DC0/network/Prod VLAN 42");
        dv.type = QStringLiteral("distributed");
        dv.properties = QJsonObject {{QStringLiteral("vlan_id"), QStringLiteral("42")}};
        auto ids = NetworkRepository(m_db).saveAll({vm, dv});
        VERIFY_OK(ids);
        m_vm = ids->at(0);
        m_dv = ids->at(1);
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void saveReturnsTheStoredNetworks()
    {
        Network a = *NetworkRepository(m_db).byId(m_vm);
        a.overrideNetwork = QStringLiteral("br-prod");
        a.overrideNicType = QStringLiteral("bridged");
        a.overrideVlan = QStringLiteral("10");
        Network b = *NetworkRepository(m_db).byId(m_dv);
        b.overrideNetwork = QStringLiteral("uplink");
        auto saved = NetworkMappingService(m_db).save(QVector<Network> {a, b});
        VERIFY_OK(saved);
        QCOMPARE(saved->size(), 2);
        const NetworkPlacement pa = effectivePlacement(saved->at(0));
        QCOMPARE(pa.network, QStringLiteral("br-prod"));
        QCOMPARE(pa.nicType, QStringLiteral("bridged"));
        QCOMPARE(pa.vlan, QStringLiteral("10"));
        const NetworkPlacement pb = effectivePlacement(saved->at(1));
        QCOMPARE(pb.network, QStringLiteral("uplink"));
        QCOMPARE(pb.nicType, QStringLiteral("bridged"));
        QCOMPARE(pb.vlan, QStringLiteral("42"));
    }

    void invalidMappingIsRefusedAndNothingWritten()
    {
        Network a = *NetworkRepository(m_db).byId(m_vm);
        a.overrideNetwork = QStringLiteral("lxdbr1");
        // A VLAN needs bridged or macvlan.
        Network b = *NetworkRepository(m_db).byId(m_dv);
        b.overrideNicType = QStringLiteral("managed");
        b.overrideVlan = QStringLiteral("42");
        auto saved = NetworkMappingService(m_db).save(QVector<Network> {a, b});
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, Error::Code::InvalidInput);
        QCOMPARE(saved.error().message,
            QStringLiteral("/DC0/network/Prod VLAN 42: A VLAN can only be set with the bridged "
                           "or macvlan NIC type."));
        QVERIFY(!NetworkRepository(m_db).byId(m_vm)->overrideNetwork);
        // An unknown NIC type is refused too.
        a.overrideNicType = QStringLiteral("macvlan");
        QCOMPARE(NetworkMappingService(m_db).save(a).error().code, Error::Code::InvalidInput);
    }

    void resetGoesBackToTheDefault()
    {
        Network a = *NetworkRepository(m_db).byId(m_dv);
        a.overrideNetwork = QStringLiteral("uplink");
        a.overrideNicType = QStringLiteral("bridged");
        VERIFY_OK(NetworkMappingService(m_db).save(a));
        auto reset = NetworkMappingService(m_db).reset(m_dv);
        VERIFY_OK(reset);
        QVERIFY(!reset->overrideNetwork && !reset->overrideNicType && !reset->overrideVlan);
        QCOMPARE(effectivePlacement(*reset).network, QStringLiteral("Prod-VLAN-42"));
        QCOMPARE(NetworkMappingService(m_db).reset(m_dv + 50).error().code, Error::Code::NotFound);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_vm = 0;
    qint64 m_dv = 0;
};

QTEST_GUILESS_MAIN(TestNetworkMappingService)
#include "test_networkmappingservice.moc"
