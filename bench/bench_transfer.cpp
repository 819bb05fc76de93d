// The disk data path against a lab (bench/transfer): Ferry's streamed import of one flat extent
// from the simulated datastore into a new VM on the VM-capable LXD, and what plain HTTP clients
// need for the same bytes. Prints one line of figures per run; bench/transfer runs the modes.
//
//   bench_transfer LAB_ENV ferry REL_PATH NAME [send|auto]
//       Ferry: "ferry <seconds> <disk bytes> <read> <sent> <data> <peak RSS KiB> <peak buffer>"
//   bench_transfer LAB_ENV prepare REL_PATH NAME DIR
//       For the plain clients: DIR/prefix.bin (index.yaml, backup.yaml, the image's header),
//       DIR/suffix.bin (its padding), DIR/env (SOURCE_URL, COOKIE, POST_URL, LENGTH,
//       CERT, KEY).
// REL_PATH: the extent under the lab vCenter's datastore; its size is the disk's.
#include "common/labenv.h"
#include "incus/incusclient.h"
#include "incus/targetconfig.h"
#include "net/httpclient.h"
#include "transfer/tarformat.h"
#include "transfer/vmimport.h"
#include "vmware/soapclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <cstdio>

using namespace ferry;

namespace {

QUrl folderUrl(const test::LabEnv &lab, const QString &rel)
{
    QUrl url(lab[("FERRY_LAB_VC_URL")]);
    url.setPath(QStringLiteral("/folder/") + rel);
    url.setQuery(QStringLiteral("dcPath=%1&dsName=%2")
                     .arg(lab["FERRY_LAB_VC_DATACENTER"], lab["FERRY_LAB_VC_DATASTORE"]));
    return url;
}

qint64 peakRssKiB()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: bench_transfer LAB_ENV ferry|prepare REL_PATH NAME [...]\n");
        return 2;
    }
    qputenv("FERRY_LAB_ENV", args[1].toLocal8Bit());
    const test::LabEnv lab = test::LabEnv::load();
    const QString mode = args[2];
    const QString rel = args[3];
    const QString name = args[4];
    const qint64 size
        = QFileInfo(lab["FERRY_LAB_VC_DATASTORE_PATH"] + QLatin1Char('/') + rel).size();
    if (size <= 0) {
        std::fprintf(stderr, "no extent %s\n", qPrintable(rel));
        return 2;
    }

    // A vSphere session for the datastore's /folder.
    net::HttpClient http;
    http.setPinnedSha256(lab["FERRY_LAB_VC_FINGERPRINT"]);
    const QUrl sdk(lab["FERRY_LAB_VC_URL"]);
    vmware::SoapClient soap(&http, sdk);
    if (auto sc = soap.retrieveServiceContent(); !sc) {
        std::fprintf(stderr, "%s\n", qPrintable(sc.error().toString()));
        return 1;
    }
    if (Status st = soap.login(lab["FERRY_LAB_VC_USER"], lab["FERRY_LAB_VC_PASSWORD"]); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().toString()));
        return 1;
    }
    QByteArrayList cookies;
    if (auto *jar = http.manager()->cookieJar())
        for (const QNetworkCookie &c : jar->cookiesForUrl(sdk))
            cookies << c.toRawForm(QNetworkCookie::NameAndValueOnly);

    transfer::VmTarget t;
    t.connection.endpoint = QUrl(lab["FERRY_LAB_LXDVM_URL"]);
    t.connection.pinnedSha256 = lab["FERRY_LAB_LXDVM_FINGERPRINT"];
    QFile cert(lab["FERRY_LAB_LXDVM_CLIENT_CERT"]);
    QFile key(lab["FERRY_LAB_LXDVM_CLIENT_KEY"]);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return 1;
    t.connection.clientCertificate = QSslCertificate(cert.readAll());
    const QByteArray keyPem = key.readAll();
    t.connection.clientKey = QSslKey(keyPem, QSsl::Ec);
    if (t.connection.clientKey.isNull())
        t.connection.clientKey = QSslKey(keyPem, QSsl::Rsa);
    t.instanceName = name;
    const QMap<QString, QString> config {{QStringLiteral("limits.cpu"), QStringLiteral("2")},
        {QStringLiteral("limits.memory"), QStringLiteral("2048MiB")},
        {QStringLiteral("security.secureboot"), QStringLiteral("false")}};
    const incus::BackupPool pool {lab["FERRY_LAB_LXDVM_POOL"], QStringLiteral("dir")};
    t.pool = pool.name;
    t.indexYaml = incus::vmBackupYaml(name, pool, size, config, QString(), true);
    t.backupYaml = incus::vmBackupYaml(name, pool, size, config, QString(), false);
    t.connection.operationTimeoutMs = 3600000;

    if (mode == QLatin1String("ferry")) {
        transfer::DiskSource src;
        src.extentUrl = folderUrl(lab, rel);
        src.cookie = cookies.join("; ");
        src.pinnedSha256 = lab["FERRY_LAB_VC_FINGERPRINT"];
        src.sizeBytes = size;
        transfer::StreamOptions options;
        options.zeros = args.value(5) == QLatin1String("send") ? transfer::ZeroRegions::Send
                                                               : transfer::ZeroRegions::Auto;
        // "patched N": what a guest conversion changes, N clusters of 64 KiB spread over the
        // disk, put over the source's bytes from a local file as the copy streams (the lab's
        // Debian guest: about 690 clusters, 45 MB).
        QTemporaryDir patchDir;
        if (args.value(6) == QLatin1String("patched")) {
            const int n = args.value(7).toInt();
            const qint64 cluster = 65536;
            src.patches.file = patchDir.filePath(QStringLiteral("overlay"));
            QFile f(src.patches.file);
            if (!f.open(QIODevice::WriteOnly))
                return 1;
            QByteArray bytes(int(cluster), Qt::Uninitialized);
            for (int i = 0; i < n; ++i) {
                for (int b = 0; b < bytes.size(); ++b)
                    bytes[b] = char((i * 31 + b) % 251 + 1);
                f.write(bytes);
                const qint64 at = (size / n) * i / cluster * cluster;
                src.patches.regions.push_back({at, cluster, qint64(i) * cluster});
            }
            f.close();
        }
        auto r = transfer::streamDiskIntoNewVm(src, t, options);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return 1;
        }
        std::printf("ferry %.3f %lld %lld %lld %lld %lld %lld\n", double(r->elapsedMs) / 1000.0,
            r->diskBytes, r->bytesRead, r->bytesSent, r->dataBytes, peakRssKiB(),
            r->peakBufferedBytes);
        return 0;
    }

    if (mode == QLatin1String("prepare")) {
        const QDir dir(args.value(5));
        QByteArray prefix;
        auto add = [&](const QString &file, const QByteArray &content) {
            prefix += transfer::tarHeader(file, content.size());
            prefix += content;
            prefix += QByteArray(int(transfer::tarPadding(content.size())), '\0');
        };
        add(QStringLiteral("backup/index.yaml"), t.indexYaml);
        add(QStringLiteral("backup/virtual-machine/backup.yaml"), t.backupYaml);
        prefix += transfer::tarHeader(QStringLiteral("backup/virtual-machine.img"), size);
        const QByteArray suffix(int(transfer::tarPadding(size)), '\0');
        QFile p(dir.filePath(QStringLiteral("prefix.bin")));
        QFile s(dir.filePath(QStringLiteral("suffix.bin")));
        QFile e(dir.filePath(QStringLiteral("env")));
        if (!p.open(QIODevice::WriteOnly) || !s.open(QIODevice::WriteOnly)
            || !e.open(QIODevice::WriteOnly))
            return 1;
        p.write(prefix);
        s.write(suffix);
        QUrl post = t.connection.endpoint;
        const QString path = incus::path::instances(QStringLiteral("default"));
        post.setPath(path.section(QLatin1Char('?'), 0, 0));
        post.setQuery(path.section(QLatin1Char('?'), 1));
        QTextStream out(&e);
        out << "SOURCE_URL='" << folderUrl(lab, rel).toString(QUrl::FullyEncoded) << "'\n"
            << "COOKIE='" << cookies.join("; ") << "'\n"
            << "POST_URL='" << post.toString() << "'\n"
            << "LENGTH=" << (prefix.size() + size + suffix.size()) << '\n'
            << "CERT='" << lab["FERRY_LAB_LXDVM_CLIENT_CERT"] << "'\n"
            << "KEY='" << lab["FERRY_LAB_LXDVM_CLIENT_KEY"] << "'\n";
        return 0;
    }
    std::fprintf(stderr, "unknown mode %s\n", qPrintable(mode));
    return 2;
}
