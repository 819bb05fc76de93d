#pragma once

#include "store/databaseurl.h"
#include "util/result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

class QSqlDatabase;

namespace ferry {

// The Ferry database: one SQLite file in WAL mode (the embedded default), or a PostgreSQL
// database shared by several engines and desktops (QPSQL; docs/scale.md). Every thread gets its
// own QtSql connection (connections never cross threads); on SQLite foreign keys and a busy
// timeout are set on each. open() applies the versioned schema migrations (the same scripts on
// both engines, their column types mapped for PostgreSQL), keeping a copy of an SQLite file
// before upgrading, and refuses a database written by a newer Ferry without touching it.
//
// The repositories write SQL that both engines run: ON CONFLICT instead of INSERT OR ...,
// RETURNING id instead of lastInsertId(), CAST for parameters whose type PostgreSQL cannot
// infer, and "json_each(?)" for a list parameter (mapped to json_array_elements_text there).
class Database final
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::shared_ptr<Database>> open(const QString &filePath);
    static Result<std::shared_ptr<Database>> open(const DatabaseUrl &url);

    // The schema version this build of Ferry writes.
    static int latestSchemaVersion();

    // The SQLite file; empty on PostgreSQL.
    QString filePath() const { return m_filePath; }
    DatabaseUrl url() const { return m_url; }
    bool isPostgreSQL() const { return m_url.isPostgreSQL(); }
    // The file path or the URL (never with a password), for people.
    QString location() const;
    int schemaVersion() const { return m_schemaVersion; }
    // The copy made before the last upgrade, empty if open() did not upgrade.
    QString backupPath() const { return m_backupPath; }

    // This thread's connection, opened on first use.
    QSqlDatabase connection() const;

    // Runs fn inside BEGIN IMMEDIATE (SQLite) or BEGIN (PostgreSQL) ... COMMIT on this thread's
    // connection; rolls back when fn returns an error.
    Status transaction(const std::function<Status(QSqlDatabase &)> &fn) const;

    // Prepares, binds positional values and executes one statement. A null QString binds as ''
    // (Ferry's text columns are NOT NULL); bind an invalid QVariant() for SQL NULL.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {}) const;
    static Result<QSqlQuery> exec(
        QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

    // One INSERT, UPDATE or DELETE on a statement prepared once per connection and reused;
    // returns the number of rows it changed. Binds like exec().
    static Result<int> write(QSqlDatabase &db, const QString &sql, const QVariantList &values);

    // PRAGMA integrity_check == ok (SQLite); PostgreSQL answers a query.
    Status checkIntegrity() const;

private:
    explicit Database(DatabaseUrl url);
    Status migrate();
    Status migratePostgreSQL();
    static Status recordSchemaVersion(QSqlDatabase &db, int version);

    struct Private;
    std::unique_ptr<Private> d;
    DatabaseUrl m_url;
    QString m_filePath;
    QString m_backupPath;
    int m_schemaVersion = 0;
};

// A migration script as the engine runs it: for SQLite unchanged up to a line
// "-- postgresql-only" (what follows it, PostgreSQL's notification triggers, is left out); for
// PostgreSQL the whole script, in which an "id INTEGER
// PRIMARY KEY" becomes an identity column, INTEGER becomes BIGINT (SQLite's integers are 64-bit)
// and REAL becomes DOUBLE PRECISION.
QString migrationSqlFor(DatabaseUrl::Engine engine, const QString &script);

// UTC timestamps as stored in the database ("2025-12-01T01:00:00.000Z").
QString toDbTime(const class QDateTime &t);
QDateTime fromDbTime(const QVariant &v);
QString nowDbTime();

} // namespace ferry
