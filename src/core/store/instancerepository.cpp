#include "store/instancerepository.h"

#include "store/database.h"
#include "store/jsoncolumns.h"
#include "store/repositorysupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace ferry {

using namespace repositorysupport;

namespace {

// Written by every sync; an update keeps uuid, identity and overrides.
const QStringList kSourceColumns = {QStringLiteral("location"), QStringLiteral("name"),
    QStringLiteral("description"), QStringLiteral("os"), QStringLiteral("os_description"),
    QStringLiteral("os_template"), QStringLiteral("os_version"), QStringLiteral("os_type"),
    QStringLiteral("distribution"), QStringLiteral("distribution_version"),
    QStringLiteral("architecture"), QStringLiteral("cpus"), QStringLiteral("memory_bytes"),
    QStringLiteral("legacy_boot"), QStringLiteral("secure_boot"), QStringLiteral("tpm"),
    QStringLiteral("power_state"), QStringLiteral("tools_running"),
    QStringLiteral("background_import"), QStringLiteral("config_json"),
    QStringLiteral("missing_since"), QStringLiteral("last_update_from_source")};

const QStringList kOverrideColumns = {QStringLiteral("override_name"),
    QStringLiteral("override_cpus"), QStringLiteral("override_memory_bytes"),
    QStringLiteral("override_disable_migration"), QStringLiteral("override_ignore_restrictions"),
    QStringLiteral("override_comment"), QStringLiteral("override_extra_json")};

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1String(", "));
}

const QString &writeColumns()
{
    static const QString columns
        = (QStringList {QStringLiteral("uuid"), QStringLiteral("source_id"),
               QStringLiteral("source_specific_id")}
            + kSourceColumns + kOverrideColumns)
              .join(QLatin1String(", "));
    return columns;
}

const QString &selectColumns()
{
    static const QString columns = QStringLiteral("id, ") + writeColumns();
    return columns;
}

const QString &upsertSql()
{
    static const QString sql = [] {
        QStringList sets;
        for (const QString &c : kSourceColumns)
            sets << QStringLiteral("%1 = excluded.%1").arg(c);
        return QStringLiteral("INSERT INTO instances (%1) VALUES (%2) "
                              "ON CONFLICT (source_id, source_specific_id) DO UPDATE SET %3")
            .arg(writeColumns(), placeholders(3 + kSourceColumns.size() + kOverrideColumns.size()),
                sets.join(QLatin1String(", ")));
    }();
    return sql;
}

const QString &overridesSql()
{
    static const QString sql = [] {
        QStringList sets;
        for (const QString &c : kOverrideColumns)
            sets << QStringLiteral("%1 = ?").arg(c);
        return QStringLiteral("UPDATE instances SET %1 WHERE id = ?")
            .arg(sets.join(QLatin1String(", ")));
    }();
    return sql;
}

QVariantList overrideValues(const InstanceOverrides &o)
{
    return {nullableString(o.name), o.cpus ? QVariant(*o.cpus) : QVariant(),
        o.memoryBytes ? QVariant(*o.memoryBytes) : QVariant(), o.disableMigration,
        o.ignoreRestrictions, o.comment, jsoncolumns::fromObject(o.extra)};
}

QVariantList writeValues(const Instance &in, const QString &uuid)
{
    QVariantList v = {uuid, in.sourceId, in.sourceSpecificId, in.location, in.name, in.description,
        in.os, in.osDescription, in.osTemplate, in.osVersion, in.osType, in.distribution,
        in.distributionVersion, in.architecture, in.cpus, in.memoryBytes, in.legacyBoot,
        in.secureBoot, in.tpm, in.powerState, in.toolsRunning, in.backgroundImport,
        jsoncolumns::fromObject(in.config), nullableTime(in.missingSince),
        nullableTime(in.lastUpdateFromSource)};
    v << overrideValues(in.overrides);
    return v;
}

