#pragma once

#include <QWidget>

class QTextBrowser;
class QToolButton;
class QLabel;

namespace ferry::gui {

// Help > User Guide: docs/user-guide.md (with its screenshots) rendered from the installed copy,
// offline, with Back, Forward and Contents. Where the guide is looked for: userGuidePath().
class UserGuideWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideWindow)

public:
    explicit UserGuideWindow(QWidget *parent = nullptr);
    ~UserGuideWindow() override;

    // The first that exists of: $FERRY_USER_GUIDE; <bin>/../share/doc/ferry/user-guide.md (Linux
    // package); <bin>/../doc/user-guide.md (Windows installer); the source tree's docs/ (a build
    // tree). Empty when none does.
    static QString userGuidePath();

    bool isGuideLoaded() const { return m_loaded; }
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_forward = nullptr;
    QToolButton *m_home = nullptr;
    bool m_loaded = false;
};

} // namespace ferry::gui
