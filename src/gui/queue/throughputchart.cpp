#include "queue/throughputchart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ferry::gui {

namespace {

constexpr double kMiB = 1048576.0;

// A round top for the axis: 1, 2, 5, 10, 20, 50 ... MiB/s.
double niceCeiling(double value)
{
    if (value <= 1)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0})
        if (value <= step * magnitude)
            return step * magnitude;
    return 10 * magnitude;
}

} // namespace

ThroughputChart::ThroughputChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("throughputChart"));
    setAccessibleName(tr("Throughput"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

ThroughputChart::~ThroughputChart() = default;

void ThroughputChart::addSample(const QDateTime &at, double bytesPerSecond)
{
    m_samples << Sample {at, qMax(0.0, bytesPerSecond)};
    const QDateTime oldest = at.addSecs(-m_spanSeconds);
    int drop = 0;
    // Keep one sample before the span so the line starts at the left edge.
    while (drop + 1 < m_samples.size() && m_samples[drop + 1].at < oldest)
        ++drop;
    m_samples.remove(0, drop);
    setAccessibleDescription(
        tr("%1 MiB/s now").arg(QLocale().toString(bytesPerSecond / kMiB, 'f', 1)));
    update();
}

void ThroughputChart::clear()
{
    m_samples.clear();
    update();
}

void ThroughputChart::setSpanSeconds(int seconds)
{
    m_spanSeconds = qMax(10, seconds);
    update();
}

QSize ThroughputChart::sizeHint() const
{
    return {360, 120};
}

QSize ThroughputChart::minimumSizeHint() const
{
    return {200, 90};
}

void ThroughputChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const QColor text = pal.color(QPalette::Text);
    QColor faint = pal.color(QPalette::PlaceholderText);
    QColor grid = text;
    grid.setAlphaF(0.12f);

    const double latest = m_samples.isEmpty() ? 0 : m_samples.constLast().bytesPerSecond;
    double peak = 0;
    for (const Sample &s : m_samples)
        peak = qMax(peak, s.bytesPerSecond);
    const double top = niceCeiling(peak / kMiB);

    // Title line: what it is, and the figure now.
    const int line = fm.height();
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    const QString title = tr("Throughput");
    p.drawText(QPoint(0, fm.ascent()), title);
    p.setFont(font());
    p.setPen(faint);
    const QString now = m_samples.isEmpty()
        ? tr("no copy running")
        : tr("%1 MiB/s now").arg(QLocale().toString(latest / kMiB, 'f', 1));
    p.drawText(QPoint(QFontMetrics(bold).horizontalAdvance(title) + 10, fm.ascent()), now);

    // Plot area with the axis labels to its left and the time under it.
    const QString topLabel = QLocale().toString(top, 'g', 4);
    const int labelWidth
        = qMax(fm.horizontalAdvance(topLabel), fm.horizontalAdvance(QStringLiteral("0"))) + 6;
    const QRectF plot(labelWidth, line + 6, width() - labelWidth - 1, height() - 2 * line - 10);
    if (plot.width() < 20 || plot.height() < 20)
        return;
    p.setPen(QPen(grid, 1));
    for (int i = 0; i <= 2; ++i) {
        const double y = plot.top() + plot.height() * i / 2.0;
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    p.setPen(faint);
    p.drawText(QRectF(0, plot.top() - line / 2.0, labelWidth - 4, line),
        Qt::AlignRight | Qt::AlignVCenter, topLabel);
    p.drawText(QRectF(0, plot.bottom() - line / 2.0, labelWidth - 4, line),
        Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    const QRectF bottom(plot.left(), plot.bottom() + 2, plot.width(), line + 2);
    p.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter, tr("%1 min ago").arg(m_spanSeconds / 60));
    p.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, tr("now (MiB/s)"));

    if (m_samples.size() < 2)
        return;
    const QDateTime end = m_samples.constLast().at;
    auto point = [&](const Sample &s) {
        const double age = double(s.at.msecsTo(end)) / 1000.0;
        const double x = plot.right() - plot.width() * qMin(1.0, age / m_spanSeconds);
        const double y = plot.bottom() - plot.height() * qMin(1.0, s.bytesPerSecond / kMiB / top);
        return QPointF(x, y);
    };
    QPainterPath path;
    path.moveTo(point(m_samples.constFirst()));
    for (int i = 1; i < m_samples.size(); ++i)
        path.lineTo(point(m_samples[i]));
    QPainterPath area = path;
    area.lineTo(QPointF(point(m_samples.constLast()).x(), plot.bottom()));
    area.lineTo(QPointF(point(m_samples.constFirst()).x(), plot.bottom()));
    area.closeSubpath();
    QColor accent = pal.color(QPalette::Highlight);
    QColor fill = accent;
    fill.setAlphaF(0.18f);
    p.save();
    p.setClipRect(plot.adjusted(0, -1, 0, 1));
    p.fillPath(area, fill);
    p.setPen(QPen(accent, 2));
    p.drawPath(path);
    p.restore();
}

} // namespace ferry::gui
