#include "queue/queuesnapshot.h"

#include "batch/windows.h"
#include "engine/enginereach.h"
#include "engine/queuestatemachine.h"
#include "model/batch.h"
#include "model/instance.h"
#include "queue/queuepresentation.h"
#include "store/batchrepository.h"
#include "store/enginerepository.h"
#include "store/instancerepository.h"
#include "store/queuerepository.h"

#include <QCollator>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <algorithm>

namespace ferry::gui {

namespace {

// A disk whose progress was not written for this long is not being copied now (the engine
// writes about once a second).
constexpr qint64 kStaleProgressSecs = 15;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::gui::QueueSnapshot)
};

QString windowText(const Batch &batch, qint64 windowId)
{
    if (batch.windows.isEmpty())
        return Text::tr("Now");
    for (const MigrationWindow &w : batch.windows)
        if (w.id == windowId)
            return queuetext::windowText(w);
    QStringList all;
    for (const MigrationWindow &w : batch.windows)
        all << queuetext::windowText(w);
    return all.join(QStringLiteral("; "));
}

} // namespace

int QueueRow::progressPermille() const
{
    if (status == QueueStatus::Finished)
        return 1000;
    if (bytesTotal <= 0)
        return -1;
    return int(qBound(qint64(0), bytesDone * 1000 / bytesTotal, qint64(1000)));
}

qint64 QueueRow::etaSeconds() const
{
    if (rateBps <= 0 || bytesTotal <= 0 || bytesDone >= bytesTotal)
        return -1;
    return qint64(double(bytesTotal - bytesDone) / rateBps + 0.5);
}

QString shortHostName(const QString &host)
{
    // An address stays whole; a name loses its domain (the tool tip has it).
    static const QRegularExpression address(QStringLiteral("^[0-9.]+$|:"));
    if (address.match(host).hasMatch())
        return host;
    const qsizetype dot = host.indexOf(QLatin1Char('.'));
    return dot > 0 ? host.left(dot) : host;
}

bool isDiskCopying(const DiskProgress &disk, const QDateTime &now)
{
    return disk.bytesTotal > 0 && disk.bytesDone < disk.bytesTotal && disk.rateBps > 0
        && disk.updatedAt.isValid() && disk.updatedAt.secsTo(now) <= kStaleProgressSecs;
}

