// The Batch wizard's placement dry run model under QAbstractItemModelTester: rows replaced, the
// cells and the error icon of a failed script, a one-message row.
#include "batches/dryrunmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace ferry::gui;

class TestDryRunModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelUnderTester();
};

void TestDryRunModel::modelUnderTester()
{
    DryRunModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setRows(
        {{{QStringLiteral("/dc/vm1"), QStringLiteral("incus01"), QStringLiteral("default"),
              QStringLiteral("fast"), QStringLiteral("VM Network → incusbr0"), QString()},
             false},
            {{QStringLiteral("/dc/vm2"), QStringLiteral("incus01"), QStringLiteral("default"),
                 QStringLiteral("fast"), QString(), QStringLiteral("error: boom")},
                true}});
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(DryRunModel::ColumnCount));
    QCOMPARE(
        model.index(0, DryRunModel::TargetColumn).data().toString(), QStringLiteral("incus01"));
    QCOMPARE(model.index(1, DryRunModel::ScriptColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("error: boom"));
    QVERIFY(model.index(1, DryRunModel::ScriptColumn).data(Qt::DecorationRole).isValid());
    QVERIFY(!model.index(0, DryRunModel::ScriptColumn).data(Qt::DecorationRole).isValid());
    QCOMPARE(model.headerData(DryRunModel::PoolsColumn, Qt::Horizontal).toString(),
        QStringLiteral("Storage pools"));
    model.setRows({{{QStringLiteral("The expression selects no instance.")}, false}});
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.index(0, DryRunModel::TargetColumn).data().toString().isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestDryRunModel)
#include "test_dryrunmodel.moc"
