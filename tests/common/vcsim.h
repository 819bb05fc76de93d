#pragma once

// A vSphere simulator of a test's own: the lab's program (FERRY_LAB_VCSIM_BIN, tests/lab/vcsim),
// started in a directory of the test, for tests that stop, kill or restart a server or change
// its certificate. The lab's own simulators stay untouched.
#include "common/labenv.h"
#include "common/processrun.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTest>

#include <utility>

namespace ferry::test {

class VcsimProcess final
{
public:
    struct Options
    {
        QString certificate = QStringLiteral("sim"); // NAME.pem and NAME.key in the directory
        quint16 port = 0; // 0: any free port
        QString password = QStringLiteral("pw-1234");
        QString username = QStringLiteral("admin@vsphere.local");
        QString mode = QStringLiteral("vcenter"); // or "esx"
        QStringList extraArgs; // inventory flags (-vms, -hosts, ...), see tests/lab/README.md
        bool requestLog = true; // DIR/requests.log
    };

    VcsimProcess(const LabEnv &lab, QString dir)
        : m_program(lab.value(QStringLiteral("FERRY_LAB_VCSIM_BIN")))
        , m_dir(std::move(dir))
    { }
    ~VcsimProcess() { stop(); }
    Q_DISABLE_COPY_MOVE(VcsimProcess)

    // A self-signed certificate for 127.0.0.1 (EC P-256): DIR/NAME.pem and DIR/NAME.key.
    bool makeCertificate(const QString &name = QStringLiteral("sim"))
    {
        const ProcessRun r = runProcess(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                file(name + QStringLiteral(".key")), QStringLiteral("-out"),
                file(name + QStringLiteral(".pem"))},
            {}, {}, 30000);
        if (r.exitCode != 0)
            m_error = QStringLiteral("openssl req: ") + r.err;
        return r.exitCode == 0;
    }

    // Starts the simulator (stopping a running one first) and waits, at most `timeoutMs`, for
    // its ready file. Returns its port, 0 on failure (error() says why).
    quint16 start(const Options &o, int timeoutMs = 30000)
    {
        stop();
        m_error.clear();
        if (m_program.isEmpty()) {
            m_error = QStringLiteral("the lab names no simulator (FERRY_LAB_VCSIM_BIN)");
            return 0;
        }
        const QString ready = file(QStringLiteral("ready-") + o.certificate);
        QFile::remove(ready);
        QStringList args {QStringLiteral("-mode"), o.mode, QStringLiteral("-scenario"),
            QStringLiteral("none"), QStringLiteral("-listen"),
            QStringLiteral("127.0.0.1:%1").arg(o.port), QStringLiteral("-cert"),
            file(o.certificate + QStringLiteral(".pem")), QStringLiteral("-key"),
            file(o.certificate + QStringLiteral(".key")), QStringLiteral("-username"), o.username,
            QStringLiteral("-password"), o.password, QStringLiteral("-ready-file"), ready,
            QStringLiteral("-datastore-dir"), m_dir};
        if (o.requestLog)
            args << QStringLiteral("-request-log") << requestLog();
        m_proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_proc.start(m_program, args + o.extraArgs);
        if (!m_proc.waitForStarted(10000)) {
            m_error = QStringLiteral("cannot start %1: %2").arg(m_program, m_proc.errorString());
            return 0;
        }
        // The ready file is written atomically once the simulator accepts connections.
        const QDeadlineTimer deadline(timeoutMs);
        while (
            !QFile::exists(ready) && m_proc.state() == QProcess::Running && !deadline.hasExpired())
            QTest::qWait(20);
        QFile f(ready);
        if (!f.open(QIODevice::ReadOnly)) {
            m_error = m_proc.state() == QProcess::Running
                ? QStringLiteral("no ready file after %1 ms").arg(timeoutMs)
                : QStringLiteral("the simulator ended (exit %1) before it was ready")
                      .arg(m_proc.exitCode());
            return 0;
        }
        const auto m = QRegularExpression(
            QStringLiteral("^PORT=(\\d+)$"), QRegularExpression::MultilineOption)
                           .match(QString::fromUtf8(f.readAll()));
        m_port = m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
        if (m_port == 0)
            m_error = QStringLiteral("the ready file names no port");
        return m_port;
    }

    // Asks it to end (SIGTERM), then kills it if it does not within 10 s.
    void stop()
    {
        if (m_proc.state() == QProcess::NotRunning)
            return;
        m_proc.terminate();
        if (!m_proc.waitForFinished(10000))
            m_proc.kill();
        m_proc.waitForFinished(5000);
    }

    // SIGKILL: a server that dies.
    void kill()
    {
        if (m_proc.state() == QProcess::NotRunning)
            return;
        m_proc.kill();
        m_proc.waitForFinished(10000);
    }

    bool isRunning() const { return m_proc.state() == QProcess::Running; }
    qint64 pid() const { return m_proc.processId(); }
    quint16 port() const { return m_port; }
    QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    QString error() const { return m_error; }

    QString certificatePath(const QString &name = QStringLiteral("sim")) const
    {
        return file(name + QStringLiteral(".pem"));
    }
    // SHA-256 of certificate `name`, lowercase hex without colons (as the lab and Ferry write it).
    QString fingerprint(const QString &name = QStringLiteral("sim")) const
    {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(certificatePath(name));
        return certs.isEmpty()
            ? QString()
            : QString::fromLatin1(certs.constFirst().digest(QCryptographicHash::Sha256).toHex());
    }

    QString requestLog() const { return file(QStringLiteral("requests.log")); }
    QStringList requests() const
    {
        QFile f(requestLog());
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private:
    QString file(const QString &name) const { return m_dir + QLatin1Char('/') + name; }

    QString m_program;
    QString m_dir;
    QProcess m_proc;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace ferry::test
