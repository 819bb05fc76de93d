// Extra disks as dependent volumes of the instance backup (docs/targets.md, "Dependent
// volumes"; API extension `dependent`, Incus 6.23+): one upload to POST /1.0/instances whose
// tarball carries the root disk (backup/virtual-machine.img) and each extra disk as
// backup/<volume>/volume.img, with index.yaml's config.dependent_volumes and the disk devices
// (dependent: "true", pool, source). What Incus reads, from lxc/incus at v6.23.0:
// internal/server/backup/config/backup_config.go (Config.DependentVolumes, yaml
// "dependent_volumes"), internal/server/storage/backend.go (CreateInstanceFromBackup calls
// createDependentVolumes before the instance's volume; each volume is unpacked with prefix
// backup/<volume name> from the volume's `project`, into the pool its `pool.name` names),
// internal/server/storage/drivers/generic_vfs.go (genericVFSBackupUnpack: a custom block
// volume's image is "<prefix>.img" under the "volume" prefix, so backup/<name>/volume.img, read
// by Go's archive/tar, sparse members expanded), internal/server/device/disk.go (the `dependent`
// key of a disk device). From v7.0.0 on (commit 142e03b80f) the prefix is backup/<device name>
// and each dependent volume must be attached in expanded_devices
// (createDependentVolumesFromBackup at v7.3.0): the devices are named as their volumes, so the
// same archive serves both. A local HTTPS server plays the Incus 6.23 server (GET /1.0 answered
// from tests/fixtures/releases/server-incus-6.23.json, which lists `dependent`) and the
// datastore (ranged reads of three disks of different sizes); the test parses the archive it
// received: tar headers (ustar, PAX, GNU sparse 1.0), index.yaml and backup.yaml with yaml-cpp,
// each image's bytes against its source.
#include "incus/incustypes.h"
#include "incus/targetconfig.h"
#include "tls/certificate.h"
#include "transfer/vmimport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace ferry;
using namespace ferry::transfer;

