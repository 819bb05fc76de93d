#include "common/testdatabase.h"
#include "store/database.h"
#include "store/settingsrepository.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ferry;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

class TestSettingsRepository final : public QObject
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
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << QStringLiteral("sync.interval") << QStringLiteral("3600");
        QTest::newRow("empty value") << QStringLiteral("proxy") << QString();
        QTest::newRow("non-ascii and spaces")
            << QStringLiteral("Größe der Puffer") << QStringLiteral("64 MiB – 東京");
        QTest::newRow("multi-line json")
            << QStringLiteral("defaults") << QStringLiteral("{\n  \"a\": [1, 2]\n}");
    }

    void roundTrip()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        SettingsRepository repo(m_db);
        VERIFY_OK(repo.set(key, value));
        auto got = repo.get(key);
        VERIFY_OK(got);
        QCOMPARE(*got, value);
        QCOMPARE(*repo.get(key, QStringLiteral("fallback")), value);
        QCOMPARE(repo.all()->value(key), value);
    }

    void overwriteAndRemove()
    {
        SettingsRepository repo(m_db);
        VERIFY_OK(repo.set(QStringLiteral("k"), QStringLiteral("1")));
        VERIFY_OK(repo.set(QStringLiteral("k"), QStringLiteral("2")));
        QCOMPARE(*repo.get(QStringLiteral("k")), QStringLiteral("2"));
        QCOMPARE(repo.all()->size(), 1);
        VERIFY_OK(repo.remove(QStringLiteral("k")));
        QCOMPARE(repo.get(QStringLiteral("k")).error().code, Error::Code::NotFound);
        QCOMPARE(repo.remove(QStringLiteral("k")).error().code, Error::Code::NotFound);
    }

    void missingKeys()
    {
        SettingsRepository repo(m_db);
        auto missing = repo.get(QStringLiteral("nicht da"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("nicht da")));
        QCOMPARE(*repo.get(QStringLiteral("nicht da"), QStringLiteral("vorgabe")),
            QStringLiteral("vorgabe"));
        QCOMPARE(repo.set(QStringLiteral(" "), QStringLiteral("x")).error().code,
            Error::Code::InvalidInput);
    }

    void allIsSortedByKey()
    {
        SettingsRepository repo(m_db);
        VERIFY_OK(repo.set(QStringLiteral("b"), QStringLiteral("2")));
        VERIFY_OK(repo.set(QStringLiteral("a"), QStringLiteral("1")));
        auto all = repo.all();
        VERIFY_OK(all);
        QCOMPARE(all->keys(), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(all->value(QStringLiteral("a")), QStringLiteral("1"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ferry::test::TestDatabase m_testDb;
    std::shared_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestSettingsRepository)
#include "test_settingsrepository.moc"
