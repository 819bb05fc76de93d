#pragma once

#include "incus/incustypes.h"
#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <atomic>
#include <functional>

namespace ferry::net {
class HttpClient;
struct HttpResponse;
} // namespace ferry::net

namespace ferry::incus {

// One REST response, with the standard envelope unpacked.
struct Response
{
    int httpStatus = 0;
    QString type; // sync | async | error
    QString operation; // "/1.0/operations/<id>" for async responses
    QJsonValue metadata;
    QString location;
};

// Parsing, separate from the transport so the unit tests run on recorded responses. Every
// function names what it was reading when the data is not what the API documents.
namespace parse {
Result<Response> envelope(int httpStatus, const QByteArray &body, const QString &what);
Result<ServerInfo> serverInfo(const QJsonValue &metadata);
Result<QVector<Project>> projects(const QJsonValue &metadata);
Result<QVector<StoragePool>> storagePools(const QJsonValue &metadata);
Status poolResources(const QJsonValue &metadata, StoragePool &pool);
// GET /1.0/projects/<name>/state: resources.disk's Limit and Usage into the project.
Status projectState(const QJsonValue &metadata, Project &project);
Result<QVector<Network>> networks(const QJsonValue &metadata);
Result<QVector<ClusterMember>> clusterMembers(const QJsonValue &metadata);
// An instance's or a volume's `location`: the cluster member it is on; '' when the server is not
// clustered (it says "none") or does not say.
QString location(const QJsonValue &object);
Result<QVector<Profile>> profiles(const QJsonValue &metadata);
// ["/1.0/instances/web01", "/1.0/instances/db%20old?project=x"] -> web01, "db old"
Result<QStringList> names(const QJsonValue &metadata, const QString &collection);
// An operation's final state: OK on Success, the server's `err` verbatim otherwise.
Result<QJsonObject> operationOutcome(const QJsonValue &metadata, const QString &what);
Result<TrustToken> trustToken(const QString &token);
} // namespace parse

// Tells Incus from LXD by the names only one of them uses (Incus renamed devlxd_* to
// dev_incus_*), for untrusted clients that get no `environment`.
QString guessServerType(const QStringList &apiExtensions);
// "X-Incus-" or "X-LXD-": the prefix of the request headers of either server (X-LXD-name,
// X-Incus-pool, ...). LXD's when the type is unknown, Incus accepts neither of the other.
QByteArray headerPrefix(const QString &serverType);
// The field of POST /1.0/certificates that carries a trust token: "trust_token" for Incus and
// for LXD with the explicit_trust_token extension (5.21+), "password" for older LXD such as
// 5.0. Both when the server type is unknown (each server ignores fields it does not know).
QStringList trustTokenFields(const QString &serverType, const QStringList &apiExtensions);
// The body of POST /1.0/certificates adding `derBase64` as a client certificate, redeeming
// `token` when given.
QJsonObject certificatesPostBody(const QString &serverType, const QStringList &apiExtensions,
    const QString &name, const QByteArray &derBase64, const QString &token);

// The REST paths of the objects a migration makes, with the project in the query: the only place
// outside this client that needs them is the import upload (transfer/).
namespace path {
QString instances(const QString &project); // /1.0/instances?project=<project>
QString customVolumes(const QString &pool, const QString &project);
// `path` with &target=<member> added; unchanged for an empty member (a server that is not
// clustered refuses any target: "Target only allowed when clustered").
QString onMember(const QString &path, const QString &member);
} // namespace path

// A REST client for Incus and LXD over one HttpClient (which pins the server certificate and
// presents the client certificate). Blocking; one per thread.
class IncusClient final
{
public:
    struct Request
    {
        QByteArray verb;
        QString path; // "/1.0/..." with query
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int timeoutMs = 0; // 0: the transport's default
    };
    using Transport = std::function<Result<net::HttpResponse>(const Request &)>;

    IncusClient(net::HttpClient *http, const QUrl &endpoint, qint64 timeoutMs);
    // For tests: replayed responses instead of a server.
    IncusClient(Transport transport, const QUrl &endpoint, qint64 timeoutMs);
    ~IncusClient();
    IncusClient(const IncusClient &) = delete;
    IncusClient &operator=(const IncusClient &) = delete;

    // Known after server() or set by the caller from the stored target.
    void setServerType(const QString &type) { m_serverType = type; }
    QString serverType() const { return m_serverType; }
    void setApiExtensions(const QStringList &extensions) { m_apiExtensions = extensions; }
    QByteArray header(const char *name) const; // header("name") -> "X-LXD-name"
    qint64 timeoutMs() const { return m_timeoutMs; }
    // For a target that authenticates by OIDC (incus/oidc.h): when the server answers 401,
    // `renew` gives a fresh Authorization header (it refreshes the access token) and the request
    // is sent once more with it, as the upstream client does; an empty answer leaves the 401.
    // Only with the HttpClient transport.
    void setRenewAuthorization(std::function<QByteArray()> renew)
    {
        m_renewAuthorization = std::move(renew);
    }

