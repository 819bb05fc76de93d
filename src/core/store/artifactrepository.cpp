#include "store/artifactrepository.h"

#include "store/database.h"
#include "store/jsoncolumns.h"
#include "store/repositorysupport.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

namespace ferry {

using namespace repositorysupport;

namespace {

const QString kColumns
    = QStringLiteral("id, uuid, type, description, os, architectures_json, versions_json, "
                     "source_type, files_json, last_updated, path, sha256, size_bytes, added_at, "
                     "drivers_json");

Artifact fromRow(const QSqlQuery &q)
{
    Artifact a;
    int i = 0;
    a.id = q.value(i++).toLongLong();
    a.uuid = q.value(i++).toString();
    a.type = q.value(i++).toString();
    a.description = q.value(i++).toString();
    a.os = q.value(i++).toString();
    a.architectures = jsoncolumns::toStringList(q.value(i++));
    a.versions = jsoncolumns::toStringList(q.value(i++));
    a.sourceType = q.value(i++).toString();
    a.files = jsoncolumns::toStringList(q.value(i++));
    a.lastUpdated = fromDbTime(q.value(i++));
    a.path = q.value(i++).toString();
    a.sha256 = q.value(i++).toString();
    a.sizeBytes = q.value(i++).toLongLong();
    a.addedAt = fromDbTime(q.value(i++));
    a.drivers = jsoncolumns::toStringList(q.value(i++));
    return a;
}

QVariantList values(const Artifact &a)
{
    return {a.type, a.description, a.os, jsoncolumns::fromStringList(a.architectures),
        jsoncolumns::fromStringList(a.versions), a.sourceType, jsoncolumns::fromStringList(a.files),
        nowDbTime(), a.path, a.sha256, a.sizeBytes,
        a.addedAt.isValid() ? toDbTime(a.addedAt) : nowDbTime(),
        jsoncolumns::fromStringList(a.drivers)};
}

Error notFound(const QString &what)
{
    return Error(Error::Code::NotFound,
        QCoreApplication::translate("ArtifactRepository", "No artifact %1.").arg(what));
}

Status validate(const Artifact &a)
{
    if (a.type.isEmpty())
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("ArtifactRepository", "An artifact needs a type."));
    return {};
}

} // namespace

ArtifactRepository::ArtifactRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{ }

Result<qint64> ArtifactRepository::insert(const Artifact &artifact) const
{
    if (Status st = validate(artifact); !st)
        return st.error();
    const QString uuid = artifact.uuid.isEmpty()
        ? QUuid::createUuid().toString(QUuid::WithoutBraces)
        : artifact.uuid;
    QVariantList v = {uuid};
    v << values(artifact);
    auto q = m_db->exec(
        QStringLiteral("INSERT INTO artifacts (uuid, type, description, os, architectures_json, "
                       "versions_json, source_type, files_json, last_updated, path, sha256, "
                       "size_bytes, added_at, drivers_json) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        v);
    if (!q)
        return describeWriteError(q.error(),
            QCoreApplication::translate(
                "ArtifactRepository", "An artifact with the UUID %1 already exists.")
                .arg(uuid));
    return insertedId(*q);
}

Status ArtifactRepository::update(const Artifact &artifact) const
{
    if (Status st = validate(artifact); !st)
        return st;
    QVariantList v = values(artifact);
    v << artifact.id;
    auto q
        = m_db->exec(QStringLiteral("UPDATE artifacts SET type = ?, description = ?, os = ?, "
                                    "architectures_json = ?, versions_json = ?, source_type = ?, "
                                    "files_json = ?, last_updated = ?, path = ?, sha256 = ?, "
                                    "size_bytes = ?, added_at = ?, drivers_json = ? "
                                    "WHERE id = ?"),
            v);
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return notFound(QString::number(artifact.id));
    return {};
}

Status ArtifactRepository::remove(qint64 id) const
{
    auto q = m_db->exec(QStringLiteral("DELETE FROM artifacts WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return notFound(QString::number(id));
    return {};
}

Result<Artifact> ArtifactRepository::byId(qint64 id) const
{
    auto found = load(QStringLiteral("id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(QString::number(id));
    return found->first();
}

Result<Artifact> ArtifactRepository::byUuid(const QString &uuid) const
{
    auto found = load(QStringLiteral("uuid = ?"), {uuid});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(uuid);
    return found->first();
}

Result<QVector<Artifact>> ArtifactRepository::byType(const QString &type) const
{
    return load(QStringLiteral("type = ?"), {type});
}

Result<QVector<Artifact>> ArtifactRepository::all() const
{
    return load({}, {});
}

Result<QVector<Artifact>> ArtifactRepository::bySha256(const QString &sha256) const
{
    return load(QStringLiteral("sha256 = ?"), {sha256.toLower()});
}

Status ArtifactRepository::addWait(qint64 entryId, const QString &type) const
{
    auto q = m_db->exec(QStringLiteral("DELETE FROM artifact_waits WHERE entry_id = ?"), {entryId});
    if (!q)
        return q.error();
    q = m_db->exec(
        QStringLiteral(
            "INSERT INTO artifact_waits (entry_id, artifact_type, since) VALUES (?, ?, ?)"),
        {entryId, type, nowDbTime()});
    if (!q)
        return q.error();
    return {};
}

Result<QVector<qint64>> ArtifactRepository::waitingEntries(const QString &type) const
{
    auto q = m_db->exec(
        QStringLiteral(
            "SELECT entry_id FROM artifact_waits WHERE artifact_type = ? ORDER BY entry_id"),
        {type});
    if (!q)
        return q.error();
    QVector<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

Status ArtifactRepository::clearWait(qint64 entryId) const
{
    auto q = m_db->exec(QStringLiteral("DELETE FROM artifact_waits WHERE entry_id = ?"), {entryId});
    if (!q)
        return q.error();
    return {};
}

Result<QVector<Artifact>> ArtifactRepository::load(
    const QString &where, const QVariantList &values) const
{
    auto q = m_db->exec(
        QStringLiteral("SELECT %1 FROM artifacts%2 ORDER BY type, description, id")
            .arg(kColumns, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
        values);
    if (!q)
        return q.error();
    QVector<Artifact> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

} // namespace ferry
