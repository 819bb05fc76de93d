#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ferry::cli {

enum class Format { Table, Json, Yaml };

// A list for people (a boxed table, as the reference CLI prints) and, from the same data, a JSON
// or YAML document for scripts. Keys are the snake_case names scripts rely on.
struct Table
{
    QStringList headers; // shown in table mode
    QStringList keys; // JSON/YAML keys, same order as headers
    QVector<QJsonArray> rows;
};

QString renderTable(const QStringList &headers, const QVector<QStringList> &rows);
QString render(const Table &table, Format format);
// A single object (show commands): JSON/YAML as is; table mode prints "Key: value" lines.
QString renderObject(const QJsonObject &object, Format format);
QString toYaml(const QJsonValue &value);

} // namespace ferry::cli
