#include "expr/parser.h"

#include "expr/expression.h"
#include "expr/lexer.h"
#include "expr/program.h"

#include <QCoreApplication>

namespace ferry::expr {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Expression)
};

struct BinaryInfo
{
    const char *spelling;
    TokKind kind;
    Op op;
    int precedence;
    bool rightAssociative;
};

// expr-lang's table (parser/operator): | 0, or 10, and 15, comparisons 20, + - 30, * / % 60,
// ** ^ 100 (right), ?? 500.
const BinaryInfo kBinary[] = {
    {"||", TokKind::Punct, Op::Or, 10, false},
    {"or", TokKind::Word, Op::Or, 10, false},
    {"&&", TokKind::Punct, Op::And, 15, false},
    {"and", TokKind::Word, Op::And, 15, false},
    {"==", TokKind::Punct, Op::Eq, 20, false},
    {"!=", TokKind::Punct, Op::Ne, 20, false},
    {"<", TokKind::Punct, Op::Lt, 20, false},
    {"<=", TokKind::Punct, Op::Le, 20, false},
    {">", TokKind::Punct, Op::Gt, 20, false},
    {">=", TokKind::Punct, Op::Ge, 20, false},
    {"in", TokKind::Word, Op::In, 20, false},
    {"matches", TokKind::Word, Op::Matches, 20, false},
    {"contains", TokKind::Word, Op::Contains, 20, false},
    {"startsWith", TokKind::Word, Op::StartsWith, 20, false},
    {"endsWith", TokKind::Word, Op::EndsWith, 20, false},
    {"+", TokKind::Punct, Op::Add, 30, false},
    {"-", TokKind::Punct, Op::Sub, 30, false},
    {"*", TokKind::Punct, Op::Mul, 60, false},
    {"/", TokKind::Punct, Op::Div, 60, false},
    {"%", TokKind::Punct, Op::Mod, 60, false},
    {"**", TokKind::Punct, Op::Pow, 100, true},
    {"^", TokKind::Punct, Op::Pow, 100, true},
    {"??", TokKind::Punct, Op::Coalesce, 500, false},
};

constexpr int kComparison = 20;
constexpr int kPipe = 0;

const BinaryInfo *binaryOf(const Token &t)
{
    if (t.kind != TokKind::Punct && t.kind != TokKind::Word)
        return nullptr;
    for (const BinaryInfo &b : kBinary) {
        if (t.kind == b.kind && t.text == QLatin1String(b.spelling))
            return &b;
    }
    return nullptr;
}

bool negatable(const Token &t)
{
    return t.word("in") || t.word("matches") || t.word("contains") || t.word("startsWith")
        || t.word("endsWith");
}

// Functions whose second argument is a predicate (expr-lang's list; the compiler rejects those
// Ferry does not have).
bool takesPredicate(const QString &name, bool &optional)
{
    optional = name == QLatin1String("count") || name == QLatin1String("sum");
    static const char *const names[] = {"all", "none", "any", "one", "filter", "map", "count",
        "sum", "find", "findIndex", "findLast", "findLastIndex", "groupBy", "sortBy", "reduce"};
    for (const char *n : names) {
        if (name == QLatin1String(n))
            return true;
    }
    return false;
}

class Impl
{
public:
    Impl(Program &program, std::vector<Token> &tokens, Diagnostic &error)
        : m_prog(program)
        , m_tokens(tokens)
        , m_error(error)
    { }

    Node *parseAll()
    {
        Node *root = expression(0);
        if (!root)
            return nullptr;
        if (cur().kind != TokKind::End) {
            if (cur().punct(")"))
                return fail(cur(), Text::tr("there is a ')' without a matching '('"));
            if (cur().punct("="))
                return fail(cur(), Text::tr("use == to compare, not ="));
            return fail(cur(),
                Text::tr("expected an operator or the end of the expression, but found %1")
                    .arg(describe(cur())));
        }
        return root;
    }

private:
    const Token &cur() const { return m_tokens[m_pos]; }
    const Token &peek() const { return m_tokens[std::min(m_pos + 1, m_tokens.size() - 1)]; }
    void next()
    {
        if (m_pos + 1 < m_tokens.size())
            ++m_pos;
    }

