#pragma once

#include "batch/batchyaml.h"

#include <yaml-cpp/mark.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <string>

namespace ferry::batch::detail {

// The text of a YAML document, to turn yaml-cpp's marks into places people can find.
class YamlSource final
{
public:
    explicit YamlSource(const QByteArray &text)
        : m_lines(text.split('\n'))
    { }

    YamlPosition pos(const YAML::Mark &mark) const;
    // The place of the character `offset` (0-based, in the decoded text) of the scalar value
    // that starts at `start`.
    YamlPosition insideScalar(const YamlPosition &start, int offset) const;
    QString lineText(int index) const
    {
        return index >= 0 && index < m_lines.size() ? QString::fromUtf8(m_lines.at(index))
                                                    : QString();
    }

private:
    QList<QByteArray> m_lines;
};

// The start of the second document of text, if there is one. Throws as yaml-cpp does.
std::optional<YAML::Mark> secondDocument(const std::string &text);

} // namespace ferry::batch::detail
