// Batch YAML: "did you mean" suggestions and quoting in messages.
#include "batch/batchyamlsuggest.h"

#include "util/suggest.h"

#include <QCoreApplication>

namespace ferry::batch::detail {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BatchYaml)
};

} // namespace

QString quoted(const QString &s)
{
    return QStringLiteral("\"%1\"").arg(s);
}

QString suggestion(const QString &name, const QStringList &candidates)
{
    const QString c = closestMatch(name, candidates);
    return c.isEmpty() ? QString() : Text::tr(" Did you mean %1?").arg(quoted(c));
}

} // namespace ferry::batch::detail
