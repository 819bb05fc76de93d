// The Instances page on a temporary database filled through the repositories: loading off the
// GUI thread, the search box, the column chooser (remembered in QSettings), the details panel
// and override editing written through InstanceRepository.
#include "guitestdata.h"
#include "guitestsupport.h"

#include "common/columnchooser.h"
#include "common/dataevents.h"
#include "common/emptystatewidget.h"
#include "instances/instancedetailswidget.h"
#include "instances/instanceoverridesdialog.h"
#include "instances/instancesmodel.h"
#include "instances/instancespage.h"
#include "inventory/instanceoverrides.h"
#include "secrets/credentialstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace ferry;
using namespace ferry::gui;

class TestInstancesPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void loadsOffTheGuiThreadAndShowsEveryInstance();
    void emptyDatabaseShowsTheEmptyState();
    void headerSortsTheTable();
    void searchBoxFiltersByLocation();
    void searchBoxTakesExpressions();
    void columnChooserHidesShowsAndRemembers();
    void detailsShowDisksNicsRestrictions();
    void overrideEditingWritesThroughAndRefreshes();
    void expressionSeesSavedOverrides();
    void invalidOverridesKeepSaveDisabled();
    void nicAddressOverridesInTheDialog();
    void inventoryChangeReloads();

private:
    std::unique_ptr<InstancesPage> createPage();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    test::SampleInventory m_inventory;
    DataEvents m_events;
    EmptyStateWidget *m_empty = nullptr;
};

void TestInstancesPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateUserState(m_settingsDir);
}

void TestInstancesPage::init()
{
    test::clearSettings();
    m_dataDir = std::make_unique<QTemporaryDir>();
    auto filled = test::fillSampleInventory(m_dataDir->path());
    QVERIFY2(filled.ok(), qPrintable(filled.ok() ? QString() : filled.error().toString()));
    m_inventory = *filled;
}

void TestInstancesPage::cleanup()
{
    m_inventory = {};
    m_dataDir.reset();
}

std::unique_ptr<InstancesPage> TestInstancesPage::createPage()
{
    m_empty = new EmptyStateWidget;
    m_empty->setObjectName(QStringLiteral("instancesEmptyState"));
    auto page = std::make_unique<InstancesPage>(
        GuiContext {m_inventory.db, std::make_shared<CredentialStore>(), &m_events}, m_empty);
    page->resize(1100, 700);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return nullptr;
    return page;
}

void TestInstancesPage::loadsOffTheGuiThreadAndShowsEveryInstance()
{
    auto page = createPage();
    QVERIFY(page);
    QAbstractItemModelTester tester(
        page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(!page->isLoading());
    auto *view = page->findChild<QTableView *>(QStringLiteral("instancesView"));
    QVERIFY(view && view->isVisible());
    QCOMPARE(view->model()->rowCount(), 6);
    // Location order, as `ferryctl instance list`; the first row is selected.
    QCOMPARE(view->model()->index(0, InstancesModel::LocationColumn).data().toString(),
        QStringLiteral("/DC0/vm/cbt-vm"));
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    auto *count = page->findChild<QLabel *>(QStringLiteral("instanceCountLabel"));
    QCOMPARE(count->text(), QStringLiteral("6 instances"));
    const QModelIndex web = page->model()->index(
        page->model()->rowOfId(m_inventory.webId), InstancesModel::SourceColumn);
    QCOMPARE(web.data().toString(), QStringLiteral("vc01"));
    QCOMPARE(web.siblingAtColumn(InstancesModel::MemoryColumn).data().toString(),
        QStringLiteral("4.00GiB"));
    QCOMPARE(web.siblingAtColumn(InstancesModel::OsColumn).data().toString(),
        QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
}

void TestInstancesPage::emptyDatabaseShowsTheEmptyState()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("ferry.db")));
    QVERIFY(db.ok());
    m_inventory.db = *db;
    auto page = createPage();
    QVERIFY(page);
    QTRY_VERIFY(!page->isLoading());
    QVERIFY(m_empty->isVisible());
    QVERIFY(!page->view()->isVisible());
}

