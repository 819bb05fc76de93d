#include "incus/targetconnection.h"

#include "incus/incusclient.h"
#include "net/httpclient.h"

#include <algorithm>

namespace ferry::incus {

QByteArray TargetConnection::headerPrefix() const
{
    return incus::headerPrefix(serverType);
}

void TargetConnection::configure(net::HttpClient &http) const
{
    http.setPinnedSha256(pinnedSha256);
    if (!clientCertificate.isNull())
        http.setClientCertificate(clientCertificate, clientKey);
    http.setTimeoutMs(int(std::min<qint64>(operationTimeoutMs + 30000, 3600000)));
}

} // namespace ferry::incus
