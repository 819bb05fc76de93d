#include "batches/windowsdelegate.h"

#include "batches/windowsmodel.h"

#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QSpinBox>

namespace ferry::gui {

namespace {

QDateTimeEdit *dateTimeEdit(QWidget *parent, bool optional)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    edit->setFrame(false);
    if (optional) {
        // The minimum stands for "none".
        edit->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
        edit->setSpecialValueText(QCoreApplication::translate("BatchWindowsPage", "None"));
    }
    return edit;
}

bool isTime(int column)
{
    return column == WindowsModel::StartColumn || column == WindowsModel::EndColumn
        || column == WindowsModel::LockoutColumn;
}

} // namespace

WindowsDelegate::WindowsDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

WindowsDelegate::~WindowsDelegate() = default;

void WindowsDelegate::commitNow(QWidget *editor)
{
    Q_EMIT commitData(editor);
}

QWidget *WindowsDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The editors live as long as their rows; committing is not a change of the delegate.
    auto *self = const_cast<WindowsDelegate *>(this);
    if (isTime(index.column())) {
        QDateTimeEdit *edit = dateTimeEdit(parent, index.column() == WindowsModel::LockoutColumn);
        edit->setObjectName(QStringLiteral("windowEdit%1_%2").arg(index.row()).arg(index.column()));
        connect(
            edit, &QDateTimeEdit::dateTimeChanged, self, [self, edit] { self->commitNow(edit); });
        return edit;
    }
    if (index.column() == WindowsModel::CapacityColumn) {
        auto *capacity = new QSpinBox(parent);
        capacity->setRange(0, 100000);
        capacity->setSpecialValueText(
            QCoreApplication::translate("ferry::gui::BatchWindowsPage", "No limit"));
        capacity->setFrame(false);
        capacity->setToolTip(QCoreApplication::translate("ferry::gui::BatchWindowsPage",
            "At most this many instances cut over in this window."));
        connect(capacity, &QSpinBox::valueChanged, self,
            [self, capacity] { self->commitNow(capacity); });
        return capacity;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void WindowsDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QDateTimeEdit *>(editor); edit && isTime(index.column())) {
        const QDateTime value = index.data(Qt::EditRole).toDateTime();
        const QDateTime shown = value.isValid() ? value : edit->minimumDateTime();
        if (edit->dateTime() != shown)
            edit->setDateTime(shown);
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        const int value = index.data(Qt::EditRole).toInt();
        if (spin->value() != value)
            spin->setValue(value);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void WindowsDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QDateTimeEdit *>(editor); edit && isTime(index.column())) {
        const bool none = index.column() == WindowsModel::LockoutColumn
            && edit->dateTime() == edit->minimumDateTime();
        model->setData(index, none ? QDateTime() : edit->dateTime().toUTC());
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        model->setData(index, spin->value());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace ferry::gui
