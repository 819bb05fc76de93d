#include "vmware/datastore.h"

#include "net/httpclient.h"
#include "vmware/inventoryname.h"
#include "vmware/vmdkdescriptor.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QThread>

#include <algorithm>
#include <optional>

namespace ferry::vmware {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Datastores)
};

// "bytes 0-1023/4096" or "bytes */4096": first, last and total (-1 where absent); nullopt when
// the header is not of that form.
struct ContentRange
{
    qint64 first = -1;
    qint64 last = -1;
    qint64 total = -1;
};

std::optional<ContentRange> parseContentRange(const QByteArray &header)
{
    const QByteArray v = header.trimmed();
    if (!v.startsWith("bytes "))
        return std::nullopt;
    const QByteArray spec = v.mid(6).trimmed();
    const qsizetype slash = spec.indexOf('/');
    if (slash < 0)
        return std::nullopt;
    ContentRange r;
    bool ok = false;
    r.total = spec.mid(slash + 1).toLongLong(&ok);
    if (!ok || r.total < 0)
        return std::nullopt;
    const QByteArray range = spec.left(slash);
    if (range == "*")
        return r;
    const qsizetype dash = range.indexOf('-');
    if (dash <= 0)
        return std::nullopt;
    bool okFirst = false;
    bool okLast = false;
    r.first = range.left(dash).toLongLong(&okFirst);
    r.last = range.mid(dash + 1).toLongLong(&okLast);
    if (!okFirst || !okLast || r.first < 0 || r.last < r.first || r.last >= r.total)
        return std::nullopt;
    return r;
}

bool retryable(const Error &e)
{
    return e.code == Error::Code::Network || e.code == Error::Code::Timeout;
}

// An answer that is not the bytes asked: what its status says, for a person. Names are put in
// with the other values in one arg() call: a name may hold "%2f" (inventoryname.h).
Error statusError(int status, const QString &what)
{
    if (status == 401 || status == 403)
        return Error(Error::Code::Authentication,
            Text::tr("The datastore refused to serve %1 (HTTP %2): the session is not logged in "
                     "or its user may not browse the datastore.")
                .arg(what, QString::number(status)));
    if (status == 404)
        return Error(
            Error::Code::NotFound, Text::tr("%1 is not on the datastore (HTTP 404).").arg(what));
    return Error(Error::Code::Server,
        Text::tr("Reading %1 from the datastore failed (HTTP %2).")
            .arg(what, QString::number(status)));
}

struct RangedGet
{
    net::HttpClient *http = nullptr;
    QUrl url;
    QString what;
    RangeRetry retry;
    std::shared_ptr<int> requests;

    // One ranged GET, retried on network errors and 5xx; the answer is not checked here. The
    // body is kept up to the bytes asked and only counted past them (`received`), so a server
    // that ignores Range and sends a whole extent is refused without holding it in memory.
    struct Answer
    {
        net::HttpResponse response;
        qint64 received = 0;
    };
    Result<Answer> get(qint64 first, qint64 last) const
    {
        const QList<QPair<QByteArray, QByteArray>> headers {
            {"Range", "bytes=" + QByteArray::number(first) + '-' + QByteArray::number(last)}};
        const qint64 keep = last - first + 1;
        int delay = retry.firstDelayMs;
        for (int attempt = 1;; ++attempt) {
            ++*requests;
            Answer answer;
            QByteArray body;
            auto resp = http->request("GET", url, headers, {}, [&](const QByteArray &data) {
                answer.received += data.size();
                if (body.size() < keep)
                    body.append(data.left(static_cast<qsizetype>(keep - body.size())));
            });
            const bool again = resp ? resp->status >= 500 : retryable(resp.error());
            if (!again || attempt >= std::max(1, retry.attempts)) {
                if (resp && resp->status >= 500 && attempt > 1)
                    return Error(statusError(resp->status, what).code,
                        statusError(resp->status, what).message,
                        QStringLiteral("%1 attempts").arg(attempt));
                if (!resp && attempt > 1)
                    return Error(resp.error().code, resp.error().message,
                        resp.error().details + QStringLiteral(" (%1 attempts)").arg(attempt));
                if (!resp)
                    return resp.error();
                answer.response = *resp;
                answer.response.body = body;
                return answer;
            }
            QThread::msleep(static_cast<unsigned long>(std::max(0, delay)));
            delay *= 2;
        }
    }

    Result<QByteArray> read(qint64 offset, qint64 length, qint64 fileSize) const
    {
        if (offset < 0 || length < 0 || offset > fileSize - length)
            return Error(Error::Code::Internal,
                QStringLiteral("Read of %1 bytes at %2 past the end of %3 (%4 bytes).")
                    .arg(QString::number(length), QString::number(offset), what,
                        QString::number(fileSize)));
        if (length == 0)
            return QByteArray();
        Result<Answer> answer = get(offset, offset + length - 1);
        if (!answer)
            return answer.error();
        const net::HttpResponse &resp = answer->response;
        if (Status st = checkRangeAnswer(resp.status, resp.header("Content-Range"),
                answer->received, offset, length, fileSize, what);
            !st)
            return st.error();
        return resp.body;
    }
};
} // namespace

