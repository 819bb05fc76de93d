#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ferry {

struct Artifact
{
    qint64 id = 0;
    QString uuid;
    QString type; // sdk | driver | os-image
    QString description;
    QString os;
    QStringList architectures;
    QStringList versions;
    QString sourceType;
    QStringList files;
    QDateTime lastUpdated;
};

} // namespace ferry
