#include "queue/queuepresentation.h"

#include "engine/queuestatemachine.h"
#include "model/batch.h"

#include <QCoreApplication>
#include <QLocale>

namespace ferry::gui::queuetext {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::gui::queuetext)
};

} // namespace

StatusGroup groupOf(QueueStatus status)
{
    if (engine::QueueStateMachine::isActive(status))
        return StatusGroup::Migrating;
    if (status == QueueStatus::Finished)
        return StatusGroup::Finished;
    if (status == QueueStatus::Failed)
        return StatusGroup::Failed;
    if (status == QueueStatus::Conflict)
        return StatusGroup::Conflict;
    if (status == QueueStatus::Canceled)
        return StatusGroup::Canceled;
    return StatusGroup::Waiting;
}

bool inGroup(QueueStatus status, StatusGroup group)
{
    return group == StatusGroup::All || groupOf(status) == group;
}

QString groupTitle(StatusGroup group)
{
    switch (group) {
    case StatusGroup::All:
        return Text::tr("All statuses");
    case StatusGroup::Migrating:
        return Text::tr("Migrating");
    case StatusGroup::Waiting:
        return Text::tr("Waiting or blocked");
    case StatusGroup::Finished:
        return Text::tr("Finished");
    case StatusGroup::Failed:
        return Text::tr("Error");
    case StatusGroup::Conflict:
        return Text::tr("Conflict");
    case StatusGroup::Canceled:
        return Text::tr("Canceled");
    }
    return {};
}

QPalette progressPalette(const QPalette &palette)
{
    QPalette p = palette;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const qreal mix = base.lightness() < 128 ? 0.14 : 0.06;
    const QColor groove = QColor::fromRgbF(base.redF() + (text.redF() - base.redF()) * mix,
        base.greenF() + (text.greenF() - base.greenF()) * mix,
        base.blueF() + (text.blueF() - base.blueF()) * mix);
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Base, groove);
        p.setColor(group, QPalette::Window, groove);
    }
    return p;
}

QString statusText(QueueStatus status)
{
    switch (status) {
    case QueueStatus::Blocked:
        return Text::tr("Blocked");
    case QueueStatus::Waiting:
        return Text::tr("Waiting");
    case QueueStatus::Creating:
        return Text::tr("Creating new VM");
    case QueueStatus::Background:
        return Text::tr("Performing background import tasks");
    case QueueStatus::Idle:
        return Text::tr("Idle");
    case QueueStatus::Final:
        return Text::tr("Performing final import tasks");
    case QueueStatus::PostImport:
        return Text::tr("Performing post-import tasks");
    case QueueStatus::WorkerDone:
        return Text::tr("Worker tasks complete");
    case QueueStatus::Finished:
        return Text::tr("Finished");
    case QueueStatus::Failed:
        return Text::tr("Error");
    case QueueStatus::Canceled:
        return Text::tr("Canceled");
    case QueueStatus::Conflict:
        return Text::tr("Conflict");
    }
    return queuestatus::wireName(status);
}

QString windowText(const MigrationWindow &window)
{
    const auto at = [](const QDateTime &t) {
        return QLocale().toString(t.toUTC(), QLocale::ShortFormat);
    };
    QString text;
    if (!window.start.isValid() && !window.end.isValid())
        text = Text::tr("now, with no end");
    else if (!window.start.isValid())
        text = Text::tr("now until %1 UTC").arg(at(window.end));
    else if (!window.end.isValid())
        text = Text::tr("from %1 UTC, with no end").arg(at(window.start));
    else
        text = Text::tr("%1 – %2 UTC").arg(at(window.start), at(window.end));
    return window.name.isEmpty() ? text : Text::tr("%1: %2").arg(window.name, text);
}

QString batchStatusText(const QString &status)
{
    if (status == batchstatus::Defined)
        return Text::tr("Defined");
    if (status == batchstatus::Running)
        return Text::tr("Running");
    if (status == batchstatus::Stopped)
        return Text::tr("Stopped");
    if (status == batchstatus::Finished)
        return Text::tr("Finished");
    if (status == batchstatus::Error)
        return Text::tr("Error");
    return status;
}

QString statusIconName(QueueStatus status)
{
    switch (groupOf(status)) {
    case StatusGroup::Migrating:
        return QStringLiteral("status-busy");
    case StatusGroup::Finished:
        return QStringLiteral("status-ok");
    case StatusGroup::Failed:
        return QStringLiteral("status-error");
    case StatusGroup::Conflict:
        return QStringLiteral("status-warning");
    default:
        return QStringLiteral("status-unknown");
    }
}

QString bytes(qint64 value)
{
    return QLocale().formattedDataSize(value, 2, QLocale::DataSizeIecFormat);
}

QString rate(double bytesPerSecond)
{
    if (bytesPerSecond <= 0)
        return {};
    return Text::tr("%1 MiB/s").arg(QLocale().toString(bytesPerSecond / 1048576.0, 'f', 1));
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return Text::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return Text::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return Text::tr("%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace ferry::gui::queuetext
