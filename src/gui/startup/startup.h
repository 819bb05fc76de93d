#pragma once

#include "util/result.h"

#include <QString>

#include <memory>

namespace ferry {
class Database;
}

namespace ferry::gui {

struct StartupOptions
{
    QString dataDirectoryOverride; // --data-dir; empty: FERRY_DATA_DIR or the platform default
    QString databaseOverride; // --database URL; empty: FERRY_DATABASE or the data directory's file
    bool installLogger = true; // the tests keep Qt's message handler
    bool verbose = false; // echo log messages on stderr
};

// Everything the main window needs from the start-up: where the data lives and the open database.
struct StartupContext
{
    QString dataDirectory;
    std::shared_ptr<Database> database;
};

// Sets the organisation and application names and the version. Call before the application
// object exists, so that the data and settings locations are Ferry's from the first moment.
void setApplicationMetadata();

// Resolves the data directory, installs the file logger and opens (and if needed upgrades) the
// database. A database written by a newer Ferry, or one that cannot be read, is an error, and
// the file is left exactly as it was.
Result<StartupContext> prepareStartup(const StartupOptions &options);

} // namespace ferry::gui
