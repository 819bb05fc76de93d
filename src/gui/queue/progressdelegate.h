#pragma once

#include <QStyledItemDelegate>

namespace ferry::gui {

// Draws a progress bar in a cell from the per-mille value in QueueModel::ProgressRole (nothing
// while it is unknown), with the cell's text ("42.0 %") on it.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDelegate)

public:
    explicit ProgressDelegate(QObject *parent = nullptr);
    ~ProgressDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ferry::gui
