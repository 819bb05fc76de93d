#include "secrets/credentialstore.h"

#include "util/logging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <memory>

namespace ferry {

namespace {

struct Outcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("CredentialStore", text);
}

// Runs a job to completion (or time-out). The job deletes itself when it finishes, even after a
// time-out, so nothing dangles if the keychain answers late.
Outcome runJob(QKeychain::Job *job, int timeoutMs)
{
    auto outcome = std::make_shared<Outcome>();
    QEventLoop loop;
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, &loop, [outcome, &loop](QKeychain::Job *j) {
        outcome->finished = true;
        outcome->error = j->error();
        outcome->errorString = j->errorString();
        if (auto *r = qobject_cast<QKeychain::ReadPasswordJob *>(j))
            outcome->data = r->binaryData();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome->finished)
        loop.exec();
    return *outcome;
}

Error keychainError(const Outcome &o, const QString &action)
{
    if (!o.finished)
        return Error(Error::Code::KeychainUnavailable,
            tr("The system keychain did not answer while %1. It may be locked or waiting "
               "for a password: unlock it and try again.")
                .arg(action));
    switch (o.error) {
    case QKeychain::EntryNotFound:
        return Error(Error::Code::NotFound, tr("The keychain has no such entry."), o.errorString);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(Error::Code::Keychain,
            tr("The system keychain refused access while %1.").arg(action), o.errorString);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default:
        // Debian's qtkeychain reports a missing Secret Service as OtherError with the D-Bus text.
        return Error(Error::Code::KeychainUnavailable,
            tr("No usable system keychain while %1. Ferry keeps passwords and keys only in "
               "the keychain (Secret Service such as GNOME Keyring or KWallet on Linux, "
               "Credential Manager on Windows); start or unlock it and try again. Nothing "
               "was stored elsewhere.")
                .arg(action),
            o.errorString);
    }
}

} // namespace

CredentialStore::CredentialStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{ }

Status CredentialStore::write(const QString &key, const QByteArray &secret) const
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    const Outcome o = runJob(job, m_timeoutMs);
    if (o.finished && o.error == QKeychain::NoError) {
        qCInfo(lcSecrets) << "stored secret" << key;
        return {};
    }
    return keychainError(o, tr("storing a secret"));
}

Result<QByteArray> CredentialStore::read(const QString &key) const
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    const Outcome o = runJob(job, m_timeoutMs);
    if (o.finished && o.error == QKeychain::NoError)
        return o.data;
    return keychainError(o, tr("reading a secret"));
}

Status CredentialStore::remove(const QString &key) const
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    const Outcome o = runJob(job, m_timeoutMs);
    if (o.finished && (o.error == QKeychain::NoError || o.error == QKeychain::EntryNotFound))
        return {};
    return keychainError(o, tr("removing a secret"));
}

Status CredentialStore::probe() const
{
    auto r = read(QStringLiteral("ferry:probe:does-not-exist"));
    if (r || r.error().code == Error::Code::NotFound)
        return {};
    return r.error();
}

QString CredentialStore::sourcePasswordKey(qint64 sourceId)
{
    return QStringLiteral("source:%1:password").arg(sourceId);
}

QString CredentialStore::targetClientKeyKey(qint64 targetId)
{
    return QStringLiteral("target:%1:client-key").arg(targetId);
}

QString CredentialStore::targetTokenKey(qint64 targetId)
{
    return QStringLiteral("target:%1:token").arg(targetId);
}

} // namespace ferry
