#include "common/clock.h"
#include "common/testdatabase.h"
#include "store/artifactrepository.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ferry;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

namespace {

Artifact makeArtifact(const QString &type, const QString &description)
{
    Artifact a;
    a.uuid = QStringLiteral("0f8e2d9c-7f5e-4e36-9f7b-%1")
                 .arg(qHash(type + QLatin1Char('/') + description) & Q_UINT64_C(0xffffffffffff), 12,
                     16, QLatin1Char('0'));
    a.type = type;
    a.description = description;
    a.os = QStringLiteral("windows");
    a.architectures = {QStringLiteral("x86_64"), QStringLiteral("aarch64")};
    a.versions = {QStringLiteral("2019"), QStringLiteral("2022")};
    a.sourceType = QStringLiteral("vmware");
    a.files = {QStringLiteral("virtio win 0.1.262.iso"), QStringLiteral("Treiber/ü.inf")};
    a.path = QStringLiteral("/var/lib/ferry/artifacts/") + description + QStringLiteral(".iso");
    a.sha256 = QStringLiteral("ab").repeated(32);
    a.sizeBytes = Q_INT64_C(754974720) * 4; // more than 32 bits
    a.addedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30, 15, 250), Qt::UTC);
    a.drivers = {QStringLiteral("viostor"), QStringLiteral("NetKVM")};
    return a;
}

void compareArtifacts(const Artifact &a, const Artifact &e)
{
    QCOMPARE(a.uuid, e.uuid);
    QCOMPARE(a.type, e.type);
    QCOMPARE(a.description, e.description);
    QCOMPARE(a.os, e.os);
    QCOMPARE(a.architectures, e.architectures);
    QCOMPARE(a.versions, e.versions);
    QCOMPARE(a.sourceType, e.sourceType);
    QCOMPARE(a.files, e.files);
    QCOMPARE(a.path, e.path);
    QCOMPARE(a.sha256, e.sha256);
    QCOMPARE(a.sizeBytes, e.sizeBytes);
    QCOMPARE(a.addedAt, e.addedAt);
    QCOMPARE(a.drivers, e.drivers);
}

} // namespace

class TestArtifactRepository final : public QObject
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
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("description");
        QTest::addColumn<bool>("emptyLists");
        QTest::newRow("driver") << QStringLiteral("driver") << QStringLiteral("VirtIO drivers")
                                << false;
        QTest::newRow("non-ascii")
            << QStringLiteral("sdk") << QStringLiteral("VDDK für Köln 東京") << false;
        QTest::newRow("empty lists") << QStringLiteral("os-image") << QString() << true;
    }

    void roundTrip()
    {
        QFETCH(QString, type);
        QFETCH(QString, description);
        QFETCH(bool, emptyLists);
        ArtifactRepository repo(m_db);
        Artifact a = makeArtifact(type, description);
        if (emptyLists) {
            a.architectures.clear();
            a.versions.clear();
            a.files.clear();
        }
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto id = repo.insert(a);
        VERIFY_OK(id);
        auto loaded = repo.byId(*id);
        VERIFY_OK(loaded);
        QCOMPARE(loaded->id, *id);
        compareArtifacts(*loaded, a);
        QVERIFY(loaded->lastUpdated >= before);
        auto byUuid = repo.byUuid(a.uuid);
        VERIFY_OK(byUuid);
        QCOMPARE(byUuid->id, *id);
    }

    void emptyUuidGetsOne()
    {
        ArtifactRepository repo(m_db);
        Artifact a = makeArtifact(QStringLiteral("driver"), QStringLiteral("x"));
        a.uuid.clear();
        auto id = repo.insert(a);
        VERIFY_OK(id);
        QCOMPARE(repo.byId(*id)->uuid.size(), 36);
        QVERIFY(repo.byId(*id)->uuid
            != makeArtifact(QStringLiteral("driver"), QStringLiteral("x")).uuid);
    }

    void duplicateUuidIsAlreadyExists()
    {
        ArtifactRepository repo(m_db);
        const Artifact a = makeArtifact(QStringLiteral("driver"), QStringLiteral("x"));
        VERIFY_OK(repo.insert(a));
        auto again = repo.insert(a);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::AlreadyExists);
        QVERIFY(again.error().message.contains(a.uuid));
    }

    void typeIsRequired()
    {
        Artifact a = makeArtifact(QString(), QStringLiteral("x"));
        auto id = ArtifactRepository(m_db).insert(a);
        QVERIFY(!id);
        QCOMPARE(id.error().code, Error::Code::InvalidInput);
    }

    void updateAndQueries()
    {
        ArtifactRepository repo(m_db);
        auto driver = repo.insert(makeArtifact(QStringLiteral("driver"), QStringLiteral("b")));
        VERIFY_OK(driver);
        VERIFY_OK(repo.insert(makeArtifact(QStringLiteral("sdk"), QStringLiteral("a"))));
        VERIFY_OK(repo.insert(makeArtifact(QStringLiteral("driver"), QStringLiteral("a"))));

        Artifact changed = *repo.byId(*driver);
        const QDateTime stamped = changed.lastUpdated;
        const QString uuid = changed.uuid;
        changed.description = QStringLiteral("neu");
        changed.files = {QStringLiteral("new file.iso")};
        changed.architectures.clear();
        QVERIFY(ferry::test::waitForNextMillisecond());
        VERIFY_OK(repo.update(changed));
        auto loaded = repo.byId(*driver);
        VERIFY_OK(loaded);
        compareArtifacts(*loaded, changed);
        QCOMPARE(loaded->uuid, uuid);
        QVERIFY(loaded->lastUpdated > stamped);

        auto drivers = repo.byType(QStringLiteral("driver"));
        VERIFY_OK(drivers);
        QCOMPARE(drivers->size(), 2);
        QCOMPARE(drivers->at(0).description, QStringLiteral("a"));
        QCOMPARE(drivers->at(1).description, QStringLiteral("neu"));
        QCOMPARE(repo.all()->size(), 3);
        QCOMPARE(repo.bySha256(QStringLiteral("AB").repeated(32))->size(), 3);
        QVERIFY(repo.bySha256(QStringLiteral("cd").repeated(32))->isEmpty());
        QCOMPARE(repo.byUuid(QStringLiteral("nope")).error().code, Error::Code::NotFound);

        changed.id = *driver + 100;
        QCOMPARE(repo.update(changed).error().code, Error::Code::NotFound);
        VERIFY_OK(repo.remove(*driver));
        QCOMPARE(repo.byId(*driver).error().code, Error::Code::NotFound);
        QCOMPARE(repo.remove(*driver).error().code, Error::Code::NotFound);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ferry::test::TestDatabase m_testDb;
    std::shared_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestArtifactRepository)
#include "test_artifactrepository.moc"
