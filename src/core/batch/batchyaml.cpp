// Batch YAML: the parsed result and its issues. The parts live beside this file: positions
// (batchyamlsource), typed readers (batchyamlfields), the schema (batchyamlschema), suggestions
// (batchyamlsuggest), writing (batchyamlwriter) and times (batchtime).
#include "batch/batchyaml.h"

#include "batch/batchconfig.h"
#include "batch/batchyamlschema.h"

#include <QCoreApplication>

#include <algorithm>

namespace ferry::batch {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BatchYaml)
};

} // namespace

QString YamlIssue::toString() const
{
    return QCoreApplication::translate("BatchYaml", "line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(message);
}

Error ParsedBatch::error() const
{
    if (issues.isEmpty())
        return Error(Error::Code::Internal, Text::tr("The batch has no problem."));
    QStringList all;
    for (const YamlIssue &i : issues)
        all << i.toString();
    return Error(Error::Code::InvalidInput, issues.first().toString(),
        issues.size() > 1 ? all.join(QLatin1String("; ")) : QString());
}

YamlPosition ParsedBatch::positionOf(const QString &path) const
{
    QString p = path;
    while (!p.isEmpty()) {
        const auto it = positions.constFind(p);
        if (it != positions.constEnd())
            return *it;
        const int dot = int(p.lastIndexOf(QLatin1Char('.')));
        const int bracket = int(p.lastIndexOf(QLatin1Char('[')));
        const int cut = std::max(dot, bracket);
        p = cut > 0 ? p.left(cut) : QString();
    }
    return {1, 1};
}

YamlIssue ParsedBatch::issueAt(const QString &path, const QString &message) const
{
    const YamlPosition p = positionOf(path);
    return YamlIssue {p.line, p.column, message};
}

ParsedBatch parseBatchYaml(const QByteArray &yaml, const YamlContext &context)
{
    ParsedBatch out;
    out.document.batch.includeExpression = QStringLiteral("false");
    out.document.batch.config = BatchConfig().toJson();
    detail::SchemaReader(yaml, context, out).run();
    std::stable_sort(
        out.issues.begin(), out.issues.end(), [](const YamlIssue &a, const YamlIssue &b) {
            return a.line != b.line ? a.line < b.line : a.column < b.column;
        });
    return out;
}

} // namespace ferry::batch
