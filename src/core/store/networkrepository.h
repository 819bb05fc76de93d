#pragma once

#include "model/network.h"
#include "util/result.h"

#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace ferry {

class Database;

// The networks imported from the sources, identified by (source, source-specific id), with the
// mapping overrides people set on them.
class NetworkRepository final
{
public:
    explicit NetworkRepository(std::shared_ptr<Database> db);

    // Inserts or updates the network found by (sourceId, sourceSpecificId); returns its id. An
    // empty uuid gets a new one; an existing row keeps its uuid and its overrides.
    Result<qint64> save(const Network &network) const;
    Result<QVector<qint64>> saveAll(const QVector<Network> &networks) const;

    // std::nullopt clears an override (the default mapping applies). nicType is managed,
    // bridged or physical, and the mapping that results must be valid (validatePlacement in
    // inventory/networkmapping.h): else InvalidInput naming the network's location.
    Status setOverrides(qint64 id, const std::optional<QString> &network,
        const std::optional<QString> &nicType, const std::optional<QString> &vlan) const;
    // The same for several networks (by id, their override* fields) in one transaction:
    // nothing is written when one is refused.
    Status setOverrides(const QVector<Network> &networks) const;
    Status clearOverrides(qint64 id) const;

    // Sets missing_since (now) on the networks of the source not in keepSourceSpecificIds that
    // were not missing yet; returns how many it marked.
    Result<int> markMissing(qint64 sourceId, const QStringList &keepSourceSpecificIds) const;

    Status remove(qint64 id) const;

    Result<Network> byId(qint64 id) const;
    Result<Network> byUuid(const QString &uuid) const;
    Result<Network> bySourceSpecificId(qint64 sourceId, const QString &sourceSpecificId) const;
    Result<QVector<Network>> bySource(qint64 sourceId) const;
    Result<QVector<Network>> all() const;

private:
    Result<QVector<Network>> load(const QString &where, const QVariantList &values) const;

    std::shared_ptr<Database> m_db;
};

} // namespace ferry
