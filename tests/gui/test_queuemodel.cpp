// The queue dashboard's model and filter under QAbstractItemModelTester: a snapshot read from a
// temporary database, a second snapshot with the same entries (cells change, rows stay), one
// with other entries (a reset), live progress, the batch and status filters, sorting; the
// text helpers; the per-batch summary and the notifications from successive snapshots.
#include "common/queuestatustest.h"
#include "guitestsupport.h"
#include "queuetestdata.h"

#include "queue/queuemodel.h"
#include "queue/queuenotifier.h"
#include "queue/queuepresentation.h"
#include "queue/queuesnapshot.h"
#include "queue/queuesummarywidget.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace ferry;
using namespace ferry::gui;

class TestQueueModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void snapshotReadsEntriesBatchesAndProgress();
    void snapshotOfAnEmptyQueue();
    void modelUnderTester();
    void liveProgressUpdatesOneRow();
    void filtersByBatchAndStatus();
    void sortsByProgress();
    void textHelpers_data();
    void textHelpers();
    void summaryCountsPerBatch();
    void notifiesFailuresAndFinishedBatches();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    test::SampleQueue m_queue;
};

void TestQueueModel::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateUserState(m_settingsDir);
}

void TestQueueModel::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    auto filled = test::fillSampleQueue(m_dataDir->path());
    QVERIFY2(filled.ok(), qPrintable(filled.ok() ? QString() : filled.error().toString()));
    m_queue = *filled;
}

void TestQueueModel::cleanup()
{
    m_queue = {};
    m_dataDir.reset();
}

void TestQueueModel::snapshotReadsEntriesBatchesAndProgress()
{
    auto s = loadQueueSnapshot(m_queue.inventory.db);
    QVERIFY2(s->error.isEmpty(), qPrintable(s->error));
    QCOMPARE(int(s->rows.size()), 6);
    // By batch, then by name.
    QStringList names;
    for (const QueueRow &r : s->rows)
        names << r.name;
    QCOMPARE(names.mid(0, 4),
        QStringList({QStringLiteral("app 02"), QStringLiteral("cbt-vm"),
            QStringLiteral("web 01 (prod)"), QString::fromUtf8("Zürich-DB ünïcødé")}));
    QCOMPARE(s->rows[4].batchName, QStringLiteral("wave2"));
    QCOMPARE(s->rows[5].batchName, QStringLiteral("wave2"));
    const QueueRow &web = s->rows[2];
    QCOMPARE(web.batchName, QStringLiteral("wave1"));
    QCOMPARE(web.targetName, QStringLiteral("lxdvm"));
    QCOMPARE(web.disks.size(), 2);
    // Two disks have progress (1 + 2 GiB); the third (3 GiB) has not begun but counts.
    QCOMPARE(web.bytesTotal, qint64(6) << 30);
    QCOMPARE(web.bytesDone, (qint64(3) << 29));
    QCOMPARE(web.rateBps, 32.0 * 1048576);
    QVERIFY(web.etaSeconds() > 0);
    QCOMPARE(web.windowText, QStringLiteral("Now"));
    // Not begun: the total is the instance's disks, nothing done, no rate.
    const QueueRow &app = s->rows[0];
    QCOMPARE(app.bytesTotal, qint64(1) << 30);
    QCOMPARE(app.bytesDone, qint64(0));
    QCOMPARE(app.progressPermille(), 0);
    QCOMPARE(app.etaSeconds(), qint64(-1));
    QCOMPARE(s->rows[3].progressPermille(), 1000);

    QCOMPARE(s->batches.size(), 2);
    QCOMPARE(s->batches[0].name, QStringLiteral("wave1"));
    QCOMPARE(s->batches[0].entries, 4);
    QCOMPARE(s->batches[0].counts.value(QueueStatus::Finished), 1);
    QCOMPARE(s->batches[1].counts.value(QueueStatus::Conflict), 1);
    QVERIFY(!s->lockHolder.has_value());
    // Labels are reused: a second read knows every instance already.
    auto again = loadQueueSnapshot(m_queue.inventory.db, s->labels);
    QCOMPARE(again->labels.size(), s->labels.size());
    QCOMPARE(again->rows[2].name, web.name);
}

void TestQueueModel::snapshotOfAnEmptyQueue()
{
    QTemporaryDir dir;
    auto inventory = test::fillSampleInventory(dir.path());
    QVERIFY(inventory.ok());
    auto s = loadQueueSnapshot(inventory->db);
    QVERIFY(s->error.isEmpty());
    QCOMPARE(int(s->rows.size()), 0);
    QVERIFY(s->batches.isEmpty());
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(s->rows);
    QCOMPARE(model.rowCount(), 0);
}

