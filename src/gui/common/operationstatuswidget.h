#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class QPlainTextEdit;

namespace ferry::gui {

class IconLabel;

// The "what is happening" block of a wizard step or dialog that waits for a server: a status
// badge with a headline, a bar while work runs, a message, and the technical details behind a
// Details expander (as in the error dialog).
class OperationStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationStatusWidget)

public:
    enum class State {
        Idle,
        Running,
        Succeeded,
        NeedsAttention,
        Failed,
    };

    // prefix: object names become <prefix>Headline, <prefix>Message, <prefix>ProgressBar, ...
    explicit OperationStatusWidget(const QString &prefix, QWidget *parent = nullptr);
    ~OperationStatusWidget() override;

    void setRunning(const QString &headline, const QString &message = {});
    void setProgressText(const QString &text);
    void setResult(
        State state, const QString &headline, const QString &message, const QString &details = {});
    void clear();

    State state() const { return m_state; }
    QString headline() const;
    QString message() const;
    QString details() const;

private:
    void setDetailsVisible(bool visible);

    State m_state = State::Idle;
    IconLabel *m_icon = nullptr;
    QLabel *m_headline = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_progressText = nullptr;
    QLabel *m_message = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace ferry::gui
