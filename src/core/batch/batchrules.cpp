#include "batch/batchrules.h"

#include "batch/batchyaml.h"
#include "batch/windows.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ferry::batch {

namespace {

// The translation context of the rules' messages.
struct BatchRules
{
    Q_DECLARE_TR_FUNCTIONS(BatchRules)
};

QString tr(const char *s)
{
    return BatchRules::tr(s);
}

// A name in a message, as the batch reader quotes names.
QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// The problems of the window's own fields: one about its name, one about its times.
QVector<WindowProblem> ownProblems(const MigrationWindow &w, int i, const QSet<QString> &earlier)
{
    QVector<WindowProblem> out;
    if (w.name.trimmed().isEmpty())
        out << WindowProblem {
            i, WindowProblem::Field::Name, tr("The migration window %1 needs a name.").arg(i + 1)};
    else if (earlier.contains(w.name))
        out << WindowProblem {i, WindowProblem::Field::Name,
            tr("Two migration windows are named %1.").arg(quoted(w.name))};
    if (w.start.isValid() && w.end.isValid() && w.end <= w.start)
        out << WindowProblem {i, WindowProblem::Field::End,
            w.end == w.start
                ? tr("The window %1 ends when it starts (%2).")
                      .arg(quoted(w.name), formatBatchTime(w.start))
                : tr("The window %1 ends (%2) before it starts (%3).")
                      .arg(quoted(w.name), formatBatchTime(w.end), formatBatchTime(w.start))};
    else if (w.lockout.isValid()
        && ((w.start.isValid() && w.lockout < w.start) || (w.end.isValid() && w.lockout > w.end)))
        out << WindowProblem {i, WindowProblem::Field::Lockout,
            tr("The lockout of window %1 (%2) is outside the window (%3 to %4).")
                .arg(quoted(w.name), formatBatchTime(w.lockout),
                    w.start.isValid() ? formatBatchTime(w.start) : tr("now"),
                    w.end.isValid() ? formatBatchTime(w.end) : tr("no end"))};
    return out;
}

} // namespace

QString batchNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A batch needs a name.");
    static const QRegularExpression bad(QStringLiteral("[\\x00-\\x1f\\x7f/]"));
    if (name != name.trimmed() || name.contains(bad))
        return tr("The name %1 may not contain control characters, slashes or spaces at either "
                  "end.")
            .arg(quoted(name));
    return {};
}

QVector<WindowProblem> checkWindows(
    const QVector<MigrationWindow> &windows, const QSet<int> &unsound)
{
    QVector<WindowProblem> out;
    QVector<bool> sound(windows.size(), false);
    QSet<QString> names;
    for (int i = 0; i < windows.size(); ++i) {
        const QVector<WindowProblem> own = ownProblems(windows.at(i), i, names);
        out << own;
        sound[i] = own.isEmpty() && !unsound.contains(i);
        names.insert(windows.at(i).name);
    }
    for (int j = 0; j < windows.size(); ++j) {
        if (!sound.at(j))
            continue;
        for (int i = 0; i < j; ++i) {
            if (sound.at(i) && windowsOverlap(windows.at(i), windows.at(j))) {
                out << WindowProblem {j, WindowProblem::Field::Window,
                    tr("The window %1 (%2) overlaps the window %3 (%4); windows may not overlap.")
                        .arg(quoted(windows.at(j).name), describeWindow(windows.at(j)),
                            quoted(windows.at(i).name), describeWindow(windows.at(i)))};
                break;
            }
        }
    }
    return out;
}

QString syncIntervalProblem(qint64 intervalMs, const QString &intervalName)
{
    if (intervalMs <= 0)
        return tr("%1 must be longer than 0s.").arg(intervalName);
    return {};
}

QString finalSyncLimitProblem(
    qint64 intervalMs, qint64 finalLimitMs, const QString &intervalName, const QString &limitName)
{
    if (finalLimitMs > intervalMs)
        return tr("%1 (%2) is longer than %3 (%4); it must not be.")
            .arg(limitName, formatBatchDuration(finalLimitMs), intervalName,
                formatBatchDuration(intervalMs));
    return {};
}

} // namespace ferry::batch
