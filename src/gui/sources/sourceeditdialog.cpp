#include "sources/sourceeditdialog.h"

#include "common/backgroundtask.h"
#include "common/operationstatuswidget.h"
#include "sources/sourceformwidget.h"
#include "sources/sourcejob.h"
#include "store/sourcerepository.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry::gui {

SourceEditDialog::SourceEditDialog(GuiContext context, const Source &source, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_source(source)
    , m_form(new SourceFormWidget(SourceFormWidget::Mode::Edit, this))
    , m_status(new OperationStatusWidget(QStringLiteral("save"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sourceEditDialog"));
    setWindowTitle(tr("Edit Source %1").arg(source.name));
    m_form->setSource(source);
    m_save = m_buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save"));
    m_save->setDefault(true);
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(m_save, &QPushButton::clicked, this, &SourceEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
}

SourceEditDialog::~SourceEditDialog()
{
    if (m_control)
        m_control->cancel = true;
}

void SourceEditDialog::save()
{
    if (m_control)
        return;
    const std::shared_ptr<Database> db = m_context.database;
    const qint64 id = m_source.id;
    const auto nameTaken = [db, id](const QString &name) {
        auto existing = SourceRepository(db).byName(name);
        return existing.ok() && existing->id != id;
    };
    if (m_form->validate(nameTaken))
        return;
    const Source changed = m_form->applyTo(m_source);
    const bool newPassword = m_form->passwordChanged();
    const QByteArray password = m_form->password();
    m_status->setRunning(tr("Saving and checking the connection to %1…").arg(changed.endpoint));
    m_form->setEnabled(false);
    m_save->setEnabled(false);
    auto control = std::make_shared<SourceJobControl>();
    m_control = control;
    const auto credentials = m_context.credentials;
    runInBackground(
        this,
        [db, credentials, control, changed, newPassword, password]() {
            return sourceServiceFor(db, credentials, control.get())
                .update(changed, newPassword ? &password : nullptr);
        },
        [this](const Result<Source> &result) { onFinished(result); });
}

void SourceEditDialog::onFinished(const Result<Source> &result)
{
    m_control.reset();
    if (!result) {
        m_status->setResult(OperationStatusWidget::State::Failed,
            tr("The changes could not be saved."), result.error().message, result.error().details);
        m_form->setEnabled(true);
        m_save->setEnabled(true);
        return;
    }
    Q_EMIT sourceUpdated(*result);
    accept();
}

} // namespace ferry::gui
