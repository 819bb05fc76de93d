#include "store/database.h"

#include "util/logging.h"
#include "version.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

#include <atomic>

namespace ferry {

namespace {

// The migration scripts, in order; migration N brings the schema to version N.
const QStringList &migrationScripts()
{
    static const QStringList scripts = {
        QStringLiteral(":/ferry/sql/0001_initial.sql"),
        QStringLiteral(":/ferry/sql/0002_schema_history.sql"),
        QStringLiteral(":/ferry/sql/0003_keep_leftovers.sql"),
        QStringLiteral(":/ferry/sql/0004_engine_leases.sql"),
        QStringLiteral(":/ferry/sql/0005_change_notifications.sql"),
        QStringLiteral(":/ferry/sql/0006_conversion_dry_runs.sql"),
        QStringLiteral(":/ferry/sql/0007_artifact_files.sql"),
        QStringLiteral(":/ferry/sql/0008_target_ca_verification.sql"),
        QStringLiteral(":/ferry/sql/0009_source_host_direct_reads.sql"),
    };
    return scripts;
}

Error sqlError(const QString &what, const QSqlError &e)
{
    return Error(Error::Code::Database,
        QCoreApplication::translate("Database", "Database error while %1.").arg(what), e.text());
}

// The statements of a migration script: comments dropped, split at each ';' that is not inside
// a $$-quoted body (a PostgreSQL function's).
QStringList splitStatements(const QString &script)
{
    QString text;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const qsizetype comment = line.indexOf(QLatin1String("--"));
        text += (comment >= 0 ? line.left(comment) : line) + QLatin1Char('\n');
    }
    QStringList statements;
    QString current;
    bool inBody = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('$') && i + 1 < text.size()
            && text.at(i + 1) == QLatin1Char('$')) {
            inBody = !inBody;
            current += QLatin1String("$$");
            ++i;
            continue;
        }
        if (text.at(i) == QLatin1Char(';') && !inBody) {
            if (const QString s = current.trimmed(); !s.isEmpty())
                statements << s;
            current.clear();
            continue;
        }
        current += text.at(i);
    }
    if (const QString s = current.trimmed(); !s.isEmpty())
        statements << s;
    return statements;
}

std::atomic<int> g_instanceCounter {0};

const QString kPostgreSQLDriver = QStringLiteral("QPSQL");

bool isPostgreSQLConnection(const QSqlDatabase &db)
{
    return db.driverName() == kPostgreSQLDriver;
}

// The statements the repositories write, as PostgreSQL runs them: a JSON list parameter is
// expanded by json_array_elements_text (its column is also called value) instead of json_each.
QString forEngine(const QSqlDatabase &db, const QString &sql)
{
    if (!isPostgreSQLConnection(db) || !sql.contains(QLatin1String("json_each(?)")))
        return sql;
    QString mapped = sql;
    mapped.replace(
        QLatin1String("json_each(?)"), QLatin1String("json_array_elements_text(CAST(? AS json))"));
    return mapped;
}

// Ferry's flags are INTEGER 0/1 columns: a bool binds as that number on both engines.
QVariant bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QStringLiteral(""); // a null QString is an empty text; SQL NULL is QVariant()
    if (v.typeId() == QMetaType::Bool)
        return QVariant(v.toBool() ? 1 : 0);
    return v;
}

// Serialises concurrent migrations of one PostgreSQL database (any constant, Ferry's own).
constexpr qint64 kMigrationLockKey = 0x4665727279; // "Ferry"
// Serialises Database::transaction() on PostgreSQL, as BEGIN IMMEDIATE does on SQLite.
constexpr qint64 kWriterLockKey = 0x466572727957; // "FerryW"

// Prepared write statements, per connection (and so per thread). Reads are never cached: a
// caller may still be iterating a result when the same SELECT runs again.
struct StatementCache
{
    QMutex mutex;
    QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>> byConnection;
};

// Never destroyed: a pool thread's ThreadConnections may end after static destruction at exit
// and still removes its entry (AddressSanitizer found the use after free in the GUI tests).
StatementCache &statementCache()
{
    static StatementCache *cache = new StatementCache;
    return *cache;
}

bool cacheable(const QString &sql)
{
    const QStringView head = QStringView(sql).trimmed().left(6);
    return head.compare(QLatin1String("INSERT"), Qt::CaseInsensitive) == 0
        || head.compare(QLatin1String("UPDATE"), Qt::CaseInsensitive) == 0
        || head.compare(QLatin1String("DELETE"), Qt::CaseInsensitive) == 0;
}

} // namespace

