// What the engine reads back from a target about its own earlier work (engine/targetstate.h):
// leftovers by their markers, a foreign holder of the name, operations still holding an object,
// the reconfiguring PUT body, and malformed answers.
#include "engine/targetstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace ferry;
using namespace ferry::engine;

namespace {

QJsonValue json(const char *text)
{
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(text));
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

const QString kUuid = QStringLiteral("4211aaaa-0000-1111-2222-333344445555");

} // namespace

class TestTargetState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oursByEntryAndUuid()
    {
        const QJsonValue list = json(R"([
            {"name": "web-01", "config": {"user.ferry.queue_entry": "7",
                "user.ferry.instance_uuid": "4211AAAA-0000-1111-2222-333344445555"}},
            {"name": "web-01-other-db", "config": {"user.ferry.queue_entry": "7",
                "user.ferry.instance_uuid": "99999999-0000-1111-2222-333344445555"}},
            {"name": "web-02", "config": {"user.ferry.queue_entry": "8"}},
            {"name": "db", "config": {}}
        ])");
        auto found = targetstate::leftovers(
            list, 7, kUuid, QStringLiteral("web-01"), QStringLiteral("instances"));
        QVERIFY(found);
        QCOMPARE(found->ours, QStringList {QStringLiteral("web-01")});
        QVERIFY(!found->nameTaken);
        // Without a UUID (an entry whose VM has none), the entry id alone.
        found = targetstate::leftovers(list, 7, {}, {}, QStringLiteral("instances"));
        QCOMPARE(found->ours.size(), 2);
    }

    void foreignHolderOfTheName()
    {
        const QJsonValue list = json(R"([{"name": "db", "config": {"user.ferry.queue_entry": "3"}},
            {"name": "web", "config": {"user.ferry.queue_entry": "7"}}])");
        auto found = targetstate::leftovers(
            list, 7, kUuid, QStringLiteral("db"), QStringLiteral("instances"));
        QVERIFY(found);
        QVERIFY(found->nameTaken);
        // "web" is entry 7's by id but not by UUID: another Ferry database's; not ours.
        QVERIFY(found->ours.isEmpty());
    }

    void malformedAnswers_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("error");
        QTest::newRow("object") << QByteArray(R"({"name": "x"})") << QStringLiteral("not a list");
        QTest::newRow("string element")
            << QByteArray(R"(["/1.0/instances/web"])") << QStringLiteral("not an object");
        QTest::newRow("ours, no name")
            << QByteArray(R"([{"config": {"user.ferry.queue_entry": "7"}}])")
            << QStringLiteral("unusable name");
        QTest::newRow("ours, a path in the name")
            << QByteArray(R"([{"name": "../../1.0/storage-pools/default",
                "config": {"user.ferry.queue_entry": "7"}}])")
            << QStringLiteral("unusable name");
        QTest::newRow("ours, a query in the name") << QByteArray(R"([{"name": "web?project=other",
                "config": {"user.ferry.queue_entry": "7"}}])")
                                                   << QStringLiteral("unusable name");
    }
    void malformedAnswers()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, error);
        QJsonParseError pe;
        const QJsonDocument d = QJsonDocument::fromJson(answer, &pe);
        QCOMPARE(pe.error, QJsonParseError::NoError);
        const QJsonValue v = d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
        const auto found = targetstate::leftovers(v, 7, {}, {}, QStringLiteral("instances"));
        QVERIFY(!found);
        QVERIFY2(found.error().message.contains(error), qPrintable(found.error().message));
        QCOMPARE(found.error().code, Error::Code::Server);
    }

    void foreignObjectsWithOddNamesAreLeftAlone()
    {
        const auto found = targetstate::leftovers(
            json(R"([{"name": "", "config": {}}, {"name": 5}, {"config": "x"}])"), 7, {},
            QStringLiteral("web"), QStringLiteral("volumes"));
        QVERIFY(found);
        QVERIFY(found->ours.isEmpty());
        QVERIFY(!found->nameTaken);
    }

    void operationsHoldingAnObject()
    {
        const QJsonValue ops = json(R"({
            "running": [
                {"id": "a1", "resources": {"instances": ["/1.0/instances/web?project=p"]}},
                {"id": "b2", "resources": {"instances": ["/1.0/instances/web-2"]}},
                {"id": "c3", "resources": {"storage_volumes":
                    ["/1.0/storage-pools/default/volumes/custom/web-disk1"]}},
                {"id": "a1", "resources": {"instances": ["/1.0/instances/web"]}},
                {"id": "../x", "resources": {"instances": ["/1.0/instances/web"]}},
                "junk", {"id": 4}, {"resources": []}
            ],
            "pending": [{"id": "d4", "resources": {"instances": ["/1.0/instances/web"]}}],
            "success": [{"id": "e5", "resources": {"instances": ["/1.0/instances/web"]}}]
        })");
        QCOMPARE(targetstate::operationsHolding(ops, QStringLiteral("/1.0/instances/web")),
            (QStringList {QStringLiteral("a1"), QStringLiteral("d4")}));
        QCOMPARE(targetstate::operationsHolding(
                     ops, QStringLiteral("/1.0/storage-pools/default/volumes/custom/web-disk1")),
            QStringList {QStringLiteral("c3")});
        QVERIFY(targetstate::operationsHolding(json("[1, 2]"), QStringLiteral("/1.0/instances/web"))
                    .isEmpty());
    }

    void reconfiguredBody()
    {
        const QJsonValue current = json(R"({"name": "web", "architecture": "x86_64",
            "profiles": [], "stateful": false, "status": "Stopped", "ephemeral": false,
            "config": {"volatile.uuid": "u", "limits.cpu": "1"},
            "devices": {"root": {"type": "disk", "path": "/", "pool": "default"}}})");
        const QJsonObject nic {{QStringLiteral("type"), QStringLiteral("nic")},
            {QStringLiteral("network"), QStringLiteral("br0")}};
        auto put = targetstate::reconfigured(current,
            {{QStringLiteral("limits.cpu"), QStringLiteral("4")},
                {QStringLiteral("user.ferry.batch"), QStringLiteral("wave1")}},
            {{QStringLiteral("eth0"), nic}});
        QVERIFY(put);
        QCOMPARE(put->value(QStringLiteral("architecture")).toString(), QStringLiteral("x86_64"));
        QVERIFY(!put->contains(QStringLiteral("status"))); // read-only fields stay out
        QVERIFY(!put->contains(QStringLiteral("description"))); // absent stays absent
        const QJsonObject config = put->value(QStringLiteral("config")).toObject();
        QCOMPARE(config.value(QStringLiteral("limits.cpu")).toString(), QStringLiteral("4"));
        QCOMPARE(config.value(QStringLiteral("volatile.uuid")).toString(), QStringLiteral("u"));
        QCOMPARE(
            config.value(QStringLiteral("user.ferry.batch")).toString(), QStringLiteral("wave1"));
        const QJsonObject devices = put->value(QStringLiteral("devices")).toObject();
        QCOMPARE(devices.size(), 2);
        QCOMPARE(devices.value(QStringLiteral("eth0")).toObject(), nic);

        QVERIFY(!targetstate::reconfigured(json("[]"), {}, {}));
    }
};

QTEST_GUILESS_MAIN(TestTargetState)
#include "test_targetstate.moc"