void TestInstancesPage::headerSortsTheTable()
{
    auto page = createPage();
    QVERIFY(page);
    QTRY_VERIFY(!page->isLoading());
    QHeaderView *header = page->view()->horizontalHeader();
    const int x = header->sectionViewportPosition(InstancesModel::CpusColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(page->model()->sortColumn(), int(InstancesModel::CpusColumn));
    QCOMPARE(page->model()->index(0, InstancesModel::CpusColumn).data().toInt(), 1);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(page->model()->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(page->model()->index(0, InstancesModel::CpusColumn).data().toInt(), 16);
}

void TestInstancesPage::searchBoxFiltersByLocation()
{
    auto page = createPage();
    QVERIFY(page);
    QTRY_VERIFY(!page->isLoading());
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("instanceFilterEdit"));
    QVERIFY(search && search->isVisible());
    QVERIFY(!search->placeholderText().isEmpty());
    QTest::keyClicks(search, QStringLiteral("team"));
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->rowAt(0)->location, QStringLiteral("/DC0/vm/Team Folder/app 02"));
    auto *count = page->findChild<QLabel *>(QStringLiteral("instanceCountLabel"));
    QCOMPARE(count->text(), QStringLiteral("1 of 6 instances match"));
    // The one match is selected and detailed.
    QTRY_VERIFY(page->details()->hasInstance());
    QCOMPARE(page->details()->instance().location, QStringLiteral("/DC0/vm/Team Folder/app 02"));
    search->clear();
    QTRY_COMPARE(page->model()->rowCount(), 6);
    QTest::keyClicks(search, QStringLiteral("no such vm"));
    QTRY_COMPARE(page->model()->rowCount(), 0);
    QVERIFY(!page->details()->hasInstance());
    auto *placeholder = page->findChild<QLabel *>(QStringLiteral("instanceDetailsPlaceholder"));
    QCOMPARE(placeholder->text(), QStringLiteral("No instance matches the filter."));
}

// An expression of the selection language in the search box selects as `instance list
// --filter` does (evaluated off the GUI thread); a broken one says what is wrong and keeps the
// rows shown.
void TestInstancesPage::searchBoxTakesExpressions()
{
    auto page = createPage();
    QVERIFY(page);
    QTRY_VERIFY(!page->isLoading());
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("instanceFilterEdit"));
    auto *count = page->findChild<QLabel *>(QStringLiteral("instanceCountLabel"));
    auto *problem = page->findChild<QLabel *>(QStringLiteral("instanceFilterErrorLabel"));
    QVERIFY(search && count && problem);

    QTest::keyClicks(search, QStringLiteral("cpus >= 4 and len(disks) >= 1"));
    QTRY_COMPARE(count->text(), QStringLiteral("3 of 6 instances match"));
    QVERIFY(page->model()->isExpressionFilter());
    QStringList locations;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        locations << page->model()->rowAt(row)->location;
    // In the table's order (location, numbers compared as numbers).
    QCOMPARE(locations,
        QStringList({QString::fromUtf8("/DC0/vm/Zürich-DB ünïcødé"), QStringLiteral("/ha/vm/vm9"),
            QStringLiteral("/ha/vm/vm10")}));
    QVERIFY(problem->isHidden());

    search->clear();
    QTest::keyClicks(search, QStringLiteral("len(disks) == 3"));
    QTRY_COMPARE(count->text(), QStringLiteral("1 of 6 instances match"));
    QCOMPARE(page->model()->rowAt(0)->location, QStringLiteral("/DC0/vm/web 01 (prod)"));

    // A mistake: the error is shown and the rows stay as they were.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("no_such_field == 1"));
    QTRY_VERIFY(!problem->isHidden());
    QVERIFY2(problem->text().contains(QLatin1String("column")), qPrintable(problem->text()));
    QCOMPARE(search->toolTip(), problem->toolTip());
    QVERIFY(problem->toolTip().startsWith(problem->text()));
    QCOMPARE(page->model()->rowCount(), 1);

    // Back to text: the location search, and the error goes.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("vm1"));
    QTRY_VERIFY(!page->model()->isExpressionFilter());
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->rowAt(0)->location, QStringLiteral("/ha/vm/vm10"));
    QVERIFY(problem->isHidden());
}

