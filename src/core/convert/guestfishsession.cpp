#include "convert/guestfishsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <csignal>
#include <sys/types.h>
#ifdef Q_OS_UNIX
#include <signal.h>
#endif

namespace ferry::convert {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::convert)
};

// The process ids under `pid` (children first, recursively), from /proc/PID/task/*/children.
QList<qint64> descendants(qint64 pid)
{
    QList<qint64> out;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks.filePath(task + QStringLiteral("/children")));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QStringList ids
            = QString::fromLatin1(f.readAll()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &id : ids) {
            const qint64 child = id.toLongLong();
            if (child > 0) {
                out += descendants(child);
                out.append(child);
            }
        }
    }
    return out;
}

} // namespace

GuestfishSession::~GuestfishSession()
{
    if (m_pid > 0)
        kill();
}

qint64 GuestfishSession::parseListenOutput(const QString &out)
{
    static const QRegularExpression re(QStringLiteral("GUESTFISH_PID=([0-9]+)"));
    const auto m = re.match(out);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

Status GuestfishSession::start(
    const QList<DiskEndpoint> &disks, bool readOnly, const QProcessEnvironment &env)
{
    const QString guestfish = QStandardPaths::findExecutable(QStringLiteral("guestfish"));
    if (guestfish.isEmpty())
        return Error(Error::Code::Unsupported,
            Text::tr("Guest conversion needs libguestfs (guestfish), which is not installed."),
            QStringLiteral("guestfish not found in PATH (Debian: libguestfs-tools)"));
    m_env = env;
    QStringList args {
        QStringLiteral("--listen"), readOnly ? QStringLiteral("--ro") : QStringLiteral("--rw")};
    for (const DiskEndpoint &disk : disks)
        args << QStringLiteral("--format=") + disk.format << QStringLiteral("-a")
             << disk.guestfishUri();
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(guestfish, args);
    if (!p.waitForStarted(30000) || !p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        return Error(Error::Code::Internal, Text::tr("libguestfs could not be started."),
            p.errorString() + QLatin1Char(' ') + QString::fromLocal8Bit(p.readAllStandardError()));
    }
    m_pid = parseListenOutput(QString::fromLocal8Bit(p.readAllStandardOutput()));
    if (p.exitCode() != 0 || m_pid <= 0)
        return Error(Error::Code::Internal, Text::tr("libguestfs could not be started."),
            QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
    return {};
}

Result<QString> GuestfishSession::run(const QStringList &command, int timeoutSeconds)
{
    if (m_pid <= 0)
        return Error(Error::Code::Internal, Text::tr("libguestfs is not running."));
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(QStringLiteral("guestfish"),
        QStringList {QStringLiteral("--remote=%1").arg(m_pid), QStringLiteral("--")} + command);
    if (!p.waitForStarted(30000))
        return Error(
            Error::Code::Internal, Text::tr("libguestfs could not be started."), p.errorString());
    if (!p.waitForFinished(timeoutSeconds * 1000)) {
        p.kill();
        p.waitForFinished(5000);
        kill();
        return Error(Error::Code::Timeout,
            Text::tr("The guest conversion step %1 did not finish within %2 s.")
                .arg(command.value(0))
                .arg(timeoutSeconds),
            command.join(QLatin1Char(' ')));
    }
    const QString err = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error(Error::Code::Internal,
            Text::tr("The guest conversion step %1 failed.").arg(command.value(0)),
            err.isEmpty() ? command.join(QLatin1Char(' ')) : err);
    return QString::fromUtf8(p.readAllStandardOutput());
}

Status GuestfishSession::close(int timeoutSeconds)
{
    if (m_pid <= 0)
        return {};
    const qint64 pid = m_pid;
    Status status;
    auto shut = run({QStringLiteral("shutdown")}, timeoutSeconds);
    if (!shut)
        status = shut.error();
    auto ex = run({QStringLiteral("exit")}, 60);
    if (!ex && status)
        status = ex.error();
    // The server ends after "exit"; wait for it, then make sure nothing it started is left.
    for (int i = 0; i < 300 && QFile::exists(QStringLiteral("/proc/%1").arg(pid)); ++i)
        QThread::msleep(100);
    if (QFile::exists(QStringLiteral("/proc/%1").arg(pid)))
        kill();
    m_pid = 0;
    return status;
}

void GuestfishSession::kill()
{
    if (m_pid <= 0)
        return;
#ifdef Q_OS_UNIX
    const qint64 pid = m_pid;
    const QList<qint64> children = descendants(pid);
    ::kill(static_cast<pid_t>(pid), SIGKILL);
    for (qint64 child : children)
        ::kill(static_cast<pid_t>(child), SIGKILL);
#endif
    m_pid = 0;
}

} // namespace ferry::convert
