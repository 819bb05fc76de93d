#include "startup/startup.h"

#include "appsettings/databasechoice.h"
#include "secrets/credentialstore.h"
#include "store/database.h"
#include "util/logging.h"
#include "util/paths.h"
#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>

namespace ferry::gui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::gui::Startup)
};

} // namespace

void setApplicationMetadata()
{
    QCoreApplication::setOrganizationName(QStringLiteral(FERRY_ORGANIZATION_NAME));
    QCoreApplication::setOrganizationDomain(QStringLiteral(FERRY_ORGANIZATION_DOMAIN));
    QCoreApplication::setApplicationName(QStringLiteral(FERRY_APPLICATION_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION_STRING));
    QGuiApplication::setApplicationDisplayName(QStringLiteral(FERRY_APPLICATION_NAME));
    QGuiApplication::setDesktopFileName(QStringLiteral("invalid.ferry.Ferry"));
}

Result<StartupContext> prepareStartup(const StartupOptions &options)
{
    StartupContext context;
    context.dataDirectory = resolveDataDirectory(options.dataDirectoryOverride);
    if (context.dataDirectory.isEmpty())
        return Error(Error::Code::Io, Text::tr("Ferry could not find a directory for its data."),
            Text::tr("Neither --data-dir, FERRY_DATA_DIR nor the platform's application data "
                     "location gave a directory."));
    if (!QDir().mkpath(context.dataDirectory))
        return Error(Error::Code::Io,
            Text::tr("Ferry cannot create its data directory %1.")
                .arg(QDir::toNativeSeparators(context.dataDirectory)),
            Text::tr("Check that the parent directory exists and that you may write to it."));

    if (options.installLogger)
        installFileLogger(
            logDirectory(context.dataDirectory), QStringLiteral("ferry"), options.verbose);
    qCInfo(lcApp).noquote() << "Ferry" << QStringLiteral(FERRY_VERSION_STRING)
                            << "starting; data directory"
                            << QDir::toNativeSeparators(context.dataDirectory);

    const CredentialStore secrets(CredentialStore().service(), 10000);
    auto url = DatabaseChoice::resolve(options.databaseOverride, context.dataDirectory, &secrets);
    if (!url) {
        qCCritical(lcApp).noquote() << "cannot open the database:" << url.error().toString();
        return url.error();
    }
    auto database = Database::open(*url);
    if (!database) {
        qCCritical(lcApp).noquote() << "cannot open the database:" << database.error().toString();
        return database.error();
    }
    context.database = std::move(database).value();
    if (!context.database->backupPath().isEmpty())
        qCInfo(lcApp).noquote() << "database upgraded; the previous version was kept as"
                                << QDir::toNativeSeparators(context.database->backupPath());
    return context;
}

} // namespace ferry::gui
