#pragma once

#include "util/result.h"

#include <QString>

namespace ferry::units {

// Go-style durations as the reference writes them: "1h", "10m", "5m0s", "1h30m", "500ms", "90s".
Result<qint64> parseDurationMs(const QString &text);
// 300000 -> "5m0s", 3600000 -> "1h0m0s" (what Go prints, so YAML round-trips).
QString formatDuration(qint64 ms);
// "4GiB", "4096MiB", "4G", "512 MB", "1073741824" -> bytes (binary multiples for G/M/K too).
Result<qint64> parseBytes(const QString &text);
// 4294967296 -> "4.00GiB"
QString formatBytes(qint64 bytes);

} // namespace ferry::units
