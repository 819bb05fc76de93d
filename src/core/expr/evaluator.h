#pragma once

// Internal to the expression engine: evaluates a compiled tree against one instance.

#include "util/result.h"

namespace ferry {
struct Instance;
}

namespace ferry::expr {

struct EvalContext;
struct Program;

class Evaluator final
{
public:
    static Result<bool> run(
        const Program &program, const Instance &instance, const EvalContext &context);
};

} // namespace ferry::expr
