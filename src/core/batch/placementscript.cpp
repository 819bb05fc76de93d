// Placement scripts on QJSEngine (built when Qt Qml is found; see batch.cmake).
#include "batch/placementscript.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QJSValue>
#include <QJsonDocument>
#include <QObject>
#include <QRegularExpression>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace ferry::batch {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PlacementScript)
};

} // namespace

namespace {

constexpr int kMaxLogLines = 200;
constexpr int kMaxLogLength = 2000;

// The functions a script may call. Exposed to the script through small JavaScript wrappers,
// so the script sees plain functions with the reference's names.
class ScriptApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptApi)

public:
    ScriptApi() = default;
    ScriptOutcome outcome;

    Q_INVOKABLE void setTarget(const QString &name) { outcome.target = name; }
    Q_INVOKABLE void setProject(const QString &name) { outcome.project = name; }
    Q_INVOKABLE void setPool(const QString &disk, const QString &pool)
    {
        outcome.pools.insert(disk, pool);
    }
    Q_INVOKABLE void setNetwork(
        const QString &mac, const QString &network, const QString &nicType, const QString &vlan)
    {
        outcome.networks.insert(mac.toLower(), ScriptNetwork {network, nicType, vlan});
    }
    Q_INVOKABLE void log(const QString &level, const QString &message)
    {
        if (outcome.log.size() >= kMaxLogLines)
            return;
        outcome.log << ScriptLogLine {level, message.left(kMaxLogLength)};
    }
};

const char *const kPrelude = R"JS(
(function (api) {
    "use strict";
    var join = function (args) {
        return Array.prototype.map.call(args, function (a) { return String(a); }).join(" ");
    };
    var text = function (v) { return v === undefined || v === null ? "" : String(v); };
    var g = this;
    g.set_target = function (name) { api.setTarget(text(name)); };
    g.set_project = function (name) { api.setProject(text(name)); };
    g.set_pool = function (disk, pool) { api.setPool(text(disk), text(pool)); };
    g.set_network = function (mac, network, nictype, vlan) {
        api.setNetwork(text(mac), text(network), text(nictype), text(vlan));
    };
    g.log_info = function () { api.log("info", join(arguments)); };
    g.log_warn = function () { api.log("warn", join(arguments)); };
    g.log_error = function () { api.log("error", join(arguments)); };
})
)JS";

// Interrupts the engine, from its own thread, when an armed call outlives its deadline.
class Watchdog final
{
public:
    explicit Watchdog(QJSEngine &engine)
        : m_engine(engine)
        , m_thread([this]() { loop(); })
    { }
    ~Watchdog()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_cv.notify_all();
        m_thread.join();
    }
    Watchdog(const Watchdog &) = delete;
    Watchdog &operator=(const Watchdog &) = delete;

    void arm(int timeoutMs)
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
            m_armed = true;
            m_fired = false;
            ++m_generation;
        }
        m_cv.notify_all();
    }

    // Whether the deadline passed while armed; the engine may run again afterwards.
    bool disarm()
    {
        bool fired = false;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_armed = false;
            fired = m_fired;
            m_fired = false;
            ++m_generation;
        }
        m_cv.notify_all();
        if (fired)
            m_engine.setInterrupted(false);
        return fired;
    }

private:
    void loop()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        while (!m_stop) {
            if (!m_armed) {
                m_cv.wait(lock, [this]() { return m_stop || m_armed; });
                continue;
            }
            const quint64 generation = m_generation;
            const bool changed = m_cv.wait_until(lock, m_deadline,
                [this, generation]() { return m_stop || m_generation != generation; });
            if (!changed && m_armed) {
                m_fired = true;
                m_armed = false;
                m_engine.setInterrupted(true);
            }
        }
    }

    QJSEngine &m_engine;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::chrono::steady_clock::time_point m_deadline;
    quint64 m_generation = 0;
    bool m_armed = false;
    bool m_fired = false;
    bool m_stop = false;
    std::thread m_thread; // last: starts once the rest is ready
};

ScriptProblem problemFrom(const QJSValue &error)
{
    ScriptProblem p;
    p.line = error.property(QStringLiteral("lineNumber")).toInt();
    p.message = error.toString();
    return p;
}

ScriptProblem timeUp(int timeoutMs)
{
    return ScriptProblem {0, 0,
        Text::tr("The placement script ran longer than %1 ms and was stopped.").arg(timeoutMs)};
}

