#include "store/networkrepository.h"

#include "inventory/networkmapping.h"
#include "store/database.h"
#include "store/jsoncolumns.h"
#include "store/repositorysupport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace ferry {

using namespace repositorysupport;

namespace {

const QString kColumns = QStringLiteral(
    "id, uuid, source_id, source_specific_id, location, type, properties_json, override_network, "
    "override_nictype, override_vlan, missing_since, updated_at");

Network fromRow(const QSqlQuery &q)
{
    Network n;
    int i = 0;
    n.id = q.value(i++).toLongLong();
    n.uuid = q.value(i++).toString();
    n.sourceId = q.value(i++).toLongLong();
    n.sourceSpecificId = q.value(i++).toString();
    n.location = q.value(i++).toString();
    n.type = q.value(i++).toString();
    n.properties = jsoncolumns::toObject(q.value(i++));
    n.overrideNetwork = optionalString(q.value(i++));
    n.overrideNicType = optionalString(q.value(i++));
    n.overrideVlan = optionalString(q.value(i++));
    n.missingSince = fromDbTime(q.value(i++));
    n.updatedAt = fromDbTime(q.value(i++));
    return n;
}

Error notFound(const QString &what)
{
    return Error(Error::Code::NotFound,
        QCoreApplication::translate("NetworkRepository", "No network %1.").arg(what));
}

Status validateNicType(const std::optional<QString> &nicType)
{
    static const QStringList allowed
        = {QStringLiteral("managed"), QStringLiteral("bridged"), QStringLiteral("physical")};
    if (!nicType || allowed.contains(*nicType))
        return {};
    return Error(Error::Code::InvalidInput,
        QCoreApplication::translate(
            "NetworkRepository", "Unknown NIC type %1; use managed, bridged or physical.")
            .arg(*nicType));
}

Result<qint64> saveOne(QSqlDatabase &c, const Network &n)
{
    if (n.sourceSpecificId.isEmpty())
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "NetworkRepository", "The network %1 has no identifier from its source.")
                .arg(n.location));
    if (Status st = validateNicType(n.overrideNicType); !st)
        return st.error();
    const QString uuid
        = n.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : n.uuid;
    auto up = Database::exec(c,
        QStringLiteral(
            "INSERT INTO networks (uuid, source_id, source_specific_id, location, type, "
            "properties_json, override_network, override_nictype, override_vlan, missing_since, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (source_id, source_specific_id) DO UPDATE SET "
            "location = excluded.location, type = excluded.type, "
            "properties_json = excluded.properties_json, missing_since = excluded.missing_since, "
            "updated_at = excluded.updated_at"),
        {uuid, n.sourceId, n.sourceSpecificId, n.location, n.type,
            jsoncolumns::fromObject(n.properties), nullableString(n.overrideNetwork),
            nullableString(n.overrideNicType), nullableString(n.overrideVlan),
            nullableTime(n.missingSince), nowDbTime()});
    if (!up)
        return describeWriteError(up.error(),
            QCoreApplication::translate(
                "NetworkRepository", "Another network already has the UUID %1.")
                .arg(uuid),
            QCoreApplication::translate("NetworkRepository", "No source with id %1.")
                .arg(n.sourceId));
    auto q = Database::exec(c,
        QStringLiteral("SELECT id FROM networks WHERE source_id = ? AND source_specific_id = ?"),
        {n.sourceId, n.sourceSpecificId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::Internal,
            QCoreApplication::translate("NetworkRepository", "The network %1 was not saved.")
                .arg(n.location));
    return q->value(0).toLongLong();
}

} // namespace

NetworkRepository::NetworkRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{ }

Result<qint64> NetworkRepository::save(const Network &network) const
{
    auto ids = saveAll({network});
    if (!ids)
        return ids.error();
    return ids->first();
}

Result<QVector<qint64>> NetworkRepository::saveAll(const QVector<Network> &networks) const
{
    return saveAllInTransaction(*m_db, networks, &saveOne);
}

