#include "common/iconlabel.h"

#include "common/icons.h"

#include <QEvent>
#include <QPainter>

namespace ferry::gui {

IconLabel::IconLabel(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
}

IconLabel::~IconLabel() = default;

void IconLabel::setIcon(const QString &name, int side, QIcon::Mode mode, qreal opacity)
{
    m_name = name;
    m_side = side;
    m_mode = mode;
    m_opacity = opacity;
    setFixedSize(side, side);
    render();
}

void IconLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        render();
        break;
    default:
        break;
    }
}

void IconLabel::render()
{
    if (m_name.isEmpty()) {
        clear();
        return;
    }
    const QPixmap source
        = themedIcon(m_name).pixmap(QSize(m_side, m_side), devicePixelRatioF(), m_mode);
    if (qFuzzyCompare(m_opacity, 1.0)) {
        setPixmap(source);
        return;
    }
    QPixmap faded(source.size());
    faded.setDevicePixelRatio(source.devicePixelRatio());
    faded.fill(Qt::transparent);
    QPainter painter(&faded);
    painter.setOpacity(m_opacity);
    painter.drawPixmap(0, 0, source);
    painter.end();
    setPixmap(faded);
}

} // namespace ferry::gui