Status checkRangeAnswer(int status, const QByteArray &contentRange, qint64 bodySize, qint64 offset,
    qint64 length, qint64 fileSize, const QString &what)
{
    const QString asked = QStringLiteral("asked bytes %1-%2 of %3, got HTTP %4, Content-Range "
                                         "\"%5\", %6 bytes")
                              .arg(offset)
                              .arg(offset + length - 1)
                              .arg(fileSize)
                              .arg(status)
                              .arg(QString::fromLatin1(contentRange))
                              .arg(bodySize);
    const Error wrong(Error::Code::Server,
        Text::tr("The datastore answered a read of %1 with other bytes than asked.").arg(what),
        asked);
    if (status == 200)
        return offset == 0 && length == fileSize && bodySize == fileSize ? Status() : wrong;
    if (status != 206)
        return Error(statusError(status, what).code, statusError(status, what).message, asked);
    const std::optional<ContentRange> r = parseContentRange(contentRange);
    if (!r || r->first != offset || r->last != offset + length - 1 || r->total != fileSize
        || bodySize != length)
        return wrong;
    return {};
}

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
    // Encoded here, byte by byte, and handed to QUrl as already encoded: QUrlQuery would leave
    // '+' bare and take a "%2f" inside a name for an escape of its own (inventoryname.h).
    QUrl url(m_endpoint);
    url.setPath(QString::fromLatin1("/folder/" + encodeFolderPath(relativePath)), QUrl::StrictMode);
    url.setQuery(QString::fromLatin1("dcPath=" + encodeFolderQueryValue(m_datacenterPath)
                     + "&dsName=" + encodeFolderQueryValue(datastore)),
        QUrl::StrictMode);
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
                .arg(datastore, relativePath, QString::number(resp->status)));
    return resp->body;
}

Result<bool> Datastores::exists(const QString &datastore, const QString &relativePath) const
{
    // One byte asked, not a HEAD: the body-less answer of a HEAD is not what every front (or the
    // blocking client) ends cleanly.
    auto resp
        = m_http->request("GET", folderUrl(datastore, relativePath), {{"Range", "bytes=0-0"}});
    if (!resp)
        return resp.error();
    if (resp->status == 200 || resp->status == 206)
        return true;
    if (resp->status == 404)
        return false;
    return Error(resp->status == 401 || resp->status == 403 ? Error::Code::Authentication
                                                            : Error::Code::Server,
        Text::tr("Looking for [%1] %2 on the datastore failed (HTTP %3).")
            .arg(datastore, relativePath, QString::number(resp->status)));
}

QStringList verifyChangeTracking(const Datastores &datastores, Instance &vm)
{
    QStringList warnings;
    for (Disk &d : vm.disks) {
        d.backgroundImportVerified = false;
        if (!vm.backgroundImport || !d.supported || d.changeId.isEmpty())
            continue;
        const DatastorePath where = DatastorePath::parse(d.name);
        if (!where.isValid() || !where.path.endsWith(QLatin1String(".vmdk")))
            continue;
        const QString ctk = where.path.chopped(5) + QStringLiteral("-ctk.vmdk");
        Result<bool> there = datastores.exists(where.datastore, ctk);
        if (!there) {
            warnings << Text::tr("VM %1: cannot verify changed block tracking of disk %2: %3")
                            .arg(vm.location, d.name, there.error().message);
            break; // one warning per VM; the other disks stay unverified
        }
        d.backgroundImportVerified = *there;
    }
    return warnings;
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

Result<RangedFile> Datastores::openRanged(
    const QString &datastore, const QString &relativePath) const
{
    auto get = std::make_shared<RangedGet>();
    get->http = m_http;
    get->url = folderUrl(datastore, relativePath);
    get->what = QStringLiteral("[%1] %2").arg(datastore, relativePath);
    get->retry = m_retry;
    get->requests = m_rangeRequests;

    // The size: from the Content-Range of a one-byte answer; an empty file answers 416 with
    // "bytes */0".
    Result<RangedGet::Answer> answer = get->get(0, 0);
    if (!answer)
        return answer.error();
    const net::HttpResponse *probe = &answer->response;
    const QByteArray header = probe->header("Content-Range");
    const std::optional<ContentRange> r = parseContentRange(header);
    qint64 size = -1;
    if (probe->status == 206 && r && r->first == 0 && r->last == 0 && answer->received == 1)
        size = r->total;
    else if (probe->status == 416 && r && r->first < 0 && r->total == 0)
        size = 0;
    else if (probe->status == 200 && answer->received == 1)
        size = 1;
    else if (probe->status != 206 && probe->status != 200 && probe->status != 416)
        return statusError(probe->status, get->what);
    if (size < 0)
        return Error(Error::Code::Unsupported,
            Text::tr("The datastore does not answer ranged reads of %1.").arg(get->what),
            QStringLiteral("asked bytes 0-0, got HTTP %1, Content-Range \"%2\", %3 bytes")
                .arg(probe->status)
                .arg(QString::fromLatin1(header))
                .arg(answer->received));

    RangedFile file;
    file.path = relativePath;
    file.url = get->url;
    file.size = size;
    file.read = [get, size](qint64 offset, qint64 length) {
        return get->read(offset, length, size);
    };
    return file;
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
