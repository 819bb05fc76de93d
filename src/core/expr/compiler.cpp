#include "expr/compiler.h"

#include "expr/builtins.h"
#include "expr/expression.h"
#include "expr/fields.h"
#include "expr/pattern.h"
#include "expr/program.h"
#include "util/suggest.h"

#include <QCoreApplication>

#include <algorithm>

namespace ferry::expr {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Expression)
};

QString describe(const SType &t)
{
    return typeDescription(t.type, t.obj);
}

bool isNumber(const SType &t)
{
    return t.type == VType::Int || t.type == VType::Float;
}

// Known to be something else than `want` (nil and "known at run time only" pass).
bool clearlyNot(const SType &t, VType want)
{
    return t.type != want && t.type != VType::Any && t.type != VType::Nil;
}

bool clearlyNotNumber(const SType &t)
{
    return !isNumber(t) && t.type != VType::Any && t.type != VType::Nil;
}

QString opName(Op op)
{
    switch (op) {
    case Op::Eq:
        return QStringLiteral("==");
    case Op::Ne:
        return QStringLiteral("!=");
    case Op::Lt:
        return QStringLiteral("<");
    case Op::Le:
        return QStringLiteral("<=");
    case Op::Gt:
        return QStringLiteral(">");
    case Op::Ge:
        return QStringLiteral(">=");
    case Op::In:
        return QStringLiteral("in");
    case Op::Contains:
        return QStringLiteral("contains");
    case Op::StartsWith:
        return QStringLiteral("startsWith");
    case Op::EndsWith:
        return QStringLiteral("endsWith");
    case Op::Matches:
        return QStringLiteral("matches");
    case Op::Add:
        return QStringLiteral("+");
    case Op::Sub:
        return QStringLiteral("-");
    case Op::Mul:
        return QStringLiteral("*");
    case Op::Div:
        return QStringLiteral("/");
    case Op::Mod:
        return QStringLiteral("%");
    case Op::Pow:
        return QStringLiteral("**");
    case Op::And:
        return QStringLiteral("and");
    case Op::Or:
        return QStringLiteral("or");
    case Op::Not:
        return QStringLiteral("not");
    default:
        return QString();
    }
}

class Impl
{
public:
    Impl(Program &program, Diagnostic &error)
        : m_prog(program)
        , m_error(error)
    { }

    bool run()
    {
        Node *root = m_prog.root;
        if (!compile(root))
            return false;
        const SType &t = root->type;
        if (t.type != VType::Bool && t.type != VType::Any) {
            m_error.offset = 0;
            m_error.length = int(m_prog.text.size());
            m_error.message = Text::tr("the expression must be true or false, but it gives %1")
                                  .arg(describe(t));
            return false;
        }
        return true;
    }

private:
    // At the node's token (an operator, a name), or with `whole` at the node with its operands.
    bool fail(const Node *at, const QString &message, bool whole = false)
    {
        if (m_error.message.isEmpty()) {
            m_error.offset = whole ? at->begin : at->pos;
            m_error.length = std::max(whole ? at->end - at->begin : at->len, 1);
            m_error.message = message;
        }
        return false;
    }

    bool compile(Node *n)
    {
        if (n->compiled)
            return true; // shared by a chained comparison
        const bool ok = compileNode(n);
        n->compiled = ok;
        return ok;
    }

