#include "common/testdatabase.h"
#include "store/database.h"
#include "store/networkrepository.h"
#include "store/sourcerepository.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ferry;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

namespace {

Network makeNetwork(qint64 sourceId, const QString &moref, const QString &name)
{
    Network n;
    n.uuid = QStringLiteral("net-%1").arg(moref);
    n.sourceId = sourceId;
    n.sourceSpecificId = moref;
    n.location = QStringLiteral("/Rechenzentrum Süd/network/%1").arg(name);
    n.type = QStringLiteral("distributed");
    n.properties = QJsonObject {{QStringLiteral("vlan"), 42},
        {QStringLiteral("switch"), QStringLiteral("dvSwitch Ö")},
        {QStringLiteral("hosts"), QJsonArray {QStringLiteral("esx1"), QStringLiteral("esx2")}}};
    return n;
}

void compareNetworks(const Network &a, const Network &e)
{
    QCOMPARE(a.uuid, e.uuid);
    QCOMPARE(a.sourceId, e.sourceId);
    QCOMPARE(a.sourceSpecificId, e.sourceSpecificId);
    QCOMPARE(a.location, e.location);
    QCOMPARE(a.type, e.type);
    QCOMPARE(a.properties, e.properties);
    QCOMPARE(a.overrideNetwork, e.overrideNetwork);
    QCOMPARE(a.overrideNicType, e.overrideNicType);
    QCOMPARE(a.overrideVlan, e.overrideVlan);
    QCOMPARE(a.missingSince, e.missingSince);
}

} // namespace

