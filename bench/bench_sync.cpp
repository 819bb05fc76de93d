// Inventory sync benchmark. Two modes, each run in its own process so peak memory is its own:
//   bench_sync bare LABENV   the same PropertyCollector pages as a sync, bodies read and dropped
//   bench_sync sync LABENV   Ferry's whole sync into a fresh database (parse, model, SQLite)
//   bench_sync parse FILE    the client side alone: parse and assemble a saved answer (best of 5
//                            runs, CPU time of this thread), no server, no database
// Prints "mode seconds peak_rss_mib vms pages". With FERRY_BENCH_SAVE_XML=FILE, bare saves the
// first page it reads there (what parse reads).
#include "net/httpclient.h"
#include "secrets/credentialstore.h"
#include "sources/sourceservice.h"
#include "store/database.h"
#include "store/sourcerepository.h"
#include "vmware/inventory.h"
#include "vmware/soapclient.h"
#include "vmware/xmlnode.h"
#include "vmware/xmlreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace ferry;

namespace {

QHash<QString, QString> readEnv(const QString &path)
{
    QHash<QString, QString> env;
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq > 0)
                env.insert(line.left(eq), line.mid(eq + 1));
        }
    return env;
}

double peakRssMib()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return fail(QStringLiteral("usage: bench_sync bare|sync LABENV"));
    const QString mode = QString::fromLocal8Bit(argv[1]);
    if (mode == QLatin1String("parse")) {
        QFile file(QString::fromLocal8Bit(argv[2]));
        if (!file.open(QIODevice::ReadOnly))
            return fail(file.errorString());
        const QByteArray answer = file.readAll();
        double best = 1e9;
        int vms = 0;
        for (int run = 0; run < 5; ++run) {
            const double start = threadCpuSeconds();
            vmware::InventoryAssembler assembler;
            vmware::XmlReader reader(answer);
            const vmware::SoapStream stream = vmware::walkSoapResponse(
                reader, QStringLiteral("RetrievePropertiesEx"), [&](vmware::XmlReader &r) {
                    if (r.name() == QLatin1String("objects"))
                        assembler.addObject(vmware::readElement(r));
                    else
                        r.skipCurrentElement();
                });
            if (!stream.parseError.isEmpty())
                return fail(stream.parseError);
            vms = int(assembler.finish({}, 1).instances.size());
            best = std::min(best, threadCpuSeconds() - start);
        }
        std::printf(
            "parse %.3f %.1f %d 1 %.1f\n", best, peakRssMib(), vms, answer.size() / 1048576.0);
        return 0;
    }
    const auto env = readEnv(QString::fromLocal8Bit(argv[2]));
    qputenv(
        "DBUS_SESSION_BUS_ADDRESS", env.value(QStringLiteral("FERRY_LAB_DBUS_ADDRESS")).toUtf8());
    const QString url = env.value(QStringLiteral("FERRY_LAB_VC_URL"));
    const QString user = env.value(QStringLiteral("FERRY_LAB_VC_USER"));
    const QString password = env.value(QStringLiteral("FERRY_LAB_VC_PASSWORD"));
    const QString fingerprint = env.value(QStringLiteral("FERRY_LAB_VC_FINGERPRINT"));

    QElapsedTimer t;
    if (mode == QLatin1String("bare")) {
        net::HttpClient http;
        http.setPinnedSha256(fingerprint);
        http.setTimeoutMs(600000);
        vmware::SoapClient soap(&http, QUrl(url));
        // Both measurements include connecting and logging in, as a user waits for both.
        t.start();
        if (Status st = soap.login(user, password); !st)
            return fail(st.error().toString());
        const auto &sc = soap.serviceContent();
        auto view = soap.call(QStringLiteral("CreateContainerView"), sc.viewManager,
            sc.rootFolder.toXml("container")
                + "<type>VirtualMachine</type><type>Folder</type><type>Datacenter</type>"
                  "<type>VirtualApp</type><type>ResourcePool</type><type>Network</type>"
                  "<type>DistributedVirtualPortgroup</type><type>OpaqueNetwork</type>"
                  "<recursive>true</recursive>");
        if (!view)
            return fail(view.error().toString());
        const auto viewRef = vmware::MoRef::from(view->child(u"returnval"));
        const QByteArray objectSet = "<objectSet>" + viewRef.toXml("obj")
            + "<skip>true</skip><selectSet xsi:type=\"TraversalSpec\"><name>view</name>"
              "<type>ContainerView</type><path>view</path><skip>false</skip></selectSet></"
              "objectSet>";
        // Raw HTTP for the pages: the bodies are read and dropped, nothing is parsed but the token.
        auto envelope = [](const QByteArray &method, const QByteArray &inner) -> QByteArray {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope "
                   "xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                   "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body><"
                + method + " xmlns=\"urn:vim25\">" + inner + "</" + method
                + "></soapenv:Body></soapenv:Envelope>";
        };
        const QList<QPair<QByteArray, QByteArray>> headers {
            {"Content-Type", "text/xml; charset=utf-8"}, {"SOAPAction", "urn:vim25/7.0"}};
        QByteArray body = envelope("RetrievePropertiesEx",
            sc.propertyCollector.toXml("_this") + "<specSet>" + vmware::inventoryPropertySpec()
                + objectSet + "</specSet><options><maxObjects>250</maxObjects></options>");
        int pages = 0;
        qint64 bytes = 0;
        int vms = 0;
        while (true) {
            auto resp = http.request("POST", QUrl(url), headers, body);
            if (!resp)
                return fail(resp.error().toString());
            ++pages;
            bytes += resp->body.size();
            if (pages == 1 && qEnvironmentVariableIsSet("FERRY_BENCH_SAVE_XML")) {
                QFile save(qEnvironmentVariable("FERRY_BENCH_SAVE_XML"));
                if (!save.open(QIODevice::WriteOnly) || save.write(resp->body) != resp->body.size())
                    return fail(save.errorString());
            }
            vms += int(resp->body.count("type=\"VirtualMachine\""));
            const qsizetype a = resp->body.indexOf("<token>");
            if (a < 0)
                break;
            const qsizetype b = resp->body.indexOf("</token>", a);
            const QByteArray token = resp->body.mid(a + 7, b - a - 7);
            body = envelope("ContinueRetrievePropertiesEx",
                sc.propertyCollector.toXml("_this") + "<token>" + token + "</token>");
        }
        const double secs = t.elapsed() / 1000.0;
        std::printf(
            "bare %.3f %.1f %d %d %.1f\n", secs, peakRssMib(), vms, pages, bytes / 1048576.0);
        return 0;
    }

    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("ferry.db")));
    if (!db)
        return fail(db.error().toString());
    auto secrets = std::make_shared<CredentialStore>(QStringLiteral("ferry-bench"));
    SourceService svc(*db, secrets);
    Source s;
    s.name = QStringLiteral("bench");
    s.endpoint = url.section(QStringLiteral("/sdk"), 0, 0);
    s.username = user;
    s.cert.trustedSha256 = fingerprint;
    auto added = svc.add(s, password.toUtf8());
    if (!added || added->connectivityStatus != connectivity::Ok)
        return fail(added ? added->statusDetail : added.error().toString());
    t.start();
    auto report = svc.sync(s.name);
    if (!report)
        return fail(report.error().toString());
    const double secs = t.elapsed() / 1000.0;
    std::printf("sync %.3f %.1f %d %d 0\n", secs, peakRssMib(), report->instances, 0);
    (void)secrets->remove(added->secretRef);
    return 0;
}
