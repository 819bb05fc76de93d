#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ferry {

struct Network
{
    qint64 id = 0;
    QString uuid;
    qint64 sourceId = 0;
    QString sourceSpecificId;
    QString location;
    QString type = QStringLiteral("standard"); // standard | distributed | nsx-distributed | nsx
    QJsonObject properties;
    std::optional<QString> overrideNetwork;
    std::optional<QString> overrideNicType; // managed | bridged | physical
    std::optional<QString> overrideVlan;
    QDateTime missingSince;
    QDateTime updatedAt;
};

} // namespace ferry
