#include "store/targetrepository.h"

#include "store/database.h"
#include "store/jsoncolumns.h"
#include "store/repositorysupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ferry {

using namespace repositorysupport;

namespace {

const QString kColumns = QStringLiteral(
    "id, name, target_type, endpoint, auth_type, client_cert_pem, secret_ref, import_limit, "
    "create_limit, connection_timeout_ms, trusted_cert_pem, trusted_cert_sha256, seen_cert_pem, "
    "seen_cert_sha256, connectivity_status, status_detail, server_version, api_extensions_json, "
    "inventory_json, inventory_at, tls_verify, tls_ca_pem, created_at, updated_at");

Target fromRow(const QSqlQuery &q)
{
    Target t;
    int i = 0;
    t.id = q.value(i++).toLongLong();
    t.name = q.value(i++).toString();
    t.targetType = q.value(i++).toString();
    t.endpoint = q.value(i++).toString();
    t.authType = q.value(i++).toString();
    t.clientCertPem = q.value(i++).toString();
    t.secretRef = q.value(i++).toString();
    t.importLimit = q.value(i++).toInt();
    t.createLimit = q.value(i++).toInt();
    t.connectionTimeoutMs = q.value(i++).toLongLong();
    t.cert.trustedPem = q.value(i++).toString();
    t.cert.trustedSha256 = q.value(i++).toString();
    t.cert.seenPem = q.value(i++).toString();
    t.cert.seenSha256 = q.value(i++).toString();
    t.connectivityStatus = q.value(i++).toString();
    t.statusDetail = q.value(i++).toString();
    t.serverVersion = q.value(i++).toString();
    t.apiExtensions = jsoncolumns::toStringList(q.value(i++));
    t.inventory = jsoncolumns::toObject(q.value(i++));
    t.inventoryAt = fromDbTime(q.value(i++));
    t.tlsVerify = q.value(i++).toString();
    t.tlsCaPem = q.value(i++).toString();
    t.createdAt = fromDbTime(q.value(i++));
    t.updatedAt = fromDbTime(q.value(i++));
    return t;
}

QVariantList values(const Target &t)
{
    return {t.name, t.targetType, t.endpoint, t.authType, t.clientCertPem, t.secretRef,
        t.importLimit, t.createLimit, t.connectionTimeoutMs, t.cert.trustedPem,
        t.cert.trustedSha256, t.cert.seenPem, t.cert.seenSha256, t.connectivityStatus,
        t.statusDetail, t.serverVersion, jsoncolumns::fromStringList(t.apiExtensions),
        jsoncolumns::fromObject(t.inventory), nullableTime(t.inventoryAt), t.tlsVerify, t.tlsCaPem};
}

Error notFound(const QString &what)
{
    return Error(Error::Code::NotFound,
        QCoreApplication::translate("TargetRepository", "No target named %1.").arg(what));
}

Error notFound(qint64 id)
{
    return Error(Error::Code::NotFound,
        QCoreApplication::translate("TargetRepository", "No target with id %1.").arg(id));
}

Error writeError(const Error &e, const QString &name)
{
    return describeWriteError(e,
        QCoreApplication::translate("TargetRepository", "A target named %1 already exists.")
            .arg(name));
}

} // namespace

TargetRepository::TargetRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{ }

Result<qint64> TargetRepository::insert(const Target &target) const
{
    const QString now = nowDbTime();
    QVariantList v = values(target);
    v << now << now;
    auto q = m_db->exec(
        QStringLiteral(
            "INSERT INTO targets (name, target_type, endpoint, auth_type, client_cert_pem, "
            "secret_ref, import_limit, create_limit, connection_timeout_ms, trusted_cert_pem, "
            "trusted_cert_sha256, seen_cert_pem, seen_cert_sha256, connectivity_status, "
            "status_detail, server_version, api_extensions_json, inventory_json, inventory_at, "
            "tls_verify, tls_ca_pem, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id"),
        v);
    if (!q)
        return writeError(q.error(), target.name);
    return insertedId(*q);
}

Status TargetRepository::update(const Target &target) const
{
    QVariantList v = values(target);
    v << nowDbTime() << target.id;
    auto q = m_db->exec(
        QStringLiteral("UPDATE targets SET name = ?, target_type = ?, endpoint = ?, auth_type = ?, "
                       "client_cert_pem = ?, secret_ref = ?, import_limit = ?, create_limit = ?, "
                       "connection_timeout_ms = ?, trusted_cert_pem = ?, trusted_cert_sha256 = ?, "
                       "seen_cert_pem = ?, seen_cert_sha256 = ?, connectivity_status = ?, "
                       "status_detail = ?, server_version = ?, api_extensions_json = ?, "
                       "inventory_json = ?, inventory_at = ?, tls_verify = ?, tls_ca_pem = ?, "
                       "updated_at = ? WHERE id = ?"),
        v);
    if (!q)
        return writeError(q.error(), target.name);
    if (q->numRowsAffected() != 1)
        return notFound(target.id);
    return {};
}

Status TargetRepository::setInventory(
    qint64 id, const QJsonObject &inventory, const QDateTime &at) const
{
    auto q = m_db->exec(QStringLiteral("UPDATE targets SET inventory_json = ?, inventory_at = ?, "
                                       "updated_at = ? WHERE id = ?"),
        {jsoncolumns::fromObject(inventory), nullableTime(at), nowDbTime(), id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return notFound(id);
    return {};
}

Status TargetRepository::remove(qint64 id) const
{
    auto q = m_db->exec(QStringLiteral("DELETE FROM targets WHERE id = ?"), {id});
    if (!q)
        return describeWriteError(q.error(), {},
            QCoreApplication::translate("TargetRepository",
                "The target is the default target of a batch; change or remove the batch first."),
            Error::Code::Conflict);
    if (q->numRowsAffected() != 1)
        return notFound(id);
    return {};
}

Result<Target> TargetRepository::byId(qint64 id) const
{
    auto q = m_db->exec(QStringLiteral("SELECT %1 FROM targets WHERE id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(id);
    return fromRow(*q);
}

Result<Target> TargetRepository::byName(const QString &name) const
{
    auto q
        = m_db->exec(QStringLiteral("SELECT %1 FROM targets WHERE name = ?").arg(kColumns), {name});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(name);
    return fromRow(*q);
}

Result<QVector<Target>> TargetRepository::all() const
{
    auto q = m_db->exec(QStringLiteral("SELECT %1 FROM targets ORDER BY name").arg(kColumns));
    if (!q)
        return q.error();
    QVector<Target> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

} // namespace ferry
