// TargetCleanup and the instance lifecycle of IncusClient it drives, against a small in-memory
// server that answers as LXD and Incus document it: what an earlier attempt of a queue entry left
// goes, in the right order, and nothing else is touched.
#include "engine/targetcleanup.h"
#include "incus/incusclient.h"
#include "incus/targetconfig.h"
#include "net/httpclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace ferry;
using namespace ferry::engine;

namespace {

const QUrl kEndpoint(QStringLiteral("https://127.0.0.1:8443"));

QByteArray sync(const QJsonValue &metadata)
{
    return QJsonDocument(
        QJsonObject {{QStringLiteral("type"), QStringLiteral("sync")},
            {QStringLiteral("status"), QStringLiteral("Success")},
            {QStringLiteral("status_code"), 200}, {QStringLiteral("metadata"), metadata}})
        .toJson(QJsonDocument::Compact);
}

QByteArray async(const QString &id)
{
    QJsonObject metadata;
    metadata.insert(QStringLiteral("id"), id);
    return QJsonDocument(
        QJsonObject {{QStringLiteral("type"), QStringLiteral("async")},
            {QStringLiteral("status"), QStringLiteral("Operation created")},
            {QStringLiteral("status_code"), 100},
            {QStringLiteral("operation"), QString(QStringLiteral("/1.0/operations/") + id)},
            {QStringLiteral("metadata"), metadata}})
        .toJson(QJsonDocument::Compact);
}

QByteArray failure(int code, const QString &text)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("type"), QStringLiteral("error")},
                             {QStringLiteral("error"), text}, {QStringLiteral("error_code"), code}})
        .toJson(QJsonDocument::Compact);
}

QByteArray operationDone()
{
    return sync(QJsonObject {{QStringLiteral("status"), QStringLiteral("Success")},
        {QStringLiteral("status_code"), 200}, {QStringLiteral("err"), QString()}});
}

QJsonObject object(const QString &name, const QMap<QString, QString> &config)
{
    QJsonObject c;
    for (auto it = config.begin(); it != config.end(); ++it)
        c.insert(it.key(), it.value());
    return {{QStringLiteral("name"), name}, {QStringLiteral("config"), c}};
}

QMap<QString, QString> ours(qint64 entry)
{
    return {{incus::marker::QueueEntry, QString::number(entry)},
        {incus::marker::InstanceUuid, QStringLiteral("4211aaaa-0000-0000-0000-000000000001")}};
}

// "VERB path" -> answers in turn (the last one repeats); every request is recorded.
class FakeServer final
{
public:
    void on(const QString &request, QList<QPair<int, QByteArray>> answers)
    {
        m_routes.insert(request, answers);
    }

    incus::IncusClient::Transport transport()
    {
        return [this](const incus::IncusClient::Request &r) -> Result<net::HttpResponse> {
            const QString key = QString::fromLatin1(r.verb) + QLatin1Char(' ') + r.path;
            requests << key;
            auto it = m_routes.find(key);
            if (it == m_routes.end())
                return Error(Error::Code::Network, QStringLiteral("no route for %1").arg(key));
            const auto answer = it->size() > 1 ? it->takeFirst() : it->first();
            net::HttpResponse resp;
            resp.status = answer.first;
            resp.body = answer.second;
            return resp;
        };
    }

    QStringList requests;

private:
    QHash<QString, QList<QPair<int, QByteArray>>> m_routes;
};

