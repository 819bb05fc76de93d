#include "util/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>

#include <cstdio>

namespace ferry {

Q_LOGGING_CATEGORY(lcStore, "ferry.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "ferry.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTls, "ferry.tls", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "ferry.app", QtInfoMsg)

namespace {

constexpr qint64 kMaxLogBytes = 5 * 1024 * 1024;
constexpr int kKeptFiles = 3;

struct LoggerState
{
    QMutex mutex;
    QString path;
    QFile file;
    bool echo = false;
};

LoggerState &state()
{
    static LoggerState s;
    return s;
}

void rotate(LoggerState &s)
{
    s.file.close();
    for (int i = kKeptFiles - 1; i >= 1; --i) {
        const QString from = i == 1 ? s.path : QStringLiteral("%1.%2").arg(s.path).arg(i - 1);
        const QString to = QStringLiteral("%1.%2").arg(s.path).arg(i);
        QFile::remove(to);
        QFile::rename(from, to);
    }
    s.file.setFileName(s.path);
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

void handler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    LoggerState &s = state();
    const QString line = QStringLiteral("%1 %2 %3: %4\n")
                             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                 QLatin1String(levelName(type)),
                                 QLatin1String(ctx.category ? ctx.category : "default"), msg);
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            if (s.file.size() > kMaxLogBytes)
                rotate(s);
            s.file.write(line.toUtf8());
            s.file.flush();
        }
    }
    if (s.echo || type == QtCriticalMsg || type == QtFatalMsg)
        std::fputs(line.toLocal8Bit().constData(), stderr);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void installFileLogger(const QString &logDirectory, const QString &appName, bool echoToStderr)
{
    LoggerState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        QDir().mkpath(logDirectory);
        s.path = QDir(logDirectory).filePath(appName + QStringLiteral(".log"));
        s.file.close();
        s.file.setFileName(s.path);
        s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
        s.echo = echoToStderr;
    }
    qInstallMessageHandler(handler);
}

QString currentLogFile()
{
    QMutexLocker lock(&state().mutex);
    return state().path;
}

} // namespace ferry
