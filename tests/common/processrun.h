#pragma once

// Child processes for tests: one way to run a program to its end (ferryctl, lxc, openssl, ...)
// and to find the ferryctl under test. Header-only, like the rest of tests/common.
#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace ferry::test {

struct ProcessRun
{
    int exitCode = -1; // -1: did not start, crashed, or did not finish in time
    QString out;
    QString err;
    qint64 ms = 0;
    QString all() const { return out + err; }
};

// Runs `program` with `args` to its end: `input` on its standard input, which is then closed
// (not a terminal: nothing is asked); `env` as its whole environment (empty: this process's).
// After `timeoutMs` it is killed and err starts with "timed out after N ms".
inline ProcessRun runProcess(const QString &program, const QStringList &args,
    const QByteArray &input = {}, const QProcessEnvironment &env = {}, int timeoutMs = 120000)
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    if (!p.waitForStarted(30000))
        return {-1, {}, QStringLiteral("cannot start \"%1\": %2").arg(program, p.errorString()),
            timer.elapsed()};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return {-1, QString::fromUtf8(p.readAllStandardOutput()),
            QStringLiteral("timed out after %1 ms: ").arg(timeoutMs)
                + QString::fromUtf8(p.readAllStandardError()),
            timer.elapsed()};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()),
        timer.elapsed()};
}

// The ferryctl under test: FERRYCTL, which ferry_add_test sets (cmake/FerryTesting.cmake).
inline QString ferryctlPath()
{
    return qEnvironmentVariable("FERRYCTL");
}

// This process's environment without a display, plus `extra` (which wins).
inline QProcessEnvironment childEnvironment(const QProcessEnvironment &extra = {})
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("DISPLAY"));
    e.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const QStringList keys = extra.keys();
    for (const QString &key : keys)
        e.insert(key, extra.value(key));
    return e;
}

// `ferryctl --data-dir dataDir args...` (without --data-dir when dataDir is empty), as
// runProcess runs it. Without FERRYCTL, exit code -1 and an error saying so.
inline ProcessRun runFerryctl(const QString &dataDir, const QStringList &args,
    const QByteArray &input = {}, const QProcessEnvironment &env = {}, int timeoutMs = 120000)
{
    if (ferryctlPath().isEmpty())
        return {-1, {},
            QStringLiteral("FERRYCTL is not set: run the test through ctest, or set it to the "
                           "ferryctl to test"),
            0};
    const QStringList all
        = dataDir.isEmpty() ? args : QStringList {QStringLiteral("--data-dir"), dataDir} + args;
    return runProcess(ferryctlPath(), all, input, env, timeoutMs);
}

} // namespace ferry::test
