// ferryctl's faces of the core's rules, as a process against a prepared database:
// `instance override` (the name rule of ferry's overrides dialog), `network update` (the
// repository's mapping check, nothing written when refused) and `queue cancel|retry|resolve`
// (engine::QueueActions: what each writes and what each refuses).
#include "common/processrun.h"
#include "common/queuestatustest.h"
#include "inventory/instanceoverrides.h"
#include "model/batch.h"
#include "model/queueentry.h"
#include "store/batchrepository.h"
#include "store/queuerepository.h"
#include "test_batchsupport.h"
#include "util/paths.h"

#include <QtTest>

using namespace ferry;
using namespace ferry::test;

class TestInventoryCommands final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_instance = 0;
    qint64 m_network = 0;
    qint64 m_entry = 0;

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    ferry::test::ProcessRun ferryctl(const QStringList &args)
    {
        return ferry::test::runFerryctl(dataDir(), args);
    }

    void setStatus(QueueStatus status)
    {
        QVERIFY(m_db->exec(QStringLiteral("UPDATE queue_entries SET status = ?, retry_count = 1 "
                                          "WHERE id = ?"),
                        {queuestatus::wireName(status), m_entry})
                    .ok());
    }
    QueueEntry entry() const { return *QueueRepository(m_db).byId(m_entry); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(dataDir()).removeRecursively();
        QVERIFY(QDir().mkpath(dataDir()));
        auto db = Database::open(databaseFile(dataDir()));
        VERIFY_OK(db);
        m_db = *db;
        Source s;
        s.name = QStringLiteral("vc01");
        s.endpoint = QStringLiteral("https://127.0.0.1/sdk");
        auto source = SourceRepository(m_db).insert(s);
        VERIFY_OK(source);
        Network n;
        n.sourceId = *source;
        n.sourceSpecificId = QStringLiteral("network-7");
        n.location = QStringLiteral("/DC0/network/VM Network");
        auto network = NetworkRepository(m_db).save(n);
        VERIFY_OK(network);
        m_network = *network;
        Instance vm = goodInstance(QStringLiteral("web01"), m_network);
        vm.sourceId = *source;
        auto instance = InstanceRepository(m_db).save(vm);
        VERIFY_OK(instance);
        m_instance = *instance;
        Batch b;
        b.name = QStringLiteral("wave1");
        auto batch = BatchRepository(m_db).insert(b);
        VERIFY_OK(batch);
        QueueEntry e;
        e.batchId = *batch;
        e.instanceId = m_instance;
        e.status = QueueStatus::Waiting;
        auto id = QueueRepository(m_db).insert(e);
        VERIFY_OK(id);
        m_entry = *id;
    }

    void cleanup() { m_db.reset(); }

    // A NIC's new guest address: set, shown, refused when it does not fit the VM, cleared.
    void overrideNicAddress()
    {
        const Instance vm = *InstanceRepository(m_db).byId(m_instance);
        QVERIFY(!vm.nics.isEmpty());
        const QString mac = vm.nics.first().hardwareAddress;
        const QString location = vm.location;
        auto r = ferryctl({QStringLiteral("instance"), QStringLiteral("override"), location,
            QStringLiteral("--nic"), mac, QStringLiteral("--ipv4"),
            QStringLiteral("198.51.100.20/24"), QStringLiteral("--gateway"),
            QStringLiteral("198.51.100.1"), QStringLiteral("--dns"),
            QStringLiteral("198.51.100.53,198.51.100.54")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        auto set = nicAddressOverrides(InstanceRepository(m_db).byId(m_instance)->overrides);
        QCOMPARE(set.size(), 1);
        QCOMPARE(set.first().ipv4, QStringLiteral("198.51.100.20/24"));
        QCOMPARE(set.first().dns.size(), 2);
        r = ferryctl({QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("instance"), QStringLiteral("show"), location});
        QVERIFY2(r.out.contains(QStringLiteral("\"nic_addresses\"")), qPrintable(r.out));
        // Refused, and nothing written: a gateway outside the subnet, another VM's MAC, flags
        // without --nic.
        for (const QStringList &bad :
            {QStringList {QStringLiteral("--nic"), mac, QStringLiteral("--ipv4"),
                 QStringLiteral("10.0.0.5/24"), QStringLiteral("--gateway"),
                 QStringLiteral("192.0.2.1")},
                QStringList {QStringLiteral("--nic"), QStringLiteral("00:11:22:33:44:55"),
                    QStringLiteral("--ipv4"), QStringLiteral("10.0.0.5/24")},
                QStringList {QStringLiteral("--ipv4"), QStringLiteral("10.0.0.5/24")},
                QStringList {QStringLiteral("--nic"), mac}}) {
            r = ferryctl(
                QStringList {QStringLiteral("instance"), QStringLiteral("override"), location}
                + bad);
            QVERIFY2(r.exitCode != 0, qPrintable(bad.join(QLatin1Char(' '))));
            QCOMPARE(nicAddressOverrides(InstanceRepository(m_db).byId(m_instance)->overrides)
                         .first()
                         .ipv4,
                QStringLiteral("198.51.100.20/24"));
        }
        r = ferryctl({QStringLiteral("instance"), QStringLiteral("override"), location,
            QStringLiteral("--nic"), mac, QStringLiteral("--ipv4"), QString()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY(
            nicAddressOverrides(InstanceRepository(m_db).byId(m_instance)->overrides).isEmpty());
    }

    // The name rule of ferry's overrides dialog; nothing is written when it is refused.
    void overrideNameIsChecked_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("spaces") << QStringLiteral("web 01 (prod)");
        QTest::newRow("leading hyphen") << QStringLiteral("-web");
        QTest::newRow("digits only") << QStringLiteral("1234");
        QTest::newRow("too long") << QStringLiteral("a").repeated(64);
    }
    void overrideNameIsChecked()
    {
        QFETCH(QString, name);
        const QString location = InstanceRepository(m_db).byId(m_instance)->location;
        auto r = ferryctl({QStringLiteral("instance"), QStringLiteral("override"), location,
            QStringLiteral("--name"), name, QStringLiteral("--cpus"), QStringLiteral("8")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be a host name on the target")),
            qPrintable(r.err));
        auto vm = InstanceRepository(m_db).byId(m_instance);
        QVERIFY(!vm->overrides.name);
        QVERIFY(!vm->overrides.cpus);

        r = ferryctl({QStringLiteral("instance"), QStringLiteral("override"), location,
            QStringLiteral("--name"), QStringLiteral("web-01")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(InstanceRepository(m_db).byId(m_instance)->overrides.name.value_or(QString()),
            QStringLiteral("web-01"));
        // An empty name still clears the override.
        r = ferryctl({QStringLiteral("instance"), QStringLiteral("override"), location,
            QStringLiteral("--name"), QString()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!InstanceRepository(m_db).byId(m_instance)->overrides.name);
    }

    void networkUpdateIsChecked()
    {
        const QString location = QStringLiteral("/DC0/network/VM Network");
        auto r = ferryctl({QStringLiteral("network"), QStringLiteral("update"), location,
            QStringLiteral("--target-network"), QStringLiteral("br0"), QStringLiteral("--vlan"),
            QStringLiteral("10")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral(
                     "/DC0/network/VM Network: A VLAN can only be set with the bridged or "
                     "macvlan NIC type.")),
            qPrintable(r.err));
        QVERIFY(!NetworkRepository(m_db).byId(m_network)->overrideNetwork);
        r = ferryctl({QStringLiteral("network"), QStringLiteral("update"), location,
            QStringLiteral("--target-network"), QStringLiteral("br0"), QStringLiteral("--nictype"),
            QStringLiteral("bridged"), QStringLiteral("--vlan"), QStringLiteral("10")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto n = NetworkRepository(m_db).byId(m_network);
        QCOMPARE(n->overrideNetwork.value_or(QString()), QStringLiteral("br0"));
        QCOMPARE(n->overrideVlan.value_or(QString()), QStringLiteral("10"));
    }

    void queueActions()
    {
        const QString name = QStringLiteral("web01");
        // Waiting: not retried, not resolved.
        auto r = ferryctl({QStringLiteral("queue"), QStringLiteral("retry"), name});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral(
                     "web01 is Waiting; only entries in Error, Canceled or Conflict can be "
                     "retried.")),
            qPrintable(r.err));
        r = ferryctl({QStringLiteral("queue"), QStringLiteral("resolve"), name});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("only entries in Conflict can be resolved")));

        r = ferryctl({QStringLiteral("queue"), QStringLiteral("cancel"), name,
            QStringLiteral("--keep-leftovers")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("web01 canceled."));
        QCOMPARE(entry().status, QueueStatus::Canceled);
        QVERIFY(entry().keepLeftovers);
        r = ferryctl({QStringLiteral("queue"), QStringLiteral("cancel"), name});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("web01 is Canceled and cannot be canceled.")));

        r = ferryctl({QStringLiteral("queue"), QStringLiteral("retry"), name});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("web01 is waiting again."));
        QCOMPARE(entry().status, QueueStatus::Waiting);
        QCOMPARE(entry().statusMessage, QStringLiteral("Retry requested"));
        QCOMPARE(entry().retryCount, 0);

        setStatus(QueueStatus::Conflict);
        r = ferryctl({QStringLiteral("queue"), QStringLiteral("resolve"), name});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(entry().status, QueueStatus::Waiting);
        QCOMPARE(entry().retryCount, 1);

        r = ferryctl({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("queue"),
            QStringLiteral("show"), name});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(
            r.out.contains(QStringLiteral("\"migration_status\": \"Waiting\"")), qPrintable(r.out));
        r = ferryctl({QStringLiteral("queue"), QStringLiteral("cancel"), QStringLiteral("nobody")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("No queue entry for nobody.")));
    }
};

QTEST_GUILESS_MAIN(TestInventoryCommands)
#include "test_inventorycommands.moc"