    Node *fail(const Token &at, const QString &message)
    {
        if (m_error.offset < 0 && m_error.message.isEmpty()) {
            m_error.offset = at.pos;
            m_error.length = std::max(at.len, 1);
            m_error.message = message;
        }
        return nullptr;
    }

    static QString describe(const Token &t)
    {
        switch (t.kind) {
        case TokKind::End:
            return Text::tr("the end of the expression");
        case TokKind::String: {
            QString v = t.text;
            if (v.size() > 24)
                v = v.left(24) + QStringLiteral("…");
            return Text::tr("the text '%1'").arg(v);
        }
        default:
            return QStringLiteral("'%1'").arg(t.text);
        }
    }

    Node *make(Op op, const Token &at) { return m_prog.make(op, at.pos, at.len); }

    bool deepen(Node *n)
    {
        int d = 0;
        auto extend = [&](const Node *k) {
            d = std::max(d, k->depth);
            n->begin = std::min(n->begin, k->begin);
            n->end = std::max(n->end, k->end);
        };
        for (Node *k : {n->a, n->b, n->c}) {
            if (k)
                extend(k);
        }
        for (Node *k : n->args)
            extend(k);
        n->depth = d + 1;
        if (n->depth > Expression::MaxDepth) {
            Token t;
            t.pos = n->pos;
            t.len = n->len;
            fail(t,
                Text::tr("the expression is nested too deeply (more than %1 levels)")
                    .arg(Expression::MaxDepth));
            return false;
        }
        return true;
    }

    struct Nest
    {
        Impl &p;
        bool ok;
        explicit Nest(Impl &parser)
            : p(parser)
            , ok(++parser.m_nesting <= Expression::MaxDepth)
        {
            if (!ok)
                p.fail(p.cur(),
                    Text::tr("the expression is nested too deeply (more than %1 levels)")
                        .arg(Expression::MaxDepth));
        }
        ~Nest() { --p.m_nesting; }
    };

    Node *binary(Op op, const Token &at, Node *l, Node *r)
    {
        if (op == Op::And || op == Op::Or) {
            // n-ary, so long generated chains (a or b or c ...) stay shallow.
            Node *n;
            if (l->op == op && !l->compiled) {
                n = l;
            } else {
                n = make(op, at);
                n->args.push_back(l);
            }
            n->args.push_back(r);
            return deepen(n) ? n : nullptr;
        }
        Node *n = make(op, at);
        n->a = l;
        n->b = r;
        return deepen(n) ? n : nullptr;
    }

    Node *expression(int precedence)
    {
        Nest nest(*this);
        if (!nest.ok)
            return nullptr;
        Node *left = primary();
        if (!left)
            return nullptr;

        while (true) {
            Token opToken = cur();
            bool negate = false;
            Token notToken;
            if (opToken.word("not")) {
                const Token &after = peek();
                if (!negatable(after))
                    return fail(after,
                        Text::tr(
                            "expected in, matches, contains, startsWith or endsWith after 'not', "
                            "but found %1")
                            .arg(describe(after)));
                if (kComparison < precedence)
                    break;
                negate = true;
                notToken = opToken;
                next();
                opToken = cur();
            }
            const BinaryInfo *info = binaryOf(opToken);
            if (opToken.punct("|")) {
                if (kPipe < precedence)
                    break;
                next();
                const Token fn = cur();
                if (fn.kind != TokKind::Name)
                    return fail(fn,
                        Text::tr("expected a function name after '|', but found %1")
                            .arg(describe(fn)));
                next();
                if (!cur().punct("("))
                    return fail(cur(), Text::tr("expected '(' after %1").arg(fn.text));
                left = call(fn, left);
                if (!left)
                    return nullptr;
                continue;
            }
            if (!info || info->precedence < precedence)
                break;
            next();
            if (info->precedence == kComparison) {
                // a < b < c means a < b and b < c, as in expr-lang.
                Node *chain = nullptr;
                Node *lhs = left;
                Token op = opToken;
                const BinaryInfo *opInfo = info;
                while (true) {
                    Node *rhs = operand(op, kComparison + 1);
                    if (!rhs)
                        return nullptr;
                    Node *cmp = binary(opInfo->op, op, lhs, rhs);
                    if (!cmp)
                        return nullptr;
                    if (negate) {
                        Node *n = make(Op::Not, notToken);
                        n->a = cmp;
                        if (!deepen(n))
                            return nullptr;
                        cmp = n;
                        negate = false;
                    }
                    chain = chain ? binary(Op::And, op, chain, cmp) : cmp;
                    if (!chain)
                        return nullptr;
                    const BinaryInfo *more = binaryOf(cur());
                    if (!more || more->precedence != kComparison)
                        break;
                    op = cur();
                    opInfo = more;
                    next();
                    lhs = rhs;
                }
                left = chain;
                continue;
            }
            Node *right = operand(
                opToken, info->rightAssociative ? info->precedence : info->precedence + 1);
            if (!right)
                return nullptr;
            left = binary(info->op, opToken, left, right);
            if (!left)
                return nullptr;
        }

        if (precedence == 0)
            return conditional(left);
        return left;
    }

