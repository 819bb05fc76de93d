#include "convert/linuxnettext.h"

namespace ferry::convert::linuxconfig::nettext {

QString sectionOf(const QString &line)
{
    const QString t = line.trimmed();
    if (t.size() > 2 && t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']')))
        return t.mid(1, t.size() - 2).trimmed();
    return {};
}

QString keyOf(const QString &line)
{
    const QString t = line.trimmed();
    if (t.isEmpty() || t.startsWith(QLatin1Char('#')) || t.startsWith(QLatin1Char(';')))
        return {};
    const auto eq = t.indexOf(QLatin1Char('='));
    return eq < 0 ? QString() : t.left(eq).trimmed();
}

QString valueOf(const QString &line)
{
    const QString t = line.trimmed();
    return t.mid(t.indexOf(QLatin1Char('=')) + 1).trimmed();
}

QString withValue(const QString &line, const QString &value)
{
    const auto eq = line.indexOf(QLatin1Char('='));
    if (eq < 0)
        return line;
    qsizetype start = eq + 1;
    while (start < line.size() && line.at(start).isSpace())
        ++start;
    qsizetype end = line.size();
    while (end > start && line.at(end - 1).isSpace())
        --end;
    return line.left(start) + value + line.mid(end);
}

QString unquoted(QString v)
{
    if (v.size() >= 2
        && ((v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')))
            || (v.startsWith(QLatin1Char('\'')) && v.endsWith(QLatin1Char('\'')))))
        v = v.mid(1, v.size() - 2);
    return v;
}

} // namespace ferry::convert::linuxconfig::nettext
