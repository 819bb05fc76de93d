#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ferry {

struct Warning
{
    qint64 id = 0;
    QString uuid;
    QString status = QStringLiteral("new"); // new | acknowledged
    QString scope = QStringLiteral("sync");
    QString entityType;
    QString entity;
    QString type;
    QStringList messages;
    int count = 1;
    QDateTime firstSeen;
    QDateTime lastSeen;
    QDateTime updatedAt;
};

} // namespace ferry