void TestQueueModel::modelUnderTester()
{
    QueueModel model;
    QueueFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(
        &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto s = loadQueueSnapshot(m_queue.inventory.db);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setRows(s->rows);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(QueueModel::ColumnCount));

    const int web = model.rowOfId(m_queue.entries.value(QStringLiteral("web 01 (prod)")));
    QVERIFY(web >= 0);
    QCOMPARE(model.index(web, QueueModel::NameColumn).data().toString(),
        QStringLiteral("web 01 (prod)"));
    QCOMPARE(model.index(web, QueueModel::StatusColumn).data().toString(),
        QStringLiteral("Performing final import tasks"));
    QVERIFY(!model.index(web, QueueModel::StatusColumn).data(Qt::DecorationRole).isNull());
    QCOMPARE(
        model.index(web, QueueModel::ProgressColumn).data(QueueModel::ProgressRole).toInt(), 250);
    QCOMPARE(
        model.index(web, QueueModel::ProgressColumn).data().toString(), QStringLiteral("25.0 %"));
    QCOMPARE(
        model.index(web, QueueModel::RateColumn).data().toString(), QStringLiteral("32.0 MiB/s"));
    QVERIFY(!model.index(web, QueueModel::EtaColumn).data().toString().isEmpty());
    QCOMPARE(model.index(web, QueueModel::TargetColumn).data().toString(), QStringLiteral("lxdvm"));
    QCOMPARE(model.index(web, QueueModel::NameColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("/DC0/vm/web 01 (prod)"));
    QCOMPARE(model.headerData(QueueModel::WindowColumn, Qt::Horizontal).toString(),
        QStringLiteral("Migration Window"));

    // Same entries again with one change: one row changes, no reset.
    std::vector<QueueRow> rows = s->rows;
    rows[size_t(web)].status = QueueStatus::PostImport;
    model.setRows(rows);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().at(0).toModelIndex().row(), web);
    QCOMPARE(model.index(web, QueueModel::StatusColumn).data().toString(),
        QStringLiteral("Performing post-import tasks"));
    // Nothing changed: no signal.
    model.setRows(rows);
    QCOMPARE(changes.size(), 1);
    // An entry removed: a reset.
    rows.erase(rows.begin());
    model.setRows(rows);
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 5);
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestQueueModel::liveProgressUpdatesOneRow()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(loadQueueSnapshot(m_queue.inventory.db)->rows);
    const qint64 webId = m_queue.entries.value(QStringLiteral("web 01 (prod)"));
    const int web = model.rowOfId(webId);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.applyProgress(webId, 1, qint64(2) << 30, qint64(2) << 30);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(model.rowById(webId)->bytesDone, qint64(3) << 30);
    QCOMPARE(
        model.index(web, QueueModel::ProgressColumn).data(QueueModel::ProgressRole).toInt(), 500);
    model.applyProgress(webId, 2, qint64(3) << 30, qint64(3) << 30);
    QCOMPARE(
        model.index(web, QueueModel::ProgressColumn).data(QueueModel::ProgressRole).toInt(), 1000);
    // A first disk of an entry that had none: the total stays the instance's capacity.
    const qint64 appId = m_queue.entries.value(QStringLiteral("app 02"));
    model.applyProgress(appId, 0, 256 << 20, qint64(1) << 30);
    QCOMPARE(model.rowById(appId)->bytesTotal, qint64(1) << 30);
    QCOMPARE(model.rowById(appId)->progressPermille(), 250);
    // An unknown entry: nothing happens.
    model.applyProgress(999999, 0, 1, 2);
    QCOMPARE(changes.size(), 3);
    QCOMPARE(model.rowById(webId)->disks.size(), 3);
}

void TestQueueModel::filtersByBatchAndStatus()
{
    QueueModel model;
    QueueFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(
        &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(loadQueueSnapshot(m_queue.inventory.db)->rows);
    QCOMPARE(filter.rowCount(), 6);
    filter.setBatchId(m_queue.wave2);
    QCOMPARE(filter.rowCount(), 2);
    filter.setStatusGroup(queuetext::StatusGroup::Conflict);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("vm9"));
    filter.setBatchId(m_queue.wave1);
    QCOMPARE(filter.rowCount(), 0);
    filter.setStatusGroup(queuetext::StatusGroup::Migrating);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("web 01 (prod)"));
    filter.setStatusGroup(queuetext::StatusGroup::Failed);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("cbt-vm"));
    filter.setBatchId(0);
    filter.setStatusGroup(queuetext::StatusGroup::Waiting);
    QCOMPARE(filter.rowCount(), 1);
    // A batch that does not exist shows nothing, and going back to all shows everything.
    filter.setBatchId(424242);
    QCOMPARE(filter.rowCount(), 0);
    filter.setBatchId(0);
    filter.setStatusGroup(queuetext::StatusGroup::All);
    QCOMPARE(filter.rowCount(), 6);
}

