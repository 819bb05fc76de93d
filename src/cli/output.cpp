#include "output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace ferry::cli {

namespace {

QString cellText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray a = v.toArray();
        for (const QJsonValue &e : a)
            parts << cellText(e);
        return parts.join(QLatin1String(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

void emitYaml(YAML::Emitter &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        out << YAML::BeginMap;
        for (auto it = o.begin(); it != o.end(); ++it) {
            out << YAML::Key << it.key().toStdString() << YAML::Value;
            emitYaml(out, it.value());
        }
        out << YAML::EndMap;
        break;
    }
    case QJsonValue::Array: {
        out << YAML::BeginSeq;
        const QJsonArray a = v.toArray();
        for (const QJsonValue &e : a)
            emitYaml(out, e);
        out << YAML::EndSeq;
        break;
    }
    case QJsonValue::Bool:
        out << v.toBool();
        break;
    case QJsonValue::Double:
        out << cellText(v).toStdString();
        break;
    case QJsonValue::String: {
        const std::string s = v.toString().toStdString();
        // Quote strings that YAML would otherwise read as another type.
        out << ((s.empty() || s == "true" || s == "false" || s == "null" || s == "~"
                    || s.find_first_not_of("0123456789.-+e") == std::string::npos)
                ? YAML::DoubleQuoted
                : YAML::Auto)
            << s;
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out << YAML::Null;
        break;
    }
}

} // namespace

QString renderTable(const QStringList &headers, const QVector<QStringList> &rows)
{
    QVector<int> widths;
    for (const QString &h : headers)
        widths << int(h.size());
    for (const QStringList &r : rows)
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(r[i].size()));

    QString sep = QStringLiteral("+");
    for (int w : std::as_const(widths))
        sep += QString(w + 2, QLatin1Char('-')) + QLatin1Char('+');
    sep += QLatin1Char('\n');

    QString out = sep + QLatin1Char('|');
    for (int i = 0; i < headers.size(); ++i) {
        const int pad = widths[i] - int(headers[i].size());
        out += QString(1 + pad / 2, QLatin1Char(' ')) + headers[i]
            + QString(1 + pad - pad / 2, QLatin1Char(' ')) + QLatin1Char('|');
    }
    out += QLatin1Char('\n') + sep;
    for (const QStringList &r : rows) {
        out += QLatin1Char('|');
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = i < r.size() ? r[i] : QString();
            out += QLatin1Char(' ') + cell.leftJustified(widths[i]) + QStringLiteral(" |");
        }
        out += QLatin1Char('\n') + sep;
    }
    return out;
}

QString render(const Table &table, Format format)
{
    if (format == Format::Table) {
        QVector<QStringList> rows;
        for (const QJsonArray &r : table.rows) {
            QStringList cells;
            for (const QJsonValue &v : r)
                cells << cellText(v);
            rows << cells;
        }
        return renderTable(table.headers, rows);
    }
    QJsonArray list;
    for (const QJsonArray &r : table.rows) {
        QJsonObject o;
        for (int i = 0; i < table.keys.size() && i < r.size(); ++i)
            o.insert(table.keys[i], r[i]);
        list.append(o);
    }
    if (format == Format::Json)
        return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    return toYaml(list);
}

QString renderObject(const QJsonObject &object, Format format)
{
    switch (format) {
    case Format::Json:
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    case Format::Yaml:
        return toYaml(object);
    case Format::Table:
        break;
    }
    QString out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject() || it.value().isArray())
            out += it.key() + QStringLiteral(":\n")
                + toYaml(it.value())
                      .replace(QRegularExpression(QStringLiteral("(?m)^")), QStringLiteral("  "));
        else
            out += QStringLiteral("%1: %2\n").arg(it.key(), cellText(it.value()));
    }
    return out;
}

QString toYaml(const QJsonValue &value)
{
    YAML::Emitter out;
    if (value.isArray() && value.toArray().isEmpty())
        return QStringLiteral("[]\n");
    if (value.isObject() && value.toObject().isEmpty())
        return QStringLiteral("{}\n");
    emitYaml(out, value);
    return QString::fromStdString(out.c_str()) + QLatin1Char('\n');
}

} // namespace ferry::cli
