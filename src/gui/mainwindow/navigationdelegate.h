#pragma once

#include <QStyledItemDelegate>

namespace ferry::gui {

// Draws the navigation rows as a sidebar: roomy rows with the page icon, the selected page as a
// rounded highlight inset from the edges, a faint highlight under the mouse. Colours come from
// the palette, so light and dark themes both work.
class NavigationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationDelegate)

public:
    explicit NavigationDelegate(QObject *parent = nullptr);
    ~NavigationDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ferry::gui