// Set when the application object goes (its post routines run): from then on Qt's global SQL
// connection list may already be destroyed, and pool threads that end during static
// destruction must not touch it (AddressSanitizer: SEGV at exit in gui.queuepage).
std::atomic_bool g_qtShutDown {false};

void watchShutdown()
{
    static const bool registered = [] {
        qAddPostRoutine([] { g_qtShutDown = true; });
        return true;
    }();
    Q_UNUSED(registered)
}

// This thread's connections, by database: removed when the thread ends, so a later thread
// (which may get the same native id) never meets a connection that belongs to a dead one.
struct ThreadConnections
{
    QHash<QString, QString> byDatabase; // Database prefix -> connection name
    ~ThreadConnections()
    {
        if (g_qtShutDown)
            return; // the process is ending: nothing to reuse, and Qt's list may be gone
        for (const QString &name : std::as_const(byDatabase)) {
            {
                QMutexLocker lock(&statementCache().mutex);
                statementCache().byConnection.remove(name);
            }
            if (QSqlDatabase::contains(name))
                QSqlDatabase::removeDatabase(name);
        }
    }
};

thread_local ThreadConnections t_connections;

std::atomic<int> g_connectionCounter {0};

struct Database::Private
{
    QString prefix;
    mutable QMutex mutex;
    mutable QStringList connectionNames;
};

Database::Database(DatabaseUrl url)
    : d(std::make_unique<Private>())
    , m_url(std::move(url))
    , m_filePath(m_url.isPostgreSQL() ? QString() : m_url.filePath())
{
    d->prefix = QStringLiteral("ferry-db-%1").arg(++g_instanceCounter);
    watchShutdown();
}

Database::~Database()
{
    QMutexLocker lock(&d->mutex);
    {
        QMutexLocker cacheLock(&statementCache().mutex);
        for (const QString &name : std::as_const(d->connectionNames))
            statementCache().byConnection.remove(name);
    }
    // removeDatabase() closes each connection; asking for another thread's connection here
    // would only earn a warning.
    for (const QString &name : std::as_const(d->connectionNames))
        QSqlDatabase::removeDatabase(name);
}

int Database::latestSchemaVersion()
{
    return int(migrationScripts().size());
}

QSqlDatabase Database::connection() const
{
    const QString existing = t_connections.byDatabase.value(d->prefix);
    if (!existing.isEmpty() && QSqlDatabase::contains(existing))
        return QSqlDatabase::database(existing, false);
    const QString name = QStringLiteral("%1-c%2").arg(d->prefix).arg(++g_connectionCounter);
    t_connections.byDatabase.insert(d->prefix, name);

    if (m_url.isPostgreSQL()) {
        // The keychain's password when the URL carries one (never logged); else libpq reads
        // PGPASSWORD or its password file (~/.pgpass).
        QSqlDatabase db = QSqlDatabase::addDatabase(kPostgreSQLDriver, name);
        if (m_url.hasPassword())
            db.setPassword(m_url.password());
        db.setHostName(m_url.host());
        db.setPort(m_url.port());
        db.setUserName(m_url.userName());
        db.setDatabaseName(m_url.databaseName());
        db.setConnectOptions(m_url.qtConnectOptions());
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SET client_min_messages = warning"));
        } else {
            qCWarning(lcStore) << "cannot connect to" << m_url.toString() << db.lastError().text();
        }
        QMutexLocker lock(&d->mutex);
        d->connectionNames << name;
        return db;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    } else {
        qCWarning(lcStore) << "cannot open" << m_filePath << db.lastError().text();
    }
    QMutexLocker lock(&d->mutex);
    d->connectionNames << name;
    return db;
}

// schema_history (from schema 2 on, which creates it): which Ferry brought the database to
// `version`, and when. Both engines' migrations write it the same way.
Status Database::recordSchemaVersion(QSqlDatabase &db, int version)
{
    if (version < 2)
        return {};
    auto h = exec(db,
        QStringLiteral("INSERT INTO schema_history (version, applied_at, ferry_version) "
                       "VALUES (?, ?, ?) ON CONFLICT (version) DO UPDATE SET "
                       "applied_at = excluded.applied_at, ferry_version = excluded.ferry_version"),
        {version, nowDbTime(), QStringLiteral(FERRY_VERSION_STRING)});
    return h ? Status() : Status(h.error());
}

Result<QSqlQuery> Database::exec(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(forEngine(db, sql)))
        return sqlError(
            QCoreApplication::translate("Database", "preparing a statement"), q.lastError());
    for (const QVariant &v : values)
        q.addBindValue(bindable(v));
    if (!q.exec())
        return sqlError(
            QCoreApplication::translate("Database", "writing or reading data"), q.lastError());
    return q;
}

