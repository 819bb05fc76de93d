#include "expr/evaluator.h"

#include "expr/builtins.h"
#include "expr/expression.h"
#include "expr/fields.h"
#include "expr/pattern.h"
#include "expr/program.h"
#include "model/instance.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace ferry::expr {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Expression)
};

QString describe(const Value &v)
{
    return typeDescription(v.type, v.obj);
}

// A number as an index or count: fractions are cut, and what does not fit (huge, infinite, NaN)
// becomes a value that is out of range for any list (never undefined behaviour).
qint64 toWhole(const Value &v)
{
    if (v.type == VType::Int)
        return v.i;
    if (v.f >= -9.0e18 && v.f <= 9.0e18)
        return qint64(v.f);
    return v.f < 0 ? std::numeric_limits<qint64>::min() / 2
                   : std::numeric_limits<qint64>::max() / 2;
}

// A part of a string value: shares the owner, so no copy.
Value substring(const Value &from, QStringView part)
{
    Value r;
    r.type = VType::String;
    r.s = from.s;
    r.sv = part;
    return r;
}

// Go's path.Clean.
QString cleanPath(QStringView p)
{
    if (p.isEmpty())
        return QStringLiteral(".");
    const bool rooted = p.front() == u'/';
    const qsizetype n = p.size();
    QString out;
    out.reserve(n);
    qsizetype r = 0;
    qsizetype dotdot = 0;
    if (rooted) {
        out += u'/';
        r = 1;
        dotdot = 1;
    }
    while (r < n) {
        if (p[r] == u'/') {
            ++r;
        } else if (p[r] == u'.' && (r + 1 == n || p[r + 1] == u'/')) {
            ++r;
        } else if (p[r] == u'.' && r + 1 < n && p[r + 1] == u'.'
            && (r + 2 == n || p[r + 2] == u'/')) {
            r += 2;
            if (out.size() > dotdot) {
                qsizetype w = out.size() - 1;
                while (w > dotdot && out.at(w) != u'/')
                    --w;
                out.truncate(w);
            } else if (!rooted) {
                if (!out.isEmpty())
                    out += u'/';
                out += QLatin1String("..");
                dotdot = out.size();
            }
        } else {
            if ((rooted && out.size() != 1) || (!rooted && !out.isEmpty()))
                out += u'/';
            while (r < n && p[r] != u'/')
                out += p[r++];
        }
    }
    if (out.isEmpty())
        return QStringLiteral(".");
    return out;
}

class Eval
{
public:
    Eval(const Instance &vm, const EvalContext &ctx)
        : m_vm(vm)
        , m_ctx(ctx)
    { }

    const Node *errorAt() const { return m_errAt; }
    const QString &error() const { return m_error; }

