#include "secrets/credentialstore.h"

#include "util/logging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#ifdef FERRY_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#endif

#include <functional>

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

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)
};

// qtkeychain hands every job to a process-wide JobExecutor that is not thread-safe: it lives in
// the thread that first used it and its bookkeeping (jobFinished, which touches the job) is
// queued there. Jobs created on several threads therefore race with their own deletion. So
// every job is created, run and deleted on one keychain thread with its own event loop, made
// on first use; the caller, on any thread, waits until the keychain answers or the time-out
// passes. The job deletes itself when it finishes, even after a time-out.
QObject *keychainThreadAnchor()
{
    static QObject *anchor = [] {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("ferry-keychain"));
        thread->start();
        auto *object = new QObject;
        object->moveToThread(thread);
        // Stopped with the application, before Qt's D-Bus connections go away.
        static QThread *keychainThread = thread;
        qAddPostRoutine([] {
            keychainThread->quit();
            keychainThread->wait();
        });
        return object;
    }();
    return anchor;
}

Outcome runJob(std::function<QKeychain::Job *()> makeJob, int timeoutMs)
{
    struct Shared
    {
        QMutex mutex;
        QWaitCondition finished;
        Outcome outcome;
    };
    auto shared = std::make_shared<Shared>();
    QMetaObject::invokeMethod(
        keychainThreadAnchor(),
        [makeJob = std::move(makeJob), shared] {
            QKeychain::Job *job = makeJob();
            job->setAutoDelete(true);
            job->setInsecureFallback(false);
            QObject::connect(job, &QKeychain::Job::finished, job, [shared](QKeychain::Job *j) {
                QMutexLocker lock(&shared->mutex);
                shared->outcome.finished = true;
                shared->outcome.error = j->error();
                shared->outcome.errorString = j->errorString();
                if (auto *r = qobject_cast<QKeychain::ReadPasswordJob *>(j))
                    shared->outcome.data = r->binaryData();
                shared->finished.wakeAll();
            });
            job->start();
        },
        Qt::QueuedConnection);
    QMutexLocker lock(&shared->mutex);
    QDeadlineTimer deadline(timeoutMs);
    while (!shared->outcome.finished)
        if (!shared->finished.wait(&shared->mutex, deadline))
            break;
    return shared->outcome;
}

// libsecret answers a lookup in a locked collection like a missing entry (qtkeychain's
// EntryNotFound) when it cannot show an unlock prompt, so "no such entry" would send people
// looking for a password that is there. Asks the Secret Service whether the default collection
// is locked (Linux; false when that cannot be told).
bool defaultCollectionLocked()
{
#ifdef FERRY_HAVE_QTDBUS
    QDBusMessage get = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusMessage reply = QDBusConnection::sessionBus().call(get, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return false;
    return reply.arguments().constFirst().value<QDBusVariant>().variant().toBool();
#else
    return false;
#endif
}

Error keychainError(const Outcome &o, const QString &action)
{
    if (!o.finished)
        return Error(Error::Code::KeychainUnavailable,
            Text::tr("The system keychain did not answer while %1. It may be locked or waiting "
                     "for a password: unlock it and try again.")
                .arg(action));
    switch (o.error) {
    case QKeychain::EntryNotFound:
        if (defaultCollectionLocked())
            return Error(Error::Code::Keychain,
                Text::tr(
                    "The system keychain is locked, so Ferry cannot read its secrets while %1. "
                    "Unlock it (log in to the desktop session or open your keyring manager) "
                    "and try again. Nothing was read from anywhere else.")
                    .arg(action),
                o.errorString);
        return Error(
            Error::Code::NotFound, Text::tr("The keychain has no such entry."), o.errorString);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(Error::Code::Keychain,
            Text::tr("The system keychain refused access while %1.").arg(action), o.errorString);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default:
        // Debian's qtkeychain reports a missing Secret Service as OtherError with the D-Bus text.
        return Error(Error::Code::KeychainUnavailable,
            Text::tr("No usable system keychain while %1. Ferry keeps passwords and keys only in "
                     "the keychain (Secret Service such as GNOME Keyring or KWallet on Linux, "
                     "Credential Manager on Windows); start or unlock it and try again. Nothing "
                     "was stored elsewhere.")
                .arg(action),
            o.errorString);
    }
}

// A credential file is a password or a PEM key: anything larger is not one of Ferry's.
constexpr qint64 kMaxCredentialFile = 1024 * 1024;

Error readOnlyCredentials(const QString &dir, const QString &name, const QString &action)
{
    return Error(Error::Code::Unsupported,
        Text::tr("Ferry runs with systemd credentials (CREDENTIALS_DIRECTORY=%1), which are "
                 "read-only, so it cannot go on %2 (credential %3). Change the secret outside "
                 "the service (ferryctl source login or target login with --systemd-creds, or "
                 "with --keychain) and restart the service.")
            .arg(dir, action, name));
}

} // namespace

