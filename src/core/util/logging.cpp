#include "util/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

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
    bool journal = false; // stderr is the journal's stream
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

// The syslog priority journald reads from a "<N>" prefix (sd-daemon(3)).
int syslogPriority(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 7;
    case QtInfoMsg:
        return 6;
    case QtWarningMsg:
        return 4;
    case QtCriticalMsg:
        return 2;
    case QtFatalMsg:
        return 0;
    }
    return 6;
}

// $JOURNAL_STREAM is "DEVICE:INODE" of the stream systemd connected stdout/stderr to; it only
// counts when stderr still is that stream (not redirected by a shell in between).
bool stderrIsJournal()
{
#ifdef Q_OS_UNIX
    const QByteArray stream = qgetenv("JOURNAL_STREAM");
    const int colon = stream.indexOf(':');
    if (colon <= 0)
        return false;
    struct stat st
    {
    };
    if (::fstat(2, &st) != 0)
        return false;
    bool okDevice = false;
    bool okInode = false;
    const qulonglong device = stream.left(colon).toULongLong(&okDevice);
    const qulonglong inode = stream.mid(colon + 1).toULongLong(&okInode);
    return okDevice && okInode && device == qulonglong(st.st_dev) && inode == qulonglong(st.st_ino);
#else
    return false;
#endif
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
    if (s.echo || type == QtCriticalMsg || type == QtFatalMsg) {
        if (s.journal)
            std::fputs(QStringLiteral("<%1>%2: %3\n")
                           .arg(syslogPriority(type))
                           .arg(QLatin1String(ctx.category ? ctx.category : "default"), msg)
                           .toLocal8Bit()
                           .constData(),
                stderr);
        else
            std::fputs(line.toLocal8Bit().constData(), stderr);
    }
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
        s.journal = stderrIsJournal();
    }
    qInstallMessageHandler(handler);
}

void setLogEchoToStderr(bool echo)
{
    QMutexLocker lock(&state().mutex);
    state().echo = echo;
}

QString currentLogFile()
{
    QMutexLocker lock(&state().mutex);
    return state().path;
}

} // namespace ferry
