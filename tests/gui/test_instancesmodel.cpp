// The Instances model on its own: rows built from instances, sorting by every column, the
// location filter, persistent indexes through sorts, single-row updates, all under
// QAbstractItemModelTester.
#include "guitestdata.h"
#include "guitestsupport.h"

#include "instances/instancerow.h"
#include "instances/instancesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace ferry;
using namespace ferry::gui;

namespace {

InstanceRow row(qint64 id, const QString &location, int cpus, qint64 memoryMiB, bool cbt = false)
{
    InstanceRow r;
    r.id = id;
    r.uuid = QStringLiteral("00000000-0000-0000-0000-%1").arg(id, 12, 10, QLatin1Char('0'));
    r.source = id % 2 ? QStringLiteral("vc01") : QStringLiteral("esx01");
    r.location = location;
    r.name = location.section(QLatin1Char('/'), -1);
    r.os = cbt ? QStringLiteral("Windows Server 2019") : QStringLiteral("Debian GNU/Linux 12");
    r.cpus = cpus;
    r.memoryBytes = memoryMiB << 20;
    r.backgroundImport = cbt;
    r.migrationDisabled = id == 3;
    r.restrictionCount = cbt ? 0 : 1;
    r.restrictions = cbt ? QString() : QStringLiteral("No background import");
    return r;
}

std::vector<InstanceRow> sampleRows()
{
    return {row(1, QStringLiteral("/DC0/vm/web 01 (prod)"), 2, 4096),
        row(2, QString::fromUtf8("/DC0/vm/Zürich-DB ünïcødé"), 4, 8192),
        row(3, QStringLiteral("/DC0/vm/cbt-vm"), 2, 8192, true),
        row(4, QStringLiteral("/DC0/vm/Team Folder/app 02"), 1, 2048),
        row(5, QStringLiteral("/ha/vm/vm10"), 16, 1024),
        row(6, QStringLiteral("/ha/vm/vm9"), 8, 512)};
}

QStringList locations(const InstancesModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, InstancesModel::LocationColumn).data().toString();
    return out;
}

} // namespace

class TestInstancesModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyModelHasItsColumns();
    void testerThroughFillSortFilterAndUpdate();
    void sortsByEveryColumn_data();
    void sortsByEveryColumn();
    void textSortIsNaturalAndCaseInsensitive();
    void descendingKeepsTiesInLoadOrder();
    void selectionFollowsTheRowThroughSorts();
    void filterMatchesLocationLikeTheCli_data();
    void filterMatchesLocationLikeTheCli();
    void filterKeepsTheSort();
    void updateRowResortsAndRefreshes();
    void renamedRowsSortLikeAFreshRanking();
    void rowsFromInstancesUseEffectiveValuesAndRestrictions();
    void headerKeysAreStable();
};

void TestInstancesModel::emptyModelHasItsColumns()
{
    InstancesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(InstancesModel::ColumnCount));
    QCOMPARE(model.headerData(InstancesModel::LocationColumn, Qt::Horizontal).toString(),
        QStringLiteral("Location"));
}

