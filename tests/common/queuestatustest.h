#pragma once

// QCOMPARE on queue statuses prints the status's name when they differ (QtTest finds toString
// by argument-dependent lookup).

#include "model/queuestatus.h"

#include <QByteArray>

namespace ferry {

inline char *toString(QueueStatus status)
{
    return qstrdup(queuestatus::wireName(status).toUtf8().constData());
}

} // namespace ferry