namespace {

QString releaseFixture(const QString &name)
{
    return qEnvironmentVariable("FERRY_TEST_SOURCE_DIR")
        + QStringLiteral("/tests/fixtures/releases/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Disk n's bytes: a pattern of its own; disk 2 has zero regions (a hole in the middle, a zero
// tail) that a zero scan finds.
QByteArray diskBytes(int n)
{
    const int sizes[] = {256 * 1024, 96 * 1024 + 512, 1024 * 1024};
    QByteArray b(sizes[n], '\0');
    for (int i = 0; i < b.size(); ++i)
        b[i] = char((i * (7 + 2 * n) + 11 * n + 1) & 0xff);
    if (n == 2) {
        std::fill(b.begin(), b.begin() + 256 * 1024, '\0');
        std::fill(b.begin() + 256 * 1024, b.begin() + 512 * 1024, '\0');
        std::fill(b.begin() + 768 * 1024, b.end(), '\0');
    }
    return b;
}

QByteArray response(int status, const QByteArray &body, const QByteArray &type = "application/json")
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nConnection: close\r\nContent-Type: "
        + type + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// The Incus 6.23 server and the datastore in one: records each request ("VERB path?query"),
// its head and, for the import, its body. One request per connection.
class FakeIncus final : public QObject
{
public:
    QStringList requests;
    QStringList heads;
    QByteArray upload;
    bool failImport = false;
    // From this many bytes served of disk 2 on, its bytes differ (the source changed between
    // the zero scan and the copy); -1: never.
    qint64 changeDisk2After = -1;
    qint64 disk2Served = 0;

    bool start(const QSslCertificate &cert, const QSslKey &key)
    {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(cert);
        conf.setPrivateKey(key);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(conf);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this]() {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(s, &QTcpSocket::disconnected, s, [s, buffer]() {
                    delete buffer;
                    s->deleteLater();
                });
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer]() {
                    *buffer += s->readAll();
                    const int end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QString head = QString::fromLatin1(buffer->left(end));
                    const auto length
                        = QRegularExpression(QStringLiteral("(?im)^Content-Length:\\s*(\\d+)"))
                              .match(head);
                    const qint64 body = length.hasMatch() ? length.captured(1).toLongLong() : 0;
                    if (buffer->size() < end + 4 + body)
                        return; // the upload goes on
                    const QStringList line
                        = head.section(QStringLiteral("\r\n"), 0, 0).split(QLatin1Char(' '));
                    const QString request = line.value(0) + QLatin1Char(' ') + line.value(1);
                    requests << request;
                    heads << head;
                    if (request.startsWith(QLatin1String("POST ")))
                        upload = buffer->mid(end + 4, int(body));
                    buffer->clear();
                    s->write(answer(request, head));
                    s->disconnectFromHost();
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QString url() const
    {
        return QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort());
    }

private:
    QByteArray answer(const QString &request, const QString &head)
    {
        if (request == QLatin1String("GET /1.0"))
            return response(
                200, readFile(releaseFixture(QStringLiteral("server-incus-6.23.json"))));
        if (request.startsWith(QLatin1String("POST /1.0/instances")))
            return response(202,
                R"({"type":"async","status":"Operation created","status_code":100,)"
                R"("operation":"/1.0/operations/op1","metadata":{"id":"op1","status":"Running"}})");
        if (request.startsWith(QLatin1String("GET /1.0/operations/op1/wait"))) {
            if (failImport)
                return response(200,
                    R"({"type":"sync","status":"Success","status_code":200,"metadata":)"
                    R"({"id":"op1","status":"Failure","status_code":400,)"
                    "\"err\":\"Create custom volume from backup: Volume \\\"web01-disk1\\\" "
                    "already "
                    "exists in pool \\\"local\\\"\"}}");
            return response(200,
                R"({"type":"sync","status":"Success","status_code":200,"metadata":)"
                R"({"id":"op1","status":"Success","status_code":200,"err":""}})");
        }
        const auto disk = QRegularExpression(QStringLiteral("^GET /folder/d(\\d)/")).match(request);
        if (disk.hasMatch()) {
            const int n = disk.captured(1).toInt();
            const auto range
                = QRegularExpression(QStringLiteral("(?im)^Range:\\s*bytes=(\\d+)-(\\d+)"))
                      .match(head);
            const qint64 a = range.captured(1).toLongLong();
            const qint64 b = range.captured(2).toLongLong();
            QByteArray all = diskBytes(n);
            if (n == 2) {
                if (changeDisk2After >= 0 && disk2Served >= changeDisk2After)
                    all[600 * 1024] = char(all.at(600 * 1024) ^ 0x5a);
                disk2Served += b - a + 1;
            }
            const QByteArray r = "HTTP/1.1 206 X\r\nConnection: close\r\nContent-Length: "
                + QByteArray::number(b - a + 1) + "\r\nContent-Range: bytes "
                + QByteArray::number(a) + '-' + QByteArray::number(b) + '/'
                + QByteArray::number(all.size()) + "\r\n\r\n";
            return r + all.mid(int(a), int(b - a + 1));
        }
        return response(404, R"({"type":"error","error":"not found","error_code":404})");
    }

    QSslServer m_server;
};

// A tar archive read back as Go's archive/tar reads it (what Incus does): ustar headers, PAX
// extended headers ('x') applied to the next member, GNU sparse 1.0 members expanded to their
// real size. Ends at the end of the data or at a zero block.
struct TarFile
{
    QString name;
    QByteArray content;
};

qint64 octal(const QByteArray &field)
{
    return field.trimmed().split('\0').value(0).trimmed().toLongLong(nullptr, 8);
}

QString parseTar(const QByteArray &tar, QVector<TarFile> *files)
{
    qint64 pos = 0;
    QMap<QByteArray, QByteArray> pax;
    while (pos + 512 <= tar.size()) {
        const QByteArray h = tar.mid(int(pos), 512);
        if (h.count('\0') == 512)
            break;
        qint64 sum = 0;
        for (int i = 0; i < 512; ++i)
            sum += (i >= 148 && i < 156) ? ' ' : quint8(h.at(i));
        if (sum != octal(h.mid(148, 8)))
            return QStringLiteral("bad checksum at %1").arg(pos);
        if (h.mid(257, 5) != "ustar")
            return QStringLiteral("not ustar at %1").arg(pos);
        QByteArray name = h.left(100).split('\0').value(0);
        const QByteArray prefix = h.mid(345, 155).split('\0').value(0);
        if (!prefix.isEmpty())
            name = prefix + '/' + name;
        const qint64 size = octal(h.mid(124, 12));
        const char type = h.at(156);
        pos += 512;
        if (pos + size > tar.size())
            return QStringLiteral("member %1 cut short").arg(QString::fromUtf8(name));
        const QByteArray data = tar.mid(int(pos), int(size));
        pos += size + (512 - size % 512) % 512;
        if (type == 'x') {
            pax.clear();
            qint64 p = 0;
            while (p < data.size()) {
                const int space = data.indexOf(' ', int(p));
                const qint64 length = data.mid(int(p), space - int(p)).toLongLong();
                const QByteArray record = data.mid(space + 1, int(p + length - space - 2));
                const int eq = record.indexOf('=');
                pax.insert(record.left(eq), record.mid(eq + 1));
                p += length;
            }
            continue;
        }
        if (type != '0')
            return QStringLiteral("unexpected member type %1").arg(QChar::fromLatin1(type));
        TarFile f;
        if (pax.value("GNU.sparse.major") == "1" && pax.value("GNU.sparse.minor") == "0") {
            // The map: "<count>\n" then "<offset>\n<length>\n" per region, padded to a block,
            // then the regions' bytes.
            f.name = QString::fromUtf8(pax.value("GNU.sparse.name"));
            const qint64 real = pax.value("GNU.sparse.realsize").toLongLong();
            f.content = QByteArray(int(real), '\0');
            QList<QByteArray> lines = data.split('\n');
            const int count = lines.value(0).toInt();
            qint64 mapBytes = lines.value(0).size() + 1;
            QVector<QPair<qint64, qint64>> regions;
            for (int i = 0; i < count; ++i) {
                regions.push_back(
                    {lines.value(1 + 2 * i).toLongLong(), lines.value(2 + 2 * i).toLongLong()});
                mapBytes += lines.value(1 + 2 * i).size() + lines.value(2 + 2 * i).size() + 2;
            }
            qint64 at = mapBytes + (512 - mapBytes % 512) % 512;
            for (const auto &r : std::as_const(regions)) {
                if (r.first + r.second > real || at + r.second > data.size())
                    return QStringLiteral("sparse region out of bounds in %1").arg(f.name);
                f.content.replace(int(r.first), int(r.second), data.mid(int(at), int(r.second)));
                at += r.second;
            }
            if (at != data.size())
                return QStringLiteral("sparse data of %1 does not add up").arg(f.name);
        } else {
            f.name = QString::fromUtf8(name);
            f.content = data;
        }
        pax.clear();
        files->push_back(f);
    }
    if (pos != tar.size())
        return QStringLiteral("%1 bytes after the last member").arg(tar.size() - pos);
    return {};
}

QString sha256Hex(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

std::string text(const YAML::Node &node)
{
    return node ? node.as<std::string>() : std::string("<missing>");
}

} // namespace

class TestDependentImport final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSslCertificate m_cert;
    QSslKey m_key;

    incus::TargetConnection connection(const QString &url) const
    {
        incus::TargetConnection c;
        c.endpoint = QUrl(url);
        c.pinnedSha256 = tls::sha256Of(m_cert);
        c.serverType = incus::ServerIncus;
        c.project = QStringLiteral("default");
        c.operationTimeoutMs = 30000;
        return c;
    }

    DiskSource source(const FakeIncus &datastore, int n) const
    {
        DiskSource src;
        src.extentUrl
            = QUrl(datastore.url() + QStringLiteral("/folder/d%1/d%1-flat.vmdk?dsName=x").arg(n));
        src.pinnedSha256 = tls::sha256Of(m_cert);
        src.cookie = "vmware_soap_session=one";
        src.sizeBytes = diskBytes(n).size();
        src.readsRetried = std::make_shared<std::atomic_int>(0);
        return src;
    }

    // The VM web01: root disk 0 in pool "default" (dir), extra disks 1 and 2 as dependent
    // volumes web01-disk1 (pool "local", zfs) and web01-disk2 (pool "default").
    QVector<incus::DependentVolume> volumes() const
    {
        QVector<incus::DependentVolume> v;
        for (int n = 1; n <= 2; ++n) {
            incus::DependentVolume d;
            d.name = QStringLiteral("web01-disk%1").arg(n);
            d.project = QStringLiteral("default");
            d.pool = n == 1 ? incus::BackupPool {QStringLiteral("local"), QStringLiteral("zfs")}
                            : incus::BackupPool {};
            d.sizeBytes = diskBytes(n).size();
            d.config = {{incus::marker::QueueEntry, QStringLiteral("7")},
                {incus::marker::Disk, QStringLiteral("Hard disk %1").arg(n + 1)}};
            v << d;
        }
        return v;
    }

    VmTarget vmTarget(const FakeIncus &server) const
    {
        VmTarget vm;
        vm.connection = connection(server.url());
        vm.instanceName = QStringLiteral("web01");
        vm.pool = QStringLiteral("default");
        const QMap<QString, QString> config {{QStringLiteral("limits.cpu"), QStringLiteral("2")},
            {incus::marker::QueueEntry, QStringLiteral("7")}};
        vm.indexYaml = incus::vmBackupYaml(
            QStringLiteral("web01"), {}, diskBytes(0).size(), config, QString(), true, volumes());
        vm.backupYaml = incus::vmBackupYaml(
            QStringLiteral("web01"), {}, diskBytes(0).size(), config, QString(), false, volumes());
        return vm;
    }

    QVector<DependentDisk> dependents(const FakeIncus &server) const
    {
        return {DependentDisk {source(server, 1), QStringLiteral("web01-disk1"), {}},
            DependentDisk {source(server, 2), QStringLiteral("web01-disk2"), {}}};
    }

    // The archive as received, checked member by member.
    void checkArchive(const FakeIncus &server, const QVector<StreamResult> &results)
    {
        QVector<TarFile> files;
        const QString error = parseTar(server.upload, &files);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList names;
        for (const TarFile &f : std::as_const(files))
            names << f.name;
        QCOMPARE(names,
            QStringList({QStringLiteral("backup/index.yaml"),
                QStringLiteral("backup/virtual-machine/backup.yaml"),
                QStringLiteral("backup/virtual-machine.img"),
                QStringLiteral("backup/web01-disk1/volume.img"),
                QStringLiteral("backup/web01-disk2/volume.img")}));
        QVERIFY(files.at(2).content == diskBytes(0));
        QVERIFY(files.at(3).content == diskBytes(1));
        QVERIFY(files.at(4).content == diskBytes(2));

        // One result per disk: its SHA-256 of the source's bytes, its share of the archive.
        QCOMPARE(results.size(), 3);
        qint64 sent = 0;
        for (int n = 0; n < 3; ++n) {
            QCOMPARE(results.at(n).sha256, sha256Hex(diskBytes(n)));
            QCOMPARE(results.at(n).diskBytes, qint64(diskBytes(n).size()));
            sent += results.at(n).bytesSent;
        }
        QCOMPARE(sent, qint64(server.upload.size()));

        // index.yaml: what createDependentVolumes reads.
        const YAML::Node index = YAML::Load(files.at(0).content.toStdString());
        QCOMPARE(text(index["name"]), std::string("web01"));
        QCOMPARE(text(index["type"]), std::string("virtual-machine"));
        const YAML::Node deps = index["config"]["dependent_volumes"];
        QVERIFY(deps.IsSequence());
        QCOMPARE(int(deps.size()), 2);
        for (int n = 1; n <= 2; ++n) {
            const YAML::Node d = deps[size_t(n - 1)];
            const std::string name = "web01-disk" + std::to_string(n);
            QCOMPARE(text(d["volume"]["name"]), name);
            QCOMPARE(text(d["volume"]["project"]), std::string("default"));
            QCOMPARE(text(d["volume"]["type"]), std::string("custom"));
            QCOMPARE(text(d["volume"]["content_type"]), std::string("block"));
            QCOMPARE(text(d["volume"]["config"]["dependent"]), std::string("true"));
            QCOMPARE(
                text(d["volume"]["config"]["size"]), std::to_string(diskBytes(n).size()) + "B");
            QCOMPARE(text(d["volume"]["config"]["user.ferry.queue_entry"]), std::string("7"));
            QCOMPARE(text(d["pool"]["name"]), std::string(n == 1 ? "local" : "default"));
            QCOMPARE(text(d["pool"]["driver"]), std::string(n == 1 ? "zfs" : "dir"));
            QVERIFY(!d["volume_snapshots"]);
        }
        // The devices, in both files: backup.yaml makes the instance.
        const YAML::Node backup = YAML::Load(files.at(1).content.toStdString());
        QVERIFY(!backup["dependent_volumes"]);
        for (const YAML::Node &container : {index["config"]["container"], backup["container"]}) {
            for (const char *devices : {"devices", "expanded_devices"}) {
                const YAML::Node root = container[devices]["root"];
                QCOMPARE(text(root["path"]), std::string("/"));
                QCOMPARE(text(root["size"]), std::to_string(diskBytes(0).size()) + "B");
                for (int n = 1; n <= 2; ++n) {
                    // Named as the volume: backup/<device>/volume.img (Incus 7.0+) is then
                    // backup/<volume>/volume.img (Incus 6.23).
                    const YAML::Node disk = container[devices]["web01-disk" + std::to_string(n)];
                    QVERIFY(disk.IsMap());
                    QCOMPARE(text(disk["type"]), std::string("disk"));
                    QCOMPARE(text(disk["dependent"]), std::string("true"));
                    QCOMPARE(text(disk["source"]), "web01-disk" + std::to_string(n));
                    QCOMPARE(text(disk["pool"]), std::string(n == 1 ? "local" : "default"));
                    QVERIFY(!disk["path"]);
                }
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-days"),
                QStringLiteral("1"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        if (!openssl.waitForStarted())
            QSKIP("openssl is not installed: no certificate for the local HTTPS server");
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile c(cert);
        QFile k(key);
        QVERIFY(c.open(QIODevice::ReadOnly) && k.open(QIODevice::ReadOnly));
        m_cert = QSslCertificate(c.readAll());
        m_key = QSslKey(k.readAll(), QSsl::Ec);
        QVERIFY(!m_cert.isNull() && !m_key.isNull());
    }

    // The choice by API extension, from the releases' GET /1.0: Incus 6.23 and 7.3 list
    // `dependent`; Incus 6.0 and LXD (5.0 of the lab, 5.21, 6.9) do not, so they keep separate
    // custom volume imports.
    void dependentOnlyWhereListed_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<bool>("dependent");
        QTest::newRow("incus 6.23") << QStringLiteral("server-incus-6.23.json") << true;
        QTest::newRow("incus 7.3") << QStringLiteral("server-incus-7.3.json") << true;
        QTest::newRow("incus 6.0.6") << QStringLiteral("server-incus-6.0.6.json") << false;
        QTest::newRow("lxd 5.0.2") << QStringLiteral("server-lxd-5.0.2.json") << false;
        QTest::newRow("lxd 5.21.7") << QStringLiteral("server-lxd-5.21.7.json") << false;
        QTest::newRow("lxd 6.9") << QStringLiteral("server-lxd-6.9.json") << false;
    }
    void dependentOnlyWhereListed()
    {
        QFETCH(QString, fixture);
        QFETCH(bool, dependent);
        const QJsonObject server
            = QJsonDocument::fromJson(readFile(releaseFixture(fixture))).object();
        QStringList extensions;
        for (const QJsonValue &e : server.value(QStringLiteral("metadata"))
                                       .toObject()
                                       .value(QStringLiteral("api_extensions"))
                                       .toArray())
            extensions << e.toString();
        QVERIFY(extensions.size() > 100);
        QCOMPARE(incus::takesDependentVolumes(extensions), dependent);
    }

    // A volume's name is also its device's: at most 63 characters.
    void namesMustFitADevice()
    {
        QVERIFY(incus::dependentVolumeNamesFit({QStringLiteral("web01-disk1")}));
        QVERIFY(incus::dependentVolumeNamesFit(
            {QString(57, QLatin1Char('v')) + QStringLiteral("-disk1")}));
        QVERIFY(!incus::dependentVolumeNamesFit({QStringLiteral("web01-disk1"),
            QString(58, QLatin1Char('v')) + QStringLiteral("-disk10")}));
        QVERIFY(!incus::dependentVolumeNamesFit({}));
    }

    // Every byte sent: three disks of different sizes in one upload, parsed back.
    void threeDisksInOneArchive()
    {
        FakeIncus server;
        QVERIFY(server.start(m_cert, m_key));
        StreamOptions options;
        options.zeros = ZeroRegions::Send;
        options.chunkBytes = 64 * 1024; // several reads per disk
        QVector<qint64> done(3, 0);
        options.progress = [&](qint64 d, qint64) {
            done[0] = d;
        };
        QVector<DependentDisk> disks = dependents(server);
        disks[0].progress = [&](qint64 d, qint64) {
            done[1] = d;
        };
        disks[1].progress = [&](qint64 d, qint64) {
            done[2] = d;
        };
        auto copied = streamDisksIntoNewVm(source(server, 0), disks, vmTarget(server), options);
        QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().toString()));
        checkArchive(server, *copied);
        QCOMPARE(
            done, QVector<qint64>({diskBytes(0).size(), diskBytes(1).size(), diskBytes(2).size()}));

        // The request Incus 6.23 gets: one import, an octet-stream with the root pool, no
        // custom volume import beside it.
        const QStringList posts = server.requests.filter(QStringLiteral("POST "));
        QCOMPARE(posts, QStringList({QStringLiteral("POST /1.0/instances?project=default")}));
        const QString head = server.heads.at(int(server.requests.indexOf(posts.first())));
        QVERIFY2(head.contains(
                     QStringLiteral("Content-Type: application/octet-stream"), Qt::CaseInsensitive),
            qPrintable(head));
        QVERIFY2(head.contains(QStringLiteral("X-Incus-pool: default"), Qt::CaseInsensitive),
            qPrintable(head));
        QVERIFY2(head.contains(QStringLiteral("X-Incus-name: web01"), Qt::CaseInsensitive),
            qPrintable(head));
        QVERIFY(server.requests.filter(QStringLiteral("storage-pools")).isEmpty());
    }

    // Zeros skipped: every disk scanned before the upload, disk 2's holes sent as a sparse
    // member that expands to its bytes.
    void zeroRegionsSkipped()
    {
        FakeIncus server;
        QVERIFY(server.start(m_cert, m_key));
        StreamOptions options;
        options.zeros = ZeroRegions::Skip;
        options.zeroBlockBytes = 64 * 1024;
        options.chunkBytes = 64 * 1024;
        // Each disk's progress (the scan's settled zeros, then the copy) reaches that disk only.
        QVector<qint64> done(3, 0);
        QStringList mixed;
        auto track = [&](int n) {
            return [&, n](qint64 d, qint64 total) {
                if (total != diskBytes(n).size() || d > total)
                    mixed << QStringLiteral("disk %1: %2 of %3").arg(n).arg(d).arg(total);
                done[n] = d;
            };
        };
        options.progress = track(0);
        QVector<DependentDisk> disks = dependents(server);
        disks[0].progress = track(1);
        disks[1].progress = track(2);
        auto copied = streamDisksIntoNewVm(source(server, 0), disks, vmTarget(server), options);
        QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().toString()));
        checkArchive(server, *copied);
        QVERIFY2(mixed.isEmpty(), qPrintable(mixed.join(QLatin1Char('\n'))));
        QCOMPARE(
            done, QVector<qint64>({diskBytes(0).size(), diskBytes(1).size(), diskBytes(2).size()}));
        QVERIFY(copied->at(2).zerosSkipped);
        QCOMPARE(copied->at(2).dataBytes, qint64(256 * 1024)); // 512-768 KiB only
        QVERIFY(server.upload.size() < diskBytes(0).size() + diskBytes(1).size() + 600 * 1024);
    }

