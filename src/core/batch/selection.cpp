// The adapter between batches and the selection language. Everything batch/ needs from expr/
// goes through here, so a change in that API is a change in this file only. batch.cmake defines
// FERRY_HAVE_EXPR once the language's sources are part of ferry_core.
#include "batch/selection.h"

#include "model/instance.h"

#include <QCoreApplication>

#ifdef FERRY_HAVE_EXPR
#include "expr/expression.h"
#endif

namespace ferry::batch {

#ifdef FERRY_HAVE_EXPR

struct Selection::Private
{
    QString text;
    expr::Expression expression;
};

Result<Selection> Selection::compile(const QString &text, int *errorOffset)
{
    if (errorOffset)
        *errorOffset = -1;
    expr::Diagnostic where;
    auto compiled = expr::Expression::compile(text, &where);
    if (!compiled) {
        if (errorOffset)
            *errorOffset = where.offset;
        // The position is the caller's business (it knows where the text is); keep the reason.
        return Error(compiled.error().code,
            where.message.isEmpty() ? compiled.error().message : where.message,
            compiled.error().details);
    }
    Selection s;
    s.d = std::make_shared<const Private>(Private {text, std::move(*compiled)});
    return s;
}

Result<bool> Selection::matches(const Instance &instance, const SelectionContext &context) const
{
    expr::EvalContext ctx;
    ctx.source = context.sourceNames.value(instance.sourceId);
    ctx.sourceType = context.sourceTypes.value(instance.sourceId);
    ctx.networkUuids = &context.networkUuids;
    return d->expression.matches(instance, ctx);
}

#else

// Until the selection language is built in: the constant expressions only.
struct Selection::Private
{
    QString text;
    bool value = false;
};

Result<Selection> Selection::compile(const QString &text, int *errorOffset)
{
    if (errorOffset)
        *errorOffset = -1;
    const QString t = text.trimmed();
    if (t != QLatin1String("true") && t != QLatin1String("false")) {
        if (errorOffset)
            *errorOffset = 0;
        return Error(Error::Code::Unsupported,
            QCoreApplication::translate(
                "Selection", "this build understands only the expressions true and false"));
    }
    Selection s;
    s.d = std::make_shared<const Private>(Private {text, t == QLatin1String("true")});
    return s;
}

Result<bool> Selection::matches(const Instance &, const SelectionContext &) const
{
    return d->value;
}

#endif

Selection::Selection()
    : d(std::make_shared<const Private>())
{ }
Selection::~Selection() = default;
Selection::Selection(const Selection &other) = default;
Selection &Selection::operator=(const Selection &other) = default;

QString Selection::text() const
{
    return d->text;
}

} // namespace ferry::batch
