#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

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

// Loads the script in a fresh sandbox and checks that it defines placement(instance, batch);
// nullopt when it does.
std::optional<ScriptProblem> checkPlacementScript(
    const QString &source, int timeoutMs = kPlacementScriptTimeoutMs);

// Calls placement(instance, batch) with the two objects and collects what it set. A thrown
// error, a syntax error or the time limit give an error naming the script's line.
Result<ScriptOutcome> runPlacementScript(const QString &source, const QJsonObject &instance,
    const QJsonObject &batch, int timeoutMs = kPlacementScriptTimeoutMs);

} // namespace ferry::batch