Status NetworkRepository::setOverrides(qint64 id, const std::optional<QString> &network,
    const std::optional<QString> &nicType, const std::optional<QString> &vlan) const
{
    Network n;
    n.id = id;
    n.overrideNetwork = network;
    n.overrideNicType = nicType;
    n.overrideVlan = vlan;
    return setOverrides(QVector<Network> {n});
}

Status NetworkRepository::setOverrides(const QVector<Network> &networks) const
{
    return m_db->transaction([&](QSqlDatabase &c) -> Status {
        for (const Network &n : networks) {
            if (Status st = validateNicType(n.overrideNicType); !st)
                return st;
            // The mapping as it will be: the stored network with the new overrides.
            auto stored = byId(n.id);
            if (!stored)
                return stored.error();
            Network changed = *stored;
            changed.overrideNetwork = n.overrideNetwork;
            changed.overrideNicType = n.overrideNicType;
            changed.overrideVlan = n.overrideVlan;
            if (const QString bad = validatePlacement(effectivePlacement(changed)); !bad.isEmpty())
                return Error(
                    Error::Code::InvalidInput, QStringLiteral("%1: %2").arg(changed.location, bad));
            auto written = Database::write(c,
                QStringLiteral("UPDATE networks SET override_network = ?, override_nictype = ?, "
                               "override_vlan = ?, updated_at = ? WHERE id = ?"),
                {nullableString(n.overrideNetwork), nullableString(n.overrideNicType),
                    nullableString(n.overrideVlan), nowDbTime(), n.id});
            if (!written)
                return describeWriteError(written.error(), {});
            if (*written != 1)
                return notFound(QString::number(n.id));
        }
        return {};
    });
}

Status NetworkRepository::clearOverrides(qint64 id) const
{
    return setOverrides(id, std::nullopt, std::nullopt, std::nullopt);
}

Result<int> NetworkRepository::markMissing(
    qint64 sourceId, const QStringList &keepSourceSpecificIds) const
{
    const QString now = nowDbTime();
    auto q = m_db->exec(
        QStringLiteral("UPDATE networks SET missing_since = ?, updated_at = ? WHERE "
                       "source_id = ? AND missing_since IS NULL AND source_specific_id NOT IN "
                       "(SELECT value FROM json_each(?))"),
        {now, now, sourceId, jsonList(keepSourceSpecificIds)});
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Status NetworkRepository::remove(qint64 id) const
{
    auto q = m_db->exec(QStringLiteral("DELETE FROM networks WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return notFound(QString::number(id));
    return {};
}

Result<Network> NetworkRepository::byId(qint64 id) const
{
    auto found = load(QStringLiteral("id = ?"), {id});
    if (found && found->isEmpty())
        return notFound(QString::number(id));
    return found ? Result<Network>(found->first()) : Result<Network>(found.error());
}

Result<Network> NetworkRepository::byUuid(const QString &uuid) const
{
    auto found = load(QStringLiteral("uuid = ?"), {uuid});
    if (found && found->isEmpty())
        return notFound(uuid);
    return found ? Result<Network>(found->first()) : Result<Network>(found.error());
}

Result<Network> NetworkRepository::bySourceSpecificId(
    qint64 sourceId, const QString &sourceSpecificId) const
{
    auto found = load(
        QStringLiteral("source_id = ? AND source_specific_id = ?"), {sourceId, sourceSpecificId});
    if (found && found->isEmpty())
        return notFound(sourceSpecificId);
    return found ? Result<Network>(found->first()) : Result<Network>(found.error());
}

Result<QVector<Network>> NetworkRepository::bySource(qint64 sourceId) const
{
    return load(QStringLiteral("source_id = ?"), {sourceId});
}

Result<QVector<Network>> NetworkRepository::all() const
{
    return load({}, {});
}

Result<QVector<Network>> NetworkRepository::load(
    const QString &where, const QVariantList &values) const
{
    auto q = m_db->exec(
        QStringLiteral("SELECT %1 FROM networks%2 ORDER BY location, id")
            .arg(kColumns, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
        values);
    if (!q)
        return q.error();
    QVector<Network> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

} // namespace ferry