    bool compileNode(Node *n)
    {
        switch (n->op) {
        case Op::Const:
            if (n->type.is(VType::String))
                n->k = Value::view(n->name); // no reference counting when read
            return true;
        case Op::Ident:
            return ident(n);
        case Op::Pointer:
            return pointer(n);
        case Op::Member:
            return member(n);
        case Op::Index:
            return index(n);
        case Op::Call:
            return call(n);
        case Op::ArrayLit:
            return arrayLiteral(n);
        case Op::Not: {
            if (!compile(n->a))
                return false;
            if (clearlyNot(n->a->type, VType::Bool))
                return fail(n,
                    Text::tr("'%1' needs true or false, but gets %2")
                        .arg(n->len == 1 ? QStringLiteral("!") : QStringLiteral("not"),
                            describe(n->a->type)));
            n->type = SType::of(VType::Bool);
            return true;
        }
        case Op::Neg:
        case Op::Plus: {
            if (!compile(n->a))
                return false;
            if (clearlyNotNumber(n->a->type))
                return fail(n,
                    Text::tr("'%1' needs a number, but gets %2")
                        .arg(n->op == Op::Neg ? QStringLiteral("-") : QStringLiteral("+"),
                            describe(n->a->type)));
            n->type = n->a->type.type == VType::Nil ? SType::of(VType::Any) : n->a->type;
            if (n->a->op == Op::Const && n->a->k.isNumber()) {
                // Fold -1, so indexes and comparisons read a constant.
                Value v = n->a->k;
                if (n->op == Op::Neg) {
                    if (v.type == VType::Int)
                        v.i = qint64(0ULL - quint64(v.i));
                    else
                        v.f = -v.f;
                }
                n->op = Op::Const;
                n->k = v;
                n->a = nullptr;
            }
            return true;
        }
        case Op::And:
        case Op::Or:
            for (Node *arg : n->args) {
                if (!compile(arg))
                    return false;
                if (clearlyNot(arg->type, VType::Bool))
                    return fail(n,
                        Text::tr("'%1' needs true or false on both sides, but one side is %2")
                            .arg(opName(n->op), describe(arg->type)));
            }
            n->type = SType::of(VType::Bool);
            return true;
        case Op::Cond:
            if (!compile(n->a) || !compile(n->b) || !compile(n->c))
                return false;
            if (clearlyNot(n->a->type, VType::Bool))
                return fail(n,
                    Text::tr("the condition before '?' must be true or false, but it is %1")
                        .arg(describe(n->a->type)));
            n->type = n->b->type == n->c->type ? n->b->type : SType::of(VType::Any);
            return true;
        case Op::Coalesce:
            if (!compile(n->a) || !compile(n->b))
                return false;
            n->type = n->a->type == n->b->type ? n->a->type : SType::of(VType::Any);
            return true;
        case Op::Eq:
        case Op::Ne:
            if (!compile(n->a) || !compile(n->b))
                return false;
            n->type = SType::of(VType::Bool);
            return true;
        case Op::Lt:
        case Op::Le:
        case Op::Gt:
        case Op::Ge:
            return ordering(n);
        case Op::In:
            return in(n);
        case Op::Contains:
        case Op::StartsWith:
        case Op::EndsWith:
        case Op::Matches:
            return textOperator(n);
        case Op::Add:
        case Op::Sub:
        case Op::Mul:
        case Op::Div:
        case Op::Mod:
        case Op::Pow:
            return arithmetic(n);
        default:
            return fail(n, Text::tr("internal error: unexpected node"));
        }
    }

    bool ident(Node *n)
    {
        const int id = findField(ObjKind::None, n->name);
        if (id < 0) {
            const int fn = findFn(n->name);
            if (fn >= 0)
                return fail(n,
                    Text::tr("%1 is a function: call it as %2")
                        .arg(n->name, QLatin1String(fnInfo(Fn(fn)).usage)));
            const QStringList known = fieldNamesOf(ObjKind::None);
            const QString guess = closestMatch(n->name, known);
            if (!guess.isEmpty())
                return fail(n,
                    Text::tr("unknown field '%1'; did you mean '%2'? The fields are: %3")
                        .arg(n->name, guess, known.join(QStringLiteral(", "))));
            return fail(n,
                Text::tr("unknown field '%1'; the fields are: %2")
                    .arg(n->name, known.join(QStringLiteral(", "))));
        }
        n->op = Op::Field;
        n->field = quint8(id);
        n->type = fieldInfo(id).type;
        return true;
    }

