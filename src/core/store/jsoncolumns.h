#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

// Small helpers for the JSON text columns.
namespace ferry::jsoncolumns {

QString fromStringList(const QStringList &list);
QStringList toStringList(const QVariant &column);
QString fromObject(const QJsonObject &object);
QJsonObject toObject(const QVariant &column);
QString fromArray(const QJsonArray &array);
QJsonArray toArray(const QVariant &column);

} // namespace ferry::jsoncolumns
