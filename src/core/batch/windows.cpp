#include "batch/windows.h"

#include <algorithm>

namespace ferry::batch {

namespace {

constexpr qint64 kMarginMs = 60 * 1000;

} // namespace

bool windowBegun(const MigrationWindow &w, const QDateTime &now)
{
    return !w.start.isValid() || w.start <= now;
}

bool windowLocked(const MigrationWindow &w, const QDateTime &now)
{
    return (w.end.isValid() && w.end <= now) || (w.lockout.isValid() && w.lockout <= now);
}

bool windowFits(const MigrationWindow &w, qint64 durationMs, const QDateTime &now)
{
    if (windowLocked(w, now))
        return false;
    if (!w.end.isValid())
        return true;
    const QDateTime from = w.start.isValid() && w.start > now ? w.start : now;
    return from.addMSecs(durationMs + kMarginMs) < w.end;
}

int earliestWindow(const QVector<MigrationWindow> &windows, qint64 durationMs, const QDateTime &now,
    const QHash<qint64, int> &assigned)
{
    int best = -1;
    for (int i = 0; i < windows.size(); ++i) {
        const MigrationWindow &w = windows.at(i);
        if (!windowFits(w, durationMs, now))
            continue;
        if (w.capacity > 0 && assigned.value(w.id) >= w.capacity)
            continue;
        if (best < 0)
            best = i;
        else {
            const MigrationWindow &b = windows.at(best);
            // An unset start is "already begun": earlier than any set start.
            const bool earlier
                = !w.start.isValid() ? b.start.isValid() : (b.start.isValid() && w.start < b.start);
            if (earlier)
                best = i;
        }
    }
    return best;
}

bool windowsOverlap(const MigrationWindow &a, const MigrationWindow &b)
{
    // a.start < b.end && b.start < a.end, with unset starts at -inf and unset ends at +inf.
    const bool aStartsBeforeBEnds = !a.start.isValid() || !b.end.isValid() || a.start < b.end;
    const bool bStartsBeforeAEnds = !b.start.isValid() || !a.end.isValid() || b.start < a.end;
    return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

bool atLeastAsPermissive(const MigrationWindow &before, const MigrationWindow &after)
{
    const bool start
        = !after.start.isValid() || (before.start.isValid() && after.start <= before.start);
    const bool end = !after.end.isValid() || (before.end.isValid() && after.end >= before.end);
    const bool lockout
        = !after.lockout.isValid() || (before.lockout.isValid() && after.lockout >= before.lockout);
    const bool capacity
        = after.capacity == 0 || (before.capacity != 0 && after.capacity >= before.capacity);
    return start && end && lockout && capacity;
}

QString describeWindow(const MigrationWindow &w)
{
    const auto text = [](const QDateTime &t, const QString &unset) {
        return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                + QStringLiteral(" +0000 UTC")
                           : unset;
    };
    return QStringLiteral("%1 - %2").arg(
        text(w.start, QStringLiteral("now")), text(w.end, QStringLiteral("open end")));
}

} // namespace ferry::batch
