#include "convert/cowoverlay.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// Starts nbdkit in the foreground on `socket` and waits until it serves (it writes its pid file
// then).
Status startNbdkit(QProcess &process, const QString &dir, const QString &socket,
    const QStringList &args, const QProcessEnvironment &env)
{
    const QString nbdkit = QStandardPaths::findExecutable(QStringLiteral("nbdkit"));
    if (nbdkit.isEmpty())
        return Error(Error::Code::Unsupported,
            Text::tr("Guest conversion needs nbdkit, which is not installed."),
            QStringLiteral("nbdkit not found in PATH"));
    const QString pidFile = dir + QStringLiteral("/nbdkit.pid");
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(nbdkit,
        QStringList {QStringLiteral("--foreground"), QStringLiteral("--exit-with-parent"),
            QStringLiteral("--unix"), socket, QStringLiteral("--pidfile"), pidFile}
            + args);
    if (!process.waitForStarted(30000))
        return Error(
            Error::Code::Internal, Text::tr("nbdkit could not be started."), process.errorString());
    QElapsedTimer timer;
    timer.start();
    while (!QFile::exists(pidFile)) {
        if (process.state() == QProcess::NotRunning || timer.elapsed() > 30000) {
            const QString out = QString::fromLocal8Bit(process.readAll()).trimmed();
            process.kill();
            process.waitForFinished(5000);
            return Error(Error::Code::Internal, Text::tr("nbdkit could not serve the disk."), out);
        }
        QThread::msleep(20);
    }
    return {};
}

void stopProcess(QProcess *process)
{
    if (!process || process->state() == QProcess::NotRunning)
        return;
    process->terminate();
    if (!process->waitForFinished(10000)) {
        process->kill();
        process->waitForFinished(5000);
    }
}

qint64 allocatedBytes(const QString &path)
{
#ifdef Q_OS_LINUX
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0)
        return static_cast<qint64>(st.st_blocks) * 512;
#else
    Q_UNUSED(path)
#endif
    return -1;
}

