#pragma once

// Internal to the expression engine: resolves names, checks types where they are known and
// prepares constant patterns, rewriting the syntax tree into the evaluated one.

namespace ferry::expr {

struct Diagnostic;
struct Program;

class Compiler final
{
public:
    // false with `error` set when the expression cannot be evaluated.
    static bool compile(Program &program, Diagnostic &error);
};

} // namespace ferry::expr
