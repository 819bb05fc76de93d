// What the engine reads back from a target about its own earlier work (incus/targetstate.h):
// leftovers by their markers, a foreign holder of the name, operations still holding an object,
// the reconfiguring PUT body, and malformed answers.
#include "incus/targetstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace ferry;
using namespace ferry::incus;

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

    void clashesOnTheNetworkFoundBeforeTheCopy()
    {
        const QJsonValue all = json(R"([
            {"name": "web", "project": "other", "config": {},
             "expanded_devices": {"eth0": {"type": "nic", "network": "br0"}}},
            {"name": "db", "project": "other", "config": {"volatile.eth0.hwaddr": "00:0C:29:AA:BB:CC"},
             "expanded_devices": {"eth0": {"type": "nic", "network": "br0"}}},
            {"name": "app", "project": "lab", "config": {},
             "expanded_devices": {"eth0": {"type": "nic", "nictype": "bridged", "parent": "br1",
                                           "hwaddr": "00:0c:29:00:00:01"}}},
            {"name": "mine", "project": "default",
             "config": {"user.ferry.queue_entry": "7"},
             "expanded_devices": {"eth0": {"type": "nic", "network": "br0",
                                           "hwaddr": "00:0c:29:00:00:02"}}},
            {"name": "elsewhere", "project": "default", "config": {},
             "expanded_devices": {"eth0": {"type": "nic", "network": "br9",
                                           "hwaddr": "00:0c:29:00:00:03"}}}
        ])");
        const QStringList br0 {QStringLiteral("br0")};
        // The same name in another project on the same managed network.
        QString clash = targetstate::nicClash(
            all, QStringLiteral("web"), QStringLiteral("default"), br0, {}, 7, {});
        QVERIFY2(clash.contains(QStringLiteral("project other")), qPrintable(clash));
        // Not on that network, or in the same project (that is the plain conflict): none.
        QVERIFY(targetstate::nicClash(all, QStringLiteral("web"), QStringLiteral("default"),
            {QStringLiteral("br5")}, {}, 7, {})
                    .isEmpty());
        QVERIFY(targetstate::nicClash(
            all, QStringLiteral("web"), QStringLiteral("other"), br0, {}, 7, {})
                    .isEmpty());
        // A MAC on the network, from the config's volatile key, in any case.
        clash = targetstate::nicClash(all, QStringLiteral("new"), QStringLiteral("default"), br0,
            {QStringLiteral("00:0c:29:aa:bb:cc")}, 7, {});
        QVERIFY2(clash.contains(QStringLiteral("00:0c:29:aa:bb:cc"))
                && clash.contains(QLatin1String("instance db")),
            qPrintable(clash));
        // A bridged NIC's network is its parent.
        QVERIFY(!targetstate::nicClash(all, QStringLiteral("new"), QStringLiteral("default"),
            {QStringLiteral("br1")}, {QStringLiteral("00:0c:29:00:00:01")}, 7, {})
                     .isEmpty());
        // Ours (deleted before the copy) and other networks do not count.
        QVERIFY(targetstate::nicClash(all, QStringLiteral("mine"), QStringLiteral("x"), br0,
            {QStringLiteral("00:0c:29:00:00:02")}, 7, {})
                    .isEmpty());
        QVERIFY(targetstate::nicClash(all, QStringLiteral("new"), QStringLiteral("default"), br0,
            {QStringLiteral("00:0c:29:00:00:03")}, 7, {})
                    .isEmpty());
        // Malformed: nothing found.
        QVERIFY(
            targetstate::nicClash(json(R"({"a": 1})"), QStringLiteral("web"), {}, br0, {}, 7, {})
                .isEmpty());
        QVERIFY(targetstate::nicClash(json(R"([1, "x", {"expanded_devices": []}])"),
            QStringLiteral("web"), {}, br0, {}, 7, {})
                    .isEmpty());
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
