// ferryctl target ... as a process, for what needs no server and no keychain: help, listing an
// empty database, and the input errors that are refused before anything is stored.
#include "common/processrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = ferry::test::ProcessRun;

Run ferryctl(const QString &dataDir, const QStringList &args)
{
    QProcessEnvironment e;
    // No keychain reachable: a test that got as far as the keychain fails loudly.
    e.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    return ferry::test::runFerryctl(dataDir, args, {}, ferry::test::childEnvironment(e), 60000);
}

QString fixture(const QString &name)
{
    QFile f(qEnvironmentVariable("FERRY_TEST_SOURCE_DIR") + QStringLiteral("/tests/fixtures/incus/")
        + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).trimmed() : QString();
}

} // namespace

class TestTargetCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help()
    {
        QTemporaryDir dir;
        const Run r = ferryctl(dir.path(), {QStringLiteral("help"), QStringLiteral("target")});
        QCOMPARE(r.exitCode, 0);
        for (const char *verb : {"add", "list", "show", "update", "remove", "refresh", "login"})
            QVERIFY2(r.out.contains(
                         QStringLiteral("Usage: ferryctl target %1").arg(QLatin1String(verb))),
                verb);
        for (const char *o : {"--trust-token", "--generate-cert", "--tls-cert", "--tls-key",
                 "--import-limit", "--create-limit", "--timeout", "--trusted-cert-fingerprint",
                 "--client-key", "--keychain", "--systemd-creds"})
            QVERIFY2(r.out.contains(QLatin1String(o)), o);
    }

    void emptyList_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("[\n]\n");
        QTest::newRow("yaml") << QStringLiteral("yaml") << QStringLiteral("[]\n");
        QTest::newRow("table") << QStringLiteral("table")
                               << QStringLiteral(
                                      "| Name | Type | Endpoint | Connectivity Status | "
                                      "Auth Type | Trusted TLS Cert SHA256 Fingerprint |");
    }

    void emptyList()
    {
        QFETCH(QString, format);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const Run r = ferryctl(dir.path(),
            {QStringLiteral("target"), QStringLiteral("list"), QStringLiteral("--format"), format});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    }

    // Each refused with exit 1, one line on stderr that says what to do, nothing stored.
    void refusedInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString url = QStringLiteral("https://127.0.0.1:1");
        QTest::newRow("no auth, no terminal") << QStringList {
            url} << QStringLiteral("pass --trust-token TOKEN, --generate-cert, or --tls-cert");
        QTest::newRow("no endpoint, no token") << QStringList {QStringLiteral("--generate-cert")}
                                               << QStringLiteral("The endpoint is missing");
        QTest::newRow("cert without key")
            << QStringList {url, QStringLiteral("--tls-cert"), QStringLiteral("/etc/hostname")}
            << QStringLiteral("--tls-cert and --tls-key go together");
        QTest::newRow("generate and cert") << QStringList {url, QStringLiteral("--generate-cert"),
            QStringLiteral("--tls-cert"), QStringLiteral("a"), QStringLiteral("--tls-key"),
            QStringLiteral("b")} << QStringLiteral("either --generate-cert or --tls-cert");
        QTest::newRow("missing files")
            << QStringList {url, QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent/c.crt"),
                   QStringLiteral("--tls-key"), QStringLiteral("/nonexistent/c.key")}
            << QStringLiteral("Cannot read the client certificate /nonexistent/c.crt");
        QTest::newRow("oidc with a certificate") << QStringList {url, QStringLiteral("--auth-type"),
            QStringLiteral("oidc"), QStringLiteral("--generate-cert")}
                                                 << QStringLiteral("it takes no --generate-cert");
        QTest::newRow("bad auth type") << QStringList {url, QStringLiteral("--auth-type"),
            QStringLiteral("kerberos")} << QStringLiteral("--auth-type is tls or oidc");
        QTest::newRow("garbage token") << QStringList {url, QStringLiteral("--trust-token"),
            QStringLiteral("hello")} << QStringLiteral("not an Incus or LXD trust token");
        QTest::newRow("expired token") << QStringList {url, QStringLiteral("--trust-token"),
            fixture(QStringLiteral("incus-token-expired.txt"))}
                                       << QStringLiteral("The trust token expired at 2021-03-23");
        QTest::newRow("token for another pin")
            << QStringList {url, QStringLiteral("--trust-token"),
                   fixture(QStringLiteral("incus-token.txt")),
                   QStringLiteral("--trusted-cert-fingerprint"), QString(64, QLatin1Char('a'))}
            << QStringLiteral("The trust token names the server certificate d0d4e9f0");
        QTest::newRow("bad fingerprint") << QStringList {url, QStringLiteral("--generate-cert"),
            QStringLiteral("--trusted-cert-fingerprint"), QStringLiteral("abc")}
                                         << QStringLiteral("not a SHA-256 fingerprint");
        QTest::newRow("http endpoint")
            << QStringList {QStringLiteral("http://h:8443"), QStringLiteral("--generate-cert")}
            << QStringLiteral("Only https endpoints");
        QTest::newRow("bad limit") << QStringList {url, QStringLiteral("--generate-cert"),
            QStringLiteral("--create-limit"), QStringLiteral("-2")}
                                   << QStringLiteral("--create-limit needs a whole number");
        QTest::newRow("bad timeout") << QStringList {url, QStringLiteral("--generate-cert"),
            QStringLiteral("--timeout"), QStringLiteral("soon")}
                                     << QStringLiteral("soon");
    }

    void refusedInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Run r = ferryctl(dir.path(),
            QStringList {QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("t1")}
                + args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
        // A token is never echoed back.
        const int tokenAt = int(args.indexOf(QStringLiteral("--trust-token")));
        if (tokenAt >= 0 && args.value(tokenAt + 1).size() > 20)
            QVERIFY(!r.err.contains(args.value(tokenAt + 1)));
        const Run list = ferryctl(dir.path(),
            {QStringLiteral("target"), QStringLiteral("list"), QStringLiteral("--format"),
                QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
    }

    // target login: what is refused before any server or keychain is asked.
    void loginRefusedInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown target") << QStringList {QStringLiteral("nope"),
            QStringLiteral("--client-key"), QStringLiteral("/etc/hostname")}
                                        << QStringLiteral("No target named nope");
        QTest::newRow("both backends") << QStringList {QStringLiteral("t1"),
            QStringLiteral("--client-key"), QStringLiteral("/etc/hostname"),
            QStringLiteral("--keychain"), QStringLiteral("--systemd-creds")}
                                       << QStringLiteral("either --keychain or --systemd-creds");
        QTest::newRow("directory without systemd-creds") << QStringList {QStringLiteral("t1"),
            QStringLiteral("/srv/creds"), QStringLiteral("--client-key"),
            QStringLiteral("/etc/hostname")} << QStringLiteral("goes only with --systemd-creds");
        QTest::newRow("no key, no terminal")
            << QStringList {QStringLiteral("t1")} << QStringLiteral("pass --client-key FILE");
        QTest::newRow("missing key file")
            << QStringList {QStringLiteral("t1"), QStringLiteral("--client-key"),
                   QStringLiteral("/nonexistent/c.key")}
            << QStringLiteral("Cannot read the client key /nonexistent/c.key");
    }

    void loginRefusedInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Run r = ferryctl(
            dir.path(), QStringList {QStringLiteral("target"), QStringLiteral("login")} + args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void unknownTarget()
    {
        QTemporaryDir dir;
        for (const char *verb : {"show", "refresh", "remove", "update"}) {
            const Run r = ferryctl(dir.path(),
                {QStringLiteral("target"), QLatin1String(verb), QStringLiteral("nope")});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("No target named nope")), qPrintable(r.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestTargetCommands)
#include "test_targetcommands.moc"
