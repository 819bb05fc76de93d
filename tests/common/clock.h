#pragma once

// For tests that need a later timestamp than the last one written: the store keeps
// milliseconds (Database::toDbTime), so what is written after this returns is written later.
// Waits for exactly that, instead of sleeping a guessed time.
#include <QDateTime>
#include <QDeadlineTimer>
#include <QThread>

namespace ferry::test {

// True once the wall clock shows a later millisecond than at the call (false after a second
// without one: a clock that does not move).
inline bool waitForNextMillisecond()
{
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    const QDeadlineTimer deadline(1000);
    while (QDateTime::currentMSecsSinceEpoch() <= start) {
        if (deadline.hasExpired())
            return false;
        QThread::yieldCurrentThread();
    }
    return true;
}

} // namespace ferry::test
