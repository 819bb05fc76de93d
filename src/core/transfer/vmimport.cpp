#include "transfer/vmimport.h"

#include "incus/incusclient.h"
#include "net/httpclient.h"
#include "tls/certificate.h"
#include "transfer/tarformat.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QIODevice>
#include <QLoggingCategory>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

#include <optional>

namespace ferry::transfer {

Q_LOGGING_CATEGORY(lcTransfer, "ferry.transfer", QtInfoMsg)

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("transfer", s);
}

// Accepts a self-signed certificate only when it is the pinned one (as net::HttpClient does).
void pinReply(QNetworkReply *reply, const QString &pin)
{
    QObject::connect(
        reply, &QNetworkReply::sslErrors, reply, [reply, pin](const QList<QSslError> &errors) {
            const QString seen = tls::sha256Of(reply->sslConfiguration().peerCertificate());
            if (tls::decide(pin, seen, false) == tls::TrustOutcome::Trusted)
                reply->ignoreSslErrors(errors);
        });
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, pin]() {
        if (!pin.isEmpty() && tls::sha256Of(reply->sslConfiguration().peerCertificate()) != pin)
            reply->abort();
    });
}

// What to upload where: the same streaming serves a VM (instance backup) and a custom volume.
struct Upload
{
    QUrl endpoint;
    QString pinnedSha256;
    QSslCertificate clientCertificate;
    QSslKey clientKey;
    QByteArray headerPrefix;
    QString project;
    QString path; // /1.0/instances or /1.0/storage-pools/<pool>/volumes/custom
    QString name; // <prefix>name
    QVector<QPair<QString, QByteArray>> files; // small files before the image
    QString imageName; // backup/virtual-machine.img or backup/volume.img
    qint64 operationTimeoutMs = 300000;
    QString what; // for messages
};

} // namespace

// The tar stream: index.yaml, backup.yaml, then the disk image, whose bytes arrive from ranged
// reads of the datastore. A sequential device of known size, so the upload streams it.
class BackupStream final : public QIODevice
{
    Q_OBJECT

public:
    BackupStream(const DiskSource &source, const Upload &target, const StreamOptions &options,
        QNetworkAccessManager *sourceNam)
        : m_source(source)
        , m_options(options)
        , m_nam(sourceNam)
        , m_hash(QCryptographicHash::Sha256)
    {
        auto add = [this](const QString &name, const QByteArray &content) {
            m_out += tarHeader(name, content.size());
            m_out += content;
            m_out += QByteArray(int(tarPadding(content.size())), '\0');
        };
        for (const auto &file : target.files)
            add(file.first, file.second);
        m_out += tarHeader(target.imageName, source.sizeBytes);
        m_total = m_out.size() + source.sizeBytes + tarPadding(source.sizeBytes) + tarTrailerSize();
    }

    bool isSequential() const override { return true; }
    qint64 size() const override { return m_total; }
    qint64 bytesAvailable() const override
    {
        return m_out.size() - m_outPos + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_produced == m_total && m_outPos >= m_out.size(); }

    qint64 total() const { return m_total; }
    QString sha256() const { return QString::fromLatin1(m_hash.result().toHex()); }
    qint64 bytesRead() const { return m_delivered; }
    qint64 peakBuffered() const { return m_peak; }
    std::optional<Error> failure() const { return m_failure; }

    void start() { pump(); }

    void abortReads()
    {
        // abort() runs each reply's finished handler at once, which edits m_inFlight.
        const QList<QNetworkReply *> replies = m_inFlight.values();
        m_inFlight.clear();
        for (QNetworkReply *r : replies)
            r->abort();
    }

Q_SIGNALS:
    void failed();

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = qMin<qint64>(max, m_out.size() - m_outPos);
        if (n > 0) {
            std::memcpy(data, m_out.constData() + m_outPos, size_t(n));
            m_outPos += n;
            m_sent += n;
        }
        if (m_outPos >= m_out.size()) {
            m_out.clear();
            m_outPos = 0;
        }
        QTimer::singleShot(0, this, &BackupStream::pump);
        if (n == 0 && m_failure)
            return -1;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 buffered() const
    {
        qint64 b = m_out.size() - m_outPos;
        for (const QByteArray &c : m_ready)
            b += c.size();
        return b + qint64(m_inFlight.size()) * m_options.chunkBytes;
    }

