#include "diagnostics/diagnostics.h"

#include "store/database.h"
#include "transfer/tarformat.h"
#include "util/logging.h"
#include "util/paths.h"
#include "version.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QUuid>

namespace ferry {

namespace {

const auto kRoot = QStringLiteral("ferry-diagnostics");
const auto kRedacted = QStringLiteral("[redacted]");

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::Diagnostics)
};

// Column and setting names that hold, or point at, something secret.
bool isSecretName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("secret|password|passwd|token|private|credential|^username$|_key_pem$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}

// A scratch SQLite connection to one file, removed when this goes away.
class Connection
{
public:
    explicit Connection(const QString &file)
        : m_name(QStringLiteral("ferry-diagnostics-%1")
                     .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        db.open();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

Status sqlError(const QString &what, const QSqlError &error)
{
    return Error(Error::Code::Database, what, error.text());
}

Result<QSqlQuery> run(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return Error(Error::Code::Database, Text::tr("Could not prepare a query for the copy."),
            q.lastError().text());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Error(Error::Code::Database, Text::tr("A query on the database copy failed."),
            q.lastError().text());
    return q;
}

QString quoted(const QString &identifier)
{
    QString s = identifier;
    return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

// Scrubs the copy in place; returns the number of values changed.
Result<int> scrubDatabase(QSqlDatabase db, const QStringList &knownSecrets)
{
    int changed = 0;
    if (auto st = run(db, QStringLiteral("PRAGMA secure_delete = ON")); !st)
        return st.error();
    auto tables = run(db,
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                       "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    if (!tables)
        return tables.error();
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    tables->finish();

    for (const QString &table : std::as_const(names)) {
        auto columns = run(db, QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)));
        if (!columns)
            return columns.error();
        QStringList textColumns;
        while (columns->next()) {
            const QString column = columns->value(1).toString();
            const QString type = columns->value(2).toString().toUpper();
            if (type.contains(QLatin1String("TEXT")) || type.isEmpty()
                || type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("BLOB")))
                textColumns << column;
        }
        columns->finish();

        for (const QString &column : std::as_const(textColumns)) {
            const QString t = quoted(table);
            const QString c = quoted(column);
            QList<QPair<QString, QVariantList>> updates;
            if (isSecretName(column)) {
                updates.append({QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 IS NOT NULL AND %2 "
                                               "<> '' AND %2 <> ?")
                                    .arg(t, c),
                    {kRedacted, kRedacted}});
            }
            // Any PEM private key, wherever it was put.
            updates.append({QStringLiteral("UPDATE %1 SET %2 = ? WHERE CAST(%2 AS TEXT) LIKE "
                                           "'%%PRIVATE KEY%%'")
                                .arg(t, c),
                {kRedacted}});
            for (const QString &secret : knownSecrets) {
                if (secret.size() < 4)
                    continue; // too short to search for without ruining unrelated values
                updates.append({QStringLiteral("UPDATE %1 SET %2 = replace(CAST(%2 AS TEXT), ?, ?) "
                                               "WHERE instr(CAST(%2 AS TEXT), ?) > 0")
                                    .arg(t, c),
                    {secret, kRedacted, secret}});
            }
            for (const auto &[sql, values] : std::as_const(updates)) {
                auto q = run(db, sql, values);
                if (!q)
                    return q.error();
                changed += qMax(0, q->numRowsAffected());
            }
        }
    }
    // Settings whose key names something secret.
    if (names.contains(QStringLiteral("settings"))) {
        auto rows = run(db, QStringLiteral("SELECT key FROM settings"));
        if (!rows)
            return rows.error();
        QStringList secretKeys;
        while (rows->next())
            if (isSecretName(rows->value(0).toString()))
                secretKeys << rows->value(0).toString();
        rows->finish();
        for (const QString &key : std::as_const(secretKeys)) {
            auto q = run(db, QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"),
                {kRedacted, key});
            if (!q)
                return q.error();
            changed += qMax(0, q->numRowsAffected());
        }
    }
    // Rewrite the file: the old values must not survive in free pages or the journal.
    if (auto q = run(db, QStringLiteral("VACUUM")); !q)
        return q.error();
    return changed;
}

QString sqliteVersion(QSqlDatabase db)
{
    auto q = run(db, QStringLiteral("SELECT sqlite_version()"));
    return q && q->next() ? q->value(0).toString() : QString();
}

QString versionsText(const DiagnosticsOptions &options, int schemaVersion, const QString &sqlite)
{
    QString text;
    auto line = [&text](const QString &key, const QString &value) {
        text += QStringLiteral("%1: %2\n").arg(key, value);
    };
    line(QStringLiteral("ferry"), QStringLiteral(FERRY_VERSION_STRING));
    line(QStringLiteral("application"), options.application);
    line(QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    line(QStringLiteral("qt_runtime"), QString::fromLatin1(qVersion()));
    line(QStringLiteral("qt_build"), QStringLiteral(QT_VERSION_STR));
    line(QStringLiteral("sqlite"), sqlite);
    line(QStringLiteral("schema_version"), QString::number(schemaVersion));
    line(QStringLiteral("os"), QSysInfo::prettyProductName());
    line(QStringLiteral("kernel"),
        QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion());
    line(QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture());
    return text;
}

Result<QString> settingsText(QSqlDatabase db, const DiagnosticsOptions &options)
{
    QString text
        = QStringLiteral("# The database's settings table (shared by ferry and ferryctl)\n");
    auto q = run(db, QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
    if (!q)
        return q.error();
    while (q->next())
        text += QStringLiteral("%1 = %2\n").arg(q->value(0).toString(), q->value(1).toString());
    if (!options.extraSettings.isEmpty()) {
        text += QStringLiteral("\n# %1's own settings\n").arg(options.application);
        for (auto it = options.extraSettings.cbegin(); it != options.extraSettings.cend(); ++it)
            text += QStringLiteral("%1 = %2\n")
                        .arg(it.key(), isSecretName(it.key()) ? kRedacted : it.value());
    }
    return text;
}

class TarWriter
{
public:
    explicit TarWriter(QIODevice &out)
        : m_out(out)
    { }

    bool addData(const QString &name, const QByteArray &data)
    {
        return write(transfer::tarHeader(name, data.size(), 0644)) && write(data)
            && write(QByteArray(int(transfer::tarPadding(data.size())), '\0'));
    }

    bool addFile(const QString &name, const QString &path)
    {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return false;
        const qint64 size = in.size();
        if (!write(transfer::tarHeader(name, size, 0644)))
            return false;
        qint64 copied = 0;
        while (copied < size) {
            const QByteArray chunk = in.read(1 << 20);
            if (chunk.isEmpty() || !write(chunk))
                return false;
            copied += chunk.size();
        }
        return write(QByteArray(int(transfer::tarPadding(size)), '\0'));
    }

    bool finish() { return write(QByteArray(int(transfer::tarTrailerSize()), '\0')); }

private:
    bool write(const QByteArray &data) { return m_out.write(data) == data.size(); }

    QIODevice &m_out;
};

} // namespace

QString redactLogText(const QString &text, const QStringList &knownSecrets, int *count)
{
    int changes = 0;
    QString result = text;
    for (const QString &secret : knownSecrets) {
        if (secret.size() < 4)
            continue;
        const qsizetype n = result.count(secret);
        if (n > 0) {
            result.replace(secret, kRedacted);
            changes += int(n);
        }
    }
    // PEM private keys, whole blocks.
    static const QRegularExpression pem(
        QStringLiteral("-----BEGIN ([A-Z ]*)PRIVATE KEY-----.*?-----END \\1PRIVATE KEY-----"),
        QRegularExpression::DotMatchesEverythingOption);
    // password=..., "token": "...", Authorization: Basic ...
    static const QRegularExpression assignment(
        QStringLiteral("\\b((?:password|passwd|secret|token|api[_-]?key|authorization)\\w*)"
                       "(\"?\\s*[:=]\\s*)(\"[^\"]*\"|(?:Basic|Bearer)\\s+\\S+|[^\\s,;&\"]+)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpression *re : {&pem, &assignment}) {
        QString out;
        qsizetype last = 0;
        auto it = re->globalMatch(result);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += QStringView(result).mid(last, m.capturedStart() - last);
            if (re == &pem)
                out += kRedacted;
            else
                out += m.captured(1) + m.captured(2) + kRedacted;
            last = m.capturedEnd();
            ++changes;
        }
        out += QStringView(result).mid(last);
        result = out;
    }
    if (count)
        *count = changes;
    return result;
}

Result<DiagnosticsReport> exportDiagnostics(
    const DiagnosticsOptions &options, const QString &outputFile)
{
    if (!options.sharedDatabase.isEmpty())
        return Error(Error::Code::InvalidInput,
            Text::tr("The diagnostics bundle holds a copy of Ferry's SQLite database; Ferry is "
                     "using the PostgreSQL database %1, which it cannot copy into the bundle "
                     "yet. Attach a pg_dump of it to the report instead.")
                .arg(options.sharedDatabase));
    const QString dbFile = databaseFile(options.dataDirectory);
    if (!QFileInfo::exists(dbFile))
        return Error(Error::Code::NotFound,
            Text::tr("There is no Ferry database in %1.")
                .arg(QDir::toNativeSeparators(options.dataDirectory)));
    if (outputFile.isEmpty())
        return Error(
            Error::Code::InvalidInput, Text::tr("Name the file to write the diagnostics to."));

    QTemporaryDir scratch(
        QDir(QDir::tempPath()).filePath(QStringLiteral("ferry-diagnostics-XXXXXX")));
    if (!scratch.isValid())
        return Error(Error::Code::Io, Text::tr("Could not create a temporary directory."),
            scratch.errorString());
    const QString copy = scratch.filePath(QStringLiteral("ferry.db"));

    DiagnosticsReport report;
    QString versions;
    QString settings;
    {
        // A consistent copy while other programs may be writing: VACUUM INTO from a connection
        // of our own (it only reads the live database).
        Connection live(dbFile);
        if (!live.db().isOpen())
            return sqlError(Text::tr("Could not open the database."), live.db().lastError())
                .error();
        if (auto q = run(live.db(), QStringLiteral("PRAGMA busy_timeout = 10000")); !q)
            return q.error();
        if (auto q = run(live.db(), QStringLiteral("VACUUM INTO ?"), {copy}); !q)
            return Error(
                Error::Code::Database, Text::tr("Could not copy the database."), q.error().details);
    }
    {
        Connection scrubbed(copy);
        if (!scrubbed.db().isOpen())
            return sqlError(
                Text::tr("Could not open the database copy."), scrubbed.db().lastError())
                .error();
        int schemaVersion = 0;
        if (auto q = run(scrubbed.db(), QStringLiteral("PRAGMA user_version")); q && q->next())
            schemaVersion = q->value(0).toInt();
        if (auto q = run(scrubbed.db(), QStringLiteral("SELECT max(version) FROM schema_history"));
            q && q->next() && q->value(0).toInt() > schemaVersion)
            schemaVersion = q->value(0).toInt();
        auto changed = scrubDatabase(scrubbed.db(), options.knownSecrets);
        if (!changed)
            return changed.error();
        report.redactions += *changed;
        versions = versionsText(options, schemaVersion, sqliteVersion(scrubbed.db()));
        auto text = settingsText(scrubbed.db(), options);
        if (!text)
            return text.error();
        settings = *text;
    }

    // The logs, scrubbed line by line.
    QList<QPair<QString, QByteArray>> logs;
    const QDir logDir(logDirectory(options.dataDirectory));
    const QFileInfoList logFiles = logDir.entryInfoList(
        {QStringLiteral("*.log"), QStringLiteral("*.log.*")}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : logFiles) {
        QFile in(info.filePath());
        if (!in.open(QIODevice::ReadOnly))
            continue;
        int count = 0;
        const QString text
            = redactLogText(QString::fromUtf8(in.readAll()), options.knownSecrets, &count);
        report.redactions += count;
        logs.append({info.fileName(), text.toUtf8()});
    }

    const QString readme = Text::tr(
        "Ferry diagnostics\n"
        "=================\n\n"
        "versions.txt  Ferry, Qt, SQLite and operating system versions\n"
        "settings.txt  Ferry's settings\n"
        "ferry.db      a copy of Ferry's database (SQLite). Keychain references, user names,\n"
        "              values of columns and settings named after passwords, secrets, tokens or\n"
        "              keys, and private keys are replaced by [redacted]. Passwords and client\n"
        "              keys were never in the database: they stay in the system keychain.\n"
        "logs/         Ferry's log files, with password=, token= and similar values replaced\n\n"
        "Values replaced: %1\n")
                               .arg(report.redactions);

    QSaveFile out(outputFile);
    if (!out.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io,
            Text::tr("Could not write %1.").arg(QDir::toNativeSeparators(outputFile)),
            out.errorString());
    TarWriter tar(out);
    auto add = [&](const QString &name, const QByteArray &data) {
        report.entries << kRoot + QLatin1Char('/') + name;
        return tar.addData(report.entries.last(), data);
    };
    bool ok = add(QStringLiteral("README.txt"), readme.toUtf8())
        && add(QStringLiteral("versions.txt"), versions.toUtf8())
        && add(QStringLiteral("settings.txt"), settings.toUtf8());
    if (ok) {
        report.entries << kRoot + QStringLiteral("/ferry.db");
        ok = tar.addFile(report.entries.last(), copy);
    }
    for (const auto &[name, data] : std::as_const(logs))
        ok = ok && add(QStringLiteral("logs/") + name, data);
    ok = ok && tar.finish();
    if (!ok || !out.commit())
        return Error(Error::Code::Io,
            Text::tr("Could not write %1.").arg(QDir::toNativeSeparators(outputFile)),
            out.errorString());
    report.file = QFileInfo(outputFile).absoluteFilePath();
    qCInfo(lcApp, "Diagnostics written to %s (%d values redacted)", qUtf8Printable(report.file),
        report.redactions);
    return report;
}

} // namespace ferry
