// unit.systemdnotify: the systemd notify protocol (util/systemdnotify) against a datagram socket
// the test binds, and the POSIX signal watcher (util/unixsignals) that ferryctl engine run
// --serve stops on.
#include "util/logging.h"
#include "util/systemdnotify.h"
#include "util/unixsignals.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace ferry;

namespace {

#ifdef Q_OS_LINUX
// A datagram socket bound to a path or (name starting with '@') an abstract name.
class Listener
{
public:
    explicit Listener(const QByteArray &name)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un addr {};
        addr.sun_family = AF_UNIX;
        std::memcpy(addr.sun_path, name.constData(), size_t(name.size()));
        socklen_t length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(name.size()));
        if (name.startsWith('@'))
            addr.sun_path[0] = '\0';
        else
            length += 1;
        m_bound = ::bind(m_fd, reinterpret_cast<const sockaddr *>(&addr), length) == 0;
    }
    ~Listener() { ::close(m_fd); }
    bool bound() const { return m_bound; }
    // The next datagram, or empty after timeoutMs.
    QByteArray next(int timeoutMs = 2000)
    {
        pollfd p {m_fd, POLLIN, 0};
        if (::poll(&p, 1, timeoutMs) != 1)
            return {};
        char buffer[4096];
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        return n > 0 ? QByteArray(buffer, int(n)) : QByteArray();
    }

private:
    int m_fd = -1;
    bool m_bound = false;
};
#endif

// Sets environment variables for one test and restores them.
class Env
{
public:
    void set(const char *name, const QByteArray &value)
    {
        m_saved.append({name, qgetenv(name), qEnvironmentVariableIsSet(name)});
        qputenv(name, value);
    }
    void unset(const char *name)
    {
        m_saved.append({name, qgetenv(name), qEnvironmentVariableIsSet(name)});
        qunsetenv(name);
    }
    ~Env()
    {
        for (auto it = m_saved.crbegin(); it != m_saved.crend(); ++it)
            if (it->wasSet)
                qputenv(it->name, it->value);
            else
                qunsetenv(it->name);
    }

private:
    struct Saved
    {
        const char *name;
        QByteArray value;
        bool wasSet;
    };
    QList<Saved> m_saved;
};

} // namespace

class TestSystemdNotify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutSocketNothingIsSent()
    {
        Env env;
        env.unset("NOTIFY_SOCKET");
        env.unset("WATCHDOG_USEC");
        SystemdNotifier n;
        QVERIFY(!n.enabled());
        QCOMPARE(n.watchdogIntervalMs(), 0);
        QVERIFY(n.ready());
        QVERIFY(n.status(QStringLiteral("idle")));
    }

    void sendsToAPathSocket()
    {
#ifndef Q_OS_LINUX
        QSKIP("the notify protocol is Linux only");
#else
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("notify")));
        Listener listener(path);
        QVERIFY(listener.bound());
        Env env;
        env.set("NOTIFY_SOCKET", path);
        env.unset("WATCHDOG_USEC");
        SystemdNotifier n;
        QVERIFY(n.enabled());
        QVERIFY(n.ready());
        QCOMPARE(listener.next(), QByteArray("READY=1"));
        QVERIFY(n.status(QStringLiteral("Migrations running: 2;\nengine e1")));
        QCOMPARE(listener.next(), QByteArray("STATUS=Migrations running: 2; engine e1"));
        // The same status again is not sent; a changed one is.
        QVERIFY(n.status(QStringLiteral("Migrations running: 2; engine e1")));
        QVERIFY(n.status(QStringLiteral("Migrations running: 1; engine e1")));
        QCOMPARE(listener.next(), QByteArray("STATUS=Migrations running: 1; engine e1"));
        QVERIFY(n.watchdog());
        QCOMPARE(listener.next(), QByteArray("WATCHDOG=1"));
        QVERIFY(n.stopping());
        QCOMPARE(listener.next(), QByteArray("STOPPING=1"));
        QCOMPARE(listener.next(100), QByteArray());
