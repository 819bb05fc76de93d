#include "version.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

// Runs the built ferry the way an administrator would on a machine without a display, e.g. over
// SSH: --help and --version must answer without looking for one.
class TestFerryExecutable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version();
    void help();
    void unknownOptionIsAUsageError();

private:
    struct Run
    {
        int exitCode = -1;
        QProcess::ExitStatus exitStatus = QProcess::CrashExit;
        QString out;
        QString err;
    };
    static Run runFerry(const QStringList &arguments);
};

TestFerryExecutable::Run TestFerryExecutable::runFerry(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FERRY_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.exitStatus = process.exitStatus();
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

void TestFerryExecutable::version()
{
    for (const QString &option : {QStringLiteral("--version"), QStringLiteral("-V")}) {
        const Run run = runFerry({option});
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(
            run.out.startsWith(QStringLiteral("ferry %1").arg(QLatin1String(FERRY_VERSION_STRING))),
            qPrintable(run.out));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }
}

void TestFerryExecutable::help()
{
    const Run run = runFerry({QStringLiteral("--help")});
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith(QLatin1String("Usage: ferry")));
    QVERIFY(run.out.contains(QLatin1String("--data-dir DIR")));
    QVERIFY(run.out.contains(QLatin1String("--version")));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void TestFerryExecutable::unknownOptionIsAUsageError()
{
    const Run run = runFerry({QStringLiteral("--no-such-option")});
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("no-such-option")));
    QVERIFY(run.err.contains(QLatin1String("ferry --help")));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestFerryExecutable)
#include "test_ferryexecutable.moc"
