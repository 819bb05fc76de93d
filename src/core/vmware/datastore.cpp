#include "vmware/datastore.h"

#include "net/httpclient.h"
#include "vmware/vmdkdescriptor.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QUrlQuery>

namespace ferry::vmware {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Datastores)
};
} // namespace

DatastorePath DatastorePath::parse(const QString &text)
{
    const qsizetype close = text.indexOf(QLatin1Char(']'));
    if (!text.startsWith(QLatin1Char('[')) || close < 0)
        return {};
    return {text.mid(1, close - 1), text.mid(close + 1).trimmed()};
}

QString DatastorePath::directory() const
{
    return path.contains(QLatin1Char('/'))
        ? path.section(QLatin1Char('/'), 0, -2) + QLatin1Char('/')
        : QString();
}

Datastores::Datastores(net::HttpClient *http, QUrl endpoint, QString datacenterPath)
    : m_http(http)
    , m_endpoint(std::move(endpoint))
    , m_datacenterPath(std::move(datacenterPath))
{ }

QUrl Datastores::folderUrl(const QString &datastore, const QString &relativePath) const
{
    QUrl url(m_endpoint);
    url.setPath(QStringLiteral("/folder/") + relativePath);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("dcPath"), m_datacenterPath);
    q.addQueryItem(QStringLiteral("dsName"), datastore);
    url.setQuery(q);
    return url;
}

Result<QByteArray> Datastores::read(const QString &datastore, const QString &relativePath) const
{
    auto resp = m_http->request("GET", folderUrl(datastore, relativePath));
    if (!resp)
        return resp.error();
    if (resp->status != 200)
        return Error(resp->status == 401 || resp->status == 403 ? Error::Code::Authentication
                                                                : Error::Code::Server,
            Text::tr("Reading [%1] %2 from the datastore failed (HTTP %3).")
                .arg(datastore, relativePath)
                .arg(resp->status));
    return resp->body;
}

Result<FlatExtent> Datastores::locateFlatExtent(const QString &diskFileName) const
{
    const DatastorePath where = DatastorePath::parse(diskFileName);
    if (!where.isValid())
        return Error(
            Error::Code::Unsupported, Text::tr("Disk %1 is not on a datastore.").arg(diskFileName));
    auto text = read(where.datastore, where.path);
    if (!text)
        return text.error();
    auto descriptor = parseVmdkDescriptor(*text);
    if (!descriptor)
        return descriptor.error();
    if (Status st = checkCopyable(*descriptor); !st)
        return st.error();
    FlatExtent extent;
    extent.url = folderUrl(where.datastore, where.directory() + descriptor->extents.first().file);
    extent.sizeBytes = descriptor->sizeBytes();
    extent.descriptorCid = descriptor->cid;
    return extent;
}

QByteArray Datastores::sessionCookie() const
{
    QUrl sdk(m_endpoint);
    sdk.setPath(QStringLiteral("/sdk"));
    QByteArrayList cookies;
    if (auto *jar = m_http->manager()->cookieJar())
        for (const QNetworkCookie &c : jar->cookiesForUrl(sdk))
            cookies << c.toRawForm(QNetworkCookie::NameAndValueOnly);
    return cookies.join("; ");
}

} // namespace ferry::vmware