void TestInstancesModel::testerThroughFillSortFilterAndUpdate()
{
    InstancesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sampleRows());
    QCOMPARE(model.rowCount(), 6);
    for (int column = 0; column < InstancesModel::ColumnCount; ++column) {
        model.sort(column, Qt::AscendingOrder);
        model.sort(column, Qt::DescendingOrder);
    }
    model.setFilterText(QStringLiteral("dc0"));
    QCOMPARE(model.rowCount(), 4);
    model.sort(InstancesModel::CpusColumn, Qt::DescendingOrder);
    InstanceRow changed = *model.rowAt(0);
    changed.cpus = 1;
    QVERIFY(model.updateRow(changed));
    model.setFilterText({});
    QCOMPARE(model.rowCount(), 6);
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestInstancesModel::sortsByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("firstAscending");
    QTest::addColumn<QString>("firstDescending");
    // Ties keep the load order (the rows above), in both directions.
    QTest::newRow("uuid") << int(InstancesModel::UuidColumn) << "/DC0/vm/web 01 (prod)"
                          << "/ha/vm/vm9";
    QTest::newRow("source") << int(InstancesModel::SourceColumn)
                            << QString::fromUtf8("/DC0/vm/Zürich-DB ünïcødé")
                            << "/DC0/vm/web 01 (prod)";
    QTest::newRow("location") << int(InstancesModel::LocationColumn) << "/DC0/vm/cbt-vm"
                              << "/ha/vm/vm10";
    QTest::newRow("name") << int(InstancesModel::NameColumn) << "/DC0/vm/Team Folder/app 02"
                          << QString::fromUtf8("/DC0/vm/Zürich-DB ünïcødé");
    QTest::newRow("os") << int(InstancesModel::OsColumn) << "/DC0/vm/web 01 (prod)"
                        << "/DC0/vm/cbt-vm";
    QTest::newRow("cpus") << int(InstancesModel::CpusColumn) << "/DC0/vm/Team Folder/app 02"
                          << "/ha/vm/vm10";
    QTest::newRow("memory") << int(InstancesModel::MemoryColumn) << "/ha/vm/vm9"
                            << QString::fromUtf8("/DC0/vm/Zürich-DB ünïcødé");
    QTest::newRow("background import")
        << int(InstancesModel::BackgroundImportColumn) << "/DC0/vm/web 01 (prod)"
        << "/DC0/vm/cbt-vm";
    QTest::newRow("migration disabled")
        << int(InstancesModel::MigrationDisabledColumn) << "/DC0/vm/web 01 (prod)"
        << "/DC0/vm/cbt-vm";
    QTest::newRow("restrictions") << int(InstancesModel::RestrictionsColumn) << "/DC0/vm/cbt-vm"
                                  << "/DC0/vm/web 01 (prod)";
}

void TestInstancesModel::sortsByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(QString, firstAscending);
    QFETCH(QString, firstDescending);
    InstancesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sampleRows(), InstancesModel::computeRanks(sampleRows()));
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.sort(column, Qt::AscendingOrder);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(model.sortColumn(), column);
    QCOMPARE(locations(model).constFirst(), firstAscending);
    model.sort(column, Qt::DescendingOrder);
    QCOMPARE(locations(model).constFirst(), firstDescending);
    QCOMPARE(model.rowCount(), 6);
}

void TestInstancesModel::textSortIsNaturalAndCaseInsensitive()
{
    InstancesModel model;
    model.setRows({row(1, QStringLiteral("/x/VM10"), 1, 1), row(2, QStringLiteral("/x/vm9"), 1, 1),
        row(3, QStringLiteral("/x/vm100"), 1, 1), row(4, QStringLiteral("/x/Vm1"), 1, 1),
        row(5, QStringLiteral("/x/alpha"), 1, 1)});
    model.sort(InstancesModel::LocationColumn, Qt::AscendingOrder);
    QCOMPARE(locations(model),
        QStringList({QStringLiteral("/x/alpha"), QStringLiteral("/x/Vm1"), QStringLiteral("/x/vm9"),
            QStringLiteral("/x/VM10"), QStringLiteral("/x/vm100")}));
}

void TestInstancesModel::descendingKeepsTiesInLoadOrder()
{
    InstancesModel model;
    model.setRows(sampleRows());
    model.sort(InstancesModel::CpusColumn, Qt::DescendingOrder);
    // web 01 and cbt-vm both have 2 CPUs; web 01 was loaded first.
    const QStringList order = locations(model);
    QVERIFY(order.indexOf(QStringLiteral("/DC0/vm/web 01 (prod)"))
        < order.indexOf(QStringLiteral("/DC0/vm/cbt-vm")));
}

