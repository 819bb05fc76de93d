#include "targets/edittargetdialog.h"

#include "common/backgroundtask.h"
#include "common/notelabel.h"
#include "common/operationstatuswidget.h"
#include "incus/incusclient.h"
#include "targets/targetsettingswidget.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry::gui {

EditTargetDialog::EditTargetDialog(
    TargetsContext context, const Target &target, QStringList existingNames, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_target(target)
    , m_settings(new TargetSettingsWidget(TargetSettingsWidget::Mode::Edit, this))
    , m_tokenEdit(new QLineEdit(this))
    , m_message(new OperationStatusWidget(QStringLiteral("editTarget"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("editTargetDialog"));
    setWindowTitle(tr("Edit Target %1").arg(target.name));
    setMinimumWidth(560);

    m_settings->setExistingNames(existingNames);
    m_settings->setTarget(target);

    auto *tokenGroup = new QGroupBox(tr("Trust token"), this);
    tokenGroup->setObjectName(QStringLiteral("tokenGroup"));
    auto *tokenLayout = new QVBoxLayout(tokenGroup);
    QLabel *tokenHint = noteLabel(
        tr("Optional: a new token from the server (\"lxc config trust add --name ferry\" or "
           "\"incus config trust add ferry\") makes it trust Ferry's certificate again, for "
           "example after it was removed from the server's trust store. The token is used once "
           "and never stored."),
        tokenGroup);
    m_tokenEdit->setObjectName(QStringLiteral("editTokenEdit"));
    m_tokenEdit->setPlaceholderText(tr("Leave empty to keep the current authentication"));
    m_tokenEdit->setClearButtonEnabled(true);
    tokenLayout->addWidget(tokenHint);
    tokenLayout->addWidget(m_tokenEdit);

    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_settings);
    layout->addWidget(tokenGroup);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditTargetDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditTargetDialog::reject);
    connect(m_tokenEdit, &QLineEdit::textChanged, m_message, &OperationStatusWidget::clear);
}

EditTargetDialog::~EditTargetDialog()
{
    if (m_job)
        m_job->cancel = true;
}

void EditTargetDialog::setBusy(bool busy)
{
    m_settings->setEnabled(!busy);
    m_tokenEdit->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

void EditTargetDialog::accept()
{
    if (m_job)
        return;
    Target changed = m_target;
    if (!m_settings->apply(changed))
        return;
    TargetAuth auth;
    auth.trustToken = m_tokenEdit->text().trimmed();
    if (!auth.trustToken.isEmpty()) {
        auto token = incus::parse::trustToken(auth.trustToken);
        if (!token) {
            m_message->setResult(OperationStatusWidget::State::Failed, QString(),
                tr("This is not a trust token. Copy the whole last line that \"lxc config "
                   "trust add\" or \"incus config trust add\" printed."),
                token.error().toString());
            return;
        }
    }
    const TargetsContext context = m_context;
    auto job = std::make_shared<TargetJobControl>();
    m_job = job;
    setBusy(true);
    m_message->setRunning(tr("Saving and checking %1…").arg(changed.endpoint));
    runInBackground(
        this,
        [context, changed, auth, job] {
            return runTargetCall(context, changed.name, [&](TargetService &service) {
                return service.update(changed, auth, &job->cancel);
            });
        },
        [this](const TargetJobOutcome &outcome) {
            m_job.reset();
            setBusy(false);
            if (outcome.target && outcome.target->id == m_target.id)
                Q_EMIT targetChanged(outcome.target->name);
            if (m_closeWhenIdle) {
                QDialog::reject();
                return;
            }
            if (outcome.error) {
                m_message->setResult(OperationStatusWidget::State::Failed, QString(),
                    tr("Ferry could not save the target: %1").arg(outcome.error->message),
                    outcome.error->details);
                return;
            }
            m_target = *outcome.target;
            m_tokenEdit->clear();
            QDialog::accept();
        });
}

void EditTargetDialog::reject()
{
    if (m_job) {
        // Stop the check; the dialog closes when the call has returned.
        m_closeWhenIdle = true;
        m_job->cancel = true;
        m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
        return;
    }
    QDialog::reject();
}

} // namespace ferry::gui
