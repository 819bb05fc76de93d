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
                     "source_type, files_json, last_updated");

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
    return a;
}

QVariantList values(const Artifact &a)
{
    return {a.type, a.description, a.os, jsoncolumns::fromStringList(a.architectures),
        jsoncolumns::fromStringList(a.versions), a.sourceType, jsoncolumns::fromStringList(a.files),
        nowDbTime()};
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
                       "versions_json, source_type, files_json, last_updated) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
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
                                    "files_json = ?, last_updated = ? WHERE id = ?"),
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
