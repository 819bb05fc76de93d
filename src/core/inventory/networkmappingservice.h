#pragma once

#include "model/network.h"
#include "util/result.h"

#include <QVector>

#include <memory>

namespace ferry {

class Database;

// Where source networks' NICs go on the target, as people change it: ferry's Networks page (one
// mapping, all of them, reset) and ferryctl network update. The overrides are written in one
// transaction by NetworkRepository, which checks every mapping that results (validatePlacement)
// and refuses the lot when one is invalid (InvalidInput naming the network's location).
class NetworkMappingService final
{
public:
    explicit NetworkMappingService(std::shared_ptr<Database> db);

    // Writes the override* fields of each network (by id); returns them as stored.
    Result<QVector<Network>> save(const QVector<Network> &networks) const;
    Result<Network> save(const Network &network) const;
    // Clears the overrides: the default mapping applies again.
    Result<Network> reset(qint64 networkId) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ferry
