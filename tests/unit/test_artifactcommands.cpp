// ferryctl artifact add|list|show|remove as a process against a temporary data directory, with a
// small virtio-win ISO made by xorriso: what each prints (table, JSON, YAML), where the file goes,
// and the plain errors for a missing file, a file that is no ISO, an ISO without drivers and an
// unknown ID (exit 1, nothing stored).
#include "artifacts/artifactservice.h"
#include "common/artifactiso.h"
#include "store/artifactrepository.h"
#include "store/database.h"
#include "test_batchsupport.h"
#include "util/paths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace ferry;
using namespace ferry::test;

class TestArtifactCommands final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    ProcessRun ferryctl(const QStringList &args) { return runFerryctl(dataDir(), args); }
    int stored() const
    {
        auto db = Database::open(databaseFile(dataDir()));
        return db ? int(ArtifactRepository(*db).all()->size()) : -1;
    }

private Q_SLOTS:
    void init()
    {
        if (!haveXorriso())
            QSKIP("xorriso is not installed (Debian package xorriso)");
        QVERIFY(m_dir.isValid());
        QDir(dataDir()).removeRecursively();
        QVERIFY(QDir().mkpath(dataDir()));
    }

    void addListShowRemove()
    {
        const QString iso = path(QStringLiteral("virtio-win-0.1.266.iso"));
        QFile::remove(iso);
        QCOMPARE(makeIso(path(QStringLiteral("tree")), iso, virtioWinFiles()), QString());

        auto r = ferryctl({QStringLiteral("artifact"), QStringLiteral("add"), iso,
            QStringLiteral("--description"), QStringLiteral("virtio-win 0.1.266")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("Added artifact 1: virtio-win drivers (viostor, "
                                               "vioscsi, NetKVM, Balloon) for 2k19, w11, 2k22 "
                                               "on amd64, x86")),
            qPrintable(r.out));
        const QString dir = artifacts::ArtifactService::directoryIn(dataDir());
        QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 1);

        r = ferryctl({QStringLiteral("artifact"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        for (const char *shown : {"Type", "OS", "Versions", "Architectures", "Size", "Added",
                 "driver", "windows", "2k19, w11, 2k22", "amd64, x86", "virtio-win 0.1.266"})
            QVERIFY2(r.out.contains(QLatin1String(shown)), shown);

        r = ferryctl({QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("artifact"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject row = list.first().toObject();
        QCOMPARE(row.value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(row.value(QStringLiteral("versions")).toArray().size(), 3);
        QCOMPARE(row.value(QStringLiteral("size_bytes")).toInteger(), QFileInfo(iso).size());

        r = ferryctl({QStringLiteral("--format"), QStringLiteral("yaml"),
            QStringLiteral("artifact"), QStringLiteral("list")});
        QVERIFY2(r.out.contains(QStringLiteral("- 2k22")), qPrintable(r.out));

        r = ferryctl({QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("artifact"), QStringLiteral("show"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(shown.value(QStringLiteral("path")).toString().startsWith(dir));
        QCOMPARE(shown.value(QStringLiteral("sha256")).toString().size(), 64);
        QCOMPARE(shown.value(QStringLiteral("file_on_this_host")).toString(), QStringLiteral("ok"));
        QCOMPARE(shown.value(QStringLiteral("drivers")).toArray().size(), 4);

        r = ferryctl({QStringLiteral("artifact"), QStringLiteral("remove"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QCOMPARE(stored(), 0);
        QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 0);
        r = ferryctl({QStringLiteral("artifact"), QStringLiteral("show"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("No artifact 1")), qPrintable(r.err));
    }

    void errors()
    {
        const QString text = path(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an image\n");
        f.close();
        const QString plain = path(QStringLiteral("plain.iso"));
        QFile::remove(plain);
        QCOMPARE(makeIso(path(QStringLiteral("plain")), plain, {QStringLiteral("docs/a.txt")}),
            QString());
        const QList<QPair<QStringList, QString>> cases {
            {{QStringLiteral("add"), path(QStringLiteral("missing.iso"))},
                QStringLiteral("There is no file")},
            {{QStringLiteral("add"), text}, QStringLiteral("is not an ISO 9660 image")},
            {{QStringLiteral("add"), plain}, QStringLiteral("holds no virtio-win drivers")},
            {{QStringLiteral("show"), QStringLiteral("abc")},
                QStringLiteral("is not an artifact ID")},
            {{QStringLiteral("remove"), QStringLiteral("7")}, QStringLiteral("No artifact 7")}};
        for (const auto &c : cases) {
            const auto r = ferryctl(QStringList {QStringLiteral("artifact")} + c.first);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(c.second), qPrintable(r.err));
        }
        QCOMPARE(stored(), 0);
    }
};

QTEST_GUILESS_MAIN(TestArtifactCommands)
#include "test_artifactcommands.moc"
