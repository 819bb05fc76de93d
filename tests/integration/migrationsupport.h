#pragma once

// Helpers for integration tests that drive the migration engine as an administrator would, in
// separate processes, against the lab (tests/lab): ferryctl runs (and `ferryctl engine run` as a
// child that can be killed), the VM-capable LXD read through `lxc query`, what Ferry left there
// found by its user.ferry.* markers, disk hashes, the power state of a source VM over SOAP, and a
// loopback TCP proxy that can cut a peer off mid-transfer. Used by test_migration_faults.cpp;
// meant for the crash and fault tests that build on it.
#include "common/labenv.h"
#include "common/processrun.h"
#include "engine/vspherevm.h"
#include "net/httpclient.h"
#include "vmware/soapclient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QThread>
#include <QVector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace ferry::test {

// coreutils' sha256sum when there is one (it uses the CPU's SHA instructions: the tests hash
// many GiB), else Qt's.
inline QString sha256OfFile(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("sha256sum"), {QStringLiteral("--"), path});
    if (p.waitForFinished(600000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
        const QString sum = QString::fromLatin1(p.readAllStandardOutput().left(64));
        if (sum.size() == 64)
            return sum;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    QByteArray buf(4 << 20, Qt::Uninitialized);
    while (true) {
        const qint64 n = f.read(buf.data(), buf.size());
        if (n <= 0)
            break;
        h.addData(QByteArrayView(buf.constData(), n));
    }
    return QString::fromLatin1(h.result().toHex());
}

// One scenario disk of the lab's manifest (*_INVENTORY): its datastore path and flat extent.
struct ScenarioDisk
{
    int index = 0;
    qint64 capacity = 0;
    QString datastorePath; // "[LocalDS_0] web 01 (prod)/web 01 (prod).vmdk"
    QString flatFile; // the extent on the local disk
};

// The manifest's facts of one VM (by inventory path): its moref and disks in index order.
struct ScenarioVm
{
    QString moref;
    QVector<ScenarioDisk> disks;
};

inline ScenarioVm scenarioVm(const QString &inventory, const QString &location)
{
    ScenarioVm vm;
    QFile f(inventory);
    if (!f.open(QIODevice::ReadOnly))
        return vm;
    QVector<QStringList> diskLines;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QStringList cols = QString::fromUtf8(raw).split(QLatin1Char('\t'));
        if (cols.value(0) == QLatin1String("vm") && cols.value(6) == location)
            vm.moref = cols.value(1);
        else if (cols.value(0) == QLatin1String("disk"))
            diskLines << cols;
    }
    for (const QStringList &cols : std::as_const(diskLines))
        if (!vm.moref.isEmpty() && cols.value(1) == vm.moref)
            vm.disks << ScenarioDisk {
                cols.value(2).toInt(), cols.value(3).toLongLong(), cols.value(5), cols.value(7)};
    std::sort(vm.disks.begin(), vm.disks.end(),
        [](const ScenarioDisk &a, const ScenarioDisk &b) { return a.index < b.index; });
    return vm;
}

// ferryctl, lxc and the engine as child processes, with the lab's keyring and LXD.
class MigrationLab
{
public:
    LabEnv lab;
    QString dataDir; // ferryctl --data-dir
    QString project = QStringLiteral("default"); // LXD project the queries look into

