#pragma once

// Internal to the expression engine: a compiled expression.

#include "expr/node.h"

#include <deque>

namespace ferry::expr {

struct Diagnostic;

struct Program
{
    QString text;
    std::deque<Node> nodes; // stable addresses
    Node *root = nullptr;
    bool locationAlias = false;

    Node *make(Op op, int pos, int len)
    {
        nodes.emplace_back();
        Node *n = &nodes.back();
        n->op = op;
        n->pos = pos;
        n->len = len;
        n->begin = pos;
        n->end = pos + len;
        return n;
    }
};

// Fills in line and column from the offset.
void locate(const QString &text, Diagnostic &d);

} // namespace ferry::expr