Instance fromRow(const QSqlQuery &q)
{
    Instance in;
    int i = 0;
    in.id = q.value(i++).toLongLong();
    in.uuid = q.value(i++).toString();
    in.sourceId = q.value(i++).toLongLong();
    in.sourceSpecificId = q.value(i++).toString();
    in.location = q.value(i++).toString();
    in.name = q.value(i++).toString();
    in.description = q.value(i++).toString();
    in.os = q.value(i++).toString();
    in.osDescription = q.value(i++).toString();
    in.osTemplate = q.value(i++).toString();
    in.osVersion = q.value(i++).toString();
    in.osType = q.value(i++).toString();
    in.distribution = q.value(i++).toString();
    in.distributionVersion = q.value(i++).toString();
    in.architecture = q.value(i++).toString();
    in.cpus = q.value(i++).toInt();
    in.memoryBytes = q.value(i++).toLongLong();
    in.legacyBoot = q.value(i++).toBool();
    in.secureBoot = q.value(i++).toBool();
    in.tpm = q.value(i++).toBool();
    in.powerState = q.value(i++).toString();
    in.toolsRunning = q.value(i++).toBool();
    in.backgroundImport = q.value(i++).toBool();
    in.config = jsoncolumns::toObject(q.value(i++));
    in.missingSince = fromDbTime(q.value(i++));
    in.lastUpdateFromSource = fromDbTime(q.value(i++));
    in.overrides.name = optionalString(q.value(i++));
    const QVariant cpus = q.value(i++);
    if (!cpus.isNull())
        in.overrides.cpus = cpus.toInt();
    const QVariant memory = q.value(i++);
    if (!memory.isNull())
        in.overrides.memoryBytes = memory.toLongLong();
    in.overrides.disableMigration = q.value(i++).toBool();
    in.overrides.ignoreRestrictions = q.value(i++).toBool();
    in.overrides.comment = q.value(i++).toString();
    in.overrides.extra = jsoncolumns::toObject(q.value(i++));
    return in;
}

const QString kDiskColumns = QStringLiteral(
    "instance_id, position, name, device_key, capacity_bytes, sharing, mode, backing_type, "
    "supported, unsupported_reason, background_import_verified, change_id");
const QString kNicColumns
    = QStringLiteral("instance_id, position, network_id, source_specific_id, hardware_address, "
                     "location, ipv4_address, ipv6_address");
const QString kSnapshotColumns
    = QStringLiteral("instance_id, position, name, description, created_at");

Disk diskFromRow(const QSqlQuery &q)
{
    Disk d;
    int i = 1;
    d.position = q.value(i++).toInt();
    d.name = q.value(i++).toString();
    d.deviceKey = q.value(i++).toInt();
    d.capacityBytes = q.value(i++).toLongLong();
    d.sharing = q.value(i++).toString();
    d.mode = q.value(i++).toString();
    d.backingType = q.value(i++).toString();
    d.supported = q.value(i++).toBool();
    d.unsupportedReason = q.value(i++).toString();
    d.backgroundImportVerified = q.value(i++).toBool();
    d.changeId = q.value(i++).toString();
    return d;
}

Nic nicFromRow(const QSqlQuery &q)
{
    Nic n;
    int i = 1;
    n.position = q.value(i++).toInt();
    n.networkId = q.value(i++).toLongLong(); // NULL reads as 0
    n.sourceSpecificId = q.value(i++).toString();
    n.hardwareAddress = q.value(i++).toString();
    n.location = q.value(i++).toString();
    n.ipv4Address = q.value(i++).toString();
    n.ipv6Address = q.value(i++).toString();
    return n;
}

Snapshot snapshotFromRow(const QSqlQuery &q)
{
    Snapshot s;
    int i = 1;
    s.position = q.value(i++).toInt();
    s.name = q.value(i++).toString();
    s.description = q.value(i++).toString();
    s.createdAt = fromDbTime(q.value(i++));
    return s;
}

template<typename T>
std::optional<int> duplicatePosition(const QVector<T> &items)
{
    QSet<int> seen;
    for (const T &item : items) {
        if (seen.contains(item.position))
            return item.position;
        seen.insert(item.position);
    }
    return std::nullopt;
}

Status validate(const Instance &in)
{
    const auto invalid = [&in](const QString &message) {
        return Error(Error::Code::InvalidInput, message,
            QStringLiteral("source %1, %2").arg(QString::number(in.sourceId), in.sourceSpecificId));
    };
    if (in.sourceSpecificId.isEmpty())
        return invalid(QCoreApplication::translate(
            "InstanceRepository", "The instance %1 has no identifier from its source.")
                           .arg(in.name));
    if (auto p = duplicatePosition(in.disks))
        return invalid(QCoreApplication::translate(
            "InstanceRepository", "Two disks of the instance %1 have the same position %2.")
                           .arg(in.name, QString::number(*p)));
    if (auto p = duplicatePosition(in.nics))
        return invalid(QCoreApplication::translate(
            "InstanceRepository", "Two NICs of the instance %1 have the same position %2.")
                           .arg(in.name, QString::number(*p)));
    if (auto p = duplicatePosition(in.snapshots))
        return invalid(QCoreApplication::translate(
            "InstanceRepository", "Two snapshots of the instance %1 have the same position %2.")
                           .arg(in.name, QString::number(*p)));
    return {};
}

