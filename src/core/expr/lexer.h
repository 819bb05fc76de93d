#pragma once

// Internal to the expression engine: splits the text into tokens.

#include <QString>

#include <vector>

namespace ferry::expr {

struct Diagnostic;

enum class TokKind : quint8 {
    End,
    Name, // identifiers, true, false, nil
    Word, // and or not in matches contains startsWith endsWith
    Int,
    Float,
    String,
    Punct,
};

struct Token
{
    TokKind kind = TokKind::End;
    int pos = 0;
    int len = 0;
    QString text; // the name, word, punctuation or the string's value
    qint64 i = 0;
    double f = 0;

    bool is(TokKind k, QStringView t) const { return kind == k && text == t; }
    bool punct(const char *t) const { return kind == TokKind::Punct && text == QLatin1String(t); }
    bool word(const char *t) const { return kind == TokKind::Word && text == QLatin1String(t); }
};

class Lexer final
{
public:
    // The tokens of the text, ending with an End token; false with `error` set on failure.
    static bool tokenize(const QString &text, std::vector<Token> &out, Diagnostic &error);
};

} // namespace ferry::expr
