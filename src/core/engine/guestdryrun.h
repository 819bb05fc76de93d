#pragma once

#include "convert/guestdryrun.h"
#include "model/instance.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>

#include <atomic>
#include <memory>

namespace ferry {

class CredentialStore;
class Database;

namespace engine {

// The guest conversion's dry run for one VM (docs/conversion.md, "Dry run"): a powered-off VM's
// disks are exposed exactly as the migration exposes them (Ferry's relay to the datastore,
// nbdkit's curl plugin read-only, a qcow2 overlay that takes nothing) and libguestfs inspects
// them read-only; the findings say what the conversion would do and what would fail. A VM that
// is not powered off is not read (its disks are in use). The source is never written and never
// powered on or off. Blocking (minutes under TCG): run it on a worker thread; cancel() stops it
// between libguestfs commands.
struct GuestDryRunReport
{
    QString instance; // the VM's location
    QString uuid;
    bool read = false; // the disks were read (false: the VM runs, or the tools are missing)
    QList<convert::DryRunFinding> findings;
    double seconds = 0;
    QDateTime at;
};

class GuestDryRun final
{
    Q_DECLARE_TR_FUNCTIONS(ferry::engine::GuestDryRun)

public:
    GuestDryRun(std::shared_ptr<Database> db, std::shared_ptr<CredentialStore> secrets);

    // libguestfs' environment (LIBGUESTFS_BACKEND_SETTINGS=force_tcg where KVM cannot boot the
    // appliance); by default this process's.
    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }
    // The whole inspection's limit (the appliance's start included); 20 minutes by default.
    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }
    void cancel() { m_cancel.store(true); }
    bool isCanceled() const { return m_cancel.load(); }

    // An Error when the source cannot be reached or the disks cannot be read or inspected.
    Result<GuestDryRunReport> run(const Instance &vm);

private:
    std::shared_ptr<Database> m_db;
    std::shared_ptr<CredentialStore> m_secrets;
    QProcessEnvironment m_env;
    int m_timeoutSeconds = 1200;
    std::atomic_bool m_cancel {false};
};

// The dry run kept for pre-flight (DryRunRepository): the instance's last one.
Status saveDryRun(
    const std::shared_ptr<Database> &db, qint64 instanceId, const GuestDryRunReport &report);
// The last dry runs of these instances, by instance id (the report's instance and uuid empty).
Result<QHash<qint64, GuestDryRunReport>> dryRunsOf(
    const std::shared_ptr<Database> &db, const QList<qint64> &instanceIds);

QJsonArray findingsJson(const QList<convert::DryRunFinding> &findings);
QList<convert::DryRunFinding> findingsFromJson(const QJsonArray &array);

// The NICs as the conversion sees them: the inventory's MACs with the new addresses the
// instance's overrides give.
QList<convert::NicIdentity> conversionNics(const Instance &vm);
// The virtio-win ISO artifact a Windows guest's drivers come from (ConversionRequest::
// virtioWinIso), when its file is on this host as stored (size, SHA-256); empty otherwise. The
// migration itself goes through MigrationJob::findVirtioWin, which waits Blocked without one.
QString virtioWinIso(const std::shared_ptr<Database> &db, const Instance &vm);

} // namespace engine
} // namespace ferry
