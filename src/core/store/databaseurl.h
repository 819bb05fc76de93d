#pragma once

#include "util/result.h"

#include <QMap>
#include <QString>

namespace ferry {

// Where Ferry keeps its state: an SQLite file (the embedded default) or a PostgreSQL database
// shared by several engines and desktops. Parsed from `--database URL` / FERRY_DATABASE:
//
//     sqlite:///var/lib/ferry/ferry.db
//     postgresql://ferry@db.example:5432/ferry?sslmode=verify-full&sslrootcert=/etc/ferry/ca.pem
//
// A URL never carries a password (parse() refuses one, so it cannot reach settings, logs or
// error messages): libpq takes it from PGPASSWORD or its password file (~/.pgpass, PGPASSFILE).
// A password from the keychain (appsettings/databasechoice.h) is attached with setPassword(): it
// is handed to the driver when a connection opens and never appears in toString().
class DatabaseUrl final
{
public:
    enum class Engine { SQLite, PostgreSQL };

    static Result<DatabaseUrl> parse(const QString &text);
    // The database ferry and ferryctl use: `--database URL` (override) when given, else
    // FERRY_DATABASE when set, else the SQLite file in the data directory (the default).
    static Result<DatabaseUrl> resolve(const QString &override,
        const QString &dataDirectory); // (The faces call resolveDatabase() of
                                       // appsettings/databasechoice.h, which puts the desktop's
    // stored choice between FERRY_DATABASE and the default and adds the keychain's password.)
    static DatabaseUrl sqliteFile(const QString &filePath);

    Engine engine() const { return m_engine; }
    bool isPostgreSQL() const { return m_engine == Engine::PostgreSQL; }

    // SQLite: the absolute file path.
    QString filePath() const { return m_filePath; }

    // PostgreSQL: the server, the role and the database; port 5432 unless the URL names one.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString userName() const { return m_user; }
    QString databaseName() const { return m_databaseName; }
    // libpq connection parameters from the query (sslmode, sslrootcert, ...), by name.
    QMap<QString, QString> options() const { return m_options; }
    // The same for QSqlDatabase::setConnectOptions(): "sslmode=verify-full;sslrootcert='/x'".
    QString qtConnectOptions() const;

    // PostgreSQL: a password for the driver (from the keychain); never part of toString().
    void setPassword(const QString &password) { m_password = password; }
    QString password() const { return m_password; }
    bool hasPassword() const { return !m_password.isEmpty(); }

    // The URL again (for messages and `system info`): never holds a secret.
    QString toString() const;

    // This URL with another database name (the tests make a fresh database per test case).
    DatabaseUrl withDatabaseName(const QString &name) const;

    // The query parameters parse() accepts.
    static QStringList knownOptions();

private:
    Engine m_engine = Engine::SQLite;
    QString m_filePath;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_databaseName;
    QMap<QString, QString> m_options;
    QString m_password;
};

} // namespace ferry