    Value eval(const Node *n)
    {
        switch (n->op) {
        case Op::Const:
            return n->k;
        case Op::Field:
            return instanceField(n->field, m_vm, m_ctx);
        case Op::ObjField:
            return objectField(n->field, eval(n->a), m_ctx);
        case Op::Element:
            return m_elem ? *m_elem : Value();
        case Op::ElementIndex:
            return Value::integer(m_index);
        case Op::ConfigGet:
            return configGet(n);
        case Op::DynMember:
            return dynMember(n);
        case Op::Index:
            return index(n);
        case Op::ArrayLit: {
            auto items = std::make_shared<std::vector<Value>>();
            items->reserve(n->args.size());
            for (const Node *e : n->args)
                items->push_back(eval(e));
            return Value::array(std::move(items));
        }
        case Op::Not: {
            const Value v = eval(n->a);
            if (v.type == VType::Bool)
                return Value::boolean(!v.b);
            if (v.type == VType::Nil)
                return Value::boolean(true); // not (missing) is true: missing counts as false
            return fail(n, Text::tr("'not' needs true or false, but gets %1").arg(describe(v)));
        }
        case Op::Neg: {
            const Value v = eval(n->a);
            if (v.type == VType::Int)
                return Value::integer(qint64(0ULL - quint64(v.i)));
            if (v.type == VType::Float)
                return Value::real(-v.f);
            if (v.type == VType::Nil)
                return v;
            return fail(n, Text::tr("'-' needs a number, but gets %1").arg(describe(v)));
        }
        case Op::Plus: {
            const Value v = eval(n->a);
            if (v.isNumber() || v.isNil())
                return v;
            return fail(n, Text::tr("'+' needs a number, but gets %1").arg(describe(v)));
        }
        case Op::And:
            for (const Node *arg : n->args) {
                if (!test(arg))
                    return Value::boolean(false);
            }
            return Value::boolean(!m_errAt);
        case Op::Or:
            for (const Node *arg : n->args) {
                if (test(arg))
                    return Value::boolean(true);
                if (m_errAt)
                    break;
            }
            return Value::boolean(false);
        case Op::Cond:
            return test(n->a) ? eval(n->b) : eval(n->c);
        case Op::Coalesce: {
            Value v = eval(n->a);
            return v.isNil() ? eval(n->b) : v;
        }
        case Op::Eq:
        case Op::Ne: {
            qint64 x, y;
            QStringView u, v;
            if (fastInt(n->a, x) && fastInt(n->b, y))
                return Value::boolean((x == y) == (n->op == Op::Eq));
            if (fastView(n->a, u) && fastView(n->b, v))
                return Value::boolean((u == v) == (n->op == Op::Eq));
            Value ta, tb;
            const bool eq = equal(n, ref(n->a, ta), ref(n->b, tb));
            return Value::boolean(n->op == Op::Eq ? eq : !eq);
        }
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
            return textOperator(n);
        case Op::Matches:
            return matches(n);
        case Op::Add:
        case Op::Sub:
        case Op::Mul:
        case Op::Div:
        case Op::Mod:
        case Op::Pow:
            return arithmetic(n);
        case Op::Builtin:
            return builtin(n);
        default:
            return fail(n, Text::tr("internal error: unexpected node"));
        }
    }

    // n in a place that needs true or false: nil (a missing value) counts as false.
    bool test(const Node *n)
    {
        const Value v = eval(n);
        if (v.type == VType::Bool)
            return v.b;
        if (v.type != VType::Nil)
            fail(n, Text::tr("expected true or false, but got %1").arg(describe(v)), true);
        return false;
    }

    // At the node's token (an operator, a name), or with `whole` at the node with its operands.
    Value fail(const Node *at, const QString &message, bool whole = false)
    {
        if (!m_errAt) {
            m_errAt = at;
            m_whole = whole;
            m_error = message;
        }
        return Value();
    }
    bool errorCoversOperands() const { return m_whole; }

private:
    // Fast paths for the common shapes (a field or a constant, len of a field list): no Value.
    bool fastInt(const Node *n, qint64 &out)
    {
        switch (n->op) {
        case Op::Const:
            if (n->k.type != VType::Int)
                return false;
            out = n->k.i;
            return true;
        case Op::Field:
            return intField(n->field, m_vm, out);
        case Op::Builtin: {
            if (Fn(n->fn) != Fn::Len || n->args[0]->op != Op::Field)
                return false;
            qsizetype size;
            if (!arrayFieldSize(n->args[0]->field, m_vm, size))
                return false;
            out = size;
            return true;
        }
        default:
            return false;
        }
    }

    bool fastView(const Node *n, QStringView &out)
    {
        if (n->op == Op::Const && n->k.type == VType::String) {
            out = n->k.sv;
            return true;
        }
        return n->op == Op::Field && viewField(n->field, m_vm, m_ctx, out);
    }

    // A constant is read in place; anything else is evaluated into tmp.
    const Value &ref(const Node *n, Value &tmp)
    {
        if (n->op == Op::Const)
            return n->k;
        tmp = eval(n);
        return tmp;
    }

    bool charge(const Node *at, qint64 cost)
    {
        m_steps += cost;
        if (m_steps <= Expression::MaxSteps)
            return true;
        fail(at,
            Text::tr("the expression needs too much work for one instance (more than %1 steps)")
                .arg(Expression::MaxSteps));
        return false;
    }

