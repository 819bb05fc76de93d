#include "batches/batchwizard.h"

#include "batches/batchnamepage.h"
#include "batches/batchoptionspage.h"
#include "batches/batchplacementpage.h"
#include "batches/batchpreflightpage.h"
#include "batches/batchselectionpage.h"
#include "batches/batchsummarypage.h"
#include "batches/batchwindowspage.h"
#include "common/backgroundtask.h"
#include "common/errordialog.h"
#include "inventory/networkmapping.h"
#include "targets/targetservice.h"

#include <QAbstractButton>

namespace ferry::gui {

BatchWizard::BatchWizard(BatchWizardContext context, QWidget *parent)
    : QWizard(parent)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("batchWizard"));
    setWindowTitle(tr("Create Batch"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::FinishButton, tr("&Create"));
    if (!m_context.refreshTarget) {
        auto db = m_context.gui.database;
        auto credentials = m_context.gui.credentials;
        m_context.refreshTarget = [db, credentials](const QString &name) {
            return TargetService(db, credentials, QString()).refresh(name);
        };
    }
    m_name = new BatchNamePage(this);
    m_selection = new BatchSelectionPage(this);
    m_windows = new BatchWindowsPage(this);
    m_placement = new BatchPlacementPage(this);
    m_options = new BatchOptionsPage(this);
    m_preflight = new BatchPreflightPage(this);
    m_summary = new BatchSummaryPage(this);
    setPage(NamePage, m_name);
    setPage(SelectionPage, m_selection);
    setPage(WindowsPage, m_windows);
    setPage(PlacementPage, m_placement);
    setPage(OptionsPage, m_options);
    setPage(PreflightPage, m_preflight);
    setPage(SummaryPage, m_summary);
    resize(860, 640);
}

BatchWizard::~BatchWizard() = default;

batch::BatchDocument BatchWizard::document() const
{
    batch::BatchDocument doc;
    Batch &b = doc.batch;
    b.name = m_name->name();
    b.includeExpression = m_selection->expression();
    b.windows = m_windows->windows();
    doc.targetName = m_placement->target();
    b.defaultProject = m_placement->project();
    b.defaultPool = m_placement->pool();
    b.migrationNetwork = batch::MigrationNetwork::listToJson(m_placement->migrationNetworks());
    batch::BatchConfig config = m_options->config();
    config.placementScriptlet = m_placement->script();
    config.targetMember = m_placement->member();
    b.config = config.toJson();
    return doc;
}

QByteArray BatchWizard::yaml() const
{
    return batch::emitBatchYaml(document());
}

void BatchWizard::accept()
{
    if (m_creating || !m_created.isEmpty())
        return;
    m_creating = true;
    button(QWizard::FinishButton)->setEnabled(false);
    const QByteArray yaml = this->yaml();
    const QString name = m_name->name();
    const bool start = m_summary->startNow();
    const auto db = m_context.gui.database;
    struct Outcome
    {
        Result<Batch> created;
        std::optional<Error> startError;
    };
    runInBackground(
        this,
        [db, yaml, name, start]() {
            batch::BatchService service(db);
            Outcome out {service.addFromYaml(yaml, name), std::nullopt};
            if (out.created && start)
                if (auto started = service.start(name); !started)
                    out.startError = started.error();
            return out;
        },
        [this, name](const Outcome &out) {
            m_creating = false;
            if (!out.created) {
                button(QWizard::FinishButton)->setEnabled(true);
                ErrorDialog::showError(this, tr("The batch was not created."), out.created.error());
                return;
            }
            m_created = name;
            if (m_context.gui.events)
                Q_EMIT m_context.gui.events->batchesChanged();
            Q_EMIT batchCreated(name);
            if (out.startError) {
                ErrorDialog *dialog = ErrorDialog::showError(parentWidget() ? parentWidget() : this,
                    tr("The batch %1 was created but did not start.").arg(name), *out.startError);
                Q_UNUSED(dialog);
            }
            QWizard::accept();
        });
}

} // namespace ferry::gui
