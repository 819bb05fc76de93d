#include "queue/enginecontroller.h"

#include "appsettings/appsettings.h"
#include "engine/engine.h"
#include "secrets/credentialstore.h"
#include "store/database.h"

#include <QLoggingCategory>

namespace ferry::gui {

Q_LOGGING_CATEGORY(lcGuiEngine, "ferry.gui.engine", QtInfoMsg)

namespace {
constexpr int kRetryMs = 5000;
} // namespace

EngineController::EngineController(std::shared_ptr<Database> database,
    std::shared_ptr<CredentialStore> credentials, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_credentials(std::move(credentials))
{
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &EngineController::tryStart);
}

EngineController::~EngineController()
{
    stop();
}

void EngineController::start()
{
    m_wanted = true;
    tryStart();
}

void EngineController::tryStart()
{
    if (!m_wanted || m_engine)
        return;
    // The shared settings, as ferryctl engine run reads them.
    engine::EngineOptions options = engine::EngineOptions::fromSettings(
        m_database, m_credentials ? m_credentials : std::make_shared<CredentialStore>());
    options.tickMs = m_tickMs;
    auto e = std::make_unique<engine::Engine>(options);
    const Status st = e->start();
    if (!st) {
        m_holder.reset();
        if (st.error().code == Error::Code::Conflict) {
            if (auto holder = EngineLockRepository(m_database).holder(); holder && *holder)
                m_holder = **holder;
            m_error.clear();
            if (!m_retry.isActive())
                m_retry.start();
            setState(State::HeldElsewhere);
        } else {
            m_error = st.error().toString();
            qCWarning(lcGuiEngine) << "the engine did not start:" << m_error;
            if (!m_retry.isActive())
                m_retry.start();
            setState(State::Failed);
        }
        return;
    }
    m_retry.stop();
    m_holder.reset();
    m_error.clear();
    m_engine = std::move(e);
    connect(m_engine.get(), &engine::Engine::entryChanged, this, &EngineController::entryChanged);
    connect(m_engine.get(), &engine::Engine::progress, this, &EngineController::progress);
    connect(m_engine.get(), &engine::Engine::lockLost, this, [this](const QString &message) {
        m_error = message;
        // The engine stopped itself; it is deleted outside its own signal.
        QTimer::singleShot(0, this, [this] {
            m_engine.reset();
            if (m_wanted)
                m_retry.start();
            setState(State::Failed);
        });
    });
    qCInfo(lcGuiEngine) << "the GUI drives the queue";
    setState(State::Running);
}

void EngineController::stop()
{
    m_wanted = false;
    m_retry.stop();
    if (m_engine) {
        m_engine->stop();
        m_engine.reset();
    }
    m_holder.reset();
    setState(State::Stopped);
}

void EngineController::reloadSettings()
{
    if (!m_engine)
        return; // the next start reads them
    const auto settings = AppSettings::load(m_database);
    if (!settings) {
        qCWarning(lcGuiEngine) << "the settings could not be read:" << settings.error().toString();
        return;
    }
    const engine::EngineOptions options
        = engine::EngineOptions::fromSettings(*settings, m_database, m_credentials);
    m_engine->setLimits(options.maxThreads, options.maxRetries);
}

int EngineController::runningJobs() const
{
    return m_engine ? m_engine->runningJobs() : 0;
}

void EngineController::cancel(qint64 entryId)
{
    if (m_engine)
        m_engine->cancel(entryId);
}

QString EngineController::stateText() const
{
    switch (m_state) {
    case State::Stopped:
        return tr("Engine stopped");
    case State::Running: {
        const int jobs = runningJobs();
        return jobs == 0 ? tr("Engine running in this window")
                         : tr("Engine running in this window: %n migration(s)", nullptr, jobs);
    }
    case State::HeldElsewhere:
        if (m_holder)
            return tr("Engine held by pid %1 on host %2").arg(m_holder->pid).arg(m_holder->host);
        return tr("Engine held by another process");
    case State::Failed:
        return tr("Engine not running: %1").arg(m_error);
    }
    return {};
}

void EngineController::setState(State state)
{
    if (state == m_state && state != State::HeldElsewhere)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace ferry::gui
