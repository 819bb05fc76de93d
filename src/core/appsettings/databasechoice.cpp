#include "appsettings/databasechoice.h"

#include "secrets/credentialstore.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace ferry::DatabaseChoice {

namespace {

const QString kUrlKey = QStringLiteral("database/url");

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseChoice)
};

// The driver's message as plain words; the driver's own text goes into the details.
Error connectionError(const DatabaseUrl &url, const QString &driverText)
{
    const QString server = QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
    const QString lower = driverText.toLower();
    QString message;
    Error::Code code = Error::Code::Database;
    if (lower.contains(QLatin1String("password authentication failed"))
        || lower.contains(QLatin1String("no password supplied"))
        || lower.contains(QLatin1String("fe_sendauth"))) {
        code = Error::Code::Authentication;
        message = Text::tr("The server %1 did not accept the password of the user \"%2\".")
                      .arg(server, url.userName());
    } else if (lower.contains(QLatin1String("certificate verify failed"))
        || lower.contains(QLatin1String("root certificate file"))
        || lower.contains(QLatin1String("does not match host name"))
        || lower.contains(QLatin1String("server certificate for"))) {
        code = Error::Code::Tls;
        message
            = Text::tr("The server %1 could not be verified: its certificate is not signed by the "
                       "CA file or does not name the host.")
                  .arg(server);
    } else if (lower.contains(QLatin1String("server does not support ssl"))) {
        code = Error::Code::Tls;
        message = Text::tr("The server %1 does not offer TLS; choose another TLS mode only if the "
                           "network to it is trusted.")
                      .arg(server);
    } else if (lower.contains(QLatin1String("connection refused"))
        || lower.contains(QLatin1String("could not translate host name"))
        || lower.contains(QLatin1String("timeout expired"))
        || lower.contains(QLatin1String("no route to host"))) {
        code = Error::Code::Network;
        message = Text::tr("Nothing answers at %1: check the host, the port and that the server "
                           "runs.")
                      .arg(server);
    } else if (lower.contains(QLatin1String("database \""))
        && lower.contains(QLatin1String("does not exist"))) {
        code = Error::Code::NotFound;
        message = Text::tr("The server %1 has no database \"%2\".").arg(server, url.databaseName());
    } else {
        message = Text::tr("Cannot connect to the database %1.").arg(url.toString());
    }
    return Error(code, message, driverText.trimmed());
}

} // namespace

QString storedChoiceFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("ferry/database.conf"));
}

Result<std::optional<DatabaseUrl>> load(const QString &file)
{
    if (!QFileInfo::exists(file))
        return std::optional<DatabaseUrl>();
    const QSettings settings(file, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return Error(Error::Code::Io,
            Text::tr("Ferry cannot read its database choice in %1.")
                .arg(QDir::toNativeSeparators(file)));
    const QString text = settings.value(kUrlKey).toString();
    if (text.trimmed().isEmpty())
        return std::optional<DatabaseUrl>();
    auto url = DatabaseUrl::parse(text);
    if (!url)
        return Error(url.error().code, url.error().message,
            Text::tr("from the database chosen in Settings (%1)")
                .arg(QDir::toNativeSeparators(file)));
    return std::optional<DatabaseUrl>(*url);
}

Status save(const std::optional<DatabaseUrl> &url, const QString &file)
{
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return Error(Error::Code::Io,
            Text::tr("Ferry cannot create the directory of %1.")
                .arg(QDir::toNativeSeparators(file)));
    QSettings settings(file, QSettings::IniFormat);
    if (url)
        settings.setValue(kUrlKey, url->toString()); // toString() never holds the password
    else
        settings.remove(kUrlKey);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error(Error::Code::Io,
            Text::tr("Ferry cannot write its database choice to %1.")
                .arg(QDir::toNativeSeparators(file)));
    return {};
}

QString passwordKey(const DatabaseUrl &url)
{
    return QStringLiteral("database:%1@%2:%3/%4")
        .arg(url.userName(), url.host())
        .arg(url.port())
        .arg(url.databaseName());
}

DatabaseUrl withStoredPassword(DatabaseUrl url, const CredentialStore &secrets)
{
    if (!url.isPostgreSQL() || url.hasPassword() || qEnvironmentVariableIsSet("PGPASSWORD"))
        return url;
    auto secret = secrets.read(passwordKey(url));
    if (!secret) {
        if (secret.error().code != Error::Code::NotFound)
            // Debug only: with ~/.pgpass and no keychain every ferryctl call would say it.
            qCDebug(lcStore).noquote()
                << "no database password from the keychain:" << secret.error().message;
        return url;
    }
    url.setPassword(QString::fromUtf8(*secret));
    return url;
}

Result<DatabaseUrl> resolve(const QString &override, const QString &dataDirectory,
    const CredentialStore *secrets, const QString &file)
{
    Result<DatabaseUrl> url = DatabaseUrl::resolve(override, dataDirectory);
    if (override.isEmpty() && qEnvironmentVariable("FERRY_DATABASE").trimmed().isEmpty()) {
        auto stored = load(file);
        if (!stored)
            return stored.error();
        if (*stored)
            url = **stored;
    }
    if (url && secrets)
        return withStoredPassword(*url, *secrets);
    return url;
}

Result<DatabaseUrl> fromFields(const ServerFields &fields)
{
    const auto invalid = [](const QString &message) {
        return Error(Error::Code::InvalidInput, message);
    };
    const QString host = fields.host.trimmed();
    if (host.isEmpty())
        return invalid(Text::tr("Enter the host name or address of the PostgreSQL server."));
    if (host.contains(QLatin1Char('/')) || host.contains(QLatin1Char('@'))
        || host.contains(QLatin1Char(' ')))
        return invalid(Text::tr("\"%1\" is not a host name or address.").arg(host));
    bool ok = false;
    const int port = fields.port.trimmed().toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return invalid(Text::tr("The port must be a number from 1 to 65535."));
    const QString database = fields.databaseName.trimmed();
    if (database.isEmpty() || database.contains(QLatin1Char('/')))
        return invalid(Text::tr("Enter the name of the database on the server."));
    const QString user = fields.userName.trimmed();
    if (user.isEmpty() || user.contains(QLatin1Char(':')) || user.contains(QLatin1Char('@')))
        return invalid(Text::tr("Enter the user (role) Ferry logs in as."));
    const QStringList modes
        = {QStringLiteral("disable"), QStringLiteral("require"), QStringLiteral("verify-full")};
    if (!modes.contains(fields.sslMode))
        return invalid(Text::tr("Choose a TLS mode: %1.").arg(modes.join(QLatin1String(", "))));
    const QString ca = fields.caFile.trimmed();
    if (!ca.isEmpty() && fields.sslMode == QLatin1String("verify-full") && !QFileInfo(ca).isFile())
        return invalid(
            Text::tr("The CA file %1 does not exist.").arg(QDir::toNativeSeparators(ca)));

    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), fields.sslMode);
    if (!ca.isEmpty() && fields.sslMode == QLatin1String("verify-full"))
        query.addQueryItem(QStringLiteral("sslrootcert"), QFileInfo(ca).absoluteFilePath());
    url.setQuery(query);
    return DatabaseUrl::parse(url.toString(QUrl::FullyEncoded));
}

