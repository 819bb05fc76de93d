#include "convert/cowoverlay.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/stat.h>
#endif

namespace ferry::convert {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::convert)
};

} // namespace

CowOverlay::~CowOverlay()
{
    (void)stop(); // a destructor has no one to report to; stop() kills what does not end
}

Status CowOverlay::startOverFile(const QString &baseFile)
{
    if (!QFileInfo(baseFile).isFile())
        return Error(Error::Code::NotFound, Text::tr("The disk %1 does not exist.").arg(baseFile));
    return start(QStringLiteral("file"), {QStringLiteral("file=") + baseFile});
}

Status CowOverlay::start(const QString &plugin, const QStringList &pluginArgs)
{
    const QString nbdkit = QStandardPaths::findExecutable(QStringLiteral("nbdkit"));
    if (nbdkit.isEmpty())
        return Error(Error::Code::Unsupported,
            Text::tr("Guest conversion needs nbdkit, which is not installed."),
            QStringLiteral("nbdkit not found in PATH"));
    // Short path: a unix socket's path has to fit in 108 bytes.
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/ferry-cow-XXXXXX"));
    if (!m_dir->isValid())
        return Error(Error::Code::Io,
            Text::tr("No temporary directory for the conversion overlay."), m_dir->errorString());
    QDir(m_dir->path()).mkdir(QStringLiteral("overlay"));
    const QString pidFile = m_dir->filePath(QStringLiteral("nbdkit.pid"));
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The cow filter keeps its overlay in a temporary file under TMPDIR: ours, so it is found.
    env.insert(QStringLiteral("TMPDIR"), m_dir->filePath(QStringLiteral("overlay")));
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(nbdkit,
        QStringList {QStringLiteral("--foreground"), QStringLiteral("--exit-with-parent"),
            QStringLiteral("--unix"), socketPath(), QStringLiteral("--pidfile"), pidFile,
            QStringLiteral("--filter=cow"), plugin}
            + pluginArgs);
    if (!m_process->waitForStarted(30000))
        return Error(Error::Code::Internal, Text::tr("nbdkit could not be started."),
            m_process->errorString());
    // nbdkit writes the pid file once the socket accepts connections.
    QElapsedTimer timer;
    timer.start();
    while (!QFile::exists(pidFile)) {
        if (m_process->state() == QProcess::NotRunning || timer.elapsed() > 30000) {
            const QString out = QString::fromLocal8Bit(m_process->readAll()).trimmed();
            m_process->kill();
            m_process->waitForFinished(5000);
            return Error(Error::Code::Internal, Text::tr("nbdkit could not serve the disk."), out);
        }
        QThread::msleep(20);
    }
    return {};
}

Status CowOverlay::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return {};
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    return {};
}

QString CowOverlay::socketPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("nbd.sock")) : QString();
}

qint64 CowOverlay::overlayBytes() const
{
#ifdef Q_OS_LINUX
    if (!m_process || m_process->state() != QProcess::Running)
        return -1;
    const QString overlayDir = m_dir->filePath(QStringLiteral("overlay"));
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(m_process->processId()));
    qint64 total = -1;
    for (const QString &fd : fds.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (!target.startsWith(overlayDir))
            continue;
        struct stat st = {};
        if (::stat(QFile::encodeName(fds.filePath(fd)).constData(), &st) == 0)
            total = (total < 0 ? 0 : total) + static_cast<qint64>(st.st_blocks) * 512;
    }
    return total;
#else
    return -1;
#endif
}

} // namespace ferry::convert