    bool equal(const Node *at, const Value &a, const Value &b)
    {
        if (a.isNumber() && b.isNumber()) {
            if (a.type == VType::Int && b.type == VType::Int)
                return a.i == b.i;
            return a.number() == b.number();
        }
        if (a.type != b.type)
            return false; // mismatched types are not equal (never an error)
        switch (a.type) {
        case VType::Nil:
            return true;
        case VType::Bool:
            return a.b == b.b;
        case VType::String:
            return a.sv == b.sv;
        case VType::Array: {
            if (a.n != b.n || !charge(at, a.n))
                return false;
            for (qsizetype i = 0; i < a.n; ++i) {
                if (!equal(at, arrayAt(a, i), arrayAt(b, i)))
                    return false;
            }
            return true;
        }
        case VType::Map:
        case VType::Object:
            return a.obj == b.obj && a.p == b.p;
        default:
            return false;
        }
    }

    Value ordering(const Node *n)
    {
        qint64 x, y;
        if (fastInt(n->a, x) && fastInt(n->b, y))
            return Value::boolean(compareResult(n->op, x < y ? -1 : x > y ? 1 : 0));
        Value ta, tb;
        const Value &a = ref(n->a, ta);
        const Value &b = ref(n->b, tb);
        int c;
        if (a.type == VType::Int && b.type == VType::Int) {
            c = a.i < b.i ? -1 : a.i > b.i ? 1 : 0;
        } else if (a.isNumber() && b.isNumber()) {
            const double u = a.number();
            const double v = b.number();
            if (std::isnan(u) || std::isnan(v))
                return Value::boolean(false);
            c = u < v ? -1 : v < u ? 1 : 0;
        } else if (a.type == VType::String && b.type == VType::String) {
            c = a.sv.compare(b.sv);
        } else if (a.isNil() || b.isNil()) {
            return Value::boolean(false);
        } else {
            return fail(n, Text::tr("cannot compare %1 with %2").arg(describe(a), describe(b)));
        }
        return Value::boolean(compareResult(n->op, c));
    }

    static bool compareResult(Op op, int c)
    {
        switch (op) {
        case Op::Lt:
            return c < 0;
        case Op::Le:
            return c <= 0;
        case Op::Gt:
            return c > 0;
        default:
            return c >= 0;
        }
    }

    Value in(const Node *n)
    {
        Value ta, tb;
        const Value &needle = ref(n->a, ta);
        const Value &hay = ref(n->b, tb);
        switch (hay.type) {
        case VType::Array:
            if (!charge(n, hay.n))
                return Value();
            for (qsizetype i = 0; i < hay.n; ++i) {
                if (hay.list) {
                    if (equal(n, needle, (*hay.list)[size_t(i)]))
                        return Value::boolean(true);
                } else if (equal(n, needle, arrayAt(hay, i))) {
                    return Value::boolean(true);
                }
            }
            return Value::boolean(false);
        case VType::Map:
            if (needle.type != VType::String)
                return Value::boolean(false);
            return Value::boolean(configHas(*static_cast<const Instance *>(hay.p), needle.sv));
        case VType::Nil:
            return Value::boolean(false);
        default:
            return fail(n,
                Text::tr("'in' needs a list or config on its right, but gets %1")
                    .arg(describe(hay)));
        }
    }

    Value textOperator(const Node *n)
    {
        Value ta, tb;
        const Value &a = ref(n->a, ta);
        const Value &b = ref(n->b, tb);
        if (a.isNil() || b.isNil())
            return Value::boolean(false);
        if (a.type != VType::String || b.type != VType::String)
            return fail(n,
                Text::tr("this operator needs text on both sides, but gets %1 and %2")
                    .arg(describe(a), describe(b)));
        if (!charge(n, 1 + a.sv.size() / 64))
            return Value();
        switch (n->op) {
        case Op::Contains:
            return Value::boolean(a.sv.contains(b.sv));
        case Op::StartsWith:
            return Value::boolean(a.sv.startsWith(b.sv));
        default:
            return Value::boolean(a.sv.endsWith(b.sv));
        }
    }

    // The pattern of a matches or matches_tag whose pattern is computed.
    std::shared_ptr<const Pattern> dynamicPattern(
        const Node *at, const Value &p, bool literalFallback)
    {
        if (p.type != VType::String) {
            fail(at, Text::tr("a pattern must be text, but this is %1").arg(describe(p)), true);
            return nullptr;
        }
        QString why;
        const QString text = p.sv.toString();
        auto pattern = Pattern::cached(text, &why);
        if (!pattern && literalFallback)
            pattern = Pattern::cached(Pattern::escape(text), &why);
        if (!pattern)
            fail(at, Text::tr("the regular expression '%1' is not valid: %2").arg(text, why), true);
        return pattern;
    }