    bool pointer(Node *n)
    {
        if (m_scope.empty())
            return fail(n, Text::tr("'#' can only be used inside a predicate"));
        if (n->name.isEmpty()) {
            n->op = Op::Element;
            n->type = m_scope.back();
            return true;
        }
        if (n->name == QLatin1String("index")) {
            n->op = Op::ElementIndex;
            n->type = SType::of(VType::Int);
            return true;
        }
        return fail(n,
            Text::tr("unknown #%1: inside a predicate, # is the element and #index its "
                     "position")
                .arg(n->name));
    }

    bool member(Node *n)
    {
        if (!compile(n->a))
            return false;
        const SType &t = n->a->type;
        if (t.type == VType::Object && t.obj != ObjKind::None) {
            const int id = findField(t.obj, n->name);
            if (id < 0) {
                const QStringList known = fieldNamesOf(t.obj);
                const QString guess = closestMatch(n->name, known);
                QString msg = guess.isEmpty()
                    ? Text::tr("%1 has no field '%2'; its fields are: %3")
                          .arg(kindName(t.obj), n->name, known.join(QStringLiteral(", ")))
                    : Text::tr("%1 has no field '%2'; did you mean '%3'? Its fields are: %4")
                          .arg(kindName(t.obj), n->name, guess, known.join(QStringLiteral(", ")));
                return fail(n, msg);
            }
            n->op = Op::ObjField;
            n->field = quint8(id);
            n->type = fieldInfo(id).type;
            return true;
        }
        if (t.type == VType::Map) {
            Node *key = m_prog.make(Op::Const, n->pos, n->len);
            key->type = SType::of(VType::String);
            key->k = Value::view(n->name);
            key->compiled = true;
            n->b = key;
            n->op = Op::ConfigGet;
            n->type = SType::of(VType::String);
            return true;
        }
        if (t.type == VType::Any || t.type == VType::Nil) {
            n->op = Op::DynMember;
            n->type = SType::of(VType::Any);
            return true;
        }
        if (t.type == VType::Array)
            return fail(n,
                Text::tr("a list has no field '%1': use an index, as in disks[0].%1, or a "
                         "predicate, as in any(disks, .%1 ...)")
                    .arg(n->name));
        return fail(n, Text::tr("cannot read the field '%1' of %2").arg(n->name, describe(t)));
    }

    bool index(Node *n)
    {
        if (!compile(n->a) || !compile(n->b))
            return false;
        const SType &t = n->a->type;
        const SType &k = n->b->type;
        switch (t.type) {
        case VType::Array:
            if (clearlyNotNumber(k))
                return fail(n->b,
                    Text::tr("a list index must be a number, but this is %1").arg(describe(k)),
                    true);
            n->type = t.element();
            return true;
        case VType::Map:
            if (clearlyNot(k, VType::String))
                return fail(n->b,
                    Text::tr("a config key must be text, but this is %1").arg(describe(k)), true);
            n->op = Op::ConfigGet;
            n->type = SType::of(VType::String);
            return true;
        case VType::String:
            if (clearlyNotNumber(k))
                return fail(n->b,
                    Text::tr("a text index must be a number, but this is %1").arg(describe(k)),
                    true);
            n->type = SType::of(VType::String);
            return true;
        case VType::Any:
        case VType::Nil:
            n->type = SType::of(VType::Any);
            return true;
        default:
            return fail(n, Text::tr("%1 cannot be indexed with [...]").arg(describe(t)));
        }
    }

    bool arrayLiteral(Node *n)
    {
        bool allConst = true;
        for (size_t i = 0; i < n->args.size(); ++i) {
            Node *e = n->args[i];
            if (!compile(e))
                return false;
            allConst = allConst && e->op == Op::Const;
        }
        SType elem = n->args.empty() ? SType::of(VType::Any) : n->args.front()->type;
        for (const Node *e : n->args) {
            if (e->type != elem)
                elem = SType::of(VType::Any);
        }
        n->type = SType::arrayOf(elem.type, elem.obj);
        if (allConst) {
            auto items = std::make_shared<std::vector<Value>>();
            items->reserve(n->args.size());
            for (const Node *e : n->args)
                items->push_back(e->k);
            n->k = Value::array(std::move(items));
            n->op = Op::Const;
            n->args.clear();
        }
        return true;
    }