ServerFields toFields(const DatabaseUrl &url)
{
    ServerFields fields;
    fields.host = url.host();
    fields.port = QString::number(url.port());
    fields.databaseName = url.databaseName();
    fields.userName = url.userName();
    const QString mode = url.options().value(QStringLiteral("sslmode"));
    // The page offers three modes; the others map to the nearest stronger one.
    if (mode == QLatin1String("disable"))
        fields.sslMode = mode;
    else if (mode == QLatin1String("verify-full") || mode == QLatin1String("verify-ca"))
        fields.sslMode = QStringLiteral("verify-full");
    else if (mode.isEmpty())
        fields.sslMode = defaultSslMode(url.host());
    else
        fields.sslMode = QStringLiteral("require");
    fields.caFile = url.options().value(QStringLiteral("sslrootcert"));
    return fields;
}

QString defaultSslMode(const QString &host)
{
    const QString h = host.trimmed().toLower();
    const QHostAddress address(h);
    const bool loopback
        = h == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
    return loopback ? QStringLiteral("disable") : QStringLiteral("verify-full");
}

QString copyCommand(const QString &sqliteFile, const DatabaseUrl &to)
{
    const auto quoted = [](const QString &text) -> QString {
        QString escaped = text;
        escaped.replace(QLatin1Char('\''), QLatin1String("'\\''"));
        return QLatin1Char('\'') + escaped + QLatin1Char('\'');
    };
    return QStringLiteral("ferryctl system db-copy --database %1 --to %2")
        .arg(quoted(DatabaseUrl::sqliteFile(sqliteFile).toString()), quoted(to.toString()));
}

Result<ConnectionTest> testConnection(const DatabaseUrl &url)
{
    if (!url.isPostgreSQL())
        return Error(Error::Code::InvalidInput, Text::tr("Only a PostgreSQL database is tested."));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error(Error::Code::Database,
            Text::tr(
                "Qt's PostgreSQL driver (QPSQL) is not installed; on Debian and Ubuntu install "
                "the package libqt6sql6-psql."));
    const QString name
        = QStringLiteral("ferry-connection-test-%1").arg(QUuid::createUuid().toString());
    Result<ConnectionTest> outcome = ConnectionTest();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.databaseName());
        if (url.hasPassword())
            db.setPassword(url.password());
        QString options = url.qtConnectOptions();
        if (!url.options().contains(QStringLiteral("connect_timeout")))
            options += (options.isEmpty() ? QString() : QStringLiteral(";"))
                + QStringLiteral("connect_timeout=10");
        db.setConnectOptions(options);
        if (!db.open()) {
            outcome = connectionError(url, db.lastError().text());
        } else {
            ConnectionTest found;
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SHOW server_version")) && q.next())
                found.serverVersion = q.value(0).toString();
            if (q.exec(QStringLiteral(
                    "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
                && q.next()) {
                found.tls = q.value(0).toBool();
                found.tlsVersion = q.value(1).toString();
            }
            outcome = found;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

} // namespace ferry::DatabaseChoice