void TestInstancesPage::columnChooserHidesShowsAndRemembers()
{
    {
        auto page = createPage();
        QVERIFY(page);
        QTRY_VERIFY(!page->isLoading());
        QHeaderView *header = page->view()->horizontalHeader();
        // UUID is hidden by default, everything else shown.
        QVERIFY(header->isSectionHidden(InstancesModel::UuidColumn));
        QVERIFY(!header->isSectionHidden(InstancesModel::OsColumn));

        std::unique_ptr<QMenu> menu(page->columnChooser()->createMenu(page.get()));
        QCOMPARE(menu->objectName(), QStringLiteral("columnChooserMenu"));
        auto *os = menu->findChild<QAction *>(QStringLiteral("columnAction_os_version"));
        auto *uuid = menu->findChild<QAction *>(QStringLiteral("columnAction_uuid"));
        auto *location = menu->findChild<QAction *>(QStringLiteral("columnAction_location"));
        QVERIFY(os && uuid && location);
        QVERIFY(os->isChecked());
        QVERIFY(!uuid->isChecked());
        // The location always stays, greyed out with the reason.
        QVERIFY(!location->isEnabled());
        QVERIFY(!location->toolTip().isEmpty());
        os->trigger();
        uuid->trigger();
        QVERIFY(header->isSectionHidden(InstancesModel::OsColumn));
        QVERIFY(!header->isSectionHidden(InstancesModel::UuidColumn));
        QVERIFY(QSettings()
                    .value(QStringLiteral("InstancesPage/header/hiddenColumns"))
                    .toStringList()
                    .contains(QStringLiteral("os_version")));
    }
    {
        // A new page (next start) restores the choice, also across a reload.
        auto page = createPage();
        QVERIFY(page);
        QTRY_VERIFY(!page->isLoading());
        QHeaderView *header = page->view()->horizontalHeader();
        QVERIFY(header->isSectionHidden(InstancesModel::OsColumn));
        QVERIFY(!header->isSectionHidden(InstancesModel::UuidColumn));
        page->reload();
        QTRY_VERIFY(!page->isLoading());
        QVERIFY(header->isSectionHidden(InstancesModel::OsColumn));
        std::unique_ptr<QMenu> menu(page->columnChooser()->createMenu(page.get()));
        menu->findChild<QAction *>(QStringLiteral("columnActionReset"))->trigger();
        QVERIFY(!header->isSectionHidden(InstancesModel::OsColumn));
        QVERIFY(header->isSectionHidden(InstancesModel::UuidColumn));
    }
}

void TestInstancesPage::detailsShowDisksNicsRestrictions()
{
    auto page = createPage();
    QVERIFY(page);
    QTRY_VERIFY(!page->isLoading());
    page->selectInstance(m_inventory.webId);
    InstanceDetailsWidget *details = page->details();
    QTRY_VERIFY(details->hasInstance());
    QCOMPARE(details->instance().id, m_inventory.webId);
    QCOMPARE(details->findChild<QLabel *>(QStringLiteral("instanceTitle"))->text(),
        QStringLiteral("web 01 (prod)"));
    QTableWidget *disks = details->findChild<QTableWidget *>(QStringLiteral("disksTable"));
    QTableWidget *nics = details->findChild<QTableWidget *>(QStringLiteral("nicsTable"));
    QVERIFY(disks && nics && disks->isVisible());
    QCOMPARE(disks->rowCount(), 3);
    QCOMPARE(disks->item(2, 1)->text(), QStringLiteral("3.00GiB"));
    QCOMPARE(nics->rowCount(), 2);
    QCOMPARE(nics->item(1, 0)->text(), QStringLiteral("00:50:56:85:98:40"));
    QCOMPARE(nics->item(1, 1)->text(), QStringLiteral("Prod VLAN 42"));
    QCOMPARE(nics->item(1, 2)->text(), QStringLiteral("198.51.100.10"));
    auto *restrictions = details->findChild<QLabel *>(QStringLiteral("restrictionsLabel"));
    QVERIFY(restrictions->text().contains(QLatin1String("changed block tracking is off")));
    QCOMPARE(details->findChild<QLabel *>(QStringLiteral("overridesLabel"))->text(),
        QStringLiteral("None"));
    QCOMPARE(details->findChild<QLabel *>(QStringLiteral("instanceFirmwareLabel"))->text(),
        QStringLiteral("BIOS"));
}