void TestInstancesModel::selectionFollowsTheRowThroughSorts()
{
    InstancesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sampleRows());
    model.sort(InstancesModel::LocationColumn, Qt::AscendingOrder);
    const int row = model.rowOfId(4);
    QPersistentModelIndex kept(model.index(row, InstancesModel::NameColumn));
    model.sort(InstancesModel::MemoryColumn, Qt::DescendingOrder);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.column(), int(InstancesModel::NameColumn));
    QCOMPARE(kept.data(InstancesModel::InstanceIdRole).toLongLong(), 4);
    QCOMPARE(kept.row(), model.rowOfId(4));
}

void TestInstancesModel::filterMatchesLocationLikeTheCli_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("rows");
    QTest::newRow("empty") << QString() << 6;
    QTest::newRow("folder, other case") << QStringLiteral("team folder") << 1;
    QTest::newRow("datacenter") << QStringLiteral("/dc0/") << 4;
    QTest::newRow("non-ASCII") << QString::fromUtf8("ZÜRICH") << 1;
    QTest::newRow("spaces trimmed") << QStringLiteral("  vm1 ") << 1;
    QTest::newRow("name is not searched") << QStringLiteral("app 02x") << 0;
    QTest::newRow("no match") << QStringLiteral("nothing like this") << 0;
}

void TestInstancesModel::filterMatchesLocationLikeTheCli()
{
    QFETCH(QString, filter);
    QFETCH(int, rows);
    InstancesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sampleRows());
    model.setFilterText(filter);
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.totalCount(), 6);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.rowAt(r)->location.contains(filter.trimmed(), Qt::CaseInsensitive));
}

void TestInstancesModel::filterKeepsTheSort()
{
    InstancesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sampleRows());
    model.sort(InstancesModel::MemoryColumn, Qt::DescendingOrder);
    // Typing narrows step by step, then widens again.
    for (const char *text : {"v", "vm", "vm/", "vm/v", "vm/"}) {
        model.setFilterText(QLatin1String(text));
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int r = 0; r < model.rowCount(); ++r) {
            QVERIFY(model.rowAt(r)->memoryBytes <= previous);
            previous = model.rowAt(r)->memoryBytes;
        }
    }
    model.setFilterText(QStringLiteral("vm/v"));
    QCOMPARE(locations(model),
        QStringList({QStringLiteral("/ha/vm/vm10"), QStringLiteral("/ha/vm/vm9")}));
}

void TestInstancesModel::updateRowResortsAndRefreshes()
{
    InstancesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sampleRows(), InstancesModel::computeRanks(sampleRows()));
    model.sort(InstancesModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowAt(0)->id, qint64(4)); // "app 02"
    InstanceRow renamed = *model.rowAt(model.rowOfId(6)); // "vm9"
    renamed.name = QStringLiteral("aaa-first");
    renamed.overridden |= InstanceRow::NameOverridden;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.updateRow(renamed));
    QCOMPARE(model.rowAt(0)->id, qint64(6));
    QVERIFY(!changed.isEmpty());
    QVERIFY(model.index(0, InstancesModel::NameColumn).data(Qt::FontRole).value<QFont>().italic());
    InstanceRow unknown = renamed;
    unknown.id = 999;
    QVERIFY(!model.updateRow(unknown));
}