    QString value(const char *key) const { return lab[key]; }
    QString pool() const { return lab["FERRY_LAB_LXDVM_POOL"]; }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("DISPLAY"));
        e.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), lab["FERRY_LAB_DBUS_ADDRESS"]);
        e.insert(QStringLiteral("XDG_RUNTIME_DIR"), lab["FERRY_LAB_XDG_RUNTIME_DIR"]);
        e.insert(QStringLiteral("LXD_DIR"), lab["FERRY_LAB_LXDVM_DIR"]);
        e.insert(QStringLiteral("LXD_CONF"), lab["FERRY_LAB_DIR"] + QStringLiteral("/lxc-conf"));
        return e;
    }

    ProcessRun run(const QString &program, const QStringList &args, const QByteArray &input = {},
        int timeoutMs = 120000) const
    {
        return runProcess(program, args, input, environment(), timeoutMs);
    }

    QStringList ferryctlArgs(const QStringList &args) const
    {
        return QStringList {QStringLiteral("--data-dir"), dataDir} + args;
    }

    ProcessRun ferryctl(
        const QStringList &args, const QByteArray &input = {}, int timeoutMs = 120000) const
    {
        return runFerryctl(dataDir, args, input, environment(), timeoutMs);
    }

    ProcessRun lxc(const QStringList &args) const { return run(QStringLiteral("lxc"), args); }

    QJsonDocument lxdQuery(const QString &path) const
    {
        const ProcessRun r = lxc({QStringLiteral("query"), path});
        if (r.exitCode != 0)
            return {};
        return QJsonDocument::fromJson(r.out.toUtf8());
    }

    QString withProject(const QString &path) const
    {
        return path + (path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
            + QStringLiteral("project=") + project;
    }

    // Instances of the project whose config has key == value (any value when value is empty).
    QJsonArray instancesWith(const QString &key, const QString &value = {}) const
    {
        QJsonArray found;
        const QJsonArray all
            = lxdQuery(withProject(QStringLiteral("/1.0/instances?recursion=1"))).array();
        for (const QJsonValue &i : all) {
            const QJsonValue v = i[QStringLiteral("config")][key];
            if (!v.isUndefined() && (value.isEmpty() || v.toString() == value))
                found << i;
        }
        return found;
    }

    QJsonObject instance(const QString &name) const
    {
        return lxdQuery(withProject(QStringLiteral("/1.0/instances/") + name)).object();
    }

    // Custom volumes of the pool (in the project) with key == value (any when value is empty).
    QJsonArray volumesWith(const QString &key, const QString &value = {}) const
    {
        QJsonArray found;
        const QJsonArray all = lxdQuery(
            withProject(
                QStringLiteral("/1.0/storage-pools/%1/volumes/custom?recursion=1").arg(pool())))
                                   .array();
        for (const QJsonValue &i : all) {
            const QJsonValue v = i[QStringLiteral("config")][key];
            if (!v.isUndefined() && (value.isEmpty() || v.toString() == value))
                found << i;
        }
        return found;
    }

    // Where LXD's dir pool keeps a VM's root disk and a custom block volume.
    QString rootImage(const QString &instanceName) const
    {
        const QString prefix
            = project == QLatin1String("default") ? QString() : project + QLatin1Char('_');
        return lab["FERRY_LAB_LXDVM_DIR"] + QStringLiteral("/storage-pools/") + pool()
            + QStringLiteral("/virtual-machines/") + prefix + instanceName
            + QStringLiteral("/root.img");
    }
    QString volumeImage(const QString &volumeName) const
    {
        return lab["FERRY_LAB_LXDVM_DIR"] + QStringLiteral("/storage-pools/") + pool()
            + QStringLiteral("/custom/") + project + QLatin1Char('_') + volumeName
            + QStringLiteral("/root.img");
    }

    QJsonObject queueShow(const QString &name) const
    {
        const ProcessRun r = ferryctl({QStringLiteral("queue"), QStringLiteral("show"), name,
            QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    QJsonArray queueList() const
    {
        const ProcessRun r = ferryctl({QStringLiteral("queue"), QStringLiteral("list"),
            QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    // Polls `queue show NAME` until pred(entry) holds or timeoutMs passes; the last entry read.
    template<typename Pred>
    QJsonObject waitForEntry(const QString &name, Pred pred, int timeoutMs, bool *met) const
    {
        QElapsedTimer t;
        t.start();
        QJsonObject e;
        *met = false;
        while (t.elapsed() < timeoutMs) {
            e = queueShow(name);
            if (pred(e)) {
                *met = true;
                break;
            }
            QThread::msleep(300);
        }
        return e;
    }
};

// Bytes done and total over all disks of a `queue show` entry.
inline std::pair<qint64, qint64> diskBytes(const QJsonObject &entry)
{
    qint64 done = 0;
    qint64 total = 0;
    for (const QJsonValue &d : entry[QStringLiteral("disks")].toArray()) {
        done += d[QStringLiteral("bytes_done")].toVariant().toLongLong();
        total += d[QStringLiteral("bytes_total")].toVariant().toLongLong();
    }
    return {done, total};
}

// `ferryctl engine run` as a child process that the test can kill -9.
class EngineProcess
{
public:
    explicit EngineProcess(const MigrationLab &lab)
        : m_lab(lab)
    { }
    ~EngineProcess()
    {
        if (m_p.state() != QProcess::NotRunning) {
            m_p.kill();
            m_p.waitForFinished(10000);
        }
    }

    bool start(const QStringList &extraArgs = {})
    {
        m_p.setProcessEnvironment(m_lab.environment());
        m_p.start(ferryctlPath(),
            m_lab.ferryctlArgs(
                QStringList {QStringLiteral("engine"), QStringLiteral("run")} + extraArgs));
        m_p.closeWriteChannel();
        return m_p.waitForStarted(30000);
    }
    qint64 pid() const { return m_p.processId(); }
    bool running() const { return m_p.state() == QProcess::Running; }
    // SIGKILL: no handler, no cleanup, as a crash or a power cut.
    void killHard()
    {
        m_p.kill();
        m_p.waitForFinished(30000);
    }
    // The exit code, -1 when it crashed, was killed or is still running after timeoutMs.
    int wait(int timeoutMs)
    {
        if (!m_p.waitForFinished(timeoutMs))
            return -1;
        return m_p.exitStatus() == QProcess::NormalExit ? m_p.exitCode() : -1;
    }
    QString output()
    {
        m_seen += QString::fromUtf8(m_p.readAllStandardOutput() + m_p.readAllStandardError());
        return m_seen;
    }
    // The output for a failure message: QtTest cuts messages short, so the queue table's borders
    // and padding go and the end (the errors) is kept.
    QString summary()
    {
        QStringList kept;
        for (const QString &line : output().split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char('+')))
                continue;
            kept << line.simplified();
        }
        return kept.join(QLatin1Char('\n')).right(900);
    }

private:
    const MigrationLab &m_lab;
    QProcess m_p;
    QString m_seen;
};

// The power state of a source VM, read over SOAP with the lab's credentials (prefix
// "FERRY_LAB_VC" or "FERRY_LAB_ESX"): "poweredOn", "poweredOff", or an error text.
inline QString sourcePowerState(const LabEnv &lab, const QString &prefix, const QString &moref)
{
    net::HttpClient http;
    http.setPinnedSha256(lab.value(prefix + QStringLiteral("_FINGERPRINT")));
    vmware::SoapClient soap(&http, QUrl(lab.value(prefix + QStringLiteral("_URL"))));
    if (auto sc = soap.retrieveServiceContent(); !sc)
        return sc.error().toString();
    if (Status st = soap.login(lab.value(prefix + QStringLiteral("_USER")),
            lab.value(prefix + QStringLiteral("_PASSWORD")));
        !st)
        return st.error().toString();
    auto state = engine::VsphereVm(&soap, moref).powerState();
    return state ? *state : state.error().toString();
}

inline Status setSourcePower(
    const LabEnv &lab, const QString &prefix, const QString &moref, bool on)
{
    net::HttpClient http;
    http.setPinnedSha256(lab.value(prefix + QStringLiteral("_FINGERPRINT")));
    vmware::SoapClient soap(&http, QUrl(lab.value(prefix + QStringLiteral("_URL"))));
    if (auto sc = soap.retrieveServiceContent(); !sc)
        return sc.error();
    if (Status st = soap.login(lab.value(prefix + QStringLiteral("_USER")),
            lab.value(prefix + QStringLiteral("_PASSWORD")));
        !st)
        return st;
    engine::VsphereVm vm(&soap, moref);
    return on ? vm.powerOn() : vm.powerOff(false, engine::PowerOffPolicy {60000, true});
}

// A TCP proxy on 127.0.0.1 in front of a peer, on its own thread (the test's thread blocks in
// QProcess waits). cut() resets every open connection at once: a source that goes away
// mid-transfer. New connections are accepted unless refuse(true).
class TcpProxy
{
public:
    TcpProxy(QString host, quint16 port)
        : m_host(std::move(host))
        , m_port(port)
    { }
    ~TcpProxy() { stop(); }

    bool start()
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        if (m_listen < 0)
            return false;
        int one = 1;
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = 0;
        if (::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0
            || ::listen(m_listen, 64) != 0)
            return false;
        socklen_t len = sizeof a;
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len);
        m_listenPort = ntohs(a.sin_port);
        m_thread = std::thread([this]() { loop(); });
        return true;
    }
    quint16 port() const { return m_listenPort; }
    QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(m_listenPort); }
    void cut() { m_cut = true; }
    // Cuts once, when `more` further bytes have come from the peer (a transfer mid-way).
    void cutAfter(qint64 more) { m_cutAt = m_fromPeer.load() + more; }
    void refuse(bool r) { m_refuse = r; }
    qint64 bytesFromPeer() const { return m_fromPeer.load(); }
    int cuts() const { return m_cutCount.load(); }

    void stop()
    {
        if (m_thread.joinable()) {
            m_stop = true;
            m_thread.join();
        }
        if (m_listen >= 0)
            ::close(m_listen);
        m_listen = -1;
    }

private:
    struct Pair
    {
        int client;
        int peer;
    };

    int connectPeer() const
    {
        const int s = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_port = htons(m_port);
        ::inet_pton(AF_INET, m_host.toLatin1().constData(), &a.sin_addr);
        if (::connect(s, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
            ::close(s);
            return -1;
        }
        return s;
    }

    static void resetClose(int fd)
    {
        linger l {1, 0}; // RST, as a peer that is gone
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
        ::close(fd);
    }

    void loop()
    {
        std::vector<Pair> pairs;
        std::vector<char> buf(256 * 1024);
        while (!m_stop) {
            const qint64 at = m_cutAt.load();
            if (at > 0 && m_fromPeer.load() >= at) {
                m_cutAt = 0;
                m_cut = true;
            }
            if (m_cut.exchange(false)) {
                for (const Pair &p : pairs) {
                    resetClose(p.client);
                    resetClose(p.peer);
                }
                pairs.clear();
                ++m_cutCount;
            }
            std::vector<pollfd> fds;
            fds.push_back({m_listen, POLLIN, 0});
            for (const Pair &p : pairs) {
                fds.push_back({p.client, POLLIN, 0});
                fds.push_back({p.peer, POLLIN, 0});
            }
            if (::poll(fds.data(), fds.size(), 50) <= 0)
                continue;
            // Only the pairs that were polled (an accept below adds one without an entry in fds).
            const size_t polled = pairs.size();
            if (fds[0].revents & POLLIN) {
                const int c = ::accept(m_listen, nullptr, nullptr);
                if (c >= 0) {
                    const int peer = m_refuse ? -1 : connectPeer();
                    if (peer < 0)
                        resetClose(c);
                    else
                        pairs.push_back({c, peer});
                }
            }
            std::vector<size_t> dead;
            for (size_t i = 0; i < polled; ++i) {
                for (int side = 0; side < 2; ++side) {
                    const pollfd &f = fds[1 + 2 * i + side];
                    if (!(f.revents & (POLLIN | POLLHUP | POLLERR)))
                        continue;
                    const int from = side == 0 ? pairs[i].client : pairs[i].peer;
                    const int to = side == 0 ? pairs[i].peer : pairs[i].client;
                    const ssize_t n = ::read(from, buf.data(), buf.size());
                    bool ok = n > 0;
                    for (ssize_t off = 0; ok && off < n;) {
                        const ssize_t w
                            = ::send(to, buf.data() + off, size_t(n - off), MSG_NOSIGNAL);
                        if (w <= 0)
                            ok = false;
                        else
                            off += w;
                    }
                    if (ok && side == 1)
                        m_fromPeer += n;
                    if (!ok) {
                        dead.push_back(i);
                        break;
                    }
                }
            }
            for (auto it = dead.rbegin(); it != dead.rend(); ++it) {
                ::close(pairs[*it].client);
                ::close(pairs[*it].peer);
                pairs.erase(pairs.begin() + long(*it));
            }
        }
        for (const Pair &p : pairs) {
            ::close(p.client);
            ::close(p.peer);
        }
    }

    QString m_host;
    quint16 m_port;
    int m_listen = -1;
    quint16 m_listenPort = 0;
    std::thread m_thread;
    std::atomic_bool m_stop {false};
    std::atomic_bool m_cut {false};
    std::atomic_bool m_refuse {false};
    std::atomic<qint64> m_fromPeer {0};
    std::atomic<qint64> m_cutAt {0};
    std::atomic_int m_cutCount {0};
};

} // namespace ferry::test
