#pragma once

#include "model/instance.h"
#include "util/result.h"
#include "vmware/sparsedelta.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <memory>

namespace ferry::net {
class HttpClient;
} // namespace ferry::net

namespace ferry::vmware {

// "[LocalDS_0] web 01 (prod)/web 01 (prod).vmdk": the datastore and the path inside it.
struct DatastorePath
{
    QString datastore;
    QString path;

    // Empty datastore when `text` is not a datastore path.
    static DatastorePath parse(const QString &text);
    bool isValid() const { return !datastore.isEmpty(); }
    // "web 01 (prod)/" (with the slash), or empty at the datastore's top.
    QString directory() const;
};

// One disk's content as the datastore serves it: the flat extent its descriptor names.
struct FlatExtent
{
    QUrl url; // https://host/folder/<dir>/<disk>-flat.vmdk?dcPath=..&dsName=..
    qint64 sizeBytes = 0; // from the descriptor
    QString descriptorCid; // the descriptor's CID: changes when the disk is written
};

// A file on a datastore read in byte ranges (a delta's tables and grains, parts of a flat
// extent): each read one GET with "Range: bytes=a-b" over the datastore's HTTPS front.
struct RangedFile
{
    QString path; // relative to the datastore, "web/web-000001-delta.vmdk"
    QUrl url;
    qint64 size = 0; // bytes, from the Content-Range of the first answer
    RangeReader read; // exactly the bytes asked, or an error
};

// Checks one answer to "Range: bytes=<offset>-<offset + length - 1>" of a file of `fileSize`
// bytes: a 206 whose Content-Range names exactly those bytes and the file's size, and a body of
// exactly `length` bytes; a 200 (the whole file) only when the range was the whole file. Any
// other status is an error too (the caller decides about retrying first). `what` names the file
// in the error.
Status checkRangeAnswer(int status, const QByteArray &contentRange, qint64 bodySize, qint64 offset,
    qint64 length, qint64 fileSize, const QString &what);

// How a ranged read retries: network errors, time-outs and 5xx answers are tried `attempts`
// times in all, waiting firstDelayMs, then twice as long each time; a 4xx answer is final.
struct RangeRetry
{
    int attempts = 4;
    int firstDelayMs = 250;
};

// Files of a vSphere datacenter's datastores over HTTPS (/folder/<path>?dcPath=&dsName=), with
// the SOAP session's cookie: the one place that builds datastore URLs.
class Datastores final
{
public:
    // `http` carries the session (its cookie jar) and pins the server; `datacenterPath` is the
    // datacenter's full inventory path without the leading '/' (dcPath, "Europe/DC-Zurich"),
    // its names as vSphere reports them (escapes kept; folderUrl encodes, inventoryname.h).
    Datastores(net::HttpClient *http, QUrl endpoint, QString datacenterPath);

    QUrl folderUrl(const QString &datastore, const QString &relativePath) const;
    // A small file (a descriptor): its whole body, or an error naming `what` and the HTTP status.
    Result<QByteArray> read(const QString &datastore, const QString &relativePath) const;
    // Whether `relativePath` is on `datastore` (its first byte asked: 206 or 200 yes, 404 no;
    // anything else an error).
    Result<bool> exists(const QString &datastore, const QString &relativePath) const;
    // The descriptor of `diskFileName` ("[ds] dir/disk.vmdk") read and parsed, and its flat
    // extent located. A layout Ferry cannot copy byte for byte is an Unsupported error.
    Result<FlatExtent> locateFlatExtent(const QString &diskFileName) const;
    // The session cookie ("vmware_soap_session=...") for the data path's own connections.
    QByteArray sessionCookie() const;

    // `relativePath` on `datastore` opened for ranged reads: its size asked with a one-byte
    // range ("Range: bytes=0-0", answered 206 with the size in Content-Range). The reader uses
    // this object's client (pinned certificate, session cookie) and must not outlive it; like
    // the client, it is for one thread. 401/403/404 say so plainly and are not retried.
    Result<RangedFile> openRanged(const QString &datastore, const QString &relativePath) const;
    void setRangeRetry(RangeRetry retry) { m_retry = retry; }
    // The GET requests ranged reads sent so far (retries included), for tests and statistics.
    int rangeRequestsSent() const { return *m_rangeRequests; }

private:
    net::HttpClient *m_http;
    QUrl m_endpoint;
    QString m_datacenterPath;
    RangeRetry m_retry;
    std::shared_ptr<int> m_rangeRequests = std::make_shared<int>(0);
};

// Changed block tracking verified for each disk of `vm` (issue 13, "the CBT restriction"): with
// config.changeTrackingEnabled on, a disk is verified (Disk::backgroundImportVerified) when its
// backing has a changeId (vSphere sets it once tracking runs for the disk, after a power cycle or
// a snapshot) and its tracking file "<disk>-ctk.vmdk" is on the datastore. Without CBT nothing is
// verified. What it means for Ferry, which migrates cold: the disk could be copied while the VM
// runs and only its changed blocks read after the power-off (warm migration, not built); a cold
// copy reads every byte either way. Errors (a datastore that does not answer) leave the disk
// unverified and are returned as warnings, one per VM.
QStringList verifyChangeTracking(const Datastores &datastores, Instance &vm);

} // namespace ferry::vmware
