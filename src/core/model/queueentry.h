#pragma once

#include "model/queuestatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace ferry {

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
    QueueStatus status = QueueStatus::Waiting;
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
    // The engine working on the entry and until when its lease runs (renewed by the engine's
    // heartbeat); empty and invalid when no engine holds it. Written only by EngineRepository.
    QString engineId;
    QDateTime leaseUntil;
};

} // namespace ferry