void TestInstancesPage::overrideEditingWritesThroughAndRefreshes()
{
    auto page = createPage();
    QVERIFY(page);
    QTRY_VERIFY(!page->isLoading());
    page->selectInstance(m_inventory.webId);
    QTRY_VERIFY(page->details()->hasInstance());
    auto *button = page->details()->findChild<QPushButton *>(QStringLiteral("editOverridesButton"));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    InstanceOverridesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->window()->findChild<InstanceOverridesDialog *>(
                     QStringLiteral("instanceOverridesDialog"))));
    QTRY_VERIFY(dialog->isVisible());

    dialog->findChild<QCheckBox *>(QStringLiteral("overrideNameCheckBox"))->setChecked(true);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("overrideNameEdit"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("web01-prod"));
    dialog->findChild<QCheckBox *>(QStringLiteral("overrideCpusCheckBox"))->setChecked(true);
    dialog->findChild<QSpinBox *>(QStringLiteral("overrideCpusSpinBox"))->setValue(6);
    dialog->findChild<QCheckBox *>(QStringLiteral("overrideMemoryCheckBox"))->setChecked(true);
    auto *memory = dialog->findChild<QLineEdit *>(QStringLiteral("overrideMemoryEdit"));
    memory->clear();
    QTest::keyClicks(memory, QStringLiteral("12GiB"));
    dialog->findChild<QCheckBox *>(QStringLiteral("overrideIgnoreRestrictionsCheckBox"))
        ->setChecked(true);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(save->isEnabled());
    QPointer<InstanceOverridesDialog> guard(dialog);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!guard);

    // In the database, as `ferryctl instance show` would read it ...
    auto stored = InstanceRepository(m_inventory.db).byId(m_inventory.webId);
    QVERIFY(stored.ok());
    QCOMPARE(stored->overrides.name.value_or(QString()), QStringLiteral("web01-prod"));
    QCOMPARE(stored->overrides.cpus.value_or(0), 6);
    QCOMPARE(stored->overrides.memoryBytes.value_or(0), qint64(12) << 30);
    QVERIFY(stored->overrides.ignoreRestrictions);
    QVERIFY(!stored->overrides.disableMigration);
    // ... in the table (effective values, italics) and in the details.
    const int row = page->model()->rowOfId(m_inventory.webId);
    QVERIFY(row >= 0);
    const QModelIndex name0 = page->model()->index(row, InstancesModel::NameColumn);
    QCOMPARE(name0.data().toString(), QStringLiteral("web01-prod"));
    QVERIFY(name0.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(name0.siblingAtColumn(InstancesModel::CpusColumn).data().toInt(), 6);
    QCOMPARE(name0.siblingAtColumn(InstancesModel::MemoryColumn).data().toString(),
        QStringLiteral("12.00GiB"));
    QCOMPARE(name0.siblingAtColumn(InstancesModel::RestrictionsColumn).data().toString(),
        QStringLiteral("Ignored"));
    QVERIFY(page->details()
                ->findChild<QLabel *>(QStringLiteral("overridesLabel"))
                ->text()
                .contains(QLatin1String("web01-prod")));
    QCOMPARE(page->details()->findChild<QLabel *>(QStringLiteral("instanceCpusLabel"))->text(),
        QStringLiteral("6 (vSphere: 2)"));
    // The selection stays on the edited instance.
    QCOMPARE(page->view()->selectionModel()->selectedRows().constFirst().row(), row);

    // Clear All and Save: back to the source's values.
    page->editOverrides();
    QTRY_VERIFY((dialog = page->window()->findChild<InstanceOverridesDialog *>(
                     QStringLiteral("instanceOverridesDialog"))));
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("clearOverridesButton")), Qt::LeftButton);
    guard = dialog;
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(!guard);
    stored = InstanceRepository(m_inventory.db).byId(m_inventory.webId);
    QVERIFY(!stored->overrides.name && !stored->overrides.cpus && !stored->overrides.memoryBytes);
    QVERIFY(!stored->overrides.ignoreRestrictions);
    QCOMPARE(page->model()
                 ->index(page->model()->rowOfId(m_inventory.webId), InstancesModel::NameColumn)
                 .data()
                 .toString(),
        QStringLiteral("web 01 (prod)"));
}

// The search box evaluates expressions over a snapshot of the instances shared by every
// keystroke; saving overrides drops it, so the expression in the box sees the new values at once.
void TestInstancesPage::expressionSeesSavedOverrides()
{
    auto page = createPage();
    QVERIFY(page);
    QTRY_VERIFY(!page->isLoading());
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("instanceFilterEdit"));
    auto *count = page->findChild<QLabel *>(QStringLiteral("instanceCountLabel"));
    QTest::keyClicks(search, QStringLiteral("name == 'renamed-web'"));
    QTRY_COMPARE(count->text(), QStringLiteral("0 of 6 instances match"));
    // Another keystroke, on the same snapshot.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("name != 'renamed-web'"));
    QTRY_COMPARE(count->text(), QStringLiteral("6 of 6 instances match"));

    page->selectInstance(m_inventory.webId);
    QTRY_VERIFY(page->details()->hasInstance());
    InstanceOverridesDialog *dialog = page->editOverrides();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->findChild<QCheckBox *>(QStringLiteral("overrideNameCheckBox"))->setChecked(true);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("overrideNameEdit"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("renamed-web"));
    QPointer<InstanceOverridesDialog> guard(dialog);
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(!guard);
    QTRY_COMPARE(count->text(), QStringLiteral("5 of 6 instances match"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("name == 'renamed-web'"));
    QTRY_COMPARE(count->text(), QStringLiteral("1 of 6 instances match"));
    QCOMPARE(page->model()->rowAt(0)->id, m_inventory.webId);
}