class TestNetworkRepository final : public QObject
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
        QTest::newRow("ascii") << QStringLiteral("VM Network") << false;
        QTest::newRow("non-ascii with overrides") << QStringLiteral("Büro Netz 東京") << true;
    }

    void roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(bool, withOverrides);
        NetworkRepository repo(m_db);
        Network n = makeNetwork(m_source, QStringLiteral("dvportgroup-7"), name);
        if (withOverrides) {
            n.overrideNetwork = QStringLiteral("incusbr0 ü");
            n.overrideNicType = QStringLiteral("bridged");
            n.overrideVlan = QStringLiteral("100");
        }
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto id = repo.save(n);
        VERIFY_OK(id);
        auto loaded = repo.byId(*id);
        VERIFY_OK(loaded);
        compareNetworks(*loaded, n);
        QVERIFY(loaded->updatedAt >= before);
        VERIFY_OK(repo.byUuid(n.uuid));
        QCOMPARE(repo.byUuid(n.uuid)->id, *id);
        QCOMPARE(repo.bySourceSpecificId(m_source, n.sourceSpecificId)->id, *id);
    }

    void saveUpsertsKeepingUuidAndOverrides()
    {
        NetworkRepository repo(m_db);
        Network n = makeNetwork(m_source, QStringLiteral("network-1"), QStringLiteral("a"));
        auto id = repo.save(n);
        VERIFY_OK(id);
        VERIFY_OK(repo.setOverrides(
            *id, QStringLiteral("prod"), QStringLiteral("managed"), std::nullopt));

        Network again
            = makeNetwork(m_source, QStringLiteral("network-1"), QStringLiteral("renamed"));
        again.uuid.clear();
        again.type = QStringLiteral("standard");
        again.properties = {};
        auto second = repo.save(again);
        VERIFY_OK(second);
        QCOMPARE(*second, *id);
        auto loaded = repo.byId(*id);
        VERIFY_OK(loaded);
        QCOMPARE(loaded->uuid, n.uuid);
        QCOMPARE(loaded->location, again.location);
        QCOMPARE(loaded->type, QStringLiteral("standard"));
        QVERIFY(loaded->properties.isEmpty());
        QCOMPARE(loaded->overrideNetwork, std::optional<QString>(QStringLiteral("prod")));
        QCOMPARE(loaded->overrideNicType, std::optional<QString>(QStringLiteral("managed")));
        QVERIFY(!loaded->overrideVlan);
        QCOMPARE(repo.all()->size(), 1);
    }

    void overrides_data()
    {
        QTest::addColumn<bool>("network");
        QTest::addColumn<QString>("nicType");
        QTest::addColumn<bool>("vlan");
        QTest::newRow("nothing") << false << QString() << false;
        QTest::newRow("network only") << true << QString() << false;
        QTest::newRow("physical with vlan") << false << QStringLiteral("physical") << true;
        QTest::newRow("everything") << true << QStringLiteral("bridged") << true;
    }

    void overrides()
    {
        QFETCH(bool, network);
        QFETCH(QString, nicType);
        QFETCH(bool, vlan);
        NetworkRepository repo(m_db);
        auto id
            = repo.save(makeNetwork(m_source, QStringLiteral("network-2"), QStringLiteral("o")));
        VERIFY_OK(id);
        const std::optional<QString> net
            = network ? std::optional<QString>(QStringLiteral("uplink")) : std::nullopt;
        const std::optional<QString> type
            = nicType.isEmpty() ? std::nullopt : std::optional<QString>(nicType);
        const std::optional<QString> tag
            = vlan ? std::optional<QString>(QStringLiteral("")) : std::nullopt; // empty != unset
        VERIFY_OK(repo.setOverrides(*id, net, type, tag));
        auto loaded = repo.byId(*id);
        VERIFY_OK(loaded);
        QCOMPARE(loaded->overrideNetwork, net);
        QCOMPARE(loaded->overrideNicType, type);
        QCOMPARE(loaded->overrideVlan, tag);

        VERIFY_OK(repo.clearOverrides(*id));
        loaded = repo.byId(*id);
        VERIFY_OK(loaded);
        QVERIFY(!loaded->overrideNetwork);
        QVERIFY(!loaded->overrideNicType);
        QVERIFY(!loaded->overrideVlan);
    }

    void invalidNicTypeIsRefused()
    {
        NetworkRepository repo(m_db);
        auto id
            = repo.save(makeNetwork(m_source, QStringLiteral("network-3"), QStringLiteral("x")));
        VERIFY_OK(id);
        Status st = repo.setOverrides(*id, std::nullopt, QStringLiteral("macvlan"), std::nullopt);
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::InvalidInput);
        QVERIFY(st.error().message.contains(QStringLiteral("macvlan")));
        QCOMPARE(repo.setOverrides(*id + 7, std::nullopt, std::nullopt, std::nullopt).error().code,
            Error::Code::NotFound);
    }

    // The repository checks the mapping that results (validatePlacement), whoever writes.
    void invalidMappingIsRefused_data()
    {
        // A null string: no override.
        QTest::addColumn<QString>("network");
        QTest::addColumn<QString>("nicType");
        QTest::addColumn<QString>("vlan");
        QTest::addColumn<QString>("message");
        QTest::newRow("managed with a vlan")
            << QString() << QStringLiteral("managed") << QStringLiteral("10")
            << QStringLiteral("A VLAN can only be set with the bridged or macvlan NIC type.");
        QTest::newRow("empty network") << QStringLiteral("  ") << QString() << QString()
                                       << QStringLiteral("The target network is empty.");
    }
    void invalidMappingIsRefused()
    {
        QFETCH(QString, network);
        QFETCH(QString, nicType);
        QFETCH(QString, vlan);
        QFETCH(QString, message);
        const auto given = [](const QString &s) {
            return s.isNull() ? std::nullopt : std::optional<QString>(s);
        };
        NetworkRepository repo(m_db);
        auto id
            = repo.save(makeNetwork(m_source, QStringLiteral("network-5"), QStringLiteral("v")));
        VERIFY_OK(id);
        const Status st = repo.setOverrides(*id, given(network), given(nicType), given(vlan));
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::InvalidInput);
        QCOMPARE(st.error().message,
            QStringLiteral("%1: %2").arg(
                QString::fromUtf8("/Rechenzentrum Süd/network/v"), message));
        auto loaded = repo.byId(*id);
        QVERIFY(!loaded->overrideNetwork && !loaded->overrideNicType && !loaded->overrideVlan);
    }

    // Several mappings are one transaction: one invalid one and none is written.
    void severalMappingsAreOneTransaction()
    {
        NetworkRepository repo(m_db);
        auto a = repo.save(makeNetwork(m_source, QStringLiteral("network-6"), QStringLiteral("a")));
        auto b = repo.save(makeNetwork(m_source, QStringLiteral("network-7"), QStringLiteral("b")));
        VERIFY_OK(a);
        VERIFY_OK(b);
        Network good = *repo.byId(*a);
        good.overrideNetwork = QStringLiteral("uplink");
        Network bad = *repo.byId(*b);
        bad.overrideNicType = QStringLiteral("managed");
        bad.overrideVlan = QStringLiteral("7");
        const Status st = repo.setOverrides(QVector<Network> {good, bad});
        QVERIFY(!st);
        QVERIFY(st.error().message.contains(QStringLiteral("/network/b: ")));
        QVERIFY(!repo.byId(*a)->overrideNetwork);
        bad.overrideVlan.reset();
        VERIFY_OK(repo.setOverrides(QVector<Network> {good, bad}));
        QCOMPARE(repo.byId(*a)->overrideNetwork.value_or(QString()), QStringLiteral("uplink"));
        QCOMPARE(repo.byId(*b)->overrideNicType.value_or(QString()), QStringLiteral("managed"));
        Network unknown;
        unknown.id = *b + 100;
        QCOMPARE(repo.setOverrides(QVector<Network> {unknown}).error().code, Error::Code::NotFound);
    }

    void duplicateUuidIsAlreadyExists()
    {
        NetworkRepository repo(m_db);
        Network a = makeNetwork(m_source, QStringLiteral("network-1"), QStringLiteral("a"));
        Network b = makeNetwork(m_source, QStringLiteral("network-2"), QStringLiteral("b"));
        b.uuid = a.uuid;
        auto saved = repo.saveAll({a, b});
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, Error::Code::AlreadyExists);
        QVERIFY(repo.all()->isEmpty()); // one transaction
    }

    void unknownSourceIsNotFound()
    {
        auto saved = NetworkRepository(m_db).save(
            makeNetwork(m_source + 99, QStringLiteral("network-1"), QStringLiteral("a")));
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, Error::Code::NotFound);
    }

    void queriesAndMarkMissing()
    {
        const qint64 other = addSource(QStringLiteral("other"));
        NetworkRepository repo(m_db);
        auto ids = repo.saveAll({makeNetwork(m_source, QStringLiteral("n1"), QStringLiteral("1")),
            makeNetwork(m_source, QStringLiteral("n2"), QStringLiteral("2")),
            makeNetwork(m_source, QStringLiteral("n3"), QStringLiteral("3")),
            makeNetwork(other, QStringLiteral("n4"), QStringLiteral("4"))});
        VERIFY_OK(ids);
        QCOMPARE(ids->size(), 4);
        QCOMPARE(repo.bySource(m_source)->size(), 3);
        QCOMPARE(repo.bySource(other)->size(), 1);
        QCOMPARE(repo.all()->size(), 4);
        QCOMPARE(repo.byUuid(QStringLiteral("missing")).error().code, Error::Code::NotFound);

        auto marked = repo.markMissing(m_source, {QStringLiteral("n2")});
        VERIFY_OK(marked);
        QCOMPARE(*marked, 2);
        QVERIFY(repo.byId(ids->at(0))->missingSince.isValid());
        QVERIFY(!repo.byId(ids->at(1))->missingSince.isValid());
        QVERIFY(repo.byId(ids->at(2))->missingSince.isValid());
        QVERIFY(!repo.byId(ids->at(3))->missingSince.isValid());
        QCOMPARE(*repo.markMissing(m_source, {QStringLiteral("n2")}), 0);
    }

    void removingSourceCascades()
    {
        NetworkRepository repo(m_db);
        auto id = repo.save(makeNetwork(m_source, QStringLiteral("n1"), QStringLiteral("1")));
        VERIFY_OK(id);
        VERIFY_OK(SourceRepository(m_db).remove(m_source));
        QCOMPARE(repo.byId(*id).error().code, Error::Code::NotFound);
    }

    void remove()
    {
        NetworkRepository repo(m_db);
        auto id = repo.save(makeNetwork(m_source, QStringLiteral("n1"), QStringLiteral("1")));
        VERIFY_OK(id);
        VERIFY_OK(repo.remove(*id));
        QCOMPARE(repo.remove(*id).error().code, Error::Code::NotFound);
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

    std::unique_ptr<QTemporaryDir> m_dir;
    ferry::test::TestDatabase m_testDb;
    std::shared_ptr<Database> m_db;
    qint64 m_source = 0;
};

QTEST_GUILESS_MAIN(TestNetworkRepository)
#include "test_networkrepository.moc"
