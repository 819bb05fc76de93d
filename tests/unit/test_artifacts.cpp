// Artifacts (issue 16): the virtio-win layout read from an ISO's files, the guest's Windows
// version and architecture, the choice of ISO for a guest, and ArtifactService on real small ISO
// images made with xorriso: add (checked, copied into the data directory, hashed), the refusals
// that store nothing, remove, verifyFile on a missing or changed copy, and the queue entries
// waiting for a virtio-win ISO released by adding one.
#include "artifacts/artifactservice.h"
#include "artifacts/isolisting.h"
#include "artifacts/virtiowin.h"
#include "common/artifactiso.h"
#include "model/batch.h"
#include "model/instance.h"
#include "model/queueentry.h"
#include "store/artifactrepository.h"
#include "store/batchrepository.h"
#include "store/database.h"
#include "store/instancerepository.h"
#include "store/queuerepository.h"
#include "store/sourcerepository.h"
#include "test_batchsupport.h"
#include "util/paths.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace ferry;
using namespace ferry::artifacts;
using namespace ferry::test;

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromLatin1(i);
    return out;
}

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

class TestArtifacts final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    ArtifactService service() const { return ArtifactService(m_db, dataDir()); }
    int stored() const { return int(ArtifactRepository(m_db).all()->size()); }
    QStringList artifactFiles() const
    {
        return QDir(ArtifactService::directoryIn(dataDir())).entryList(QDir::Files);
    }

    QString virtioIso()
    {
        const QString iso = path(QStringLiteral("virtio-win.iso"));
        if (!QFile::exists(iso)) {
            const QString problem = makeIso(path(QStringLiteral("tree")), iso, virtioWinFiles());
            if (!problem.isEmpty())
                qWarning() << problem;
        }
        return iso;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(dataDir()).removeRecursively();
        QVERIFY(QDir().mkpath(dataDir()));
        auto db = Database::open(databaseFile(dataDir()));
        VERIFY_OK(db);
        m_db = *db;
    }

    void cleanup() { m_db.reset(); }

    void layout_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("drivers");
        QTest::addColumn<QStringList>("versions");
        QTest::addColumn<QStringList>("architectures");
        QTest::newRow("virtio-win")
            << virtioWinFiles() << list({"viostor", "vioscsi", "NetKVM", "Balloon"})
            << list({"2k19", "w11", "2k22"}) << list({"amd64", "x86"});
        QTest::newRow("upper case (no Rock Ridge)")
            << list({"/VIOSTOR/2K12R2/AMD64/VIOSTOR.INF", "/NETKVM/W10/ARM64/NETKVM.INF"})
            << list({"viostor", "NetKVM"}) << list({"2k12R2", "w10"}) << list({"amd64", "ARM64"});
        QTest::newRow("an empty architecture folder counts for nothing")
            << list({"/viostor/2k19/amd64", "/viostor/2k19/readme.txt"}) << QStringList {}
            << QStringList {} << QStringList {};
        QTest::newRow("other drivers and folders")
            << list({"/qxldod/2k19/amd64/qxl.inf", "/viostor/2k19/mips/x.inf",
                   "/viostor/winxx/amd64/x.inf", "/docs/2k19/amd64/a.txt"})
            << QStringList {} << QStringList {} << QStringList {};
    }
    void layout()
    {
        QFETCH(QStringList, files);
        const VirtioWinLayout found = virtioWinLayout(files);
        QTEST(found.drivers, "drivers");
        QTEST(found.versions, "versions");
        QTEST(found.architectures, "architectures");
    }

    void unquote()
    {
        QCOMPARE(unquoteXorrisoPath(QStringLiteral("'/viostor/2k19/amd64/viostor.inf'")),
            QStringLiteral("/viostor/2k19/amd64/viostor.inf"));
        QCOMPARE(unquoteXorrisoPath(QStringLiteral("'/a b/it'\"'\"'s.txt'")),
            QStringLiteral("/a b/it's.txt"));
    }

    void guestVersion_data()
    {
        QTest::addColumn<QString>("osType");
        QTest::addColumn<QString>("osVersion");
        QTest::addColumn<QString>("guestId");
        QTest::addColumn<QString>("version");
        QTest::newRow("server 2019") << s("windows") << s("Server 2019") << s("") << s("2k19");
        QTest::newRow("server 2012 r2")
            << s("windows") << s("Server 2012 R2") << s("") << s("2k12R2");
        QTest::newRow("windows 11") << s("windows") << s("11") << s("") << s("w11");
        QTest::newRow("guest id") << s("windows") << s("") << s("windows2022srvNext_64Guest")
                                  << s("2k25");
        QTest::newRow("guest id for several versions")
            << s("windows") << s("") << s("windows9Server64Guest") << s("");
        QTest::newRow("linux") << s("linux") << s("11") << s("") << s("");
    }
    void guestVersion()
    {
        Instance vm;
        QFETCH(QString, osType);
        QFETCH(QString, osVersion);
        QFETCH(QString, guestId);
        vm.osType = osType;
        vm.osVersion = osVersion;
        if (!guestId.isEmpty())
            vm.config.insert(QStringLiteral("vmware.guest_id"), guestId);
        QTEST(virtioWinVersionOf(vm), "version");
    }

    // The ISO with drivers for the guest's version and architecture, the newest among equals;
    // anything virtio-win rather than nothing.
    void pick()
    {
        auto iso = [](qint64 id, const QStringList &versions, const QString &arch, int day) {
            Artifact a;
            a.id = id;
            a.type = QStringLiteral("driver");
            a.os = QStringLiteral("windows");
            a.versions = versions;
            a.architectures = {arch};
            a.addedAt = QDateTime(QDate(2026, 1, day), QTime(0, 0), Qt::UTC);
            return a;
        };
        Instance vm;
        vm.osType = QStringLiteral("windows");
        vm.osVersion = QStringLiteral("Server 2022");
        vm.architecture = QStringLiteral("x86_64");
        Artifact sdk = iso(9, {QStringLiteral("2k22")}, QStringLiteral("amd64"), 9);
        sdk.type = QStringLiteral("sdk");
        QCOMPARE(pickVirtioWin({}, vm), -1);
        QCOMPARE(pickVirtioWin({sdk}, vm), -1);
        const QVector<Artifact> all {iso(1, {QStringLiteral("2k22")}, QStringLiteral("amd64"), 1),
            iso(2, {QStringLiteral("2k22")}, QStringLiteral("amd64"), 2),
            iso(3, {QStringLiteral("2k22")}, QStringLiteral("ARM64"), 3),
            iso(4, {QStringLiteral("2k19")}, QStringLiteral("amd64"), 4), sdk};
        QCOMPARE(pickVirtioWin(all, vm), 1);
        vm.osVersion = QStringLiteral("11");
        QCOMPARE(pickVirtioWin(all, vm), 3); // none has w11: the newest amd64 one
    }

    void add()
    {
        if (!haveXorriso())
            QSKIP("xorriso is not installed (Debian package xorriso)");
        const QString iso = virtioIso();
        QVERIFY(QFile::exists(iso));
        auto added = service().add(iso, QStringLiteral("virtio-win 0.1.266"));
        VERIFY_OK(added);
        QCOMPARE(added->type, QStringLiteral("driver"));
        QCOMPARE(added->os, QStringLiteral("windows"));
        QCOMPARE(added->description, QStringLiteral("virtio-win 0.1.266"));
        QCOMPARE(added->versions, (list({"2k19", "w11", "2k22"})));
        QCOMPARE(added->architectures, (list({"amd64", "x86"})));
        QCOMPARE(added->drivers, (list({"viostor", "vioscsi", "NetKVM", "Balloon"})));
        QFile f(iso);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCryptographicHash h(QCryptographicHash::Sha256);
        QVERIFY(h.addData(&f));
        QCOMPARE(added->sha256, QString::fromLatin1(h.result().toHex()));
        QCOMPARE(added->sizeBytes, QFileInfo(iso).size());
        QVERIFY(added->addedAt.isValid());
        // A copy in the data directory, not the original; the database holds its path.
        QVERIFY(added->path.startsWith(ArtifactService::directoryIn(dataDir())));
        QVERIFY(QFile::exists(added->path));
        QCOMPARE(artifactFiles(), QStringList {QFileInfo(added->path).fileName()});
        VERIFY_OK(ArtifactService::verifyFile(*added));
        auto listed = service().list();
        VERIFY_OK(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().sha256, added->sha256);
        QCOMPARE(listed->first().path, added->path);

        // The same file again: refused, nothing more stored.
        auto again = service().add(iso);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::AlreadyExists);
        QCOMPARE(stored(), 1);
        QCOMPARE(artifactFiles().size(), 1);

        // Without a description: the file's name.
        const QString other = path(QStringLiteral("other.iso"));
        QCOMPARE(makeIso(path(QStringLiteral("tree2")), other,
                     {QStringLiteral("viostor/2k16/amd64/viostor.inf")}),
            QString());
        auto second = service().add(other);
        VERIFY_OK(second);
        QCOMPARE(second->description, QStringLiteral("other.iso"));

        // Remove: the record and the copy go, the original stays.
        VERIFY_OK(service().remove(added->id));
        QVERIFY(!QFile::exists(added->path));
        QVERIFY(QFile::exists(iso));
        QCOMPARE(stored(), 1);
        QCOMPARE(service().remove(added->id).error().code, Error::Code::NotFound);
    }

    void refusals()
    {
        if (!haveXorriso())
            QSKIP("xorriso is not installed (Debian package xorriso)");
        auto missing = service().add(path(QStringLiteral("nothing.iso")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("There is no file")));

        const QString text = path(QStringLiteral("notes.iso"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(40000, 'x'));
        f.close();
        auto notIso = service().add(text);
        QVERIFY(!notIso);
        QVERIFY2(notIso.error().message.contains(QStringLiteral("is not an ISO 9660 image")),
            qPrintable(notIso.error().message));

        const QString plain = path(QStringLiteral("plain.iso"));
        QCOMPARE(makeIso(path(QStringLiteral("plain")), plain,
                     {QStringLiteral("docs/readme.txt"), QStringLiteral("viostor/readme.txt")}),
            QString());
        auto noDrivers = service().add(plain);
        QVERIFY(!noDrivers);
        QVERIFY2(noDrivers.error().message.contains(QStringLiteral("holds no virtio-win drivers")),
            qPrintable(noDrivers.error().message));

        QCOMPARE(stored(), 0);
        QCOMPARE(artifactFiles(), QStringList());
    }

    // What an engine on another host checks: its copy is there and is the same file.
    void verifyFile()
    {
        if (!haveXorriso())
            QSKIP("xorriso is not installed (Debian package xorriso)");
        auto added = service().add(virtioIso());
        VERIFY_OK(added);
        Artifact elsewhere = *added;
        elsewhere.path = path(QStringLiteral("elsewhere/virtio-win.iso"));
        auto missing = ArtifactService::verifyFile(elsewhere);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(missing.error().message.contains(added->sha256));
        // Same size, other bytes.
        QVERIFY(QDir().mkpath(path(QStringLiteral("elsewhere"))));
        QVERIFY(QFile::copy(added->path, elsewhere.path));
        {
            QFile f(elsewhere.path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(100));
            f.write("changed");
        }
        auto changed = ArtifactService::verifyFile(elsewhere);
        QVERIFY(!changed);
        QVERIFY2(changed.error().message.contains(QStringLiteral("SHA-256")),
            qPrintable(changed.error().message));
    }

    // Entries Blocked waiting for a virtio-win ISO go back to Waiting when one is added;
    // entries Blocked for another reason, or no longer Blocked, stay as they are.
    void addingReleasesWaitingEntries()
    {
        if (!haveXorriso())
            QSKIP("xorriso is not installed (Debian package xorriso)");
        Source s;
        s.name = QStringLiteral("vc01");
        s.endpoint = QStringLiteral("https://127.0.0.1/sdk");
        auto source = SourceRepository(m_db).insert(s);
        VERIFY_OK(source);
        Batch b;
        b.name = QStringLiteral("wave1");
        auto batch = BatchRepository(m_db).insert(b);
        VERIFY_OK(batch);
        const QueueRepository queue(m_db);
        auto entry = [&](const QString &name, QueueStatus status) -> qint64 {
            Instance vm = goodInstance(name, 0);
            vm.sourceId = *source;
            vm.nics.clear();
            auto id = InstanceRepository(m_db).save(vm);
            if (!id)
                return 0;
            QueueEntry e;
            e.batchId = *batch;
            e.instanceId = *id;
            e.status = status;
            e.statusMessage = QStringLiteral("before");
            auto inserted = queue.insert(e);
            return inserted ? *inserted : 0;
        };
        const qint64 waiting = entry(QStringLiteral("win01"), QueueStatus::Blocked);
        const qint64 otherReason = entry(QStringLiteral("win02"), QueueStatus::Blocked);
        const qint64 canceled = entry(QStringLiteral("win03"), QueueStatus::Canceled);
        QVERIFY(waiting && otherReason && canceled);
        const ArtifactRepository repo(m_db);
        VERIFY_OK(repo.addWait(waiting, QStringLiteral("driver")));
        VERIFY_OK(repo.addWait(canceled, QStringLiteral("driver")));
        QCOMPARE(repo.waitingEntries(QStringLiteral("driver"))->size(), 2);

        VERIFY_OK(service().add(virtioIso()));
        QCOMPARE(queue.byId(waiting)->status, QueueStatus::Waiting);
        QVERIFY(queue.byId(waiting)->statusMessage.contains(QStringLiteral("virtio-win")));
        QCOMPARE(queue.byId(otherReason)->status, QueueStatus::Blocked);
        QCOMPARE(queue.byId(otherReason)->statusMessage, QStringLiteral("before"));
        QCOMPARE(queue.byId(canceled)->status, QueueStatus::Canceled);
        QVERIFY(repo.waitingEntries(QStringLiteral("driver"))->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArtifacts)
#include "test_artifacts.moc"
