// The network mappings table: several networks selected on the Networks page are edited in one
// dialog, their target network chosen from the target's inventory; invalid rows are marked with
// the reason and Save waits for them; saved rows are stored as overrides.
#include "batchtestdata.h"
#include "guitestdata.h"
#include "guitestsupport.h"
#include "inventory/networkmapping.h"

#include "common/dataevents.h"
#include "common/emptystatewidget.h"
#include "networks/networkmappingsdialog.h"
#include "networks/networksmodel.h"
#include "networks/networkspage.h"
#include "secrets/credentialstore.h"
#include "store/networkrepository.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace ferry;
using namespace ferry::gui;

class TestNetworkMappings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void severalRowsEditedAtOnce();
    void invalidRowsAreRefused();
    void oneSelectedNetworkKeepsTheSingleDialog();

private:
    std::unique_ptr<NetworksPage> createPage();
    QVector<qint64> idsOf(const QStringList &locations) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    test::SampleInventory m_inventory;
    DataEvents m_events;
};

void TestNetworkMappings::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateUserState(m_settingsDir);
}

void TestNetworkMappings::init()
{
    test::clearSettings();
    m_dataDir = std::make_unique<QTemporaryDir>();
    auto filled = test::fillSampleInventory(m_dataDir->path());
    QVERIFY2(filled.ok(), qPrintable(filled.ok() ? QString() : filled.error().toString()));
    m_inventory = *filled;
    QVERIFY(test::addSampleTarget(m_inventory.db).ok());
}

void TestNetworkMappings::cleanup()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows)
        if (qobject_cast<QDialog *>(w))
            w->close();
    QThreadPool::globalInstance()->waitForDone();
    m_inventory = {};
    m_dataDir.reset();
}

std::unique_ptr<NetworksPage> TestNetworkMappings::createPage()
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

QVector<qint64> TestNetworkMappings::idsOf(const QStringList &locations) const
{
    QVector<qint64> ids;
    const QVector<Network> all = *NetworkRepository(m_inventory.db).all();
    for (const Network &n : all)
        if (locations.contains(n.location) && n.sourceId == m_inventory.vc01)
            ids << n.id;
    return ids;
}

void TestNetworkMappings::severalRowsEditedAtOnce()
{
    auto page = createPage();
    QVERIFY(page);
    const QVector<qint64> ids = idsOf(
        {QStringLiteral("/DC0/network/Prod VLAN 42"), QStringLiteral("/DC0/network/Lab Trunk")});
    QCOMPARE(ids.size(), 2);
    page->selectNetworks(ids);
    QCOMPARE(page->selectedIds().size(), 2);
    QVERIFY(page->findChild<QAction *>(QStringLiteral("actionEditNetworkMappings"))->isEnabled());
    QVERIFY(page->editSelected() == nullptr); // several: the table opens instead
    auto *dialog = page->window()->findChild<NetworkMappingsDialog *>();
    if (!dialog)
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<NetworkMappingsDialog *>(w))
                dialog = d;
    QVERIFY(dialog);
    QTableWidget *table = dialog->table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, NetworkMappingsDialog::SourceColumn)->text(),
        QStringLiteral("/DC0/network/Lab Trunk"));
    // The target's networks are offered.
    QCOMPARE(dialog->targetNetworks(),
        QStringList({QStringLiteral("br-prod"), QStringLiteral("incusbr0")}));
    auto *firstNetwork = dialog->findChild<QComboBox *>(QStringLiteral("targetNetworkCombo0"));
    QCOMPARE(firstNetwork->count(), 2);

    // Both rows at once: bridged on br-prod, VLAN 7.
    dialog->setBulkValues(
        QStringLiteral("br-prod"), QStringLiteral("bridged"), QStringLiteral("7"));
    table->selectAll();
    dialog->findChild<QPushButton *>(QStringLiteral("applyToSelectedButton"))->click();
    QCOMPARE(dialog->problems(), QStringList({QString(), QString()}));
    QVERIFY(dialog->saveButton()->isEnabled());
    dialog->saveButton()->click();
    QTRY_VERIFY([&] {
        const QVector<Network> all = *NetworkRepository(m_inventory.db).all();
        // What the NICs get (bridged is a port group's default, so it need not be stored).
        for (const Network &n : all) {
            const ferry::NetworkPlacement p = ferry::effectivePlacement(n);
            if (ids.contains(n.id)
                && (p.network != QStringLiteral("br-prod") || p.nicType != QStringLiteral("bridged")
                    || p.vlan != QStringLiteral("7")))
                return false;
        }
        return true;
    }());
    // The page shows the new values.
    const int row = page->model()->rowOfId(ids.first());
    QTRY_COMPARE(page->model()->index(row, NetworksModel::TargetNetworkColumn).data().toString(),
        QStringLiteral("br-prod"));
}