Result<qint64> saveOne(QSqlDatabase &c, const Instance &in)
{
    if (Status st = validate(in); !st)
        return st.error();
    const QString uuid
        = in.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : in.uuid;
    // A VM unregistered and registered again keeps its instance UUID under a new identifier
    // (vSphere's moref): the same instance, whose row (and queue entries) follow it.
    if (!in.uuid.isEmpty())
        if (auto moved = Database::write(c,
                QStringLiteral("UPDATE instances SET source_specific_id = ? WHERE source_id = ? "
                               "AND uuid = ? AND source_specific_id <> ?"),
                {in.sourceSpecificId, in.sourceId, in.uuid, in.sourceSpecificId});
            !moved)
            return moved.error();
    if (auto up = Database::write(c, upsertSql(), writeValues(in, uuid)); !up)
        return describeWriteError(up.error(),
            QCoreApplication::translate(
                "InstanceRepository", "Another instance already has the UUID %1.")
                .arg(uuid),
            QCoreApplication::translate("InstanceRepository", "No source with id %1.")
                .arg(in.sourceId));

    qint64 id = 0;
    {
        auto q = Database::exec(c,
            QStringLiteral(
                "SELECT id FROM instances WHERE source_id = ? AND source_specific_id = ?"),
            {in.sourceId, in.sourceSpecificId});
        if (!q)
            return q.error();
        if (!q->next())
            return Error(Error::Code::Internal,
                QCoreApplication::translate("InstanceRepository", "The instance %1 was not saved.")
                    .arg(in.name));
        id = q->value(0).toLongLong();
    }

    for (const char *table : {"instance_disks", "instance_nics", "instance_snapshots"}) {
        auto del = Database::write(c,
            QStringLiteral("DELETE FROM %1 WHERE instance_id = ?").arg(QLatin1String(table)), {id});
        if (!del)
            return del.error();
    }
    for (const Disk &d : in.disks) {
        auto q = Database::write(c,
            QStringLiteral("INSERT INTO instance_disks (%1) VALUES (%2)")
                .arg(kDiskColumns, placeholders(12)),
            {id, d.position, d.name, d.deviceKey, d.capacityBytes, d.sharing, d.mode, d.backingType,
                d.supported, d.unsupportedReason, d.backgroundImportVerified, d.changeId});
        if (!q)
            return describeWriteError(q.error(), {});
    }
    for (const Nic &n : in.nics) {
        auto q = Database::write(c,
            QStringLiteral("INSERT INTO instance_nics (%1) VALUES (%2)")
                .arg(kNicColumns, placeholders(8)),
            {id, n.position, nullableId(n.networkId), n.sourceSpecificId, n.hardwareAddress,
                n.location, n.ipv4Address, n.ipv6Address});
        if (!q)
            return describeWriteError(q.error(), {},
                QCoreApplication::translate("InstanceRepository",
                    "The NIC %1 of the instance %2 refers to the network %3, which does not "
                    "exist.")
                    .arg(QString::number(n.position), in.name, QString::number(n.networkId)));
    }
    for (const Snapshot &s : in.snapshots) {
        auto q = Database::write(c,
            QStringLiteral("INSERT INTO instance_snapshots (%1) VALUES (%2)")
                .arg(kSnapshotColumns, placeholders(5)),
            {id, s.position, s.name, s.description, nullableTime(s.createdAt)});
        if (!q)
            return describeWriteError(q.error(), {});
    }
    return id;
}

Error notFound(const QString &what)
{
    return Error(Error::Code::NotFound,
        QCoreApplication::translate("InstanceRepository", "No instance %1.").arg(what));
}

} // namespace

InstanceRepository::InstanceRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{ }

Result<qint64> InstanceRepository::save(const Instance &instance) const
{
    qint64 id = 0;
    Status st = m_db->transaction([&](QSqlDatabase &c) -> Status {
        auto saved = saveOne(c, instance);
        if (!saved)
            return saved.error();
        id = *saved;
        return {};
    });
    if (!st)
        return st.error();
    return id;
}

Result<QVector<qint64>> InstanceRepository::saveAll(const QVector<Instance> &instances) const
{
    return saveAllInTransaction(*m_db, instances, &saveOne);
}

Status InstanceRepository::setOverrides(qint64 id, const InstanceOverrides &overrides) const
{
    QVariantList v = overrideValues(overrides);
    v << id;
    auto q = m_db->exec(overridesSql(), v);
    if (!q)
        return describeWriteError(q.error(), {});
    if (q->numRowsAffected() != 1)
        return notFound(QString::number(id));
    return {};
}

