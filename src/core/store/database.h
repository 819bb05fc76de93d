#pragma once

#include "util/result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

class QSqlDatabase;

namespace ferry {

// The Ferry database: one SQLite file in WAL mode. Every thread gets its own QtSql connection
// (connections never cross threads); foreign keys and a busy timeout are set on each.
// open() applies the versioned schema migrations, keeping a copy of the file before upgrading,
// and refuses a file written by a newer Ferry without touching it.
class Database final
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::shared_ptr<Database>> open(const QString &filePath);

    // The schema version this build of Ferry writes.
    static int latestSchemaVersion();

    QString filePath() const { return m_filePath; }
    int schemaVersion() const { return m_schemaVersion; }
    // The copy made before the last upgrade, empty if open() did not upgrade.
    QString backupPath() const { return m_backupPath; }

    // This thread's connection, opened on first use.
    QSqlDatabase connection() const;

    // Runs fn inside BEGIN IMMEDIATE ... COMMIT on this thread's connection; rolls back when fn
    // returns an error.
    Status transaction(const std::function<Status(QSqlDatabase &)> &fn) const;

    // Prepares, binds positional values and executes one statement. A null QString binds as ''
    // (Ferry's text columns are NOT NULL); bind an invalid QVariant() for SQL NULL.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {}) const;
    static Result<QSqlQuery> exec(
        QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

    // One INSERT, UPDATE or DELETE on a statement prepared once per connection and reused;
    // returns the number of rows it changed. Binds like exec().
    static Result<int> write(QSqlDatabase &db, const QString &sql, const QVariantList &values);

    // PRAGMA integrity_check == ok.
    Status checkIntegrity() const;

private:
    explicit Database(QString filePath);
    Status migrate();

    struct Private;
    std::unique_ptr<Private> d;
    QString m_filePath;
    QString m_backupPath;
    int m_schemaVersion = 0;
};

// UTC timestamps as stored in the database ("2025-12-01T01:00:00.000Z").
QString toDbTime(const class QDateTime &t);
QDateTime fromDbTime(const QVariant &v);
QString nowDbTime();

} // namespace ferry
