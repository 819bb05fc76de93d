// Renders the Batch wizard, the Batches page and the network mappings table to PNGs for
// docs/screenshots, on a temporary database filled through the repositories (the GUI tests'
// sample inventory plus a few dozen more VMs) and a registered target whose inventory is the
// cached one, so no server is needed:
//
//   QT_QPA_PLATFORM=offscreen build/tests/gui/ferry_batch_screenshot OUTDIR [--dark]
//
// Writes batch-wizard-selection.png (a live preview), batch-wizard-selection-error.png (the
// error marker), batch-wizard-windows.png, batch-wizard-placement.png (a dry run),
// batch-wizard-preflight.png, batch-wizard-summary.png, network-mappings.png and batches.png.
#include "batchtestdata.h"
#include "guitestdata.h"

#include "batch/batchservice.h"
#include "batches/batchespage.h"
#include "batches/batchplacementpage.h"
#include "batches/batchpreflightpage.h"
#include "batches/batchselectionpage.h"
#include "batches/batchwindowspage.h"
#include "batches/batchwizard.h"
#include "batches/expressionedit.h"
#include "common/dataevents.h"
#include "common/emptystatewidget.h"
#include "common/icons.h"
#include "networks/networkmappingsdialog.h"
#include "secrets/credentialstore.h"
#include "startup/startup.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyleFactory>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <cstdio>
#include <functional>

using namespace ferry;
using namespace ferry::gui;