#endif
    }

    void sendsToAnAbstractSocket()
    {
#ifndef Q_OS_LINUX
        QSKIP("the notify protocol is Linux only");
#else
        const QByteArray name = "@ferry-test-notify-" + QByteArray::number(qint64(::getpid()));
        Listener listener(name);
        QVERIFY(listener.bound());
        Env env;
        env.set("NOTIFY_SOCKET", name);
        SystemdNotifier n;
        QVERIFY(n.enabled());
        QVERIFY(n.ready());
        QCOMPARE(listener.next(), QByteArray("READY=1"));
#endif
    }

    void nobodyListening()
    {
#ifndef Q_OS_LINUX
        QSKIP("the notify protocol is Linux only");
#else
        QTemporaryDir dir;
        Env env;
        env.set("NOTIFY_SOCKET", QFile::encodeName(dir.filePath(QStringLiteral("gone"))));
        SystemdNotifier n;
        QVERIFY(n.enabled());
        QVERIFY(!n.ready()); // reported, not fatal
#endif
    }

    void watchdogInterval()
    {
#ifndef Q_OS_LINUX
        QSKIP("the notify protocol is Linux only");
#else
        Env env;
        env.set("WATCHDOG_USEC", "2000000");
        env.unset("WATCHDOG_PID");
        QCOMPARE(SystemdNotifier().watchdogIntervalMs(), 1000);
        env.set("WATCHDOG_PID", QByteArray::number(qint64(::getpid())));
        QCOMPARE(SystemdNotifier().watchdogIntervalMs(), 1000);
        // Another process's watchdog.
        env.set("WATCHDOG_PID", QByteArray::number(qint64(::getpid()) + 1));
        QCOMPARE(SystemdNotifier().watchdogIntervalMs(), 0);
        env.unset("WATCHDOG_PID");
        env.set("WATCHDOG_USEC", "nonsense");
        QCOMPARE(SystemdNotifier().watchdogIntervalMs(), 0);
        env.set("WATCHDOG_USEC", "0");
        QCOMPARE(SystemdNotifier().watchdogIntervalMs(), 0);
#endif
    }

    void journalLines()
    {
#ifndef Q_OS_LINUX
        QSKIP("the journal is Linux only");
#else
        // stderr is a file standing in for the journal's stream; $JOURNAL_STREAM names it.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray errPath = QFile::encodeName(dir.filePath(QStringLiteral("stderr")));
        std::fflush(stderr);
        const int saved = ::dup(2);
        const int file = ::open(errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        QVERIFY(saved >= 0 && file >= 0);
        ::dup2(file, 2);
        ::close(file);
        struct stat st
        {
        };
        ::fstat(2, &st);
        Env env;
        env.set("JOURNAL_STREAM",
            QByteArray::number(qulonglong(st.st_dev)) + ':'
                + QByteArray::number(qulonglong(st.st_ino)));
        installFileLogger(dir.filePath(QStringLiteral("logs")), QStringLiteral("t"), false);
        setLogEchoToStderr(true);
        qWarning("a warning");
        qInfo("some news");
        setLogEchoToStderr(false);
        qInfo("only in the file");
        qInstallMessageHandler(nullptr);
        std::fflush(stderr);
        ::dup2(saved, 2);
        ::close(saved);
        QFile err(QFile::decodeName(errPath));
        QVERIFY(err.open(QIODevice::ReadOnly));
        QCOMPARE(err.readAll(), QByteArray("<4>default: a warning\n<6>default: some news\n"));
        QFile log(dir.filePath(QStringLiteral("logs/t.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logged = log.readAll();
        QVERIFY(logged.contains("warning default: a warning"));
        QVERIFY(logged.contains("info default: only in the file"));
#endif
    }

    void signalsArriveInTheEventLoop()
    {
#ifndef Q_OS_UNIX
        QSKIP("no POSIX signals here");
#else
        {
            UnixSignalWatcher watcher({SIGTERM, SIGINT});
            QVERIFY(watcher.isWatching());
            QSignalSpy spy(&watcher, &UnixSignalWatcher::received);
            QCOMPARE(::raise(SIGTERM), 0); // handled: the test process lives on
            QVERIFY(spy.wait(2000));
            QCOMPARE(spy.takeFirst().at(0).toInt(), SIGTERM);
            QCOMPARE(::raise(SIGINT), 0);
            QVERIFY(spy.wait(2000));
            QCOMPARE(spy.takeFirst().at(0).toInt(), SIGINT);
        }
        // The previous handlers are back: a second watcher can be made.
        UnixSignalWatcher again({SIGINT});
        QVERIFY(again.isWatching());
#endif
    }
};

QTEST_GUILESS_MAIN(TestSystemdNotify)
#include "test_systemdnotify.moc"
