#pragma once

#include "incus/targetconnection.h"
#include "transfer/diskpatches.h"
#include "util/result.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

namespace ferry::transfer {

// Where one range of a disk with snapshots is read: `length` bytes of the disk at `offset` come
// from file `file` (an index into DiskSource::chainFiles) at `fileOffset`, or are zeros (file -1).
struct ChainRead
{
    qint64 offset = 0;
    qint64 length = 0;
    int file = -1;
    qint64 fileOffset = 0;
};

// One ranged GET of a flat extent sent to the ESXi host instead of vCenter (host-direct reads,
// docs/sources.md): the host's URL (its address, dcPath dropped), the one-time ticket's cookie
// ("vmware_cgi_ticket=..."; never the vCenter session's) and the host's certificate as the
// ticket pins it (the digest of its DER bytes, SHA-256 or SHA-1).
struct HostRead
{
    QUrl url;
    QByteArray cookie;
    QByteArray pinDigest;
    QCryptographicHash::Algorithm pinAlgorithm = QCryptographicHash::Sha256;
};

// Where the bytes come from: one flat extent on a vSphere datastore, read over HTTPS; or, for a
// disk with snapshots, the base's flat extent and its deltas on the same server, merged.
struct DiskSource
{
    QUrl extentUrl; // https://host/folder/<dir>/<disk>-flat.vmdk?dcPath=..&dsName=..
    // A snapshot chain: the files (the base's flat extent, then the delta extents) and, for any
    // range of the disk, where its bytes lie, in order and covering the range. Unset: the disk is
    // extentUrl alone. Called on the copying thread; must not block.
    QVector<QUrl> chainFiles;
    std::function<QVector<ChainRead>(qint64 offset, qint64 length)> chainLayout;
    QByteArray cookie; // the vSphere session cookie ("vmware_soap_session=...")
    // The source answered 401 or 403 (the vSphere session expired, 30 minutes without a call by
    // default): logs in again and returns the new cookie; an empty one when the session is still
    // alive (the refusal stands). Called on the copying thread, once per burst of such answers;
    // unset, such an answer fails the read.
    std::function<Result<QByteArray>()> renewCookie;
    // A cheap call on the source's session every keepAliveMs while the reads run (vCenter ends a
    // session after 30 minutes without a SOAP call, and reading the datastore is none). Returns
    // the session's cookie now (empty: unchanged), which differs when the call had to log in
    // again; an error is logged by the caller and ignored here (a refused read renews anyway).
    // Called on the copying thread, from a timer, never while a renewal runs. Unset: no calls.
    std::function<Result<QByteArray>()> keepAlive;
    int keepAliveMs = 5 * 60 * 1000;
    // Counts the reads tried again (network errors, timeouts, 5xx answers), over every reader of
    // this source (the zero scan's and the copy's). May be null.
    std::shared_ptr<std::atomic_int> readsRetried;
    QString pinnedSha256; // the source's trusted certificate; empty: system trust
    // Host-direct reads (a flat extent only; set by the engine for a vCenter source with the
    // option on): a new ticket for each ranged GET, asked on the copying thread (it may block for
    // a SOAP call). An error, or a host read that fails in any way (no connection, the pin does
    // not match, a refusal, a short answer), makes the reader send that read and every later one
    // to extentUrl, and tell hostFallback why (once per reader).
    std::function<Result<HostRead>()> hostRead;
    std::function<void(const QString &reason)> hostFallback;
    // Counts the bytes read from the host (over every reader of this disk). May be null.
    std::shared_ptr<std::atomic<qint64>> hostBytes;
    qint64 sizeBytes = 0; // the extent's size (from the descriptor)
    // What the guest conversion changed: these bytes replace the extent's in everything read
    // (the zero scan, the hash and the upload), so the target gets the converted disk.
    DiskPatches patches;
};

// Where they go: a new VM on an Incus or LXD server, created from an instance backup.
struct VmTarget
{
    incus::TargetConnection connection;
    QString instanceName;
    // The root disk's pool, sent as X-Incus-pool/X-LXD-pool: without it a backup whose pool the
    // server lacks lands in the default profile's pool.
    QString pool;
    QByteArray indexYaml; // backup/index.yaml
    QByteArray backupYaml; // backup/virtual-machine/backup.yaml
    // A clustered target's member the VM is meant for, sent as ?target=. Incus and LXD ignore
    // it on a backup import (the octet-stream branch of POST /1.0/instances comes before their
    // placement), so the caller also points `connection.endpoint` at that member's own address:
    // the VM lands on the member that takes the upload. Empty: not clustered, or any member.
    QString member;
};

// Where an extra disk goes: a new custom block volume, created from a custom volume backup
// (backup/index.yaml + backup/volume.img), which LXD 5.0 and Incus accept at
// POST /1.0/storage-pools/<pool>/volumes/custom.
struct VolumeTarget
{
    incus::TargetConnection connection;
    QString pool = QStringLiteral("default");
    QString volumeName;
    QByteArray indexYaml; // backup/index.yaml
    // A pool local to each member of a cluster: the member the volume goes to (?target=, which
    // the custom volume import honours); the VM's location, so that its disk can attach. Empty
    // for a remote pool (ceph, lvmcluster ...) and a server that is not clustered.
    QString member;
};

// What happens to all-zero regions of the disk. The target never needs them on the wire: the
// disk goes into the backup tarball as a GNU sparse file (PAX format 1.0, which LXD's and
// Incus' Go archive/tar reader expands, zeros included, into the landed image). Where they are
// must be known before the tar header, and datastore HTTP has no allocation map, so finding them
// costs a first read of the whole extent (the scan) before the data is read again and sent.
enum class ZeroRegions {
    Send, // one pass, every byte sent (a disk with little zero space)
    Skip, // scan, then send only the regions with data
    Auto, // sample the disk (16 reads of 1 MiB spread over it); Skip when at least half of the
          // samples are zero, else Send. Disks under 64 MiB are sent.
};

struct StreamOptions
{
    int chunkBytes = 8 * 1024 * 1024;
    int readsInFlight = 4;
    ZeroRegions zeros = ZeroRegions::Auto;
    int zeroBlockBytes = 1024 * 1024; // granularity of the zero regions (a power of two)
    const std::atomic_bool *cancel = nullptr;
    // At most this many bytes a second read from the source datastore (0: as fast as it goes).
    // Zero regions found by the scan are not read again, so they pass at once when sent.
    qint64 readLimitBytesPerSecond = 0;
    // done: disk bytes settled (copied, or found to be zero and so needing no copy); total: the
    // disk's size. Called on the streaming thread, about once per chunk.
    std::function<void(qint64 done, qint64 total)> progress;
    // After the upload the server unpacks it (minutes for a large disk): called once when the
    // upload is done and then about every 30 s with the import operation's state ("Running",
    // its description) while it runs.
    std::function<void(const QString &state)> importState;
};

struct StreamResult
{
    QString sha256; // of the disk bytes as read from the source (the whole disk)
    qint64 diskBytes = 0; // the disk's size, all settled
    qint64 bytesRead = 0; // read from the source (the disk, plus the data again after a scan)
    qint64 bytesSent = 0; // uploaded to the target: the whole archive
    qint64 dataBytes = 0; // disk bytes in the archive (all of them unless zeros were skipped)
    bool zerosSkipped = false;
    qint64 peakBufferedBytes = 0;
    qint64 elapsedMs = 0;
};

// Streams the extent into a new VM: ranged reads from the datastore (several in flight, put
// back in order), SHA-256 over what was read, and an instance backup tarball generated on the
// fly and uploaded to POST /1.0/instances, never staged on the local disk. Memory stays bounded
// by (readsInFlight + 2) chunks, whatever the disk size (plus the zero-region map after a scan:
// a few bytes per region). Waits for the server's import operation; its error text is the error
// message, verbatim.
// The same streaming into a new custom block volume (an extra disk of a VM).
Result<StreamResult> streamDiskIntoNewVolume(
    const DiskSource &source, const VolumeTarget &target, const StreamOptions &options = {});

// Reads [offset, offset + length) of the source, patches applied (a small probe: the start of a
// disk, say; the range is clipped to the disk).
Result<QByteArray> readSourceRange(
    const DiskSource &source, qint64 offset, qint64 length, const std::atomic_bool *cancel);

Result<StreamResult> streamDiskIntoNewVm(
    const DiskSource &source, const VmTarget &target, const StreamOptions &options = {});

// An extra disk carried in the instance backup as a dependent volume (API extension `dependent`,
// Incus 6.23+): the server creates custom volume `volumeName` from the archive's
// backup/<volumeName>/volume.img, as index.yaml's config.dependent_volumes describes it, before
// the instance (internal/server/storage/backend.go createDependentVolumes at v6.23.0).
struct DependentDisk
{
    DiskSource source;
    QString volumeName;
    // As StreamOptions::progress, for this disk.
    std::function<void(qint64 done, qint64 total)> progress;
};

// Where a dependent volume's image lies in the archive: backup/<volumeName>/volume.img (the
// prefix backup/<volume name> of createDependentVolumes at v6.23.0, backup/<device name> of
// createDependentVolumesFromBackup from v7.0.0 on, the device being named as the volume; and
// genericVFSBackupUnpack's <prefix>/volume.img for a custom block volume,
// internal/server/storage/drivers/generic_vfs.go).
QString dependentImagePath(const QString &volumeName);

// The root disk and every extra disk in one instance backup, one upload: the extra disks as
// dependent volumes, which land with the VM (on a cluster, on the member that takes the
// upload). `target`'s index.yaml and backup.yaml must describe them (incus::vmBackupYaml with
// its dependent volumes). Each disk is handled as streamDiskIntoNewVm does one (zero regions
// looked for first, before the upload, as every header must be known; its own SHA-256; the
// scanned data checked when read again); options.progress is the root disk's. The results are
// the root disk's first, then the extra disks' in order; a disk's bytesSent is its share of the
// archive, the small files counted to the root disk, elapsedMs the whole upload's.
Result<QVector<StreamResult>> streamDisksIntoNewVm(const DiskSource &root,
    const QVector<DependentDisk> &dependents, const VmTarget &target,
    const StreamOptions &options = {});

} // namespace ferry::transfer