Result<int> Database::write(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    // Prepared once per connection and reused: a sync writes tens of thousands of rows with a
    // handful of statements, and preparing each time cost more than the writing.
    std::shared_ptr<QSqlQuery> q;
    const bool cached = cacheable(sql);
    if (cached) {
        QMutexLocker lock(&statementCache().mutex);
        q = statementCache().byConnection.value(db.connectionName()).value(sql);
    }
    if (!q) {
        q = std::make_shared<QSqlQuery>(db);
        q->setForwardOnly(true);
        if (!q->prepare(forEngine(db, sql)))
            return sqlError(
                QCoreApplication::translate("Database", "preparing a statement"), q->lastError());
        if (cached) {
            QMutexLocker lock(&statementCache().mutex);
            statementCache().byConnection[db.connectionName()].insert(sql, q);
        }
    }
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, bindable(values.at(i))); // as in exec()
    if (!q->exec())
        return sqlError(
            QCoreApplication::translate("Database", "writing or reading data"), q->lastError());
    const int rows = q->numRowsAffected();
    q->finish();
    return rows;
}

namespace {

// After a statement failed on PostgreSQL: true when the connection itself is gone (the server
// restarted or cut the session) rather than the statement failing. One cheap probe, only on
// failures. The connection is then opened again in place, with this thread's cached statements
// for it forgotten (they were prepared on the old session).
// Transactions this thread has open (their statements run on the same session: reopening it
// there would lose the transaction, and a failed statement makes every later one, the probe
// included, fail until ROLLBACK).
thread_local int t_openTransactions = 0;

bool reopenIfBroken(QSqlDatabase &db)
{
    if (!isPostgreSQLConnection(db) || t_openTransactions > 0)
        return false;
    if (QSqlQuery probe(db); probe.exec(QStringLiteral("SELECT 1")))
        return false;
    {
        QMutexLocker lock(&statementCache().mutex);
        statementCache().byConnection.remove(db.connectionName());
    }
    db.close();
    if (!db.open()) {
        qCWarning(lcStore) << "the database server is not back yet:" << db.lastError().text();
        return false;
    }
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
    qCInfo(lcStore) << "connected to the database server again";
    return true;
}

bool isRead(const QString &sql)
{
    const QString head = sql.trimmed().left(6).toUpper();
    return head.startsWith(QLatin1String("SELECT")) || head.startsWith(QLatin1String("WITH"));
}

} // namespace

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values) const
{
    QSqlDatabase db = connection();
    auto q = exec(db, sql, values);
    // A read is asked again on a new session. A write is not: whether it reached the server
    // before the session was cut is unknown, so its caller sees the error (the next call runs on
    // the new session).
    if (!q && reopenIfBroken(db) && isRead(sql))
        q = exec(db, sql, values);
    return q;
}

Status Database::transaction(const std::function<Status(QSqlDatabase &)> &fn) const
{
    QSqlDatabase db = connection();
    QSqlQuery begin(db);
    const QString beginSql
        = isPostgreSQLConnection(db) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    // Nothing has run yet when BEGIN fails, so a session the server cut is simply opened again.
    bool begun = begin.exec(beginSql);
    if (!begun && reopenIfBroken(db)) {
        begin = QSqlQuery(db);
        begun = begin.exec(beginSql);
    }
    if (!begun)
        return sqlError(
            QCoreApplication::translate("Database", "starting a transaction"), begin.lastError());
    // SQLite's BEGIN IMMEDIATE admits one writing transaction at a time, and the repositories'
    // read-check-write transactions rely on it. On PostgreSQL the same holds through a
    // transaction-scoped advisory lock (released by COMMIT or ROLLBACK).
    if (isPostgreSQLConnection(db)
        && !begin.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriterLockKey))) {
        const Error e = sqlError(
            QCoreApplication::translate("Database", "starting a transaction"), begin.lastError());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return e;
    }
    ++t_openTransactions;
    Status st = fn(db);
    --t_openTransactions;
    QSqlQuery end(db);
    if (!st) {
        end.exec(QStringLiteral("ROLLBACK"));
        return st;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const Error e
            = sqlError(QCoreApplication::translate("Database", "committing"), end.lastError());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return e;
    }
    return {};
}

QString Database::location() const
{
    return m_url.isPostgreSQL() ? m_url.toString() : QDir::toNativeSeparators(m_filePath);
}

