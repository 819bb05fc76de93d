#include "util/units.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ferry::units {

Result<qint64> parseDurationMs(const QString &input)
{
    const QString text = input.trimmed();
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(ms|h|m|s)"));
    if (text == QLatin1String("0"))
        return qint64(0);
    qint64 total = 0;
    qsizetype pos = 0;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() != pos)
            break;
        pos = m.capturedEnd();
        const double v = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        const double factor = unit == QLatin1String("h") ? 3600000.0
            : unit == QLatin1String("m")                 ? 60000.0
            : unit == QLatin1String("s")                 ? 1000.0
                                                         : 1.0;
        total += qint64(v * factor);
    }
    if (text.isEmpty() || pos != text.size())
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("units",
                "\"%1\" is not a duration; write it like "
                "90s, 10m, 1h30m or 5m0s.")
                .arg(text));
    return total;
}

QString formatDuration(qint64 ms)
{
    if (ms == 0)
        return QStringLiteral("0s");
    QString out;
    const qint64 h = ms / 3600000, m = (ms / 60000) % 60, s = (ms / 1000) % 60, rest = ms % 1000;
    if (h)
        out += QStringLiteral("%1h").arg(h);
    if (h || m)
        out += QStringLiteral("%1m").arg(m);
    if (rest)
        out += QStringLiteral("%1.%2s").arg(s).arg(rest, 3, 10, QLatin1Char('0'));
    else
        out += QStringLiteral("%1s").arg(s);
    return out;
}

Result<qint64> parseBytes(const QString &input)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(B|K|KB|KiB|M|MB|MiB|G|GB|GiB|T|TB|TiB)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(input);
    if (!m.hasMatch())
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("units",
                "\"%1\" is not a size; write it like "
                "4GiB or 4096MiB.")
                .arg(input.trimmed()));
    const QString unit = m.captured(2).toUpper();
    double factor = 1;
    if (unit.startsWith(QLatin1Char('K')))
        factor = 1024.0;
    else if (unit.startsWith(QLatin1Char('M')))
        factor = 1024.0 * 1024;
    else if (unit.startsWith(QLatin1Char('G')))
        factor = 1024.0 * 1024 * 1024;
    else if (unit.startsWith(QLatin1Char('T')))
        factor = 1024.0 * 1024 * 1024 * 1024;
    return qint64(m.captured(1).toDouble() * factor);
}

QString formatBytes(qint64 bytes)
{
    const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    double v = double(bytes);
    int i = 0;
    while (v >= 1024 && i < 5) {
        v /= 1024;
        ++i;
    }
    if (i == 0)
        return QStringLiteral("%1B").arg(bytes);
    return QStringLiteral("%1%2").arg(v, 0, 'f', 2).arg(QLatin1String(units[i]));
}

} // namespace ferry::units
