#pragma once

#include "model/batch.h"

#include <QWidget>

namespace ferry::gui {

// A small timeline of a batch's migration windows: one bar per window on a common time axis,
// its lockout as a tick, a window with a problem in the error colour.
class WindowsTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowsTimeline)

public:
    explicit WindowsTimeline(QWidget *parent = nullptr);
    ~WindowsTimeline() override;

    // problems[i] non-empty marks window i.
    void setWindows(const QVector<MigrationWindow> &windows, const QStringList &problems);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVector<MigrationWindow> m_windows;
    QStringList m_problems;
};

} // namespace ferry::gui
