#pragma once

#include "model/queueentry.h"
#include "store/enginelockrepository.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>
#include <vector>

namespace ferry {
class Database;
}

namespace ferry::gui {

// One queue entry as the dashboard shows it: the entry, its instance's name, its batch, and the
// sum of its disks' progress.
struct QueueRow
{
    qint64 id = 0;
    qint64 batchId = 0;
    qint64 instanceId = 0;
    QString name;
    QString location;
    QString batchName;
    QString batchStatus;
    QueueStatus status = QueueStatus::Waiting;
    QString statusMessage;
    // Why no engine takes this Waiting entry though it could start (engine::waitingReason).
    QString waitingFor;
    QString windowText;
    QString targetName;
    QString targetInstanceName;
    // The engine working on it: "host (pid N)", "(gone)" when its engine left the engines
    // table, empty when no engine holds it.
    QString engineText;
    QString engineHost; // the engine's whole host name
    QString engineId;
    QDateTime leaseUntil;
    QJsonObject placement;
    QDateTime updatedAt;
    QDateTime nextAttemptAt;
    int retryCount = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    double rateBps = 0; // of the disks being copied now
    QVector<DiskProgress> disks;

    // 0..1000 (per mille), -1 when nothing is known yet.
    int progressPermille() const;
    // Seconds left at the current rate, -1 when unknown.
    qint64 etaSeconds() const;
};

// What the per-batch summary shows.
struct BatchSummary
{
    qint64 id = 0;
    QString name;
    QString status;
    QString statusMessage;
    QMap<QueueStatus, int> counts; // entries per status
    int entries = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
};

// What an instance contributes to the rows; kept between loads (names do not change while an
// instance is queued), so a refresh of thousands of entries does not read the inventory again.
struct InstanceLabel
{
    QString name;
    QString location;
    qint64 capacityBytes = 0;
};
using InstanceLabels = QHash<qint64, InstanceLabel>;

// The queue as read at one moment, off the GUI thread.
struct QueueSnapshot
{
    std::vector<QueueRow> rows; // by batch, then by name
    QVector<BatchSummary> batches; // by name, only batches with entries
    std::optional<EngineLockHolder> lockHolder; // another engine on the database, if any
    int otherEngines = 0; // engines of other processes
    InstanceLabels labels;
    QDateTime takenAt;
    QString error;
    QString errorDetails;
    qint64 elapsedMs = 0;
};

// Reads every entry, its batch, its disks' progress and another registered engine; `known` are
// the labels of an earlier snapshot (only instances not in it are read). Runs on any thread (its
// own database connection).
std::shared_ptr<QueueSnapshot> loadQueueSnapshot(
    const std::shared_ptr<Database> &database, InstanceLabels known = {});

// "node-01" for "node-01.example.org"; an IP address whole.
QString shortHostName(const QString &host);

// A disk's progress counts for the rate only while it is being copied and recently updated.
bool isDiskCopying(const DiskProgress &disk, const QDateTime &now);

} // namespace ferry::gui