    void pump()
    {
        if (m_failure)
            return;
        if (m_options.cancel && m_options.cancel->load()) {
            fail(Error(Error::Code::Canceled, tr("The copy was canceled.")));
            return;
        }
        const qint64 limit = qint64(m_options.readsInFlight + 2) * m_options.chunkBytes;
        while (m_nextRequest < m_source.sizeBytes && m_inFlight.size() < m_options.readsInFlight
            && buffered() + m_options.chunkBytes <= limit) {
            const qint64 from = m_nextRequest;
            const qint64 to = qMin(m_source.sizeBytes, from + m_options.chunkBytes) - 1;
            m_nextRequest = to + 1;
            QNetworkRequest req(m_source.extentUrl);
            req.setRawHeader(
                "Range", "bytes=" + QByteArray::number(from) + '-' + QByteArray::number(to));
            if (!m_source.cookie.isEmpty())
                req.setRawHeader("Cookie", m_source.cookie);
            req.setTransferTimeout(120000);
            QNetworkReply *reply = m_nam->get(req);
            pinReply(reply, m_source.pinnedSha256);
            m_inFlight.insert(from, reply);
            connect(reply, &QNetworkReply::finished, this, [this, reply, from, to]() {
                reply->deleteLater();
                m_inFlight.remove(from);
                if (m_failure)
                    return; // aborted after another read failed or on cancel
                const int status
                    = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                QByteArray body = reply->readAll();
                if (reply->error() != QNetworkReply::NoError || (status != 206 && status != 200)
                    || body.size() != to - from + 1) {
                    fail(Error(Error::Code::Network,
                        tr("Reading the disk from the source failed at byte %1.").arg(from),
                        QStringLiteral("HTTP %1, %2 bytes of %3: %4")
                            .arg(status)
                            .arg(body.size())
                            .arg(to - from + 1)
                            .arg(reply->errorString())));
                    return;
                }
                m_ready.insert(from, std::move(body));
                deliver();
            });
        }
        m_peak = qMax(m_peak, buffered());
    }

    void deliver()
    {
        bool any = false;
        for (auto it = m_ready.find(m_delivered); it != m_ready.end();
             it = m_ready.find(m_delivered)) {
            m_hash.addData(it.value());
            m_out += it.value();
            m_delivered += it.value().size();
            m_ready.erase(it);
            any = true;
        }
        if (m_delivered == m_source.sizeBytes && !m_trailerAdded) {
            m_out += QByteArray(int(tarPadding(m_source.sizeBytes) + tarTrailerSize()), '\0');
            m_trailerAdded = true;
        }
        m_produced = m_trailerAdded ? m_total : 0;
        if (any && m_options.progress)
            m_options.progress(m_delivered, m_source.sizeBytes);
        if (any)
            Q_EMIT readyRead();
        pump();
    }

    void fail(const Error &e)
    {
        if (m_failure)
            return;
        m_failure = e;
        abortReads();
        Q_EMIT failed();
    }

    DiskSource m_source;
    StreamOptions m_options;
    QNetworkAccessManager *m_nam;
    QCryptographicHash m_hash;
    QByteArray m_out;
    qint64 m_outPos = 0;
    qint64 m_total = 0;
    qint64 m_produced = 0;
    qint64 m_sent = 0;
    qint64 m_nextRequest = 0;
    qint64 m_delivered = 0;
    qint64 m_peak = 0;
    bool m_trailerAdded = false;
    QMap<qint64, QNetworkReply *> m_inFlight;
    QMap<qint64, QByteArray> m_ready;
    std::optional<Error> m_failure;
};

