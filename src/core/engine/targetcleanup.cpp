#include "engine/targetcleanup.h"

#include "incus/incusclient.h"
#include "incus/targetstate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ferry::engine {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TargetCleanup)
};
} // namespace

TargetCleanup::TargetCleanup(incus::IncusClient &client, QString project, qint64 entryId,
    QString uuid, Log log, const std::atomic_bool *cancel)
    : m_client(client)
    , m_project(std::move(project))
    , m_entryId(entryId)
    , m_uuid(std::move(uuid))
    , m_log(std::move(log))
    , m_cancel(cancel)
{ }

Status TargetCleanup::removeInstances(const QString &name)
{
    auto list = m_client.listInstances(m_project);
    if (!list)
        return list.error();
    auto found
        = incus::targetstate::leftovers(*list, m_entryId, m_uuid, name, Text::tr("instances"));
    if (!found)
        return found.error();
    if (found->nameTaken)
        return Error(Error::Code::Conflict,
            Text::tr(
                "An instance named %1 exists in project %2 of the target and Ferry did not create "
                "it.")
                .arg(name, m_project));
    for (const QString &leftover : std::as_const(found->ours)) {
        if (Status st = m_client.deleteLeftoverInstance(leftover, m_project, m_cancel); !st)
            return st;
        m_log(Text::tr("Deleted instance %1, left on the target by an attempt of this entry")
                  .arg(leftover));
    }
    return {};
}

Status TargetCleanup::removeVolumes(const QStringList &pools)
{
    for (const QString &pool : pools) {
        auto list = m_client.listCustomVolumes(pool, m_project);
        if (!list)
            return list.error();
        auto found = incus::targetstate::leftovers(
            *list, m_entryId, m_uuid, QString(), Text::tr("volumes in pool %1").arg(pool));
        if (!found)
            return found.error();
        // On a cluster a pool local to each member lists every member's volumes, each with its
        // `location`; the delete names that member (?target=), as two members may each hold
        // one of ours by the same name. Not clustered: location is "none", no target is sent.
        for (const QJsonValue &v : list->toArray()) {
            const QString leftover = v.toObject().value(QStringLiteral("name")).toString();
            if (!found->ours.contains(leftover))
                continue;
            const QString member = incus::parse::location(v);
            if (Status st
                = m_client.deleteLeftoverVolume(pool, leftover, m_project, m_cancel, member);
                !st)
                return st;
            m_log(member.isEmpty()
                    ? Text::tr("Deleted volume %1 in pool %2, left on the target by an attempt of "
                               "this entry")
                          .arg(leftover, pool)
                    : Text::tr("Deleted volume %1 in pool %2 on member %3, left on the target by "
                               "an attempt of this entry")
                          .arg(leftover, pool, member));
        }
    }
    return {};
}

} // namespace ferry::engine
