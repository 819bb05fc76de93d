// Batch YAML: the forms of times and durations.
#include "batch/batchtime.h"

#include "batch/batchyamlsuggest.h"
#include "util/units.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ferry::batch {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BatchYaml)
};

using detail::quoted;

} // namespace

Result<QDateTime> parseBatchTime(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return QDateTime();
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?"
        "(?:\\s*(Z|z|[+-]\\d{2}:?\\d{2}))?(?:\\s+UTC)?$"));
    const auto m = re.match(text);
    const Error bad(Error::Code::InvalidInput,
        Text::tr("%1 is not a time; write it like 2025-12-01 01:00:00 (UTC) or "
                 "2025-12-01T01:00:00+02:00.")
            .arg(quoted(text)));
    if (!m.hasMatch())
        return bad;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int ms = m.captured(7).isEmpty()
        ? 0
        : m.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime clock(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !clock.isValid())
        return bad;
    int offsetSeconds = 0;
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone.toUpper() != QLatin1String("Z")) {
        const QString digits = QString(zone).remove(QLatin1Char(':'));
        const int hours = digits.mid(1, 2).toInt();
        const int minutes = digits.mid(3, 2).toInt();
        if (hours > 23 || minutes > 59)
            return bad;
        offsetSeconds
            = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    // Go's zero time means "not set", as the reference writes it.
    if (date == QDate(1, 1, 1) && clock == QTime(0, 0) && offsetSeconds == 0)
        return QDateTime();
    const QDateTime t(date, clock, Qt::OffsetFromUTC, offsetSeconds);
    return t.toUTC();
}

QString formatBatchTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    if (utc.time().msec() != 0)
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    return utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

Result<qint64> parseBatchDuration(const QString &input)
{
    const QString text = input.trimmed();
    // Bounded parts keep the sum far from overflowing.
    static const QRegularExpression re(
        QStringLiteral("^(?:0|(?:\\d{1,7}(?:\\.\\d{1,6})?(?:ms|h|m|s))+)$"));
    if (text.size() > 48 || !re.match(text).hasMatch())
        return Error(Error::Code::InvalidInput,
            Text::tr("%1 is not a duration; write it like 90s, 10m, 1h or 1h30m.")
                .arg(quoted(text)));
    return units::parseDurationMs(text);
}

QString formatBatchDuration(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("0s");
    const qint64 h = ms / 3600000, m = (ms / 60000) % 60, s = (ms / 1000) % 60, rest = ms % 1000;
    QString out;
    if (h)
        out += QStringLiteral("%1h").arg(h);
    if (m)
        out += QStringLiteral("%1m").arg(m);
    if (rest && !h && !m && !s)
        return QStringLiteral("%1ms").arg(rest);
    if (rest) {
        QString fraction = QStringLiteral("%1").arg(rest, 3, 10, QLatin1Char('0'));
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        out += QStringLiteral("%1.%2s").arg(s).arg(fraction);
    } else if (s) {
        out += QStringLiteral("%1s").arg(s);
    }
    return out;
}

} // namespace ferry::batch
