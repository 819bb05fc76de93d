#pragma once

#include "util/result.h"

#include <QString>

#include <memory>
#include <optional>

namespace ferry {

class Database;

enum class LogLevel { Debug, Info, Warning, Error };

// The settings that ferry and ferryctl share, kept in the database's settings table (keys below).
// The GUI's own preferences (language, theme) are per user and live in QSettings instead
// (src/gui/settings). A value that is missing or out of range reads as the default.
struct AppSettings
{
    static constexpr int kDefaultImportLimit = 50;
    static constexpr int kDefaultEngineThreads = 4;
    static constexpr int kDefaultEngineRetries = 2;

    int sourceImportLimit = kDefaultImportLimit; // "defaults.source_import_limit", 1..10000
    int engineThreads = kDefaultEngineThreads; // "engine.threads", 1..64
    int engineRetries = kDefaultEngineRetries; // "engine.retries", 0..20
    LogLevel logLevel = LogLevel::Info; // "log.level": debug, info, warning, error

    static Result<AppSettings> load(const std::shared_ptr<Database> &db);
    Status save(const std::shared_ptr<Database> &db) const;

    static QString logLevelName(LogLevel level);
    static std::optional<LogLevel> parseLogLevel(const QString &name);
};

// Which of Ferry's log messages (categories ferry.*) are written: the level and above.
void applyLogLevel(LogLevel level);

} // namespace ferry
