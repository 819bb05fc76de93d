#include "expr/expression.h"

#include "expr/builtins.h"
#include "expr/compiler.h"
#include "expr/evaluator.h"
#include "expr/fields.h"
#include "expr/parser.h"
#include "expr/pattern.h"
#include "expr/program.h"

#include <QCoreApplication>

namespace ferry::expr {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Expression)
};

// The expression text for the error's details, shortened when it is long.
QString detailsOf(const QString &text)
{
    constexpr int limit = 500;
    if (text.size() <= limit)
        return text;
    return text.left(limit) + QStringLiteral("…");
}

Result<std::shared_ptr<Program>> build(const QString &text, Diagnostic *where)
{
    auto program = std::make_shared<Program>();
    Diagnostic d;
    if (text.size() > Expression::MaxLength) {
        d.offset = Expression::MaxLength;
        d.length = 0;
        d.message
            = Text::tr("the expression is longer than %1 characters").arg(Expression::MaxLength);
    } else {
        program->text = text;
        program->root = Parser::parse(*program, d);
        if (program->root)
            Compiler::compile(*program, d);
    }
    if (!d.message.isEmpty()) {
        locate(text, d);
        if (where)
            *where = d;
        return Error(Error::Code::InvalidInput, d.toString(), detailsOf(text));
    }
    return program;
}

// A word of a location such as cbt-vm, DC0_H0_VM0, 10.0.0.1 or Team/app.
bool nameLike(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.' && c != u'/' && c != u':')
            return false;
    }
    return true;
}

// The text as a double-quoted string literal.
QString quoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        if (c == u'\\' || c == u'"')
            out += u'\\';
        if (c == u'\n')
            out += QLatin1String("\\n");
        else if (c == u'\r')
            out += QLatin1String("\\r");
        else if (c == u'\t')
            out += QLatin1String("\\t");
        else
            out += c;
    }
    out += u'"';
    return out;
}

} // namespace

void locate(const QString &text, Diagnostic &d)
{
    if (d.offset < 0) {
        d.line = 0;
        d.column = 0;
        return;
    }
    d.line = 1;
    int lineStart = 0;
    const int end = std::min(d.offset, int(text.size()));
    for (int i = 0; i < end; ++i) {
        if (text.at(i) == u'\n') {
            ++d.line;
            lineStart = i + 1;
        }
    }
    d.column = d.offset - lineStart + 1;
}

QString Diagnostic::toString() const
{
    if (offset < 0 || column <= 0)
        return message;
    if (line > 1)
        return Text::tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
    return Text::tr("column %1: %2").arg(column).arg(message);
}

Expression::Expression() = default;
Expression::~Expression() = default;
Expression::Expression(const Expression &) = default;
Expression &Expression::operator=(const Expression &) = default;
Expression::Expression(Expression &&) noexcept = default;
Expression &Expression::operator=(Expression &&) noexcept = default;

Expression::Expression(std::shared_ptr<const Program> program)
    : m_program(std::move(program))
{ }

Result<Expression> Expression::compile(const QString &text, Diagnostic *where)
{
    auto program = build(text, where);
    if (!program)
        return program.error();
    return Expression(std::move(program).value());
}

Result<bool> Expression::matches(const Instance &instance, const EvalContext &context) const
{
    if (!m_program)
        return Error(Error::Code::InvalidInput, Text::tr("the expression has not been compiled"));
    return Evaluator::run(*m_program, instance, context);
}

QString Expression::text() const
{
    return m_program ? m_program->text : QString();
}

bool Expression::isLocationAlias() const
{
    return m_program && m_program->locationAlias;
}

QStringList Expression::fieldNames()
{
    return fieldNamesOf(ObjKind::None);
}

QStringList Expression::elementFieldNames(const QString &arrayField)
{
    if (arrayField == QLatin1String("disks"))
        return fieldNamesOf(ObjKind::Disk);
    if (arrayField == QLatin1String("nics"))
        return fieldNamesOf(ObjKind::Nic);
    if (arrayField == QLatin1String("snapshots"))
        return fieldNamesOf(ObjKind::Snapshot);
    return {};
}

QStringList Expression::functionNames()
{
    return fnNames();
}

Result<Expression> compileFilter(const QString &text, Diagnostic *where)
{
    const QString word = text.trimmed();
    if (word.isEmpty())
        return Expression::compile(QStringLiteral("true"), where);
    bool alias = false;
    if (text.size() <= Expression::MaxLength) {
        Program probe;
        probe.text = text;
        alias = Parser::isBareWord(probe);
        if (!alias) {
            Diagnostic syntax;
            Program again;
            again.text = text;
            alias = Parser::parse(again, syntax) == nullptr;
        }
    }
    if (!alias) {
        auto compiled = Expression::compile(text, where);
        if (compiled || !nameLike(word))
            return compiled;
    }
    if (word.size() > Pattern::MaxLength)
        return Expression::compile(text, where); // too long for a search: report it as written
    QString ignored;
    const QString lit = quoted(word);
    const QString spelled = Pattern::compile(word, &ignored)
        ? QStringLiteral("location matches %1 or location contains %1").arg(lit)
        : QStringLiteral("location contains %1").arg(lit);
    auto program = build(spelled, where);
    if (!program)
        return program.error();
    program.value()->locationAlias = true;
    return Expression(std::move(program).value());
}

} // namespace ferry::expr
