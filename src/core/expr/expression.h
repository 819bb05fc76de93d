#pragma once

#include "util/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace ferry {
struct Instance;
}

namespace ferry::expr {

struct Program;

// What an expression needs besides the instance: the reference's derived fields `source` and
// `source_type`, and the uuid of each NIC's network (`nics[].uuid`), by Nic::networkId.
struct EvalContext
{
    QString source;
    QString sourceType;
    const QHash<qint64, QString> *networkUuids = nullptr;
};

// Where and why an expression is wrong. offset counts UTF-16 characters from 0 (for an editor's
// error marker); line and column count from 1 (for people).
struct Diagnostic
{
    int offset = -1; // -1: the expression as a whole; the text's length: at its end
    int length = 0;
    int line = 0;
    int column = 0;
    QString message; // without the position

    // "column 17: expected ')' after the arguments of len" ("line 2, column 5: ..." when the
    // expression has several lines).
    QString toString() const;
};

// An include_expression (docs/expressions.md): compiled once, then evaluated against many
// instances. Copies share the compiled program; a compiled expression may be evaluated from
// several threads at once.
class Expression final
{
public:
    static constexpr int MaxLength = 65536; // characters of text
    static constexpr int MaxDepth = 200; // nesting levels
    static constexpr qint64 MaxSteps = 1000000; // work per evaluation

    Expression(); // invalid: matches() fails
    ~Expression();
    Expression(const Expression &);
    Expression &operator=(const Expression &);
    Expression(Expression &&) noexcept;
    Expression &operator=(Expression &&) noexcept;

    // Parses and checks the text. On failure the error's message carries the position
    // ("column 17: ..."), its details the text; `where`, when given, receives the position.
    static Result<Expression> compile(const QString &text, Diagnostic *where = nullptr);

    // Whether the instance (with its overrides applied) is selected. Fails on a run-time error
    // (division by zero, an invalid computed pattern, a value that is not true or false, the
    // step budget exhausted); a missing value (nil) counts as false.
    Result<bool> matches(const Instance &instance, const EvalContext &context = {}) const;

    bool isValid() const { return m_program != nullptr; }
    QString text() const; // as compiled (a list filter's alias is spelled out)
    bool isLocationAlias() const; // made by compileFilter from text that is not an expression

    // For completion in editors.
    static QStringList fieldNames(); // top-level fields
    static QStringList elementFieldNames(const QString &arrayField); // disks, nics, snapshots
    static QStringList functionNames();

private:
    friend Result<Expression> compileFilter(const QString &, Diagnostic *);
    explicit Expression(std::shared_ptr<const Program> program);
    std::shared_ptr<const Program> m_program;
};

// A list filter (`instance list --filter`, the Instances search box): an expression, or, when
// the text is not one (it does not parse, it is a bare name or number, or it is a name-like
// word such as `cbt-vm` that does not compile to a condition), a search of the location as the
// reference does: `location matches "<text>" or location contains "<text>"` (only `contains`
// when the text is not a valid regular expression).
Result<Expression> compileFilter(const QString &text, Diagnostic *where = nullptr);

} // namespace ferry::expr
