#include "expr/pattern.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace ferry::expr {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Expression)
};

bool isAsciiPunct(QChar c)
{
    const char16_t u = c.unicode();
    return u < 128 && u > 32 && !c.isLetterOrNumber() && u != 127;
}

bool isMeta(QChar c)
{
    switch (c.unicode()) {
    case u'.':
    case u'^':
    case u'$':
    case u'|':
    case u'?':
    case u'*':
    case u'+':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'{':
    case u'}':
    case u'\\':
        return true;
    default:
        return false;
    }
}

struct Analysis
{
    bool literal = true; // only text, \-escaped punctuation, a leading ^ and a trailing $
    bool anchoredStart = false;
    bool anchoredEnd = false;
    QString text; // the literal text
    QString rewritten; // for PCRE2: $ -> \z unless multi-line
    QString error;
    int errorOffset = -1;
};

// Walks the pattern once: refuses what RE2 does not accept and could be exponential, finds out
// whether it is plain text, and rewrites $ to mean "end of text" as in Go (PCRE2's $ also
// matches before a final newline).
Analysis analyse(const QString &p)
{
    Analysis a;
    const int size = int(p.size());
    bool inClass = false;
    bool multiline = false;
    std::vector<int> dollars; // offsets in a.rewritten
    auto refuse = [&](int at, const QString &why) {
        if (a.error.isEmpty()) {
            a.error = why;
            a.errorOffset = at;
        }
    };
    for (int i = 0; i < size && a.error.isEmpty(); ++i) {
        const QChar c = p.at(i);
        if (c == u'\\') {
            if (i + 1 >= size) {
                a.rewritten += c;
                a.literal = false;
                break; // PCRE2 reports the trailing backslash
            }
            const QChar e = p.at(i + 1);
            const char16_t u = e.unicode();
            if ((u >= u'1' && u <= u'9') || u == u'g' || u == u'k')
                refuse(i, Text::tr("back-references (\\%1) are not supported").arg(e));
            else if (u == u'C' || u == u'K')
                refuse(i, Text::tr("\\%1 is not supported").arg(e));
            if (isAsciiPunct(e)) {
                if (!inClass)
                    a.text += e;
            } else {
                a.literal = false;
            }
            a.rewritten += c;
            a.rewritten += e;
            ++i;
            continue;
        }
        if (inClass) {
            if (c == u']')
                inClass = false;
            a.rewritten += c;
            continue;
        }
        switch (c.unicode()) {
        case u'[': {
            inClass = true;
            a.literal = false;
            a.rewritten += c;
            // A ] right after [ or [^ is a literal ].
            int j = i + 1;
            if (j < size && p.at(j) == u'^') {
                a.rewritten += p.at(j);
                ++j;
            }
            if (j < size && p.at(j) == u']') {
                a.rewritten += p.at(j);
                ++j;
            }
            i = j - 1;
            continue;
        }
        case u'(': {
            a.literal = false;
            const QStringView rest = QStringView(p).mid(i + 1);
            if (rest.startsWith(u'*')) {
                refuse(i, Text::tr("verbs such as (*…) are not supported"));
            } else if (rest.startsWith(u'?')) {
                const QStringView g = rest.mid(1);
                if (g.startsWith(u'=') || g.startsWith(u'!') || g.startsWith(QLatin1String("<="))
                    || g.startsWith(QLatin1String("<!")))
                    refuse(i,
                        Text::tr("look-ahead and look-behind ((?=, (?!, (?<=, (?<!) are not "
                                 "supported"));
                else if (g.startsWith(u'>'))
                    refuse(i, Text::tr("atomic groups ((?>) are not supported"));
                else if (g.startsWith(u'(') || g.startsWith(u'R') || g.startsWith(u'&')
                    || g.startsWith(QLatin1String("P>")) || g.startsWith(QLatin1String("P="))
                    || g.startsWith(u'|') || g.startsWith(u'#') || g.startsWith(u'C')
                    || g.startsWith(u'+') || g.startsWith(u'-') || (!g.isEmpty() && g[0].isDigit()))
                    refuse(i,
                        Text::tr("this kind of group (%1) is not supported")
                            .arg(QStringView(p).mid(i, 3).toString()));
                else if (!g.startsWith(u'<') && !g.startsWith(QLatin1String("P<"))) {
                    // (?flags) or (?flags:...)
                    for (QChar f : g) {
                        if (f == u')' || f == u':')
                            break;
                        if (f == u'm')
                            multiline = true;
                    }
                }
            }
            a.rewritten += c;
            continue;
        }
        case u'^':
            if (i == 0) {
                a.anchoredStart = true;
            } else {
                a.literal = false;
            }
            a.rewritten += c;
            continue;
        case u'$':
            if (i == size - 1)
                a.anchoredEnd = true;
            else
                a.literal = false;
            dollars.push_back(int(a.rewritten.size()));
            a.rewritten += c;
            continue;
        default:
            if (isMeta(c))
                a.literal = false;
            else
                a.text += c;
            a.rewritten += c;
        }
    }
    if (!multiline) {
        for (auto it = dollars.rbegin(); it != dollars.rend(); ++it)
            a.rewritten.replace(*it, 1, QStringLiteral("\\z"));
    }
    return a;
}

