#include "queue/progressdelegate.h"

#include "queue/queuemodel.h"
#include "queue/queuepresentation.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace ferry::gui {

ProgressDelegate::ProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

ProgressDelegate::~ProgressDelegate() = default;

void ProgressDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The cell's background and selection as for any other cell, without its text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const int permille = index.data(QueueModel::ProgressRole).toInt();
    if (permille < 0)
        return;
    QStyleOptionProgressBar bar;
    if (widget)
        bar.initFrom(widget);
    bar.state = option.state & ~(QStyle::State_Selected | QStyle::State_HasFocus);
    bar.state |= QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = queuetext::progressPalette(option.palette);
    bar.rect = option.rect.adjusted(4, 3, -4, -3);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = permille;
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    painter->save();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    painter->restore();
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), 120));
    return size;
}

} // namespace ferry::gui
