#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

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

// Files of a vSphere datacenter's datastores over HTTPS (/folder/<path>?dcPath=&dsName=), with
// the SOAP session's cookie: the one place that builds datastore URLs.
class Datastores final
{
public:
    // `http` carries the session (its cookie jar) and pins the server; `datacenterPath` is the
    // datacenter's inventory path (dcPath).
    Datastores(net::HttpClient *http, QUrl endpoint, QString datacenterPath);

    QUrl folderUrl(const QString &datastore, const QString &relativePath) const;
    // A small file (a descriptor): its whole body, or an error naming `what` and the HTTP status.
    Result<QByteArray> read(const QString &datastore, const QString &relativePath) const;
    // The descriptor of `diskFileName` ("[ds] dir/disk.vmdk") read and parsed, and its flat
    // extent located. A layout Ferry cannot copy byte for byte is an Unsupported error.
    Result<FlatExtent> locateFlatExtent(const QString &diskFileName) const;
    // The session cookie ("vmware_soap_session=...") for the data path's own connections.
    QByteArray sessionCookie() const;

private:
    net::HttpClient *m_http;
    QUrl m_endpoint;
    QString m_datacenterPath;
};

} // namespace ferry::vmware
