#include "inventory/networkmappingservice.h"

#include "store/networkrepository.h"

namespace ferry {

NetworkMappingService::NetworkMappingService(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{ }

Result<QVector<Network>> NetworkMappingService::save(const QVector<Network> &networks) const
{
    const NetworkRepository repo(m_db);
    if (Status st = repo.setOverrides(networks); !st)
        return st.error();
    QVector<Network> saved;
    saved.reserve(networks.size());
    for (const Network &n : networks) {
        auto stored = repo.byId(n.id);
        if (!stored)
            return stored.error();
        saved << *stored;
    }
    return saved;
}

Result<Network> NetworkMappingService::save(const Network &network) const
{
    auto saved = save(QVector<Network> {network});
    if (!saved)
        return saved.error();
    return saved->first();
}

Result<Network> NetworkMappingService::reset(qint64 networkId) const
{
    Network n;
    n.id = networkId;
    return save(n);
}

} // namespace ferry
