#include "store/repositorysupport.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ferry::repositorysupport {

QVariant nullableTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(toDbTime(time)) : QVariant();
}

QVariant nullableId(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant();
}

QVariant nullableString(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<QString> optionalString(const QVariant &column)
{
    if (column.isNull())
        return std::nullopt;
    return column.toString();
}

QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QString jsonList(const QVector<qint64> &values)
{
    QJsonArray a;
    for (qint64 v : values)
        a.append(v);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

bool isUniqueViolation(const Error &error)
{
    return error.code == Error::Code::Database
        && (error.details.contains(QLatin1String("UNIQUE constraint failed"))
            || error.details.contains(QLatin1String("violates unique constraint")));
}

bool isForeignKeyViolation(const Error &error)
{
    return error.code == Error::Code::Database
        && (error.details.contains(QLatin1String("FOREIGN KEY constraint failed"))
            || error.details.contains(QLatin1String("violates foreign key constraint")));
}

bool isCheckViolation(const Error &error)
{
    return error.code == Error::Code::Database
        && (error.details.contains(QLatin1String("CHECK constraint failed"))
            || error.details.contains(QLatin1String("violates check constraint")));
}

qint64 insertedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

Error describeWriteError(const Error &error, const QString &alreadyExists,
    const QString &foreignKey, Error::Code foreignKeyCode)
{
    if (!alreadyExists.isEmpty() && isUniqueViolation(error))
        return Error(Error::Code::AlreadyExists, alreadyExists, error.details);
    if (!foreignKey.isEmpty() && isForeignKeyViolation(error))
        return Error(foreignKeyCode, foreignKey, error.details);
    if (isCheckViolation(error))
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("Repository", "A value is outside of its allowed range."),
            error.details);
    return error;
}

} // namespace ferry::repositorysupport