QString CredentialStore::credentialName(const QString &service, const QString &key)
{
    QString name = service + QLatin1Char('-') + key;
    for (QChar &c : name) {
        if (c == QLatin1Char(':'))
            c = QLatin1Char('-');
        else if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('.')
            && c != QLatin1Char('_') && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    return name;
}

QString CredentialStore::credentialsDirectory()
{
    return qEnvironmentVariable("CREDENTIALS_DIRECTORY");
}

CredentialStore::CredentialStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{ }

Status CredentialStore::write(const QString &key, const QByteArray &secret) const
{
    if (const QString dir = credentialsDirectory(); !dir.isEmpty())
        return readOnlyCredentials(dir, credentialName(key), Text::tr("storing a secret"));
    const Outcome o = runJob(
        [service = m_service, key, secret] {
            auto *job = new QKeychain::WritePasswordJob(service);
            job->setKey(key);
            job->setBinaryData(secret);
            return job;
        },
        m_timeoutMs);
    if (o.finished && o.error == QKeychain::NoError) {
        qCInfo(lcSecrets) << "stored secret" << key;
        return {};
    }
    return keychainError(o, Text::tr("storing a secret"));
}

Result<QByteArray> CredentialStore::read(const QString &key) const
{
    const QString dir = credentialsDirectory();
    if (dir.isEmpty())
        return readKeychain(key);
    const QString name = credentialName(key);
    const QString path = QDir(dir).filePath(name);
    if (QFileInfo::exists(path)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error(Error::Code::Io,
                Text::tr("Cannot read the systemd credential %1.").arg(path), f.errorString());
        if (f.size() > kMaxCredentialFile)
            return Error(Error::Code::InvalidInput,
                Text::tr("The systemd credential %1 is larger than 1 MiB: it is not a password or "
                         "a key.")
                    .arg(path));
        qCInfo(lcSecrets) << "read secret" << key << "from systemd credential" << name;
        return f.readAll();
    }
    // No such credential: the keychain may still hold it (a desktop session started by systemd).
    auto fromKeychain = readKeychain(key);
    if (fromKeychain)
        return fromKeychain;
    const Error &e = fromKeychain.error();
    return Error(e.code,
        Text::tr("The secret %1 is neither a systemd credential (no file %2 in "
                 "CREDENTIALS_DIRECTORY) nor in the keychain: %3 Store it with ferryctl source "
                 "login or target login --systemd-creds and add its LoadCredentialEncrypted= line "
                 "to the service.")
            .arg(key, name, e.message),
        e.details);
}

Result<QByteArray> CredentialStore::readKeychain(const QString &key) const
{
    const Outcome o = runJob(
        [service = m_service, key] {
            auto *job = new QKeychain::ReadPasswordJob(service);
            job->setKey(key);
            return job;
        },
        m_timeoutMs);
    if (o.finished && o.error == QKeychain::NoError)
        return o.data;
    return keychainError(o, Text::tr("reading a secret"));
}

Status CredentialStore::remove(const QString &key) const
{
    // Only a credential that is there is refused: a secret that is not one may be in the keychain.
    if (const QString dir = credentialsDirectory();
        !dir.isEmpty() && QFileInfo::exists(QDir(dir).filePath(credentialName(key))))
        return readOnlyCredentials(dir, credentialName(key), Text::tr("removing a secret"));
    const Outcome o = runJob(
        [service = m_service, key] {
            auto *job = new QKeychain::DeletePasswordJob(service);
            job->setKey(key);
            return job;
        },
        m_timeoutMs);
    if (o.finished && (o.error == QKeychain::NoError || o.error == QKeychain::EntryNotFound))
        return {};
    return keychainError(o, Text::tr("removing a secret"));
}

Status CredentialStore::probe() const
{
    auto r = readKeychain(QStringLiteral("ferry:probe:does-not-exist"));
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
