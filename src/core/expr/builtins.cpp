#include "expr/builtins.h"

namespace ferry::expr {

namespace {

const FnInfo kFns[int(Fn::Count_)] = {
    {"len", 1, 1, false, "len(value)"},
    {"lower", 1, 1, false, "lower(text)"},
    {"upper", 1, 1, false, "upper(text)"},
    {"trim", 1, 2, false, "trim(text[, characters])"},
    {"trimPrefix", 2, 2, false, "trimPrefix(text, prefix)"},
    {"trimSuffix", 2, 2, false, "trimSuffix(text, suffix)"},
    {"split", 2, 3, false, "split(text, separator[, n])"},
    {"join", 1, 2, false, "join(list[, separator])"},
    {"hasPrefix", 2, 2, false, "hasPrefix(text, prefix)"},
    {"hasSuffix", 2, 2, false, "hasSuffix(text, suffix)"},
    {"first", 1, 1, false, "first(list)"},
    {"last", 1, 1, false, "last(list)"},
    {"any", 2, 2, true, "any(list, predicate)"},
    {"all", 2, 2, true, "all(list, predicate)"},
    {"none", 2, 2, true, "none(list, predicate)"},
    {"one", 2, 2, true, "one(list, predicate)"},
    {"filter", 2, 2, true, "filter(list, predicate)"},
    {"map", 2, 2, true, "map(list, expression)"},
    {"count", 1, 2, true, "count(list[, predicate])"},
    {"path_base", 1, 1, false, "path_base(path)"},
    {"path_dir", 1, 1, false, "path_dir(path)"},
    {"has_tag", 2, 2, false, "has_tag(category, tag)"},
    {"matches_tag", 2, 2, false, "matches_tag(category, pattern)"},
};

} // namespace

const FnInfo &fnInfo(Fn fn)
{
    return kFns[int(fn)];
}

int findFn(QStringView name)
{
    for (int i = 0; i < int(Fn::Count_); ++i) {
        if (name == QLatin1String(kFns[i].name))
            return i;
    }
    return -1;
}

QStringList fnNames()
{
    QStringList out;
    for (const FnInfo &f : kFns)
        out << QLatin1String(f.name);
    return out;
}

} // namespace ferry::expr
