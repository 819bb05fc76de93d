#include "batches/windowstimeline.h"

#include "common/colors.h"

#include <QPainter>
#include <QPainterPath>

namespace ferry::gui {

namespace {
constexpr int kRowHeight = 20;
constexpr int kAxisHeight = 20;
constexpr int kMargin = 8;
} // namespace

WindowsTimeline::WindowsTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("windowsTimeline"));
    setAccessibleName(tr("Timeline of the migration windows"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

WindowsTimeline::~WindowsTimeline() = default;

void WindowsTimeline::setWindows(
    const QVector<MigrationWindow> &windows, const QStringList &problems)
{
    m_windows = windows;
    m_problems = problems;
    updateGeometry();
    update();
}

QSize WindowsTimeline::sizeHint() const
{
    return {400, minimumSizeHint().height()};
}

QSize WindowsTimeline::minimumSizeHint() const
{
    return {
        200, 2 * kMargin + kAxisHeight + int(qMax<qsizetype>(1, m_windows.size())) * kRowHeight};
}

void WindowsTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.setBrush(pal.color(QPalette::Base));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    QDateTime first, last;
    for (const MigrationWindow &w : std::as_const(m_windows)) {
        for (const QDateTime &t : {w.start, w.end, w.lockout}) {
            if (!t.isValid())
                continue;
            if (!first.isValid() || t < first)
                first = t;
            if (!last.isValid() || t > last)
                last = t;
        }
    }
    if (m_windows.isEmpty() || !first.isValid()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter,
            tr("No windows: the instances may cut over as soon as they are ready."));
        return;
    }
    if (first == last)
        last = first.addSecs(3600);
    const qint64 span = first.msecsTo(last);
    const int labelWidth = qMin(140, area.width() / 4);
    const QRect bars(area.left() + labelWidth, area.top(), area.width() - labelWidth,
        area.height() - kAxisHeight);
    const auto xOf = [&](const QDateTime &t) {
        return bars.left() + double(first.msecsTo(t)) / double(span) * bars.width();
    };

    // Axis: the first and last time, and a faint line at each end.
    p.setPen(pal.color(QPalette::PlaceholderText));
    const QRect axis(bars.left(), bars.bottom() + 4, bars.width(), kAxisHeight - 4);
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    p.drawText(axis, Qt::AlignLeft | Qt::AlignVCenter, first.toString(format));
    p.drawText(axis, Qt::AlignRight | Qt::AlignVCenter, last.toString(format) + tr(" UTC"));
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);
    p.setPen(QPen(grid, 1, Qt::DotLine));
    p.drawLine(QPointF(bars.left(), bars.top()), QPointF(bars.left(), bars.bottom()));
    p.drawLine(QPointF(bars.right(), bars.top()), QPointF(bars.right(), bars.bottom()));

    const QColor ok = pal.color(QPalette::Highlight);
    const QColor bad = errorTextColor(pal);
    for (qsizetype i = 0; i < m_windows.size(); ++i) {
        const MigrationWindow &w = m_windows.at(i);
        const bool problem = !m_problems.value(i).isEmpty();
        const int y = bars.top() + int(i) * kRowHeight;
        p.setPen(problem ? bad : pal.color(QPalette::WindowText));
        p.drawText(QRect(area.left(), y, labelWidth - 6, kRowHeight),
            Qt::AlignLeft | Qt::AlignVCenter,
            p.fontMetrics().elidedText(w.name.isEmpty() ? tr("Window %1").arg(i + 1) : w.name,
                Qt::ElideRight, labelWidth - 6));
        const double x1 = xOf(w.start.isValid() ? w.start : first);
        const double x2 = xOf(w.end.isValid() ? w.end : last);
        QRectF bar(qMin(x1, x2), y + 4, qMax(3.0, qAbs(x2 - x1)), kRowHeight - 8);
        QColor fill = problem ? bad : ok;
        fill.setAlpha(problem ? 110 : 170);
        p.setPen(QPen(problem ? bad : ok.darker(120), 1, problem ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(fill);
        p.drawRoundedRect(bar, 3, 3);
        if (w.lockout.isValid()) {
            const double xl = xOf(w.lockout);
            p.setPen(QPen(pal.color(QPalette::WindowText), 2));
            p.drawLine(QPointF(xl, y + 2), QPointF(xl, y + kRowHeight - 2));
        }
    }
}

} // namespace ferry::gui