    bool ordering(Node *n)
    {
        if (!compile(n->a) || !compile(n->b))
            return false;
        const SType &l = n->a->type;
        const SType &r = n->b->type;
        n->type = SType::of(VType::Bool);
        const bool lKnown = l.type != VType::Any && l.type != VType::Nil;
        const bool rKnown = r.type != VType::Any && r.type != VType::Nil;
        auto comparable = [](const SType &t) {
            return isNumber(t) || t.type == VType::String;
        };
        if (lKnown && !comparable(l))
            return fail(n,
                Text::tr("'%1' compares numbers or texts, but the left side is %2")
                    .arg(opName(n->op), describe(l)));
        if (rKnown && !comparable(r))
            return fail(n,
                Text::tr("'%1' compares numbers or texts, but the right side is %2")
                    .arg(opName(n->op), describe(r)));
        if (lKnown && rKnown && isNumber(l) != isNumber(r))
            return fail(n,
                Text::tr("'%1' cannot compare %2 with %3")
                    .arg(opName(n->op), describe(l), describe(r)));
        return true;
    }

    bool in(Node *n)
    {
        if (!compile(n->a) || !compile(n->b))
            return false;
        const SType &r = n->b->type;
        n->type = SType::of(VType::Bool);
        if (r.type == VType::String)
            return fail(n,
                Text::tr("'in' looks for an element of a list or a key of config; to look for "
                         "text in text, use contains"));
        if (r.type != VType::Array && r.type != VType::Map && r.type != VType::Any
            && r.type != VType::Nil)
            return fail(n,
                Text::tr("'in' needs a list or config on its right, but gets %1").arg(describe(r)));
        if (r.type == VType::Map && clearlyNot(n->a->type, VType::String))
            return fail(n,
                Text::tr("config keys are text, but the left side of 'in' is %1")
                    .arg(describe(n->a->type)));
        return true;
    }

    bool textOperator(Node *n)
    {
        if (!compile(n->a) || !compile(n->b))
            return false;
        n->type = SType::of(VType::Bool);
        if (clearlyNot(n->a->type, VType::String))
            return fail(n,
                Text::tr("'%1' needs text on both sides, but the left side is %2")
                    .arg(opName(n->op), describe(n->a->type)));
        if (clearlyNot(n->b->type, VType::String))
            return fail(n,
                Text::tr("'%1' needs text on both sides, but the right side is %2")
                    .arg(opName(n->op), describe(n->b->type)));
        if (n->op == Op::Matches && n->b->op == Op::Const && n->b->type.is(VType::String))
            return constantPattern(n, n->b);
        return true;
    }

    bool constantPattern(Node *n, const Node *literal)
    {
        QString why;
        int at = -1;
        n->pattern = Pattern::compile(literal->k.sv.toString(), &why, &at);
        if (n->pattern)
            return true;
        if (at >= 0)
            return fail(literal,
                Text::tr("the regular expression is not valid: %1 (at character %2 of "
                         "the pattern)")
                    .arg(why)
                    .arg(at + 1));
        return fail(literal, Text::tr("the regular expression is not valid: %1").arg(why));
    }

