#pragma once

#include "store/database.h"
#include "util/result.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <optional>

// Small helpers shared by the repositories of the store layer; not used outside store/.
namespace ferry::repositorysupport {

// NULL for an invalid time, the database text otherwise.
QVariant nullableTime(const QDateTime &time);
// NULL for 0, the model's "no reference".
QVariant nullableId(qint64 id);
QVariant nullableString(const std::optional<QString> &value);
std::optional<QString> optionalString(const QVariant &column);

// A JSON array text to bind to "... IN (SELECT value FROM json_each(?))": one parameter for any
// number of values, so a list of 10,000 ids never hits SQLite's limit on bound parameters.
QString jsonList(const QStringList &values);
QString jsonList(const QVector<qint64> &values);

// The id an "INSERT ... RETURNING id" wrote (both engines; QPSQL has no lastInsertId()).
qint64 insertedId(QSqlQuery &query);

// "UNIQUE constraint failed", "FOREIGN KEY constraint failed", "CHECK constraint failed", as
// SQLite reports them in the details of a failed statement; PostgreSQL's "violates unique
// constraint", "violates foreign key constraint", "violates check constraint".
bool isUniqueViolation(const Error &error);
bool isForeignKeyViolation(const Error &error);
bool isCheckViolation(const Error &error);

// Turns a failed write into an error people understand, keeping the SQL text in the details:
// a UNIQUE failure becomes AlreadyExists with `alreadyExists`, a FOREIGN KEY failure becomes
// `foreignKeyCode` with `foreignKey` (NotFound when writing a reference to a missing row,
// Conflict when deleting a row that is still referenced), a CHECK failure InvalidInput.
// Other errors pass through unchanged; an empty message leaves that kind unchanged too.
Error describeWriteError(const Error &error, const QString &alreadyExists,
    const QString &foreignKey = {}, Error::Code foreignKeyCode = Error::Code::NotFound);

// Saves every record in one transaction with `saveOne` and gives their ids in order; a failure
// rolls them all back.
template<typename Record>
Result<QVector<qint64>> saveAllInTransaction(const Database &db, const QVector<Record> &records,
    Result<qint64> (*saveOne)(QSqlDatabase &, const Record &))
{
    QVector<qint64> ids;
    ids.reserve(records.size());
    Status st = db.transaction([&](QSqlDatabase &c) -> Status {
        for (const Record &record : records) {
            auto saved = saveOne(c, record);
            if (!saved)
                return saved.error();
            ids << *saved;
        }
        return {};
    });
    if (!st)
        return st.error();
    return ids;
}

} // namespace ferry::repositorysupport