void TestQueueModel::sortsByProgress()
{
    QueueModel model;
    QueueFilterModel filter;
    filter.setSourceModel(&model);
    model.setRows(loadQueueSnapshot(m_queue.inventory.db)->rows);
    filter.sort(QueueModel::ProgressColumn, Qt::DescendingOrder);
    QCOMPARE(
        filter.index(0, QueueModel::ProgressColumn).data(QueueModel::ProgressRole).toInt(), 1000);
    filter.sort(QueueModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("app 02"));
}

void TestQueueModel::textHelpers_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bytes") << queuetext::bytes(qint64(3) << 30) << QStringLiteral("3.00 GiB");
    QTest::newRow("bytes small") << queuetext::bytes(512) << QStringLiteral("512 bytes");
    QTest::newRow("rate") << queuetext::rate(35.24 * 1048576) << QStringLiteral("35.2 MiB/s");
    QTest::newRow("rate zero") << queuetext::rate(0) << QString();
    QTest::newRow("seconds") << queuetext::duration(42) << QStringLiteral("42 s");
    QTest::newRow("minutes") << queuetext::duration(185) << QStringLiteral("3 min 05 s");
    QTest::newRow("hours") << queuetext::duration(3720) << QStringLiteral("1 h 02 min");
    QTest::newRow("unknown") << queuetext::duration(-1) << QString();
    QTest::newRow("icon busy") << queuetext::statusIconName(QueueStatus::Creating)
                               << QStringLiteral("status-busy");
    QTest::newRow("icon error") << queuetext::statusIconName(QueueStatus::Failed)
                                << QStringLiteral("status-error");
    QTest::newRow("icon conflict")
        << queuetext::statusIconName(QueueStatus::Conflict) << QStringLiteral("status-warning");
    QTest::newRow("icon finished")
        << queuetext::statusIconName(QueueStatus::Finished) << QStringLiteral("status-ok");
    QTest::newRow("icon blocked") << queuetext::statusIconName(QueueStatus::Blocked)
                                  << QStringLiteral("status-unknown");
}

void TestQueueModel::textHelpers()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void TestQueueModel::summaryCountsPerBatch()
{
    auto s = loadQueueSnapshot(m_queue.inventory.db);
    QueueSummaryWidget summary;
    summary.setBatches(s->batches);
    QCOMPARE(summary.lineCount(), 2);
    QCOMPARE(QueueSummaryWidget::countsText(s->batches[0]),
        QStringLiteral("1 finished · 1 migrating · 1 waiting · 1 failed"));
    QCOMPARE(QueueSummaryWidget::countsText(s->batches[1]),
        QStringLiteral("1 in conflict · 1 canceled"));
    const QString line = summary.lineText(0);
    QVERIFY2(line.startsWith(QStringLiteral("wave1 | Running | ")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral(" of 9.00 GiB")), qPrintable(line));
    summary.setBatches({});
    QCOMPARE(summary.lineCount(), 0);
}

void TestQueueModel::notifiesFailuresAndFinishedBatches()
{
    QueueNotifier notifier;
    notifier.setUseTray(false);
    QSignalSpy notified(&notifier, &QueueNotifier::notified);
    QSignalSpy inWindow(&notifier, &QueueNotifier::inWindowMessage);
    auto first = loadQueueSnapshot(m_queue.inventory.db);
    // The baseline: cbt-vm's earlier failure is not announced.
    notifier.update(*first);
    QCOMPARE(notified.size(), 0);

    // web fails, then the batch finishes.
    QueueSnapshot next = *first;
    for (QueueRow &r : next.rows)
        if (r.name == QLatin1String("web 01 (prod)")) {
            r.status = QueueStatus::Failed;
            r.statusMessage = QStringLiteral("Reading the disk failed");
        }
    notifier.update(next);
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.first().at(0).value<QueueNotifier::Kind>(), QueueNotifier::Kind::EntryFailed);
    QCOMPARE(
        notified.first().at(1).toString(), QStringLiteral("Migration of web 01 (prod) failed"));
    QCOMPARE(notified.first().at(2).toString(), QStringLiteral("Reading the disk failed"));
    QCOMPARE(inWindow.size(), 1);
    // The same again: nothing new.
    notifier.update(next);
    QCOMPARE(notified.size(), 1);

    next.batches[0].status = batchstatus::Finished;
    notifier.update(next);
    QCOMPARE(notified.size(), 2);
    QCOMPARE(
        notified.last().at(0).value<QueueNotifier::Kind>(), QueueNotifier::Kind::BatchFinished);
    QCOMPARE(notified.last().at(1).toString(), QStringLiteral("Batch wave1 finished"));
    // A snapshot that could not be read changes nothing.
    QueueSnapshot broken;
    broken.error = QStringLiteral("database is locked");
    notifier.update(broken);
    notifier.update(next);
    QCOMPARE(notified.size(), 2);
}

QTEST_MAIN(TestQueueModel)
#include "test_queuemodel.moc"
