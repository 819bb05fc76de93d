#pragma once

#include "util/result.h"

#include <QWidget>

#include <functional>

class QLabel;
template<typename T>
class QFutureWatcher;

namespace ferry::gui {

class IconLabel;

// The keychain indicator in the status bar. The probe may block for seconds (a locked keychain,
// a Secret Service that is slow to start), so it runs on the thread pool; the watcher belongs to
// this widget, so a closed window never receives the answer.
class KeychainStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainStatusWidget)

public:
    enum class State {
        NotStarted,
        Checking,
        Available,
        Unavailable,
    };
    Q_ENUM(State)

    using Probe = std::function<Status()>;

    explicit KeychainStatusWidget(Probe probe, QWidget *parent = nullptr);
    ~KeychainStatusWidget() override;

    void start();
    State state() const { return m_state; }
    QString text() const;

Q_SIGNALS:
    void stateChanged(ferry::gui::KeychainStatusWidget::State state);

private:
    void onProbeFinished();
    void setState(State state, const QString &toolTip);
    void updateIcon();

    Probe m_probe;
    State m_state = State::NotStarted;
    QFutureWatcher<Status> *m_watcher = nullptr;
    IconLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace ferry::gui
