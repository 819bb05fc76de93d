// The import on a cluster (docs/targets.md, "Clusters") against local HTTPS servers that answer as
// scripted: two members of a clustered Incus, node1 (the address the target was registered with)
// and node2 (the member the VM is placed on; its `url` from GET /1.0/cluster/members,
// tests/fixtures/releases/cluster-members-incus-6.23.json). Incus ignores ?target= on a backup
// import (cmd/incusd/instances_post.go instancesPost at v6.23.0: the octet-stream branch comes
// first), so the VM's upload goes to node2's own address, with ?target=node2 as well; an extra
// disk in a member-local pool goes with ?target=<the VM's location> (custom volume imports honour
// it). node2 also serves the datastore's ranged reads, so one server answers the whole copy.
#include "incus/incusclient.h"
#include "tls/certificate.h"
#include "transfer/vmimport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::transfer;

namespace {

QByteArray diskBytes()
{
    QByteArray b(64 * 1024, '\0');
    for (int i = 0; i < b.size(); ++i)
        b[i] = char((i * 13 + 5) & 0xff);
    return b;
}

QByteArray response(int status, const QByteArray &body, const QByteArray &extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nConnection: close\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n" + extra + "\r\n" + body;
}

// A member: records every request line ("VERB path?query") with its body size; answers a POST
// with an async import operation, its /wait with Success, GET /1.0 as a clustered server, and a
// ranged GET of the extent with the disk's bytes. One request per connection.
class FakeMember final : public QObject
{
public:
    QStringList requests;
    QList<qint64> bodySizes;

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
                    bodySizes << body;
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
        if (request.startsWith(QLatin1String("POST ")))
            return response(202,
                R"({"type":"async","status":"Operation created","status_code":100,)"
                R"("operation":"/1.0/operations/op1","metadata":{"id":"op1","status":"Running"}})");
        if (request.startsWith(QLatin1String("GET /1.0/operations/op1/wait")))
            return response(200,
                R"({"type":"sync","status":"Success","status_code":200,"metadata":)"
                R"({"id":"op1","status":"Success","status_code":200,"err":""}})");
        if (request.startsWith(QLatin1String("GET /folder/"))) {
            const auto range
                = QRegularExpression(QStringLiteral("(?im)^Range:\\s*bytes=(\\d+)-(\\d+)"))
                      .match(head);
            const qint64 a = range.captured(1).toLongLong();
            const qint64 b = range.captured(2).toLongLong();
            const QByteArray all = diskBytes();
            QByteArray r = "HTTP/1.1 206 X\r\nConnection: close\r\nContent-Length: "
                + QByteArray::number(b - a + 1) + "\r\nContent-Range: bytes "
                + QByteArray::number(a) + '-' + QByteArray::number(b) + '/'
                + QByteArray::number(all.size()) + "\r\n\r\n";
            return r + all.mid(int(a), int(b - a + 1));
        }
        return response(404, R"({"type":"error","error":"not found","error_code":404})");
    }

    QSslServer m_server;
};

} // namespace

class TestClusterImport final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSslCertificate m_cert;
    QSslKey m_key;

    incus::TargetConnection connection(const QString &url) const
    {
        incus::TargetConnection c;
        c.endpoint = QUrl(url);
        c.pinnedSha256 = tls::sha256Of(m_cert); // the cluster's one certificate
        c.serverType = incus::ServerIncus;
        c.project = QStringLiteral("default");
        c.operationTimeoutMs = 30000;
        return c;
    }

    DiskSource source(const FakeMember &datastore) const
    {
        DiskSource src;
        src.extentUrl = QUrl(datastore.url() + QStringLiteral("/folder/d/d-flat.vmdk?dsName=x"));
        src.pinnedSha256 = tls::sha256Of(m_cert);
        src.cookie = "vmware_soap_session=one";
        src.sizeBytes = diskBytes().size();
        src.readsRetried = std::make_shared<std::atomic_int>(0);
        return src;
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
            QSKIP("openssl is not installed: no certificate for the local HTTPS servers");
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile c(cert);
        QFile k(key);
        QVERIFY(c.open(QIODevice::ReadOnly) && k.open(QIODevice::ReadOnly));
        m_cert = QSslCertificate(c.readAll());
        m_key = QSslKey(k.readAll(), QSsl::Ec);
        QVERIFY(!m_cert.isNull() && !m_key.isNull());
    }

    // The VM placed on node2: the upload and the wait go to node2's address with ?target=node2,
    // node1 (the registered address) sees nothing; then an extra disk in a member-local pool.
    void importGoesToThePlacedMember()
    {
        FakeMember node1;
        FakeMember node2;
        QVERIFY(node1.start(m_cert, m_key));
        QVERIFY(node2.start(m_cert, m_key));

        VmTarget vm;
        vm.connection = connection(node1.url());
        vm.connection.endpoint = QUrl(node2.url()); // what MigrationJob does for a placed VM
        vm.member = QStringLiteral("node2");
        vm.instanceName = QStringLiteral("web01");
        vm.pool = QStringLiteral("local");
        vm.indexYaml = "name: web01\n";
        vm.backupYaml = "container:\n  name: web01\n";
        StreamOptions options;
        options.zeros = ZeroRegions::Send;
        auto copied = streamDiskIntoNewVm(source(node2), vm, options);
        QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().toString()));
        QVERIFY(node1.requests.isEmpty());
        QVERIFY2(node2.requests.contains(
                     QStringLiteral("POST /1.0/instances?project=default&target=node2")),
            qPrintable(node2.requests.join(QLatin1Char('\n'))));
        QVERIFY(node2.requests.filter(QStringLiteral("GET /1.0/operations/op1/wait")).size() == 1);
        const int post = int(node2.requests.indexOf(
            QStringLiteral("POST /1.0/instances?project=default&target=node2")));
        QCOMPARE(node2.bodySizes.at(post), copied->bytesSent);

        // The extra disk: any member's address, ?target= the VM's location (node2).
        VolumeTarget disk;
        disk.connection = connection(node1.url());
        disk.pool = QStringLiteral("local");
        disk.volumeName = QStringLiteral("web01-disk1");
        disk.member = QStringLiteral("node2");
        disk.indexYaml = "name: web01-disk1\n";
        auto volume = streamDiskIntoNewVolume(source(node2), disk, options);
        QVERIFY2(volume, qPrintable(volume ? QString() : volume.error().toString()));
        QCOMPARE(node1.requests.filter(QStringLiteral("POST ")),
            QStringList({QStringLiteral(
                "POST /1.0/storage-pools/local/volumes/custom?project=default&target=node2")}));
    }

    // Not clustered (the lab's LXD 5.0, and any single server): no member, no target=.
    void singleServerGetsNoTarget()
    {
        FakeMember server;
        QVERIFY(server.start(m_cert, m_key));
        VmTarget vm;
        vm.connection = connection(server.url());
        vm.instanceName = QStringLiteral("web01");
        vm.pool = QStringLiteral("default");
        vm.indexYaml = "name: web01\n";
        vm.backupYaml = "container:\n  name: web01\n";
        StreamOptions options;
        options.zeros = ZeroRegions::Send;
        auto copied = streamDiskIntoNewVm(source(server), vm, options);
        QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().toString()));
        QVERIFY(server.requests.contains(QStringLiteral("POST /1.0/instances?project=default")));
        for (const QString &r : std::as_const(server.requests))
            QVERIFY2(!r.contains(QStringLiteral("target=")), qPrintable(r));
    }
};

QTEST_GUILESS_MAIN(TestClusterImport)
#include "test_clusterimport.moc"
