#include "secrets/systemdcredentials.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace ferry {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SystemdCredentials)
};

constexpr int kEncryptTimeoutMs = 60000;

} // namespace

QString SystemdCredentials::defaultDirectory()
{
    return QStringLiteral("/etc/credstore.encrypted");
}

Result<QString> SystemdCredentials::program()
{
    const QString path = QStandardPaths::findExecutable(QStringLiteral("systemd-creds"));
    if (path.isEmpty())
        return Error(Error::Code::Unsupported,
            Text::tr("systemd-creds is not installed on this host (it comes with systemd 250 or "
                     "newer), so Ferry cannot make a systemd credential. Use --keychain, or "
                     "install systemd-creds."));
    return path;
}

QStringList SystemdCredentials::encryptArguments(const QString &name, const QString &file)
{
    return {QStringLiteral("encrypt"), QStringLiteral("--name=%1").arg(name), QStringLiteral("-"),
        file};
}

QString SystemdCredentials::unitLine(const QString &name, const QString &file)
{
    return QStringLiteral("LoadCredentialEncrypted=%1:%2").arg(name, file);
}

QString SystemdCredentials::fileFor(const QString &directory, const QString &name)
{
    return QDir(directory).absoluteFilePath(name + QStringLiteral(".cred"));
}

Status SystemdCredentials::encrypt(
    const QString &name, const QByteArray &secret, const QString &file)
{
    auto exe = program();
    if (!exe)
        return exe.error();
    const QString dir = QFileInfo(file).absolutePath();
    if (!QFileInfo::exists(dir)) {
        if (!QDir().mkpath(dir))
            return Error(Error::Code::Io, Text::tr("Cannot create the directory %1.").arg(dir));
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QProcess p;
    p.setProgram(*exe);
    p.setArguments(encryptArguments(name, file));
    p.start();
    if (!p.waitForStarted(kEncryptTimeoutMs))
        return Error(Error::Code::Io, Text::tr("Cannot start systemd-creds."), p.errorString());
    p.write(secret);
    p.closeWriteChannel();
    if (!p.waitForFinished(kEncryptTimeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return Error(Error::Code::Timeout,
            Text::tr("systemd-creds did not finish encrypting the credential %1 within a minute.")
                .arg(name));
    }
    const QString err = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error(Error::Code::Io,
            Text::tr("systemd-creds could not encrypt the credential %1 into %2 (it needs root "
                     "for the host key in /var/lib/systemd).")
                .arg(name, file),
            err);
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    qCInfo(lcSecrets) << "encrypted systemd credential" << name << "into" << file;
    return {};
}

} // namespace ferry
