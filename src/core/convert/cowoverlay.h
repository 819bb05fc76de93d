#pragma once

#include "util/result.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

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

} // namespace ferry::convert