Status Database::checkIntegrity() const
{
    if (m_url.isPostgreSQL()) {
        // The server keeps its own files consistent; answering a query is what is left to see.
        auto q = exec(QStringLiteral("SELECT 1"));
        return q ? Status() : Status(q.error());
    }
    auto q = exec(QStringLiteral("PRAGMA integrity_check"));
    if (!q)
        return q.error();
    QStringList problems;
    while (q->next())
        problems << q->value(0).toString();
    if (problems == QStringList {QStringLiteral("ok")})
        return {};
    return Error(Error::Code::Database,
        QCoreApplication::translate("Database", "The database file is damaged."),
        problems.join(QLatin1String("; ")));
}

Result<std::shared_ptr<Database>> Database::open(const QString &filePath)
{
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return Error(Error::Code::Io,
            QCoreApplication::translate("Database", "Cannot create the data directory %1.")
                .arg(QDir::toNativeSeparators(info.absolutePath())));

    // Look at the version through a read-only connection first, so that a file written by a newer
    // Ferry (or not a database at all) is refused without a single byte written to it.
    if (info.exists()) {
        const QString probeName = QStringLiteral("ferry-probe-%1").arg(++g_instanceCounter);
        int version = -1;
        QString failure;
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
            probe.setDatabaseName(info.absoluteFilePath());
            probe.setConnectOptions(
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
            if (!probe.open()) {
                failure = probe.lastError().text();
            } else {
                QSqlQuery q(probe);
                if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                    version = q.value(0).toInt();
                else
                    failure = q.lastError().text();
            }
            probe.close();
        }
        QSqlDatabase::removeDatabase(probeName);
        if (version < 0)
            return Error(Error::Code::Database,
                QCoreApplication::translate(
                    "Database", "%1 is not a Ferry database or cannot be read.")
                    .arg(QDir::toNativeSeparators(info.absoluteFilePath())),
                failure);
        if (version > latestSchemaVersion())
            return Error(Error::Code::DatabaseTooNew,
                QCoreApplication::translate("Database",
                    "The database %1 was written by a newer version of Ferry (schema %2; "
                    "this Ferry knows up to %3). Install a newer Ferry or choose another "
                    "data directory; the file was not changed.")
                    .arg(QDir::toNativeSeparators(info.absoluteFilePath()))
                    .arg(version)
                    .arg(latestSchemaVersion()));
    }

    std::shared_ptr<Database> db(new Database(DatabaseUrl::sqliteFile(info.absoluteFilePath())));
    if (!db->connection().isOpen())
        return Error(Error::Code::Database,
            QCoreApplication::translate("Database", "Cannot open the database %1.")
                .arg(QDir::toNativeSeparators(info.absoluteFilePath())),
            db->connection().lastError().text());
    if (Status st = db->migrate(); !st)
        return st.error();
    return db;
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseUrl &url)
{
    if (!url.isPostgreSQL())
        return open(url.filePath());
    if (!QSqlDatabase::isDriverAvailable(kPostgreSQLDriver))
        return Error(Error::Code::Database,
            QCoreApplication::translate("Database",
                "Qt's PostgreSQL driver (QPSQL) is not installed; on Debian and Ubuntu install "
                "the package libqt6sql6-psql."));
    std::shared_ptr<Database> db(new Database(url));
    if (!db->connection().isOpen())
        return Error(Error::Code::Database,
            QCoreApplication::translate("Database", "Cannot connect to the database %1.")
                .arg(url.toString()),
            db->connection().lastError().text());
    if (Status st = db->migrate(); !st)
        return st.error();
    return db;
}