struct CacheEntry
{
    std::shared_ptr<const Pattern> pattern;
    QString error;
};

} // namespace

std::shared_ptr<const Pattern> Pattern::compile(
    const QString &pattern, QString *error, int *errorOffset)
{
    auto failWith = [&](const QString &message, int offset) {
        if (error)
            *error = message;
        if (errorOffset)
            *errorOffset = offset;
        return std::shared_ptr<const Pattern>();
    };
    if (pattern.size() > MaxLength)
        return failWith(
            Text::tr("the regular expression is longer than %1 characters").arg(MaxLength), -1);
    const Analysis a = analyse(pattern);
    if (!a.error.isEmpty())
        return failWith(a.error, a.errorOffset);

    auto out = std::make_shared<Pattern>();
    if (a.literal) {
        out->m_literal = a.text;
        out->m_kind = a.anchoredStart && a.anchoredEnd ? Kind::Equals
            : a.anchoredStart                          ? Kind::StartsWith
            : a.anchoredEnd                            ? Kind::EndsWith
                                                       : Kind::Contains;
        if (out->m_kind == Kind::Contains)
            out->m_matcher.setPattern(out->m_literal);
        return out;
    }
    // Checked as written, so the error offset is the person's.
    const QRegularExpression check(pattern);
    if (!check.isValid())
        return failWith(check.errorString(), int(check.patternErrorOffset()));
    out->m_kind = Kind::Regex;
    out->m_re
        = QRegularExpression(QStringLiteral("(*LIMIT_MATCH=%1)").arg(MatchLimit) + a.rewritten,
            QRegularExpression::DontCaptureOption);
    if (!out->m_re.isValid())
        return failWith(out->m_re.errorString(), -1);
    out->m_re.optimize();
    return out;
}

std::shared_ptr<const Pattern> Pattern::cached(const QString &pattern, QString *error)
{
    thread_local QHash<QString, CacheEntry> cache;
    const auto it = cache.constFind(pattern);
    if (it != cache.constEnd()) {
        if (!it->pattern && error)
            *error = it->error;
        return it->pattern;
    }
    if (cache.size() >= 128)
        cache.clear();
    CacheEntry e;
    e.pattern = compile(pattern, &e.error);
    if (!e.pattern && error)
        *error = e.error;
    cache.insert(pattern, e);
    return e.pattern;
}

QString Pattern::escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (isAsciiPunct(c))
            out += u'\\';
        out += c;
    }
    return out;
}

bool Pattern::matches(QStringView s) const
{
    switch (m_kind) {
    case Kind::Contains:
        return m_literal.isEmpty() || m_matcher.indexIn(s) >= 0;
    case Kind::StartsWith:
        return s.startsWith(m_literal);
    case Kind::EndsWith:
        return s.endsWith(m_literal);
    case Kind::Equals:
        return s == m_literal;
    case Kind::Regex:
        return m_re.match(s).hasMatch();
    }
    return false;
}

} // namespace ferry::expr
