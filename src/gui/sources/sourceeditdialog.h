#pragma once

#include "common/guicontext.h"
#include "model/source.h"
#include "util/result.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QPushButton;

namespace ferry::gui {

class OperationStatusWidget;
class SourceFormWidget;
struct SourceJobControl;

// "Edit…" on the Sources page: name, endpoint, user name, password (empty keeps the stored one)
// and import options. Save stores the changes and checks the connection off the GUI thread, as
// `ferryctl source update` does; the dialog closes when that is done and the page shows the
// new status.
class SourceEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceEditDialog)

public:
    SourceEditDialog(GuiContext context, const Source &source, QWidget *parent = nullptr);
    ~SourceEditDialog() override;

    SourceFormWidget *form() const { return m_form; }
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void sourceUpdated(const ferry::Source &source);

private:
    void save();
    void onFinished(const Result<Source> &result);

    GuiContext m_context;
    Source m_source;
    SourceFormWidget *m_form = nullptr;
    OperationStatusWidget *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    std::shared_ptr<SourceJobControl> m_control;
};

} // namespace ferry::gui
