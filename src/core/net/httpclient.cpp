#include "net/httpclient.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace ferry::net {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

HttpClient::HttpClient()
    : m_nam(std::make_unique<QNetworkAccessManager>())
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpClient::~HttpClient() = default;

void HttpClient::setPinnedSha256(const QString &sha256)
{
    if (sha256 == m_pin)
        return;
    m_pin = sha256;
    // A kept-alive connection was verified against the old pin: verify again.
    m_nam->clearConnectionCache();
}

void HttpClient::setTrustByCa(const QList<QSslCertificate> &extraCas)
{
    m_pin.clear();
    m_byCa = true;
    m_extraCas = extraCas;
    m_nam->clearConnectionCache();
}

void HttpClient::setClientCertificate(const QSslCertificate &cert, const QSslKey &key)
{
    m_clientCert = cert;
    m_clientKey = key;
    m_nam->clearConnectionCache();
}

Result<HttpResponse> HttpClient::request(const QByteArray &verb, const QUrl &url,
    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    return request(verb, url, headers, body, {});
}

Result<HttpResponse> HttpClient::request(const QByteArray &verb, const QUrl &url,
    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
    const std::function<void(const QByteArray &)> &onData)
{
    QNetworkRequest req(url);
    if (!m_authorization.isEmpty())
        req.setRawHeader("Authorization", m_authorization);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!m_clientCert.isNull() || !m_extraCas.isEmpty()) {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        if (!m_clientCert.isNull()) {
            c.setLocalCertificate(m_clientCert);
            c.setPrivateKey(m_clientKey);
        }
        if (!m_extraCas.isEmpty())
            c.addCaCertificates(m_extraCas);
        req.setSslConfiguration(c);
    }

    m_presented = {};
    m_outcome = tls::TrustOutcome::Trusted;
    bool refused = false;

    QNetworkReply *reply = m_nam->sendCustomRequest(req, verb, body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
        [this, reply, &refused](const QList<QSslError> &errors) {
            const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
            const QString seen = tls::sha256Of(peer);
            m_outcome = m_byCa ? tls::TrustOutcome::Untrusted : tls::decide(m_pin, seen, false);
            if (m_outcome == tls::TrustOutcome::Trusted) {
                reply->ignoreSslErrors(errors);
                return;
            }
            m_presented = tls::CertificateInfo::from(peer, errors);
            refused = true;
        });
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [this, reply, &refused]() {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        const QString seen = tls::sha256Of(peer);
        m_peer = tls::CertificateInfo::from(peer);
        if (!m_pin.isEmpty() && seen != m_pin) {
            m_outcome = tls::TrustOutcome::Changed;
            m_presented = tls::CertificateInfo::from(peer);
            refused = true;
            reply->abort();
        }
    });

    QEventLoop loop;
    if (onData) {
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, &onData]() {
            const QByteArray chunk = reply->readAll();
            if (!chunk.isEmpty())
                onData(chunk);
        });
    }
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    bool canceled = false;
    if (m_cancel) {
        QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&]() {
            if (m_cancel->load()) {
                canceled = true;
                reply->abort();
            }
        });
        cancelPoll.start(100);
    }
    if (!reply->isFinished())
        loop.exec();
    cancelPoll.stop();

    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> guard(
        reply, [](QNetworkReply *r) { r->deleteLater(); });
    const QString host
        = url.host() + (url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString());

    if (refused) {
        if (m_outcome == tls::TrustOutcome::Changed)
            return Error(Error::Code::Tls,
                Text::tr("The certificate of %1 has changed: the trusted fingerprint is %2 but "
                         "the server presented %3. Nothing was sent. Trust the new certificate "
                         "only if you know why it changed.")
                    .arg(host, m_pin, m_presented.sha256));
        if (m_byCa)
            return Error(Error::Code::Tls,
                Text::tr("%1 presented a certificate that no trusted certificate authority "
                         "issued for host name %2 (SHA-256 fingerprint %3). Nothing was sent. "
                         "Give the target the CA that issues its certificates, or pin the "
                         "fingerprint instead.")
                    .arg(host, url.host(), m_presented.sha256),
                m_presented.errors.join(QLatin1String("; ")));
        return Error(Error::Code::Tls,
            Text::tr("%1 presented a certificate that is not trusted (SHA-256 fingerprint %2). "
                     "Nothing was sent. Confirm the fingerprint to trust it.")
                .arg(host, m_presented.sha256),
            m_presented.errors.join(QLatin1String("; ")));
    }
    if (canceled)
        return Error(Error::Code::Canceled, Text::tr("The request to %1 was canceled.").arg(host));

    HttpResponse resp;
    resp.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    resp.body = reply->readAll();
    if (onData && !resp.body.isEmpty()) {
        onData(resp.body);
        resp.body.clear();
    }
    resp.headers = reply->rawHeaderPairs();

    const auto err = reply->error();
    if (resp.status == 0 || err == QNetworkReply::OperationCanceledError) {
        switch (err) {
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            return Error(Error::Code::Timeout,
                Text::tr("Cannot connect to %1: no answer within %2 seconds.")
                    .arg(host)
                    .arg(m_timeoutMs / 1000.0, 0, 'f', m_timeoutMs % 1000 ? 1 : 0),
                reply->errorString());
        case QNetworkReply::SslHandshakeFailedError:
            return Error(Error::Code::Tls, Text::tr("The TLS handshake with %1 failed.").arg(host),
                reply->errorString());
        default:
            return Error(Error::Code::Network, Text::tr("Cannot connect to %1.").arg(host),
                reply->errorString());
        }
    }
    return resp;
}

} // namespace ferry::net
