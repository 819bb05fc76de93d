// Instances view benchmark (issue 3): the Instances page's model with 100,000 synthetic rows in
// a shown QTableView (offscreen), as a person uses it: sort by a column (a header click), type
// a location filter. Each figure is the best of several runs, in milliseconds, and includes
// the view's update and a repaint of the visible rows. Prints one line per figure:
//   name milliseconds [extra]
// build_rows and ranks are the loader's work, done off the GUI thread when the page loads;
// cold_sort_* is a text column sorted without the loader's ranks.
// With --database, it first writes the inventory to a temporary SQLite database through the
// repositories and reports how long the page's loader takes to read it back (load_database).
#include "common/dataevents.h"
#include "common/emptystatewidget.h"
#include "common/guicontext.h"
#include "instances/instancerow.h"
#include "instances/instancesloader.h"
#include "instances/instancesmodel.h"
#include "instances/instancespage.h"
#include "inventory/restrictions.h"
#include "model/instance.h"
#include "model/source.h"
#include "secrets/credentialstore.h"
#include "store/database.h"
#include "store/instancerepository.h"
#include "store/sourcerepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>

using namespace ferry;
using namespace ferry::gui;

namespace {

constexpr qint64 GiB = qint64(1) << 30;
constexpr int kRuns = 5;

std::vector<Instance> makeInventory(int count)
{
    static const char *const roles[] = {"web", "db", "app", "cache", "batch", "mail", "ci"};
    static const char *const folders[]
        = {"Production", "Staging", "Team Folder", "Legacy", "Zürich"};
    static const char *const oses[] = {"Debian GNU/Linux 12 (bookworm)", "Ubuntu 24.04 LTS",
        "Windows Server 2019 Standard, 64-bit (Build 17763)", "Red Hat Enterprise Linux 9.4 (Plow)",
        "Ubuntu Linux (64-bit)"};
    std::vector<Instance> out;
    out.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        Instance vm;
        vm.id = i + 1;
        const QString role = QLatin1String(roles[i % 7]);
        // Names are not in location order, so sorting by name does real work.
        vm.name
            = QStringLiteral("%1-%2").arg(role).arg((i * 7919) % count, 6, 10, QLatin1Char('0'));
        vm.location = QStringLiteral("/DC%1/vm/%2/%3")
                          .arg(i % 4)
                          .arg(QString::fromUtf8(folders[(i / 7) % 5]), vm.name);
        vm.uuid = QStringLiteral("%1-0000-4000-8000-%2")
                      .arg((i * 2654435761u) & 0xffffffffu, 8, 16, QLatin1Char('0'))
                      .arg(i, 12, 10, QLatin1Char('0'));
        vm.sourceSpecificId = QStringLiteral("vm-%1").arg(i);
        vm.cpus = 1 << (i % 5);
        vm.memoryBytes = qint64(1 + (i * 31) % 64) * GiB;
        vm.osDescription = QString::fromLatin1(oses[i % 5]);
        vm.osType = i % 5 == 2 ? QStringLiteral("windows") : QStringLiteral("linux");
        vm.distribution = i % 5 == 4 ? QStringLiteral("other") : QStringLiteral("debian");
        vm.architecture = QStringLiteral("x86_64");
        vm.backgroundImport = i % 3 == 0;
        vm.overrides.disableMigration = i % 97 == 0;
        for (int d = 0; d < 1 + i % 3; ++d) {
            Disk disk;
            disk.position = d;
            disk.name = QStringLiteral("[ds%1] %2/%2_%3.vmdk").arg(i % 8).arg(vm.name).arg(d);
            disk.capacityBytes = qint64(16 << d) * GiB;
            disk.backgroundImportVerified = true;
            vm.disks << disk;
        }
        Nic nic;
        nic.hardwareAddress = QStringLiteral("00:50:56:%1:%2:%3")
                                  .arg((i >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                                  .arg((i >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                                  .arg(i & 0xff, 2, 16, QLatin1Char('0'));
        if (i % 4)
            nic.ipv4Address
                = QStringLiteral("10.%1.%2.%3").arg(i % 4).arg((i >> 8) & 0xff).arg(i & 0xff);
        vm.nics << nic;
        out.push_back(std::move(vm));
    }
    return out;
}

double millis(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

double best(const std::function<void()> &before, const std::function<void()> &work)
{
    double result = std::numeric_limits<double>::max();
    for (int run = 0; run < kRuns; ++run) {
        before();
        result = std::min(result, millis(work));
    }
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    const bool fromDatabase = args.contains(QStringLiteral("--database"));
    int count = 100000;
    for (const QString &arg : args)
        if (arg.toInt() > 0)
            count = arg.toInt();

    const std::vector<Instance> inventory = makeInventory(count);
    if (fromDatabase) {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("ferry.db")));
        if (!db)
            return 1;
        Source source;
        source.name = QStringLiteral("vc01");
        source.endpoint = QStringLiteral("https://vc01.example.test");
        auto sourceId = SourceRepository(*db).insert(source);
        if (!sourceId)
            return 1;
        QVector<Instance> list;
        list.reserve(int(inventory.size()));
        for (Instance vm : inventory) {
            vm.id = 0;
            vm.uuid.clear();
            vm.sourceId = *sourceId;
            list << vm;
        }
        Status saved;
        const double saveMs = millis([&] {
            auto ids = InstanceRepository(*db).saveAll(list);
            if (!ids)
                saved = ids.error();
        });
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().toString()));
            return 1;
        }
        std::shared_ptr<LoadedInstances> loaded;
        const double loadMs = millis([&] { loaded = loadInstances(*db); });
        std::printf("save_database %.1f\n", saveMs);
        std::printf("load_database %.1f %zu\n", loadMs, loaded->rows.size());

        // The Instances page's search box with an expression, evaluated on a worker over whole
        // instances: the first one after a load reads them from the database (a snapshot), the
        // next ones (each keystroke) reuse it. From the text set to the table updated.
        DataEvents events;
        InstancesPage page(
            GuiContext {*db, std::make_shared<CredentialStore>(), &events}, new EmptyStateWidget);
        page.setFilterDelay(0);
        page.resize(1200, 700);
        page.show();
        QElapsedTimer waited;
        waited.start();
        while (
            (page.isLoading() || page.model()->totalCount() < count) && waited.elapsed() < 120000)
            QTest::qWait(5);
        const auto apply = [&](const char *text) {
            return millis([&] {
                page.filterEdit()->setText(QLatin1String(text));
                QCoreApplication::processEvents();
                while (page.isFiltering())
                    QTest::qWait(1);
            });
        };
        const double first = apply("cpus >= 4 and len(disks) >= 1");
        std::printf("expr_filter_first %.1f %d\n", first, page.model()->rowCount());
        std::vector<double> next;
        for (const char *text : {"cpus >= 2", "cpus >= 4", "cpus >= 8", "location matches 'web'",
                 "location matches 'web' and cpus >= 4", "len(disks) >= 2"})
            next.push_back(apply(text));
        std::sort(next.begin(), next.end());
        std::printf("expr_filter_next %.1f %.1f\n", next[next.size() / 2], next.back());
    }
    std::vector<InstanceRow> rows;
    const double buildMs = millis([&] {
        InstanceRowBuilder builder;
        rows.reserve(inventory.size());
        for (const Instance &vm : inventory)
            rows.push_back(
                builder.build(vm, vm.id % 3 ? QStringLiteral("vc01") : QStringLiteral("esxi01")));
    });
    InstancesModel::Ranks ranks;
    const double ranksMs = millis([&] { ranks = InstancesModel::computeRanks(rows); });

