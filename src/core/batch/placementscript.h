#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace ferry::batch {

// Placement scripts are JavaScript run by QJSEngine in a sandbox: no extensions (no console, no
// Qt object), no file, module or network access, and a time limit.
// Whether this build can run them (Qt Qml was found when it was configured).
bool placementScriptsAvailable();

constexpr int kPlacementScriptTimeoutMs = 2000;

struct ScriptProblem
{
    int line = 0; // 1-based line in the script, 0 when unknown
    int column = 0;
    QString message;
};

struct ScriptNetwork
{
    QString network;
    QString nicType;
    QString vlan;
};

struct ScriptLogLine
{
    QString level; // info | warn | error
    QString message;
};

// What a script asked for; unset parts leave the placement alone.
struct ScriptOutcome
{
    std::optional<QString> target;
    std::optional<QString> project;
    QMap<QString, QString> pools; // disk name -> pool
    QMap<QString, ScriptNetwork> networks; // MAC -> network
    QVector<ScriptLogLine> log;
};

// A script loaded once into its own sandbox, then called for many instances (a batch start or
// dry run): globals the script sets persist from one instance to the next within the runner.
// The time limit applies to the load and to each call. After a call runs out of time, the runner
// refuses every later call at once (a script that loops would otherwise cost the limit per VM).
class PlacementScriptRunner final
{
public:
    explicit PlacementScriptRunner(QString source, int timeoutMs = kPlacementScriptTimeoutMs);
    ~PlacementScriptRunner();
    PlacementScriptRunner(const PlacementScriptRunner &) = delete;
    PlacementScriptRunner &operator=(const PlacementScriptRunner &) = delete;

    QString source() const;
    // Why the script cannot run (it did not load, or has no placement function); nullopt when
    // it can.
    std::optional<ScriptProblem> problem() const;
    // Calls placement(instance, batch) and collects what it set.
    Result<ScriptOutcome> run(const QJsonObject &instance, const QJsonObject &batch);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Loads the script in a fresh sandbox and checks that it defines placement(instance, batch);
// nullopt when it does.
std::optional<ScriptProblem> checkPlacementScript(
    const QString &source, int timeoutMs = kPlacementScriptTimeoutMs);

// Calls placement(instance, batch) with the two objects and collects what it set. A thrown
// error, a syntax error or the time limit give an error naming the script's line.
Result<ScriptOutcome> runPlacementScript(const QString &source, const QJsonObject &instance,
    const QJsonObject &batch, int timeoutMs = kPlacementScriptTimeoutMs);

} // namespace ferry::batch