Status InstanceRepository::clearOverrides(qint64 id) const
{
    return setOverrides(id, InstanceOverrides {});
}

Result<int> InstanceRepository::markMissing(
    qint64 sourceId, const QStringList &keepSourceSpecificIds) const
{
    auto q = m_db->exec(
        QStringLiteral("UPDATE instances SET missing_since = ? WHERE source_id = ? AND "
                       "missing_since IS NULL AND source_specific_id NOT IN "
                       "(SELECT value FROM json_each(?))"),
        {nowDbTime(), sourceId, jsonList(keepSourceSpecificIds)});
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Status InstanceRepository::remove(qint64 id) const
{
    auto q = m_db->exec(QStringLiteral("DELETE FROM instances WHERE id = ?"), {id});
    if (!q)
        return describeWriteError(q.error(), {},
            QCoreApplication::translate("InstanceRepository",
                "The instance is in the migration queue; remove its queue entries first."),
            Error::Code::Conflict);
    if (q->numRowsAffected() != 1)
        return notFound(QString::number(id));
    return {};
}

Result<Instance> InstanceRepository::byId(qint64 id) const
{
    return loadOne(QStringLiteral("id = ?"), {id}, QString::number(id));
}

Result<Instance> InstanceRepository::byUuid(const QString &uuid) const
{
    return loadOne(QStringLiteral("uuid = ?"), {uuid}, uuid);
}

Result<Instance> InstanceRepository::bySourceSpecificId(
    qint64 sourceId, const QString &sourceSpecificId) const
{
    return loadOne(QStringLiteral("source_id = ? AND source_specific_id = ?"),
        {sourceId, sourceSpecificId}, sourceSpecificId);
}

Result<QVector<Instance>> InstanceRepository::byLocation(const QString &location) const
{
    return load(QStringLiteral("location = ?"), {location});
}

Result<QVector<Instance>> InstanceRepository::bySource(qint64 sourceId) const
{
    return load(QStringLiteral("source_id = ?"), {sourceId});
}

Result<QVector<Instance>> InstanceRepository::byBatch(qint64 batchId) const
{
    return load(
        QStringLiteral("id IN (SELECT instance_id FROM batch_instances WHERE batch_id = ?)"),
        {batchId});
}

Result<QVector<Instance>> InstanceRepository::all() const
{
    return load({}, {});
}

Result<Instance> InstanceRepository::loadOne(
    const QString &where, const QVariantList &values, const QString &what) const
{
    auto found = load(where, values);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(what);
    return found->first();
}

// One query for the instances and one per child table, joined in memory by id: loading 10,000
// instances costs four queries, not 30,000.
Result<QVector<Instance>> InstanceRepository::load(
    const QString &where, const QVariantList &values) const
{
    QVector<Instance> out;
    QHash<qint64, qsizetype> index;
    {
        auto q
            = m_db->exec(QStringLiteral("SELECT %1 FROM instances%2 ORDER BY location, id")
                             .arg(selectColumns(),
                                 where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
                values);
        if (!q)
            return q.error();
        while (q->next()) {
            out << fromRow(*q);
            index.insert(out.last().id, out.size() - 1);
        }
    }
    if (out.isEmpty())
        return out;

    const QString childFilter = where.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE instance_id IN (SELECT id FROM instances WHERE %1)").arg(where);
    const auto children
        = [&](const char *table, const QString &columns, const auto &addRow) -> Status {
        auto q = m_db->exec(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY instance_id, position")
                                .arg(columns, QLatin1String(table), childFilter),
            values);
        if (!q)
            return q.error();
        while (q->next()) {
            const auto it = index.constFind(q->value(0).toLongLong());
            if (it != index.constEnd())
                addRow(out[*it], *q);
        }
        return {};
    };
    if (Status st = children("instance_disks", kDiskColumns,
            [](Instance &in, const QSqlQuery &q) { in.disks << diskFromRow(q); });
        !st)
        return st.error();
    if (Status st = children("instance_nics", kNicColumns,
            [](Instance &in, const QSqlQuery &q) { in.nics << nicFromRow(q); });
        !st)
        return st.error();
    if (Status st = children("instance_snapshots", kSnapshotColumns,
            [](Instance &in, const QSqlQuery &q) { in.snapshots << snapshotFromRow(q); });
        !st)
        return st.error();
    return out;
}

} // namespace ferry
