// The conversion dry runs kept for pre-flight (schema version 6): saved, replaced by the next,
// read back per instance, gone with the instance.
#include "common/testdatabase.h"
#include "model/instance.h"
#include "model/source.h"
#include "store/database.h"
#include "store/dryrunrepository.h"
#include "store/instancerepository.h"
#include "store/sourcerepository.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ferry;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

class TestDryRunRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        FERRY_OPEN_TEST_DATABASE(
            m_testDb, m_dir->filePath(QStringLiteral("data dir/ferry.db")), m_db);
        Source s;
        s.name = QStringLiteral("vc01");
        s.endpoint = QStringLiteral("https://vcenter.example/sdk");
        auto source = SourceRepository(m_db).insert(s);
        VERIFY_OK(source);
        for (const QString &moref : {QStringLiteral("vm-1"), QStringLiteral("vm-2")}) {
            Instance in;
            in.uuid = QStringLiteral("4211000%1-0000-0000-0000-000000000000").arg(moref.mid(3));
            in.sourceId = *source;
            in.sourceSpecificId = moref;
            in.location = QStringLiteral("/DC0/vm/%1").arg(moref);
            in.name = moref;
            auto id = InstanceRepository(m_db).save(in);
            VERIFY_OK(id);
            m_instances << *id;
        }
    }

    void cleanup()
    {
        m_db.reset();
        m_testDb.drop();
        m_dir.reset();
    }

    void saveReplaceAndRead()
    {
        DryRunRepository repo(m_db);
        QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
        auto none = repo.forInstances(m_instances);
        VERIFY_OK(none);
        QVERIFY(none->isEmpty());

        ConversionDryRunRecord r;
        r.instanceId = m_instances.at(0);
        r.ranAt = QDateTime(QDate(2026, 12, 7), QTime(10, 0, 0, 250), Qt::UTC);
        r.disksRead = true;
        r.seconds = 83.5;
        r.findings = QJsonArray {QJsonObject {{QStringLiteral("severity"), QStringLiteral("info")},
            {QStringLiteral("code"), QStringLiteral("os-found")},
            {QStringLiteral("message"), QStringLiteral("debian 12.8 – Größe")}}};
        VERIFY_OK(repo.save(r));
        auto got = repo.forInstances(m_instances);
        VERIFY_OK(got);
        QCOMPARE(got->size(), 1);
        QCOMPARE(got->first().instanceId, r.instanceId);
        QCOMPARE(got->first().ranAt, r.ranAt);
        QVERIFY(got->first().disksRead);
        QCOMPARE(got->first().seconds, 83.5);
        QCOMPARE(got->first().findings, r.findings);

        // The next one replaces it.
        r.disksRead = false;
        r.findings = QJsonArray {};
        VERIFY_OK(repo.save(r));
        got = repo.forInstances({r.instanceId});
        VERIFY_OK(got);
        QCOMPARE(got->size(), 1);
        QVERIFY(!got->first().disksRead);
        QVERIFY(got->first().findings.isEmpty());

        // Gone with its instance.
        VERIFY_OK(m_db->exec(
            QStringLiteral("DELETE FROM instances WHERE id = ?"), {QVariant(r.instanceId)}));
        got = repo.forInstances(m_instances);
        VERIFY_OK(got);
        QVERIFY(got->isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ferry::test::TestDatabase m_testDb;
    std::shared_ptr<Database> m_db;
    QList<qint64> m_instances;
};

QTEST_GUILESS_MAIN(TestDryRunRepository)
#include "test_dryrunrepository.moc"
