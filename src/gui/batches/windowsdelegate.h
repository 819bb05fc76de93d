#pragma once

#include <QStyledItemDelegate>

namespace ferry::gui {

// Editors of the Batch wizard's windows table (WindowsModel): a date and time in UTC for start,
// end and lockout (whose lowest value stands for "none"), a spin box for the capacity. The page
// keeps them open; every change is committed at once, so the checks follow the typing.
class WindowsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowsDelegate)

public:
    explicit WindowsDelegate(QObject *parent = nullptr);
    ~WindowsDelegate() override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    void commitNow(QWidget *editor);
};

} // namespace ferry::gui
