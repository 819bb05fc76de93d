#include "expr/lexer.h"

#include "expr/expression.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace ferry::expr {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Expression)
};

bool isNameStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u'$';
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

const char *const kWords[]
    = {"and", "or", "not", "in", "matches", "contains", "startsWith", "endsWith"};

// Longest first.
const char *const kPuncts[]
    = {"?.", "??", "==", "!=", "<=", ">=", "&&", "||", "**", "..", "+", "-", "*", "/", "%", "^",
        "<", ">", "!", "?", ":", ".", ",", "(", ")", "[", "]", "{", "}", "#", "|", ";", "="};

class Scanner
{
public:
    Scanner(const QString &text, std::vector<Token> &out, Diagnostic &error)
        : m_text(text)
        , m_out(out)
        , m_error(error)
    { }

    bool run()
    {
        const int size = int(m_text.size());
        while (true) {
            if (!skipSpaceAndComments())
                return false;
            if (m_pos >= size)
                break;
            const QChar c = m_text.at(m_pos);
            bool ok = true;
            if (isNameStart(c))
                name();
            else if (c.isDigit() && c.unicode() < 128)
                ok = number();
            else if (c == u'.' && m_pos + 1 < size && m_text.at(m_pos + 1).isDigit()
                && !previousEndsValue())
                ok = number();
            else if (c == u'\'' || c == u'"')
                ok = quoted(c);
            else if (c == u'`')
                ok = raw();
            else
                ok = punct();
            if (!ok)
                return false;
        }
        Token end;
        end.kind = TokKind::End;
        end.pos = size;
        end.len = 0;
        m_out.push_back(std::move(end));
        return true;
    }

private:
    bool fail(int pos, int len, const QString &message)
    {
        m_error.offset = pos;
        m_error.length = len;
        m_error.message = message;
        return false;
    }

    bool previousEndsValue() const
    {
        if (m_out.empty())
            return false;
        const Token &t = m_out.back();
        return t.kind == TokKind::Name || t.kind == TokKind::Int || t.kind == TokKind::Float
            || t.kind == TokKind::String || t.punct(")") || t.punct("]") || t.punct("#");
    }

    bool skipSpaceAndComments()
    {
        const int size = int(m_text.size());
        while (m_pos < size) {
            const QChar c = m_text.at(m_pos);
            if (c.isSpace()) {
                ++m_pos;
            } else if (c == u'/' && m_pos + 1 < size && m_text.at(m_pos + 1) == u'/') {
                while (m_pos < size && m_text.at(m_pos) != u'\n')
                    ++m_pos;
            } else if (c == u'/' && m_pos + 1 < size && m_text.at(m_pos + 1) == u'*') {
                const int start = m_pos;
                const int end = int(m_text.indexOf(QLatin1String("*/"), m_pos + 2));
                if (end < 0)
                    return fail(
                        start, 2, Text::tr("the comment that starts here is not closed with */"));
                m_pos = end + 2;
            } else {
                break;
            }
        }
        return true;
    }

    void push(TokKind kind, int pos, QString text)
    {
        Token t;
        t.kind = kind;
        t.pos = pos;
        t.len = m_pos - pos;
        t.text = std::move(text);
        m_out.push_back(std::move(t));
    }

    void name()
    {
        const int start = m_pos;
        const int size = int(m_text.size());
        while (m_pos < size && isNameChar(m_text.at(m_pos)))
            ++m_pos;
        QString word = m_text.mid(start, m_pos - start);
        TokKind kind = TokKind::Name;
        for (const char *w : kWords) {
            if (word == QLatin1String(w)) {
                kind = TokKind::Word;
                break;
            }
        }
        push(kind, start, std::move(word));
    }

    bool number()
    {
        const int start = m_pos;
        const int size = int(m_text.size());
        auto at = [&](int i) {
            return i < size ? m_text.at(i) : QChar();
        };
        auto digitsOf = [&](int base) {
            const int from = m_pos;
            while (m_pos < size) {
                const QChar c = m_text.at(m_pos);
                const int v = c == u'_' ? 0 : hexValue(c);
                if (v < 0 || v >= base)
                    break;
                ++m_pos;
            }
            return m_pos - from;
        };
        bool isFloat = false;
        int base = 10;
        if (at(m_pos) == u'0' && (at(m_pos + 1) == u'x' || at(m_pos + 1) == u'X'))
            base = 16;
        else if (at(m_pos) == u'0' && (at(m_pos + 1) == u'o' || at(m_pos + 1) == u'O'))
            base = 8;
        else if (at(m_pos) == u'0' && (at(m_pos + 1) == u'b' || at(m_pos + 1) == u'B'))
            base = 2;
        if (base != 10) {
            m_pos += 2;
            if (digitsOf(base) == 0)
                return fail(start, m_pos - start,
                    Text::tr("expected digits after %1").arg(m_text.mid(start, 2)));
        } else {
            digitsOf(10);
            if (at(m_pos) == u'.' && at(m_pos + 1).isDigit()) {
                isFloat = true;
                ++m_pos;
                digitsOf(10);
            }
            if (at(m_pos) == u'e' || at(m_pos) == u'E') {
                int p = m_pos + 1;
                if (at(p) == u'+' || at(p) == u'-')
                    ++p;
                if (at(p).isDigit()) {
                    isFloat = true;
                    m_pos = p;
                    digitsOf(10);
                }
            }
        }
        if (m_pos < size && isNameChar(m_text.at(m_pos)))
            return fail(m_pos, 1,
                Text::tr("unexpected character '%1' after the number %2")
                    .arg(m_text.at(m_pos), m_text.mid(start, m_pos - start)));
        QString digits = m_text.mid(start, m_pos - start);
        digits.remove(u'_');
        Token t;
        t.pos = start;
        t.len = m_pos - start;
        t.text = m_text.mid(start, m_pos - start);
        if (isFloat) {
            bool ok = false;
            t.kind = TokKind::Float;
            t.f = digits.toDouble(&ok);
            if (!ok || !std::isfinite(t.f))
                return fail(start, t.len, Text::tr("the number %1 is too large").arg(t.text));
        } else {
            bool ok = false;
            t.kind = TokKind::Int;
            t.i = base == 10 ? digits.toLongLong(&ok, 10) : digits.mid(2).toLongLong(&ok, base);
            if (!ok)
                return fail(start, t.len, Text::tr("the number %1 is too large").arg(t.text));
        }
        m_out.push_back(std::move(t));
        return true;
    }

