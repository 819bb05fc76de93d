// The queue's transition table: every allowed transition is written (compare-and-set) and
// logged; forbidden ones are refused as bugs and leave the entry as it was.
#include "engine/queuestatemachine.h"
#include "store/batchrepository.h"
#include "store/database.h"
#include "store/instancerepository.h"
#include "store/queuerepository.h"
#include "store/sourcerepository.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ferry;
using namespace ferry::engine;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

class TestQueueStateMachine final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_batch = 0;
    qint64 m_instance = 0;

    // A fresh entry stored in `status`.
    QueueEntry entryIn(const QString &status)
    {
        QueueRepository queue(m_db);
        if (auto old = queue.byBatchAndInstance(m_batch, m_instance))
            (void)queue.remove(old->id);
        QueueEntry e;
        e.batchId = m_batch;
        e.instanceId = m_instance;
        e.status = status;
        e.statusMessage = QStringLiteral("start");
        auto id = queue.insert(e);
        if (!id)
            qFatal("insert: %s", qPrintable(id.error().toString()));
        e.id = *id;
        return e;
    }

    qint64 lastLogId(qint64 entryId) const
    {
        auto log = QueueRepository(m_db).log(entryId);
        return log && !log->isEmpty() ? log->last().id : 0;
    }

private Q_SLOTS:
    void initTestCase()
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
        Instance in;
        in.sourceId = *source;
        in.sourceSpecificId = QStringLiteral("vm-1");
        auto id = InstanceRepository(m_db).save(in);
        VERIFY_OK(id);
        m_instance = *id;
        Batch b;
        b.name = QStringLiteral("wave 1");
        auto batch = BatchRepository(m_db).insert(b);
        VERIFY_OK(batch);
        m_batch = *batch;
    }

    void tableIsConsistent()
    {
        const QStringList all = QueueStateMachine::statuses();
        QCOMPARE(all.size(), 12);
        for (const auto &e : QueueStateMachine::table()) {
            QVERIFY2(all.contains(e.from), qPrintable(e.from));
            QVERIFY2(all.contains(e.to), qPrintable(e.to));
            QVERIFY2(e.from != e.to, qPrintable(e.from));
        }
        // Finished is the only status nothing leaves; every other one can be canceled or is
        // an end that can be retried.
        for (const QString &s : all) {
            bool leaves = false;
            for (const auto &e : QueueStateMachine::table())
                leaves = leaves || e.from == s;
            QCOMPARE(leaves, s != queuestatus::Finished);
            QCOMPARE(QueueStateMachine::isFinal(s), s == queuestatus::Finished);
        }
        // Every status is reachable from Waiting or Blocked (where batch start puts entries).
        QSet<QString> reached {queuestatus::Waiting, queuestatus::Blocked};
        for (bool grew = true; grew;) {
            grew = false;
            for (const auto &e : QueueStateMachine::table())
                if (reached.contains(e.from) && !reached.contains(e.to)) {
                    reached.insert(e.to);
                    grew = true;
                }
        }
        QCOMPARE(reached.size(), all.size());
    }

    void allowed_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        for (const auto &e : QueueStateMachine::table())
            QTest::newRow(qPrintable(QStringLiteral("%1 -> %2").arg(e.from, e.to)))
                << e.from << e.to;
    }

    void allowed()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QVERIFY(QueueStateMachine::isAllowed(from, to));
        QueueEntry e = entryIn(from);
        const qint64 before = lastLogId(e.id);
        QueueStateMachine machine(m_db);
        const Status st = machine.transition(e, to, QStringLiteral("why"));
        VERIFY_OK(st);
        QCOMPARE(e.status, to);
        auto stored = QueueRepository(m_db).byId(e.id);
        VERIFY_OK(stored);
        QCOMPARE(stored->status, to);
        QCOMPARE(stored->statusMessage, QStringLiteral("why"));
        auto log = QueueRepository(m_db).log(e.id, before);
        VERIFY_OK(log);
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->last().message, QStringLiteral("%1: why").arg(to));
    }

    void forbidden_data()
    {
        using namespace queuestatus;
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        const QList<QPair<QString, QString>> rows {{Finished, Waiting}, {Finished, Failed},
            {Finished, Canceled}, {Waiting, Finished}, {Waiting, Final}, {Waiting, PostImport},
            {Blocked, Creating}, {Blocked, Finished}, {Creating, Finished}, {Creating, PostImport},
            {Background, Finished}, {Background, Final}, {Final, Finished}, {Final, Creating},
            {Failed, Finished}, {Failed, Creating}, {Canceled, Finished}, {Canceled, Failed},
            {Conflict, Finished}, {Idle, Finished}, {Waiting, Waiting}, {Failed, Failed},
            {Waiting, QStringLiteral("Nonsense")}, {QStringLiteral("Nonsense"), Waiting}};
        for (const auto &r : rows)
            QTest::newRow(qPrintable(QStringLiteral("%1 -> %2").arg(r.first, r.second)))
                << r.first << r.second;
    }

    void forbidden()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QVERIFY(!QueueStateMachine::isAllowed(from, to));
        QueueEntry e = entryIn(from);
        const qint64 before = lastLogId(e.id);
        QueueStateMachine machine(m_db);
        Status st = machine.transition(e, to, QStringLiteral("no"));
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::Internal);
        QVERIFY2(
            st.error().message.startsWith(QStringLiteral("bug: ")), qPrintable(st.error().message));
        QCOMPARE(e.status, from);
        auto stored = QueueRepository(m_db).byId(e.id);
        VERIFY_OK(stored);
        QCOMPARE(stored->status, from);
        QCOMPARE(stored->statusMessage, QStringLiteral("start"));
        // The refusal is in the entry's log for the person reading it.
        auto log = QueueRepository(m_db).log(e.id, before);
        VERIFY_OK(log);
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->first().level, QStringLiteral("error"));
    }

    // Compare-and-set: an entry someone else moved is not moved again from a stale status.
    void staleFromIsAConflict()
    {
        QueueEntry e = entryIn(queuestatus::Waiting);
        QueueEntry stale = e;
        QueueStateMachine machine(m_db);
        const Status first = machine.transition(e, queuestatus::Canceled, QStringLiteral("person"));
        VERIFY_OK(first);
        Status st = machine.transition(stale, queuestatus::Creating, QStringLiteral("engine"));
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::Conflict);
        QCOMPARE(QueueRepository(m_db).byId(e.id)->status, queuestatus::Canceled);
    }

    void groups()
    {
        using namespace queuestatus;
        QVERIFY(QueueStateMachine::isActive(Creating));
        QVERIFY(QueueStateMachine::isActive(Final));
        QVERIFY(!QueueStateMachine::isActive(Waiting));
        QVERIFY(!QueueStateMachine::isActive(Failed));
        QVERIFY(QueueStateMachine::canCancel(Waiting));
        QVERIFY(QueueStateMachine::canCancel(Final));
        QVERIFY(!QueueStateMachine::canCancel(Finished));
        QVERIFY(!QueueStateMachine::canCancel(Canceled));
        QVERIFY(QueueStateMachine::canRetry(Failed));
        QVERIFY(QueueStateMachine::canRetry(Canceled));
        QVERIFY(!QueueStateMachine::canRetry(Finished));
        QVERIFY(!QueueStateMachine::canRetry(Waiting));
    }
};

QTEST_GUILESS_MAIN(TestQueueStateMachine)
#include "test_queuestatemachine.moc"
