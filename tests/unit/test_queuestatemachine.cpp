// The queue's transition table: every allowed transition is written (compare-and-set) and
// logged; forbidden ones are refused as bugs and leave the entry as it was. The statuses and the
// allowed transitions expected are written out below, by hand, from the reference
// (shared/reference/migration-manager.md, "Every migration status value" and "Transitions as
// implemented") and docs/engine.md, not taken from the table under test.
#include "common/queuestatustest.h"
#include "common/testdatabase.h"
#include "engine/queuestatemachine.h"
#include "store/batchrepository.h"
#include "store/database.h"
#include "store/instancerepository.h"
#include "store/queuerepository.h"
#include "store/sourcerepository.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <initializer_list>
#include <memory>

using namespace ferry;
using namespace ferry::engine;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

namespace {

// The reference's status values, as the database and ferryctl spell them.
const QStringList kStatuses {QStringLiteral("Blocked"), QStringLiteral("Waiting"),
    QStringLiteral("Creating new VM"), QStringLiteral("Performing background import tasks"),
    QStringLiteral("Idle"), QStringLiteral("Performing final import tasks"),
    QStringLiteral("Performing post-import tasks"), QStringLiteral("Worker tasks complete"),
    QStringLiteral("Finished"), QStringLiteral("Error"), QStringLiteral("Canceled"),
    QStringLiteral("Conflict")};

struct Expected
{
    const char *from;
    std::initializer_list<const char *> to;
};

// Every allowed transition. The reference enforces none (a FIXME in queue_service.go); Ferry
// allows what its rows describe, plus: a cancel of anything not finished, Error from anything
// that works or waits (a failed check or step), Conflict where the source or the target can be
// found changed, and back to Waiting from the job's statuses (a retry by policy, the engine
// resuming after a crash, a window that ended after the point of no return).
const Expected kAllowed[] {
    // Blocked: restriction cleared; cancel; a failed check; the source no longer matches.
    {"Blocked", {"Waiting", "Canceled", "Error", "Conflict"}},
    // Waiting: restriction or placement found; a create slot; a cold migration's engine step
    // (Idle); the source changed; cancel; a failed check.
    {"Waiting", {"Blocked", "Creating new VM", "Idle", "Conflict", "Canceled", "Error"}},
    // Creating: background copy, Idle (VM created), straight to the final import (cold: the
    // source is off), Waiting (failure, retried), Blocked (a Windows guest waiting for a
    // virtio-win ISO, before the source is off), Conflict, cancel, Error.
    {"Creating new VM",
        {"Performing background import tasks", "Idle", "Performing final import tasks", "Waiting",
            "Blocked", "Conflict", "Canceled", "Error"}},
    // Background import: worker success (Idle), retry, cancel, worker failed.
    {"Performing background import tasks", {"Idle", "Waiting", "Canceled", "Error"}},
    // Idle: the worker's next command (background, final, post-import), retry, Conflict,
    // cancel, Error.
    {"Idle",
        {"Performing background import tasks", "Performing final import tasks",
            "Performing post-import tasks", "Waiting", "Conflict", "Canceled", "Error"}},
    // Final import: success (post-import), window ended (Idle), retry, Conflict, cancel, Error.
    {"Performing final import tasks",
        {"Performing post-import tasks", "Idle", "Waiting", "Conflict", "Canceled", "Error"}},
    // Post-import: worker done, or Finished when Ferry configures and starts the VM itself;
    // window ended (Waiting), Conflict, cancel, Error.
    {"Performing post-import tasks",
        {"Worker tasks complete", "Finished", "Waiting", "Conflict", "Canceled", "Error"}},
    // Worker done: configured (Finished), window ended, placement changed, cancel, Error.
    {"Worker tasks complete", {"Finished", "Waiting", "Conflict", "Canceled", "Error"}},
    // Finished: nothing leaves it.
    // Error: retry (Waiting, or Blocked when a check fails again); cancel.
    {"Error", {"Waiting", "Blocked", "Canceled"}},
    // Canceled: retry.
    {"Canceled", {"Waiting", "Blocked"}},
    // Conflict: resolved (Waiting, Blocked, or Worker tasks complete), cancel, Error.
    {"Conflict", {"Waiting", "Blocked", "Worker tasks complete", "Canceled", "Error"}},
};

QSet<QPair<QString, QString>> expectedEdges()
{
    QSet<QPair<QString, QString>> edges;
    for (const Expected &e : kAllowed)
        for (const char *to : e.to)
            edges.insert({QLatin1String(e.from), QLatin1String(to)});
    return edges;
}

// The status a wire name of the tables above names (they are checked to be the reference's).
QueueStatus statusNamed(const QString &wire)
{
    QueueStatus status = QueueStatus::Waiting;
    if (!queuestatus::fromWireName(wire, &status))
        qFatal("the test names a status that does not exist: %s", qPrintable(wire));
    return status;
}

} // namespace

