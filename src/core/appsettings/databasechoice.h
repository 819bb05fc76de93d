#pragma once

#include "store/databaseurl.h"
#include "util/result.h"

#include <QString>

#include <optional>

namespace ferry {

class CredentialStore;

// The desktop's stored database choice and the database password in the keychain: one rule for
// ferry and ferryctl (docs/scale.md, "Choosing the database").
//
// The choice is not kept in the database (it chooses the database) but in a small INI file per
// user, storedChoiceFile(): $XDG_CONFIG_HOME/ferry/database.conf (~/.config/ferry/database.conf),
// key "database/url", a URL as DatabaseUrl::parse() takes it. No file, or no key, means the
// default: the SQLite file in the data directory. The URL never holds a password; the password
// for a PostgreSQL URL is in the OS keychain under passwordKey(url).
//
// The database a face opens: `--database URL`, else FERRY_DATABASE, else the stored choice, else
// the SQLite default. For a PostgreSQL URL the password is PGPASSWORD when that is set, else the
// keychain's (or systemd credential's) when one is stored, else libpq's password file.
namespace DatabaseChoice {

// $XDG_CONFIG_HOME/ferry/database.conf (QStandardPaths::GenericConfigLocation).
QString storedChoiceFile();

// The stored URL, std::nullopt for the default (no file or no key); an error when the file
// holds a URL parse() refuses (it names the file).
Result<std::optional<DatabaseUrl>> load(const QString &file = storedChoiceFile());
// Stores `url` (a PostgreSQL URL, or an SQLite file other than the default), or the default
// (std::nullopt: the key is removed).
Status save(const std::optional<DatabaseUrl> &url, const QString &file = storedChoiceFile());

// "database:USER@HOST:PORT/DATABASE": the keychain key of a PostgreSQL URL's password.
QString passwordKey(const DatabaseUrl &url);

// The URL with the password from `secrets` attached, when the URL is PostgreSQL, PGPASSWORD is
// not set and the keychain holds one; otherwise the URL as it is. A keychain that does not
// answer (or holds nothing) is not an error: libpq's own ways remain.
DatabaseUrl withStoredPassword(DatabaseUrl url, const CredentialStore &secrets);

// The database ferry and ferryctl open (the order above). `secrets` may be null: no keychain.
Result<DatabaseUrl> resolve(const QString &override, const QString &dataDirectory,
    const CredentialStore *secrets, const QString &file = storedChoiceFile());

// The PostgreSQL server as Settings asks for it, field by field.
struct ServerFields
{
    QString host;
    QString port; // as typed
    QString databaseName;
    QString userName;
    QString sslMode; // "disable", "require" or "verify-full"
    QString caFile; // sslrootcert; optional (libpq then uses ~/.postgresql/root.crt)
};

// The URL of the fields, or what is wrong with them in plain words (an empty host, a port that
// is not 1..65535, a CA file that does not exist, ...).
Result<DatabaseUrl> fromFields(const ServerFields &fields);
// The fields of a PostgreSQL URL (for showing a stored choice).
ServerFields toFields(const DatabaseUrl &url);
// The TLS mode offered for a host: "disable" on the same machine (localhost, 127.x, ::1),
// "verify-full" for any other.
QString defaultSslMode(const QString &host);
// The command that moves an SQLite file's data into `to` (ferryctl system db-copy).
QString copyCommand(const QString &sqliteFile, const DatabaseUrl &to);

// What a connection test found: the server's version and whether the session uses TLS.
struct ConnectionTest
{
    QString serverVersion; // "15.4"
    bool tls = false;
    QString tlsVersion; // "TLSv1.3" when tls
};

// Opens one connection with exactly `url` (and its password, if attached) on the calling thread,
// asks the server its version and TLS state, and closes it. Errors in plain words (the driver's
// text in the details; neither holds the password). Nothing is created or migrated.
Result<ConnectionTest> testConnection(const DatabaseUrl &url);

} // namespace DatabaseChoice

} // namespace ferry
