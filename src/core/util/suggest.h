#pragma once

#include <QString>
#include <QStringList>

namespace ferry {

// "Did you mean ...?" for every message that names something unknown: a key or a target in a
// batch document, a field or a function in the selection language.

// The edits between a and b (insert, delete or replace one character, or swap two neighbours),
// ignoring case.
int editDistance(const QString &a, const QString &b);

// The candidate closest to `name`, if it is close enough to be a likely typo: at most 1 edit for
// a name of up to 4 characters, 2 up to 12, 3 beyond; else an empty string. Of equally close
// candidates, the first.
QString closestMatch(const QString &name, const QStringList &candidates);

} // namespace ferry
