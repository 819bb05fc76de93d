// Batches end to end with ferryctl against the lab: the vCenter simulator synced as a source,
// the lab's LXD as the target "incus01" (as in the seed), then the seed's session: batch add,
// batch edit from standard input, batch show (the same text), batch info; refused YAML with
// line and column that saves nothing; a batch over lab VMs with a placement script, its dry run
// and its start.
#include "common/labenv.h"
#include "common/processrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ferry::test;

namespace {

using Run = ferry::test::ProcessRun;

QByteArray fixture(const QString &name)
{
    QFile f(qEnvironmentVariable("FERRY_TEST_SOURCE_DIR") + QStringLiteral("/tests/fixtures/batch/")
        + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestBatches final : public QObject
{
    Q_OBJECT

private:
    LabEnv m_lab;
    QTemporaryDir m_tmp;

    Run ferryctl(const QStringList &args, const QByteArray &input = {})
    {
        QProcessEnvironment lab;
        lab.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_lab["FERRY_LAB_DBUS_ADDRESS"]);
        lab.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_lab["FERRY_LAB_XDG_RUNTIME_DIR"]);
        return runFerryctl(
            m_tmp.filePath(QStringLiteral("data")), args, input, childEnvironment(lab));
    }

    QString show(const QString &batch)
    {
        return ferryctl({QStringLiteral("batch"), QStringLiteral("show"), batch}).out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = LabEnv::load();
        FERRY_REQUIRE_LAB(m_lab, "keyring", "vc", "lxd");
        QVERIFY(m_tmp.isValid());
        Run r = ferryctl(
            {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("vc01"),
                m_lab["FERRY_LAB_VC_HOST_PORT"], QStringLiteral("--username"),
                m_lab["FERRY_LAB_VC_USER"], QStringLiteral("--password-stdin"),
                QStringLiteral("--trusted-cert-fingerprint"), m_lab["FERRY_LAB_VC_FINGERPRINT"]},
            m_lab["FERRY_LAB_VC_PASSWORD"].toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = ferryctl({QStringLiteral("source"), QStringLiteral("sync"), QStringLiteral("vc01")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The seed's target name, on the lab's LXD (its pool and project are both "default").
        r = ferryctl({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("incus01"),
            m_lab["FERRY_LAB_LXD_URL"], QStringLiteral("--tls-cert"),
            m_lab["FERRY_LAB_LXD_CLIENT_CERT"], QStringLiteral("--tls-key"),
            m_lab["FERRY_LAB_LXD_CLIENT_KEY"], QStringLiteral("--trusted-cert-fingerprint"),
            m_lab["FERRY_LAB_LXD_FINGERPRINT"]});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = ferryctl(
            {QStringLiteral("target"), QStringLiteral("refresh"), QStringLiteral("incus01")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    // Must show 2: the seed's YAML goes in through `batch edit` and comes back from `batch show`
    // as the same text.
    void seedRoundTrip()
    {
        Run r
            = ferryctl({QStringLiteral("batch"), QStringLiteral("add"), QStringLiteral("batch01")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Successfully added new batch \"batch01\".\n"));
        // The stub names the first registered target.
        QVERIFY(
            show(QStringLiteral("batch01")).contains(QStringLiteral("        target: incus01\n")));

        const QByteArray seed = fixture(QStringLiteral("seed.yaml"));
        QVERIFY(!seed.isEmpty());
        r = ferryctl(
            {QStringLiteral("batch"), QStringLiteral("edit"), QStringLiteral("batch01")}, seed);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Successfully updated batch \"batch01\".\n"));
        QCOMPARE(show(QStringLiteral("batch01")), QString::fromUtf8(seed));

        // The lab has no Win2016 or CentOS VM: nothing matches, nothing is queued.
        r = ferryctl({QStringLiteral("batch"), QStringLiteral("info"), QStringLiteral("batch01")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Matched Instances:\n\nQueued Instances:\n"));
    }

    // Must show 3: refused with line and column, and nothing saved.
    void invalidYamlRejected_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("error");
        QTest::newRow("syntax") << QByteArray("    end: 2025-12-01 01:10:00\n")
                                << QByteArray("    end: [2025-12-01 01:10:00\n")
                                << QStringLiteral(
                                       "Error: line 7, column 12: This is not valid YAML");
        QTest::newRow("end before start")
            << QByteArray("    end: 2025-12-01 01:10:00\n")
            << QByteArray("    end: 2025-12-01 00:10:00\n")
            << QStringLiteral("Error: line 6, column 10: The window \"window1\" ends");
        QTest::newRow("expression")
            << QByteArray("len(disks) == 1\"") << QByteArray("len(disks) = 1\"")
            << QStringLiteral("Error: line 2, column ");
        QTest::newRow("unknown key")
            << QByteArray("    rerun_scriptlets: false\n")
            << QByteArray("    rerun_scriptlet: false\n")
            << QStringLiteral("Error: line 15, column 5: Unknown key "
                              "\"rerun_scriptlet\" in config. Did you mean "
                              "\"rerun_scriptlets\"?");
        // Checked against the inventory read from the lab's LXD.
        QTest::newRow("pool of the live target")
            << QByteArray("        storage_pool: default\n")
            << QByteArray("        storage_pool: nvme\n")
            << QStringLiteral("Error: line 12, column 23: The target \"incus01\" has no storage "
                              "pool \"nvme\"");
        QTest::newRow("project of the live target")
            << QByteArray("        target_project: default\n")
            << QByteArray("        target_project: staging\n")
            << QStringLiteral("Error: line 11, column 25: The target \"incus01\" has no project "
                              "\"staging\"");
        QTest::newRow("final limit") << QByteArray("    final_background_sync_limit: 10m\n")
                                     << QByteArray("    final_background_sync_limit: 2h\n")
                                     << QStringLiteral("Error: line 23, column 34: "
                                                       "config.final_background_sync_limit (2h)");
    }

    void invalidYamlRejected()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, error);
        const QString before = show(QStringLiteral("batch01"));
        QByteArray yaml = fixture(QStringLiteral("seed.yaml"));
        QVERIFY(yaml.contains(from));
        yaml.replace(from, to);
        const Run r = ferryctl(
            {QStringLiteral("batch"), QStringLiteral("edit"), QStringLiteral("batch01")}, yaml);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(error), qPrintable(r.err));
        QVERIFY(r.err.endsWith(QStringLiteral("Nothing was saved.\n")));
        QCOMPARE(show(QStringLiteral("batch01")), before);
    }

    // A batch over three lab VMs, placed by a script on the lab's bridge.
    void placementAndStart()
    {
        const QString bridge = m_lab["FERRY_LAB_LXD_BRIDGE"];
        QVERIFY(!bridge.isEmpty());
        const QByteArray yaml = QStringLiteral(
            "name: lab\n"
            "include_expression: \"path_base(location) in ['web 01 (prod)', 'cbt-vm', "
            "'app 02']\"\n"
            "migration_windows:\n  - name: tonight\n    start: 2099-12-01 22:00:00\n    "
            "end: 2099-12-02 04:00:00\n"
            "defaults:\n    placement:\n        target: incus01\n"
            "config:\n    placement_scriptlet: |\n"
            "        function placement(instance, batch) {\n"
            "            log_info(\"placing\", instance.name);\n"
            // One NIC of an instance per managed network (LXD refuses a second): the others
            // bridged on the same bridge.
            "            let first = true;\n"
            "            for (const nic of instance.nics) {\n"
            "                set_network(nic.hardware_address, \"%1\", first ? \"managed\" : "
            "\"bridged\");\n"
            "                first = false;\n"
            "            }\n"
            "        }\n"
            "    instance_restriction_overrides:\n"
            "        allow_unknown_os: true\n"
            "        allow_no_ipv4: true\n"
            "        allow_no_background_import: true\n")
                                    .arg(bridge)
                                    .toUtf8();
        Run r = ferryctl({QStringLiteral("batch"), QStringLiteral("add"), QStringLiteral("lab"),
                             QStringLiteral("--file"), QStringLiteral("-")},
            yaml);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // What Ferry shows, it takes back unchanged.
        const QString shown = show(QStringLiteral("lab"));
        r = ferryctl({QStringLiteral("batch"), QStringLiteral("edit"), QStringLiteral("lab")},
            shown.toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(show(QStringLiteral("lab")), shown);

        r = ferryctl({QStringLiteral("batch"), QStringLiteral("info"), QStringLiteral("lab")});
        QCOMPARE(r.out,
            QStringLiteral(
                "Matched Instances:\n  - /DC0/vm/Team Folder/app 02\n  - /DC0/vm/cbt-vm\n"
                "  - /DC0/vm/web 01 (prod)\n\nQueued Instances:\n"));

        // The dry run: placed on the bridge, with the lab VMs' findings.
        r = ferryctl({QStringLiteral("batch"), QStringLiteral("placement"), QStringLiteral("lab"),
            QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray plans = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(plans.size(), 3);
        QHash<QString, QJsonObject> byLocation;
        for (const QJsonValue &v : plans)
            byLocation.insert(v[QStringLiteral("location")].toString(), v.toObject());
        const auto codes = [&](const QString &location) {
            QStringList out;
            for (const QJsonValue &f :
                byLocation.value(location)[QStringLiteral("findings")].toArray())
                out << f[QStringLiteral("severity")].toString() + QLatin1Char(' ')
                        + f[QStringLiteral("code")].toString();
            return out;
        };
        const QJsonObject web = byLocation.value(QStringLiteral("/DC0/vm/web 01 (prod)"));
        QCOMPARE(web[QStringLiteral("result")].toString(), QStringLiteral("ready"));
        const QJsonObject placement = web[QStringLiteral("placement")].toObject();
        QCOMPARE(placement[QStringLiteral("target_name")].toString(), QStringLiteral("incus01"));
        QCOMPARE(placement[QStringLiteral("storage_pools")].toObject().size(), 3);
        QCOMPARE(placement[QStringLiteral("networks")][QStringLiteral("00:50:56:96:2d:36")]
                          [QStringLiteral("network")]
                              .toString(),
            bridge);
        QCOMPARE(placement[QStringLiteral("script_log")][0][QStringLiteral("message")].toString(),
            QStringLiteral("placing web 01 (prod)"));
        // The lab bridge has no addresses: the VM's IPv4 is not reserved there.
        QVERIFY2(codes(QStringLiteral("/DC0/vm/web 01 (prod)"))
                     .contains(QStringLiteral("info network-without-subnet")),
            qPrintable(codes(QStringLiteral("/DC0/vm/web 01 (prod)")).join(QLatin1Char(','))));
        QVERIFY2(codes(QStringLiteral("/DC0/vm/cbt-vm")).contains(QStringLiteral("info snapshots")),
            qPrintable(codes(QStringLiteral("/DC0/vm/cbt-vm")).join(QLatin1Char(','))));

        // Start: every VM queued, none blocked; the batch is Running.
        r = ferryctl({QStringLiteral("batch"), QStringLiteral("start"), QStringLiteral("lab")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Successfully started batch \"lab\".\nQueued: 3 "
                                                 "waiting, 0 blocked\n")),
            qPrintable(r.out));
        r = ferryctl({QStringLiteral("batch"), QStringLiteral("info"), QStringLiteral("lab")});
        QVERIFY2(r.out.endsWith(QStringLiteral("Queued Instances:\n  - /DC0/vm/Team Folder/app 02 "
                                               "(Waiting)\n  - /DC0/vm/cbt-vm (Waiting)\n  - "
                                               "/DC0/vm/web 01 (prod) (Waiting)\n")),
            qPrintable(r.out));
        r = ferryctl({QStringLiteral("batch"), QStringLiteral("list"), QStringLiteral("--format"),
            QStringLiteral("json")});
        bool running = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            running = running
                || (v[QStringLiteral("name")].toString() == QLatin1String("lab")
                    && v[QStringLiteral("status")].toString() == QLatin1String("Running"));
        QVERIFY(running);

        // A running batch keeps its expression.
        QByteArray changed = shown.toUtf8();
        changed.replace("'app 02'", "'app 03'");
        r = ferryctl(
            {QStringLiteral("batch"), QStringLiteral("edit"), QStringLiteral("lab")}, changed);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("Error: line 2, column 21: The include expression "
                                                 "of a batch that has started cannot change")),
            qPrintable(r.err));

        QCOMPARE(ferryctl({QStringLiteral("batch"), QStringLiteral("stop"), QStringLiteral("lab")})
                     .exitCode,
            0);
        r = ferryctl({QStringLiteral("batch"), QStringLiteral("reset"), QStringLiteral("lab")});
        QCOMPARE(
            r.out, QStringLiteral("Successfully reset batch \"lab\" (3 queue entries removed).\n"));
    }
};

QTEST_GUILESS_MAIN(TestBatches)
#include "test_batches.moc"