    // The right operand of an operator, with a message naming the operator when it is missing.
    Node *operand(const Token &op, int precedence)
    {
        if (!startsValue(cur()))
            return fail(cur(),
                Text::tr("expected a value after '%1', but found %2")
                    .arg(op.text, describe(cur())));
        return expression(precedence);
    }

    bool startsValue(const Token &t) const
    {
        switch (t.kind) {
        case TokKind::Name:
        case TokKind::Int:
        case TokKind::Float:
        case TokKind::String:
            return true;
        case TokKind::Word:
            return t.text == QLatin1String("not");
        case TokKind::Punct:
            return t.punct("(") || t.punct("[") || t.punct("!") || t.punct("-") || t.punct("+")
                || t.punct("#") || t.punct(".") || t.punct("{");
        case TokKind::End:
            return false;
        }
        return false;
    }

    Node *conditional(Node *cond)
    {
        while (cur().punct("?")) {
            const Token q = cur();
            next();
            Node *yes;
            Node *no;
            if (cur().punct(":")) {
                // a ?: b is a ? a : b
                next();
                yes = cond;
                no = operand(q, 0);
            } else {
                yes = operand(q, 0);
                if (!yes)
                    return nullptr;
                if (!cur().punct(":"))
                    return fail(cur(),
                        Text::tr("expected ':' in the conditional that starts with '?' at "
                                 "column %1, but found %2")
                            .arg(q.pos + 1)
                            .arg(describe(cur())));
                const Token colon = cur();
                next();
                no = operand(colon, 0);
            }
            if (!no)
                return nullptr;
            Node *n = make(Op::Cond, q);
            n->a = cond;
            n->b = yes;
            n->c = no;
            if (!deepen(n))
                return nullptr;
            cond = n;
        }
        return cond;
    }

    Node *primary()
    {
        const Token t = cur();
        if (t.word("not") || t.punct("!") || t.punct("-") || t.punct("+")) {
            next();
            const bool logical = t.kind == TokKind::Word || t.punct("!");
            if (!startsValue(cur()))
                return fail(cur(),
                    Text::tr("expected a value after '%1', but found %2")
                        .arg(t.text, describe(cur())));
            Node *operandNode = expression(logical ? 50 : 90);
            if (!operandNode)
                return nullptr;
            Node *n = make(logical ? Op::Not : t.punct("-") ? Op::Neg : Op::Plus, t);
            n->a = operandNode;
            if (!deepen(n))
                return nullptr;
            return postfix(n);
        }
        if (t.punct("(")) {
            next();
            if (cur().punct(")"))
                return fail(cur(), Text::tr("expected a value between '(' and ')'"));
            Node *inner = expression(0);
            if (!inner)
                return nullptr;
            if (!cur().punct(")"))
                return fail(cur(),
                    Text::tr("expected ')' to close the '(' at column %1, but found %2")
                        .arg(t.pos + 1)
                        .arg(describe(cur())));
            next();
            return postfix(inner);
        }
        if (t.punct("#") || t.punct(".")) {
            if (m_predicateDepth == 0)
                return fail(t,
                    Text::tr("'%1' stands for the element in a predicate and can only be "
                             "used inside one, as in any(disks, .supported)")
                        .arg(t.text));
            Node *n = make(Op::Pointer, t);
            if (t.punct("#")) {
                next();
                if (cur().kind == TokKind::Name && cur().pos == t.pos + 1) {
                    n->name = cur().text; // #index
                    n->len = 1 + cur().len;
                    next();
                }
            }
            return postfix(n);
        }
        return secondary();
    }

