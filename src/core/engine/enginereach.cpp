#include "engine/enginereach.h"

#include "engine/scheduling.h"
#include "model/batch.h"
#include "model/instance.h"
#include "model/target.h"
#include "secrets/credentialstore.h"
#include "store/batchrepository.h"
#include "store/enginerepository.h"
#include "store/instancerepository.h"
#include "store/sourcerepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace ferry::engine {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EngineReach)
};

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        if (item.isString() && !item.toString().isEmpty())
            out << item.toString();
    return out;
}

} // namespace

bool EngineRestrictions::allowsSource(const QString &name) const
{
    return sources.isEmpty() || sources.contains(name);
}

bool EngineRestrictions::allowsTarget(const QString &name) const
{
    return targets.isEmpty() || targets.contains(name);
}

bool EngineRestrictions::allowsMember(const QString &member) const
{
    return members.isEmpty() || (!member.isEmpty() && members.contains(member));
}

QString EngineRestrictions::toJson() const
{
    QJsonObject o;
    if (!sources.isEmpty())
        o.insert(QStringLiteral("sources"), toArray(sources));
    if (!targets.isEmpty())
        o.insert(QStringLiteral("targets"), toArray(targets));
    if (!members.isEmpty())
        o.insert(QStringLiteral("members"), toArray(members));
    auto pair = [](const QStringList &s, const QStringList &t) {
        return QJsonObject {
            {QStringLiteral("sources"), toArray(s)}, {QStringLiteral("targets"), toArray(t)}};
    };
    if (!servesSources.isEmpty() || !servesTargets.isEmpty())
        o.insert(QStringLiteral("serves"), pair(servesSources, servesTargets));
    if (!lacksSources.isEmpty() || !lacksTargets.isEmpty())
        o.insert(QStringLiteral("lacks"), pair(lacksSources, lacksTargets));
    if (o.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

EngineRestrictions EngineRestrictions::fromJson(const QString &text)
{
    EngineRestrictions r;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    r.sources = toList(o.value(QStringLiteral("sources")));
    r.targets = toList(o.value(QStringLiteral("targets")));
    r.members = toList(o.value(QStringLiteral("members")));
    const QJsonObject serves = o.value(QStringLiteral("serves")).toObject();
    r.servesSources = toList(serves.value(QStringLiteral("sources")));
    r.servesTargets = toList(serves.value(QStringLiteral("targets")));
    const QJsonObject lacks = o.value(QStringLiteral("lacks")).toObject();
    r.lacksSources = toList(lacks.value(QStringLiteral("sources")));
    r.lacksTargets = toList(lacks.value(QStringLiteral("targets")));
    return r;
}

QString EngineRestrictions::describe() const
{
    QStringList parts;
    if (!sources.isEmpty())
        parts << Text::tr("sources: %1").arg(sources.join(QStringLiteral(", ")));
    if (!targets.isEmpty())
        parts << Text::tr("targets: %1").arg(targets.join(QStringLiteral(", ")));
    if (!members.isEmpty())
        parts << Text::tr("cluster members: %1").arg(members.join(QStringLiteral(", ")));
    if (!lacksSources.isEmpty())
        parts << Text::tr("no credentials for source %1")
                     .arg(lacksSources.join(QStringLiteral(", ")));
    if (!lacksTargets.isEmpty())
        parts << Text::tr("no credentials for target %1")
                     .arg(lacksTargets.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

bool EngineRestrictions::operator==(const EngineRestrictions &o) const
{
    return sources == o.sources && targets == o.targets && members == o.members
        && servesSources == o.servesSources && servesTargets == o.servesTargets
        && lacksSources == o.lacksSources && lacksTargets == o.lacksTargets;
}

QStringList secretsNeeded(const Source &source)
{
    return {source.secretRef};
}

QStringList secretsNeeded(const Target &target)
{
    if (target.authType == QLatin1String("oidc"))
        return {CredentialStore::targetTokenKey(target.id)};
    if (target.clientCertPem.isEmpty())
        return {};
    return {target.secretRef};
}

CredentialReach::CredentialReach(ReadSecret read, qint64 cacheMs)
    : m_read(std::move(read))
    , m_cacheMs(cacheMs)
{ }

Status CredentialReach::canRead(const QStringList &keys, const QDateTime &now)
{
    for (const QString &key : keys) {
        auto it = m_cache.find(key);
        if (it == m_cache.end() || !it->at.isValid() || it->at.msecsTo(now) >= m_cacheMs
            || it->at > now) {
            Answer a;
            a.status = m_read ? m_read(key)
                              : Status(Error(Error::Code::KeychainUnavailable,
                                  Text::tr("The engine has no credential store.")));
            a.at = now;
            it = m_cache.insert(key, a);
        }
        if (!it->status)
            return it->status;
    }
    return {};
}

QString waitingReason(const QString &sourceName, const QString &targetName,
    const QVector<EngineRestrictions> &live, const QString &member)
{
    if (live.isEmpty())
        return Text::tr("No engine is running");
    const bool anyForSource = std::any_of(live.begin(), live.end(),
        [&](const EngineRestrictions &r) { return r.allowsSource(sourceName); });
    if (!anyForSource)
        return Text::tr("No running engine may take source %1 (restricted with --only-source)")
            .arg(sourceName);
    const bool anyForTarget = std::any_of(live.begin(), live.end(),
        [&](const EngineRestrictions &r) { return r.allowsTarget(targetName); });
    if (!anyForTarget)
        return Text::tr("No running engine may take target %1 (restricted with --only-target)")
            .arg(targetName);
    const bool anyForMember = std::any_of(live.begin(), live.end(),
        [&](const EngineRestrictions &r) { return r.allowsMember(member); });
    if (!anyForMember)
        return member.isEmpty()
            ? Text::tr("No running engine takes an entry without a cluster member (all are "
                       "restricted with --only-member)")
            : Text::tr("No running engine may take cluster member %1 (restricted with "
                       "--only-member)")
                  .arg(member);
    QVector<EngineRestrictions> both;
    for (const EngineRestrictions &r : live)
        if (r.allowsSource(sourceName) && r.allowsTarget(targetName) && r.allowsMember(member))
            both << r;
    if (both.isEmpty())
        return Text::tr("No running engine may take both source %1 and target %2 (restricted "
                        "with --only-source and --only-target)")
            .arg(sourceName, targetName);
    auto hasSource = [&](const EngineRestrictions &r) {
        return !r.lacksSources.contains(sourceName);
    };
    auto hasTarget = [&](const EngineRestrictions &r) {
        return !r.lacksTargets.contains(targetName);
    };
    if (std::none_of(both.begin(), both.end(), hasSource))
        return Text::tr("No engine has credentials for source %1").arg(sourceName);
    if (std::none_of(both.begin(), both.end(), hasTarget))
        return Text::tr("No engine has credentials for target %1").arg(targetName);
    if (std::none_of(both.begin(), both.end(),
            [&](const EngineRestrictions &r) { return hasSource(r) && hasTarget(r); }))
        return Text::tr("No engine has credentials for both source %1 and target %2")
            .arg(sourceName, targetName);
    return {};
}

Result<QHash<qint64, QString>> waitingReasons(
    const std::shared_ptr<Database> &db, const QVector<QueueEntry> &entries)
{
    QHash<qint64, QString> out;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto engines = EngineRepository(db).list();
    if (!engines)
        return engines.error();
    QVector<EngineRestrictions> live;
    for (const EngineRecord &e : std::as_const(*engines))
        if (e.heartbeatAt.isValid()
            && e.heartbeatAt.msecsTo(now) <= EngineRepository::kDefaultLeaseMs)
            live << EngineRestrictions::fromJson(e.restrictions);

    QHash<qint64, QHash<qint64, int>> assignedPerWindow; // batch -> window -> entries
    for (const QueueEntry &e : entries)
        if (e.windowId != 0)
            assignedPerWindow[e.batchId][e.windowId]++;
    QHash<qint64, std::optional<Batch>> batches;
    QHash<qint64, QString> sourceNames;
    for (const QueueEntry &e : entries) {
        if (e.status != QueueStatus::Waiting)
            continue;
        if (!e.engineId.isEmpty() && e.leaseUntil.isValid() && e.leaseUntil >= now)
            continue;
        if (e.nextAttemptAt.isValid() && e.nextAttemptAt > now)
            continue;
        if (!batches.contains(e.batchId)) {
            auto b = BatchRepository(db).byId(e.batchId);
            batches.insert(e.batchId, b ? std::optional<Batch>(*b) : std::nullopt);
        }
        const std::optional<Batch> &b = batches[e.batchId];
        if (!b || b->status != batchstatus::Running)
            continue;
        QHash<qint64, int> assigned = assignedPerWindow.value(e.batchId);
        if (e.windowId != 0)
            assigned[e.windowId]--;
        if (chooseWindow(*b, e.windowId, 0, assigned, now).kind != WindowChoice::Kind::Now)
            continue;
        auto vm = InstanceRepository(db).byId(e.instanceId);
        if (!vm)
            continue;
        if (!sourceNames.contains(vm->sourceId)) {
            auto src = SourceRepository(db).byId(vm->sourceId);
            sourceNames.insert(vm->sourceId, src ? src->name : QString());
        }
        const QString reason = waitingReason(sourceNames.value(vm->sourceId),
            e.placement.value(QStringLiteral("target_name")).toString(), live,
            e.placement.value(QStringLiteral("target_member")).toString());
        if (!reason.isEmpty())
            out.insert(e.id, reason);
    }
    return out;
}

} // namespace ferry::engine
