#pragma once

#include "store/enginelockrepository.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace ferry {
class CredentialStore;
class Database;
namespace engine {
class Engine;
}
} // namespace ferry

namespace ferry::gui {

// The migration engine of the GUI: while Ferry is open it drives the queue of its database,
// sharing it with any other engines through leases (docs/scale.md). A start refused with
// Conflict (the single-engine lock of old; no longer returned) would show who holds the queue and
// be retried every few seconds; meanwhile the dashboard watches the database.
class EngineController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineController)

public:
    enum class State {
        Stopped,
        Running, // this process drives the queue
        HeldElsewhere, // another process does
        Failed, // the engine could not start or lost its lock
    };
    Q_ENUM(State)

    EngineController(std::shared_ptr<Database> database,
        std::shared_ptr<CredentialStore> credentials, QObject *parent = nullptr);
    ~EngineController() override;

    // Tries to take the lock and start with the shared settings (engine.threads,
    // engine.retries); when someone else holds it, tries again every retryIntervalMs.
    void start();
    // The settings changed (Settings…): a running engine takes the new limits.
    void reloadSettings();
    // Stops the engine: running jobs are canceled and waited for (their source back on, the
    // target cleaned), the lock is released. Nothing is retried afterwards.
    void stop();

    State state() const { return m_state; }
    // One line for the status bar: "Engine running", "Engine held by pid N on host H", ...
    QString stateText() const;
    QString errorText() const { return m_error; }
    std::optional<EngineLockHolder> holder() const { return m_holder; }
    engine::Engine *engine() const { return m_engine.get(); }
    int runningJobs() const;
    void setRetryInterval(int ms) { m_retry.setInterval(ms); }
    void setTickInterval(int ms) { m_tickMs = ms; }

    // From the GUI thread: a job of this engine stops within seconds (a cancel written to the
    // database reaches it on the next tick anyway).
    void cancel(qint64 entryId);

Q_SIGNALS:
    void stateChanged(ferry::gui::EngineController::State state);
    void entryChanged(qint64 entryId);
    void progress(qint64 entryId, int diskPosition, qint64 bytesDone, qint64 bytesTotal);

private:
    void tryStart();
    void setState(State state);

    std::shared_ptr<Database> m_database;
    std::shared_ptr<CredentialStore> m_credentials;
    std::unique_ptr<engine::Engine> m_engine;
    QTimer m_retry;
    State m_state = State::Stopped;
    std::optional<EngineLockHolder> m_holder;
    QString m_error;
    int m_tickMs = 1000;
    bool m_wanted = false;
};

} // namespace ferry::gui