    Node *secondary()
    {
        const Token t = cur();
        Node *n = nullptr;
        switch (t.kind) {
        case TokKind::Name:
            next();
            if (t.text == QLatin1String("true") || t.text == QLatin1String("false")) {
                n = make(Op::Const, t);
                n->k = Value::boolean(t.text == QLatin1String("true"));
                n->type = SType::of(VType::Bool);
            } else if (t.text == QLatin1String("nil")) {
                n = make(Op::Const, t);
                n->type = SType::of(VType::Nil);
            } else if (cur().punct("(")) {
                n = call(t, nullptr);
            } else {
                n = make(Op::Ident, t);
                n->name = t.text;
            }
            break;
        case TokKind::Int:
            next();
            n = make(Op::Const, t);
            n->k = Value::integer(t.i);
            n->type = SType::of(VType::Int);
            break;
        case TokKind::Float:
            next();
            n = make(Op::Const, t);
            n->k = Value::real(t.f);
            n->type = SType::of(VType::Float);
            break;
        case TokKind::String:
            next();
            n = make(Op::Const, t);
            n->name = t.text; // owns the text the constant views
            n->k = Value::text(t.text);
            n->type = SType::of(VType::String);
            break;
        case TokKind::Word:
            return fail(t, Text::tr("expected a value, but found the operator '%1'").arg(t.text));
        case TokKind::End:
            return fail(t, Text::tr("expected a value, but the expression ends here"));
        case TokKind::Punct:
            if (t.punct("["))
                n = arrayLiteral();
            else if (t.punct("{"))
                return fail(t, Text::tr("map literals ({...}) are not supported"));
            else if (t.punct(")"))
                return fail(t, Text::tr("expected a value, but found ')'"));
            else
                return fail(t, Text::tr("expected a value, but found %1").arg(describe(t)));
            break;
        }
        if (!n)
            return nullptr;
        return postfix(n);
    }

    Node *arrayLiteral()
    {
        const Token open = cur();
        next();
        Node *n = make(Op::ArrayLit, open);
        while (!cur().punct("]")) {
            if (!n->args.empty()) {
                if (!cur().punct(","))
                    return fail(cur(),
                        Text::tr("expected ',' or ']' in the list that starts at column %1, but "
                                 "found %2")
                            .arg(open.pos + 1)
                            .arg(describe(cur())));
                next();
                if (cur().punct("]"))
                    break; // trailing comma
            }
            if (!startsValue(cur()))
                return fail(cur(),
                    Text::tr("expected a value in the list that starts at column %1, but "
                             "found %2")
                        .arg(open.pos + 1)
                        .arg(describe(cur())));
            Node *item = expression(0);
            if (!item)
                return nullptr;
            n->args.push_back(item);
        }
        next();
        return deepen(n) ? n : nullptr;
    }