    Result<ServerInfo> server();
    Result<Response> call(const QByteArray &verb, const QString &path, const QJsonObject &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // A call that must answer "sync"; returns its metadata.
    Result<QJsonValue> get(const QString &path);
    // Waits for an asynchronous operation with the target's timeout; the server's error text is
    // the error message, verbatim.
    Result<QJsonObject> waitOperation(const QString &operationPath);
    // Long-polls an operation (pollSeconds a request) until it ends, however long that takes:
    // an import of a large disk unpacks for many minutes after the upload. A still-running
    // operation answers a wait with its state (Incus, LXD 5.0) or, on LXD 5.21+, with HTTP 200 and
    // the error "context deadline exceeded"; both mean "wait again". Each round calls `onPoll`
    // with the operation as last read (status, metadata). `cancel` stops the waiting (the
    // operation goes on on the server) with a Canceled error.
    Result<QJsonObject> waitOperationToEnd(const QString &operationPath,
        const std::function<void(const QJsonObject &operation)> &onPoll = {},
        const std::atomic_bool *cancel = nullptr, int pollSeconds = 30);
    // call() then waitOperation() when the answer is asynchronous.
    Result<QJsonValue> callAndWait(
        const QByteArray &verb, const QString &path, const QJsonObject &body = {});

    Result<QVector<Project>> projects();
    // The disk budget and its usage (GET /1.0/projects/<name>/state) into `project`.
    Status readProjectState(Project &project);
    Result<QVector<StoragePool>> storagePools(bool withResources);
    Result<QVector<Network>> networks(const QString &project);
    // GET /1.0/cluster/members?recursion=1 (only for a clustered server).
    Result<QVector<ClusterMember>> clusterMembers();
    Result<QVector<Profile>> profiles(const QString &project);
    Result<QStringList> instanceNames(const QString &project);

    // The instance lifecycle, in `project`. The lists are the servers' objects as they are
    // (recursion=1), for incus/targetstate to read.
    Result<QJsonValue> listInstances(const QString &project);
    // Every project's instances (the instance_all_projects extension).
    Result<QJsonValue> listInstancesInAllProjects();
    Result<QJsonValue> instance(const QString &name, const QString &project);
    // PUT /1.0/instances/<name>: the whole instance (see targetstate::reconfigured).
    Status updateInstance(const QString &name, const QString &project, const QJsonObject &body);
    // start | stop | restart ...; waits for the operation.
    Status setInstanceState(
        const QString &name, const QString &project, const QString &action, bool force = false);
    Result<QJsonValue> listCustomVolumes(const QString &pool, const QString &project);
    // POST /1.0/instances (an instances post body: name, type, source, config, devices); waits.
    // `member`: on a cluster, the member it is created on (?target=); '' lets the server choose.
    Status createInstance(
        const QString &project, const QJsonObject &body, const QString &member = {});

    // Deletes an instance (stopped first) or a custom volume that an earlier attempt of ours left.
    // An engine that was killed can leave operations of its own running on the server (an
    // upload, a configuration change), and the server refuses a delete while one holds the
    // object ("A matching non-reusable operation ..."). So the running operations on it are
    // waited for first, and a refused delete is tried again up to five times, 0.5 to 8 s apart,
    // before the error counts. NotFound counts as deleted. `cancel` stops the retries.
    Status deleteLeftoverInstance(
        const QString &name, const QString &project, const std::atomic_bool *cancel = nullptr);
    // `member`: the cluster member the volume is on, for a pool local to each member ('' for a
    // remote pool or a server that is not clustered).
    Status deleteLeftoverVolume(const QString &pool, const QString &name, const QString &project,
        const std::atomic_bool *cancel = nullptr, const QString &member = {});

    // POST /1.0/certificates for our client certificate, redeeming a trust token (a token with a
    // type, from LXD 6's identities API, goes to /1.0/auth/identities/tls instead).
    Status addClientCertificate(const QString &name, const QByteArray &certificateDer,
        const QString &token, const QString &tokenType = {});

private:
    QString describe(const QString &path) const;
    Status deleteLeftover(const QString &objectPath, const QString &project,
        const std::atomic_bool *cancel, const QString &member = {});

    Transport m_transport;
    QUrl m_endpoint;
    qint64 m_timeoutMs;
    QString m_serverType;
    QStringList m_apiExtensions;
    std::function<QByteArray()> m_renewAuthorization;
};

} // namespace ferry::incus
