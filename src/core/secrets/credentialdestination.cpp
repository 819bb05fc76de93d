#include "secrets/credentialdestination.h"

#include "secrets/credentialstore.h"
#include "secrets/systemdcredentials.h"

#include <QCoreApplication>

namespace ferry {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CredentialDestination)
};

} // namespace

QString CredentialDestination::effectiveDirectory() const
{
    return directory.isEmpty() ? SystemdCredentials::defaultDirectory() : directory;
}

Status CredentialDestination::check(const CredentialStore &store) const
{
    if (backend == Backend::SystemdCreds) {
        auto exe = SystemdCredentials::program();
        return exe ? Status() : Status(exe.error());
    }
    if (const QString dir = CredentialStore::credentialsDirectory(); !dir.isEmpty())
        return Error(Error::Code::Unsupported,
            Text::tr("This process runs with systemd credentials (CREDENTIALS_DIRECTORY=%1), "
                     "which are read-only: run the command outside the service.")
                .arg(dir));
    return store.probe();
}

Result<CredentialDestination::Stored> CredentialDestination::store(
    const CredentialStore &store, const QString &key, const QByteArray &secret) const
{
    Stored s;
    s.backend = backend;
    s.key = key;
    if (backend == Backend::Keychain) {
        if (Status st = store.write(key, secret); !st)
            return st.error();
        return s;
    }
    s.credentialName = store.credentialName(key);
    s.file = SystemdCredentials::fileFor(effectiveDirectory(), s.credentialName);
    if (Status st = SystemdCredentials::encrypt(s.credentialName, secret, s.file); !st)
        return st.error();
    s.unitLine = SystemdCredentials::unitLine(s.credentialName, s.file);
    return s;
}

} // namespace ferry
