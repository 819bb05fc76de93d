#include "artifacts/artifactservice.h"

#include "artifacts/isolisting.h"
#include "artifacts/virtiowin.h"
#include "model/instance.h"
#include "model/queueentry.h"
#include "store/artifactrepository.h"
#include "store/queuerepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QUuid>

namespace ferry::artifacts {

Q_LOGGING_CATEGORY(lcArtifacts, "ferry.artifacts", QtInfoMsg)

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ArtifactService)
};

// Copies `from` to `to` while hashing it; the SHA-256 in lowercase hex.
Result<QString> copyHashing(const QString &from, const QString &to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, Text::tr("Cannot read %1: %2").arg(from, in.errorString()));
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(Error::Code::Io, Text::tr("Cannot write %1: %2").arg(to, out.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer;
    for (;;) {
        buffer = in.read(4 * 1024 * 1024);
        if (buffer.isEmpty())
            break;
        hash.addData(buffer);
        if (out.write(buffer) != buffer.size())
            return Error(
                Error::Code::Io, Text::tr("Cannot write %1: %2").arg(to, out.errorString()));
    }
    if (in.error() != QFile::NoError)
        return Error(Error::Code::Io, Text::tr("Cannot read %1: %2").arg(from, in.errorString()));
    if (!out.flush())
        return Error(Error::Code::Io, Text::tr("Cannot write %1: %2").arg(to, out.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

Result<QString> hashFile(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, Text::tr("Cannot read %1: %2").arg(file, in.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&in))
        return Error(Error::Code::Io, Text::tr("Cannot read %1: %2").arg(file, in.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

ArtifactService::ArtifactService(std::shared_ptr<Database> db, QString dataDirectory)
    : m_db(std::move(db))
    , m_dataDir(std::move(dataDirectory))
{ }

QString ArtifactService::directoryIn(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("artifacts"));
}

Result<Artifact> ArtifactService::add(const QString &file, const QString &description) const
{
    const QFileInfo info(file);
    if (file.isEmpty() || !info.exists())
        return Error(Error::Code::NotFound, Text::tr("There is no file %1.").arg(file));
    if (!info.isFile() || !info.isReadable())
        return Error(Error::Code::InvalidInput,
            Text::tr("%1 is not a file Ferry can read.").arg(info.absoluteFilePath()));
    if (!looksLikeIso9660(file))
        return Error(Error::Code::InvalidInput,
            Text::tr("%1 is not an ISO 9660 image (a virtio-win driver ISO is one).")
                .arg(info.absoluteFilePath()));
    auto files = isoFiles(file);
    if (!files)
        return files.error();
    const VirtioWinLayout layout = virtioWinLayout(*files);
    if (layout.isEmpty())
        return Error(Error::Code::InvalidInput,
            Text::tr("%1 holds no virtio-win drivers: no viostor, vioscsi, NetKVM or Balloon "
                     "folder with <Windows version>/<architecture> folders in it. Use the "
                     "virtio-win ISO from the Fedora project (virtio-win.iso).")
                .arg(info.absoluteFilePath()));

    const QString dir = directoryIn(m_dataDir);
    if (!QDir().mkpath(dir))
        return Error(Error::Code::Io, Text::tr("Cannot create the folder %1.").arg(dir));
    Artifact a;
    a.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.type = QLatin1String(kDriverType);
    a.os = QLatin1String(kWindowsOs);
    a.description = description.isEmpty() ? info.fileName() : description;
    a.sourceType = QStringLiteral("iso");
    a.versions = layout.versions;
    a.architectures = layout.architectures;
    a.drivers = layout.drivers;
    a.path = QDir(dir).absoluteFilePath(a.uuid + QStringLiteral(".iso"));
    a.files = QStringList {info.fileName()};
    const QString part = a.path + QStringLiteral(".part");
    auto sha = copyHashing(file, part);
    if (!sha) {
        QFile::remove(part);
        return sha.error();
    }
    a.sha256 = *sha;
    a.sizeBytes = QFileInfo(part).size();
    a.addedAt = QDateTime::currentDateTimeUtc();
    const ArtifactRepository repo(m_db);
    if (auto same = repo.bySha256(a.sha256); same && !same->isEmpty()) {
        QFile::remove(part);
        return Error(Error::Code::AlreadyExists,
            Text::tr("This file was added already: artifact %1 (%2).")
                .arg(same->first().id)
                .arg(same->first().description));
    }
    if (!QFile::rename(part, a.path)) {
        QFile::remove(part);
        return Error(Error::Code::Io, Text::tr("Cannot write %1.").arg(a.path));
    }
    auto id = repo.insert(a);
    if (!id) {
        QFile::remove(a.path);
        return id.error();
    }
    qCInfo(lcArtifacts) << "added artifact" << *id << a.path << a.sha256;
    if (auto released = releaseWaitingEntries(); !released)
        qCWarning(lcArtifacts) << "releasing the entries waiting for a virtio-win ISO:"
                               << released.error().toString();
    return repo.byId(*id);
}

Result<QVector<Artifact>> ArtifactService::list() const
{
    return ArtifactRepository(m_db).all();
}

Result<Artifact> ArtifactService::show(qint64 id) const
{
    return ArtifactRepository(m_db).byId(id);
}

Status ArtifactService::remove(qint64 id) const
{
    const ArtifactRepository repo(m_db);
    auto a = repo.byId(id);
    if (!a)
        return a.error();
    if (Status st = repo.remove(id); !st)
        return st;
    // Only a copy Ferry made: a path outside its artifacts folder is left alone.
    const QString dir = QDir(directoryIn(m_dataDir)).absolutePath() + QLatin1Char('/');
    if (!a->path.isEmpty() && QFileInfo(a->path).absoluteFilePath().startsWith(dir)
        && QFile::exists(a->path) && !QFile::remove(a->path))
        qCWarning(lcArtifacts) << "cannot delete" << a->path;
    return {};
}

Result<std::optional<Artifact>> ArtifactService::virtioWinFor(const Instance &vm) const
{
    auto all = ArtifactRepository(m_db).all();
    if (!all)
        return all.error();
    const int i = pickVirtioWin(*all, vm);
    if (i < 0)
        return std::optional<Artifact>();
    return std::optional<Artifact>(all->at(i));
}

Result<int> ArtifactService::releaseWaitingEntries() const
{
    const ArtifactRepository repo(m_db);
    auto waiting = repo.waitingEntries(QLatin1String(kDriverType));
    if (!waiting)
        return waiting.error();
    const QueueRepository queue(m_db);
    int released = 0;
    for (const qint64 id : std::as_const(*waiting)) {
        auto e = queue.byId(id);
        if (e && e->status == QueueStatus::Blocked) {
            if (Status st = queue.updateStatus(id, QueueStatus::Blocked, QueueStatus::Waiting,
                    Text::tr("A virtio-win driver ISO is there now: waiting to run again"));
                !st)
                return st.error();
            (void)queue.appendLog(id, QStringLiteral("info"),
                Text::tr("A virtio-win driver ISO was added: the entry waits to run again"));
            ++released;
        }
        if (Status st = repo.clearWait(id); !st)
            return st.error();
    }
    return released;
}

Status ArtifactService::verifyFile(const Artifact &artifact)
{
    const QFileInfo info(artifact.path);
    if (artifact.path.isEmpty() || !info.isFile())
        return Error(Error::Code::NotFound,
            Text::tr("The file of artifact %1 (%2) is not on this host at %3: copy it there from "
                     "where it was added (SHA-256 %4), or run the migration on an engine that "
                     "has it.")
                .arg(QString::number(artifact.id), artifact.description, artifact.path,
                    artifact.sha256));
    if (info.size() != artifact.sizeBytes)
        return Error(Error::Code::InvalidInput,
            Text::tr("The file of artifact %1 at %2 on this host is not the one that was added: "
                     "%3 bytes, not %4. Copy it again (SHA-256 %5).")
                .arg(QString::number(artifact.id), artifact.path, QString::number(info.size()),
                    QString::number(artifact.sizeBytes), artifact.sha256));
    // Hashing a large ISO takes seconds: once per path, size and modification time.
    static QMutex mutex;
    static QHash<QString, QPair<QDateTime, QString>> known;
    const QDateTime modified = info.lastModified();
    QString sha;
    {
        QMutexLocker lock(&mutex);
        const auto it = known.constFind(info.absoluteFilePath());
        if (it != known.constEnd() && it->first == modified)
            sha = it->second;
    }
    if (sha.isEmpty()) {
        auto hashed = hashFile(artifact.path);
        if (!hashed)
            return hashed.error();
        sha = *hashed;
        QMutexLocker lock(&mutex);
        known.insert(info.absoluteFilePath(), {modified, sha});
    }
    if (sha.compare(artifact.sha256, Qt::CaseInsensitive) != 0)
        return Error(Error::Code::InvalidInput,
            Text::tr("The file of artifact %1 at %2 on this host is not the one that was added: "
                     "its SHA-256 is %3, not %4. Copy it again.")
                .arg(QString::number(artifact.id), artifact.path, sha, artifact.sha256));
    return {};
}

} // namespace ferry::artifacts
