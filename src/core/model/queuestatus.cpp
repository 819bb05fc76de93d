#include "model/queuestatus.h"

#include <array>

namespace ferry::queuestatus {

namespace {

struct Named
{
    QueueStatus status;
    const char *wire;
};

// The reference's names, as they are stored and printed.
constexpr std::array<Named, 12> kNames {{
    {QueueStatus::Blocked, "Blocked"},
    {QueueStatus::Waiting, "Waiting"},
    {QueueStatus::Creating, "Creating new VM"},
    {QueueStatus::Background, "Performing background import tasks"},
    {QueueStatus::Idle, "Idle"},
    {QueueStatus::Final, "Performing final import tasks"},
    {QueueStatus::PostImport, "Performing post-import tasks"},
    {QueueStatus::WorkerDone, "Worker tasks complete"},
    {QueueStatus::Finished, "Finished"},
    {QueueStatus::Failed, "Error"},
    {QueueStatus::Canceled, "Canceled"},
    {QueueStatus::Conflict, "Conflict"},
}};

} // namespace

const QVector<QueueStatus> &all()
{
    static const QVector<QueueStatus> statuses = [] {
        QVector<QueueStatus> v;
        for (const Named &n : kNames)
            v.append(n.status);
        return v;
    }();
    return statuses;
}

QString wireName(QueueStatus status)
{
    for (const Named &n : kNames)
        if (n.status == status)
            return QString::fromLatin1(n.wire);
    return {};
}

bool fromWireName(const QString &name, QueueStatus *status)
{
    for (const Named &n : kNames) {
        if (name == QLatin1String(n.wire)) {
            *status = n.status;
            return true;
        }
    }
    return false;
}

} // namespace ferry::queuestatus
