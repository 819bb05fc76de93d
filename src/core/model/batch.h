#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace ferry {

namespace batchstatus {
inline const QString Defined = QStringLiteral("Defined");
inline const QString Running = QStringLiteral("Running");
inline const QString Stopped = QStringLiteral("Stopped");
inline const QString Finished = QStringLiteral("Finished");
inline const QString Error = QStringLiteral("Error");
} // namespace batchstatus

struct MigrationWindow
{
    qint64 id = 0;
    QString name;
    QDateTime start; // invalid: already begun
    QDateTime end; // invalid: never ends
    QDateTime lockout;
    int capacity = 0; // 0: unlimited
};

struct Constraint
{
    qint64 id = 0;
    QString name;
    QString description;
    QString includeExpression = QStringLiteral("true");
    int maxConcurrentInstances = 0;
    qint64 minInstanceBootTimeMs = 0;
};

struct Batch
{
    qint64 id = 0;
    QString name;
    QString status = batchstatus::Defined;
    QString statusMessage;
    QString includeExpression = QStringLiteral("false");
    qint64 defaultTargetId = 0; // 0: none
    QString defaultProject = QStringLiteral("default");
    QString defaultPool = QStringLiteral("default");
    QJsonArray migrationNetwork;
    QJsonObject config;
    QDateTime startDate;
    QVector<MigrationWindow> windows;
    QVector<Constraint> constraints;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace ferry
