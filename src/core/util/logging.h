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
// Turns the stderr copy of every message on or off after installFileLogger (ferryctl engine run
// --serve: the journal reads stderr). When stderr is systemd's journal stream ($JOURNAL_STREAM
// names it), the lines carry no timestamp of their own but a syslog priority prefix ("<4>")
// that the journal turns into the entry's priority.
void setLogEchoToStderr(bool echo);

} // namespace ferry
