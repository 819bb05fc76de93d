// Placement scripts in a build without Qt Qml: refused with a clear message.
#include "batch/placementscript.h"

#include <QCoreApplication>

namespace ferry::batch {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PlacementScript)
};

} // namespace

namespace {

QString unavailable()
{
    return Text::tr("This build of Ferry cannot run placement scripts (built without Qt QML).");
}

} // namespace

struct PlacementScriptRunner::Private
{
    QString source;
};

PlacementScriptRunner::PlacementScriptRunner(QString source, int)
    : d(std::make_unique<Private>())
{
    d->source = std::move(source);
}

PlacementScriptRunner::~PlacementScriptRunner() = default;

QString PlacementScriptRunner::source() const
{
    return d->source;
}

std::optional<ScriptProblem> PlacementScriptRunner::problem() const
{
    return ScriptProblem {0, 0, unavailable()};
}

Result<ScriptOutcome> PlacementScriptRunner::run(const QJsonObject &, const QJsonObject &)
{
    return Error(Error::Code::Unsupported, unavailable());
}

bool placementScriptsAvailable()
{
    return false;
}

std::optional<ScriptProblem> checkPlacementScript(const QString &, int)
{
    return ScriptProblem {
        0, 0, Text::tr("This build of Ferry cannot run placement scripts (built without Qt QML).")};
}

Result<ScriptOutcome> runPlacementScript(
    const QString &, const QJsonObject &, const QJsonObject &, int)
{
    return Error(Error::Code::Unsupported,
        Text::tr("This build of Ferry cannot run placement scripts (built without Qt QML)."));
}

} // namespace ferry::batch