void TestNetworkMappings::invalidRowsAreRefused()
{
    QVector<Network> networks;
    const QVector<Network> all = *NetworkRepository(m_inventory.db).all();
    for (const Network &n : all)
        if (n.sourceId == m_inventory.vc01)
            networks << n;
    std::sort(networks.begin(), networks.end(),
        [](const Network &a, const Network &b) { return a.location < b.location; });
    QCOMPARE(networks.size(), 3);
    NetworkMappingsDialog dialog(
        networks, {*TargetRepository(m_inventory.db).byName(QStringLiteral("incus01"))});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Rows: Lab Trunk, Prod VLAN 42, VM Network (its default VM-Network is not on the target).
    QCOMPARE(dialog.problems().value(2), QStringLiteral("incus01 has no network VM-Network."));
    QVERIFY(!dialog.saveButton()->isEnabled());
    dialog.setRow(2, QStringLiteral("incusbr0"), QStringLiteral("managed"), {});
    QVERIFY(dialog.problems().value(2).isEmpty());
    QVERIFY(dialog.saveButton()->isEnabled());
    // A VLAN on a managed NIC.
    dialog.setRow(0, QStringLiteral("incusbr0"), QStringLiteral("managed"), QStringLiteral("10"));
    QVERIFY(!dialog.problems().value(0).isEmpty());
    QCOMPARE(dialog.table()->item(0, NetworkMappingsDialog::ProblemColumn)->text(),
        dialog.problems().value(0));
    QVERIFY(!dialog.saveButton()->isEnabled());
    // A managed NIC on a network the target does not manage.
    dialog.setRow(0, QStringLiteral("br-prod"), QStringLiteral("managed"), {});
    QCOMPARE(dialog.problems().value(0),
        QStringLiteral("br-prod is not a network incus01 manages; use bridged or macvlan."));
    // No network at all.
    dialog.setRow(0, QString(), QStringLiteral("physical"), {});
    QCOMPARE(dialog.problems().value(0), QStringLiteral("Choose a target network."));
    QVERIFY(!dialog.saveButton()->isEnabled());
    // physical is passthrough: no VLAN; a trunk needs bridged.
    dialog.setRow(0, QStringLiteral("eth1"), QStringLiteral("physical"), QStringLiteral("100-200"));
    QVERIFY(!dialog.saveButton()->isEnabled());
    dialog.setRow(0, QStringLiteral("eth1"), QStringLiteral("bridged"), QStringLiteral("100-200"));
    QVERIFY(dialog.saveButton()->isEnabled());
    const QVector<Network> result = dialog.result();
    QVERIFY(result.value(0).overrideNetwork == QStringLiteral("eth1"));
    QVERIFY(result.value(2).overrideNetwork == QStringLiteral("incusbr0"));
    QVERIFY(!result.value(2).overrideNicType); // managed is its default
}

void TestNetworkMappings::oneSelectedNetworkKeepsTheSingleDialog()
{
    auto page = createPage();
    QVERIFY(page);
    page->selectNetworks(idsOf({QStringLiteral("/DC0/network/VM Network")}));
    QVERIFY(page->editSelected() != nullptr);
}

QTEST_MAIN(TestNetworkMappings)
#include "test_networkmappings.moc"
