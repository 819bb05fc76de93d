#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>

namespace ferry::batch {

// Time and duration forms used by batch YAML: the seed's "2025-12-01 01:00:00" (UTC) and
// RFC 3339; "1h", "10m", "5m0s". Written back in the seed's forms.
Result<QDateTime> parseBatchTime(const QString &text);
QString formatBatchTime(const QDateTime &time);
Result<qint64> parseBatchDuration(const QString &text);
QString formatBatchDuration(qint64 ms);

} // namespace ferry::batch
