#include "util/paths.h"

#include <QDir>
#include <QStandardPaths>

namespace ferry {

QString resolveDataDirectory(const QString &explicitOverride)
{
    if (!explicitOverride.isEmpty())
        return QDir(explicitOverride).absolutePath();
    const QString env = qEnvironmentVariable("FERRY_DATA_DIR");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    // One place for both programs (ferry and ferryctl share the database), whatever the
    // application name: ~/.local/share/Ferry on Linux, %LOCALAPPDATA%/Ferry on Windows.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("Ferry"));
}

QString databaseFile(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("ferry.db"));
}

QString logDirectory(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("logs"));
}

} // namespace ferry
