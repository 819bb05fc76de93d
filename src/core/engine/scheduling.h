#pragma once

#include "model/batch.h"

#include <QDateTime>
#include <QHash>

namespace ferry {
struct Instance;
namespace batch {
struct SelectionContext;
}
} // namespace ferry

namespace ferry::engine {

// The scheduler's decisions that depend on nothing but the batch, the instance and the counts,
// as the reference takes them (GetNextWindow and the constraints). Engine::tick() applies them.

// The index of the constraint that applies to `vm`: the last one whose include expression
// matches (the reference walks the list backwards). -1 when none does. An expression that does
// not compile or evaluate matches nothing (batch validation refuses such expressions).
int applicableConstraint(
    const Batch &batch, const Instance &vm, const batch::SelectionContext &context);

struct WindowChoice
{
    enum class Kind {
        Now, // cut over now, in windowId (0: the batch has no windows)
        Later, // windowId fits but has not begun
        Never, // no window fits any more (ended, locked out, full or too short)
    };
    Kind kind = Kind::Never;
    qint64 windowId = 0;
};

// The window an entry cuts over in. A batch without windows: now. The window assigned to the
// entry earlier (assignedWindowId) is kept while it is not locked (ended or past its lockout).
// Otherwise the earliest window that is not locked, has room for a cut-over of minBootMs (plus a
// minute) before its end and has capacity left; `assigned` counts the entries assigned to each
// window, this one not included.
WindowChoice chooseWindow(const Batch &batch, qint64 assignedWindowId, qint64 minBootMs,
    const QHash<qint64, int> &assigned, const QDateTime &now);

} // namespace ferry::engine
