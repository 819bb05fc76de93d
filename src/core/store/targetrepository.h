#pragma once

#include "model/target.h"
#include "util/result.h"

#include <QVector>

#include <memory>

namespace ferry {

class Database;

// The Incus/LXD targets. Names are unique; a target that a batch uses as its default cannot be
// removed (Conflict) until the batch points elsewhere.
class TargetRepository final
{
public:
    explicit TargetRepository(std::shared_ptr<Database> db);

    Result<qint64> insert(const Target &target) const;
    Status update(const Target &target) const;
    // Only the inventory read from GET /1.0/... and its time, leaving every other field alone.
    Status setInventory(qint64 id, const QJsonObject &inventory, const QDateTime &at) const;
    Status remove(qint64 id) const;
    Result<Target> byId(qint64 id) const;
    Result<Target> byName(const QString &name) const;
    Result<QVector<Target>> all() const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ferry