    bool arithmetic(Node *n)
    {
        if (!compile(n->a) || !compile(n->b))
            return false;
        const SType &l = n->a->type;
        const SType &r = n->b->type;
        const bool anyOrNil = l.type == VType::Any || r.type == VType::Any || l.type == VType::Nil
            || r.type == VType::Nil;
        if (n->op == Op::Add && (l.type == VType::String || r.type == VType::String)) {
            if (clearlyNot(l, VType::String) || clearlyNot(r, VType::String))
                return fail(n,
                    Text::tr("'+' joins two texts or adds two numbers, but gets %1 and %2")
                        .arg(describe(l), describe(r)));
            n->type = SType::of(anyOrNil ? VType::Any : VType::String);
            return true;
        }
        if (clearlyNotNumber(l) || clearlyNotNumber(r))
            return fail(n,
                Text::tr("'%1' needs numbers, but gets %2 and %3")
                    .arg(opName(n->op), describe(l), describe(r)));
        if (n->op == Op::Mod && (l.type == VType::Float || r.type == VType::Float))
            return fail(n, Text::tr("'%' needs whole numbers"));
        if (anyOrNil)
            n->type = SType::of(n->op == Op::Div || n->op == Op::Pow ? VType::Float : VType::Any);
        else if (n->op == Op::Div || n->op == Op::Pow)
            n->type = SType::of(VType::Float);
        else if (l.type == VType::Int && r.type == VType::Int)
            n->type = SType::of(VType::Int);
        else
            n->type = SType::of(VType::Float);
        return true;
    }

    bool argument(Node *call, size_t i, VType want, const char *what)
    {
        const SType &t = call->args[i]->type;
        if (!clearlyNot(t, want))
            return true;
        if (want == VType::Int && isNumber(t))
            return true;
        return fail(call->args[i],
            Text::tr("%1 needs %2 as its argument %3, but gets %4")
                .arg(call->name, Text::tr(what))
                .arg(i + 1)
                .arg(describe(t)),
            true);
    }