    bool quoted(QChar quote)
    {
        const int start = m_pos;
        const int size = int(m_text.size());
        ++m_pos;
        QString value;
        while (true) {
            if (m_pos >= size)
                return fail(start, 1,
                    Text::tr("the text that starts here is not closed: expected %1 at the end")
                        .arg(quote));
            const QChar c = m_text.at(m_pos);
            if (c == quote) {
                ++m_pos;
                break;
            }
            if (c != u'\\') {
                value += c;
                ++m_pos;
                continue;
            }
            if (m_pos + 1 >= size)
                return fail(start, 1,
                    Text::tr("the text that starts here is not closed: expected %1 at the end")
                        .arg(quote));
            const QChar e = m_text.at(m_pos + 1);
            const int escPos = m_pos;
            m_pos += 2;
            switch (e.unicode()) {
            case u'n':
                value += u'\n';
                break;
            case u't':
                value += u'\t';
                break;
            case u'r':
                value += u'\r';
                break;
            case u'a':
                value += u'\a';
                break;
            case u'b':
                value += u'\b';
                break;
            case u'f':
                value += u'\f';
                break;
            case u'v':
                value += u'\v';
                break;
            case u'\\':
                value += u'\\';
                break;
            case u'\'':
                value += u'\'';
                break;
            case u'"':
                value += u'"';
                break;
            case u'x':
            case u'u':
            case u'U': {
                const int digits = e == u'x' ? 2 : e == u'u' ? 4 : 8;
                char32_t code = 0;
                for (int i = 0; i < digits; ++i) {
                    const int v = m_pos < size ? hexValue(m_text.at(m_pos)) : -1;
                    if (v < 0)
                        return fail(escPos, m_pos - escPos + 1,
                            Text::tr("\\%1 needs %2 hexadecimal digits").arg(e).arg(digits));
                    code = code * 16 + char32_t(v);
                    ++m_pos;
                }
                if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                    return fail(
                        escPos, m_pos - escPos, Text::tr("\\%1 is not a valid character").arg(e));
                value += QString::fromUcs4(&code, 1);
                break;
            }
            default:
                if (e >= u'0' && e <= u'7') {
                    int code = e.unicode() - u'0';
                    for (int i = 0; i < 2 && m_pos < size && m_text.at(m_pos) >= u'0'
                         && m_text.at(m_pos) <= u'7';
                         ++i, ++m_pos)
                        code = code * 8 + (m_text.at(m_pos).unicode() - u'0');
                    if (code > 255)
                        return fail(
                            escPos, m_pos - escPos, Text::tr("the octal escape is above \\377"));
                    value += QChar(code);
                } else {
                    // Kept as written, so regular expressions read naturally: '\d+', '\.'.
                    value += u'\\';
                    value += e;
                }
            }
        }
        Token t;
        t.kind = TokKind::String;
        t.pos = start;
        t.len = m_pos - start;
        t.text = std::move(value);
        m_out.push_back(std::move(t));
        return true;
    }

    bool raw()
    {
        const int start = m_pos;
        const int end = int(m_text.indexOf(u'`', m_pos + 1));
        if (end < 0)
            return fail(start, 1,
                Text::tr("the text that starts here is not closed: expected ` at the end"));
        m_pos = end + 1;
        Token t;
        t.kind = TokKind::String;
        t.pos = start;
        t.len = m_pos - start;
        t.text = m_text.mid(start + 1, end - start - 1);
        m_out.push_back(std::move(t));
        return true;
    }

    bool punct()
    {
        const int start = m_pos;
        const QStringView rest = QStringView(m_text).mid(m_pos);
        for (const char *p : kPuncts) {
            const QLatin1String op(p);
            if (rest.startsWith(op)) {
                m_pos += int(op.size());
                push(TokKind::Punct, start, QString(op));
                return true;
            }
        }
        QString shown = m_text.at(m_pos);
        if (m_text.at(m_pos).isHighSurrogate() && m_pos + 1 < m_text.size())
            shown += m_text.at(m_pos + 1);
        return fail(start, int(shown.size()), Text::tr("unexpected character '%1'").arg(shown));
    }

    const QString &m_text;
    std::vector<Token> &m_out;
    Diagnostic &m_error;
    int m_pos = 0;
};

} // namespace

bool Lexer::tokenize(const QString &text, std::vector<Token> &out, Diagnostic &error)
{
    out.clear();
    return Scanner(text, out, error).run();
}

} // namespace ferry::expr
