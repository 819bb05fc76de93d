#include "store/databaseurl.h"

#include "util/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace ferry {

namespace {

Error invalid(const QString &message)
{
    return Error(Error::Code::InvalidInput, message);
}

// libpq's conninfo quoting: single quotes, with backslash and quote escaped.
QString quoteOption(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

QStringList DatabaseUrl::knownOptions()
{
    return {QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
        QStringLiteral("sslkey"), QStringLiteral("sslcrl"), QStringLiteral("connect_timeout"),
        QStringLiteral("application_name")};
}

DatabaseUrl DatabaseUrl::sqliteFile(const QString &filePath)
{
    DatabaseUrl url;
    url.m_engine = Engine::SQLite;
    url.m_filePath = filePath;
    return url;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(QCoreApplication::translate("DatabaseUrl", "The database URL is empty."));
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || scheme.isEmpty())
        return invalid(QCoreApplication::translate("DatabaseUrl",
            "\"%1\" is not a database URL; use postgresql://USER@HOST:PORT/DATABASE "
            "or sqlite:///PATH/TO/FILE.")
                           .arg(trimmed));

    DatabaseUrl result;
    if (scheme == QLatin1String("sqlite")) {
        if (!url.host().isEmpty() || url.hasQuery() || !url.userInfo().isEmpty())
            return invalid(QCoreApplication::translate("DatabaseUrl",
                "An SQLite database URL names only a file: sqlite:///PATH/TO/FILE "
                "(\"%1\").")
                               .arg(trimmed));
        const QString path = url.path(QUrl::FullyDecoded);
        if (path.isEmpty() || !QDir::isAbsolutePath(path))
            return invalid(QCoreApplication::translate("DatabaseUrl",
                "An SQLite database URL needs an absolute file path: "
                "sqlite:///PATH/TO/FILE (\"%1\").")
                               .arg(trimmed));
        result.m_engine = Engine::SQLite;
        result.m_filePath = QDir::cleanPath(path);
        return result;
    }
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return invalid(QCoreApplication::translate("DatabaseUrl",
            "Ferry keeps its state in SQLite or PostgreSQL; \"%1\" is neither "
            "(use postgresql://... or sqlite:///...).")
                           .arg(scheme));

    // Checked before anything else, and the message does not repeat the URL: it holds a secret.
    if (!url.password(QUrl::FullyDecoded).isEmpty() || trimmed.contains(QLatin1String(":@")))
        return invalid(QCoreApplication::translate("DatabaseUrl",
            "The database URL must not contain a password: give it in PGPASSWORD "
            "or in the PostgreSQL password file (~/.pgpass) instead."));

    result.m_engine = Engine::PostgreSQL;
    result.m_host = url.host(QUrl::FullyDecoded);
    if (result.m_host.isEmpty())
        return invalid(QCoreApplication::translate("DatabaseUrl",
            "The database URL \"%1\" names no server: "
            "postgresql://USER@HOST:PORT/DATABASE.")
                           .arg(trimmed));
    result.m_port = url.port(5432);
    if (result.m_port <= 0 || result.m_port > 65535)
        return invalid(QCoreApplication::translate(
            "DatabaseUrl", "The database URL \"%1\" has an invalid port.")
                           .arg(trimmed));
    result.m_user = url.userName(QUrl::FullyDecoded);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.isEmpty() || path.contains(QLatin1Char('/')))
        return invalid(QCoreApplication::translate("DatabaseUrl",
            "The database URL \"%1\" names no database: "
            "postgresql://USER@HOST:PORT/DATABASE.")
                           .arg(trimmed));
    result.m_databaseName = path;

    const QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        const QString key = item.first;
        const QString value = item.second;
        if (key == QLatin1String("password"))
            return invalid(QCoreApplication::translate("DatabaseUrl",
                "The database URL must not contain a password: give it in "
                "PGPASSWORD or in the PostgreSQL password file (~/.pgpass) "
                "instead."));
        if (!knownOptions().contains(key))
            return invalid(QCoreApplication::translate(
                "DatabaseUrl", "The database URL has an unknown parameter \"%1\"; known: %2.")
                               .arg(key, knownOptions().join(QLatin1String(", "))));
        if (value.isEmpty() || value.contains(QLatin1Char(';')))
            return invalid(QCoreApplication::translate(
                "DatabaseUrl", "The database URL's parameter \"%1\" has an invalid value.")
                               .arg(key));
        if (key == QLatin1String("sslmode")) {
            const QStringList modes = {QStringLiteral("disable"), QStringLiteral("allow"),
                QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-ca"),
                QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return invalid(QCoreApplication::translate(
                    "DatabaseUrl", "The database URL's sslmode \"%1\" is not one of %2.")
                                   .arg(value, modes.join(QLatin1String(", "))));
        }
        if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 0)
                return invalid(QCoreApplication::translate("DatabaseUrl",
                    "The database URL's connect_timeout must be a number of "
                    "seconds."));
        }
        result.m_options.insert(key, value);
    }
    return result;
}

Result<DatabaseUrl> DatabaseUrl::resolve(const QString &override, const QString &dataDirectory)
{
    if (!override.isEmpty())
        return parse(override);
    const QString fromEnvironment = qEnvironmentVariable("FERRY_DATABASE");
    if (!fromEnvironment.trimmed().isEmpty()) {
        auto url = parse(fromEnvironment);
        if (!url)
            return Error(url.error().code, url.error().message,
                QStringLiteral("from the environment variable FERRY_DATABASE"));
        return url;
    }
    return sqliteFile(databaseFile(dataDirectory));
}

QString DatabaseUrl::qtConnectOptions() const
{
    QStringList parts;
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + quoteOption(it.value());
    return parts.join(QLatin1Char(';'));
}

QString DatabaseUrl::toString() const
{
    if (m_engine == Engine::SQLite) {
        // QUrl drops an empty authority; the canonical form keeps it: sqlite:///PATH.
        QUrl path;
        path.setPath(m_filePath);
        return QStringLiteral("sqlite://") + path.toString(QUrl::FullyEncoded);
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setUserName(m_user);
    url.setPath(QLatin1Char('/') + m_databaseName);
    QUrlQuery query;
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    if (!query.isEmpty())
        url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

DatabaseUrl DatabaseUrl::withDatabaseName(const QString &name) const
{
    DatabaseUrl copy = *this;
    copy.m_databaseName = name;
    return copy;
}

} // namespace ferry
