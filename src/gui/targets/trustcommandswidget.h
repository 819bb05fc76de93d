#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ferry {
struct Target;
}

namespace ferry::gui {

// What an administrator runs on the server so that it trusts Ferry's client certificate: the
// file Ferry wrote, and the exact command (`lxc config trust add FILE` for LXD, `incus config
// trust add-certificate FILE` for Incus, both while the type is unknown), each with a Copy
// button. The same text as `ferryctl target add --generate-cert` prints.
class TrustCommandsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrustCommandsWidget)

public:
    explicit TrustCommandsWidget(QWidget *parent = nullptr);
    ~TrustCommandsWidget() override;

    // file: the exported public certificate; empty when it could not be written.
    void setTarget(const Target &target, const QString &file);
    QStringList commands() const { return m_commands; }
    QString file() const { return m_file; }

private:
    void copy(int row);

    QLabel *m_intro;
    QLabel *m_fileLabel;
    QLabel *m_run;
    QVBoxLayout *m_rows;
    QPushButton *m_showFile;
    QStringList m_commands;
    QString m_file;
    QList<QWidget *> m_rowWidgets;
};

} // namespace ferry::gui
