#pragma once

#include "tls/certificate.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace ferry::net {

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
};

// A blocking HTTPS client for one thread (the GUI runs it in a worker, the CLI on its main
// thread). Each request runs a local event loop until it finishes, times out or is canceled.
// Server trust follows tls::decide(): a pinned certificate must match exactly, an unpinned one
// must be trusted by the system; otherwise the handshake is aborted before a single byte of the
// request (credentials included) is sent, and the presented certificate is kept for a person
// to confirm.
class HttpClient final
{
public:
    HttpClient();
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    void setPinnedSha256(const QString &sha256);
    QString pinnedSha256() const { return m_pin; }
    // Verification by certificate authority instead of a pin: the server's certificate must be
    // issued for the URL's host name by a CA the system trusts or one of `extraCas`. Clears the
    // pin; a refusal then says why (no "confirm the fingerprint").
    void setTrustByCa(const QList<QSslCertificate> &extraCas);
    bool trustsByCa() const { return m_byCa; }
    void setClientCertificate(const QSslCertificate &cert, const QSslKey &key);
    // An Authorization header sent with every request that sets none itself ("Bearer <token>"
    // for a target that authenticates by OIDC); empty: none.
    void setAuthorization(const QByteArray &value) { m_authorization = value; }
    // Inactivity time-out: no byte for this long ends the request (also when connecting).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Checked while waiting; set it from any thread to abort the request in flight.
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    Result<HttpResponse> request(const QByteArray &verb, const QUrl &url,
        const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {});
    // The same, handing the response body to `onData` piece by piece as it arrives (the
    // response's `body` stays empty). For answers too large to hold, or to work while receiving.
    Result<HttpResponse> request(const QByteArray &verb, const QUrl &url,
        const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
        const std::function<void(const QByteArray &)> &onData);

    // After a TLS failure: what the server presented and why it was refused.
    const tls::CertificateInfo &presentedCertificate() const { return m_presented; }
    tls::TrustOutcome lastTrustOutcome() const { return m_outcome; }
    // The certificate the server presented on the last encrypted connection, trusted or not.
    const tls::CertificateInfo &peerCertificate() const { return m_peer; }

    QNetworkAccessManager *manager() const { return m_nam.get(); }

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_pin;
    bool m_byCa = false;
    QList<QSslCertificate> m_extraCas;
    QSslCertificate m_clientCert;
    QSslKey m_clientKey;
    QByteArray m_authorization;
    int m_timeoutMs = 30000;
    const std::atomic_bool *m_cancel = nullptr;
    tls::CertificateInfo m_presented;
    tls::CertificateInfo m_peer;
    tls::TrustOutcome m_outcome = tls::TrustOutcome::Trusted;
};

} // namespace ferry::net
