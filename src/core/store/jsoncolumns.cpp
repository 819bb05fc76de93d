#include "store/jsoncolumns.h"

#include <QJsonDocument>

namespace ferry::jsoncolumns {

QString fromStringList(const QStringList &list)
{
    return fromArray(QJsonArray::fromStringList(list));
}

QStringList toStringList(const QVariant &column)
{
    QStringList out;
    const QJsonArray a = toArray(column);
    for (const QJsonValue &v : a)
        out << v.toString();
    return out;
}

QString fromObject(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject toObject(const QVariant &column)
{
    return QJsonDocument::fromJson(column.toString().toUtf8()).object();
}

QString fromArray(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray toArray(const QVariant &column)
{
    return QJsonDocument::fromJson(column.toString().toUtf8()).array();
}

} // namespace ferry::jsoncolumns
