#pragma once

#include "convert/conversiontypes.h"
#include "util/result.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QVector>

#include <memory>

namespace ferry::convert {

// A copy-on-write overlay over a disk, served over NBD on a unix socket by nbdkit's cow filter:
// reads come from the base until a block is written, writes land in the filter's temporary
// file, and the base is opened read-only, so the source disk is never written. The conversion
// runs against the socket; what it changed costs overlayBytes() of local storage, and the merged
// disk (base + changes) is read back from the same socket (nbdcopy, libnbd).
class CowOverlay final
{
public:
    CowOverlay() = default;
    ~CowOverlay();
    CowOverlay(const CowOverlay &) = delete;
    CowOverlay &operator=(const CowOverlay &) = delete;

    // Over a local file (raw). `plugin`/`pluginArgs` for other bases (curl url=...) later.
    Status startOverFile(const QString &baseFile);
    Status start(const QString &plugin, const QStringList &pluginArgs);
    Status stop();

    QString socketPath() const;
    QString nbdUri() const { return QStringLiteral("nbd+unix:///?socket=") + socketPath(); }
    // Bytes the overlay holds on the local disk now (allocated blocks of the cow filter's
    // temporary file); -1 when it cannot be measured (not Linux, not started).
    qint64 overlayBytes() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
};

// A region of the disk that the conversion wrote: its bytes are at fileOffset in the overlay
// file (-1: the region reads as zeros now).
struct ChangedRegion
{
    qint64 offset = 0;
    qint64 length = 0;
    qint64 fileOffset = -1;
};

// The engine's overlay: the source disk served read-only over NBD by nbdkit (the curl plugin
// over Ferry's datastore relay, or any plugin), and a qcow2 file over it that takes every write
// of the conversion (`qemu-img create -b nbd+unix://...`). After the conversion, changedRegions()
// says exactly which clusters the conversion wrote (qemu-img map: depth 0) and where their bytes
// are in the file, so the copy streams the source as before and takes only those bytes from
// here. Nothing is written to the source, and the overlay holds only what changed.
class SourceOverlay final
{
public:
    SourceOverlay();
    ~SourceOverlay();
    SourceOverlay(const SourceOverlay &) = delete;
    SourceOverlay &operator=(const SourceOverlay &) = delete;

    // The private directory everything lives in (valid() false: none could be made).
    bool valid() const;
    QString dirPath() const;
    // Where a relay serving the disk over HTTP should listen (for the curl plugin).
    QString relaySocketPath() const;

    // nbdkit <plugin> <args> read-only on a unix socket, then the qcow2 overlay over it.
    Status start(const QString &plugin, const QStringList &pluginArgs, qint64 sizeBytes);
    // Over the relay at relaySocketPath().
    Status startOverRelay(const QString &relayUrl, qint64 sizeBytes);
    Status stop();

    // What the converter opens: the qcow2 overlay.
    DiskEndpoint endpoint() const;
    QString overlayFile() const;
    // Bytes the overlay file holds on the local disk (allocated blocks), -1 when unknown.
    qint64 overlayBytes() const;
    // The clusters the conversion wrote, in order; needs the NBD server still running.
    Result<QVector<ChangedRegion>> changedRegions() const;
    // qemu-img map's JSON, parsed: the depth-0 entries (written into the overlay).
    static Result<QVector<ChangedRegion>> parseMap(const QByteArray &json);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
};

} // namespace ferry::convert
