// The Networks page on a temporary database: the mapping columns as `ferryctl network list`
// shows them, the mapping editor with validatePlacement's errors inline, saving and resetting
// to the default.
#include "guitestdata.h"
#include "guitestsupport.h"

#include "common/dataevents.h"
#include "common/emptystatewidget.h"
#include "networks/networkmappingdialog.h"
#include "networks/networksmodel.h"
#include "networks/networkspage.h"
#include "secrets/credentialstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace ferry;
using namespace ferry::gui;

class TestNetworksPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsNetworksWithTheDefaultMapping();
    void mappingDialogShowsValidationInline();
    void savingAndResettingAMapping();

private:
    std::unique_ptr<NetworksPage> createPage();
    QModelIndex rowOf(NetworksPage *page, const QString &location) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    test::SampleInventory m_inventory;
    DataEvents m_events;
};

void TestNetworksPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateUserState(m_settingsDir);
}

void TestNetworksPage::init()
{
    test::clearSettings();
    m_dataDir = std::make_unique<QTemporaryDir>();
    auto filled = test::fillSampleInventory(m_dataDir->path());
    QVERIFY2(filled.ok(), qPrintable(filled.ok() ? QString() : filled.error().toString()));
    m_inventory = *filled;
}

void TestNetworksPage::cleanup()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows)
        if (qobject_cast<QDialog *>(w))
            w->close();
    m_inventory = {};
    m_dataDir.reset();
}

std::unique_ptr<NetworksPage> TestNetworksPage::createPage()
{
    auto *empty = new EmptyStateWidget;
    auto page = std::make_unique<NetworksPage>(
        GuiContext {m_inventory.db, std::make_shared<CredentialStore>(), &m_events}, empty);
    page->resize(1100, 500);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return nullptr;
    return page;
}

QModelIndex TestNetworksPage::rowOf(NetworksPage *page, const QString &location) const
{
    QAbstractItemModel *model = page->view()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, NetworksModel::LocationColumn).data().toString() == location)
            return model->index(r, 0);
    return {};
}

void TestNetworksPage::listsNetworksWithTheDefaultMapping()
{
    auto page = createPage();
    QVERIFY(page);
    QAbstractItemModelTester tester(
        page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->view()->model()->rowCount(), 4);
    const QModelIndex standard = rowOf(page.get(), QStringLiteral("/DC0/network/VM Network"));
    QVERIFY(standard.isValid());
    QCOMPARE(standard.siblingAtColumn(NetworksModel::TargetNetworkColumn).data().toString(),
        QStringLiteral("VM-Network"));
    QCOMPARE(standard.siblingAtColumn(NetworksModel::NicTypeColumn).data().toString(),
        QStringLiteral("managed"));
    QCOMPARE(standard.siblingAtColumn(NetworksModel::SourceColumn).data().toString(),
        QStringLiteral("vc01"));
    QCOMPARE(standard.siblingAtColumn(NetworksModel::TypeColumn).data().toString(),
        QStringLiteral("Standard"));
    const QModelIndex vlan = rowOf(page.get(), QStringLiteral("/DC0/network/Prod VLAN 42"));
    QCOMPARE(vlan.siblingAtColumn(NetworksModel::NicTypeColumn).data().toString(),
        QStringLiteral("bridged"));
    QCOMPARE(
        vlan.siblingAtColumn(NetworksModel::VlanColumn).data().toString(), QStringLiteral("42"));
    const QModelIndex trunk = rowOf(page.get(), QStringLiteral("/DC0/network/Lab Trunk"));
    QCOMPARE(trunk.siblingAtColumn(NetworksModel::VlanColumn).data().toString(),
        QStringLiteral("100-200,300"));
    // Nothing overridden: Reset is greyed out with the reason.
    page->view()->selectRow(standard.row());
    auto *reset = page->findChild<QAction *>(QStringLiteral("actionResetNetworkMapping"));
    QVERIFY(!reset->isEnabled());
    QCOMPARE(reset->toolTip(), QStringLiteral("This network uses the default mapping already."));
}