    Value matches(const Node *n)
    {
        QStringView fast;
        if (n->pattern && fastView(n->a, fast)) {
            if (!charge(n, n->pattern->cost(fast.size())))
                return Value();
            return Value::boolean(n->pattern->matches(fast));
        }
        Value ta;
        const Value &a = ref(n->a, ta);
        if (a.isNil())
            return Value::boolean(false);
        if (a.type != VType::String)
            return fail(
                n, Text::tr("'matches' needs text on its left, but gets %1").arg(describe(a)));
        std::shared_ptr<const Pattern> dynamic;
        const Pattern *p = n->pattern.get();
        if (!p) {
            Value tb;
            const Value &b = ref(n->b, tb);
            if (b.isNil())
                return Value::boolean(false);
            dynamic = dynamicPattern(n->b, b, false);
            if (!dynamic)
                return Value();
            p = dynamic.get();
        }
        if (!charge(n, p->cost(a.sv.size())))
            return Value();
        return Value::boolean(p->matches(a.sv));
    }

    Value arithmetic(const Node *n)
    {
        Value ta, tb;
        const Value &a = ref(n->a, ta);
        const Value &b = ref(n->b, tb);
        if (a.isNil() || b.isNil())
            return Value();
        if (n->op == Op::Add && a.type == VType::String && b.type == VType::String) {
            if (!charge(n, 1 + (a.sv.size() + b.sv.size()) / 64))
                return Value();
            QString joined = a.sv.toString();
            joined += b.sv;
            return Value::text(std::move(joined));
        }
        if (!a.isNumber() || !b.isNumber())
            return fail(n,
                Text::tr("this operator needs numbers, but gets %1 and %2")
                    .arg(describe(a), describe(b)));
        const bool ints = a.type == VType::Int && b.type == VType::Int;
        switch (n->op) {
        case Op::Add:
            if (ints)
                return Value::integer(qint64(quint64(a.i) + quint64(b.i)));
            return Value::real(a.number() + b.number());
        case Op::Sub:
            if (ints)
                return Value::integer(qint64(quint64(a.i) - quint64(b.i)));
            return Value::real(a.number() - b.number());
        case Op::Mul:
            if (ints)
                return Value::integer(qint64(quint64(a.i) * quint64(b.i)));
            return Value::real(a.number() * b.number());
        case Op::Div:
            if (b.number() == 0)
                return fail(n, Text::tr("division by zero"));
            return Value::real(a.number() / b.number());
        case Op::Mod:
            if (!ints)
                return fail(n, Text::tr("'%' needs whole numbers"));
            if (b.i == 0)
                return fail(n, Text::tr("division by zero"));
            if (b.i == -1)
                return Value::integer(0);
            return Value::integer(a.i % b.i);
        default:
            return Value::real(std::pow(a.number(), b.number()));
        }
    }

    Value configGet(const Node *n)
    {
        Value ta, tb;
        const Value &map = ref(n->a, ta);
        const Value &key = ref(n->b, tb);
        if (map.type != VType::Map)
            return Value();
        if (key.isNil())
            return Value::view(QStringView());
        if (key.type != VType::String)
            return fail(n->b,
                Text::tr("a config key must be text, but this is %1").arg(describe(key)), true);
        return expr::configGet(*static_cast<const Instance *>(map.p), key.sv);
    }

    Value dynMember(const Node *n)
    {
        const Value o = eval(n->a);
        switch (o.type) {
        case VType::Nil:
            return Value();
        case VType::Object: {
            const int id = findField(o.obj, n->name);
            if (id < 0)
                return fail(n, Text::tr("%1 has no field '%2'").arg(kindName(o.obj), n->name));
            return objectField(id, o, m_ctx);
        }
        case VType::Map:
            return expr::configGet(*static_cast<const Instance *>(o.p), n->name);
        default:
            return fail(n, Text::tr("cannot read the field '%1' of %2").arg(n->name, describe(o)));
        }
    }

