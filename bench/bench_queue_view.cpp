// Queue dashboard benchmark (issue 6): a queue of N entries (default 5,000) in a temporary
// SQLite database, in two batches, a third of them with per-disk progress. Measures what the
// Queue page does every second, best of five, in milliseconds:
//   load_first    loadQueueSnapshot() with no cached labels (the page's first read, off the GUI
//                 thread: entries, batches, instance names, progress, the lock)
//   load_cached   the same with the labels of the previous read (every later poll)
//   model_reset   QueueModel::setRows() with other entries (rows come or go), shown table
//   model_update  setRows() with the same entries and 10 % changed (a poll during migrations),
//                 shown table, including the filter proxy's re-sort by progress
//   filter        switching the status filter and back, shown table
//   progress      1,000 live progress updates from the engine's signal
// Prints one line per figure: name milliseconds.
#include "model/batch.h"
#include "model/instance.h"
#include "model/source.h"
#include "queue/queuemodel.h"
#include "queue/queuesnapshot.h"
#include "store/batchrepository.h"
#include "store/database.h"
#include "store/instancerepository.h"
#include "store/queuerepository.h"
#include "store/sourcerepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>
#include <limits>

using namespace ferry;
using namespace ferry::gui;

namespace {

constexpr int kRuns = 5;

double best(const std::function<void()> &work)
{
    qint64 bestNs = std::numeric_limits<qint64>::max();
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        bestNs = qMin(bestNs, t.nsecsElapsed());
    }
    return double(bestNs) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("ferry.db")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    const std::shared_ptr<Database> db = *opened;
    Source vc;
    vc.name = QStringLiteral("vc01");
    vc.endpoint = QStringLiteral("https://vc01.example.test");
    auto sourceId = SourceRepository(db).insert(vc);
    QVector<Instance> vms;
    for (int i = 0; i < count; ++i) {
        Instance vm;
        vm.sourceId = *sourceId;
        vm.sourceSpecificId = QStringLiteral("vm-%1").arg(i);
        vm.name = QStringLiteral("vm-%1").arg(i, 5, 10, QLatin1Char('0'));
        vm.location = QStringLiteral("/DC0/vm/%1").arg(vm.name);
        vm.uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        Disk d;
        d.name = QStringLiteral("[ds] %1/%1.vmdk").arg(vm.name);
        d.capacityBytes = qint64(1 + i % 4) << 30;
        vm.disks << d;
        vms << vm;
    }
    auto ids = InstanceRepository(db).saveAll(vms);
    if (!ids) {
        std::fprintf(stderr, "%s\n", qPrintable(ids.error().toString()));
        return 1;
    }
    BatchRepository batches(db);
    QueueRepository queue(db);
    qint64 batchIds[2] = {};
    for (int b = 0; b < 2; ++b) {
        Batch batch;
        batch.name = QStringLiteral("wave%1").arg(b + 1);
        batch.status = batchstatus::Running;
        batchIds[b] = *batches.insert(batch);
        QVector<qint64> members;
        for (int i = b; i < count; i += 2)
            members << ids->at(i);
        (void)batches.setMatched(batchIds[b], members);
    }
    const QueueStatus statuses[] {
        QueueStatus::Waiting, QueueStatus::Finished, QueueStatus::Final, QueueStatus::Failed};
    QSqlDatabase connection = db->connection();
    connection.transaction();
    for (int i = 0; i < count; ++i) {
        QueueEntry e;
        e.batchId = batchIds[i % 2];
        e.instanceId = ids->at(i);
        e.status = statuses[i % 4];
        auto id = queue.insert(e);
        if (i % 3 == 0) {
            DiskProgress d;
            d.diskPosition = 0;
            d.diskName = QStringLiteral("root");
            d.bytesTotal = qint64(1 + i % 4) << 30;
            d.bytesDone = d.bytesTotal / 3;
            d.rateBps = 40.0 * 1048576;
            (void)queue.setDiskProgress(*id, d);
        }
    }
    connection.commit();

    std::shared_ptr<QueueSnapshot> snapshot;
    std::printf("load_first %.1f\n", best([&] { snapshot = loadQueueSnapshot(db); }));
    std::printf(
        "load_cached %.1f\n", best([&] { snapshot = loadQueueSnapshot(db, snapshot->labels); }));
    if (!snapshot->error.isEmpty() || int(snapshot->rows.size()) != count) {
        std::fprintf(stderr, "read %d of %d entries: %s\n", int(snapshot->rows.size()), count,
            qPrintable(snapshot->error));
        return 1;
    }

    QueueModel model;
    QueueFilterModel filter;
    filter.setSourceModel(&model);
    QTableView view;
    view.setModel(&filter);
    view.setSortingEnabled(true);
    view.sortByColumn(QueueModel::ProgressColumn, Qt::DescendingOrder);
    view.resize(1000, 600);
    view.show();
    (void)QTest::qWaitForWindowExposed(&view);
    std::vector<QueueRow> fewer(snapshot->rows.begin(), snapshot->rows.end() - 1);
    bool flip = false;
    std::printf("model_reset %.1f\n", best([&] {
        model.setRows(flip ? snapshot->rows : fewer);
        flip = !flip;
        view.repaint();
    }));
    model.setRows(snapshot->rows);
    int round = 0;
    std::printf("model_update %.1f\n", best([&] {
        std::vector<QueueRow> rows = snapshot->rows;
        ++round;
        for (size_t i = 0; i < rows.size(); i += 10)
            rows[i].bytesDone += round * 1048576;
        model.setRows(std::move(rows));
        view.repaint();
    }));
    std::printf("filter %.1f\n", best([&] {
        filter.setStatusGroup(queuetext::StatusGroup::Migrating);
        view.repaint();
        filter.setStatusGroup(queuetext::StatusGroup::All);
        view.repaint();
    }));
    std::printf("progress %.1f\n", best([&] {
        for (int i = 0; i < 1000; ++i) {
            const QueueRow *r = model.rowAt(i % model.rowCount());
            model.applyProgress(r->id, 0, qint64(i) * 1048576, qint64(4) << 30);
        }
        view.repaint();
    }));
    std::printf("entries %d\n", count);
    return 0;
}
