#include "batch/batchconfig.h"

#include "model/batch.h"

namespace ferry::batch {

namespace {

const QString kRerun = QStringLiteral("rerun_scriptlets");
const QString kScript = QStringLiteral("placement_scriptlet");
const QString kRetries = QStringLiteral("post_migration_retries");
const QString kOverrides = QStringLiteral("instance_restriction_overrides");
const QString kUnknownOs = QStringLiteral("allow_unknown_os");
const QString kNoIpv4 = QStringLiteral("allow_no_ipv4");
const QString kNoBackground = QStringLiteral("allow_no_background_import");
const QString kInterval = QStringLiteral("background_sync_interval_ms");
const QString kLimit = QStringLiteral("final_background_sync_limit_ms");
const QString kForce = QStringLiteral("force_conflict_resolution");
const QString kConvert = QStringLiteral("convert_guests");
const QString kShutdown = QStringLiteral("guest_shutdown_timeout");
const QString kHard = QStringLiteral("hard_power_off");
const QString kMember = QStringLiteral("target_member");

qint64 msFrom(const QJsonObject &o, const QString &key, qint64 fallback)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() && v.toDouble() >= 0 ? qint64(v.toDouble()) : fallback;
}

} // namespace

BatchConfig BatchConfig::fromJson(const QJsonObject &json)
{
    BatchConfig c;
    c.rerunScriptlets = json.value(kRerun).toBool(false);
    c.placementScriptlet = json.value(kScript).toString();
    c.postMigrationRetries = json.value(kRetries).toInt(c.postMigrationRetries);
    const QJsonObject o = json.value(kOverrides).toObject();
    c.restrictionOverrides.allowUnknownOs = o.value(kUnknownOs).toBool(false);
    c.restrictionOverrides.allowNoIpv4 = o.value(kNoIpv4).toBool(false);
    c.restrictionOverrides.allowNoBackgroundImport = o.value(kNoBackground).toBool(false);
    c.backgroundSyncIntervalMs = msFrom(json, kInterval, c.backgroundSyncIntervalMs);
    c.finalBackgroundSyncLimitMs = msFrom(json, kLimit, c.finalBackgroundSyncLimitMs);
    c.forceConflictResolution = json.value(kForce).toBool(false);
    c.convertGuests = json.value(kConvert).toBool(true);
    const QJsonValue shutdown = json.value(kShutdown);
    if (shutdown.isDouble() && shutdown.toInt(-1) >= 0)
        c.guestShutdownTimeoutSeconds = shutdown.toInt();
    c.hardPowerOff = json.value(kHard).toBool(false);
    c.targetMember = json.value(kMember).toString();
    return c;
}

QJsonObject BatchConfig::toJson() const
{
    QJsonObject o {{kRerun, rerunScriptlets}, {kScript, placementScriptlet},
        {kRetries, postMigrationRetries},
        {kOverrides,
            QJsonObject {{kUnknownOs, restrictionOverrides.allowUnknownOs},
                {kNoIpv4, restrictionOverrides.allowNoIpv4},
                {kNoBackground, restrictionOverrides.allowNoBackgroundImport}}},
        {kInterval, double(backgroundSyncIntervalMs)}, {kLimit, double(finalBackgroundSyncLimitMs)},
        {kForce, forceConflictResolution}, {kConvert, convertGuests},
        {kShutdown, guestShutdownTimeoutSeconds}, {kHard, hardPowerOff}};
    if (!targetMember.isEmpty()) // absent: any member (and the configs written before it)
        o.insert(kMember, targetMember);
    return o;
}

bool BatchConfig::operator==(const BatchConfig &o) const
{
    return rerunScriptlets == o.rerunScriptlets && placementScriptlet == o.placementScriptlet
        && postMigrationRetries == o.postMigrationRetries
        && restrictionOverrides.allowUnknownOs == o.restrictionOverrides.allowUnknownOs
        && restrictionOverrides.allowNoIpv4 == o.restrictionOverrides.allowNoIpv4
        && restrictionOverrides.allowNoBackgroundImport
        == o.restrictionOverrides.allowNoBackgroundImport
        && backgroundSyncIntervalMs == o.backgroundSyncIntervalMs
        && finalBackgroundSyncLimitMs == o.finalBackgroundSyncLimitMs
        && forceConflictResolution == o.forceConflictResolution && convertGuests == o.convertGuests
        && guestShutdownTimeoutSeconds == o.guestShutdownTimeoutSeconds
        && hardPowerOff == o.hardPowerOff && targetMember == o.targetMember;
}

BatchConfig configOf(const Batch &batch)
{
    return BatchConfig::fromJson(batch.config);
}

QVector<MigrationNetwork> MigrationNetwork::listFromJson(const QJsonArray &json)
{
    QVector<MigrationNetwork> out;
    for (const QJsonValue &v : json) {
        const QJsonObject o = v.toObject();
        MigrationNetwork n;
        n.network = o.value(QStringLiteral("network")).toString();
        n.nicType = o.value(QStringLiteral("nictype")).toString(n.nicType);
        n.vlan = o.value(QStringLiteral("vlan_id")).toString();
        n.target = o.value(QStringLiteral("target")).toString();
        n.project = o.value(QStringLiteral("target_project")).toString();
        out << n;
    }
    return out;
}

QJsonArray MigrationNetwork::listToJson(const QVector<MigrationNetwork> &list)
{
    QJsonArray out;
    for (const MigrationNetwork &n : list)
        out << QJsonObject {{QStringLiteral("network"), n.network},
            {QStringLiteral("nictype"), n.nicType}, {QStringLiteral("vlan_id"), n.vlan},
            {QStringLiteral("target"), n.target}, {QStringLiteral("target_project"), n.project}};
    return out;
}

bool MigrationNetwork::operator==(const MigrationNetwork &o) const
{
    return network == o.network && nicType == o.nicType && vlan == o.vlan && target == o.target
        && project == o.project;
}

} // namespace ferry::batch
