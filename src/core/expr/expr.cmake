# The selection language (include_expression, list filters): docs/expressions.md.
ferry_layer(expr DEPENDS model SOURCES
    expr/expression.h expr/expression.cpp
    expr/node.h expr/program.h
    expr/lexer.h expr/lexer.cpp
    expr/parser.h expr/parser.cpp
    expr/fields.h expr/fields.cpp
    expr/builtins.h expr/builtins.cpp
    expr/pattern.h expr/pattern.cpp
    expr/compiler.h expr/compiler.cpp
    expr/evaluator.h expr/evaluator.cpp)
