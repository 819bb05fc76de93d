// libFuzzer target for Incus/LXD REST answers (src/core/incus): any bytes are an answer's body.
// They go through the envelope parser with a success and an error status, through every
// metadata parser (server, projects, storage pools and their resources, networks, profiles,
// instance and other name lists, operations), as a trust token, and through the client's calls
// on a replaying transport (an async answer is waited for, the same bytes being the operation's
// answer), and through what the migration engine reads back from a target about its own earlier
// work (incus/targetstate.h: leftovers by their markers, operations holding an object, the
// reconfiguring PUT body). No crash, no sanitizer report, no hang is the contract.
// Seeds: tests/fixtures/incus (recorded from the lab's LXD, hand-written Incus answers).
// Run: tests/fuzz/run [SECONDS]
#include "incus/incusclient.h"
#include "incus/targetstate.h"
#include "net/httpclient.h"

#include <QJsonArray>
#include <QUrl>

#include <cstddef>
#include <cstdint>

using namespace ferry;
using namespace ferry::incus;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString what = QStringLiteral("fuzz");

    (void)parse::envelope(404, body, what);
    if (auto env = parse::envelope(200, body, what)) {
        const QJsonValue &m = env->metadata;
        if (auto info = parse::serverInfo(m)) {
            (void)info->missingExtensions({QStringLiteral("instances")});
            (void)guessServerType(info->apiExtensions);
            (void)certificatesPostBody(info->serverType, info->apiExtensions,
                QStringLiteral("ferry"), QByteArrayLiteral("AAAA"), QStringLiteral("token"));
        }
        (void)parse::projects(m);
        if (auto pools = parse::storagePools(m)) {
            for (StoragePool &p : *pools)
                (void)parse::poolResources(m, p);
        }
        (void)parse::networks(m);
        (void)parse::profiles(m);
        (void)parse::names(m, QStringLiteral("instances"));
        (void)parse::names(m, QStringLiteral("storage-pools/default/volumes/custom"));
        (void)parse::operationOutcome(m, what);

        namespace ts = incus::targetstate;
        if (auto found = ts::leftovers(m, 7, QStringLiteral("4211aaaa-0000-1111-2222-333344445555"),
                QStringLiteral("web"), what)) {
            for (const QString &name : std::as_const(found->ours))
                (void)ts::operationsHolding(m, QStringLiteral("/1.0/instances/") + name);
        }
        (void)ts::leftovers(m, 1, QString(), QString(), what);
        (void)ts::operationsHolding(m, QStringLiteral("/1.0/instances/web"));
        (void)ts::nicClash(m, QStringLiteral("web"), QStringLiteral("default"),
            {QStringLiteral("br0")}, {QStringLiteral("00:0c:29:aa:bb:cc")}, 7, QString());
        (void)ts::reconfigured(m, {{QStringLiteral("limits.cpu"), QStringLiteral("2")}},
            {{QStringLiteral("eth0"),
                QJsonObject {{QStringLiteral("type"), QStringLiteral("nic")}}}});
    }
    (void)parse::trustToken(QString::fromUtf8(body));

    // The client over a transport that answers every request with these bytes.
    int requests = 0;
    IncusClient client(
        [&](const IncusClient::Request &) -> Result<net::HttpResponse> {
            net::HttpResponse r;
            r.status = ++requests % 3 == 0 ? 500 : 200;
            r.body = body;
            return r;
        },
        QUrl(QStringLiteral("https://127.0.0.1:8443")), 30000);
    if (auto info = client.server())
        client.setServerType(info->serverType);
    (void)client.projects();
    (void)client.storagePools(true);
    (void)client.networks(QStringLiteral("default"));
    (void)client.profiles(QStringLiteral("default"));
    (void)client.instanceNames(QStringLiteral("default"));
    (void)client.callAndWait("POST", QStringLiteral("/1.0/instances"));
    (void)client.addClientCertificate(
        QStringLiteral("ferry"), QByteArrayLiteral("\x30\x03\x02\x01\x01"), QStringLiteral("t"));
    return 0;
}