void TestInstancesPage::invalidOverridesKeepSaveDisabled()
{
    auto instance = InstanceRepository(m_inventory.db).byId(m_inventory.webId);
    QVERIFY(instance.ok());
    InstanceOverridesDialog dialog(*instance);
    dialog.show();
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("overridesProblemLabel"));
    QVERIFY(save->isEnabled());
    QVERIFY(!problem->isVisible());
    // Unticked values cannot be edited.
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("overrideNameEdit"))->isEnabled());

    dialog.findChild<QCheckBox *>(QStringLiteral("overrideNameCheckBox"))->setChecked(true);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("overrideNameEdit"));
    name->setText(QStringLiteral("web 01 (prod)"));
    QVERIFY(!save->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QLatin1String("host name")));
    QVERIFY(!dialog.overrides());
    name->setText(QStringLiteral("web-01"));
    QVERIFY(save->isEnabled());

    dialog.findChild<QCheckBox *>(QStringLiteral("overrideMemoryCheckBox"))->setChecked(true);
    auto *memory = dialog.findChild<QLineEdit *>(QStringLiteral("overrideMemoryEdit"));
    memory->setText(QStringLiteral("lots"));
    QVERIFY(!save->isEnabled());
    QVERIFY(problem->isVisible());
    memory->setText(QStringLiteral("4096MiB"));
    QVERIFY(save->isEnabled());
    QCOMPARE(dialog.overrides()->memoryBytes.value_or(0), qint64(4) << 30);
}

