#pragma once

#include "model/source.h"
#include "secrets/credentialdestination.h"
#include "tls/certificate.h"
#include "util/result.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace ferry {

class Database;
class CredentialStore;

struct SyncReport
{
    int instances = 0;
    int networks = 0;
    int missingInstances = 0; // present before, gone from the source now
    int skippedTemplates = 0;
    int skippedSystemVms = 0;
    QStringList warnings;
    qint64 elapsedMs = 0;
};

// Registering, checking and syncing VMware sources. Used by ferryctl and the GUI alike; every
// call blocks its thread (the GUI calls it from a worker).
class SourceService final
{
public:
    SourceService(std::shared_ptr<Database> db, std::shared_ptr<CredentialStore> secrets);

    // "vc01.example", "10.0.0.3:8443", "https://vc01/sdk" -> "https://vc01",
    // "https://10.0.0.3:8443"
    static Result<QString> normalizeEndpoint(const QString &input);

    // Stores the source and its password (in the keychain), then checks connectivity, which
    // captures the server certificate when it is not trusted yet.
    Result<Source> add(Source source, const QByteArray &password);
    Result<Source> checkConnectivity(const QString &name);
    // Pins the fingerprint a person confirmed and checks again.
    Result<Source> trustFingerprint(const QString &name, const QString &fingerprint);
    Result<Source> update(const Source &changed, const QByteArray *newPassword = nullptr);
    Status remove(const QString &name);

    // Stores the password of a registered source on this host (`ferryctl source login`): first
    // logs in with it over the pinned certificate as add() does, then writes it to `destination`
    // (this host's keychain or a systemd credential). Nothing in the database changes, since every
    // host shares the source's row; a password the source refuses, an untrusted or changed
    // certificate, or a server that does not answer store nothing.
    Result<CredentialDestination::Stored> login(
        const QString &name, const QByteArray &password, const CredentialDestination &destination);

    Result<SyncReport> sync(const QString &name, const std::atomic_bool *cancel = nullptr,
        const std::function<void(int vmsRead)> &progress = {});

    // Checked by every request of the calls above while they wait for the server; set it from
    // another thread to abort the request in flight (the GUI's Cancel). The flag must outlive
    // the calls.
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

private:
    struct Session;
    // Connects and logs in, recording the outcome (status, seen certificate) on the source row.
    // With `session`, a successful login stays open for the caller.
    Result<Source> connect(Source source, const QByteArray &password, Session *session);
    // The connection and login of connect(), their outcome on the returned source (not saved).
    // With `keep`, a successful login stays open.
    Result<Source> tryLogin(Source source, const QByteArray &password, Session &session, bool keep);

    std::shared_ptr<Database> m_db;
    std::shared_ptr<CredentialStore> m_secrets;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace ferry
