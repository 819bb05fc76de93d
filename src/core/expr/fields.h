#pragma once

// Internal to the expression engine: the fields an expression can read (reference §3) and how
// they are read from ferry::Instance with its overrides applied.

#include "expr/node.h"

#include <QStringList>

#include <functional>

namespace ferry {
struct Instance;
}

namespace ferry::expr {

struct EvalContext;

struct FieldInfo
{
    const char *name;
    ObjKind owner; // None: the instance
    SType type;
};

int fieldCount();
const FieldInfo &fieldInfo(int id);
int findField(ObjKind owner, QStringView name); // -1 when unknown
QStringList fieldNamesOf(ObjKind owner);
QString kindName(ObjKind kind); // "a disk", for messages
// What a value of this type is, for messages: "a number", "text", "a disk" ...
QString typeDescription(VType type, ObjKind obj);

Value instanceField(int id, const Instance &instance, const EvalContext &context);
Value objectField(int id, const Value &object, const EvalContext &context);

// The same without building a Value, for the evaluator's fast paths; false when the field is not
// an integer (cpus, memory), a field list, or text that needs no computing.
bool intField(int id, const Instance &instance, qint64 &out);
bool arrayFieldSize(int id, const Instance &instance, qsizetype &out);
bool viewField(int id, const Instance &instance, const EvalContext &context, QStringView &out);

// config with the override's config merged over it; a missing key reads as "" (the reference's
// map[string]string).
Value configGet(const Instance &instance, QStringView key);
bool configHas(const Instance &instance, QStringView key);
qsizetype configSize(const Instance &instance);
// Calls f(key, value) for every entry until it returns false.
void configForEach(
    const Instance &instance, const std::function<bool(const QString &, const QString &)> &f);

// The element i of an array value (field array or computed list).
Value arrayAt(const Value &array, qsizetype i);

} // namespace ferry::expr
