#include "store/sourcerepository.h"

#include "store/database.h"
#include "store/jsoncolumns.h"
#include "store/repositorysupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ferry {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, source_type, api_type, api_version, endpoint, username, secret_ref, import_limit, "
    "connection_timeout_ms, datacenters_json, trusted_cert_pem, trusted_cert_sha256, "
    "seen_cert_pem, "
    "seen_cert_sha256, connectivity_status, status_detail, last_sync_at, created_at, updated_at, "
    "host_direct_reads");

Source fromRow(const QSqlQuery &q)
{
    Source s;
    int i = 0;
    s.id = q.value(i++).toLongLong();
    s.name = q.value(i++).toString();
    s.sourceType = q.value(i++).toString();
    s.apiType = q.value(i++).toString();
    s.apiVersion = q.value(i++).toString();
    s.endpoint = q.value(i++).toString();
    s.username = q.value(i++).toString();
    s.secretRef = q.value(i++).toString();
    s.importLimit = q.value(i++).toInt();
    s.connectionTimeoutMs = q.value(i++).toLongLong();
    s.datacenters = jsoncolumns::toStringList(q.value(i++));
    s.cert.trustedPem = q.value(i++).toString();
    s.cert.trustedSha256 = q.value(i++).toString();
    s.cert.seenPem = q.value(i++).toString();
    s.cert.seenSha256 = q.value(i++).toString();
    s.connectivityStatus = q.value(i++).toString();
    s.statusDetail = q.value(i++).toString();
    s.lastSyncAt = fromDbTime(q.value(i++));
    s.createdAt = fromDbTime(q.value(i++));
    s.updatedAt = fromDbTime(q.value(i++));
    s.hostDirectReads = q.value(i++).toInt() != 0;
    return s;
}

// NOT NULL text columns: a null QString would bind as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariantList values(const Source &s)
{
    return {text(s.name), text(s.sourceType), text(s.apiType), text(s.apiVersion), text(s.endpoint),
        text(s.username), text(s.secretRef), s.importLimit, s.connectionTimeoutMs,
        jsoncolumns::fromStringList(s.datacenters), text(s.cert.trustedPem),
        text(s.cert.trustedSha256), text(s.cert.seenPem), text(s.cert.seenSha256),
        text(s.connectivityStatus), text(s.statusDetail),
        s.lastSyncAt.isValid() ? QVariant(toDbTime(s.lastSyncAt)) : QVariant(),
        s.hostDirectReads ? 1 : 0};
}

Error notFound(const QString &what)
{
    return Error(Error::Code::NotFound,
        QCoreApplication::translate("SourceRepository", "No source named %1.").arg(what));
}

} // namespace

SourceRepository::SourceRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{ }

Result<qint64> SourceRepository::insert(const Source &source) const
{
    if (auto existing = byName(source.name); existing)
        return Error(Error::Code::AlreadyExists,
            QCoreApplication::translate("SourceRepository", "A source named %1 already exists.")
                .arg(source.name));
    const QString now = nowDbTime();
    QVariantList v = values(source);
    v << now << now;
    auto q = m_db->exec(
        QStringLiteral(
            "INSERT INTO sources (name, source_type, api_type, api_version, endpoint, username, "
            "secret_ref, import_limit, connection_timeout_ms, datacenters_json, trusted_cert_pem, "
            "trusted_cert_sha256, seen_cert_pem, seen_cert_sha256, connectivity_status, "
            "status_detail, last_sync_at, host_direct_reads, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        v);
    if (!q)
        return q.error();
    return repositorysupport::insertedId(*q);
}

Status SourceRepository::update(const Source &source) const
{
    QVariantList v = values(source);
    v << nowDbTime() << source.id;
    auto q = m_db->exec(
        QStringLiteral(
            "UPDATE sources SET name = ?, source_type = ?, api_type = ?, api_version = ?, "
            "endpoint = ?, username = ?, secret_ref = ?, import_limit = ?, "
            "connection_timeout_ms = ?, datacenters_json = ?, trusted_cert_pem = ?, "
            "trusted_cert_sha256 = ?, seen_cert_pem = ?, seen_cert_sha256 = ?, "
            "connectivity_status = ?, status_detail = ?, last_sync_at = ?, host_direct_reads = ?, "
            "updated_at = ? "
            "WHERE id = ?"),
        v);
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return notFound(QString::number(source.id));
    return {};
}

Status SourceRepository::remove(qint64 id) const
{
    auto q = m_db->exec(QStringLiteral("DELETE FROM sources WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return notFound(QString::number(id));
    return {};
}

Result<Source> SourceRepository::byId(qint64 id) const
{
    auto q = m_db->exec(QStringLiteral("SELECT %1 FROM sources WHERE id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(QString::number(id));
    return fromRow(*q);
}

Result<Source> SourceRepository::byName(const QString &name) const
{
    auto q
        = m_db->exec(QStringLiteral("SELECT %1 FROM sources WHERE name = ?").arg(kColumns), {name});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(name);
    return fromRow(*q);
}

Result<QVector<Source>> SourceRepository::all() const
{
    auto q = m_db->exec(QStringLiteral("SELECT %1 FROM sources ORDER BY name").arg(kColumns));
    if (!q)
        return q.error();
    QVector<Source> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

} // namespace ferry
