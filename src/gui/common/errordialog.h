#pragma once

#include "util/result.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ErrorDialog;
}

namespace ferry::gui {

// An error for people: a one-line summary of what failed, the error's message underneath, and the
// technical details (server text, file paths, the error code) behind a Details expander, with a
// button that copies them for a bug report.
class ErrorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorDialog)

public:
    ErrorDialog(const QString &summary, const Error &error, QWidget *parent = nullptr);
    ~ErrorDialog() override;

    QString summary() const;
    QString message() const;
    QString detailsText() const;
    bool detailsVisible() const;
    void setDetailsVisible(bool visible);

    // Opens a window-modal error dialog that deletes itself when closed.
    static ErrorDialog *showError(QWidget *parent, const QString &summary, const Error &error);

    // For main(): tells the person why Ferry cannot start, waits until the dialog is closed and
    // returns the process exit code (1).
    static int reportStartupFailure(const Error &error);

private:
    void fitHeight();

    std::unique_ptr<Ui::ErrorDialog> m_ui;
};

} // namespace ferry::gui
