#pragma once

#include "model/warning.h"
#include "util/result.h"

#include <QVector>

#include <memory>

namespace ferry {

class Database;

// Warnings raised by syncs and migrations. A warning is identified by (type, scope, entity type,
// entity); raising it again counts another occurrence instead of adding a row.
class WarningRepository final
{
public:
    explicit WarningRepository(std::shared_ptr<Database> db);

    // Records one occurrence. A new warning is stored with count 1 and first/last seen now (its
    // uuid is generated when empty). A known one gets count + 1, last seen now and the messages
    // it did not have yet (the newest kMaxMessages are kept); its status stays, so an
    // acknowledged warning stays acknowledged. Returns the warning as stored.
    Result<Warning> upsert(const Warning &warning) const;
    Status acknowledge(qint64 id) const;
    Status remove(qint64 id) const;
    Result<Warning> byId(qint64 id) const;
    Result<Warning> byUuid(const QString &uuid) const;
    // Most recently seen first; an empty status lists every warning, otherwise new or
    // acknowledged ones only.
    Result<QVector<Warning>> list(const QString &status = {}) const;

    static constexpr int kMaxMessages = 100;

private:
    Result<QVector<Warning>> load(const QString &where, const QVariantList &values) const;

    std::shared_ptr<Database> m_db;
};

} // namespace ferry