namespace {

bool waitFor(const std::function<bool()> &condition)
{
    for (int i = 0; i < 600 && !condition(); ++i)
        QTest::qWait(50);
    return condition();
}

bool save(QWidget *widget, const QString &file)
{
    QTest::qWait(150);
    if (!widget->grab().save(file)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return false;
    }
    std::fprintf(stderr, "wrote %s\n", qPrintable(file));
    return true;
}

void addMoreInstances(const test::SampleInventory &inv)
{
    static const char *const roles[] = {"web", "db", "app", "cache", "mail"};
    static const char *const folders[] = {"Production", "Staging"};
    // Their NICs are on "VM Network", which goes to the target's managed incusbr0.
    qint64 vmNetwork = 0;
    const QVector<Network> networks = *NetworkRepository(inv.db).all();
    for (const Network &n : networks)
        if (n.sourceId == inv.vc01 && n.location == QLatin1String("/DC0/network/VM Network"))
            vmNetwork = n.id;
    (void)NetworkRepository(inv.db).setOverrides(
        vmNetwork, QStringLiteral("incusbr0"), std::nullopt, std::nullopt);
    QVector<Instance> list;
    for (int i = 0; i < 36; ++i) {
        const QString name = QStringLiteral("%1-%2")
                                 .arg(QLatin1String(roles[i % 5]))
                                 .arg(i / 5 + 1, 2, 10, QLatin1Char('0'));
        Instance vm = test::sampleInstance(inv.vc01, QStringLiteral("vm-%1").arg(200 + i),
            QStringLiteral("/DC0/vm/%1/%2").arg(QLatin1String(folders[i % 2]), name), 1 << (i % 4),
            2048 << (i % 3));
        vm.nics.first().hardwareAddress = QStringLiteral("00:50:56:01:%1:%2")
                                              .arg(i / 256, 2, 16, QLatin1Char('0'))
                                              .arg(i % 256, 2, 16, QLatin1Char('0'));
        vm.nics.first().networkId = vmNetwork;
        vm.backgroundImport = i % 3 != 0; // a third cannot be copied while running
        for (Disk &d : vm.disks)
            d.backgroundImportVerified = vm.backgroundImport;
        vm.nics.first().ipv4Address = QStringLiteral("10.42.0.%1").arg(10 + i);
        list << vm;
    }
    (void)InstanceRepository(inv.db).saveAll(list);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    setApplicationMetadata();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QTemporaryDir dir;
    qputenv("FERRY_TEST_SOURCE_DIR", FERRY_SOURCE_DIR);
    auto filled = test::fillSampleInventory(dir.path());
    if (!filled) {
        std::fprintf(stderr, "%s\n", qPrintable(filled.error().toString()));
        return 1;
    }
    const test::SampleInventory inv = *filled;
    addMoreInstances(inv);
    if (!test::addSampleTarget(inv.db)) {
        std::fprintf(stderr, "cannot add the target\n");
        return 1;
    }
    DataEvents events;
    const GuiContext context {inv.db, std::make_shared<CredentialStore>(), &events};
    const TargetRefresher cached = [db = inv.db](const QString &name) {
        return TargetRepository(db).byName(name);
    };
    bool ok = true;

    {
        BatchWizard wizard(BatchWizardContext {context, cached});
        wizard.resize(900, 640);
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            std::fprintf(stderr, "the window was not shown\n");
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("batchNameEdit")),
            QStringLiteral("prod-web-wave1"));
        wizard.next();
        ExpressionEdit *editor = wizard.selectionPage()->editor();
        QTest::keyClicks(editor,
            QStringLiteral("location matches '/Production/' and len(disks) == 1 and cpus <= "));
        ok &= waitFor([&] { return editor->hasErrorMarker(); });
        ok &= save(&wizard, out + QStringLiteral("/batch-wizard-selection-error.png"));
        QTest::keyClicks(editor, QStringLiteral("4"));
        ok &= waitFor([&] { return wizard.selectionPage()->matchedCount() >= 0; });
        ok &= save(&wizard, out + QStringLiteral("/batch-wizard-selection.png"));
        wizard.next();
        BatchWindowsPage *windows = wizard.windowsPage();
        MigrationWindow w;
        w.name = QStringLiteral("night1");
        w.start = QDateTime(QDate(2030, 1, 10), QTime(1, 0), Qt::UTC);
        w.end = QDateTime(QDate(2030, 1, 10), QTime(4, 0), Qt::UTC);
        w.lockout = QDateTime(QDate(2030, 1, 10), QTime(3, 0), Qt::UTC);
        w.capacity = 10;
        windows->setWindow(windows->addWindow(), w);
        w.name = QStringLiteral("night2");
        w.start = QDateTime(QDate(2030, 1, 11), QTime(1, 0), Qt::UTC);
        w.end = QDateTime(QDate(2030, 1, 11), QTime(4, 0), Qt::UTC);
        w.lockout = {};
        windows->setWindow(windows->addWindow(), w);
        w.name = QStringLiteral("retry");
        w.start = QDateTime(QDate(2030, 1, 11), QTime(3, 0), Qt::UTC);
        w.end = QDateTime(QDate(2030, 1, 11), QTime(5, 0), Qt::UTC);
        windows->setWindow(windows->addWindow(), w);
        ok &= save(&wizard, out + QStringLiteral("/batch-wizard-windows.png"));
        windows->table()->selectRow(2);
        windows->removeSelected();
        wizard.next();
        BatchPlacementPage *placement = wizard.placementPage();
        ok &= waitFor([&] { return placement->inventoryLoaded(); });
        auto *pool = placement->findChild<QComboBox *>(QStringLiteral("poolCombo"));
        pool->setCurrentIndex(pool->findData(QStringLiteral("fast")));
        placement->findChild<QPlainTextEdit *>(QStringLiteral("placementScriptEdit"))
            ->setPlainText(QStringLiteral("function placement(instance, batch) {\n"
                                          "    if (instance.name.startsWith('db-'))\n"
                                          "        set_project('production');\n"
                                          "    log_info('placed ' + instance.name);\n"
                                          "}\n"));
        placement->dryRun();
        auto *dryRun = placement->findChild<QTableView *>(QStringLiteral("dryRunTable"));
        ok &= waitFor([&] { return dryRun->model()->rowCount() > 0; });
        ok &= save(&wizard, out + QStringLiteral("/batch-wizard-placement.png"));
        wizard.next();
        wizard.next();
        ok &= waitFor([&] { return !wizard.preflightPage()->isLoading(); });
        ok &= save(&wizard, out + QStringLiteral("/batch-wizard-preflight.png"));
        wizard.next();
        ok &= save(&wizard, out + QStringLiteral("/batch-wizard-summary.png"));
        wizard.button(QWizard::FinishButton)->click();
        ok &= waitFor([&] { return !wizard.createdBatch().isEmpty(); });
    }

    {
        QVector<Network> networks;
        const QVector<Network> all = *NetworkRepository(inv.db).all();
        for (const Network &n : all)
            if (n.sourceId == inv.vc01)
                networks << n;
        std::sort(networks.begin(), networks.end(),
            [](const Network &a, const Network &b) { return a.location < b.location; });
        NetworkMappingsDialog dialog(
            networks, {*TargetRepository(inv.db).byName(QStringLiteral("incus01"))});
        dialog.resize(900, 380);
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            std::fprintf(stderr, "the window was not shown\n");
        dialog.setRow(
            0, QStringLiteral("br-prod"), QStringLiteral("bridged"), QStringLiteral("100-200,300"));
        dialog.setRow(
            1, QStringLiteral("incusbr0"), QStringLiteral("managed"), QStringLiteral("42"));
        dialog.table()->selectRow(0);
        dialog.setBulkValues(QStringLiteral("br-prod"), QStringLiteral("bridged"), QString());
        ok &= save(&dialog, out + QStringLiteral("/network-mappings.png"));
    }

    {
        batch::BatchService service(inv.db);
        (void)service.addFromYaml("name: staging-all\ninclude_expression: \"location matches "
                                  "'/Staging/'\"\ndefaults:\n    placement:\n        target: "
                                  "incus01\n");
        (void)service.start(QStringLiteral("staging-all"));
        auto *empty = new EmptyStateWidget;
        BatchesPage page(context, empty);
        QAction create(themedIcon(QStringLiteral("batch-create")), QStringLiteral("Create Batch…"));
        create.setObjectName(QStringLiteral("actionCreateBatch"));
        page.setCreateAction(&create);
        page.resize(1000, 620);
        page.show();
        if (!QTest::qWaitForWindowExposed(&page))
            std::fprintf(stderr, "the window was not shown\n");
        ok &= waitFor([&] { return page.view()->model()->rowCount() == 2 && !page.isLoading(); });
        page.selectBatch(QStringLiteral("prod-web-wave1"));
        ok &= waitFor([&] { return !page.isLoading() && page.matchedView()->count() > 0; });
        ok &= save(&page, out + QStringLiteral("/batches.png"));
    }
    return ok ? 0 : 1;
}
