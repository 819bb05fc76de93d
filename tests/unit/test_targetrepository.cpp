#include "common/testdatabase.h"
#include "store/batchrepository.h"
#include "store/database.h"
#include "store/targetrepository.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ferry;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

namespace {

const QDateTime kInventoryAt(QDate(2025, 12, 1), QTime(1, 2, 3, 456), Qt::UTC);

Target makeTarget(const QString &name)
{
    Target t;
    t.name = name;
    t.targetType = QStringLiteral("incus");
    t.endpoint = QStringLiteral("https://[::1]:8443");
    t.authType = QStringLiteral("oidc");
    t.clientCertPem
        = QStringLiteral("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    t.secretRef = QStringLiteral("target:%1").arg(name);
    t.importLimit = 7;
    t.createLimit = 3;
    t.connectionTimeoutMs = 123456;
    t.cert.trustedPem = QStringLiteral("trusted pem");
    t.cert.trustedSha256 = QStringLiteral("aa11");
    t.cert.seenPem = QStringLiteral("seen pem");
    t.cert.seenSha256 = QStringLiteral("bb22");
    t.connectivityStatus = connectivity::Ok;
    t.statusDetail = QStringLiteral("fine");
    t.serverVersion = QStringLiteral("6.0");
    t.apiExtensions = {QStringLiteral("instance_import"), QStringLiteral("storage_volumes_all")};
    t.inventory = QJsonObject {{QStringLiteral("projects"),
                                   QJsonArray {QStringLiteral("default"), QStringLiteral("prod")}},
        {QStringLiteral("pools"), QJsonArray {QStringLiteral("löcal pool")}}};
    t.inventoryAt = kInventoryAt;
    return t;
}

void compareTargets(const Target &actual, const Target &expected)
{
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.targetType, expected.targetType);
    QCOMPARE(actual.endpoint, expected.endpoint);
    QCOMPARE(actual.authType, expected.authType);
    QCOMPARE(actual.clientCertPem, expected.clientCertPem);
    QCOMPARE(actual.secretRef, expected.secretRef);
    QCOMPARE(actual.importLimit, expected.importLimit);
    QCOMPARE(actual.createLimit, expected.createLimit);
    QCOMPARE(actual.connectionTimeoutMs, expected.connectionTimeoutMs);
    QCOMPARE(actual.cert.trustedPem, expected.cert.trustedPem);
    QCOMPARE(actual.cert.trustedSha256, expected.cert.trustedSha256);
    QCOMPARE(actual.cert.seenPem, expected.cert.seenPem);
    QCOMPARE(actual.cert.seenSha256, expected.cert.seenSha256);
    QCOMPARE(actual.connectivityStatus, expected.connectivityStatus);
    QCOMPARE(actual.statusDetail, expected.statusDetail);
    QCOMPARE(actual.serverVersion, expected.serverVersion);
    QCOMPARE(actual.apiExtensions, expected.apiExtensions);
    QCOMPARE(actual.inventory, expected.inventory);
    QCOMPARE(actual.inventoryAt, expected.inventoryAt);
}

} // namespace

class TestTargetRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        FERRY_OPEN_TEST_DATABASE(
            m_testDb, m_dir->filePath(QStringLiteral("data dir/ferry.db")), m_db);
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
        QTest::addColumn<bool>("withInventory");
        QTest::newRow("ascii") << QStringLiteral("lab") << true;
        QTest::newRow("spaces and non-ascii") << QStringLiteral("Zielserver Köln – 東京 1") << true;
        QTest::newRow("no inventory yet") << QStringLiteral("fresh") << false;
    }

    void roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(bool, withInventory);
        TargetRepository repo(m_db);
        Target t = makeTarget(name);
        if (!withInventory) {
            t.inventory = {};
            t.inventoryAt = {};
            t.apiExtensions = {};
        }
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto id = repo.insert(t);
        VERIFY_OK(id);
        QVERIFY(*id > 0);

        auto byId = repo.byId(*id);
        VERIFY_OK(byId);
        compareTargets(*byId, t);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(byId->id, *id);
        QVERIFY(byId->createdAt >= before);
        QCOMPARE(byId->updatedAt, byId->createdAt);
        QCOMPARE(byId->inventoryAt.isValid(), withInventory);

        auto byName = repo.byName(name);
        VERIFY_OK(byName);
        QCOMPARE(byName->id, *id);
    }

    void duplicateNameIsAlreadyExists()
    {
        TargetRepository repo(m_db);
        auto first = repo.insert(makeTarget(QStringLiteral("Zïel")));
        VERIFY_OK(first);
        auto second = repo.insert(makeTarget(QStringLiteral("Zïel")));
        QVERIFY(!second);
        QCOMPARE(second.error().code, Error::Code::AlreadyExists);
        QVERIFY2(second.error().message.contains(QStringLiteral("Zïel")),
            qPrintable(second.error().message));

        auto other = repo.insert(makeTarget(QStringLiteral("other")));
        VERIFY_OK(other);
        Target renamed = *repo.byId(*other);
        renamed.name = QStringLiteral("Zïel");
        Status st = repo.update(renamed);
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::AlreadyExists);
        QCOMPARE(repo.byId(*other)->name, QStringLiteral("other"));
    }

    void updateWritesEveryField()
    {
        TargetRepository repo(m_db);
        auto id = repo.insert(makeTarget(QStringLiteral("a")));
        VERIFY_OK(id);
        Target t = makeTarget(QStringLiteral("b renamed"));
        t.id = *id;
        t.targetType = QStringLiteral("lxd");
        t.authType = QStringLiteral("tls");
        t.importLimit = 0;
        t.createLimit = 99;
        t.apiExtensions = {QStringLiteral("x")};
        t.inventory = QJsonObject {{QStringLiteral("networks"), QJsonArray {}}};
        t.inventoryAt = {};
        VERIFY_OK(repo.update(t));
        auto loaded = repo.byId(*id);
        VERIFY_OK(loaded);
        compareTargets(*loaded, t);
    }

    void setInventoryLeavesOtherFields()
    {
        TargetRepository repo(m_db);
        const Target t = makeTarget(QStringLiteral("inv"));
        auto id = repo.insert(t);
        VERIFY_OK(id);
        const QJsonObject inventory {
            {QStringLiteral("instances"), QJsonArray {QStringLiteral("vm 1")}}};
        const QDateTime at = kInventoryAt.addDays(3);
        VERIFY_OK(repo.setInventory(*id, inventory, at));
        Target expected = t;
        expected.inventory = inventory;
        expected.inventoryAt = at;
        compareTargets(*repo.byId(*id), expected);

        Status missing = repo.setInventory(*id + 100, inventory, at);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }

    void negativeLimitIsInvalidInput()
    {
        TargetRepository repo(m_db);
        Target t = makeTarget(QStringLiteral("bad"));
        t.importLimit = -1;
        auto id = repo.insert(t);
        QVERIFY(!id);
        QCOMPARE(id.error().code, Error::Code::InvalidInput);
    }

    void removeAndNotFound()
    {
        TargetRepository repo(m_db);
        auto id = repo.insert(makeTarget(QStringLiteral("gone")));
        VERIFY_OK(id);
        VERIFY_OK(repo.remove(*id));
        QCOMPARE(repo.byId(*id).error().code, Error::Code::NotFound);
        QCOMPARE(repo.byName(QStringLiteral("gone")).error().code, Error::Code::NotFound);
        QCOMPARE(repo.remove(*id).error().code, Error::Code::NotFound);
        Target t = makeTarget(QStringLiteral("gone"));
        t.id = *id;
        QCOMPARE(repo.update(t).error().code, Error::Code::NotFound);
    }

    void removeDefaultTargetOfBatchIsConflict()
    {
        TargetRepository repo(m_db);
        auto id = repo.insert(makeTarget(QStringLiteral("used")));
        VERIFY_OK(id);
        Batch b;
        b.name = QStringLiteral("wave 1");
        b.defaultTargetId = *id;
        VERIFY_OK(BatchRepository(m_db).insert(b));
        Status st = repo.remove(*id);
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::Conflict);
        VERIFY_OK(repo.byId(*id));
    }

    void allIsOrderedByName()
    {
        TargetRepository repo(m_db);
        for (const QString &n :
            {QStringLiteral("zulu"), QStringLiteral("alpha"), QStringLiteral("mike")})
            VERIFY_OK(repo.insert(makeTarget(n)));
        auto all = repo.all();
        VERIFY_OK(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).name, QStringLiteral("alpha"));
        QCOMPARE(all->at(1).name, QStringLiteral("mike"));
        QCOMPARE(all->at(2).name, QStringLiteral("zulu"));
        compareTargets(all->at(2), makeTarget(QStringLiteral("zulu")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ferry::test::TestDatabase m_testDb;
    std::shared_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestTargetRepository)
#include "test_targetrepository.moc"
