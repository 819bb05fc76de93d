#include "store/databasecopy.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace ferry {

QStringList copiedTables()
{
    return {QStringLiteral("settings"), QStringLiteral("sources"), QStringLiteral("targets"),
        QStringLiteral("networks"), QStringLiteral("instances"), QStringLiteral("instance_disks"),
        QStringLiteral("instance_nics"), QStringLiteral("instance_snapshots"),
        QStringLiteral("batches"), QStringLiteral("migration_windows"),
        QStringLiteral("batch_constraints"), QStringLiteral("batch_instances"),
        QStringLiteral("queue_entries"), QStringLiteral("queue_disk_progress"),
        QStringLiteral("queue_log"), QStringLiteral("artifacts"), QStringLiteral("warnings"),
        QStringLiteral("conversion_dry_runs"), QStringLiteral("artifact_waits")};
}

namespace {

Error copyError(const QString &message, const QString &details = {})
{
    return Error(Error::Code::Database, message, details);
}

// The tables whose id column numbers new rows (and so has a sequence on PostgreSQL).
bool hasIdentity(const QStringList &columns)
{
    return columns.contains(QLatin1String("id"));
}

} // namespace

Result<QVector<TableCopyCount>> copyDatabase(
    const std::shared_ptr<Database> &from, const std::shared_ptr<Database> &to)
{
    if (from->schemaVersion() != to->schemaVersion())
        return copyError(QCoreApplication::translate("DatabaseCopy",
            "The two databases have different schema versions (%1 and %2); open both with "
            "the same Ferry first.")
                             .arg(from->schemaVersion())
                             .arg(to->schemaVersion()));
    if (from->location() == to->location())
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "DatabaseCopy", "The database cannot be copied onto itself."));

    const QStringList tables = copiedTables();
    for (const QString &table : tables) {
        auto q = to->exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        if (!q)
            return q.error();
        if (q->next() && q->value(0).toLongLong() > 0)
            return Error(Error::Code::AlreadyExists,
                QCoreApplication::translate("DatabaseCopy",
                    "The database %1 already holds Ferry data (table %2 is not empty); copy "
                    "only into a new, empty database.")
                    .arg(to->location(), table));
    }

    QVector<TableCopyCount> counts;
    Status st = to->transaction([&](QSqlDatabase &target) -> Status {
        QSqlDatabase source = from->connection();
        for (const QString &table : tables) {
            const QSqlRecord record = source.record(table);
            QStringList columns;
            for (int i = 0; i < record.count(); ++i)
                columns << record.fieldName(i);
            if (columns.isEmpty())
                return copyError(QCoreApplication::translate(
                    "DatabaseCopy", "The source database has no table %1.")
                                     .arg(table));
            QStringList marks;
            for (int i = 0; i < columns.size(); ++i)
                marks << QStringLiteral("?");
            const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                       .arg(table, columns.join(QLatin1String(", ")),
                                           marks.join(QLatin1String(", ")));
            QSqlQuery read(source);
            read.setForwardOnly(true);
            // Ordered, so that the copy is deterministic and the log keeps its order.
            if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                               .arg(columns.join(QLatin1String(", ")), table,
                                   hasIdentity(columns) ? QStringLiteral("id") : columns.first())))
                return copyError(
                    QCoreApplication::translate("DatabaseCopy", "Reading the table %1 failed.")
                        .arg(table),
                    read.lastError().text());
            qint64 rows = 0;
            while (read.next()) {
                QVariantList values;
                values.reserve(columns.size());
                for (int i = 0; i < columns.size(); ++i)
                    values << (read.isNull(i) ? QVariant() : read.value(i));
                auto written = Database::write(target, insert, values);
                if (!written)
                    return Error(written.error().code,
                        QCoreApplication::translate("DatabaseCopy",
                            "Writing a row of the table %1 failed; the target was not changed.")
                            .arg(table),
                        written.error().details);
                ++rows;
            }
            if (to->isPostgreSQL() && hasIdentity(columns)) {
                // New rows continue after the copied ids.
                auto seq = Database::exec(target,
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                   "COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                        .arg(table));
                if (!seq)
                    return seq.error();
            }
            counts << TableCopyCount {table, rows};
        }
        return {};
    });
    if (!st)
        return st.error();
    return counts;
}

} // namespace ferry
