// Batch YAML: source positions (yaml-cpp's byte marks as editors' lines and columns) and the
// count of documents.
#include "batch/batchyamlsource.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <QRegularExpression>

#include <algorithm>
#include <sstream>

namespace ferry::batch::detail {

namespace {

// Counts documents without building them: the start of the second one, if there is one.
class DocumentCounter final : public YAML::EventHandler
{
public:
    int documents = 0;
    YAML::Mark secondStart;

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        if (++documents == 2)
            secondStart = mark;
    }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { }
    void OnScalar(
        const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override
    { }
    void OnSequenceStart(
        const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    { }
    void OnSequenceEnd() override { }
    void OnMapStart(
        const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    { }
    void OnMapEnd() override { }
};

} // namespace

// Throws as yaml-cpp does.
std::optional<YAML::Mark> secondDocument(const std::string &text)
{
    std::istringstream in(text);
    YAML::Parser parser(in);
    DocumentCounter counter;
    for (int i = 0; i < 2 && parser.HandleNextDocument(counter); ++i) { }
    if (counter.documents < 2)
        return std::nullopt;
    return counter.secondStart;
}

YamlPosition YamlSource::pos(const YAML::Mark &mark) const
{
    if (mark.is_null() || mark.line < 0)
        return {1, 1};
    const int line = mark.line;
    const QByteArray raw = line < m_lines.size() ? m_lines.at(line) : QByteArray();
    // yaml-cpp counts bytes; editors count characters.
    const int bytes = std::clamp(mark.column, 0, int(raw.size()));
    const int column = int(QString::fromUtf8(raw.left(bytes)).size()) + 1
        + std::max(0, mark.column - int(raw.size()));
    return {line + 1, column};
}

YamlPosition YamlSource::insideScalar(const YamlPosition &start, int offset) const
{
    int line = start.line - 1;
    QString s = lineText(line);
    int i = start.column - 1;
    if (i >= s.size())
        return start;
    const QChar style = s.at(i);
    const auto nextLine = [&]() {
        ++line;
        s = lineText(line);
        i = 0;
        while (i < s.size() && (s.at(i) == QLatin1Char(' ') || s.at(i) == QLatin1Char('\t')))
            ++i;
    };
    if (style == QLatin1Char('|') || style == QLatin1Char('>')) {
        // Block scalar: the text starts on the next line, at the first line's indentation.
        ++line;
        int indent = -1;
        for (int l = line; l < m_lines.size() && indent < 0; ++l) {
            const QString t = lineText(l);
            if (!t.trimmed().isEmpty())
                indent = int(
                    t.size() - QString(t).remove(QRegularExpression(QStringLiteral("^ +"))).size());
        }
        indent = std::max(indent, 0);
        int left = offset;
        for (int l = line; l < m_lines.size(); ++l) {
            const int length = std::max(0, int(lineText(l).size()) - indent);
            if (left <= length)
                return {l + 1, indent + left + 1};
            left -= length + 1;
        }
        return start;
    }
    if (style == QLatin1Char('"') || style == QLatin1Char('\'')) {
        ++i;
        for (int decoded = 0; decoded < offset; ++decoded) {
            if (i >= s.size()) {
                nextLine();
                if (line >= m_lines.size())
                    return start;
                continue;
            }
            if (style == QLatin1Char('"') && s.at(i) == QLatin1Char('\\') && i + 1 < s.size()) {
                const QChar e = s.at(i + 1);
                i += e == QLatin1Char('x')  ? 4
                    : e == QLatin1Char('u') ? 6
                    : e == QLatin1Char('U') ? 10
                                            : 2;
            } else if (style == QLatin1Char('\'') && s.at(i) == QLatin1Char('\'')
                && i + 1 < s.size() && s.at(i + 1) == QLatin1Char('\'')) {
                i += 2;
            } else {
                ++i;
            }
        }
        return {line + 1, std::min(i, int(s.size())) + 1};
    }
    // Plain scalar.
    for (int decoded = 0; decoded < offset; ++decoded) {
        if (i >= s.size()) {
            nextLine();
            if (line >= m_lines.size())
                return start;
            continue;
        }
        ++i;
    }
    return {line + 1, i + 1};
}

} // namespace ferry::batch::detail
