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

QString tr(const char *s)
{
    return QCoreApplication::translate("PlacementScript", s);
}

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

// Interrupts the engine when the time is up, from its own thread.
class Watchdog final
{
public:
    Watchdog(QJSEngine &engine, int timeoutMs)
        : m_thread([this, &engine, timeoutMs]() {
            std::unique_lock<std::mutex> lock(m_mutex);
            if (!m_cv.wait_for(
                    lock, std::chrono::milliseconds(timeoutMs), [this]() { return m_done; })) {
                m_fired = true;
                engine.setInterrupted(true);
            }
        })
    { }
    ~Watchdog()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_done = true;
        }
        m_cv.notify_all();
        m_thread.join();
    }
    Watchdog(const Watchdog &) = delete;
    Watchdog &operator=(const Watchdog &) = delete;

    bool fired()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_fired;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_done = false;
    bool m_fired = false;
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
    return ScriptProblem {
        0, 0, tr("The placement script ran longer than %1 ms and was stopped.").arg(timeoutMs)};
}

// Modules are files: a script may not load any. Static imports are syntax errors in a script;
// this catches import(...) calls, which the engine would resolve against the file system.
std::optional<ScriptProblem> refuseImports(const QString &source)
{
    static const QRegularExpression dynamicImport(QStringLiteral("\\bimport\\s*\\("));
    const auto m = dynamicImport.match(source);
    if (!m.hasMatch())
        return std::nullopt;
    const int line = int(source.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
    const int column
        = int(m.capturedStart() - source.lastIndexOf(QLatin1Char('\n'), m.capturedStart() - 1));
    return ScriptProblem {line, column, tr("Placement scripts may not import modules or files.")};
}

struct Sandbox
{
    QJSEngine engine;
    ScriptApi api;

    Sandbox()
    {
        // No installExtensions(): no console, no Qt object, no translation functions.
        QJSValue prelude = engine.evaluate(QString::fromUtf8(kPrelude));
        prelude.callWithInstance(engine.globalObject(), {engine.newQObject(&api)});
        // newQObject made the engine the owner of api's wrapper; api itself lives here.
        QJSEngine::setObjectOwnership(&api, QJSEngine::CppOwnership);
    }

    // Loads the script; a problem when it does not load or has no placement function.
    std::optional<ScriptProblem> load(const QString &source, Watchdog &watchdog, int timeoutMs)
    {
        if (auto refused = refuseImports(source))
            return refused;
        const QJSValue result = engine.evaluate(source, QStringLiteral("placement.js"), 1);
        if (watchdog.fired())
            return timeUp(timeoutMs);
        if (result.isError())
            return problemFrom(result);
        const QJSValue fn = engine.globalObject().property(QStringLiteral("placement"));
        if (!fn.isCallable())
            return ScriptProblem {
                0, 0, tr("The script does not define function placement(instance, batch).")};
        return std::nullopt;
    }

    QJSValue fromJson(const QJsonObject &o)
    {
        const QJSValue parse = engine.globalObject()
                                   .property(QStringLiteral("JSON"))
                                   .property(QStringLiteral("parse"));
        return parse.call({QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))});
    }
};

} // namespace

bool placementScriptsAvailable()
{
    return true;
}

std::optional<ScriptProblem> checkPlacementScript(const QString &source, int timeoutMs)
{
    Sandbox box;
    Watchdog watchdog(box.engine, timeoutMs);
    return box.load(source, watchdog, timeoutMs);
}

Result<ScriptOutcome> runPlacementScript(
    const QString &source, const QJsonObject &instance, const QJsonObject &batch, int timeoutMs)
{
    Sandbox box;
    const auto failure = [](const ScriptProblem &p) {
        return Error(Error::Code::InvalidInput,
            p.line > 0 ? tr("The placement script failed at line %1: %2").arg(p.line).arg(p.message)
                       : tr("The placement script failed: %1").arg(p.message));
    };
    Watchdog watchdog(box.engine, timeoutMs);
    if (auto problem = box.load(source, watchdog, timeoutMs))
        return failure(*problem);
    const QJSValue fn = box.engine.globalObject().property(QStringLiteral("placement"));
    const QJSValue result = fn.call({box.fromJson(instance), box.fromJson(batch)});
    if (watchdog.fired())
        return failure(timeUp(timeoutMs));
    if (result.isError())
        return failure(problemFrom(result));
    return box.api.outcome;
}

} // namespace ferry::batch

#include "placementscript.moc"
