#pragma once

#include <QLoggingCategory>
#include <QString>

namespace ferry {

Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcTls)
Q_DECLARE_LOGGING_CATEGORY(lcApp)

// Sends Qt's messages to <dataDir>/logs/<app>.log (rotated at 5 MiB, 3 files kept) as well as to
// stderr when verbose. Secrets never reach a log: no code logs one, and the tests check the files.
void installFileLogger(const QString &logDirectory, const QString &appName, bool echoToStderr);
QString currentLogFile();

} // namespace ferry