// PostgreSQL has transactional DDL: every pending migration runs in one transaction, under an
// advisory lock so that two engines starting together do not both migrate. The version is the
// highest in schema_history (created by migration 2; 0 while the database is empty).
Status Database::migratePostgreSQL()
{
    const int latest = latestSchemaVersion();
    int version = 0;
    Status st = transaction([&](QSqlDatabase &c) -> Status {
        if (auto lock = exec(c, QStringLiteral("SELECT pg_advisory_xact_lock(?)"),
                {QVariant(kMigrationLockKey)});
            !lock)
            return lock.error();
        auto exists = exec(c, QStringLiteral("SELECT to_regclass('schema_history') IS NOT NULL"));
        if (!exists)
            return exists.error();
        if (exists->next() && exists->value(0).toBool()) {
            auto q
                = exec(c, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_history"));
            if (!q)
                return q.error();
            if (q->next())
                version = q->value(0).toInt();
        }
        if (version > latest)
            return Error(Error::Code::DatabaseTooNew,
                QCoreApplication::translate("Database",
                    "The database %1 was written by a newer version of Ferry (schema %2; "
                    "this Ferry knows up to %3). Install a newer Ferry or choose another "
                    "database; nothing was changed.")
                    .arg(m_url.toString())
                    .arg(version)
                    .arg(latest));
        if (version < latest && version > 0)
            qCInfo(lcStore) << "upgrading schema" << version << "->" << latest << "of"
                            << m_url.toString();
        for (int next = version + 1; next <= latest; ++next) {
            QFile f(migrationScripts().at(next - 1));
            if (!f.open(QIODevice::ReadOnly))
                return Error(
                    Error::Code::Internal, QStringLiteral("missing migration %1").arg(next));
            const QStringList statements = splitStatements(
                migrationSqlFor(DatabaseUrl::Engine::PostgreSQL, QString::fromUtf8(f.readAll())));
            for (const QString &s : statements) {
                // Not prepared: PostgreSQL cannot PREPARE a CREATE or ALTER.
                QSqlQuery r(c);
                if (!r.exec(s))
                    return Error(Error::Code::Database,
                        QCoreApplication::translate("Database",
                            "Upgrading the database to schema %1 "
                            "failed; nothing was changed.")
                            .arg(next),
                        r.lastError().text());
            }
            if (Status h = recordSchemaVersion(c, next); !h)
                return h;
        }
        return {};
    });
    if (!st)
        return st;
    m_schemaVersion = latest;
    return {};
}

Status Database::migrate()
{
    if (m_url.isPostgreSQL())
        return migratePostgreSQL();
    auto q = exec(QStringLiteral("PRAGMA user_version"));
    if (!q || !q->next())
        return q ? Error(Error::Code::Database, QStringLiteral("PRAGMA user_version")) : q.error();
    int version = q->value(0).toInt();
    q->finish();
    const int latest = latestSchemaVersion();

    if (version > 0 && version < latest) {
        const QString stamp
            = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        m_backupPath = QStringLiteral("%1.v%2-%3.bak").arg(m_filePath).arg(version).arg(stamp);
        QFile::remove(m_backupPath);
        QString escaped = m_backupPath;
        escaped.replace(QLatin1Char('\''), QLatin1String("''"));
        auto vac = exec(QStringLiteral("VACUUM INTO '%1'").arg(escaped));
        if (!vac)
            return Error(Error::Code::Io,
                QCoreApplication::translate("Database",
                    "Could not keep a copy of the database before upgrading it; "
                    "nothing was changed."),
                vac.error().details);
        qCInfo(lcStore) << "upgrading schema" << version << "->" << latest << "backup at"
                        << m_backupPath;
    }

    for (int next = version + 1; next <= latest; ++next) {
        QFile f(migrationScripts().at(next - 1));
        if (!f.open(QIODevice::ReadOnly))
            return Error(Error::Code::Internal, QStringLiteral("missing migration %1").arg(next));
        const QStringList statements = splitStatements(
            migrationSqlFor(DatabaseUrl::Engine::SQLite, QString::fromUtf8(f.readAll())));
        Status st = transaction([&](QSqlDatabase &c) -> Status {
            for (const QString &s : statements) {
                auto r = exec(c, s);
                if (!r)
                    return Error(r.error().code,
                        QCoreApplication::translate("Database",
                            "Upgrading the database to schema %1 "
                            "failed; nothing was changed.")
                            .arg(next),
                        r.error().details);
            }
            if (Status h = recordSchemaVersion(c, next); !h)
                return h;
            auto v = exec(c, QStringLiteral("PRAGMA user_version = %1").arg(next));
            return v ? Status() : Status(v.error());
        });
        if (!st)
            return st;
        version = next;
    }
    m_schemaVersion = version;
    return {};
}

QString migrationSqlFor(DatabaseUrl::Engine engine, const QString &script)
{
    static const QRegularExpression pgOnly(
        QStringLiteral("^--\\s*postgresql-only\\s*$"), QRegularExpression::MultilineOption);
    if (engine == DatabaseUrl::Engine::SQLite) {
        const QRegularExpressionMatch m = pgOnly.match(script);
        return m.hasMatch() ? script.left(m.capturedStart()) : script;
    }
    QString sql = script;
    static const QRegularExpression rowid(QStringLiteral("\\bid(\\s+)INTEGER PRIMARY KEY\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    sql.replace(rowid, QStringLiteral("id\\1BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    sql.replace(integer, QStringLiteral("BIGINT"));
    sql.replace(real, QStringLiteral("DOUBLE PRECISION"));
    return sql;
}

QString toDbTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromDbTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.toUTC();
}

QString nowDbTime()
{
    return toDbTime(QDateTime::currentDateTimeUtc());
}

} // namespace ferry
