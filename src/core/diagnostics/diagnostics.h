#pragma once

#include "util/result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace ferry {

struct DiagnosticsOptions
{
    QString dataDirectory; // the database and logs/ are read from here
    QString application; // "ferry" or "ferryctl", recorded in versions.txt
    // Settings the database does not hold (the GUI's QSettings), written to settings.txt.
    QMap<QString, QString> extraSettings;
    // Text that must not appear anywhere in the bundle (for example passwords read back from the
    // keychain): every occurrence is replaced, in the database copy and in the logs.
    QStringList knownSecrets;
    // The PostgreSQL database in use (its URL, no password), empty on SQLite: the bundle copies
    // only an SQLite database, so export refuses instead of copying a stale file.
    QString sharedDatabase;
};

struct DiagnosticsReport
{
    QString file; // the archive written
    QStringList entries; // its members, in order
    int redactions = 0; // values and log lines changed by the scrubbing
};

// Writes a tar archive (readable by tar, 7-Zip and Windows' tar.exe) for a bug report:
//   ferry-diagnostics/README.txt    what the bundle holds and what was removed
//   ferry-diagnostics/versions.txt  Ferry, Qt, SQLite, operating system, schema version
//   ferry-diagnostics/settings.txt  the settings table and extraSettings
//   ferry-diagnostics/ferry.db      a copy of the database (VACUUM INTO), scrubbed: keychain
//                                   references, user names, any column or setting whose name
//                                   speaks of a password, secret, token or private key, any
//                                   PEM private key and every known secret; vacuumed again so
//                                   that nothing overwritten survives in free pages
//   ferry-diagnostics/logs/...      the log files, with the same secrets and any
//                                   "password=..." style values replaced
// Nothing in the data directory is changed. The output file is replaced if it exists.
Result<DiagnosticsReport> exportDiagnostics(
    const DiagnosticsOptions &options, const QString &outputFile);

// The scrubbing applied to every log line (exposed for the tests).
QString redactLogText(const QString &text, const QStringList &knownSecrets, int *count = nullptr);

} // namespace ferry
