#pragma once

#include "model/batch.h"

#include <QHash>

namespace ferry::batch {

// Migration window semantics, as the reference defines them. An invalid start means the window
// has always begun, an invalid end that it never ends, an invalid lockout that there is none.

// The start is unset or not after now.
bool windowBegun(const MigrationWindow &window, const QDateTime &now);
// The window ended, or its lockout passed: no new instance is assigned to it.
bool windowLocked(const MigrationWindow &window, const QDateTime &now);
// Not locked, and a cut-over of durationMs starting at max(start, now) ends (plus one minute of
// margin) before the end.
bool windowFits(const MigrationWindow &window, qint64 durationMs, const QDateTime &now);
// The index of the window that fits durationMs and starts first, skipping windows whose
// capacity is used up (assigned: entries per window id); -1 when none fits.
int earliestWindow(const QVector<MigrationWindow> &windows, qint64 durationMs, const QDateTime &now,
    const QHash<qint64, int> &assigned = {});
// Whether the two windows share some time (touching ends do not overlap).
bool windowsOverlap(const MigrationWindow &a, const MigrationWindow &b);
// Whether `after` allows everything `before` allowed: a start not later, an end not earlier, a
// lockout not earlier (or none), a capacity not smaller (0 is unlimited).
bool atLeastAsPermissive(const MigrationWindow &before, const MigrationWindow &after);
// "2025-12-01 01:00:00 +0000 UTC - 2025-12-01 01:10:00 +0000 UTC", as the reference's queue list.
QString describeWindow(const MigrationWindow &window);

} // namespace ferry::batch
