#include "batch/batchrules.h"

#include "batch/batchyaml.h"
#include "batch/windows.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ferry::batch {

namespace {

// The messages keep the translation contexts they had where they were written first: the
// batch reader's for the windows, the batch service's for the name.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BatchYaml)
};
struct NameText
{
    Q_DECLARE_TR_FUNCTIONS(BatchService)
};

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
        out << WindowProblem {i, WindowProblem::Field::Name,
            Text::tr("The migration window %1 needs a name.").arg(i + 1)};
    else if (earlier.contains(w.name))
        out << WindowProblem {i, WindowProblem::Field::Name,
            Text::tr("Two migration windows are named %1.").arg(quoted(w.name))};
    if (w.start.isValid() && w.end.isValid() && w.end <= w.start)
        out << WindowProblem {i, WindowProblem::Field::End,
            w.end == w.start
                ? Text::tr("The window %1 ends when it starts (%2).")
                      .arg(quoted(w.name), formatBatchTime(w.start))
                : Text::tr("The window %1 ends (%2) before it starts (%3).")
                      .arg(quoted(w.name), formatBatchTime(w.end), formatBatchTime(w.start))};
    else if (w.lockout.isValid()
        && ((w.start.isValid() && w.lockout < w.start) || (w.end.isValid() && w.lockout > w.end)))
        out << WindowProblem {i, WindowProblem::Field::Lockout,
            Text::tr("The lockout of window %1 (%2) is outside the window (%3 to %4).")
                .arg(quoted(w.name), formatBatchTime(w.lockout),
                    w.start.isValid() ? formatBatchTime(w.start) : Text::tr("now"),
                    w.end.isValid() ? formatBatchTime(w.end) : Text::tr("no end"))};
    return out;
}

} // namespace

QString batchNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return NameText::tr("A batch needs a name.");
    static const QRegularExpression bad(QStringLiteral("[\\x00-\\x1f\\x7f/]"));
    if (name != name.trimmed() || name.contains(bad))
        return NameText::tr(
            "The name %1 may not contain control characters, slashes or spaces at either "
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
                    Text::tr(
                        "The window %1 (%2) overlaps the window %3 (%4); windows may not overlap.")
                        .arg(quoted(windows.at(j).name), describeWindow(windows.at(j)),
                            quoted(windows.at(i).name), describeWindow(windows.at(i)))};
                break;
            }
        }
    }
    return out;
}

bool syncIntervalValid(qint64 intervalMs)
{
    return intervalMs > 0;
}

bool finalSyncLimitValid(qint64 intervalMs, qint64 finalLimitMs)
{
    return finalLimitMs <= intervalMs;
}

} // namespace ferry::batch
