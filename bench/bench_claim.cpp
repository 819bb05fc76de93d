// The claim's latency (issue 15): how long one engine::claimEntry takes (the lease, the limits
// counted over every engine, one transaction), alone and with several engines claiming at once
// on their own connections. Usage: bench_claim DATABASE-URL [ENTRIES] [ENGINES]; the database
// must exist and be empty (bench/engines makes one on the bench's PostgreSQL; a sqlite:/// URL
// works too). Prints "claim-alone <p50 ms> <p95 ms> <max ms> <claims/s> <attempts>" and
// "claim-racing <engines> <p50 ms> <p95 ms> <max ms> <claims/s> <attempts>" (racing engines
// also try entries another engine just took: every attempt is timed, each entry is won once).
#include "engine/claim.h"
#include "model/batch.h"
#include "model/instance.h"
#include "model/queueentry.h"
#include "model/source.h"
#include "model/target.h"
#include "store/batchrepository.h"
#include "store/database.h"
#include "store/databaseurl.h"
#include "store/enginerepository.h"
#include "store/instancerepository.h"
#include "store/queuerepository.h"
#include "store/sourcerepository.h"
#include "store/targetrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace ferry;

namespace {

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_claim: %s\n", qPrintable(what));
    std::exit(1);
}

template<typename R>
auto must(R &&r, const char *what)
{
    if (!r)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().toString()));
    return std::forward<R>(r).value();
}

// A running batch without windows of `n` entries, one source, one target, with limits high
// enough that only the lease decides.
QVector<qint64> makeBatch(
    const std::shared_ptr<Database> &db, const QString &name, int n, qint64 *sourceId)
{
    if (*sourceId == 0) {
        Source s;
        s.name = QStringLiteral("vc01");
        s.endpoint = QStringLiteral("https://vc01.example/sdk");
        s.importLimit = 1000000;
        *sourceId = must(SourceRepository(db).insert(s), "source");
        Target t;
        t.name = QStringLiteral("incus01");
        t.endpoint = QStringLiteral("https://incus01.example:8443");
        t.createLimit = 1000000;
        must(TargetRepository(db).insert(t), "target");
    }
    Batch b;
    b.name = name;
    BatchRepository batches(db);
    const qint64 batch = must(batches.insert(b), "batch");
    if (Status st = batches.updateStatus(batch, batchstatus::Running, QString()); !st)
        die(st.error().toString());
    QVector<qint64> entries;
    for (int i = 0; i < n; ++i) {
        Instance in;
        in.sourceId = *sourceId;
        in.sourceSpecificId = QStringLiteral("%1-vm-%2").arg(name).arg(i);
        in.name = QStringLiteral("%1-%2").arg(name).arg(i);
        const qint64 vm = must(InstanceRepository(db).save(in), "instance");
        QueueEntry e;
        e.batchId = batch;
        e.instanceId = vm;
        e.placement = QJsonObject {{QStringLiteral("target_name"), QStringLiteral("incus01")}};
        entries << must(QueueRepository(db).insert(e), "entry");
    }
    return entries;
}

void registerEngine(const std::shared_ptr<Database> &db, const QString &id)
{
    EngineRecord r;
    r.id = id;
    r.host = QStringLiteral("bench");
    r.pid = 1;
    if (Status st = EngineRepository(db).registerEngine(r); !st)
        die(st.error().toString());
}

void report(const char *label, int engines, std::vector<double> ms, int claimed, double seconds)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) {
        return ms.empty() ? 0.0 : ms[size_t(q * double(ms.size() - 1))];
    };
    QTextStream out(stdout);
    out << label;
    if (engines > 0)
        out << ' ' << engines;
    out << ' ' << QString::number(at(0.5), 'f', 2) << ' ' << QString::number(at(0.95), 'f', 2)
        << ' ' << QString::number(ms.empty() ? 0.0 : ms.back(), 'f', 2) << ' '
        << QString::number(double(claimed) / seconds, 'f', 0) << ' ' << ms.size() << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        die(QStringLiteral("usage: bench_claim DATABASE-URL [ENTRIES] [ENGINES]"));
    const DatabaseUrl url = must(DatabaseUrl::parse(args.at(1)), "url");
    const int n = args.size() > 2 ? args.at(2).toInt() : 300;
    const int engines = args.size() > 3 ? args.at(3).toInt() : 3;
    auto db = must(Database::open(url), "open");
    qint64 source = 0;

    // Alone: one engine claims every entry in turn.
    {
        const QVector<qint64> entries = makeBatch(db, QStringLiteral("alone"), n, &source);
        registerEngine(db, QStringLiteral("alone"));
        std::vector<double> ms;
        QElapsedTimer all;
        all.start();
        for (qint64 id : entries) {
            QElapsedTimer t;
            t.start();
            auto r = must(engine::claimEntry(db, id, QStringLiteral("alone"), 60000), "claim");
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!r)
                die(QStringLiteral("entry %1 was not claimed").arg(id));
        }
        report("claim-alone", 0, ms, int(entries.size()), double(all.nsecsElapsed()) / 1e9);
    }

    // Racing: `engines` threads, each with its own connection (as separate processes have),
    // go through the same entries and claim what nobody has yet.
    {
        const QVector<qint64> entries = makeBatch(db, QStringLiteral("racing"), n, &source);
        for (int e = 0; e < engines; ++e)
            registerEngine(db, QStringLiteral("racer-%1").arg(e));
        std::mutex lock;
        std::vector<double> ms;
        std::atomic_int won {0};
        std::atomic_int failed {0};
        QElapsedTimer all;
        all.start();
        std::vector<std::thread> pool;
        for (int e = 0; e < engines; ++e)
            pool.emplace_back([&, e] {
                auto own = Database::open(url);
                if (!own) {
                    failed++;
                    return;
                }
                std::vector<double> mine;
                // Each starts at its own offset, as engines reading the queue at different
                // moments would.
                for (int i = 0; i < entries.size(); ++i) {
                    const qint64 id = entries[(i + e * entries.size() / engines) % entries.size()];
                    QElapsedTimer t;
                    t.start();
                    auto r = engine::claimEntry(*own, id, QStringLiteral("racer-%1").arg(e), 60000);
                    mine.push_back(double(t.nsecsElapsed()) / 1e6);
                    if (!r)
                        failed++;
                    else if (*r)
                        won++;
                }
                std::lock_guard<std::mutex> g(lock);
                ms.insert(ms.end(), mine.begin(), mine.end());
            });
        for (std::thread &t : pool)
            t.join();
        const double seconds = double(all.nsecsElapsed()) / 1e9;
        if (failed.load() != 0)
            die(QStringLiteral("%1 claims failed").arg(failed.load()));
        if (won.load() != n)
            die(QStringLiteral("%1 entries claimed, %2 expected: a lease was given twice or "
                               "not at all")
                    .arg(won.load())
                    .arg(n));
        report("claim-racing", engines, ms, won.load(), seconds);
    }
    return 0;
}