namespace {

Result<StreamResult> streamBackup(
    const DiskSource &source, const Upload &target, const StreamOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    QNetworkAccessManager sourceNam;
    QNetworkAccessManager targetNam;
    BackupStream stream(source, target, options, &sourceNam);
    stream.open(QIODevice::ReadOnly);

    QUrl url = target.endpoint;
    url.setPath(target.path);
    url.setQuery(QStringLiteral("project=%1").arg(target.project));
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    req.setHeader(QNetworkRequest::ContentLengthHeader, stream.total());
    req.setRawHeader(target.headerPrefix + "name", target.name.toUtf8());
    req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QSslConfiguration tlsConfig = QSslConfiguration::defaultConfiguration();
    tlsConfig.setLocalCertificate(target.clientCertificate);
    tlsConfig.setPrivateKey(target.clientKey);
    req.setSslConfiguration(tlsConfig);

    QNetworkReply *upload = targetNam.post(req, &stream);
    pinReply(upload, target.pinnedSha256);
    // Queued: the upload may be inside its TLS handshake (a blocking sslErrors call) right now.
    QObject::connect(
        &stream, &BackupStream::failed, upload, &QNetworkReply::abort, Qt::QueuedConnection);
    QEventLoop loop;
    QObject::connect(upload, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    if (options.cancel) {
        QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&]() {
            if (options.cancel->load()) {
                stream.abortReads();
                QMetaObject::invokeMethod(upload, &QNetworkReply::abort, Qt::QueuedConnection);
            }
        });
        cancelPoll.start(200);
    }
    stream.start();
    if (!upload->isFinished())
        loop.exec();
    cancelPoll.stop();
    stream.abortReads();

    const int status = upload->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = upload->readAll();
    const QString uploadError = upload->errorString();
    const bool uploadFailed = upload->error() != QNetworkReply::NoError && status == 0;
    upload->deleteLater();

    if (auto f = stream.failure())
        return *f;
    if (options.cancel && options.cancel->load())
        return Error(Error::Code::Canceled, tr("The copy was canceled."));
    if (uploadFailed)
        return Error(Error::Code::Network,
            tr("Sending the disk to %1 failed.").arg(target.endpoint.host()), uploadError);
    auto envelope = incus::parse::envelope(status, body, target.what);
    if (!envelope)
        return envelope.error();
    if (envelope->type != QLatin1String("async") || envelope->operation.isEmpty())
        return Error(Error::Code::Server, tr("The target did not start an import operation."),
            QString::fromUtf8(body.left(300)));

    // Wait for the import with the target's timeout.
    net::HttpClient http;
    http.setPinnedSha256(target.pinnedSha256);
    http.setClientCertificate(target.clientCertificate, target.clientKey);
    http.setTimeoutMs(int(qMin<qint64>(target.operationTimeoutMs + 30000, 3600000)));
    incus::IncusClient client(&http, target.endpoint, target.operationTimeoutMs);
    auto op = client.waitOperation(envelope->operation);
    if (!op)
        return op.error();

    StreamResult result;
    result.sha256 = stream.sha256();
    result.bytesRead = stream.bytesRead();
    result.peakBufferedBytes = stream.peakBuffered();
    result.elapsedMs = timer.elapsed();
    qCInfo(lcTransfer) << "imported" << target.name << result.bytesRead << "bytes in"
                       << result.elapsedMs << "ms, peak buffer" << result.peakBufferedBytes;
    return result;
}

} // namespace

Result<StreamResult> streamDiskIntoNewVm(
    const DiskSource &source, const VmTarget &target, const StreamOptions &options)
{
    Upload u {target.endpoint, target.pinnedSha256, target.clientCertificate, target.clientKey,
        target.headerPrefix, target.project, QStringLiteral("/1.0/instances"), target.instanceName,
        {{QStringLiteral("backup/index.yaml"), target.indexYaml},
            {QStringLiteral("backup/virtual-machine/backup.yaml"), target.backupYaml}},
        QStringLiteral("backup/virtual-machine.img"), target.operationTimeoutMs,
        tr("the instance import")};
    return streamBackup(source, u, options);
}

Result<StreamResult> streamDiskIntoNewVolume(
    const DiskSource &source, const VolumeTarget &target, const StreamOptions &options)
{
    Upload u {target.endpoint, target.pinnedSha256, target.clientCertificate, target.clientKey,
        target.headerPrefix, target.project,
        QStringLiteral("/1.0/storage-pools/%1/volumes/custom").arg(target.pool), target.volumeName,
        {{QStringLiteral("backup/index.yaml"), target.indexYaml}},
        QStringLiteral("backup/volume.img"), target.operationTimeoutMs, tr("the volume import")};
    return streamBackup(source, u, options);
}

} // namespace ferry::transfer

#include "vmimport.moc"
