#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>

namespace ferry::transfer {

// Where the bytes come from: one flat extent on a vSphere datastore, read over HTTPS.
struct DiskSource
{
    QUrl extentUrl; // https://host/folder/<dir>/<disk>-flat.vmdk?dcPath=..&dsName=..
    QByteArray cookie; // the vSphere session cookie ("vmware_soap_session=...")
    QString pinnedSha256; // the source's trusted certificate; empty: system trust
    qint64 sizeBytes = 0; // the extent's size (from the descriptor)
};

// Where they go: a new VM on an Incus or LXD server, created from an instance backup.
struct VmTarget
{
    QUrl endpoint; // https://host:8443
    QString pinnedSha256;
    QSslCertificate clientCertificate;
    QSslKey clientKey;
    QByteArray headerPrefix = "X-LXD-"; // or "X-Incus-"
    QString project = QStringLiteral("default");
    QString instanceName;
    QByteArray indexYaml; // backup/index.yaml
    QByteArray backupYaml; // backup/virtual-machine/backup.yaml
    qint64 operationTimeoutMs = 300000;
};

// Where an extra disk goes: a new custom block volume, created from a custom volume backup
// (backup/index.yaml + backup/volume.img), which LXD 5.0 and Incus accept at
// POST /1.0/storage-pools/<pool>/volumes/custom.
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

struct StreamOptions
{
    int chunkBytes = 8 * 1024 * 1024;
    int readsInFlight = 4;
    const std::atomic_bool *cancel = nullptr;
    std::function<void(qint64 done, qint64 total)> progress;
};

struct StreamResult
{
    QString sha256; // of the disk bytes as read from the source
    qint64 bytesRead = 0;
    qint64 peakBufferedBytes = 0;
    qint64 elapsedMs = 0;
};

// Streams the extent into a new VM: ranged reads from the datastore (several in flight, put
// back in order), SHA-256 over what was read, and an instance backup tarball generated on the
// fly and uploaded to POST /1.0/instances, never staged on the local disk. Memory stays bounded
// by (readsInFlight + 2) chunks, whatever the disk size. Waits for the server's import
// operation; its error text is the error message, verbatim.
// The same streaming into a new custom block volume (an extra disk of a VM).
Result<StreamResult> streamDiskIntoNewVolume(
    const DiskSource &source, const VolumeTarget &target, const StreamOptions &options = {});

Result<StreamResult> streamDiskIntoNewVm(
    const DiskSource &source, const VmTarget &target, const StreamOptions &options = {});

} // namespace ferry::transfer
