#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace ferry {

// Queue entry statuses as the reference names them (shown and stored as they are;
// engine/queuestatemachine.h has the transitions).
namespace queuestatus {
inline const QString Blocked = QStringLiteral("Blocked");
inline const QString Waiting = QStringLiteral("Waiting");
inline const QString Creating = QStringLiteral("Creating new VM");
inline const QString Background = QStringLiteral("Performing background import tasks");
inline const QString Idle = QStringLiteral("Idle");
inline const QString Final = QStringLiteral("Performing final import tasks");
inline const QString PostImport = QStringLiteral("Performing post-import tasks");
inline const QString WorkerDone = QStringLiteral("Worker tasks complete");
inline const QString Finished = QStringLiteral("Finished");
inline const QString Failed = QStringLiteral("Error"); // "Error"
inline const QString Canceled = QStringLiteral("Canceled");
inline const QString Conflict = QStringLiteral("Conflict");
} // namespace queuestatus

struct DiskProgress
{
    int diskPosition = 0;
    QString diskName;
    qint64 bytesTotal = 0;
    qint64 bytesDone = 0;
    qint64 bytesSent = 0;
    double rateBps = 0;
    QString sha256;
    QDateTime startedAt;
    QDateTime updatedAt;
};

struct LogLine
{
    qint64 id = 0;
    QDateTime at;
    QString level = QStringLiteral("info");
    QString message;
};

struct QueueEntry
{
    qint64 id = 0;
    qint64 batchId = 0;
    qint64 instanceId = 0;
    QString status = queuestatus::Waiting;
    QString statusMessage;
    QString importStage = QStringLiteral("background");
    qint64 windowId = 0;
    QJsonObject placement;
    QString targetInstanceName;
    bool sourceWasRunning = false;
    bool sourcePoweredOffByFerry = false;
    bool targetCreated = false;
    // Canceled with "keep leftovers": what the migration created on the target stays. Written
    // only by QueueRepository::setKeepLeftovers (update() leaves it alone).
    bool keepLeftovers = false;
    int retryCount = 0;
    QDateTime nextAttemptAt;
    QDateTime lastBackgroundSync;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace ferry