class TestQueueStateMachine final : public QObject
{
    Q_OBJECT

private:
    ferry::test::TestDatabase m_testDb; // dropped after m_db is gone
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_batch = 0;
    qint64 m_instance = 0;

    // A fresh entry stored in `status` (the one of an earlier row removed first); fails the
    // calling test when it cannot be stored.
    void storeEntryIn(QueueStatus status, QueueEntry *entry)
    {
        QueueRepository queue(m_db);
        if (auto old = queue.byBatchAndInstance(m_batch, m_instance))
            VERIFY_OK(queue.remove(old->id));
        QueueEntry e;
        e.batchId = m_batch;
        e.instanceId = m_instance;
        e.status = status;
        e.statusMessage = QStringLiteral("start");
        auto id = queue.insert(e);
        VERIFY_OK(id);
        e.id = *id;
        *entry = e;
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
        FERRY_OPEN_TEST_DATABASE(m_testDb, m_dir->filePath(QStringLiteral("ferry.db")), m_db);
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

    void statusesAreTheReferences()
    {
        QStringList statuses;
        for (const QueueStatus s : queuestatus::all())
            statuses << queuestatus::wireName(s);
        QCOMPARE(statuses, kStatuses); // in the order of a migration's life
        for (const QString &wire : kStatuses) {
            QueueStatus s = QueueStatus::Waiting;
            QVERIFY2(queuestatus::fromWireName(wire, &s), qPrintable(wire));
            QCOMPARE(queuestatus::wireName(s), wire);
        }
        QueueStatus untouched = QueueStatus::Idle;
        QVERIFY(!queuestatus::fromWireName(QStringLiteral("Nonsense"), &untouched));
        QVERIFY(!queuestatus::fromWireName(QStringLiteral("waiting"), &untouched)); // case matters
        QCOMPARE(untouched, QueueStatus::Idle);
    }

    // The table under test allows exactly the transitions written out above: one added to or
    // removed from queuestatemachine.cpp fails here until it is written down (and justified).
    void tableIsTheExpectedOne()
    {
        const QSet<QPair<QString, QString>> expected = expectedEdges();
        QSet<QPair<QString, QString>> actual;
        for (const auto &e : QueueStateMachine::table())
            actual.insert({queuestatus::wireName(e.from), queuestatus::wireName(e.to)});
        QStringList unexpected;
        for (const auto &e : actual)
            if (!expected.contains(e))
                unexpected << QStringLiteral("%1 -> %2").arg(e.first, e.second);
        QStringList missing;
        for (const auto &e : expected)
            if (!actual.contains(e))
                missing << QStringLiteral("%1 -> %2").arg(e.first, e.second);
        QVERIFY2(unexpected.isEmpty(),
            qPrintable(
                QStringLiteral("allowed, not expected: ") + unexpected.join(QStringLiteral("; "))));
        QVERIFY2(missing.isEmpty(),
            qPrintable(
                QStringLiteral("expected, not allowed: ") + missing.join(QStringLiteral("; "))));
        QCOMPARE(QueueStateMachine::table().size(), expected.size()); // no edge twice
    }

    void tableIsConsistent()
    {
        const QVector<QueueStatus> &all = queuestatus::all();
        QCOMPARE(all.size(), kStatuses.size());
        for (const auto &e : QueueStateMachine::table())
            QVERIFY2(e.from != e.to, qPrintable(queuestatus::wireName(e.from)));
        // Finished is the only status nothing leaves; every other one can be canceled or is
        // an end that can be retried.
        for (const QueueStatus s : all) {
            bool leaves = false;
            for (const auto &e : QueueStateMachine::table())
                leaves = leaves || e.from == s;
            QCOMPARE(leaves, s != QueueStatus::Finished);
            QCOMPARE(QueueStateMachine::isFinal(s), s == QueueStatus::Finished);
        }
        // Every status is reachable from Waiting or Blocked (where batch start puts entries).
        QSet<QueueStatus> reached {QueueStatus::Waiting, QueueStatus::Blocked};
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
        QTest::addColumn<QString>("fromName");
        QTest::addColumn<QString>("toName");
        for (const Expected &e : kAllowed)
            for (const char *to : e.to)
                QTest::newRow(qPrintable(
                    QStringLiteral("%1 -> %2").arg(QLatin1String(e.from), QLatin1String(to))))
                    << QString::fromLatin1(e.from) << QString::fromLatin1(to);
    }

    void allowed()
    {
        QFETCH(QString, fromName);
        QFETCH(QString, toName);
        const QueueStatus from = statusNamed(fromName);
        const QueueStatus to = statusNamed(toName);
        QVERIFY(QueueStateMachine::isAllowed(from, to));
        QueueEntry e;
        storeEntryIn(from, &e);
        if (QTest::currentTestFailed())
            return;
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
        QCOMPARE(log->last().message, QStringLiteral("%1: why").arg(toName));
    }

    // Every pair of statuses not written out above (the same status twice included), and
    // statuses that do not exist.
    void forbidden_data()
    {
        QTest::addColumn<QString>("fromName");
        QTest::addColumn<QString>("toName");
        const QSet<QPair<QString, QString>> allowed = expectedEdges();
        for (const QString &from : kStatuses)
            for (const QString &to : kStatuses)
                if (!allowed.contains({from, to}))
                    QTest::newRow(qPrintable(QStringLiteral("%1 -> %2").arg(from, to)))
                        << from << to;
    }

    void forbidden()
    {
        QFETCH(QString, fromName);
        QFETCH(QString, toName);
        const QueueStatus from = statusNamed(fromName);
        const QueueStatus to = statusNamed(toName);
        QVERIFY(!QueueStateMachine::isAllowed(from, to));
        QueueEntry e;
        storeEntryIn(from, &e);
        if (QTest::currentTestFailed())
            return;
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
        QueueEntry e;
        storeEntryIn(QueueStatus::Waiting, &e);
        if (QTest::currentTestFailed())
            return;
        QueueEntry stale = e;
        QueueStateMachine machine(m_db);
        const Status first = machine.transition(e, QueueStatus::Canceled, QStringLiteral("person"));
        VERIFY_OK(first);
        Status st = machine.transition(stale, QueueStatus::Creating, QStringLiteral("engine"));
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::Conflict);
        QCOMPARE(QueueRepository(m_db).byId(e.id)->status, QueueStatus::Canceled);
    }

    void groups()
    {
        QVERIFY(QueueStateMachine::isActive(QueueStatus::Creating));
        QVERIFY(QueueStateMachine::isActive(QueueStatus::Final));
        QVERIFY(!QueueStateMachine::isActive(QueueStatus::Waiting));
        QVERIFY(!QueueStateMachine::isActive(QueueStatus::Failed));
        QVERIFY(QueueStateMachine::canCancel(QueueStatus::Waiting));
        QVERIFY(QueueStateMachine::canCancel(QueueStatus::Final));
        QVERIFY(!QueueStateMachine::canCancel(QueueStatus::Finished));
        QVERIFY(!QueueStateMachine::canCancel(QueueStatus::Canceled));
        QVERIFY(QueueStateMachine::canRetry(QueueStatus::Failed));
        QVERIFY(QueueStateMachine::canRetry(QueueStatus::Canceled));
        QVERIFY(!QueueStateMachine::canRetry(QueueStatus::Finished));
        QVERIFY(!QueueStateMachine::canRetry(QueueStatus::Waiting));
    }
};

QTEST_GUILESS_MAIN(TestQueueStateMachine)
#include "test_queuestatemachine.moc"
