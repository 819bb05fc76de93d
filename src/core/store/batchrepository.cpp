#include "store/batchrepository.h"

#include "store/database.h"
#include "store/jsoncolumns.h"
#include "store/repositorysupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace ferry {

using namespace repositorysupport;

namespace {

const QString kColumns = QStringLiteral(
    "id, name, status, status_message, include_expression, default_target_id, default_project, "
    "default_pool, migration_network_json, config_json, start_date, created_at, updated_at");

Batch fromRow(const QSqlQuery &q)
{
    Batch b;
    int i = 0;
    b.id = q.value(i++).toLongLong();
    b.name = q.value(i++).toString();
    b.status = q.value(i++).toString();
    b.statusMessage = q.value(i++).toString();
    b.includeExpression = q.value(i++).toString();
    b.defaultTargetId = q.value(i++).toLongLong(); // NULL reads as 0
    b.defaultProject = q.value(i++).toString();
    b.defaultPool = q.value(i++).toString();
    b.migrationNetwork = jsoncolumns::toArray(q.value(i++));
    b.config = jsoncolumns::toObject(q.value(i++));
    b.startDate = fromDbTime(q.value(i++));
    b.createdAt = fromDbTime(q.value(i++));
    b.updatedAt = fromDbTime(q.value(i++));
    return b;
}

// batch_id first, for the grouping in load().
const QString kWindowColumns
    = QStringLiteral("batch_id, id, name, start_at, end_at, lockout_at, capacity");
const QString kConstraintColumns
    = QStringLiteral("batch_id, id, name, description, include_expression, "
                     "max_concurrent_instances, min_instance_boot_time_ms");

MigrationWindow windowFromRow(const QSqlQuery &q)
{
    MigrationWindow w;
    int i = 1;
    w.id = q.value(i++).toLongLong();
    w.name = q.value(i++).toString();
    w.start = fromDbTime(q.value(i++));
    w.end = fromDbTime(q.value(i++));
    w.lockout = fromDbTime(q.value(i++));
    w.capacity = q.value(i++).toInt();
    return w;
}

Constraint constraintFromRow(const QSqlQuery &q)
{
    Constraint c;
    int i = 1;
    c.id = q.value(i++).toLongLong();
    c.name = q.value(i++).toString();
    c.description = q.value(i++).toString();
    c.includeExpression = q.value(i++).toString();
    c.maxConcurrentInstances = q.value(i++).toInt();
    c.minInstanceBootTimeMs = q.value(i++).toLongLong();
    return c;
}

Error notFound(const QString &what)
{
    return Error(Error::Code::NotFound,
        QCoreApplication::translate("BatchRepository", "No batch %1.").arg(what));
}

template<typename T>
Status validateNames(
    const Batch &b, const QVector<T> &items, const QString &emptyName, const QString &duplicateName)
{
    QSet<QString> seen;
    for (const T &item : items) {
        if (item.name.isEmpty())
            return Error(Error::Code::InvalidInput, emptyName.arg(b.name));
        if (seen.contains(item.name))
            return Error(Error::Code::InvalidInput, duplicateName.arg(b.name, item.name));
        seen.insert(item.name);
    }
    return {};
}

Status validate(const Batch &b)
{
    if (b.name.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("BatchRepository", "A batch needs a name."));
    if (Status st = validateNames(b, b.windows,
            QCoreApplication::translate(
                "BatchRepository", "A migration window of the batch %1 has no name."),
            QCoreApplication::translate(
                "BatchRepository", "The batch %1 has two migration windows named %2."));
        !st)
        return st;
    return validateNames(b, b.constraints,
        QCoreApplication::translate("BatchRepository", "A constraint of the batch %1 has no name."),
        QCoreApplication::translate(
            "BatchRepository", "The batch %1 has two constraints named %2."));
}

Error writeError(const Error &e, const Batch &b)
{
    return describeWriteError(e,
        QCoreApplication::translate("BatchRepository", "A batch named %1 already exists.")
            .arg(b.name),
        QCoreApplication::translate("BatchRepository", "No target with id %1.")
            .arg(b.defaultTargetId));
}

QVariantList values(const Batch &b)
{
    return {b.name, b.statusMessage, b.includeExpression, nullableId(b.defaultTargetId),
        b.defaultProject, b.defaultPool, jsoncolumns::fromArray(b.migrationNetwork),
        jsoncolumns::fromObject(b.config), nullableTime(b.startDate)};
}

// Upserts the windows and constraints by name and removes the ones no longer listed, so that the
// ids of kept windows survive an edit.
Status saveChildren(QSqlDatabase &c, qint64 batchId, const Batch &b)
{
    QStringList names;
    for (int i = 0; i < b.windows.size(); ++i) {
        const MigrationWindow &w = b.windows.at(i);
        names << w.name;
        auto q = Database::exec(c,
            QStringLiteral(
                "INSERT INTO migration_windows (batch_id, position, name, start_at, end_at, "
                "lockout_at, capacity) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (batch_id, name) DO UPDATE SET position = excluded.position, "
                "start_at = excluded.start_at, end_at = excluded.end_at, "
                "lockout_at = excluded.lockout_at, capacity = excluded.capacity"),
            {batchId, i, w.name, nullableTime(w.start), nullableTime(w.end),
                nullableTime(w.lockout), w.capacity});
        if (!q)
            return describeWriteError(q.error(), {});
    }
    if (auto q = Database::exec(c,
            QStringLiteral("DELETE FROM migration_windows WHERE batch_id = ? AND name NOT IN "
                           "(SELECT value FROM json_each(?))"),
            {batchId, jsonList(names)});
        !q)
        return q.error();

    names.clear();
    for (int i = 0; i < b.constraints.size(); ++i) {
        const Constraint &k = b.constraints.at(i);
        names << k.name;
        auto q = Database::exec(c,
            QStringLiteral(
                "INSERT INTO batch_constraints (batch_id, position, name, description, "
                "include_expression, max_concurrent_instances, min_instance_boot_time_ms) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (batch_id, name) DO UPDATE SET position = excluded.position, "
                "description = excluded.description, "
                "include_expression = excluded.include_expression, "
                "max_concurrent_instances = excluded.max_concurrent_instances, "
                "min_instance_boot_time_ms = excluded.min_instance_boot_time_ms"),
            {batchId, i, k.name, k.description, k.includeExpression, k.maxConcurrentInstances,
                k.minInstanceBootTimeMs});
        if (!q)
            return describeWriteError(q.error(), {});
    }
    if (auto q = Database::exec(c,
            QStringLiteral("DELETE FROM batch_constraints WHERE batch_id = ? AND name NOT IN "
                           "(SELECT value FROM json_each(?))"),
            {batchId, jsonList(names)});
        !q)
        return q.error();
    return {};
}

} // namespace

