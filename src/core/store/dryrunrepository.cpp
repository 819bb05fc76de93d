#include "store/dryrunrepository.h"

#include "store/database.h"
#include "store/jsoncolumns.h"

#include <QSqlQuery>

namespace ferry {

DryRunRepository::DryRunRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{ }

Status DryRunRepository::save(const ConversionDryRunRecord &r) const
{
    return m_db->transaction([&r](QSqlDatabase &db) -> Status {
        if (auto del = Database::write(db,
                QStringLiteral("DELETE FROM conversion_dry_runs WHERE instance_id = ?"),
                {r.instanceId});
            !del)
            return del.error();
        auto ins = Database::write(db,
            QStringLiteral("INSERT INTO conversion_dry_runs (instance_id, ran_at, disks_read, "
                           "seconds, findings_json) VALUES (?, ?, ?, ?, ?)"),
            {r.instanceId, toDbTime(r.ranAt.isValid() ? r.ranAt : QDateTime::currentDateTimeUtc()),
                r.disksRead ? 1 : 0, r.seconds, jsoncolumns::fromArray(r.findings)});
        if (!ins)
            return ins.error();
        return {};
    });
}

Result<QVector<ConversionDryRunRecord>> DryRunRepository::forInstances(
    const QList<qint64> &instanceIds) const
{
    QVector<ConversionDryRunRecord> out;
    for (qint64 id : instanceIds) {
        auto q = m_db->exec(QStringLiteral("SELECT instance_id, ran_at, disks_read, seconds, "
                                           "findings_json FROM conversion_dry_runs WHERE "
                                           "instance_id = ?"),
            {id});
        if (!q)
            return q.error();
        if (!q->next())
            continue;
        ConversionDryRunRecord r;
        r.instanceId = q->value(0).toLongLong();
        r.ranAt = fromDbTime(q->value(1));
        r.disksRead = q->value(2).toInt() != 0;
        r.seconds = q->value(3).toDouble();
        r.findings = jsoncolumns::toArray(q->value(4));
        out << r;
    }
    return out;
}

} // namespace ferry
