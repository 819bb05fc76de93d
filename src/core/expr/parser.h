#pragma once

// Internal to the expression engine: builds the syntax tree with expr-lang's precedence.

#include "expr/node.h"

namespace ferry::expr {

struct Diagnostic;
struct Program;

class Parser final
{
public:
    // Parses program.text into program.nodes; the root, or nullptr with `error` set.
    static Node *parse(Program &program, Diagnostic &error);

    // Whether the text parses as a bare name or number (a list filter's location alias).
    static bool isBareWord(Program &program);
};

} // namespace ferry::expr