// tests/fixtures/releases/<name> (made from the upstream source at a release tag; its _source
// names the file and version).
QByteArray releaseFixture(const QString &name)
{
    QFile f(qEnvironmentVariable("FERRY_TEST_SOURCE_DIR")
        + QStringLiteral("/tests/fixtures/releases/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

} // namespace

class TestTargetCleanup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removesOnlyOurInstancesAfterTheirOperations()
    {
        FakeServer server;
        const QJsonArray list {object(QStringLiteral("web"), ours(7)),
            object(QStringLiteral("other"), {{incus::marker::QueueEntry, QStringLiteral("8")}}),
            object(QStringLiteral("db"), {})};
        server.on(
            QStringLiteral("GET /1.0/instances?recursion=1&project=prod"), {{200, sync(list)}});
        server.on(QStringLiteral("PUT /1.0/instances/web/state?project=prod"),
            {{400, failure(400, QStringLiteral("The instance is already stopped"))}});
        // An upload of a killed engine still holds the instance: waited for before the delete.
        const QJsonObject running {{QStringLiteral("id"), QStringLiteral("up1")},
            {QStringLiteral("resources"),
                QJsonObject {{QStringLiteral("instances"),
                    QJsonArray {QStringLiteral("/1.0/instances/web")}}}}};
        server.on(QStringLiteral("GET /1.0/operations?recursion=1&project=prod"),
            {{200, sync(QJsonObject {{QStringLiteral("running"), QJsonArray {running}}})}});
        server.on(QStringLiteral("GET /1.0/operations/up1/wait?timeout=30&project=prod"),
            {{200, operationDone()}});
        server.on(QStringLiteral("DELETE /1.0/instances/web?project=prod"),
            {{202, async(QStringLiteral("d1"))}});
        server.on(
            QStringLiteral("GET /1.0/operations/d1/wait?timeout=300"), {{200, operationDone()}});
        incus::IncusClient client(server.transport(), kEndpoint, 300000);

        QStringList logged;
        TargetCleanup cleanup(client, QStringLiteral("prod"), 7,
            ours(7).value(incus::marker::InstanceUuid),
            [&](const QString &line) { logged << line; });
        const Status st = cleanup.removeInstances(QStringLiteral("web"));
        QVERIFY2(st, qPrintable(st ? QString() : st.error().toString()));
        QCOMPARE(server.requests,
            QStringList({QStringLiteral("GET /1.0/instances?recursion=1&project=prod"),
                QStringLiteral("PUT /1.0/instances/web/state?project=prod"),
                QStringLiteral("GET /1.0/operations?recursion=1&project=prod"),
                QStringLiteral("GET /1.0/operations/up1/wait?timeout=30&project=prod"),
                QStringLiteral("DELETE /1.0/instances/web?project=prod"),
                QStringLiteral("GET /1.0/operations/d1/wait?timeout=300")}));
        QCOMPARE(logged.size(), 1);
        QVERIFY(logged.first().contains(QStringLiteral("web")));
    }

    void aForeignInstanceWithOurNameIsAConflict()
    {
        FakeServer server;
        server.on(QStringLiteral("GET /1.0/instances?recursion=1&project=default"),
            {{200, sync(QJsonArray {object(QStringLiteral("web"), {})})}});
        incus::IncusClient client(server.transport(), kEndpoint, 300000);
        TargetCleanup cleanup(
            client, QStringLiteral("default"), 7, QString(), [](const QString &) {});
        const Status st = cleanup.removeInstances(QStringLiteral("web"));
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::Conflict);
        QVERIFY(st.error().message.contains(QStringLiteral("web")));
        QCOMPARE(server.requests.size(), 1); // nothing deleted
    }

    void aRefusedDeleteIsTriedAgain()
    {
        FakeServer server;
        server.on(
            QStringLiteral(
                "GET /1.0/storage-pools/fast%20pool/volumes/custom?recursion=1&project=default"),
            {{200, sync(QJsonArray {object(QStringLiteral("web-disk1"), ours(7))})}});
        server.on(QStringLiteral("GET /1.0/operations?recursion=1&project=default"),
            {{200, sync(QJsonObject {})}});
        server.on(
            QStringLiteral(
                "DELETE /1.0/storage-pools/fast%20pool/volumes/custom/web-disk1?project=default"),
            {{400,
                 failure(400,
                     QStringLiteral("Failed to create volume delete operation: A matching "
                                    "non-reusable operation has now succeeded"))},
                {200, sync(QJsonObject {})}});
        incus::IncusClient client(server.transport(), kEndpoint, 300000);
        TargetCleanup cleanup(
            client, QStringLiteral("default"), 7, QString(), [](const QString &) {});
        const Status st = cleanup.removeVolumes({QStringLiteral("fast pool")});
        QVERIFY2(st, qPrintable(st ? QString() : st.error().toString()));
        QCOMPARE(
            server.requests.count(QStringLiteral(
                "DELETE /1.0/storage-pools/fast%20pool/volumes/custom/web-disk1?project=default")),
            2);
    }

    void aVolumeGoneAlreadyCountsAsDeleted()
    {
        FakeServer server;
        server.on(QStringLiteral(
                      "GET /1.0/storage-pools/default/volumes/custom?recursion=1&project=default"),
            {{200, sync(QJsonArray {object(QStringLiteral("web-disk1"), ours(7))})}});
        server.on(QStringLiteral("GET /1.0/operations?recursion=1&project=default"),
            {{200, sync(QJsonObject {})}});
        server.on(QStringLiteral(
                      "DELETE /1.0/storage-pools/default/volumes/custom/web-disk1?project=default"),
            {{404, failure(404, QStringLiteral("Storage volume not found"))}});
        incus::IncusClient client(server.transport(), kEndpoint, 300000);
        TargetCleanup cleanup(
            client, QStringLiteral("default"), 7, QString(), [](const QString &) {});
        QVERIFY(cleanup.removeVolumes({QStringLiteral("default")}));
        QCOMPARE(server.requests.size(), 3);
    }

    void aMalformedListDeletesNothing()
    {
        FakeServer server;
        server.on(QStringLiteral("GET /1.0/instances?recursion=1&project=default"),
            {{200, sync(QJsonObject {{QStringLiteral("name"), QStringLiteral("web")}})}});
        incus::IncusClient client(server.transport(), kEndpoint, 300000);
        TargetCleanup cleanup(
            client, QStringLiteral("default"), 7, QString(), [](const QString &) {});
        const Status st = cleanup.removeInstances();
        QVERIFY(!st);
        QCOMPARE(server.requests.size(), 1);
    }
    // A clustered Incus 6.23 lists a member-local pool's volumes of every member, each with its
    // `location` (custom-volumes-clustered-incus-6.23.json): ours go with ?target=<member>, once
    // per member even when two members hold one by the same name; the foreign one stays.
    void clusteredLocalVolumesAreDeletedOnTheirMember()
    {
        FakeServer server;
        server.on(QStringLiteral(
                      "GET /1.0/storage-pools/local/volumes/custom?recursion=1&project=default"),
            {{200, releaseFixture(QStringLiteral("custom-volumes-clustered-incus-6.23.json"))}});
        server.on(QStringLiteral("GET /1.0/operations?recursion=1&project=default"),
            {{200, sync(QJsonObject {})}});
        for (const QString &member : {QStringLiteral("node1"), QStringLiteral("node2")})
            server.on(QStringLiteral("DELETE /1.0/storage-pools/local/volumes/custom/"
                                     "web01-disk1?project=default&target=")
                    + member,
                {{200, sync(QJsonObject {})}});
        incus::IncusClient client(server.transport(), kEndpoint, 300000);
        QStringList logged;
        TargetCleanup cleanup(client, QStringLiteral("default"), 7,
            ours(7).value(incus::marker::InstanceUuid),
            [&](const QString &line) { logged << line; });
        const Status st = cleanup.removeVolumes({QStringLiteral("local")});
        QVERIFY2(st, qPrintable(st ? QString() : st.error().toString()));
        QStringList deletes = server.requests.filter(QStringLiteral("DELETE "));
        QCOMPARE(deletes,
            QStringList({QStringLiteral("DELETE /1.0/storage-pools/local/volumes/custom/"
                                        "web01-disk1?project=default&target=node2"),
                QStringLiteral("DELETE /1.0/storage-pools/local/volumes/custom/"
                               "web01-disk1?project=default&target=node1")}));
        QCOMPARE(logged.size(), 2);
        QVERIFY(logged.at(0).contains(QStringLiteral("node2")));
    }

    // A server that is not clustered says location "none" (LXD 5.0.2, the lab; Incus alike):
    // no ?target= is sent, which such a server would refuse ("Target only allowed when
    // clustered", cmd/incusd/instances_post.go at v6.23.0).
    void notClusteredSendsNoTarget()
    {
        FakeServer server;
        QJsonObject volume = object(QStringLiteral("web-disk1"), ours(7));
        volume.insert(QStringLiteral("location"), QStringLiteral("none"));
        server.on(QStringLiteral(
                      "GET /1.0/storage-pools/default/volumes/custom?recursion=1&project=default"),
            {{200, sync(QJsonArray {volume})}});
        server.on(QStringLiteral("GET /1.0/operations?recursion=1&project=default"),
            {{200, sync(QJsonObject {})}});
        server.on(QStringLiteral(
                      "DELETE /1.0/storage-pools/default/volumes/custom/web-disk1?project=default"),
            {{200, sync(QJsonObject {})}});
        incus::IncusClient client(server.transport(), kEndpoint, 300000);
        TargetCleanup cleanup(
            client, QStringLiteral("default"), 7, QString(), [](const QString &) {});
        const Status st = cleanup.removeVolumes({QStringLiteral("default")});
        QVERIFY2(st, qPrintable(st ? QString() : st.error().toString()));
        for (const QString &r : std::as_const(server.requests))
            QVERIFY2(!r.contains(QStringLiteral("target=")), qPrintable(r));
    }
};

QTEST_GUILESS_MAIN(TestTargetCleanup)
#include "test_targetcleanup.moc"
