#pragma once

#include <QString>
#include <QVector>

namespace ferry {

// A queue entry's status (engine/queuestatemachine.h has the transitions). The code works with
// the enum; text exists only at the edges: the reference's wire names below (stored in the
// database, printed and parsed by the CLI, in JSON), and the GUI's translated words.
enum class QueueStatus {
    Blocked,
    Waiting,
    Creating,
    Background,
    Idle,
    Final,
    PostImport,
    WorkerDone,
    Finished,
    Failed,
    Canceled,
    Conflict,
};

namespace queuestatus {
// Every status, in the order of a migration's life.
const QVector<QueueStatus> &all();
// "Blocked", "Creating new VM", ..., "Error": the names the reference uses on the wire.
QString wireName(QueueStatus status);
// The status of a wire name; false for text that names none.
bool fromWireName(const QString &name, QueueStatus *status);
} // namespace queuestatus

} // namespace ferry
