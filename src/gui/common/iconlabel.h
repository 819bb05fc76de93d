#pragma once

#include <QIcon>
#include <QLabel>

namespace ferry::gui {

// A label showing one of Ferry's themed icons at a fixed size; it repaints the icon when the
// palette or style changes, so it follows a switch between light and dark themes.
class IconLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IconLabel)

public:
    explicit IconLabel(QWidget *parent = nullptr);
    ~IconLabel() override;

    void setIcon(
        const QString &name, int side, QIcon::Mode mode = QIcon::Normal, qreal opacity = 1.0);
    QString iconName() const { return m_name; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QString m_name;
    int m_side = 16;
    QIcon::Mode m_mode = QIcon::Normal;
    qreal m_opacity = 1.0;
};

} // namespace ferry::gui
