#pragma once

#include "batch/batchyaml.h"
#include "batch/batchyamlsource.h"

#include <yaml-cpp/yaml.h>

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace ferry::batch::detail {

struct Field
{
    YAML::Node key;
    YAML::Node value;
    QString name;
    bool present = false;
};

using Fields = QHash<QString, Field>;

// Typed reading of a document's fields: mappings with known keys, lists and scalars, each
// problem reported as an issue at its place rather than stopping at the first.
class FieldReader
{
public:
    FieldReader(const QByteArray &text, ParsedBatch &out)
        : m_source(text)
        , m_out(out)
    { }

protected:
    // --- positions
    YamlPosition pos(const YAML::Mark &mark) const { return m_source.pos(mark); }
    YamlPosition keyPos(const Field &f) const { return pos(f.key.Mark()); }
    // Where a value is; a missing value (key with nothing after it) is reported at its key.
    YamlPosition valuePos(const Field &f) const
    {
        return f.value.IsNull() && f.value.Tag().empty() ? keyPos(f) : pos(f.value.Mark());
    }
    // The place of the character `offset` (0-based, in the decoded text) of a scalar value.
    YamlPosition insideScalar(const Field &f, int offset) const
    {
        return m_source.insideScalar(valuePos(f), offset);
    }

    void issue(const YamlPosition &p, const QString &message)
    {
        m_out.issues << YamlIssue {p.line, p.column, message};
    }
    void record(const QString &path, const YamlPosition &p) { m_out.positions.insert(path, p); }

    // --- structure
    std::optional<Fields> mapping(const YAML::Node &node, const YamlPosition &where,
        const QString &path, const QStringList &allowed);
    std::optional<QVector<YAML::Node>> list(const Field &f, const QString &path);

    // --- scalars (nullopt: absent, empty or wrong; wrong ones are reported)
    std::optional<QString> text(const Field &f, const QString &path);
    std::optional<bool> boolean(const Field &f, const QString &path);
    std::optional<int> integer(const Field &f, const QString &path, int min, int max);
    std::optional<qint64> duration(const Field &f, const QString &path);
    std::optional<QDateTime> time(const Field &f, const QString &path, bool *unset);

    YamlSource m_source;
    ParsedBatch &m_out;
};

} // namespace ferry::batch::detail