    bool call(Node *n)
    {
        const int id = findFn(n->name);
        if (id < 0) {
            const QStringList known = fnNames();
            const QString guess = closestMatch(n->name, known);
            if (!guess.isEmpty())
                return fail(n,
                    Text::tr("unknown function '%1'; did you mean '%2'? The functions are: %3")
                        .arg(n->name, guess, known.join(QStringLiteral(", "))));
            return fail(n,
                Text::tr("unknown function '%1'; the functions are: %2")
                    .arg(n->name, known.join(QStringLiteral(", "))));
        }
        const Fn fn = Fn(id);
        const FnInfo &info = fnInfo(fn);
        const int given = int(n->args.size());
        if (given < info.minArgs || given > info.maxArgs) {
            QString takes;
            if (info.minArgs == info.maxArgs)
                takes = info.minArgs == 1
                    ? Text::tr("%1 takes 1 argument").arg(n->name)
                    : Text::tr("%1 takes %2 arguments").arg(n->name).arg(info.minArgs);
            else
                takes = Text::tr("%1 takes %2 or %3 arguments")
                            .arg(n->name)
                            .arg(info.minArgs)
                            .arg(info.maxArgs);
            const QString but
                = given == 1 ? Text::tr("but 1 is given") : Text::tr("but %1 are given").arg(given);
            return fail(n, Text::tr("%1 (%2), %3").arg(takes, QLatin1String(info.usage), but));
        }
        n->op = Op::Builtin;
        n->fn = quint8(id);

        if (info.predicate) {
            if (!compile(n->args[0]))
                return false;
            const SType list = n->args[0]->type;
            if (list.type != VType::Array && list.type != VType::Any && list.type != VType::Nil)
                return fail(n->args[0],
                    Text::tr("%1 needs a list as its first argument, but gets %2")
                        .arg(n->name, describe(list)),
                    true);
            if (n->args.size() > 1) {
                m_scope.push_back(
                    list.type == VType::Array ? list.element() : SType::of(VType::Any));
                const bool ok = compile(n->args[1]);
                m_scope.pop_back();
                if (!ok)
                    return false;
                if (fn != Fn::Map && clearlyNot(n->args[1]->type, VType::Bool))
                    return fail(n->args[1],
                        Text::tr("the predicate of %1 must be true or false, but it gives %2")
                            .arg(n->name, describe(n->args[1]->type)),
                        true);
            }
            switch (fn) {
            case Fn::Filter:
                n->type = list.type == VType::Array ? list : SType::arrayOf(VType::Any);
                break;
            case Fn::Map: {
                const SType e = n->args[1]->type;
                n->type = SType::arrayOf(e.type == VType::Array ? VType::Array : e.type, e.obj);
                break;
            }
            case Fn::Count:
                n->type = SType::of(VType::Int);
                break;
            default:
                n->type = SType::of(VType::Bool);
            }
            return true;
        }

        for (Node *arg : n->args) {
            if (!compile(arg))
                return false;
        }
        switch (fn) {
        case Fn::Len: {
            const SType &t = n->args[0]->type;
            if (t.type != VType::String && t.type != VType::Array && t.type != VType::Map
                && t.type != VType::Any && t.type != VType::Nil)
                return fail(n->args[0],
                    Text::tr("len needs text, a list or config, but gets %1").arg(describe(t)),
                    true);
            n->type = SType::of(VType::Int);
            return true;
        }
        case Fn::Lower:
        case Fn::Upper:
        case Fn::Trim:
        case Fn::TrimPrefix:
        case Fn::TrimSuffix:
        case Fn::PathBase:
        case Fn::PathDir:
            for (size_t i = 0; i < n->args.size(); ++i) {
                if (!argument(n, i, VType::String, QT_TRANSLATE_NOOP("Expression", "text")))
                    return false;
            }
            n->type = SType::of(VType::String);
            return true;
        case Fn::HasPrefix:
        case Fn::HasSuffix:
        case Fn::HasTag:
        case Fn::MatchesTag:
            for (size_t i = 0; i < n->args.size(); ++i) {
                if (!argument(n, i, VType::String, QT_TRANSLATE_NOOP("Expression", "text")))
                    return false;
            }
            n->type = SType::of(VType::Bool);
            if (fn == Fn::MatchesTag && n->args[1]->op == Op::Const
                && n->args[1]->type.is(VType::String))
                return tagPattern(n, n->args[1]);
            return true;
        case Fn::Split:
            if (!argument(n, 0, VType::String, QT_TRANSLATE_NOOP("Expression", "text"))
                || !argument(n, 1, VType::String, QT_TRANSLATE_NOOP("Expression", "text")))
                return false;
            if (n->args.size() > 2
                && !argument(n, 2, VType::Int, QT_TRANSLATE_NOOP("Expression", "a number")))
                return false;
            n->type = SType::arrayOf(VType::String);
            return true;
        case Fn::Join:
            if (!argument(n, 0, VType::Array, QT_TRANSLATE_NOOP("Expression", "a list")))
                return false;
            if (n->args.size() > 1
                && !argument(n, 1, VType::String, QT_TRANSLATE_NOOP("Expression", "text")))
                return false;
            n->type = SType::of(VType::String);
            return true;
        case Fn::First:
        case Fn::Last:
            if (!argument(n, 0, VType::Array, QT_TRANSLATE_NOOP("Expression", "a list")))
                return false;
            n->type = n->args[0]->type.type == VType::Array ? n->args[0]->type.element()
                                                            : SType::of(VType::Any);
            return true;
        default:
            return fail(n, Text::tr("internal error: unexpected function"));
        }
    }

    // matches_tag's pattern: like matches, but text that is not a valid regular expression is
    // looked for as it is (the reference documents "contains the text").
    bool tagPattern(Node *n, const Node *literal)
    {
        QString why;
        n->pattern = Pattern::compile(literal->k.sv.toString(), &why);
        if (!n->pattern) {
            n->pattern = Pattern::compile(Pattern::escape(literal->k.sv.toString()), &why);
            if (!n->pattern)
                return fail(literal, Text::tr("the pattern is not valid: %1").arg(why));
        }
        return true;
    }

    Program &m_prog;
    Diagnostic &m_error;
    std::vector<SType> m_scope; // the element types of the enclosing predicates
};

} // namespace

bool Compiler::compile(Program &program, Diagnostic &error)
{
    return Impl(program, error).run();
}

} // namespace ferry::expr
