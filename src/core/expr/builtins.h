#pragma once

// Internal to the expression engine: the functions an expression can call.

#include <QStringList>

namespace ferry::expr {

enum class Fn : quint8 {
    Len,
    Lower,
    Upper,
    Trim,
    TrimPrefix,
    TrimSuffix,
    Split,
    Join,
    HasPrefix,
    HasSuffix,
    First,
    Last,
    Any,
    All,
    None,
    One,
    Filter,
    Map,
    Count,
    PathBase,
    PathDir,
    HasTag,
    MatchesTag,
    Count_,
};

struct FnInfo
{
    const char *name;
    int minArgs;
    int maxArgs;
    bool predicate; // the second argument is a predicate over the first (a list)
    const char *usage; // for messages and completion
};

const FnInfo &fnInfo(Fn fn);
int findFn(QStringView name); // -1 when unknown
QStringList fnNames();

} // namespace ferry::expr
