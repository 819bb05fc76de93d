#include "store/warningrepository.h"

#include "store/database.h"
#include "store/jsoncolumns.h"
#include "store/repositorysupport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace ferry {

using namespace repositorysupport;

namespace {

const QString kColumns
    = QStringLiteral("id, uuid, status, scope, entity_type, entity, type, messages_json, count, "
                     "first_seen, last_seen, updated_at");

const QString kNew = QStringLiteral("new");
const QString kAcknowledged = QStringLiteral("acknowledged");

Warning fromRow(const QSqlQuery &q)
{
    Warning w;
    int i = 0;
    w.id = q.value(i++).toLongLong();
    w.uuid = q.value(i++).toString();
    w.status = q.value(i++).toString();
    w.scope = q.value(i++).toString();
    w.entityType = q.value(i++).toString();
    w.entity = q.value(i++).toString();
    w.type = q.value(i++).toString();
    w.messages = jsoncolumns::toStringList(q.value(i++));
    w.count = q.value(i++).toInt();
    w.firstSeen = fromDbTime(q.value(i++));
    w.lastSeen = fromDbTime(q.value(i++));
    w.updatedAt = fromDbTime(q.value(i++));
    return w;
}

Error notFound(const QString &what)
{
    return Error(Error::Code::NotFound,
        QCoreApplication::translate("WarningRepository", "No warning %1.").arg(what));
}

Status validateStatus(const QString &status)
{
    if (status == kNew || status == kAcknowledged)
        return {};
    return Error(Error::Code::InvalidInput,
        QCoreApplication::translate(
            "WarningRepository", "Unknown warning status %1; use new or acknowledged.")
            .arg(status));
}

QStringList merged(QStringList messages, const QStringList &more)
{
    for (const QString &m : more) {
        if (!messages.contains(m))
            messages << m;
    }
    if (messages.size() > WarningRepository::kMaxMessages)
        messages = messages.mid(messages.size() - WarningRepository::kMaxMessages);
    return messages;
}

} // namespace

WarningRepository::WarningRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{ }

Result<Warning> WarningRepository::upsert(const Warning &warning) const
{
    if (warning.type.isEmpty())
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("WarningRepository", "A warning needs a type."));
    if (Status st = validateStatus(warning.status); !st)
        return st.error();
    qint64 id = 0;
    Status st = m_db->transaction([&](QSqlDatabase &c) -> Status {
        const QString now = nowDbTime();
        QStringList messages;
        {
            auto q = Database::exec(c,
                QStringLiteral("SELECT id, messages_json FROM warnings WHERE type = ? AND "
                               "scope = ? AND entity_type = ? AND entity = ?"),
                {warning.type, warning.scope, warning.entityType, warning.entity});
            if (!q)
                return q.error();
            if (q->next()) {
                id = q->value(0).toLongLong();
                messages = jsoncolumns::toStringList(q->value(1));
            }
        }
        if (id != 0) {
            auto q = Database::exec(c,
                QStringLiteral("UPDATE warnings SET count = count + 1, messages_json = ?, "
                               "last_seen = ?, updated_at = ? WHERE id = ?"),
                {jsoncolumns::fromStringList(merged(messages, warning.messages)), now, now, id});
            return q ? Status() : Status(q.error());
        }
        const QString uuid = warning.uuid.isEmpty()
            ? QUuid::createUuid().toString(QUuid::WithoutBraces)
            : warning.uuid;
        auto q = Database::exec(c,
            QStringLiteral("INSERT INTO warnings (uuid, status, scope, entity_type, entity, type, "
                           "messages_json, count, first_seen, last_seen, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) RETURNING id"),
            {uuid, warning.status, warning.scope, warning.entityType, warning.entity, warning.type,
                jsoncolumns::fromStringList(merged({}, warning.messages)), now, now, now});
        if (!q)
            return describeWriteError(q.error(),
                QCoreApplication::translate(
                    "WarningRepository", "A warning with the UUID %1 already exists.")
                    .arg(uuid));
        id = insertedId(*q);
        return {};
    });
    if (!st)
        return st.error();
    return byId(id);
}

Status WarningRepository::acknowledge(qint64 id) const
{
    auto q
        = m_db->exec(QStringLiteral("UPDATE warnings SET status = ?, updated_at = ? WHERE id = ?"),
            {kAcknowledged, nowDbTime(), id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return notFound(QString::number(id));
    return {};
}

Status WarningRepository::remove(qint64 id) const
{
    auto q = m_db->exec(QStringLiteral("DELETE FROM warnings WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return notFound(QString::number(id));
    return {};
}

Result<Warning> WarningRepository::byId(qint64 id) const
{
    auto found = load(QStringLiteral("id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(QString::number(id));
    return found->first();
}

Result<Warning> WarningRepository::byUuid(const QString &uuid) const
{
    auto found = load(QStringLiteral("uuid = ?"), {uuid});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(uuid);
    return found->first();
}

Result<QVector<Warning>> WarningRepository::list(const QString &status) const
{
    if (status.isEmpty())
        return load({}, {});
    if (Status st = validateStatus(status); !st)
        return st.error();
    return load(QStringLiteral("status = ?"), {status});
}

Result<QVector<Warning>> WarningRepository::load(
    const QString &where, const QVariantList &values) const
{
    auto q = m_db->exec(
        QStringLiteral("SELECT %1 FROM warnings%2 ORDER BY last_seen DESC, id DESC")
            .arg(kColumns, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
        values);
    if (!q)
        return q.error();
    QVector<Warning> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

} // namespace ferry
