#pragma once

#include "transfer/vmimport.h"

namespace ferry::engine {

// Where an extra disk goes: a new custom block volume on an Incus or LXD server, created from a
// custom volume backup (backup/index.yaml + backup/volume.img), which LXD 5.0 and Incus accept
// at POST /1.0/storage-pools/<pool>/volumes/custom (application/octet-stream, <prefix>name).
struct VolumeTarget
{
    QUrl endpoint;
    QString pinnedSha256;
    QSslCertificate clientCertificate;
    QSslKey clientKey;
    QByteArray headerPrefix = "X-LXD-";
    QString project = QStringLiteral("default");
    QString pool = QStringLiteral("default");
    QString volumeName;
    QByteArray indexYaml; // backup/index.yaml
    qint64 operationTimeoutMs = 300000;
};

// The same streaming as transfer::streamDiskIntoNewVm (ranged reads, SHA-256, bounded memory,
// nothing staged on disk), into a new custom block volume.
Result<transfer::StreamResult> streamDiskIntoNewVolume(const transfer::DiskSource &source,
    const VolumeTarget &target, const transfer::StreamOptions &options = {});

} // namespace ferry::engine
