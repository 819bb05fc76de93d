#include "sources/syncdialog.h"

#include "common/backgroundtask.h"
#include "common/dataevents.h"
#include "common/icons.h"
#include "sources/sourcejob.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ferry::gui {

SyncDialog::SyncDialog(GuiContext context, QStringList sourceNames, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_names(std::move(sourceNames))
    , m_stage(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_count(new QLabel(this))
    , m_results(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("syncDialog"));
    setWindowTitle(
        m_names.size() == 1 ? tr("Sync %1").arg(m_names.constFirst()) : tr("Sync Sources"));
    m_stage->setObjectName(QStringLiteral("syncStageLabel"));
    m_stage->setWordWrap(true);
    QFont font = m_stage->font();
    font.setWeight(QFont::DemiBold);
    m_stage->setFont(font);
    m_bar->setObjectName(QStringLiteral("syncProgressBar"));
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_count->setObjectName(QStringLiteral("syncCountLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_results->setObjectName(QStringLiteral("syncResultsList"));
    m_results->setAccessibleName(tr("Sync results"));
    m_results->setWordWrap(true);
    m_results->setVisible(false);

    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the sync"));
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &SyncDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &SyncDialog::updateProgress);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_stage);
    layout->addWidget(m_bar);
    layout->addWidget(m_count);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
}

SyncDialog::~SyncDialog()
{
    if (m_control)
        m_control->cancel = true;
}

void SyncDialog::start()
{
    m_next = 0;
    m_failures = 0;
    m_canceled = false;
    syncNext();
}

void SyncDialog::syncNext()
{
    if (m_canceled || m_next >= m_names.size()) {
        finish();
        return;
    }
    const QString name = m_names.at(m_next++);
    m_stage->setText(m_names.size() == 1 ? tr("Reading the inventory of %1…").arg(name)
                                         : tr("Source %1 of %2: reading the inventory of %3…")
                                               .arg(m_next)
                                               .arg(m_names.size())
                                               .arg(name));
    m_count->setText(tr("Connecting…"));
    m_count->setVisible(true);
    auto control = std::make_shared<SourceJobControl>();
    m_control = control;
    m_timer->start();
    const auto db = m_context.database;
    const auto credentials = m_context.credentials;
    runInBackground(
        this,
        [db, credentials, control, name]() {
            return sourceServiceFor(db, credentials, control.get())
                .sync(
                    name, &control->cancel, [control](int vmsRead) { control->vmsRead = vmsRead; });
        },
        [this, name](const Result<SyncReport> &result) { onSourceFinished(name, result); });
}

void SyncDialog::updateProgress()
{
    if (m_control && !m_control->cancel && m_control->vmsRead > 0)
        m_count->setText(tr("%Ln VM(s) read", nullptr, m_control->vmsRead));
}

void SyncDialog::onSourceFinished(const QString &name, const Result<SyncReport> &result)
{
    m_control.reset();
    m_timer->stop();
    QString line;
    QString icon;
    if (result) {
        const QString vms = tr("%Ln VM(s)", nullptr, result->instances);
        const QString networks = tr("%Ln network(s)", nullptr, result->networks);
        //: The result of one source's sync: "vc1: 12 VMs, 3 networks".
        line = tr("%1: %2, %3").arg(name, vms, networks);
        if (!result->warnings.isEmpty())
            line = tr("%1; warnings: %2").arg(line, result->warnings.join(QLatin1String("; ")));
        icon = result->warnings.isEmpty() ? QStringLiteral("status-ok")
                                          : QStringLiteral("status-warning");
    } else if (result.error().code == Error::Code::Canceled) {
        line = tr("%1: stopped").arg(name);
        icon = QStringLiteral("status-warning");
        m_canceled = true;
    } else {
        ++m_failures;
        line = tr("%1: %2").arg(name, result.error().message);
        icon = QStringLiteral("status-error");
    }
    auto *item = new QListWidgetItem(themedIcon(icon), line, m_results);
    if (!result)
        item->setToolTip(result.error().toString());
    m_results->setVisible(true);
    if (m_context.events) {
        Q_EMIT m_context.events->sourcesChanged();
        if (result)
            Q_EMIT m_context.events->inventoryChanged();
    }
    syncNext();
}

void SyncDialog::finish()
{
    m_timer->stop();
    m_bar->setRange(0, 1);
    m_bar->setValue(1);
    m_count->clear();
    m_count->setVisible(false);
    m_stage->setText(m_canceled ? tr("The sync was stopped.")
            : m_failures == 0   ? tr("The sync is complete.")
                                : tr("The sync is complete, with errors."));
    m_cancel->setVisible(false);
    m_close->setVisible(true);
    m_close->setDefault(true);
    m_close->setFocus();
    Q_EMIT finished();
}

void SyncDialog::reject()
{
    if (m_control) {
        // Cancel is real: the sync in flight stops at its next request or page.
        m_control->cancel = true;
        m_canceled = true;
        m_cancel->setEnabled(false);
        m_count->setText(tr("Stopping…"));
        return;
    }
    QDialog::reject();
}

} // namespace ferry::gui