Error failure(const ScriptProblem &p)
{
    return Error(Error::Code::InvalidInput,
        p.line > 0
            ? Text::tr("The placement script failed at line %1: %2").arg(p.line).arg(p.message)
            : Text::tr("The placement script failed: %1").arg(p.message));
}

// Modules are files: a script may not load any. Qt 6.4's engine has no dynamic import() (it is
// a syntax error), static imports are syntax errors in a script; this names the reason anyway.
std::optional<ScriptProblem> refuseImports(const QString &source)
{
    static const QRegularExpression dynamicImport(QStringLiteral("\\bimport\\s*\\("));
    const auto m = dynamicImport.match(source);
    if (!m.hasMatch())
        return std::nullopt;
    const int line = int(source.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
    const int column
        = int(m.capturedStart() - source.lastIndexOf(QLatin1Char('\n'), m.capturedStart() - 1));
    return ScriptProblem {
        line, column, Text::tr("Placement scripts may not import modules or files.")};
}

} // namespace

struct PlacementScriptRunner::Private
{
    QString source;
    int timeoutMs = kPlacementScriptTimeoutMs;
    // No installExtensions(): no console, no Qt object, no translation functions.
    QJSEngine engine;
    ScriptApi api;
    Watchdog watchdog {engine};
    QJSValue placement;
    QJSValue parse;
    std::optional<ScriptProblem> problem;
    bool timedOut = false;

    QJSValue fromJson(const QJsonObject &o)
    {
        return parse.call({QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))});
    }
};

PlacementScriptRunner::PlacementScriptRunner(QString source, int timeoutMs)
    : d(std::make_unique<Private>())
{
    d->source = std::move(source);
    d->timeoutMs = timeoutMs;
    QJSValue prelude = d->engine.evaluate(QString::fromUtf8(kPrelude));
    prelude.callWithInstance(d->engine.globalObject(), {d->engine.newQObject(&d->api)});
    // newQObject made the engine the owner of api's wrapper; api itself lives here.
    QJSEngine::setObjectOwnership(&d->api, QJSEngine::CppOwnership);
    d->parse = d->engine.globalObject()
                   .property(QStringLiteral("JSON"))
                   .property(QStringLiteral("parse"));
    if ((d->problem = refuseImports(d->source)))
        return;
    d->watchdog.arm(timeoutMs);
    const QJSValue result = d->engine.evaluate(d->source, QStringLiteral("placement.js"), 1);
    if (d->watchdog.disarm()) {
        d->problem = timeUp(timeoutMs);
        return;
    }
    if (result.isError()) {
        d->problem = problemFrom(result);
        return;
    }
    d->placement = d->engine.globalObject().property(QStringLiteral("placement"));
    if (!d->placement.isCallable())
        d->problem = ScriptProblem {
            0, 0, Text::tr("The script does not define function placement(instance, batch).")};
    // Whatever loading logged is not any instance's.
    d->api.outcome = ScriptOutcome();
}

PlacementScriptRunner::~PlacementScriptRunner() = default;

QString PlacementScriptRunner::source() const
{
    return d->source;
}

std::optional<ScriptProblem> PlacementScriptRunner::problem() const
{
    return d->problem;
}

Result<ScriptOutcome> PlacementScriptRunner::run(
    const QJsonObject &instance, const QJsonObject &batch)
{
    if (d->problem)
        return failure(*d->problem);
    if (d->timedOut)
        return failure(ScriptProblem {0, 0,
            Text::tr(
                "The placement script ran longer than %1 ms for an earlier instance; it is not "
                "run again.")
                .arg(d->timeoutMs)});
    d->api.outcome = ScriptOutcome();
    const QJSValue args[] = {d->fromJson(instance), d->fromJson(batch)};
    d->watchdog.arm(d->timeoutMs);
    const QJSValue result = d->placement.call({args[0], args[1]});
    if (d->watchdog.disarm()) {
        d->timedOut = true;
        return failure(timeUp(d->timeoutMs));
    }
    if (result.isError())
        return failure(problemFrom(result));
    ScriptOutcome out = std::move(d->api.outcome);
    d->api.outcome = ScriptOutcome();
    return out;
}

bool placementScriptsAvailable()
{
    return true;
}

std::optional<ScriptProblem> checkPlacementScript(const QString &source, int timeoutMs)
{
    return PlacementScriptRunner(source, timeoutMs).problem();
}

Result<ScriptOutcome> runPlacementScript(
    const QString &source, const QJsonObject &instance, const QJsonObject &batch, int timeoutMs)
{
    return PlacementScriptRunner(source, timeoutMs).run(instance, batch);
}

} // namespace ferry::batch

#include "placementscript.moc"