    Value index(const Node *n)
    {
        const Value c = eval(n->a);
        Value tk;
        const Value &k = ref(n->b, tk);
        if (c.isNil() || k.isNil())
            return Value();
        if (c.type == VType::Map) {
            if (k.type != VType::String)
                return fail(n->b,
                    Text::tr("a config key must be text, but this is %1").arg(describe(k)), true);
            return expr::configGet(*static_cast<const Instance *>(c.p), k.sv);
        }
        if (c.type != VType::Array && c.type != VType::String)
            return fail(n, Text::tr("%1 cannot be indexed with [...]").arg(describe(c)));
        if (!k.isNumber())
            return fail(
                n->b, Text::tr("an index must be a number, but this is %1").arg(describe(k)), true);
        qint64 i = toWhole(k);
        const qsizetype size = c.type == VType::Array ? c.n : c.sv.size();
        if (i < 0)
            i += size;
        if (i < 0 || i >= size)
            return Value(); // out of range: missing, not an error
        if (c.type == VType::String)
            return substring(c, c.sv.mid(i, 1));
        return arrayAt(c, i);
    }

    // A list argument; nil is an empty list.
    bool list(const Node *call, const Node *arg, Value &out)
    {
        out = eval(arg);
        if (out.type == VType::Array || out.isNil())
            return true;
        fail(arg,
            Text::tr("%1 needs a list, but gets %2")
                .arg(QLatin1String(fnInfo(Fn(call->fn)).name), describe(out)),
            true);
        return false;
    }

    // A text argument; nil is "" unless nilIsNil, in which case ok is false for nil.
    bool text(const Node *call, const Node *arg, Value &out)
    {
        out = eval(arg);
        if (out.type == VType::String)
            return true;
        if (out.isNil()) {
            out = Value::view(QStringView());
            return true;
        }
        fail(arg,
            Text::tr("%1 needs text, but gets %2")
                .arg(QLatin1String(fnInfo(Fn(call->fn)).name), describe(out)),
            true);
        return false;
    }

    Value predicate(const Node *n, Fn fn)
    {
        Value items;
        if (!list(n, n->args[0], items))
            return Value();
        const Node *body = n->args.size() > 1 ? n->args[1] : nullptr;
        const Value *savedElem = m_elem;
        const qint64 savedIndex = m_index;
        qint64 hits = 0;
        std::shared_ptr<std::vector<Value>> out;
        if (fn == Fn::Filter || fn == Fn::Map) {
            out = std::make_shared<std::vector<Value>>();
            out->reserve(size_t(items.n));
        }
        Value result;
        bool decided = false;
        for (qsizetype i = 0; i < items.n && !decided; ++i) {
            if (!charge(n, 1))
                break;
            const Value e = arrayAt(items, i);
            m_elem = &e;
            m_index = i;
            if (fn == Fn::Map) {
                out->push_back(eval(body));
            } else {
                bool t;
                if (body) {
                    t = test(body);
                } else if (e.type == VType::Bool || e.isNil()) {
                    t = e.type == VType::Bool && e.b;
                } else {
                    fail(n,
                        Text::tr(
                            "count without a predicate counts true values, but an element is %1")
                            .arg(describe(e)));
                    t = false;
                }
                if (m_errAt)
                    break;
                switch (fn) {
                case Fn::Any:
                    if (t) {
                        result = Value::boolean(true);
                        decided = true;
                    }
                    break;
                case Fn::All:
                    if (!t) {
                        result = Value::boolean(false);
                        decided = true;
                    }
                    break;
                case Fn::None:
                    if (t) {
                        result = Value::boolean(false);
                        decided = true;
                    }
                    break;
                case Fn::Filter:
                    if (t)
                        out->push_back(e);
                    break;
                default: // One, Count
                    hits += t ? 1 : 0;
                    if (fn == Fn::One && hits > 1) {
                        result = Value::boolean(false);
                        decided = true;
                    }
                }
            }
            if (m_errAt)
                break;
        }
        m_elem = savedElem;
        m_index = savedIndex;
        if (m_errAt)
            return Value();
        if (decided)
            return result;
        switch (fn) {
        case Fn::Any:
            return Value::boolean(false);
        case Fn::All:
        case Fn::None:
            return Value::boolean(true);
        case Fn::One:
            return Value::boolean(hits == 1);
        case Fn::Count:
            return Value::integer(hits);
        default:
            return Value::array(std::move(out));
        }
    }

