#pragma once

// Internal to the expression engine: the regular expression of `matches` and `matches_tag`.

#include <QRegularExpression>
#include <QString>
#include <QStringMatcher>

#include <memory>

namespace ferry::expr {

// A pattern in the subset of regular expressions that both PCRE2 (Qt) and Go's RE2 (the
// reference) accept, matched without anchoring as Go's MatchString does. Plain text (with
// optional ^ and $ anchors and \-escaped punctuation) is matched as text, without the regular
// expression engine. Every match of a real regular expression is bounded by PCRE2's match limit
// (an exhausted limit counts as "no match"); features that can be exponential and that RE2 does
// not have (back-references, look-around, atomic groups, recursion, verbs) are refused.
class Pattern final
{
public:
    static constexpr int MaxLength = 1000; // characters
    static constexpr int MatchLimit = 100000; // PCRE2 (*LIMIT_MATCH)

    // nullptr with `error` (and `errorOffset` in the pattern, or -1) when it is not acceptable.
    static std::shared_ptr<const Pattern> compile(
        const QString &pattern, QString *error, int *errorOffset = nullptr);
    // The same through a small per-thread cache, for patterns computed during evaluation.
    static std::shared_ptr<const Pattern> cached(const QString &pattern, QString *error);

    // The pattern that matches the text as it is (ASCII punctuation escaped).
    static QString escape(const QString &text);

    bool matches(QStringView subject) const;
    bool isRegularExpression() const { return m_kind == Kind::Regex; }
    // What one match costs against the evaluation's step budget.
    qint64 cost(qsizetype subjectLength) const
    {
        return m_kind == Kind::Regex ? 64 + subjectLength / 4 : 1 + subjectLength / 64;
    }

private:
    enum class Kind { Contains, StartsWith, EndsWith, Equals, Regex };
    Kind m_kind = Kind::Contains;
    QString m_literal;
    QStringMatcher m_matcher; // Contains: Boyer-Moore, twice as fast as QStringView::contains
    QRegularExpression m_re;
};

} // namespace ferry::expr
