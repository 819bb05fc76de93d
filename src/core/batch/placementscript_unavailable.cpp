// Placement scripts in a build without Qt Qml: refused with a clear message.
#include "batch/placementscript.h"

#include <QCoreApplication>

namespace ferry::batch {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("PlacementScript", s);
}

} // namespace

namespace {

QString unavailable()
{
    return tr("This build of Ferry cannot run placement scripts (built without Qt QML).");
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
        0, 0, tr("This build of Ferry cannot run placement scripts (built without Qt QML).")};
}

Result<ScriptOutcome> runPlacementScript(
    const QString &, const QJsonObject &, const QJsonObject &, int)
{
    return Error(Error::Code::Unsupported,
        tr("This build of Ferry cannot run placement scripts (built without Qt QML)."));
}

} // namespace ferry::batch