    Node *postfix(Node *n)
    {
        while (true) {
            const Token t = cur();
            if (t.punct(".") || t.punct("?.")) {
                next();
                const Token nameTok = cur();
                if (nameTok.kind != TokKind::Name && nameTok.kind != TokKind::Word)
                    return fail(nameTok,
                        Text::tr("expected a field name after '%1', but found %2")
                            .arg(t.text, describe(nameTok)));
                next();
                if (cur().punct("("))
                    return fail(cur(),
                        Text::tr("methods such as .%1() are not supported; use the "
                                 "functions instead")
                            .arg(nameTok.text));
                Node *m = make(Op::Member, nameTok);
                m->a = n;
                m->name = nameTok.text;
                if (!deepen(m))
                    return nullptr;
                n = m;
            } else if (t.punct("[")) {
                next();
                if (cur().punct(":"))
                    return fail(cur(), Text::tr("slices ([a:b]) are not supported"));
                if (!startsValue(cur()))
                    return fail(cur(),
                        Text::tr("expected an index after '[', but found %1").arg(describe(cur())));
                Node *index = expression(0);
                if (!index)
                    return nullptr;
                if (cur().punct(":"))
                    return fail(cur(), Text::tr("slices ([a:b]) are not supported"));
                if (!cur().punct("]"))
                    return fail(cur(),
                        Text::tr("expected ']' after the index that starts at column %1, "
                                 "but found %2")
                            .arg(t.pos + 1)
                            .arg(describe(cur())));
                next();
                Node *m = make(Op::Index, t);
                m->a = n;
                m->b = index;
                if (!deepen(m))
                    return nullptr;
                n = m;
            } else {
                return n;
            }
        }
    }

    // name(...) with the current token at '('; `first` is the left side of a pipe.
    Node *call(const Token &nameTok, Node *first)
    {
        next(); // (
        Node *n = make(Op::Call, nameTok);
        n->name = nameTok.text;
        if (first)
            n->args.push_back(first);
        bool predicateOptional = false;
        const bool predicate = takesPredicate(nameTok.text, predicateOptional);
        while (!cur().punct(")")) {
            if (n->args.size() > (first ? 1u : 0u)) {
                if (!cur().punct(","))
                    return fail(cur(),
                        Text::tr("expected ')' after the arguments of %1, but found %2")
                            .arg(nameTok.text, describe(cur())));
                next();
                if (cur().punct(")"))
                    break; // trailing comma
            }
            const bool isPredicate = predicate && n->args.size() == 1;
            if (isPredicate) {
                Node *body = predicateBody();
                if (!body)
                    return nullptr;
                n->args.push_back(body);
                continue;
            }
            if (!startsValue(cur()))
                return fail(cur(),
                    Text::tr("expected an argument of %1, but found %2")
                        .arg(nameTok.text, describe(cur())));
            Node *arg = expression(0);
            if (!arg)
                return nullptr;
            n->args.push_back(arg);
        }
        if (predicate && n->args.size() < 2 && !predicateOptional)
            return fail(cur(),
                Text::tr("%1 needs a list and a predicate, as in %1(disks, .supported)")
                    .arg(nameTok.text));
        next();
        return deepen(n) ? n : nullptr;
    }

    Node *predicateBody()
    {
        const Token start = cur();
        const bool braces = start.punct("{");
        if (braces)
            next();
        if (!startsValue(cur()) || (cur().punct("{")))
            return fail(cur(), Text::tr("expected a predicate, but found %1").arg(describe(cur())));
        ++m_predicateDepth;
        Node *body = expression(0);
        --m_predicateDepth;
        if (!body)
            return nullptr;
        if (braces) {
            if (!cur().punct("}"))
                return fail(cur(),
                    Text::tr("expected '}' to close the '{' at column %1, but found %2")
                        .arg(start.pos + 1)
                        .arg(describe(cur())));
            next();
        }
        return body;
    }

    Program &m_prog;
    std::vector<Token> &m_tokens;
    Diagnostic &m_error;
    size_t m_pos = 0;
    int m_nesting = 0;
    int m_predicateDepth = 0;
};

} // namespace

Node *Parser::parse(Program &program, Diagnostic &error)
{
    std::vector<Token> tokens;
    if (!Lexer::tokenize(program.text, tokens, error))
        return nullptr;
    if (tokens.size() == 1) {
        error.offset = 0;
        error.length = 0;
        error.message = Text::tr("the expression is empty");
        return nullptr;
    }
    Impl impl(program, tokens, error);
    return impl.parseAll();
}

bool Parser::isBareWord(Program &program)
{
    Diagnostic ignored;
    Node *root = parse(program, ignored);
    return root
        && (root->op == Op::Ident
            || (root->op == Op::Const
                && (root->type.is(VType::Int) || root->type.is(VType::Float))));
}

} // namespace ferry::expr
