#pragma once

// Internal to the expression engine: values, static types and the compiled tree.

#include <QString>
#include <QStringView>

#include <memory>
#include <vector>

namespace ferry::expr {

class Pattern;

// Run-time kinds of values. Any exists only as a static type ("known at run time only").
enum class VType : quint8 { Nil, Bool, Int, Float, String, Array, Map, Object, Any };

// What an Object (or the element of a field array) is.
enum class ObjKind : quint8 { None, Disk, Nic, Snapshot };

// A value during evaluation. Strings are a view plus, when the text was computed, its owner
// (the view may be a part of it): a field's text is viewed in place (no copy, no reference
// count). Arrays are either a field
// of the instance (p points at its QVector, n elements of kind obj) or a computed list.
struct Value
{
    VType type = VType::Nil;
    ObjKind obj = ObjKind::None;
    union {
        bool b;
        qint64 i;
        double f;
        const void *p;
    };
    qsizetype n = 0;
    QStringView sv;
    QString s;
    std::shared_ptr<const std::vector<Value>> list;

    Value()
        : i(0)
    { }

    static Value boolean(bool v)
    {
        Value r;
        r.type = VType::Bool;
        r.b = v;
        return r;
    }
    static Value integer(qint64 v)
    {
        Value r;
        r.type = VType::Int;
        r.i = v;
        return r;
    }
    static Value real(double v)
    {
        Value r;
        r.type = VType::Float;
        r.f = v;
        return r;
    }
    // A view of text that outlives the evaluation (a field of the instance, a literal).
    static Value view(QStringView v)
    {
        Value r;
        r.type = VType::String;
        r.sv = v;
        return r;
    }
    static Value text(QString v)
    {
        Value r;
        r.type = VType::String;
        r.s = std::move(v);
        r.sv = r.s;
        return r;
    }
    static Value object(ObjKind kind, const void *ptr)
    {
        Value r;
        r.type = VType::Object;
        r.obj = kind;
        r.p = ptr;
        return r;
    }
    static Value fieldArray(ObjKind kind, const void *vector, qsizetype size)
    {
        Value r;
        r.type = VType::Array;
        r.obj = kind;
        r.p = vector;
        r.n = size;
        return r;
    }
    static Value array(std::shared_ptr<const std::vector<Value>> items)
    {
        Value r;
        r.type = VType::Array;
        r.n = qsizetype(items->size());
        r.list = std::move(items);
        return r;
    }

    // Copies share the owner's buffer, so a view into it stays valid in the copy.
    bool isNil() const { return type == VType::Nil; }
    bool isNumber() const { return type == VType::Int || type == VType::Float; }
    double number() const { return type == VType::Int ? double(i) : f; }
};

// What the compiler knows about a value before evaluation.
struct SType
{
    VType type = VType::Any;
    ObjKind obj = ObjKind::None; // Object: which one
    VType elem = VType::Any; // Array: the element's type (Map: String)
    ObjKind elemObj = ObjKind::None;

    static SType of(VType t) { return SType {t, ObjKind::None, VType::Any, ObjKind::None}; }
    static SType objectOf(ObjKind k) { return SType {VType::Object, k, VType::Any, ObjKind::None}; }
    static SType arrayOf(VType e, ObjKind eo = ObjKind::None)
    {
        return SType {VType::Array, ObjKind::None, e, eo};
    }
    SType element() const { return SType {elem, elemObj, VType::Any, ObjKind::None}; }
    bool is(VType t) const { return type == t; }
    bool maybe(VType t) const { return type == t || type == VType::Any; }
    bool operator==(const SType &o) const
    {
        return type == o.type && obj == o.obj && elem == o.elem && elemObj == o.elemObj;
    }
    bool operator!=(const SType &o) const { return !(*this == o); }
};

enum class Op : quint8 {
    // Produced by the parser, replaced by the compiler.
    Ident,
    Pointer, // # (or the implicit element of .field) inside a predicate
    Member,
    Index,
    Call,
    // Executable.
    Const,
    ArrayLit,
    Field, // a field of the instance
    ObjField, // a field of a disk, NIC or snapshot
    ConfigGet, // config[key]
    DynMember, // .name on a value whose kind is known at run time only
    Element, // # inside a predicate
    ElementIndex, // #index
    Not,
    Neg,
    Plus,
    And, // n-ary: args
    Or, // n-ary: args
    Cond, // a ? b : c
    Coalesce, // a ?? b
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    Contains,
    StartsWith,
    EndsWith,
    Matches,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Builtin,
};

struct Node
{
    Op op = Op::Const;
    SType type;
    quint8 field = 0; // Field / ObjField: which one
    quint8 fn = 0; // Builtin: which one
    bool compiled = false;
    int pos = 0; // offset of the node's token (an operator's, a name's) in the text
    int len = 0; // characters
    int begin = 0; // the extent of the node with its operands, for error markers
    int end = 0;
    int depth = 1;
    Node *a = nullptr;
    Node *b = nullptr;
    Node *c = nullptr;
    std::vector<Node *> args;
    QString name; // identifier, member, function or pointer name
    Value k; // constants
    std::shared_ptr<const Pattern> pattern; // matches with a constant pattern
};

} // namespace ferry::expr
