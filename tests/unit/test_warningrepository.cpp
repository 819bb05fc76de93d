#include "common/clock.h"
#include "common/testdatabase.h"
#include "store/database.h"
#include "store/warningrepository.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ferry;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

namespace {

Warning makeWarning(const QString &entity, const QStringList &messages)
{
    Warning w;
    w.scope = QStringLiteral("sync");
    w.entityType = QStringLiteral("source");
    w.entity = entity;
    w.type = QStringLiteral("Instances partially imported");
    w.messages = messages;
    return w;
}

} // namespace

class TestWarningRepository final : public QObject
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

    void firstOccurrence()
    {
        WarningRepository repo(m_db);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const Warning w = makeWarning(QStringLiteral("vCenter Köln"),
            {QStringLiteral("VM „db 1“ has a shared disk"), QStringLiteral("zweite Meldung")});
        auto stored = repo.upsert(w);
        VERIFY_OK(stored);
        QVERIFY(stored->id > 0);
        QCOMPARE(stored->uuid.size(), 36);
        QCOMPARE(stored->status, QStringLiteral("new"));
        QCOMPARE(stored->scope, w.scope);
        QCOMPARE(stored->entityType, w.entityType);
        QCOMPARE(stored->entity, w.entity);
        QCOMPARE(stored->type, w.type);
        QCOMPARE(stored->messages, w.messages);
        QCOMPARE(stored->count, 1);
        QVERIFY(stored->firstSeen >= before);
        QCOMPARE(stored->lastSeen, stored->firstSeen);
        auto byUuid = repo.byUuid(stored->uuid);
        VERIFY_OK(byUuid);
        QCOMPARE(byUuid->id, stored->id);
    }

    void repeatsCountInsteadOfAddingRows()
    {
        WarningRepository repo(m_db);
        auto first = repo.upsert(
            makeWarning(QStringLiteral("vc"), {QStringLiteral("a"), QStringLiteral("b")}));
        VERIFY_OK(first);
        QVERIFY(ferry::test::waitForNextMillisecond());
        auto second = repo.upsert(
            makeWarning(QStringLiteral("vc"), {QStringLiteral("b"), QStringLiteral("c")}));
        VERIFY_OK(second);
        QCOMPARE(second->id, first->id);
        QCOMPARE(second->uuid, first->uuid);
        QCOMPARE(second->count, 2);
        QCOMPARE(second->messages,
            (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(second->firstSeen, first->firstSeen);
        QVERIFY(second->lastSeen > first->lastSeen);
        auto third = repo.upsert(makeWarning(QStringLiteral("vc"), {}));
        VERIFY_OK(third);
        QCOMPARE(third->count, 3);
        QCOMPARE(repo.list()->size(), 1);
    }

    void identity_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("type") << QStringLiteral("type");
        QTest::newRow("scope") << QStringLiteral("scope");
        QTest::newRow("entity type") << QStringLiteral("entityType");
        QTest::newRow("entity") << QStringLiteral("entity");
    }

    void identity()
    {
        QFETCH(QString, field);
        WarningRepository repo(m_db);
        const Warning base = makeWarning(QStringLiteral("vc"), {QStringLiteral("m")});
        VERIFY_OK(repo.upsert(base));
        Warning other = base;
        const QString different = QStringLiteral("anders ü");
        if (field == QLatin1String("type"))
            other.type = different;
        else if (field == QLatin1String("scope"))
            other.scope = different;
        else if (field == QLatin1String("entityType"))
            other.entityType = different;
        else
            other.entity = different;
        auto stored = repo.upsert(other);
        VERIFY_OK(stored);
        QCOMPARE(stored->count, 1);
        auto all = repo.list();
        VERIFY_OK(all);
        QCOMPARE(all->size(), 2);
    }

    void acknowledgedStaysAcknowledged()
    {
        WarningRepository repo(m_db);
        auto w = repo.upsert(makeWarning(QStringLiteral("vc"), {QStringLiteral("m")}));
        VERIFY_OK(w);
        auto other = repo.upsert(makeWarning(QStringLiteral("esxi"), {QStringLiteral("m")}));
        VERIFY_OK(other);
        VERIFY_OK(repo.acknowledge(w->id));
        QCOMPARE(repo.byId(w->id)->status, QStringLiteral("acknowledged"));
        QVERIFY(ferry::test::waitForNextMillisecond());
        auto again = repo.upsert(makeWarning(QStringLiteral("vc"), {QStringLiteral("m")}));
        VERIFY_OK(again);
        QCOMPARE(again->status, QStringLiteral("acknowledged"));
        QCOMPARE(again->count, 2);

        auto fresh = repo.list(QStringLiteral("new"));
        VERIFY_OK(fresh);
        QCOMPARE(fresh->size(), 1);
        QCOMPARE(fresh->first().id, other->id);
        auto acknowledged = repo.list(QStringLiteral("acknowledged"));
        VERIFY_OK(acknowledged);
        QCOMPARE(acknowledged->size(), 1);
        QCOMPARE(acknowledged->first().id, w->id);
        // Most recently seen first.
        auto all = repo.list();
        VERIFY_OK(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->first().id, w->id);

        QCOMPARE(repo.list(QStringLiteral("bogus")).error().code, Error::Code::InvalidInput);
        QCOMPARE(repo.acknowledge(w->id + 100).error().code, Error::Code::NotFound);
    }

    void messagesAreCapped()
    {
        WarningRepository repo(m_db);
        QStringList many;
        for (int i = 0; i < WarningRepository::kMaxMessages + 20; ++i)
            many << QStringLiteral("message %1").arg(i);
        auto w = repo.upsert(makeWarning(QStringLiteral("vc"), many));
        VERIFY_OK(w);
        QCOMPARE(w->messages.size(), WarningRepository::kMaxMessages);
        QCOMPARE(w->messages.last(), many.last());
    }

    void invalidWarningsAreRefused()
    {
        WarningRepository repo(m_db);
        Warning noType = makeWarning(QStringLiteral("vc"), {});
        noType.type.clear();
        QCOMPARE(repo.upsert(noType).error().code, Error::Code::InvalidInput);
        Warning badStatus = makeWarning(QStringLiteral("vc"), {});
        badStatus.status = QStringLiteral("resolved");
        QCOMPARE(repo.upsert(badStatus).error().code, Error::Code::InvalidInput);
        QVERIFY(repo.list()->isEmpty());
    }

    void duplicateUuidIsAlreadyExists()
    {
        WarningRepository repo(m_db);
        auto first = repo.upsert(makeWarning(QStringLiteral("vc"), {}));
        VERIFY_OK(first);
        Warning other = makeWarning(QStringLiteral("another entity"), {});
        other.uuid = first->uuid;
        auto second = repo.upsert(other);
        QVERIFY(!second);
        QCOMPARE(second.error().code, Error::Code::AlreadyExists);
        QVERIFY(second.error().message.contains(first->uuid));
        QCOMPARE(repo.list()->size(), 1);
    }

    void remove()
    {
        WarningRepository repo(m_db);
        auto w = repo.upsert(makeWarning(QStringLiteral("vc"), {}));
        VERIFY_OK(w);
        VERIFY_OK(repo.remove(w->id));
        QCOMPARE(repo.byId(w->id).error().code, Error::Code::NotFound);
        QCOMPARE(repo.remove(w->id).error().code, Error::Code::NotFound);
        // Raised again after removal: a new warning.
        auto again = repo.upsert(makeWarning(QStringLiteral("vc"), {}));
        VERIFY_OK(again);
        QCOMPARE(again->count, 1);
        QVERIFY(again->uuid != w->uuid);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ferry::test::TestDatabase m_testDb;
    std::shared_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestWarningRepository)
#include "test_warningrepository.moc"
