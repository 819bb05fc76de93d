#include "mainwindow/navigationdelegate.h"

#include <QAbstractItemView>
#include <QPainter>

namespace ferry::gui {

namespace {

constexpr int kOuterMargin = 8; // between the row's highlight and the sidebar's edges
constexpr int kInnerMargin = 10;
constexpr int kVerticalPadding = 8;
constexpr qreal kRadius = 6.0;

} // namespace

NavigationDelegate::NavigationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

NavigationDelegate::~NavigationDelegate() = default;

void NavigationDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);

    QPalette::ColorGroup group = QPalette::Disabled;
    if (opt.state & QStyle::State_Enabled)
        group = (opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const bool selected = opt.state & QStyle::State_Selected;
    const bool hovered = opt.state & QStyle::State_MouseOver;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF row = QRectF(opt.rect).adjusted(kOuterMargin, 1.5, -kOuterMargin, -1.5);
    if (selected || hovered) {
        QColor fill = opt.palette.color(group, QPalette::Highlight);
        if (!selected)
            fill.setAlphaF(0.14);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(row, kRadius, kRadius);
    }
    // Keyboard focus on a row that is not the selected one (rare in a list that selects what is
    // current), shown as an outline.
    if ((opt.state & QStyle::State_HasFocus) && !selected) {
        painter->setPen(QPen(opt.palette.color(group, QPalette::Highlight), 1.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(row.adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    }

    const QSize iconSize = opt.decorationSize;
    const QRect iconRect(int(row.left()) + kInnerMargin,
        opt.rect.center().y() - iconSize.height() / 2 + 1, iconSize.width(), iconSize.height());
    const QIcon::Mode mode = !(opt.state & QStyle::State_Enabled) ? QIcon::Disabled
        : selected                                                ? QIcon::Selected
                                                                  : QIcon::Normal;
    opt.icon.paint(painter, iconRect, Qt::AlignCenter, mode);

    const QRect textRect(iconRect.right() + kInnerMargin, opt.rect.top(),
        int(row.right()) - iconRect.right() - 2 * kInnerMargin, opt.rect.height());
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::WindowText));
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
        opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize NavigationDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const int height = qMax(opt.decorationSize.height(), opt.fontMetrics.height());
    const int width = 2 * kOuterMargin + 3 * kInnerMargin + opt.decorationSize.width()
        + opt.fontMetrics.horizontalAdvance(opt.text);
    return {width, height + 2 * kVerticalPadding};
}

} // namespace ferry::gui
