#pragma once

#include "model/batch.h"

#include <QSet>
#include <QString>
#include <QVector>

namespace ferry::batch {

// The rules for what people write in a batch, in one place: ferry's batch wizard checks its
// fields with them as they change, and the batch document reader (ferryctl batch add|edit,
// the wizard's YAML view) reports what they say at the line and column of the field.

// Why `name` cannot be a batch's name (empty; control characters, slashes or spaces at either
// end), or an empty string when it can.
QString batchNameProblem(const QString &name);

// A problem with a batch's migration windows: which window (its index), which of its fields it
// is about (a position in a document, a cell in the wizard's table) and a sentence for people.
struct WindowProblem
{
    enum class Field { Name, End, Lockout, Window };
    int index = -1;
    Field field = Field::Window;
    QString message;
};

// Each window needs a name not used before, an end after its start and a lockout inside it
// (unset times: always begun, never ending, no lockout); and no two windows overlap (touching
// ends are fine). A window has at most one problem about its name and one about its times; an
// overlap is said of the later window, naming the first earlier one it overlaps. Windows with a
// problem of their own, or whose index is in `unsound` (a field did not read), are not checked for
// overlaps.
QVector<WindowProblem> checkWindows(
    const QVector<MigrationWindow> &windows, const QSet<int> &unsound = {});

// The background sync: an interval longer than 0s, a final limit not longer than the interval.
// (Each face words the refusal with its own names for the two: the document's keys, the
// wizard's labels.)
bool syncIntervalValid(qint64 intervalMs);
bool finalSyncLimitValid(qint64 intervalMs, qint64 finalLimitMs);

} // namespace ferry::batch
