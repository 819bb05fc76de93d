#pragma once

#include "model/queuestatus.h"
#include "util/result.h"

#include <QObject>
#include <QRunnable>
#include <QString>

#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

namespace ferry {

class Database;
class CredentialStore;

namespace incus {
struct DependentVolume;
} // namespace incus

namespace transfer {
struct StreamOptions;
struct StreamResult;
struct VmTarget;
} // namespace transfer

namespace engine {

// How a job that did not finish ended: why, and the status it left the entry in (Error,
// Conflict, Canceled, Waiting when the window ended, or Blocked when a Windows guest waits for
// a virtio-win ISO).
struct JobFailure
{
    Error error;
    QueueStatus status = QueueStatus::Failed;
};

// What one migration needs; fixed when the job is made.
struct MigrationJobParams
{
    std::shared_ptr<Database> db;
    std::shared_ptr<CredentialStore> secrets;
    qint64 entryId = 0;
    // After a failure or a cancel, leave what was created on the target (for a person to look
    // at) instead of deleting it.
    bool keepLeftovers = false;
    int chunkBytes = 8 * 1024 * 1024;
    int readsInFlight = 4;
    qint64 readLimitBytesPerSecond = 0; // per migration; 0: no limit
    // How long the guest gets to shut down; 0: the batch's config.guest_shutdown_timeout.
    int guestShutdownTimeoutMs = 0;
    // The engine whose lease the entry runs under (docs/scale.md, fencing): every step first
    // checks that the lease is still this engine's, and the job's writes to the entry are fenced
    // with it. Empty: no lease (a job run on its own, as in tests).
    QString engineId;
};

// A cold migration of one queue entry, on a worker thread (the model is qBittorrent's torrent
// creator: QObject + QRunnable, immutable parameters, an atomic interruption flag, progress,
// failed and succeeded signals). The scheduler moves the entry to "Creating new VM" before it
// starts the job; each later step commits its transition before its work, so a killed process
// resumes cleanly. The job uses its own database connection (one per thread), its own HTTP
// clients, and never touches the caller's objects.
//
// The steps are migrate()'s, one member function each: load the entry, connect to the source,
// re-check the source VM (UUID, disks; a change is a Conflict), connect to the target, remove
// what an earlier attempt left there (found by its user.ferry.* markers, so a retry never makes
// a duplicate), find NIC clashes, check that this host can convert the guest when it is to be
// converted, power the source off (guest shutdown when the tools run, else hard) and read it
// again, convert the guest in overlays over the source disks (docs/conversion.md), stream each
// disk with what the conversion changed in place of the source's bytes (the root disk inside an
// instance backup, the others as custom block volumes), check that no disk changed while it was
// copied, configure the VM (CPU, memory, firmware, TPM, NICs with the source MACs, extra disks,
// markers), start it if the source was running. Any failure after the source was stopped powers it
// back on, unless the source changed during the copy (then it stays off for a person to look at);
// leftovers are deleted unless keepLeftovers.
class MigrationJob final : public QObject, public QRunnable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationJob)

public:
    explicit MigrationJob(MigrationJobParams params, QObject *parent = nullptr);
    ~MigrationJob() override;

    void run() override;
    // From any thread: stops between steps and inside transfers within seconds.
    void cancel() { m_cancel = true; }
    bool isCanceled() const { return m_cancel.load(); }
    // From any thread: the entry's migration window ended before the migration did. Stops like
    // a cancel (the source runs again, leftovers go), but the entry waits for its next window.
    void windowEnded()
    {
        m_windowEnded = true;
        m_cancel = true;
    }
    bool hasWindowEnded() const { return m_windowEnded.load(); }
    // From any thread: the entry's lease is no longer this engine's (another engine may run it
    // now). Stops like a cancel, but touches neither the source, nor the target, nor the entry.
    void leaseLost()
    {
        m_leaseLost = true;
        m_cancel = true;
    }
    qint64 entryId() const { return m_params.entryId; }
    const MigrationJobParams &params() const { return m_params; }

Q_SIGNALS:
    void progress(qint64 entryId, int diskPosition, qint64 bytesDone, qint64 bytesTotal);
    void succeeded(qint64 entryId);
    void failed(qint64 entryId, const ferry::engine::JobFailure &failure);
    // Always last, after succeeded or failed.
    void finished(qint64 entryId);

private:
    struct Context;
    Status migrate(Context &c);
    // The steps of migrate(), in order.
    Status load(Context &c);
    Status connectSource(Context &c);
    Status recheckSource(Context &c);
    Status checkDataPath(Context &c);
    Status locateDisks(Context &c, bool mapGrains);
    Status connectTarget(Context &c);
    Status placeOnMember(Context &c);
    Status recordLocation(Context &c);
    Status clearTarget(Context &c);
    Status checkNicClashes(Context &c);
    Status dryRunTarget(Context &c);
    Status checkConversion(Context &c);
    Status findVirtioWin(Context &c);
    void waitForVirtioWin(Context &c);
    Status powerOffSource(Context &c);
    Result<QString> probeDisks(Context &c);
    Status convertGuest(Context &c);
    Status copyDisks(Context &c);
    Status copyDisk(Context &c, int position);
    Status copyDisksDependent(Context &c);
    struct DiskCopy;
    std::unique_ptr<DiskCopy> startDiskCopy(Context &c, int position, const QString &label);
    std::function<void(qint64, qint64)> progressOf(Context &c, DiskCopy &copy);
    transfer::StreamOptions streamOptions(
        Context &c, const QString &label, const QString &disks) const;
    static QString volumeName(Context &c, int position);
    static transfer::VmTarget vmTarget(
        Context &c, qint64 rootBytes, const QVector<incus::DependentVolume> &dependents);
    Status finishDiskCopy(Context &c, DiskCopy &copy, const transfer::StreamResult &copied);
    Status checkSourceUnchanged(Context &c);
    Status configureTarget(Context &c);
    Status startTarget(Context &c);
    Status finish(Context &c);

    Status canceled() const;
    // Conflict when the entry's lease is not (or cannot be shown to be) this engine's any more.
    Status checkLease(Context &c);
    void recover(Context &c, const Error &error);

    const MigrationJobParams m_params;
    std::atomic_bool m_cancel {false};
    std::atomic_bool m_windowEnded {false};
    std::atomic_bool m_leaseLost {false};
};

} // namespace engine
} // namespace ferry
