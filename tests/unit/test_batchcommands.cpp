// ferryctl batch ... as a process against a prepared database: the seed's add/edit/show/info
// session, refused YAML with line and column (nothing saved), the editor loop on a terminal,
// list, placement, start, stop, reset and remove.
#include "common/processrun.h"
#include "store/database.h"
#include "test_batchsupport.h"
#include "util/paths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace ferry;
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

class TestBatchCommands final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    BatchWorld m_world;

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    Run ferryctl(const QStringList &args, const QByteArray &input = {},
        const QProcessEnvironment &extra = {})
    {
        return ferry::test::runFerryctl(
            dataDir(), args, input, ferry::test::childEnvironment(extra), 60000);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(dataDir()).removeRecursively();
        QVERIFY(QDir().mkpath(dataDir()));
        // The world's database is the one ferryctl uses.
        m_world = BatchWorld();
        m_world.dir.reset();
        auto db = Database::open(databaseFile(dataDir()));
        VERIFY_OK(db);
        m_world.db = *db;
        Source s;
        s.name = QStringLiteral("vc01");
        s.endpoint = QStringLiteral("https://127.0.0.1/sdk");
        auto source = SourceRepository(m_world.db).insert(s);
        VERIFY_OK(source);
        m_world.sourceId = *source;
        auto target = m_world.addTarget(incusTarget());
        VERIFY_OK(target);
        Network n = vmNetwork();
        n.sourceId = m_world.sourceId;
        auto network = NetworkRepository(m_world.db).save(n);
        VERIFY_OK(network);
        for (const char *name : {"Win2016", "CentOS 9 UEFI", "web01"}) {
            Instance vm = goodInstance(QString::fromLatin1(name), *network);
            vm.location = QStringLiteral("/ha-datacenter/vm/") + vm.name;
            vm.name.remove(QLatin1Char(' '));
            VERIFY_OK(m_world.addInstance(vm));
        }
    }

    void cleanup() { m_world.db.reset(); }

    // Must show 2: the seed's session, and the document comes back as it went in.
    void seedSession()
    {
        Run r
            = ferryctl({QStringLiteral("batch"), QStringLiteral("add"), QStringLiteral("batch01")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Successfully added new batch \"batch01\".\n"));

        const QByteArray seed = fixture(QStringLiteral("seed.yaml"));
        r = ferryctl(
            {QStringLiteral("batch"), QStringLiteral("edit"), QStringLiteral("batch01")}, seed);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        r = ferryctl({QStringLiteral("batch"), QStringLiteral("show"), QStringLiteral("batch01")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString::fromUtf8(seed));

        r = ferryctl({QStringLiteral("batch"), QStringLiteral("info"), QStringLiteral("batch01")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
            QStringLiteral("Matched Instances:\n  - /ha-datacenter/vm/CentOS 9 UEFI\n  - "
                           "/ha-datacenter/vm/Win2016\n\nQueued Instances:\n"));

        // The shown YAML fed back is a no-op.
        r = ferryctl(
            {QStringLiteral("batch"), QStringLiteral("edit"), QStringLiteral("batch01")}, seed);
        QCOMPARE(r.exitCode, 0);
        r = ferryctl({QStringLiteral("batch"), QStringLiteral("show"), QStringLiteral("batch01")});
        QCOMPARE(r.out, QString::fromUtf8(seed));
    }

    // Must show 3.
    void invalidYamlSavesNothing_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error");
        QTest::newRow("syntax") << QByteArray("name: batch01\nmigration_windows: [\n")
                                << QStringLiteral(
                                       "Error: line 3, column 1: This is not valid YAML");
        QTest::newRow("unknown key")
            << QByteArray("name: batch01\ninclude_expresion: \"true\"\n")
            << QStringLiteral("Error: line 2, column 1: Unknown key "
                              "\"include_expresion\" in the batch. Did you "
                              "mean \"include_expression\"?");
        QTest::newRow("expression") << QByteArray(
            "name: batch01\ninclude_expression: \"len(disks) == 1 and location "
            "matchs 'Win'\"\n") << QStringLiteral("Error: line 2, column ");
        QTest::newRow("window")
            << QByteArray("name: batch01\nmigration_windows:\n  - name: w\n    start: 2025-12-01 "
                          "01:10:00\n    end: 2025-12-01 01:00:00\n")
            << QStringLiteral("Error: line 5, column 10: The window \"w\" ends (2025-12-01 "
                              "01:00:00) before it starts (2025-12-01 01:10:00).");
        QTest::newRow("target") << QByteArray(
            "name: batch01\ndefaults:\n  placement:\n    target: incus1\n")
                                << QStringLiteral("Error: line 4, column 13: Unknown target "
                                                  "\"incus1\". Did you mean \"incus01\"?");
    }

    void invalidYamlSavesNothing()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, error);
        QCOMPARE(
            ferryctl({QStringLiteral("batch"), QStringLiteral("add"), QStringLiteral("batch01")})
                .exitCode,
            0);
        const QString before
            = ferryctl({QStringLiteral("batch"), QStringLiteral("show"), QStringLiteral("batch01")})
                  .out;
        const Run r = ferryctl(
            {QStringLiteral("batch"), QStringLiteral("edit"), QStringLiteral("batch01")}, yaml);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(error), qPrintable(r.err));
        QVERIFY(r.err.endsWith(QStringLiteral("Nothing was saved.\n")));
        QCOMPARE(
            ferryctl({QStringLiteral("batch"), QStringLiteral("show"), QStringLiteral("batch01")})
                .out,
            before);
        // add --file refuses the same way and adds nothing.
        const QString file = m_dir.filePath(QStringLiteral("bad.yaml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(yaml).replace("batch01", "batch02"));
        f.close();
        const Run add = ferryctl({QStringLiteral("batch"), QStringLiteral("add"),
            QStringLiteral("batch02"), QStringLiteral("--file"), file});
        QCOMPARE(add.exitCode, 1);
        QVERIFY2(add.err.contains(QStringLiteral("line ")), qPrintable(add.err));
        QCOMPARE(ferryctl({QStringLiteral("batch"), QStringLiteral("list"),
                              QStringLiteral("--format"), QStringLiteral("json")})
                     .out.count(QStringLiteral("\"name\"")),
            1);
    }

    // On a terminal: $EDITOR, and an invalid document reopens with the error as a comment.
    void editorLoop()
    {
        // script (bsdutils, essential on Debian) gives ferryctl a terminal.
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty(),
            "script (util-linux) is missing: it gives ferryctl a terminal");
        QCOMPARE(ferryctl({QStringLiteral("batch"), QStringLiteral("add"), QStringLiteral("b")})
                     .exitCode,
            0);
        const QString editor = m_dir.filePath(QStringLiteral("editor.sh"));
        QFile f(editor);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // First round: break the name key; second: fix it and select everything.
        f.write("#!/bin/sh\n"
                "n=$(cat \"$EDIT_DIR/count\" 2>/dev/null || echo 0); n=$((n+1)); echo $n > "
                "\"$EDIT_DIR/count\"\n"
                "cp \"$1\" \"$EDIT_DIR/seen-$n.yaml\"\n"
                "if [ $n = 1 ]; then sed -i 's/^name: b$/nmae: b/' \"$1\";\n"
                "else sed -i 's/^nmae: b$/name: b/; s/^include_expression: .*/include_expression: "
                "\"true\"/' \"$1\"; fi\n");
        f.close();
        QFile::setPermissions(editor, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env;
        env.insert(QStringLiteral("EDITOR"), editor);
        env.insert(QStringLiteral("VISUAL"), QString());
        env.insert(QStringLiteral("EDIT_DIR"), m_dir.path());
        const QString command = QStringLiteral("'%1' --data-dir '%2' batch edit b")
                                    .arg(ferry::test::ferryctlPath(), dataDir());
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString &k : env.keys())
            e.insert(k, env.value(k));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral("script"),
            {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
        QVERIFY(p.waitForStarted());
        p.write("\n"); // "Press Enter to open the editor again"
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAll());
        QVERIFY2(
            out.contains(QStringLiteral("Successfully updated batch \"b\".")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Unknown key \"nmae\"")), qPrintable(out));

        QFile first(m_dir.filePath(QStringLiteral("seen-1.yaml")));
        QVERIFY(first.open(QIODevice::ReadOnly));
        const QByteArray firstText = first.readAll();
        QVERIFY(
            firstText.startsWith("### This is a YAML representation of batch configuration.\n"));
        QVERIFY(firstText.contains("\nname: b\n"));
        QFile second(m_dir.filePath(QStringLiteral("seen-2.yaml")));
        QVERIFY(second.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = second.readAll().split('\n');
        const int errorLine = int(lines.indexOf("nmae: b")) + 1;
        QVERIFY(errorLine > 0);
        QCOMPARE(lines.at(3),
            QByteArray("### Error: line ") + QByteArray::number(errorLine)
                + ", column 1: Unknown key \"nmae\" in the batch. Did you mean \"name\"?");
        QCOMPARE(lines.at(4),
            QByteArray("### Error: line ") + QByteArray::number(errorLine)
                + ", column 1: The batch needs a name (name: ...).");
        const Run show
            = ferryctl({QStringLiteral("batch"), QStringLiteral("show"), QStringLiteral("b")});
        QVERIFY(show.out.contains(QStringLiteral("include_expression: \"true\"\n")));
    }

    void lifecycle()
    {
        QVERIFY(ferryctl({QStringLiteral("batch"), QStringLiteral("add"), QStringLiteral("wave"),
                             QStringLiteral("--file"), QStringLiteral("-")},
                    "name: wave\ninclude_expression: \"location matches "
                    "'web01|Win2016'\"\ndefaults:\n  "
                    "placement:\n    target: incus01\n")
                    .exitCode
            == 0);
        Run r = ferryctl(
            {QStringLiteral("batch"), QStringLiteral("placement"), QStringLiteral("wave")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("/ha-datacenter/vm/web01: READY\n  target: incus01, "
                                               "project: default\n")),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("2 ready, 0 blocked, 0 skipped (a dry run")));
        r = ferryctl({QStringLiteral("batch"), QStringLiteral("placement"), QStringLiteral("wave"),
            QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray plans = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(plans.size(), 2);
        QCOMPARE(plans[0][QStringLiteral("placement")][QStringLiteral("target_name")].toString(),
            QStringLiteral("incus01"));

        r = ferryctl({QStringLiteral("batch"), QStringLiteral("start"), QStringLiteral("wave")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Successfully started batch \"wave\".\nQueued: 2 "
                                                 "waiting, 0 blocked\n")),
            qPrintable(r.out));
        r = ferryctl({QStringLiteral("batch"), QStringLiteral("info"), QStringLiteral("wave")});
        QVERIFY(
            r.out.endsWith(QStringLiteral("Queued Instances:\n  - /ha-datacenter/vm/Win2016 "
                                          "(Waiting)\n  - /ha-datacenter/vm/web01 (Waiting)\n")));
        r = ferryctl({QStringLiteral("batch"), QStringLiteral("list"), QStringLiteral("--format"),
            QStringLiteral("json")});
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][QStringLiteral("status")].toString(), QStringLiteral("Running"));
        QCOMPARE(list[0][QStringLiteral("target")].toString(), QStringLiteral("incus01"));

        r = ferryctl({QStringLiteral("batch"), QStringLiteral("remove"), QStringLiteral("wave")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("stop it first")));
        QCOMPARE(
            ferryctl({QStringLiteral("batch"), QStringLiteral("stop"), QStringLiteral("wave")}).out,
            QStringLiteral("Successfully stopped batch \"wave\".\n"));
        QCOMPARE(
            ferryctl({QStringLiteral("batch"), QStringLiteral("reset"), QStringLiteral("wave")})
                .out,
            QStringLiteral("Successfully reset batch \"wave\" (2 queue entries removed).\n"));
        QCOMPARE(
            ferryctl({QStringLiteral("batch"), QStringLiteral("remove"), QStringLiteral("wave")})
                .out,
            QStringLiteral("Successfully removed batch \"wave\".\n"));
    }

    void showJson()
    {
        QVERIFY(ferryctl({QStringLiteral("batch"), QStringLiteral("add"), QStringLiteral("b"),
                             QStringLiteral("--file"), QStringLiteral("-")},
                    fixture(QStringLiteral("seed.yaml")).replace("batch01", "b"))
                    .exitCode
            == 0);
        const Run r = ferryctl({QStringLiteral("batch"), QStringLiteral("show"),
            QStringLiteral("b"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("Defined"));
        QCOMPARE(o[QStringLiteral("migration_windows")][0][QStringLiteral("start")].toString(),
            QStringLiteral("2025-12-01T01:00:00Z"));
        QCOMPARE(o[QStringLiteral("config")][QStringLiteral("background_sync_interval")].toString(),
            QStringLiteral("1h"));
        QCOMPARE(
            o[QStringLiteral("defaults")][QStringLiteral("placement")][QStringLiteral("target")]
                .toString(),
            QStringLiteral("incus01"));
    }

    // --convert-guests / --no-convert-guests on add and edit, and what show says of them.
    void convertGuestsFlags()
    {
        const auto convertGuests = [this](const QString &name) {
            const Run r = ferryctl({QStringLiteral("batch"), QStringLiteral("show"), name,
                QStringLiteral("--format"), QStringLiteral("json")});
            const QJsonObject config = QJsonDocument::fromJson(r.out.toUtf8())
                                           .object()[QStringLiteral("config")]
                                           .toObject();
            return config.contains(QStringLiteral("convert_guests"))
                ? QVariant(config[QStringLiteral("convert_guests")].toBool())
                : QVariant();
        };
        const auto show = [this](const QString &name) {
            return ferryctl({QStringLiteral("batch"), QStringLiteral("show"), name}).out;
        };

        // The stub: on by default, off with the flag.
        Run r = ferryctl({QStringLiteral("batch"), QStringLiteral("add"), QStringLiteral("plain")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(convertGuests(QStringLiteral("plain")), QVariant(true));
        QVERIFY(!show(QStringLiteral("plain")).contains(QStringLiteral("convert_guests")));
        r = ferryctl({QStringLiteral("batch"), QStringLiteral("add"), QStringLiteral("off"),
            QStringLiteral("--no-convert-guests")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(convertGuests(QStringLiteral("off")), QVariant(false));
        QVERIFY(
            show(QStringLiteral("off")).endsWith(QStringLiteral("    convert_guests: false\n")));

        // From a file, the flag wins over the document.
        const QByteArray seed = fixture(QStringLiteral("seed.yaml")).replace("batch01", "fromfile");
        r = ferryctl({QStringLiteral("batch"), QStringLiteral("add"), QStringLiteral("fromfile"),
                         QStringLiteral("--file"), QStringLiteral("-"),
                         QStringLiteral("--no-convert-guests")},
            seed);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(convertGuests(QStringLiteral("fromfile")), QVariant(false));
        QCOMPARE(show(QStringLiteral("fromfile")),
            QString::fromUtf8(seed + "    convert_guests: false\n"));

        // edit with the flag alone changes that option only, without reading stdin.
        r = ferryctl({QStringLiteral("batch"), QStringLiteral("edit"), QStringLiteral("fromfile"),
                         QStringLiteral("--convert-guests")},
            "not: [a batch");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Successfully updated batch \"fromfile\".\n"));
        QCOMPARE(convertGuests(QStringLiteral("fromfile")), QVariant(true));
        QCOMPARE(show(QStringLiteral("fromfile")), QString::fromUtf8(seed));
        // With a document (--file -) the flag applies on top of it.
        r = ferryctl({QStringLiteral("batch"), QStringLiteral("edit"), QStringLiteral("plain"),
                         QStringLiteral("--file"), QStringLiteral("-"),
                         QStringLiteral("--no-convert-guests")},
            "name: plain\ninclude_expression: \"true\"\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(convertGuests(QStringLiteral("plain")), QVariant(false));
        QVERIFY(
            show(QStringLiteral("plain")).contains(QStringLiteral("include_expression: \"true\"")));
        // A refused document keeps its own line numbers, and nothing is saved.
        r = ferryctl(
            {QStringLiteral("batch"), QStringLiteral("edit"), QStringLiteral("plain"),
                QStringLiteral("--file"), QStringLiteral("-"), QStringLiteral("--convert-guests")},
            "name: plain\nconfig:\n    convert_guests: maybe\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("Error: line 3, column 21: "
                                                 "config.convert_guests must be true or false")),
            qPrintable(r.err));
        QCOMPARE(convertGuests(QStringLiteral("plain")), QVariant(false));

        // Both flags: a usage error, nothing added.
        r = ferryctl({QStringLiteral("batch"), QStringLiteral("add"), QStringLiteral("both"),
            QStringLiteral("--convert-guests"), QStringLiteral("--no-convert-guests")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err,
            QStringLiteral("Error: give --convert-guests or --no-convert-guests, not both.\n"));
        QCOMPARE(convertGuests(QStringLiteral("both")), QVariant());

        // On a terminal, show ends with the option as a comment; piped it does not (above).
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty(),
            "script (util-linux) is missing: it gives ferryctl a terminal");
        for (const auto &[name, line] :
            {std::pair {QStringLiteral("plain"), QStringLiteral("# Guest conversion: off")},
                std::pair {QStringLiteral("fromfile"), QStringLiteral("# Guest conversion: on")}}) {
            QProcess p;
            p.setProcessEnvironment(ferry::test::childEnvironment({}));
            p.start(QStringLiteral("script"),
                {QStringLiteral("-qec"),
                    QStringLiteral("'%1' --data-dir '%2' batch show %3")
                        .arg(ferry::test::ferryctlPath(), dataDir(), name),
                    QStringLiteral("/dev/null")});
            QVERIFY(p.waitForStarted());
            QVERIFY(p.waitForFinished(60000));
            const QString out = QString::fromUtf8(p.readAll()).remove(QLatin1Char('\r'));
            QVERIFY2(out.endsWith(line + QLatin1Char('\n')), qPrintable(out));
        }
    }

    void help()
    {
        const Run r = ferryctl({QStringLiteral("help"), QStringLiteral("batch")});
        QCOMPARE(r.exitCode, 0);
        for (const char *verb : {"add", "edit", "show", "info", "list", "remove", "placement",
                 "start", "stop", "reset"})
            QVERIFY2(
                r.out.contains(QStringLiteral("Usage: ferryctl batch %1").arg(QLatin1String(verb))),
                verb);
        QVERIFY(r.out.contains(QStringLiteral("--no-convert-guests")));
    }
};

QTEST_GUILESS_MAIN(TestBatchCommands)
#include "test_batchcommands.moc"
