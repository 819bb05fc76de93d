#include "appsettings/appsettings.h"

#include "store/settingsrepository.h"
#include "util/logging.h"

#include <QLoggingCategory>

namespace ferry {

namespace {

const auto kImportLimitKey = QStringLiteral("defaults.source_import_limit");
const auto kEngineThreadsKey = QStringLiteral("engine.threads");
const auto kEngineRetriesKey = QStringLiteral("engine.retries");
const auto kLogLevelKey = QStringLiteral("log.level");

int readInt(const QMap<QString, QString> &values, const QString &key, int fallback, int minimum,
    int maximum)
{
    const auto it = values.constFind(key);
    if (it == values.constEnd())
        return fallback;
    bool ok = false;
    const int value = it->toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        qCWarning(lcApp,
            "Setting %s has the value \"%s\", which is not a number from %d to %d; "
            "using %d",
            qUtf8Printable(key), qUtf8Printable(*it), minimum, maximum, fallback);
        return fallback;
    }
    return value;
}

} // namespace

Result<AppSettings> AppSettings::load(const std::shared_ptr<Database> &db)
{
    const auto values = SettingsRepository(db).all();
    if (!values)
        return values.error();
    AppSettings s;
    s.sourceImportLimit = readInt(*values, kImportLimitKey, kDefaultImportLimit, 1, 10000);
    s.engineThreads = readInt(*values, kEngineThreadsKey, kDefaultEngineThreads, 1, 64);
    s.engineRetries = readInt(*values, kEngineRetriesKey, kDefaultEngineRetries, 0, 20);
    if (const auto it = values->constFind(kLogLevelKey); it != values->constEnd())
        s.logLevel = parseLogLevel(*it).value_or(LogLevel::Info);
    return s;
}

Status AppSettings::save(const std::shared_ptr<Database> &db) const
{
    const SettingsRepository repo(db);
    const std::pair<QString, QString> values[] = {
        {kImportLimitKey, QString::number(sourceImportLimit)},
        {kEngineThreadsKey, QString::number(engineThreads)},
        {kEngineRetriesKey, QString::number(engineRetries)},
        {kLogLevelKey, logLevelName(logLevel)},
    };
    for (const auto &[key, value] : values) {
        if (const Status st = repo.set(key, value); !st)
            return st;
    }
    return {};
}

QString AppSettings::logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return QStringLiteral("debug");
    case LogLevel::Info:
        return QStringLiteral("info");
    case LogLevel::Warning:
        return QStringLiteral("warning");
    case LogLevel::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

std::optional<LogLevel> AppSettings::parseLogLevel(const QString &name)
{
    for (LogLevel level : {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error})
        if (name.trimmed().compare(logLevelName(level), Qt::CaseInsensitive) == 0)
            return level;
    return std::nullopt;
}

void applyLogLevel(LogLevel level)
{
    const bool debug = level == LogLevel::Debug;
    const bool info = debug || level == LogLevel::Info;
    const bool warning = info || level == LogLevel::Warning;
    auto onOff = [](bool on) {
        return on ? QStringLiteral("true") : QStringLiteral("false");
    };
    QLoggingCategory::setFilterRules(QStringLiteral("ferry.*.debug=%1\n"
                                                    "ferry.*.info=%2\n"
                                                    "ferry.*.warning=%3\n")
                                         .arg(onOff(debug), onOff(info), onOff(warning)));
}

} // namespace ferry
