#include "incus/targetconnection.h"

#include "incus/incusclient.h"
#include "model/target.h"
#include "net/httpclient.h"

#include <algorithm>

namespace ferry::incus {

QByteArray TargetConnection::headerPrefix() const
{
    return incus::headerPrefix(serverType);
}

void TargetConnection::setServerTrust(const Target &target)
{
    verifyByCa = target.verifiesByCa();
    pinnedSha256 = verifyByCa ? QString() : target.cert.trustedSha256;
    caCertificates = verifyByCa ? QSslCertificate::fromData(target.tlsCaPem.toLatin1(), QSsl::Pem)
                                : QList<QSslCertificate>();
}

void TargetConnection::applyTrust(net::HttpClient &http) const
{
    if (verifyByCa)
        http.setTrustByCa(caCertificates);
    else
        http.setPinnedSha256(pinnedSha256);
}

void TargetConnection::configure(net::HttpClient &http) const
{
    applyTrust(http);
    if (!clientCertificate.isNull())
        http.setClientCertificate(clientCertificate, clientKey);
    http.setAuthorization(authorization);
    http.setTimeoutMs(int(std::min<qint64>(operationTimeoutMs + 30000, 3600000)));
}

} // namespace ferry::incus
