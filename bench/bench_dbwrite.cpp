// Database write rate: what the store sustains for the writes Ferry makes most, on a fresh file
// in a temporary directory (WAL, synchronous=NORMAL, as in use):
//   instances  a sync's upsert of N instances (2 disks, 1 NIC each) in one transaction
//   progress   the engine's per-disk progress update, one commit each
//   log        the engine's queue log line, one commit each
// Prints "name count seconds per_second" lines and "peak_rss_mib X".
// Usage: bench_dbwrite [INSTANCES] [UPDATES]
#include "model/batch.h"
#include "model/queueentry.h"
#include "model/source.h"
#include "store/batchrepository.h"
#include "store/database.h"
#include "store/instancerepository.h"
#include "store/queuerepository.h"
#include "store/sourcerepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace ferry;

namespace {

double peakRssMib()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_dbwrite: %s\n", qPrintable(what));
    return 1;
}

void print(const char *name, qint64 count, qint64 ns)
{
    const double s = double(ns) / 1e9;
    std::printf("%s %lld %.3f %.0f\n", name, count, s, s > 0 ? double(count) / s : 0.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int instances = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int updates = argc > 2 ? QByteArray(argv[2]).toInt() : 5000;
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("ferry.db")));
    if (!db)
        return fail(db.error().toString());

    Source s;
    s.name = QStringLiteral("vc");
    s.endpoint = QStringLiteral("https://vc.example/sdk");
    auto source = SourceRepository(*db).insert(s);
    if (!source)
        return fail(source.error().toString());

    QVector<Instance> all;
    all.reserve(instances);
    for (int i = 0; i < instances; ++i) {
        Instance in;
        in.sourceId = *source;
        in.sourceSpecificId = QStringLiteral("vm-%1").arg(i);
        in.uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        in.name = QStringLiteral("vm %1").arg(i);
        in.location = QStringLiteral("/DC0/vm/team %1/vm %2").arg(i % 50).arg(i);
        in.cpus = 2;
        in.memoryBytes = qint64(4) << 30;
        for (int d = 0; d < 2; ++d) {
            Disk disk;
            disk.position = d;
            disk.name = QStringLiteral("[ds] vm %1/vm %1_%2.vmdk").arg(i).arg(d);
            disk.capacityBytes = qint64(20) << 30;
            in.disks << disk;
        }
        Nic nic;
        nic.hardwareAddress = QStringLiteral("00:50:56:00:%1:%2")
                                  .arg((i >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                                  .arg(i & 0xff, 2, 16, QLatin1Char('0'));
        in.nics << nic;
        all << in;
    }
    QElapsedTimer t;
    t.start();
    auto saved = InstanceRepository(*db).saveAll(all);
    if (!saved)
        return fail(saved.error().toString());
    print("instances", instances, t.nsecsElapsed());

    Batch b;
    b.name = QStringLiteral("bench");
    auto batch = BatchRepository(*db).insert(b);
    if (!batch)
        return fail(batch.error().toString());
    QueueEntry e;
    e.batchId = *batch;
    e.instanceId = saved->first();
    e.createdAt = e.updatedAt = QDateTime::currentDateTimeUtc();
    auto entry = QueueRepository(*db).insert(e);
    if (!entry)
        return fail(entry.error().toString());
    const QueueRepository queue(*db);

    DiskProgress p;
    p.diskName = QStringLiteral("[ds] vm 0/vm 0.vmdk");
    p.bytesTotal = qint64(20) << 30;
    p.startedAt = QDateTime::currentDateTimeUtc();
    t.restart();
    for (int i = 0; i < updates; ++i) {
        p.bytesDone = p.bytesSent = qint64(i) << 20;
        p.rateBps = 1e8;
        p.updatedAt = QDateTime::currentDateTimeUtc();
        if (Status st = queue.setDiskProgress(*entry, p); !st)
            return fail(st.error().toString());
    }
    print("progress", updates, t.nsecsElapsed());

    t.restart();
    for (int i = 0; i < updates; ++i) {
        auto id = queue.appendLog(*entry, QStringLiteral("info"),
            QStringLiteral("Importing disk (1/2) [ds] vm 0/vm 0.vmdk: %1% complete").arg(i % 100));
        if (!id)
            return fail(id.error().toString());
    }
    print("log", updates, t.nsecsElapsed());
    std::printf("peak_rss_mib %.1f\n", peakRssMib());
    return 0;
}