    // An extra disk whose bytes change between the scan and the copy: the job fails, as with a
    // single disk (nothing is taken as copied).
    void changedExtraDiskFails()
    {
        FakeIncus server;
        QVERIFY(server.start(m_cert, m_key));
        server.changeDisk2After = diskBytes(2).size(); // after the scan's read
        StreamOptions options;
        options.zeros = ZeroRegions::Skip;
        options.zeroBlockBytes = 64 * 1024;
        options.chunkBytes = 64 * 1024;
        auto copied = streamDisksIntoNewVm(
            source(server, 0), dependents(server), vmTarget(server), options);
        QVERIFY(!copied);
        QVERIFY2(copied.error().message.contains(QStringLiteral("changed while it was copied")),
            qPrintable(copied.error().toString()));
    }

    // The server's import fails (a dependent volume's name is taken): its error, verbatim.
    void importFailureIsReported()
    {
        FakeIncus server;
        QVERIFY(server.start(m_cert, m_key));
        server.failImport = true;
        StreamOptions options;
        options.zeros = ZeroRegions::Send;
        auto copied = streamDisksIntoNewVm(
            source(server, 0), dependents(server), vmTarget(server), options);
        QVERIFY(!copied);
        QVERIFY2(copied.error().toString().contains(QStringLiteral("already exists in pool")),
            qPrintable(copied.error().toString()));
    }

    // Without dependent volumes the YAML is what it was (the path every server without the
    // extension takes): no dependent_volumes, the root device alone.
    void noDependentsNoChange()
    {
        const QByteArray index
            = incus::vmBackupYaml(QStringLiteral("web01"), {}, 1024, {}, QString(), true);
        const YAML::Node node = YAML::Load(index.toStdString());
        QVERIFY(!node["config"]["dependent_volumes"]);
        QCOMPARE(int(node["config"]["container"]["devices"].size()), 1);
    }
};

QTEST_GUILESS_MAIN(TestDependentImport)
#include "test_dependentimport.moc"
