#pragma once

#include "output.h"
#include "store/databaseurl.h"
#include "util/result.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;
class QTextStream;

namespace ferry {
class Database;
}

namespace ferry::cli {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// What every command gets: the resolved data directory, the output format, the database (opened
// on first use, so --help and --version never touch it) and the output streams.
class Context final
{
public:
    Context(QString dataDir, Format format, QTextStream &out, QTextStream &err);
    ~Context();

    QString dataDir() const { return m_dataDir; }
    Format format() const { return m_format; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool interactive() const;

    // --database / FERRY_DATABASE, resolved by run(); unset: the SQLite file in dataDir().
    void setDatabaseUrl(const DatabaseUrl &url) { m_databaseUrl = url; }
    std::optional<DatabaseUrl> databaseUrl() const { return m_databaseUrl; }
    Result<std::shared_ptr<Database>> database();

    // Asks on the terminal ("Question [default=x]: "); the default when the answer is empty.
    // Without a terminal it fails, naming the option to pass instead.
    Result<QString> ask(const QString &question, const QString &defaultValue,
        const QString &optionHint, bool secret = false);
    // All of standard input, without a trailing newline (for --password-stdin).
    QByteArray readStdin();

    // One line on stderr, exit code 1.
    int fail(const Error &error);

private:
    QString m_dataDir;
    Format m_format;
    QTextStream &m_out;
    QTextStream &m_err;
    std::optional<DatabaseUrl> m_databaseUrl;
    std::shared_ptr<Database> m_db;
};

struct Command
{
    QString noun;
    QString verb;
    QString summary;
    QString arguments; // e.g. "NAME ENDPOINT"
    int minArgs = 0;
    int maxArgs = 0; // -1: any
    QList<QCommandLineOption> options;
    QStringList examples;
    std::function<int(Context &, const QCommandLineParser &, const QStringList &)> run;
};

// Every command of ferryctl, grouped by noun; each commands_*.cpp adds its own.
QList<Command> allCommands();
QList<Command> systemCommands();
QList<Command> sourceCommands();
QList<Command> targetCommands();
QList<Command> instanceCommands();
QList<Command> networkCommands();
QList<Command> batchCommands();
QList<Command> queueCommands();
QList<Command> artifactCommands();

int runCli(int argc, char **argv);

} // namespace ferry::cli
