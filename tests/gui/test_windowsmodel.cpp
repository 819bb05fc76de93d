// The Batch wizard's windows table model under QAbstractItemModelTester: rows added, edited,
// given problems and removed; the texts of empty lockouts and capacities; what can be edited.
#include "batches/windowsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace ferry;
using namespace ferry::gui;

class TestWindowsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelUnderTester();
    void textsAndEditing();
    void problemsChangeOnlyTheirColumn();
};

namespace {

MigrationWindow window(const QString &name, int hour)
{
    MigrationWindow w;
    w.name = name;
    w.start = QDateTime(QDate(2030, 1, 10), QTime(hour, 0), Qt::UTC);
    w.end = w.start.addSecs(3600);
    return w;
}

} // namespace

void TestWindowsModel::modelUnderTester()
{
    WindowsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.addWindow(window(QStringLiteral("a"), 1)), 0);
    QCOMPARE(model.addWindow(window(QStringLiteral("b"), 2)), 1);
    QCOMPARE(model.addWindow(window(QStringLiteral("c"), 3)), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(WindowsModel::ColumnCount));
    model.setWindow(1, window(QStringLiteral("b2"), 4));
    model.setProblems({QString(), QStringLiteral("bad"), QString()});
    QVERIFY(model.removeRow(1));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.windows().at(1).name, QStringLiteral("c"));
    QVERIFY(!model.removeRows(1, 5));
    QVERIFY(model.removeRows(0, 2));
    QCOMPARE(model.rowCount(), 0);
}

void TestWindowsModel::textsAndEditing()
{
    WindowsModel model;
    model.addWindow(window(QStringLiteral("night"), 1));
    const QModelIndex name = model.index(0, WindowsModel::NameColumn);
    QCOMPARE(name.data().toString(), QStringLiteral("night"));
    QCOMPARE(model.index(0, WindowsModel::StartColumn).data().toString(),
        QStringLiteral("2030-01-10 01:00"));
    QCOMPARE(model.index(0, WindowsModel::StartColumn).data(Qt::EditRole).toDateTime(),
        QDateTime(QDate(2030, 1, 10), QTime(1, 0), Qt::UTC));
    QCOMPARE(model.index(0, WindowsModel::LockoutColumn).data().toString(), QStringLiteral("None"));
    QCOMPARE(
        model.index(0, WindowsModel::CapacityColumn).data().toString(), QStringLiteral("No limit"));
    QVERIFY(model.flags(name) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, WindowsModel::ProblemColumn)) & Qt::ItemIsEditable));

    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(0, WindowsModel::CapacityColumn), 5));
    QVERIFY(model.setData(model.index(0, WindowsModel::LockoutColumn),
        QDateTime(QDate(2030, 1, 10), QTime(1, 30), Qt::UTC)));
    QVERIFY(model.setData(name, QStringLiteral("late")));
    QCOMPARE(changes.size(), 3);
    QVERIFY(model.setData(name, QStringLiteral("late"))); // unchanged: no signal
    QCOMPARE(changes.size(), 3);
    QVERIFY(!model.setData(model.index(0, WindowsModel::ProblemColumn), QStringLiteral("x")));
    const MigrationWindow w = model.windows().constFirst();
    QCOMPARE(w.name, QStringLiteral("late"));
    QCOMPARE(w.capacity, 5);
    QCOMPARE(w.lockout, QDateTime(QDate(2030, 1, 10), QTime(1, 30), Qt::UTC));
    QCOMPARE(model.index(0, WindowsModel::CapacityColumn).data().toString(), QStringLiteral("5"));
    QCOMPARE(model.headerData(WindowsModel::LockoutColumn, Qt::Horizontal).toString(),
        QStringLiteral("Lockout"));
}

void TestWindowsModel::problemsChangeOnlyTheirColumn()
{
    WindowsModel model;
    model.setProblemColor(Qt::red);
    model.addWindow(window(QStringLiteral("a"), 1));
    model.addWindow(window(QStringLiteral("b"), 2));
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setProblems({QString(), QStringLiteral("overlaps")});
    QCOMPARE(changes.size(), 1);
    const QModelIndex problem = model.index(1, WindowsModel::ProblemColumn);
    QCOMPARE(changes.at(0).at(0).toModelIndex(), problem);
    QCOMPARE(problem.data().toString(), QStringLiteral("overlaps"));
    QCOMPARE(problem.data(Qt::ToolTipRole).toString(), QStringLiteral("overlaps"));
    QCOMPARE(problem.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::red));
    QVERIFY(!model.index(0, WindowsModel::ProblemColumn).data(Qt::ToolTipRole).isValid());
    model.setProblems({QString(), QStringLiteral("overlaps")});
    QCOMPARE(changes.size(), 1);
}

QTEST_MAIN(TestWindowsModel)
#include "test_windowsmodel.moc"