void TestInstancesModel::renamedRowsSortLikeAFreshRanking()
{
    // Renames place the new name among the others without ranking the column again; the
    // order must be the one a full ranking gives.
    InstancesModel model;
    model.setRows(sampleRows(), InstancesModel::computeRanks(sampleRows()));
    model.sort(InstancesModel::NameColumn, Qt::AscendingOrder);
    const QStringList names = {QStringLiteral("cbt-vm0"), QStringLiteral("App 01"),
        QStringLiteral("vm9"), QStringLiteral("vm95"), QStringLiteral("zz"), QStringLiteral("a"),
        QStringLiteral("vm10a"), QStringLiteral("WEB 01 (PROD)")};
    std::vector<InstanceRow> rows = sampleRows();
    for (int round = 0; round < names.size(); ++round) {
        const qint64 id = 1 + round % 6;
        InstanceRow changed = *model.rowAt(model.rowOfId(id));
        changed.name = names.at(round);
        QVERIFY(model.updateRow(changed));
        rows[size_t(id - 1)].name = names.at(round);
        InstancesModel fresh;
        fresh.setRows(rows, InstancesModel::computeRanks(rows));
        fresh.sort(InstancesModel::NameColumn, Qt::AscendingOrder);
        QStringList got, expected;
        for (int r = 0; r < model.rowCount(); ++r) {
            got << model.rowAt(r)->name;
            expected << fresh.rowAt(r)->name;
        }
        QCOMPARE(got, expected);
    }
}

void TestInstancesModel::rowsFromInstancesUseEffectiveValuesAndRestrictions()
{
    Instance i
        = test::sampleInstance(1, QStringLiteral("vm-1"), QStringLiteral("/DC0/vm/a b"), 2, 4096);
    i.id = 7;
    i.uuid = QStringLiteral("d0ab8a35-00a4-5682-a600-a4b05c74c2ed");
    InstanceRowBuilder builder;
    InstanceRow r = builder.build(i, QStringLiteral("vc01"));
    QCOMPARE(r.name, QStringLiteral("a b"));
    QCOMPARE(r.cpus, 2);
    QCOMPARE(r.restrictions, QStringLiteral("No background import"));
    QCOMPARE(r.restrictionCount, 1);
    QVERIFY(r.restrictionDetails.contains(QLatin1String("changed block tracking")));

    i.overrides.name = QStringLiteral("web-a");
    i.overrides.cpus = 6;
    i.overrides.memoryBytes = qint64(16) << 30;
    i.overrides.disableMigration = true;
    r = builder.build(i, QStringLiteral("vc01"));
    QCOMPARE(r.name, QStringLiteral("web-a"));
    QCOMPARE(r.cpus, 6);
    QCOMPARE(r.memoryBytes, qint64(16) << 30);
    QVERIFY(r.migrationDisabled);
    QCOMPARE(r.restrictions, QStringLiteral("Disabled manually"));
    QCOMPARE(r.overridden,
        quint8(InstanceRow::NameOverridden | InstanceRow::CpusOverridden
            | InstanceRow::MemoryOverridden));

    InstancesModel model;
    model.setRows({r});
    QCOMPARE(
        model.index(0, InstancesModel::MemoryColumn).data().toString(), QStringLiteral("16.00GiB"));
    QCOMPARE(model.index(0, InstancesModel::MigrationDisabledColumn).data().toString(),
        QStringLiteral("Yes"));
    QCOMPARE(model.index(0, InstancesModel::BackgroundImportColumn).data().toString(),
        QStringLiteral("No"));
    QCOMPARE(model.index(0, InstancesModel::CpusColumn)
                 .data(Qt::TextAlignmentRole)
                 .value<Qt::Alignment>()
            & Qt::AlignRight,
        Qt::AlignRight);
}

void TestInstancesModel::headerKeysAreStable()
{
    InstancesModel model;
    QStringList keys;
    for (int c = 0; c < model.columnCount(); ++c)
        keys << model.headerData(c, Qt::Horizontal, Qt::UserRole).toString();
    QCOMPARE(keys,
        QStringList({QStringLiteral("uuid"), QStringLiteral("source"), QStringLiteral("location"),
            QStringLiteral("name"), QStringLiteral("os_version"), QStringLiteral("cpus"),
            QStringLiteral("memory"), QStringLiteral("background_import"),
            QStringLiteral("migration_disabled"), QStringLiteral("restrictions")}));
}

QTEST_MAIN(TestInstancesModel)
#include "test_instancesmodel.moc"
