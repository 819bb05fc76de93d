// EngineOptions::fromSettings: the one place where the shared settings (engine.threads,
// engine.retries) become the engine's options, for ferry and ferryctl engine run alike.
#include "appsettings/appsettings.h"
#include "engine/engine.h"
#include "secrets/credentialstore.h"
#include "store/database.h"
#include "store/settingsrepository.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ferry;
using namespace ferry::engine;

class TestEngineOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto db = Database::open(m_dir->filePath(QStringLiteral("ferry.db")));
        QVERIFY(db.ok());
        m_db = *db;
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void defaultsWithoutSettings()
    {
        const auto secrets = std::make_shared<CredentialStore>();
        const EngineOptions o = EngineOptions::fromSettings(m_db, secrets);
        QCOMPARE(o.maxThreads, AppSettings::kDefaultEngineThreads);
        QCOMPARE(o.maxRetries, AppSettings::kDefaultEngineRetries);
        QCOMPARE(o.db, m_db);
        QCOMPARE(o.secrets, secrets);
        // Everything the settings do not name keeps the engine's own defaults.
        const EngineOptions plain;
        QCOMPARE(o.retryBaseSeconds, plain.retryBaseSeconds);
        QCOMPARE(o.tickMs, plain.tickMs);
        QCOMPARE(o.keepLeftovers, plain.keepLeftovers);
        QCOMPARE(o.readLimitBytesPerSecond, plain.readLimitBytesPerSecond);
    }

    void storedSettings_data()
    {
        QTest::addColumn<QString>("threads");
        QTest::addColumn<QString>("retries");
        QTest::addColumn<int>("wantThreads");
        QTest::addColumn<int>("wantRetries");
        QTest::newRow("set") << QStringLiteral("6") << QStringLiteral("5") << 6 << 5;
        QTest::newRow("edges") << QStringLiteral("64") << QStringLiteral("0") << 64 << 0;
        QTest::newRow("one thread") << QStringLiteral("1") << QStringLiteral("20") << 1 << 20;
        // Out of range or not a number reads as the default, as AppSettings says.
        QTest::newRow("zero threads") << QStringLiteral("0") << QStringLiteral("3") << 4 << 3;
        QTest::newRow("garbage") << QStringLiteral("many") << QStringLiteral("-1") << 4 << 2;
    }
    void storedSettings()
    {
        QFETCH(QString, threads);
        QFETCH(QString, retries);
        QFETCH(int, wantThreads);
        QFETCH(int, wantRetries);
        SettingsRepository repo(m_db);
        QVERIFY(repo.set(QStringLiteral("engine.threads"), threads).ok());
        QVERIFY(repo.set(QStringLiteral("engine.retries"), retries).ok());
        const EngineOptions o = EngineOptions::fromSettings(m_db, nullptr);
        QCOMPARE(o.maxThreads, wantThreads);
        QCOMPARE(o.maxRetries, wantRetries);
    }

    void fromLoadedSettings()
    {
        AppSettings s;
        s.engineThreads = 12;
        s.engineRetries = 9;
        const EngineOptions o = EngineOptions::fromSettings(s, m_db, nullptr);
        QCOMPARE(o.maxThreads, 12);
        QCOMPARE(o.maxRetries, 9);
        QCOMPARE(o.db, m_db);
    }

    // The engine takes new limits while it runs (Settings… in ferry).
    void engineTakesNewLimits()
    {
        Engine e(EngineOptions::fromSettings(m_db, std::make_shared<CredentialStore>()));
        QCOMPARE(e.options().maxThreads, 4);
        e.setLimits(2, 11);
        QCOMPARE(e.options().maxThreads, 2);
        QCOMPARE(e.options().maxRetries, 11);
        e.setLimits(0, -3);
        QCOMPARE(e.options().maxThreads, 1);
        QCOMPARE(e.options().maxRetries, 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestEngineOptions)
#include "test_engineoptions.moc"