void TestNetworksPage::mappingDialogShowsValidationInline()
{
    auto page = createPage();
    QVERIFY(page);
    page->view()->selectRow(rowOf(page.get(), QStringLiteral("/DC0/network/Prod VLAN 42")).row());
    auto *dialog = page->editSelected();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *target = dialog->findChild<QLineEdit *>(QStringLiteral("targetNetworkEdit"));
    auto *nicType = dialog->findChild<QComboBox *>(QStringLiteral("nicTypeComboBox"));
    auto *vlan = dialog->findChild<QLineEdit *>(QStringLiteral("vlanEdit"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("mappingProblemLabel"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QCOMPARE(target->text(), QStringLiteral("Prod-VLAN-42"));
    QCOMPARE(nicType->currentData().toString(), QStringLiteral("bridged"));
    QCOMPARE(vlan->text(), QStringLiteral("42"));
    QVERIFY(!problem->isVisible());
    QVERIFY(save->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("defaultMappingLabel"))
                ->text()
                .contains(QLatin1String("VLAN 42")));

    // A managed NIC with a VLAN is what validatePlacement refuses: said under the fields.
    nicType->setCurrentIndex(nicType->findData(QStringLiteral("managed")));
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(),
        QStringLiteral("A VLAN can only be set with the bridged or macvlan NIC type."));
    QVERIFY(!save->isEnabled());
    vlan->clear();
    QVERIFY(!problem->isVisible());
    QVERIFY(save->isEnabled());
    target->clear();
    QCOMPARE(problem->text(), QStringLiteral("The target network is empty."));
    QVERIFY(!save->isEnabled());
    dialog->reject();
}

void TestNetworksPage::savingAndResettingAMapping()
{
    auto page = createPage();
    QVERIFY(page);
    const QString location = QStringLiteral("/DC0/network/VM Network");
    page->view()->selectRow(rowOf(page.get(), location).row());
    auto *dialog = qobject_cast<NetworkMappingDialog *>(page->editSelected());
    QVERIFY(dialog);
    auto *target = dialog->findChild<QLineEdit *>(QStringLiteral("targetNetworkEdit"));
    auto *nicType = dialog->findChild<QComboBox *>(QStringLiteral("nicTypeComboBox"));
    auto *vlan = dialog->findChild<QLineEdit *>(QStringLiteral("vlanEdit"));
    target->setText(QStringLiteral("br-prod"));
    nicType->setCurrentIndex(nicType->findData(QStringLiteral("bridged")));
    vlan->setText(QStringLiteral("10"));
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);

    // Written through NetworkRepository, shown in italics.
    const qint64 id = rowOf(page.get(), location).data(NetworksModel::NetworkIdRole).toLongLong();
    QTRY_COMPARE(NetworkRepository(m_inventory.db).byId(id)->overrideNetwork.value_or(QString()),
        QStringLiteral("br-prod"));
    auto stored = NetworkRepository(m_inventory.db).byId(id);
    QCOMPARE(stored->overrideNicType.value_or(QString()), QStringLiteral("bridged"));
    QCOMPARE(stored->overrideVlan.value_or(QString()), QStringLiteral("10"));
    QTRY_COMPARE(rowOf(page.get(), location)
                     .siblingAtColumn(NetworksModel::TargetNetworkColumn)
                     .data()
                     .toString(),
        QStringLiteral("br-prod"));
    const QModelIndex changed = rowOf(page.get(), location);
    QVERIFY(changed.siblingAtColumn(NetworksModel::NicTypeColumn)
                .data(Qt::FontRole)
                .value<QFont>()
                .italic());
    QVERIFY(changed.siblingAtColumn(NetworksModel::TargetNetworkColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("VM-Network")));

    // Reset to Default clears every override.
    page->view()->selectRow(changed.row());
    auto *reset = page->findChild<QAction *>(QStringLiteral("actionResetNetworkMapping"));
    QVERIFY(reset->isEnabled());
    reset->trigger();
    QTRY_VERIFY(!NetworkRepository(m_inventory.db).byId(id)->overrideNetwork);
    stored = NetworkRepository(m_inventory.db).byId(id);
    QVERIFY(!stored->overrideNicType && !stored->overrideVlan);
    QTRY_COMPARE(rowOf(page.get(), location)
                     .siblingAtColumn(NetworksModel::TargetNetworkColumn)
                     .data()
                     .toString(),
        QStringLiteral("VM-Network"));
    QTRY_VERIFY(!reset->isEnabled());
}

QTEST_MAIN(TestNetworksPage)
#include "test_networkspage.moc"
