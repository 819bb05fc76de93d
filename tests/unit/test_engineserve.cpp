// unit.engineserve (and pg.engineserve on the tests' PostgreSQL): `ferryctl engine run --serve`
// as systemd runs it (docs/scale.md, "Running as a service"). The test owns the notify socket
// ($NOTIFY_SOCKET, a datagram socket in a temporary directory) and asks for a 2 s watchdog
// ($WATCHDOG_USEC): READY=1 arrives, WATCHDOG=1 keeps arriving while the engine idles and the
// process stays up; after SIGTERM (or SIGINT) by its PID it sends STOPPING=1, exits 0 and leaves
// no row in the engines table.
#include "common/testdatabase.h"
#include "store/database.h"
#include "store/enginerepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

#ifdef Q_OS_LINUX
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace ferry;
using namespace ferry::test;

namespace {

#ifdef Q_OS_LINUX
// The notify socket systemd would own.
class NotifySocket
{
public:
    explicit NotifySocket(const QByteArray &path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un addr {};
        addr.sun_family = AF_UNIX;
        if (size_t(path.size()) >= sizeof addr.sun_path)
            return;
        std::memcpy(addr.sun_path, path.constData(), size_t(path.size()));
        m_bound = ::bind(m_fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) == 0;
    }
    ~NotifySocket() { ::close(m_fd); }
    bool bound() const { return m_bound; }
    // The next datagram's lines, or none after timeoutMs.
    QList<QByteArray> next(int timeoutMs)
    {
        pollfd p {m_fd, POLLIN, 0};
        if (::poll(&p, 1, timeoutMs) != 1)
            return {};
        char buffer[4096];
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        return n > 0 ? QByteArray(buffer, int(n)).split('\n') : QList<QByteArray>();
    }

private:
    int m_fd = -1;
    bool m_bound = false;
};
#endif

} // namespace

class TestEngineServe final : public QObject
{
    Q_OBJECT

private:
    void serveUntil(int signalNumber)
    {
#ifndef Q_OS_LINUX
        Q_UNUSED(signalNumber)
        QSKIP("the systemd notify protocol is Linux only");
#else
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TestDatabase pg;
        auto db = pg.open(dir.filePath(QStringLiteral("ferry.db")));
        if (pg.skip())
            QSKIP("the tests' PostgreSQL is not running (FERRY_LAB_PARTIAL=1)");
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        const QByteArray socketPath = QFile::encodeName(dir.filePath(QStringLiteral("notify")));
        NotifySocket notify(socketPath);
        QVERIFY(notify.bound());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NOTIFY_SOCKET"), QString::fromLocal8Bit(socketPath));
        env.insert(QStringLiteral("WATCHDOG_USEC"), QStringLiteral("2000000"));
        env.remove(QStringLiteral("WATCHDOG_PID"));
        env.insert(QStringLiteral("FERRY_DATA_DIR"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("FERRY_DATABASE"), (*db)->url().toString());
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        QProcess engine;
        engine.setProcessEnvironment(env);
        engine.setProgram(qEnvironmentVariable("FERRYCTL"));
        engine.setArguments({QStringLiteral("engine"), QStringLiteral("run"),
            QStringLiteral("--serve"), QStringLiteral("--heartbeat"), QStringLiteral("1"),
            QStringLiteral("--lease"), QStringLiteral("4")});
        // No terminal: stdin is closed, stdout and stderr are pipes (as under systemd).
        engine.setStandardInputFile(QProcess::nullDevice());
        engine.start();
        QVERIFY2(engine.waitForStarted(10000), qPrintable(engine.errorString()));
        // Everything the engine printed so far (QVERIFY2 evaluates its message every time).
        QString printed;
        auto output = [&engine, &printed] {
            printed += QString::fromUtf8(
                engine.readAllStandardOutput() + engine.readAllStandardError());
            return printed;
        };

        // READY=1 once registered and scheduling, with a status naming the engine.
        QElapsedTimer t;
        t.start();
        bool ready = false;
        QByteArray status;
        while (!ready && t.elapsed() < 20000)
            for (const QByteArray &line : notify.next(500)) {
                ready = ready || line == "READY=1";
                if (line.startsWith("STATUS="))
                    status = line;
            }
        QVERIFY2(ready, qPrintable(output()));
        auto engines = EngineRepository(*db).list();
        QVERIFY(engines);
        QCOMPARE(engines->size(), 1);
        QCOMPARE(engines->first().pid, qint64(engine.processId()));
        if (status.isEmpty())
            for (int i = 0; i < 4 && status.isEmpty(); ++i)
                for (const QByteArray &line : notify.next(500))
                    if (line.startsWith("STATUS="))
                        status = line;
        QVERIFY2(status.contains(engines->first().id.toUtf8()), status.constData());

        // Idle, it stays up and pings the watchdog every second (half of 2 s), for 5 s.
        int pings = 0;
        t.restart();
        while (t.elapsed() < 5000)
            for (const QByteArray &line : notify.next(500))
                if (line == "WATCHDOG=1")
                    ++pings;
        QVERIFY2(pings >= 4, qPrintable(QStringLiteral("%1 watchdog pings in 5 s").arg(pings)));
        QCOMPARE(engine.state(), QProcess::Running);

        // The signal by PID: STOPPING=1, exit 0, unregistered.
        QCOMPARE(::kill(pid_t(engine.processId()), signalNumber), 0);
        bool stopping = false;
        t.restart();
        while (!stopping && t.elapsed() < 20000)
            for (const QByteArray &line : notify.next(500))
                stopping = stopping || line == "STOPPING=1";
        QVERIFY2(stopping, qPrintable(output()));
        QVERIFY2(engine.waitForFinished(30000), qPrintable(output()));
        const QString text = output();
        QCOMPARE(engine.exitStatus(), QProcess::NormalExit);
        QVERIFY2(engine.exitCode() == 0, qPrintable(text));
        engines = EngineRepository(*db).list();
        QVERIFY(engines);
        QVERIFY2(engines->isEmpty(),
            qPrintable(QStringLiteral("%1 engine(s) left registered").arg(engines->size())));
        // The log reached stderr (the journal under systemd), and no queue table was printed.
        QVERIFY2(text.contains(QStringLiteral("is running and waits for work")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("stopping the engine")), qPrintable(text));
#endif
    }

private Q_SLOTS:
    void sigterm()
    {
        serveUntil(SIGTERM);
    }
    void sigint()
    {
        serveUntil(SIGINT);
    }

    void withoutServeTheIdleEngineEnds()
    {
        // Without --serve nothing changes: an empty queue is idle, the engine exits at once.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TestDatabase pg;
        auto db = pg.open(dir.filePath(QStringLiteral("ferry.db")));
        if (pg.skip())
            QSKIP("the tests' PostgreSQL is not running (FERRY_LAB_PARTIAL=1)");
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FERRY_DATA_DIR"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("FERRY_DATABASE"), (*db)->url().toString());
        QProcess engine;
        engine.setProcessEnvironment(env);
        engine.start(
            qEnvironmentVariable("FERRYCTL"), {QStringLiteral("engine"), QStringLiteral("run")});
        QVERIFY(engine.waitForFinished(30000));
        QVERIFY2(engine.exitCode() == 0, engine.readAllStandardError().constData());
        auto engines = EngineRepository(*db).list();
        QVERIFY(engines);
        QVERIFY(engines->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEngineServe)
#include "test_engineserve.moc"
