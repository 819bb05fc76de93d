// The Batches page's model under QAbstractItemModelTester: rows set and replaced (a reset), the
// matched count changed in place, the columns' texts, roles and tooltips, and sorting through a
// proxy as the page sorts.
#include "batches/batchesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace ferry;
using namespace ferry::gui;

class TestBatchesModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelUnderTester();
    void columnsAndRoles();
    void matchedChangesOneCell();
    void sortsThroughAProxy();
};

namespace {

BatchesModel::Row row(const QString &name, const QString &status, int matched, int queued)
{
    BatchesModel::Row r;
    r.batch.name = name;
    r.batch.status = status;
    r.matched = matched;
    r.queued = queued;
    return r;
}

QVector<BatchesModel::Row> sample()
{
    BatchesModel::Row wave = row(QStringLiteral("wave"), batchstatus::Running, 12, 3);
    wave.batch.statusMessage = QStringLiteral("Queueing");
    MigrationWindow w;
    w.name = QStringLiteral("night");
    w.start = QDateTime(QDate(2025, 12, 1), QTime(1, 0), Qt::UTC);
    wave.batch.windows << w;
    return {row(QStringLiteral("alpha"), batchstatus::Defined, 2, 0), wave,
        row(QStringLiteral("Beta"), batchstatus::Finished, 7, 7)};
}

} // namespace

void TestBatchesModel::modelUnderTester()
{
    BatchesModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(BatchesModel::SortRole);
    proxy.sort(BatchesModel::NameColumn);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(
        &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 0);
    model.setRows(sample());
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(BatchesModel::ColumnCount));
    model.setMatched(QStringLiteral("wave"), 40);
    model.setRows(sample().mid(1));
    QCOMPARE(model.rowCount(), 2);
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestBatchesModel::columnsAndRoles()
{
    BatchesModel model;
    model.setRows(sample());
    const int wave = model.rowOfName(QStringLiteral("wave"));
    QCOMPARE(wave, 1);
    QCOMPARE(model.rowOfName(QStringLiteral("missing")), -1);
    QVERIFY(model.row(wave));
    QVERIFY(!model.row(3));
    QCOMPARE(model.index(wave, BatchesModel::NameColumn).data().toString(), QStringLiteral("wave"));
    QCOMPARE(model.index(wave, BatchesModel::StatusColumn).data().toString(), batchstatus::Running);
    QCOMPARE(model.index(wave, BatchesModel::MatchedColumn).data().toInt(), 12);
    QCOMPARE(model.index(wave, BatchesModel::QueuedColumn).data().toInt(), 3);
    QCOMPARE(model.index(wave, BatchesModel::WindowsColumn).data().toString(),
        QStringLiteral("from 2025-12-01 01:00 UTC"));
    QCOMPARE(
        model.index(0, BatchesModel::WindowsColumn).data().toString(), QStringLiteral("any time"));
    QCOMPARE(model.index(wave, BatchesModel::StatusColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Queueing"));
    QVERIFY(model.index(wave, BatchesModel::WindowsColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("night: ")));
    QVERIFY(!model.index(0, BatchesModel::StatusColumn).data(Qt::ToolTipRole).isValid());
    QCOMPARE(
        model.index(2, BatchesModel::QueuedColumn).data(BatchesModel::BatchNameRole).toString(),
        QStringLiteral("Beta"));
    QCOMPARE(
        model.index(2, 0).data(BatchesModel::BatchStatusRole).toString(), batchstatus::Finished);
    QCOMPARE(model.headerData(BatchesModel::MatchedColumn, Qt::Horizontal).toString(),
        QStringLiteral("Matched"));
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
}

void TestBatchesModel::matchedChangesOneCell()
{
    BatchesModel model;
    model.setRows(sample());
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setMatched(QStringLiteral("alpha"), 9);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).toModelIndex(), model.index(0, BatchesModel::MatchedColumn));
    QCOMPARE(model.index(0, BatchesModel::MatchedColumn).data().toInt(), 9);
    model.setMatched(QStringLiteral("alpha"), 9);
    model.setMatched(QStringLiteral("missing"), 1);
    QCOMPARE(changes.size(), 1);
}

void TestBatchesModel::sortsThroughAProxy()
{
    BatchesModel model;
    model.setRows(sample());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(BatchesModel::SortRole);
    proxy.sort(BatchesModel::MatchedColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, BatchesModel::NameColumn).data().toString(), QStringLiteral("wave"));
    QCOMPARE(proxy.index(2, BatchesModel::NameColumn).data().toString(), QStringLiteral("alpha"));
}

QTEST_MAIN(TestBatchesModel)
#include "test_batchesmodel.moc"
