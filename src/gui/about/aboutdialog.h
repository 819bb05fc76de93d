#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace ferry::gui {

// Help > About Ferry: name, version, what Ferry does, the Qt it runs on and the licence notes.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    QString versionText() const;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace ferry::gui
