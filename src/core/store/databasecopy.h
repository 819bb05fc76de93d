#pragma once

#include "util/result.h"

#include <QString>
#include <QVector>

#include <memory>

namespace ferry {

class Database;

// `ferryctl system db-copy --to URL`: every row of Ferry's tables from one database into another
// of the same schema version whose tables are empty, typically an SQLite file into a new
// PostgreSQL database (docs/scale.md). Ids are kept, so every reference stays valid, and the
// target's id sequences continue after the copied rows. The target is written in one
// transaction: a failed copy leaves it empty. Not copied: schema_history (each database keeps
// its own) and engine_lock and engines (they name processes of the source; the entries keep
// their engine ids; a lease of a killed engine runs out as usual). Stop the engines on the source
// first: rows written during the copy may be missed.
struct TableCopyCount
{
    QString table;
    qint64 rows = 0;
};

// The tables copyDatabase() copies, parents before children.
QStringList copiedTables();

Result<QVector<TableCopyCount>> copyDatabase(
    const std::shared_ptr<Database> &from, const std::shared_ptr<Database> &to);

} // namespace ferry
