#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;

namespace ferry::gui {

class IconLabel;

// What a page shows while it has nothing to list: an icon, a title, a sentence or two about what
// the page is for, and the page's primary action as a button. The button mirrors a QAction (text,
// icon, enabled state); while the action is disabled its tool tip, which says why, is shown under
// the button as well, so the reason is visible without hovering.
class EmptyStateWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateWidget)

public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);
    ~EmptyStateWidget() override;

    void setIconName(const QString &name);
    void setTitle(const QString &title);
    void setDescription(const QString &description);
    void setAction(QAction *action);

    QString title() const;
    QString description() const;
    QAction *action() const { return m_action; }

private:
    void syncWithAction();

    QPointer<QAction> m_action;
    IconLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QPushButton *m_button = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace ferry::gui
