#pragma once

#include "model/queuestatus.h"

#include <QPalette>
#include <QString>
#include <QStringList>

namespace ferry {
struct MigrationWindow;
}

namespace ferry::gui::queuetext {

// The status filter's groups: what people look for, not the twelve statuses.
enum class StatusGroup {
    All,
    Migrating, // a job works on it
    Waiting, // Waiting, Blocked, Idle: not started yet
    Finished,
    Failed, // Error
    Conflict,
    Canceled,
};

StatusGroup groupOf(QueueStatus status);
bool inGroup(QueueStatus status, StatusGroup group);
QString groupTitle(StatusGroup group);
constexpr int kStatusGroupCount = 7;

// `palette` with a Base colour that stands out a little from the base, for the empty part of
// progress bars drawn on the base (Fusion draws it in Base, invisible on a dark table).
QPalette progressPalette(const QPalette &palette);

// The themed icon (resources/icons) for an entry's status.
QString statusIconName(QueueStatus status);
// The status as a person reads it, in the desktop's language ("Creating new VM", "Neue VM
// wird erstellt"); the CLI and the database keep the reference's wire names.
QString statusText(QueueStatus status);
// A batch's status (the wire names of model/batch.h) as a person reads it.
QString batchStatusText(const QString &status);
// A migration window as a person reads it: "window1: 07.12.26 16:17 – 08.12.26 17:17 UTC" in
// the desktop's language (ferryctl keeps the reference's wire form, batch::describeWindow).
QString windowText(const MigrationWindow &window);

// 1536 -> "1.5 KiB", 3 GiB -> "3.00 GiB"
QString bytes(qint64 value);
// Bytes per second -> "35.2 MiB/s", "" for 0.
QString rate(double bytesPerSecond);
// Seconds -> "42 s", "3 min 05 s", "1 h 02 min"; "" for a negative value.
QString duration(qint64 seconds);

} // namespace ferry::gui::queuetext