BatchRepository::BatchRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{ }

Result<qint64> BatchRepository::insert(const Batch &batch) const
{
    if (Status st = validate(batch); !st)
        return st.error();
    qint64 id = 0;
    Status st = m_db->transaction([&](QSqlDatabase &c) -> Status {
        const QString now = nowDbTime();
        QVariantList v = values(batch);
        v << batch.status << now << now;
        auto q = Database::exec(c,
            QStringLiteral(
                "INSERT INTO batches (name, status_message, include_expression, "
                "default_target_id, default_project, default_pool, migration_network_json, "
                "config_json, start_date, status, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            v);
        if (!q)
            return writeError(q.error(), batch);
        id = insertedId(*q);
        return saveChildren(c, id, batch);
    });
    if (!st)
        return st.error();
    return id;
}

Status BatchRepository::update(const Batch &batch) const
{
    if (Status st = validate(batch); !st)
        return st;
    return m_db->transaction([&](QSqlDatabase &c) -> Status {
        QVariantList v = values(batch);
        v << nowDbTime() << batch.id;
        auto q = Database::exec(c,
            QStringLiteral("UPDATE batches SET name = ?, status_message = ?, "
                           "include_expression = ?, default_target_id = ?, default_project = ?, "
                           "default_pool = ?, migration_network_json = ?, config_json = ?, "
                           "start_date = ?, updated_at = ? WHERE id = ?"),
            v);
        if (!q)
            return writeError(q.error(), batch);
        if (q->numRowsAffected() != 1)
            return notFound(QString::number(batch.id));
        return saveChildren(c, batch.id, batch);
    });
}

Status BatchRepository::updateStatus(qint64 id, const QString &status, const QString &message) const
{
    static const QStringList known = {batchstatus::Defined, batchstatus::Running,
        batchstatus::Stopped, batchstatus::Finished, batchstatus::Error};
    if (!known.contains(status))
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("BatchRepository", "Unknown batch status %1.").arg(status));
    auto q = m_db->exec(QStringLiteral("UPDATE batches SET status = ?, status_message = ?, "
                                       "updated_at = ? WHERE id = ?"),
        {status, message, nowDbTime(), id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return notFound(QString::number(id));
    return {};
}

Status BatchRepository::remove(qint64 id) const
{
    auto q = m_db->exec(QStringLiteral("DELETE FROM batches WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return notFound(QString::number(id));
    return {};
}

Result<Batch> BatchRepository::byId(qint64 id) const
{
    return loadOne(QStringLiteral("id = ?"), {id}, QString::number(id));
}

Result<Batch> BatchRepository::byName(const QString &name) const
{
    return loadOne(QStringLiteral("name = ?"), {name}, name);
}

Result<QVector<Batch>> BatchRepository::all() const
{
    return load({}, {});
}

Status BatchRepository::setMatched(qint64 batchId, const QVector<qint64> &instanceIds) const
{
    return m_db->transaction([&](QSqlDatabase &c) -> Status {
        {
            auto q = Database::exec(
                c, QStringLiteral("SELECT 1 FROM batches WHERE id = ?"), {batchId});
            if (!q)
                return q.error();
            if (!q->next())
                return notFound(QString::number(batchId));
        }
        const QString ids = jsonList(instanceIds);
        auto del = Database::exec(c,
            QStringLiteral("DELETE FROM batch_instances WHERE batch_id = ? AND instance_id NOT IN "
                           "(SELECT CAST(value AS BIGINT) FROM json_each(?))"),
            {batchId, ids});
        if (!del)
            return del.error();
        auto add = Database::exec(c,
            QStringLiteral(
                "INSERT INTO batch_instances (batch_id, instance_id) "
                "SELECT CAST(? AS BIGINT), CAST(value AS BIGINT) FROM json_each(?) WHERE true "
                "ON CONFLICT DO NOTHING"),
            {batchId, ids});
        if (!add)
            return describeWriteError(add.error(), {},
                QCoreApplication::translate(
                    "BatchRepository", "The batch %1 cannot match an instance that does not exist.")
                    .arg(batchId));
        return {};
    });
}

Result<QVector<qint64>> BatchRepository::matched(qint64 batchId) const
{
    auto q = m_db->exec(QStringLiteral("SELECT instance_id FROM batch_instances WHERE batch_id = ? "
                                       "ORDER BY instance_id"),
        {batchId});
    if (!q)
        return q.error();
    QVector<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

Result<Batch> BatchRepository::loadOne(
    const QString &where, const QVariantList &values, const QString &what) const
{
    auto found = load(where, values);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(what);
    return found->first();
}

Result<QVector<Batch>> BatchRepository::load(const QString &where, const QVariantList &values) const
{
    QVector<Batch> out;
    QHash<qint64, qsizetype> index;
    {
        auto q = m_db->exec(
            QStringLiteral("SELECT %1 FROM batches%2 ORDER BY name")
                .arg(kColumns, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
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
        : QStringLiteral(" WHERE batch_id IN (SELECT id FROM batches WHERE %1)").arg(where);
    {
        auto q = m_db->exec(QStringLiteral("SELECT %1 FROM migration_windows%2 "
                                           "ORDER BY batch_id, position")
                                .arg(kWindowColumns, childFilter),
            values);
        if (!q)
            return q.error();
        while (q->next()) {
            const auto it = index.constFind(q->value(0).toLongLong());
            if (it != index.constEnd())
                out[*it].windows << windowFromRow(*q);
        }
    }
    {
        auto q = m_db->exec(QStringLiteral("SELECT %1 FROM batch_constraints%2 "
                                           "ORDER BY batch_id, position")
                                .arg(kConstraintColumns, childFilter),
            values);
        if (!q)
            return q.error();
        while (q->next()) {
            const auto it = index.constFind(q->value(0).toLongLong());
            if (it != index.constEnd())
                out[*it].constraints << constraintFromRow(*q);
        }
    }
    return out;
}

} // namespace ferry