Result<QByteArray> runTool(const QString &tool, const QStringList &args, int timeoutMs)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty())
        return Error(Error::Code::Unsupported,
            Text::tr("Guest conversion needs %1, which is not installed.").arg(tool),
            QStringLiteral("%1 not found in PATH (Debian: qemu-utils)").arg(tool));
    QProcess p;
    p.start(exe, args);
    if (!p.waitForStarted(30000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return Error(Error::Code::Timeout, Text::tr("%1 did not finish.").arg(tool),
            args.join(QLatin1Char(' ')));
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error(Error::Code::Internal, Text::tr("%1 failed.").arg(tool),
            QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
    return p.readAllStandardOutput();
}

} // namespace

CowOverlay::~CowOverlay()
{
    (void)stop(); // a destructor has no one to report to; stop() kills what does not end
}

Status CowOverlay::start(const QString &plugin, const QStringList &pluginArgs)
{
    // Short path: a unix socket's path has to fit in 108 bytes.
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/ferry-cow-XXXXXX"));
    if (!m_dir->isValid())
        return Error(Error::Code::Io,
            Text::tr("No temporary directory for the conversion overlay."), m_dir->errorString());
    QDir(m_dir->path()).mkdir(QStringLiteral("overlay"));
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The cow filter keeps its overlay in a temporary file under TMPDIR: ours, so it is found.
    env.insert(QStringLiteral("TMPDIR"), m_dir->filePath(QStringLiteral("overlay")));
    return startNbdkit(*m_process, m_dir->path(), socketPath(),
        QStringList {QStringLiteral("--filter=cow"), plugin} + pluginArgs, env);
}

Status CowOverlay::startOverFile(const QString &baseFile)
{
    if (!QFileInfo(baseFile).isFile())
        return Error(Error::Code::NotFound, Text::tr("The disk %1 does not exist.").arg(baseFile));
    return start(QStringLiteral("file"), {QStringLiteral("file=") + baseFile});
}

Status CowOverlay::stop()
{
    stopProcess(m_process.get());
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

SourceOverlay::SourceOverlay()
    : m_dir(
        std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/ferry-conv-XXXXXX")))
{ }

SourceOverlay::~SourceOverlay()
{
    (void)stop();
}

bool SourceOverlay::valid() const
{
    return m_dir->isValid();
}

QString SourceOverlay::dirPath() const
{
    return m_dir->path();
}

QString SourceOverlay::relaySocketPath() const
{
    return m_dir->filePath(QStringLiteral("relay.sock"));
}

QString SourceOverlay::overlayFile() const
{
    return m_dir->filePath(QStringLiteral("overlay.qcow2"));
}

DiskEndpoint SourceOverlay::endpoint() const
{
    DiskEndpoint e = DiskEndpoint::fromFile(overlayFile());
    e.format = QStringLiteral("qcow2");
    return e;
}

Status SourceOverlay::startOverRelay(const QString &relayUrl, qint64 sizeBytes)
{
    return start(QStringLiteral("curl"),
        {QStringLiteral("url=") + relayUrl, QStringLiteral("unix-socket-path=") + relaySocketPath(),
            QStringLiteral("protocols=http")},
        sizeBytes);
}

Status SourceOverlay::start(const QString &plugin, const QStringList &pluginArgs, qint64 sizeBytes)
{
    if (!m_dir->isValid())
        return Error(Error::Code::Io,
            Text::tr("No temporary directory for the conversion overlay."), m_dir->errorString());
    const QString socket = m_dir->filePath(QStringLiteral("nbd.sock"));
    m_process = std::make_unique<QProcess>();
    if (Status st = startNbdkit(*m_process, m_dir->path(), socket,
            QStringList {QStringLiteral("--readonly"), plugin} + pluginArgs,
            QProcessEnvironment::systemEnvironment());
        !st)
        return st;
    // -u: do not open the backing file now (the size is given); qemu opens it when it runs.
    auto created = runTool(QStringLiteral("qemu-img"),
        {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
            QStringLiteral("qcow2"), QStringLiteral("-u"), QStringLiteral("-F"),
            QStringLiteral("raw"), QStringLiteral("-b"),
            QStringLiteral("nbd+unix:///?socket=") + socket, overlayFile(),
            QString::number(sizeBytes)},
        60000);
    if (!created) {
        stopProcess(m_process.get());
        return created.error();
    }
    return {};
}

Status SourceOverlay::stop()
{
    stopProcess(m_process.get());
    return {};
}

qint64 SourceOverlay::overlayBytes() const
{
    return allocatedBytes(overlayFile());
}

Result<QVector<ChangedRegion>> SourceOverlay::changedRegions() const
{
    auto json = runTool(QStringLiteral("qemu-img"),
        {QStringLiteral("map"), QStringLiteral("--output=json"), QStringLiteral("-f"),
            QStringLiteral("qcow2"), overlayFile()},
        300000);
    if (!json)
        return json.error();
    return parseMap(*json);
}

Result<QVector<ChangedRegion>> SourceOverlay::parseMap(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isArray())
        return Error(Error::Code::Internal, Text::tr("The overlay's map cannot be read."),
            error.errorString());
    QVector<ChangedRegion> regions;
    qint64 end = 0;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        const qint64 start = qint64(o.value(QStringLiteral("start")).toDouble(-1));
        const qint64 length = qint64(o.value(QStringLiteral("length")).toDouble(-1));
        if (start < end || length <= 0)
            return Error(Error::Code::Internal, Text::tr("The overlay's map cannot be read."),
                QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        end = start + length;
        if (o.value(QStringLiteral("depth")).toInt(-1) != 0)
            continue; // not written by the conversion: the source's bytes
        ChangedRegion r {start, length, -1};
        if (o.value(QStringLiteral("data")).toBool()) {
            if (!o.contains(QStringLiteral("offset")))
                return Error(Error::Code::Internal,
                    Text::tr("The overlay holds data that cannot be read directly."),
                    QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            r.fileOffset = qint64(o.value(QStringLiteral("offset")).toDouble());
        } else if (!o.value(QStringLiteral("zero")).toBool()) {
            continue; // unallocated at depth 0 without a backing: nothing written
        }
        // Adjacent regions from consecutive places in the file merge.
        if (!regions.isEmpty()) {
            ChangedRegion &last = regions.last();
            const bool bothZero = last.fileOffset < 0 && r.fileOffset < 0;
            const bool contiguous = last.fileOffset >= 0 && r.fileOffset >= 0
                && last.fileOffset + last.length == r.fileOffset;
            if (last.offset + last.length == r.offset && (bothZero || contiguous)) {
                last.length += r.length;
                continue;
            }
        }
        regions.push_back(r);
    }
    return regions;
}

} // namespace ferry::convert