    InstancesModel model;
    QTableView view;
    view.setModel(&model);
    view.setSortingEnabled(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::SingleSelection);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(24);
    view.resize(1200, 700);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return 1;
    const auto repaint = [&view] {
        view.viewport()->repaint();
    };

    const double fillMs = millis([&] {
        model.setRows(rows, ranks);
        repaint();
    });
    view.selectRow(count / 2);
    std::printf("rows %d\n", model.rowCount());
    std::printf("build_rows %.1f\n", buildMs);
    std::printf("ranks %.1f\n", ranksMs);
    std::printf("fill %.1f\n", fillMs);

    const struct
    {
        const char *name;
        int column;
    } sorts[] = {{"location", InstancesModel::LocationColumn}, {"name", InstancesModel::NameColumn},
        {"os", InstancesModel::OsColumn}, {"cpus", InstancesModel::CpusColumn},
        {"memory", InstancesModel::MemoryColumn},
        {"restrictions", InstancesModel::RestrictionsColumn}};
    for (const auto &s : sorts) {
        // Alternate the direction, so that every run reorders all rows.
        Qt::SortOrder order = Qt::DescendingOrder;
        const double ms = best(
            [&] { order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder; },
            [&] {
                model.sort(s.column, order);
                repaint();
            });
        std::printf("sort_%s %.1f\n", s.name, ms);
    }

    // A text column without the loader's ranks (after an override changed it).
    const double cold = best([&] { model.dropRanks(); },
        [&] {
            model.sort(InstancesModel::NameColumn, Qt::AscendingOrder);
            repaint();
        });
    std::printf("cold_sort_name %.1f\n", cold);
    model.setRows(rows, InstancesModel::computeRanks(rows));

    // An override edit that renames an instance while the table is sorted by name: the row is
    // updated, placed among the others and the table sorted again.
    model.sort(InstancesModel::NameColumn, Qt::AscendingOrder);
    int edit = 0;
    InstanceRow renamed;
    const double editMs = best(
        [&] {
            renamed = *model.rowAt(model.rowCount() / 3);
            renamed.name = QStringLiteral("renamed-%1").arg(edit++);
        },
        [&] {
            model.updateRow(renamed);
            repaint();
        });
    std::printf("edit_sorted_name %.1f\n", editMs);

    // A typical filter: the text a person types to find the web servers.
    int matches = 0;
    const double filterMs = best([&] { model.setFilterText({}); },
        [&] {
            model.setFilterText(QStringLiteral("web"));
            repaint();
            matches = model.rowCount();
        });
    std::printf("filter_web %.1f %d\n", filterMs, matches);
    // Typing it: the slowest of the three keystrokes.
    double typing = 0;
    for (int run = 0; run < kRuns; ++run) {
        model.setFilterText({});
        double worst = 0;
        for (const char *text : {"w", "we", "web"})
            worst = std::max(worst, millis([&] {
                model.setFilterText(QLatin1String(text));
                repaint();
            }));
        typing = run == 0 ? worst : std::min(typing, worst);
    }
    std::printf("filter_typing %.1f\n", typing);
    const double clearMs = best([&] { model.setFilterText(QStringLiteral("web")); },
        [&] {
            model.setFilterText({});
            repaint();
        });
    std::printf("filter_clear %.1f\n", clearMs);
    return 0;
}
