#pragma once

#include "model/source.h"
#include "util/result.h"

#include <QVector>

#include <memory>

namespace ferry {

class Database;

class SourceRepository final
{
public:
    explicit SourceRepository(std::shared_ptr<Database> db);

    Result<qint64> insert(const Source &source) const;
    Status update(const Source &source) const;
    Status remove(qint64 id) const;
    Result<Source> byId(qint64 id) const;
    Result<Source> byName(const QString &name) const;
    Result<QVector<Source>> all() const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ferry