    Value split(const Node *n)
    {
        Value s, sep;
        if (!text(n, n->args[0], s) || !text(n, n->args[1], sep))
            return Value();
        qint64 limit = -1;
        if (n->args.size() > 2) {
            const Value l = eval(n->args[2]);
            if (!l.isNumber())
                return fail(n->args[2],
                    Text::tr("split needs a number as its argument 3, but gets %1")
                        .arg(describe(l)));
            limit = toWhole(l);
        }
        auto out = std::make_shared<std::vector<Value>>();
        if (limit == 0)
            return Value::array(std::move(out));
        const QStringView str = s.sv;
        if (sep.sv.isEmpty()) {
            // Go: split into characters, the last one keeping the rest.
            qsizetype i = 0;
            while (i < str.size()) {
                if (!charge(n, 1))
                    return Value();
                if (limit > 0 && qint64(out->size()) == limit - 1) {
                    out->push_back(substring(s, str.mid(i)));
                    break;
                }
                const qsizetype len = str[i].isHighSurrogate() && i + 1 < str.size() ? 2 : 1;
                out->push_back(substring(s, str.mid(i, len)));
                i += len;
            }
            return Value::array(std::move(out));
        }
        qsizetype from = 0;
        while (true) {
            if (!charge(n, 1))
                return Value();
            if (limit > 0 && qint64(out->size()) == limit - 1) {
                out->push_back(substring(s, str.mid(from)));
                break;
            }
            const qsizetype at = str.indexOf(sep.sv, from);
            if (at < 0) {
                out->push_back(substring(s, str.mid(from)));
                break;
            }
            out->push_back(substring(s, str.mid(from, at - from)));
            from = at + sep.sv.size();
        }
        return Value::array(std::move(out));
    }

    // has_tag / matches_tag: the comma-separated values of config['tag.<category>'] (every
    // tag.* key for '*').
    Value tags(const Node *n, bool byPattern)
    {
        Value category, wanted;
        if (!text(n, n->args[0], category) || !text(n, n->args[1], wanted))
            return Value();
        std::shared_ptr<const Pattern> dynamic;
        const Pattern *p = n->pattern.get();
        if (byPattern && !p) {
            dynamic = dynamicPattern(n->args[1], wanted, true);
            if (!dynamic)
                return Value();
            p = dynamic.get();
        }
        const bool all = category.sv == u"*";
        QString key = QStringLiteral("tag.");
        key += category.sv;
        bool found = false;
        configForEach(m_vm, [&](const QString &k, const QString &value) {
            if (all ? !k.startsWith(QLatin1String("tag.")) : k != key)
                return true;
            for (QStringView tag : QStringView(value).split(u',')) {
                if (!charge(n, p ? p->cost(tag.size()) : 1))
                    return false;
                tag = tag.trimmed();
                if (byPattern ? p->matches(tag) : tag == wanted.sv) {
                    found = true;
                    return false;
                }
            }
            return true;
        });
        if (m_errAt)
            return Value();
        return Value::boolean(found);
    }

