// Batch YAML: typed readers of a document's fields.
#include "batch/batchyamlfields.h"

#include "batch/batchtime.h"
#include "batch/batchyamlsuggest.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ferry::batch::detail {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BatchYaml)
};

} // namespace

std::optional<Fields> FieldReader::mapping(const YAML::Node &node, const YamlPosition &where,
    const QString &path, const QStringList &allowed)
{
    Fields fields;
    if (node.IsNull())
        return fields;
    const QString what = path.isEmpty() ? Text::tr("the batch") : path;
    if (!node.IsMap()) {
        issue(node.Mark().is_null() ? where : pos(node.Mark()),
            Text::tr("%1 must be a mapping (key: value lines).").arg(what));
        return std::nullopt;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
        Field f;
        f.key = it->first;
        f.value = it->second;
        f.present = true;
        if (!f.key.IsScalar()) {
            issue(pos(f.key.Mark()), Text::tr("Keys in %1 must be plain words.").arg(what));
            continue;
        }
        f.name = QString::fromStdString(f.key.Scalar());
        if (!allowed.contains(f.name)) {
            issue(keyPos(f),
                Text::tr("Unknown key %1 in %2.%3")
                    .arg(quoted(f.name), what, suggestion(f.name, allowed)));
            continue;
        }
        if (fields.contains(f.name)) {
            issue(keyPos(f), Text::tr("The key %1 appears twice in %2.").arg(quoted(f.name), what));
            continue;
        }
        const QString full = path.isEmpty() ? f.name : path + QLatin1Char('.') + f.name;
        record(full, valuePos(f));
        fields.insert(f.name, f);
    }
    return fields;
}

std::optional<QVector<YAML::Node>> FieldReader::list(const Field &f, const QString &path)
{
    QVector<YAML::Node> items;
    if (!f.present || f.value.IsNull())
        return items;
    if (!f.value.IsSequence()) {
        issue(valuePos(f),
            Text::tr("%1 must be a list (lines starting with \"- \", or []).").arg(path));
        return std::nullopt;
    }
    for (auto it = f.value.begin(); it != f.value.end(); ++it)
        items << *it;
    return items;
}

std::optional<QString> FieldReader::text(const Field &f, const QString &path)
{
    if (!f.present || (f.value.IsNull() && f.value.Tag().empty()))
        return std::nullopt;
    if (!f.value.IsScalar() && !f.value.IsNull()) {
        issue(valuePos(f),
            Text::tr("%1 must be text, not a %2.")
                .arg(path, f.value.IsSequence() ? Text::tr("list") : Text::tr("mapping")));
        return std::nullopt;
    }
    return QString::fromStdString(f.value.Scalar());
}

std::optional<bool> FieldReader::boolean(const Field &f, const QString &path)
{
    const auto t = text(f, path);
    if (!t)
        return std::nullopt;
    const QString v = t->toLower();
    if (v == QLatin1String("true"))
        return true;
    if (v == QLatin1String("false"))
        return false;
    issue(valuePos(f), Text::tr("%1 must be true or false, not %2.").arg(path, quoted(*t)));
    return std::nullopt;
}

std::optional<int> FieldReader::integer(const Field &f, const QString &path, int min, int max)
{
    const auto t = text(f, path);
    if (!t)
        return std::nullopt;
    static const QRegularExpression digits(QStringLiteral("^\\+?[0-9]{1,9}$"));
    if (digits.match(*t).hasMatch()) {
        const int v = t->toInt();
        if (v >= min && v <= max)
            return v;
    }
    issue(valuePos(f),
        Text::tr("%1 must be a whole number from %2 to %3, not %4.")
            .arg(path)
            .arg(min)
            .arg(max)
            .arg(quoted(*t)));
    return std::nullopt;
}

std::optional<qint64> FieldReader::duration(const Field &f, const QString &path)
{
    const auto t = text(f, path);
    if (!t)
        return std::nullopt;
    auto ms = parseBatchDuration(*t);
    if (!ms) {
        issue(valuePos(f), Text::tr("%1: %2").arg(path, ms.error().message));
        return std::nullopt;
    }
    return *ms;
}

std::optional<QDateTime> FieldReader::time(const Field &f, const QString &path, bool *unset)
{
    *unset = true;
    const auto t = text(f, path);
    if (!t)
        return std::nullopt;
    auto v = parseBatchTime(*t);
    if (!v) {
        issue(valuePos(f), Text::tr("%1: %2").arg(path, v.error().message));
        *unset = false;
        return std::nullopt;
    }
    *unset = !v->isValid();
    return *v;
}

} // namespace ferry::batch::detail