// The "New guest addresses" section: one row per NIC, checked by nicAddressProblem, written with
// setNicAddressOverride, cleared by Clear All, pre-filled from the instance's overrides and shown
// in the details.
void TestInstancesPage::nicAddressOverridesInTheDialog()
{
    auto instance = InstanceRepository(m_inventory.db).byId(m_inventory.webId);
    QVERIFY(instance.ok());
    QCOMPARE(instance->nics.size(), 2);
    const QString mac0 = instance->nics.at(0).hardwareAddress;
    InstanceOverridesDialog dialog(*instance);
    dialog.show();
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("overridesProblemLabel"));
    auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("nicAddressEdit_0"));
    auto *gateway = dialog.findChild<QLineEdit *>(QStringLiteral("nicGatewayEdit_0"));
    auto *dns = dialog.findChild<QLineEdit *>(QStringLiteral("nicDnsEdit_0"));
    auto *gateway1 = dialog.findChild<QLineEdit *>(QStringLiteral("nicGatewayEdit_1"));
    QVERIFY(address && gateway && dns && gateway1);
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("nicAddressEdit_2")));
    QVERIFY(address->isVisible() && address->text().isEmpty());
    QCOMPARE(address->placeholderText(), QStringLiteral("198.51.100.20/24"));
    QVERIFY(address->accessibleName().contains(mac0));
    QVERIFY(save->isEnabled());
    QVERIFY(nicAddressOverrides(*dialog.overrides()).isEmpty());

    QTest::keyClicks(address, QStringLiteral("192.0.2.20/24"));
    QVERIFY(save->isEnabled());
    QVector<NicAddressOverride> nics = nicAddressOverrides(*dialog.overrides());
    QCOMPARE(nics.size(), 1);
    QCOMPARE(nics.at(0).mac, mac0);
    QCOMPARE(nics.at(0).ipv4, QStringLiteral("192.0.2.20/24"));
    QVERIFY(nics.at(0).gateway.isEmpty() && nics.at(0).dns.isEmpty());

    // A gateway outside the subnet: Save stays disabled, the problem names the NIC.
    QTest::keyClicks(gateway, QStringLiteral("198.51.100.1"));
    QVERIFY(!save->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(mac0 + QLatin1String(": ")), qPrintable(problem->text()));
    QVERIFY2(problem->text().contains(QLatin1String("subnet")), qPrintable(problem->text()));
    QVERIFY(!dialog.overrides());
    gateway->setText(QStringLiteral("192.0.2.1"));
    dns->setText(QStringLiteral("192.0.2.53, 192.0.2.54"));
    QVERIFY(save->isEnabled());
    QVERIFY(!problem->isVisible());
    dns->setText(QStringLiteral("192.0.2.53, ns1"));
    QVERIFY(!save->isEnabled());
    QVERIFY(problem->text().contains(QLatin1String("ns1")));
    dns->setText(QStringLiteral("192.0.2.53,192.0.2.54"));
    QVERIFY(save->isEnabled());

    // A gateway without an address is a problem too.
    gateway1->setText(QStringLiteral("198.51.100.1"));
    QVERIFY(!save->isEnabled());
    QVERIFY(problem->text().startsWith(QLatin1String("00:50:56:85:98:40: ")));
    gateway1->clear();
    QVERIFY(save->isEnabled());

    // Save emits them.
    QSignalSpy saved(&dialog, &InstanceOverridesDialog::saveRequested);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    const auto emitted = saved.at(0).at(0).value<InstanceOverrides>();
    nics = nicAddressOverrides(emitted);
    QCOMPARE(nics.size(), 1);
    QCOMPARE(nics.at(0).gateway, QStringLiteral("192.0.2.1"));
    QCOMPARE(
        nics.at(0).dns, QStringList({QStringLiteral("192.0.2.53"), QStringLiteral("192.0.2.54")}));

    // Clear All empties them.
    QTest::mouseClick(
        dialog.findChild<QPushButton *>(QStringLiteral("clearOverridesButton")), Qt::LeftButton);
    QVERIFY(address->text().isEmpty() && gateway->text().isEmpty() && dns->text().isEmpty());
    QVERIFY(save->isEnabled());
    QVERIFY(nicAddressOverrides(*dialog.overrides()).isEmpty());

    // An existing override is pre-filled (the MAC matched whatever its case) and shown in the
    // details; emptying the address removes it.
    Instance with = *instance;
    setNicAddressOverride(with.overrides,
        {QStringLiteral("00:50:56:85:98:40"), QStringLiteral("198.51.100.30/24"),
            QStringLiteral("198.51.100.1"), {QStringLiteral("198.51.100.53")}});
    with.nics[1].hardwareAddress = with.nics[1].hardwareAddress.toUpper();
    InstanceOverridesDialog again(with);
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("nicAddressEdit_1"))->text(),
        QStringLiteral("198.51.100.30/24"));
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("nicGatewayEdit_1"))->text(),
        QStringLiteral("198.51.100.1"));
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("nicDnsEdit_1"))->text(),
        QStringLiteral("198.51.100.53"));
    QVERIFY(again.findChild<QLineEdit *>(QStringLiteral("nicAddressEdit_0"))->text().isEmpty());
    QCOMPARE(nicAddressOverrides(*again.overrides()).size(), 1);
    again.findChild<QLineEdit *>(QStringLiteral("nicAddressEdit_1"))->clear();
    QVERIFY(!again.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
    again.findChild<QLineEdit *>(QStringLiteral("nicGatewayEdit_1"))->clear();
    again.findChild<QLineEdit *>(QStringLiteral("nicDnsEdit_1"))->clear();
    QVERIFY(again.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
    QVERIFY(nicAddressOverrides(*again.overrides()).isEmpty());

    InstanceDetailsWidget details;
    details.setInstance(with, QStringLiteral("vc01"));
    const QString shown = details.findChild<QLabel *>(QStringLiteral("overridesLabel"))->text();
    QVERIFY2(shown.contains(QLatin1String("00:50:56:85:98:40"))
            && shown.contains(QLatin1String("198.51.100.30/24"))
            && shown.contains(QLatin1String("198.51.100.53")),
        qPrintable(shown));
}

void TestInstancesPage::inventoryChangeReloads()
{
    auto page = createPage();
    QVERIFY(page);
    QTRY_VERIFY(!page->isLoading());
    QSignalSpy loaded(page.get(), &InstancesPage::loaded);
    Instance extra = test::sampleInstance(
        m_inventory.vc01, QStringLiteral("vm-99"), QStringLiteral("/DC0/vm/new one"), 2, 1024);
    QVERIFY(InstanceRepository(m_inventory.db).save(extra).ok());
    Q_EMIT m_events.inventoryChanged();
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(page->model()->totalCount(), 7);
}

QTEST_MAIN(TestInstancesPage)
#include "test_instancespage.moc"
