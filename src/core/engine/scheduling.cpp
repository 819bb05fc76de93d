#include "engine/scheduling.h"

#include "batch/selection.h"
#include "batch/windows.h"
#include "model/instance.h"

namespace ferry::engine {

int applicableConstraint(
    const Batch &batch, const Instance &vm, const batch::SelectionContext &context)
{
    for (int i = int(batch.constraints.size()) - 1; i >= 0; --i) {
        auto selection = batch::Selection::compile(batch.constraints.at(i).includeExpression);
        if (!selection)
            continue;
        auto m = selection->matches(vm, context);
        if (m && *m)
            return i;
    }
    return -1;
}

WindowChoice chooseWindow(const Batch &b, qint64 assignedWindowId, qint64 minBootMs,
    const QHash<qint64, int> &assigned, const QDateTime &now)
{
    if (b.windows.isEmpty())
        return {WindowChoice::Kind::Now, 0};
    auto choice = [&](const MigrationWindow &w) {
        return WindowChoice {
            batch::windowBegun(w, now) ? WindowChoice::Kind::Now : WindowChoice::Kind::Later, w.id};
    };
    if (assignedWindowId != 0)
        for (const MigrationWindow &w : b.windows)
            if (w.id == assignedWindowId && !batch::windowLocked(w, now))
                return choice(w);
    const int i = batch::earliestWindow(b.windows, minBootMs, now, assigned);
    if (i < 0)
        return {};
    return choice(b.windows.at(i));
}

} // namespace ferry::engine