    Value builtin(const Node *n)
    {
        const Fn fn = Fn(n->fn);
        switch (fn) {
        case Fn::Len: {
            const Value v = eval(n->args[0]);
            switch (v.type) {
            case VType::String: {
                qsizetype count = 0;
                for (QChar c : v.sv)
                    count += c.isLowSurrogate() ? 0 : 1;
                return Value::integer(count);
            }
            case VType::Array:
                return Value::integer(v.n);
            case VType::Map:
                return Value::integer(configSize(*static_cast<const Instance *>(v.p)));
            case VType::Nil:
                return Value::integer(0);
            default:
                return fail(n->args[0],
                    Text::tr("len needs text, a list or config, but gets %1").arg(describe(v)));
            }
        }
        case Fn::Lower:
        case Fn::Upper: {
            Value s;
            if (!text(n, n->args[0], s) || !charge(n, 1 + s.sv.size() / 64))
                return Value();
            return Value::text(
                fn == Fn::Lower ? s.sv.toString().toLower() : s.sv.toString().toUpper());
        }
        case Fn::Trim: {
            Value s;
            if (!text(n, n->args[0], s))
                return Value();
            if (n->args.size() == 1)
                return substring(s, s.sv.trimmed());
            Value cut;
            if (!text(n, n->args[1], cut))
                return Value();
            QStringView v = s.sv;
            while (!v.isEmpty() && cut.sv.contains(v.front()))
                v = v.mid(1);
            while (!v.isEmpty() && cut.sv.contains(v.back()))
                v.chop(1);
            return substring(s, v);
        }
        case Fn::TrimPrefix:
        case Fn::TrimSuffix:
        case Fn::HasPrefix:
        case Fn::HasSuffix: {
            Value s, affix;
            if (!text(n, n->args[0], s) || !text(n, n->args[1], affix))
                return Value();
            switch (fn) {
            case Fn::TrimPrefix:
                return substring(s, s.sv.startsWith(affix.sv) ? s.sv.mid(affix.sv.size()) : s.sv);
            case Fn::TrimSuffix:
                return substring(s, s.sv.endsWith(affix.sv) ? s.sv.chopped(affix.sv.size()) : s.sv);
            case Fn::HasPrefix:
                return Value::boolean(s.sv.startsWith(affix.sv));
            default:
                return Value::boolean(s.sv.endsWith(affix.sv));
            }
        }
        case Fn::Split:
            return split(n);
        case Fn::Join: {
            Value items, sep;
            if (!list(n, n->args[0], items))
                return Value();
            if (n->args.size() > 1 && !text(n, n->args[1], sep))
                return Value();
            QString out;
            for (qsizetype i = 0; i < items.n; ++i) {
                const Value e = arrayAt(items, i);
                if (e.type != VType::String && !e.isNil())
                    return fail(n->args[0],
                        Text::tr("join needs a list of texts, but an element is %1")
                            .arg(describe(e)));
                if (!charge(n, 1 + e.sv.size() / 64))
                    return Value();
                if (i > 0)
                    out += sep.sv;
                out += e.sv;
            }
            return Value::text(out);
        }
        case Fn::First:
        case Fn::Last: {
            Value items;
            if (!list(n, n->args[0], items) || items.n == 0)
                return Value();
            return arrayAt(items, fn == Fn::First ? 0 : items.n - 1);
        }
        case Fn::Any:
        case Fn::All:
        case Fn::None:
        case Fn::One:
        case Fn::Filter:
        case Fn::Map:
        case Fn::Count:
            return predicate(n, fn);
        case Fn::PathBase: {
            Value s;
            if (!text(n, n->args[0], s))
                return Value();
            QStringView p = s.sv;
            if (p.isEmpty())
                return Value::view(u".");
            while (p.size() > 0 && p.back() == u'/')
                p.chop(1);
            if (p.isEmpty())
                return Value::view(u"/");
            const qsizetype slash = p.lastIndexOf(u'/');
            return substring(s, slash >= 0 ? p.mid(slash + 1) : p);
        }
        case Fn::PathDir: {
            Value s;
            if (!text(n, n->args[0], s))
                return Value();
            const qsizetype slash = s.sv.lastIndexOf(u'/');
            return Value::text(cleanPath(s.sv.left(slash + 1)));
        }
        case Fn::HasTag:
            return tags(n, false);
        case Fn::MatchesTag:
            return tags(n, true);
        default:
            return fail(n, Text::tr("internal error: unexpected function"));
        }
    }

    const Instance &m_vm;
    const EvalContext &m_ctx;
    const Value *m_elem = nullptr;
    qint64 m_index = 0;
    qint64 m_steps = 0;
    const Node *m_errAt = nullptr;
    bool m_whole = false;
    QString m_error;
};

} // namespace

Result<bool> Evaluator::run(const Program &program, const Instance &vm, const EvalContext &ctx)
{
    Eval e(vm, ctx);
    const Value v = e.eval(program.root);
    if (const Node *at = e.errorAt()) {
        Diagnostic d;
        d.offset = e.errorCoversOperands() ? at->begin : at->pos;
        d.length = std::max(e.errorCoversOperands() ? at->end - at->begin : at->len, 1);
        d.message = e.error();
        locate(program.text, d);
        return Error(Error::Code::InvalidInput, d.toString(), program.text);
    }
    if (v.type == VType::Bool)
        return v.b;
    if (v.type == VType::Nil)
        return false;
    return Error(Error::Code::InvalidInput,
        Text::tr("the expression must be true or false, but it gives %1").arg(describe(v)),
        program.text);
}

} // namespace ferry::expr