std::shared_ptr<QueueSnapshot> loadQueueSnapshot(
    const std::shared_ptr<Database> &database, InstanceLabels known)
{
    QElapsedTimer timer;
    timer.start();
    auto snapshot = std::make_shared<QueueSnapshot>();
    snapshot->takenAt = QDateTime::currentDateTimeUtc();
    snapshot->labels = std::move(known);
    QueueRepository queue(database);
    auto entries = queue.all();
    if (!entries) {
        snapshot->error = entries.error().message;
        snapshot->errorDetails = entries.error().details;
        return snapshot;
    }
    auto batchList = BatchRepository(database).all();
    if (!batchList) {
        snapshot->error = batchList.error().message;
        snapshot->errorDetails = batchList.error().details;
        return snapshot;
    }
    QHash<qint64, Batch> batches;
    for (const Batch &b : std::as_const(*batchList))
        batches.insert(b.id, b);

    // Names of instances not seen before: one read per batch that has such an instance.
    InstanceLabels &labels = snapshot->labels;
    QSet<qint64> batchesToRead;
    for (const QueueEntry &e : std::as_const(*entries))
        if (!labels.contains(e.instanceId))
            batchesToRead.insert(e.batchId);
    InstanceRepository instances(database);
    auto remember = [&labels](const Instance &vm) {
        qint64 capacity = 0;
        for (const Disk &d : vm.disks)
            capacity += d.capacityBytes;
        labels.insert(vm.id, InstanceLabel {vm.effectiveName(), vm.location, capacity});
    };
    for (qint64 batchId : std::as_const(batchesToRead))
        if (auto list = instances.byBatch(batchId))
            for (const Instance &vm : std::as_const(*list))
                remember(vm);
    for (const QueueEntry &e : std::as_const(*entries))
        if (!labels.contains(e.instanceId)) {
            if (auto vm = instances.byId(e.instanceId))
                remember(*vm);
            else
                labels.insert(e.instanceId, InstanceLabel {QString::number(e.instanceId), {}, 0});
        }

    // Progress: one query per batch with entries.
    QHash<qint64, QHash<qint64, QVector<DiskProgress>>> progress;
    for (const QueueEntry &e : std::as_const(*entries))
        if (!progress.contains(e.batchId)) {
            auto p = queue.diskProgressOfBatch(e.batchId);
            progress.insert(e.batchId, p ? *p : QHash<qint64, QVector<DiskProgress>>());
        }

    // The engines: who holds which entry, and another engine for the engine line of a window
    // that runs none itself (the first that is not this process).
    QHash<QString, EngineRecord> engineById;
    if (auto engines = EngineRepository(database).list())
        for (const EngineRecord &e : std::as_const(*engines)) {
            engineById.insert(e.id, e);
            if (e.pid == EngineRepository::currentPid()
                && e.host == EngineRepository::currentHost())
                continue;
            ++snapshot->otherEngines;
            if (!snapshot->lockHolder)
                snapshot->lockHolder = EngineLockHolder {e.pid, e.host, e.startedAt, e.heartbeatAt};
        }

    const QDateTime now = snapshot->takenAt;
    const auto reasons = engine::waitingReasons(database, *entries);
    QHash<qint64, BatchSummary> summaries;
    snapshot->rows.reserve(size_t(entries->size()));
    for (const QueueEntry &e : std::as_const(*entries)) {
        QueueRow r;
        r.id = e.id;
        r.batchId = e.batchId;
        r.instanceId = e.instanceId;
        const InstanceLabel label = labels.value(e.instanceId);
        r.name = label.name;
        r.location = label.location;
        const Batch batch = batches.value(e.batchId);
        r.batchName = batch.name;
        r.batchStatus = batch.status;
        r.status = e.status;
        r.statusMessage = e.statusMessage;
        if (reasons)
            r.waitingFor = reasons->value(e.id);
        r.windowText = windowText(batch, e.windowId);
        r.placement = e.placement;
        r.targetName = e.placement.value(QStringLiteral("target_name")).toString();
        r.targetInstanceName = e.targetInstanceName;
        r.engineId = e.engineId;
        r.leaseUntil = e.leaseUntil;
        if (!e.engineId.isEmpty()) {
            const auto engine = engineById.constFind(e.engineId);
            r.engineHost = engine == engineById.cend() ? QString() : engine->host;
            r.engineText = engine == engineById.cend()
                ? Text::tr("(gone)")
                : Text::tr("%1 (pid %2)").arg(shortHostName(engine->host)).arg(engine->pid);
        }
        r.updatedAt = e.updatedAt;
        r.nextAttemptAt = e.nextAttemptAt;
        r.retryCount = e.retryCount;
        r.disks = progress.value(e.batchId).value(e.id);
        std::sort(r.disks.begin(), r.disks.end(), [](const DiskProgress &a, const DiskProgress &b) {
            return a.diskPosition < b.diskPosition;
        });
        const bool active = engine::QueueStateMachine::isActive(e.status);
        for (const DiskProgress &d : std::as_const(r.disks)) {
            r.bytesDone += d.bytesDone;
            r.bytesTotal += d.bytesTotal;
            if (active && isDiskCopying(d, now))
                r.rateBps += d.rateBps;
        }
        // Disks not begun yet have no progress row: what there is to copy is at least the
        // instance's disks.
        r.bytesTotal = qMax(r.bytesTotal, label.capacityBytes);
        if (e.status == QueueStatus::Finished)
            r.bytesDone = r.bytesTotal;

        BatchSummary &s = summaries[e.batchId];
        if (s.id == 0) {
            s.id = e.batchId;
            s.name = batch.name;
            s.status = batch.status;
            s.statusMessage = batch.statusMessage;
        }
        s.counts[e.status]++;
        s.entries++;
        s.bytesDone += r.bytesDone;
        s.bytesTotal += r.bytesTotal;
        snapshot->rows.push_back(std::move(r));
    }

    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(snapshot->rows.begin(), snapshot->rows.end(),
        [&collator](const QueueRow &a, const QueueRow &b) {
            if (a.batchName != b.batchName)
                return collator.compare(a.batchName, b.batchName) < 0;
            const int c = collator.compare(a.name, b.name);
            return c != 0 ? c < 0 : a.id < b.id;
        });
    for (const BatchSummary &s : std::as_const(summaries))
        snapshot->batches << s;
    std::sort(snapshot->batches.begin(), snapshot->batches.end(),
        [&collator](const BatchSummary &a, const BatchSummary &b) {
            return collator.compare(a.name, b.name) < 0;
        });

    snapshot->elapsedMs = timer.elapsed();
    return snapshot;
}

} // namespace ferry::gui
