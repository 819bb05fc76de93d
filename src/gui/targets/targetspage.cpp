#include "targets/targetspage.h"

#include "common/backgroundtask.h"
#include "common/columnchooser.h"
#include "common/emptystatewidget.h"
#include "common/errordialog.h"
#include "common/icons.h"
#include "store/targetrepository.h"
#include "targets/addtargetwizard.h"
#include "targets/edittargetdialog.h"
#include "targets/targetdetailswidget.h"
#include "targets/targetpresentation.h"
#include "targets/targetsmodel.h"
#include "targets/targettrustcertificatedialog.h"

#include <QAction>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace ferry::gui {

using namespace targetpresentation;

namespace {

const auto kHeaderSettings = QStringLiteral("TargetsPage/header");

void setReason(QAction *action, bool enabled, const QString &whatItDoes, const QString &whyNot)
{
    action->setEnabled(enabled);
    action->setToolTip(enabled || whyNot.isEmpty() ? whatItDoes : whyNot);
    action->setStatusTip(action->toolTip());
}

} // namespace

TargetsPage::TargetsPage(TargetsContext context, EmptyStateWidget *emptyState, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_model(new TargetsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(emptyState ? emptyState : new EmptyStateWidget(this))
    , m_content(new QWidget(this))
    , m_toolBar(new QToolBar(tr("Targets"), m_content))
    , m_splitter(new QSplitter(Qt::Vertical, m_content))
    , m_view(new QTreeView(m_splitter))
    , m_details(new TargetDetailsWidget(m_splitter))
{
    setObjectName(QStringLiteral("targetsPage"));
    if (!emptyState) {
        m_emptyState->setObjectName(QStringLiteral("targetsEmptyState"));
        m_emptyState->setIconName(QStringLiteral("targets"));
        m_emptyState->setTitle(tr("No targets yet"));
        m_emptyState->setDescription(
            tr("Targets are the Incus and LXD servers that receive the migrated virtual "
               "machines. Add one and confirm its certificate to start planning migrations."));
    }
    m_emptyState->setParent(m_stack);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TargetsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(QStringLiteral("targetsView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TargetsModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Targets"));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setColumnWidth(TargetsModel::StatusColumn, 230);
    m_view->setColumnWidth(TargetsModel::NameColumn, 130);
    m_view->setColumnWidth(TargetsModel::TypeColumn, 70);
    m_view->setColumnWidth(TargetsModel::VersionColumn, 80);
    m_view->setColumnWidth(TargetsModel::EndpointColumn, 220);
    m_view->setColumnWidth(TargetsModel::AuthColumn, 80);
    m_columns = new ColumnChooser(m_view->header(), kHeaderSettings, {},
        {TargetsModel::StatusColumn, TargetsModel::NameColumn});

    m_toolBar->setObjectName(QStringLiteral("targetsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setMovable(false);
    createActions();

    m_splitter->setObjectName(QStringLiteral("targetsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setSizes({170, 600}); // a few targets, and room for the inventory

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_toolBar);
    contentLayout->addWidget(m_splitter, 1);
    m_content->setObjectName(QStringLiteral("targetsContent"));

    m_stack->setObjectName(QStringLiteral("targetsStack"));
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &TargetsPage::showCurrent);
    connect(m_view, &QTreeView::doubleClicked, this, &TargetsPage::editCurrent);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TargetsPage::showContextMenu);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TargetsPage::updateActions);

    reload();
}

TargetsPage::~TargetsPage()
{
    for (const auto &job : std::as_const(m_jobs))
        job->cancel = true;
}

void TargetsPage::createActions()
{
    const auto make = [this](const char *name, const QString &text, const char *icon) {
        auto *action = new QAction(themedIcon(QLatin1String(icon)), text, this);
        action->setObjectName(QLatin1String(name));
        return action;
    };
    m_refreshAction = make("actionRefreshTarget", tr("Check &Again"), "sync");
    m_editAction = make("actionEditTarget", tr("&Edit…"), "edit");
    m_trustAction
        = make("actionTrustTargetCertificate", tr("&Trust New Certificate…"), "certificate");
    m_removeAction = make("actionRemoveTarget", tr("&Remove…"), "remove");
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_removeAction);

    connect(m_refreshAction, &QAction::triggered, this, &TargetsPage::refreshCurrent);
    connect(m_editAction, &QAction::triggered, this, &TargetsPage::editCurrent);
    connect(m_trustAction, &QAction::triggered, this, &TargetsPage::trustCurrentCertificate);
    connect(m_removeAction, &QAction::triggered, this, &TargetsPage::removeCurrent);

    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addAction(m_editAction);
    m_toolBar->addAction(m_trustAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_removeAction);
    for (QAction *action : m_toolBar->actions())
        if (QWidget *button = m_toolBar->widgetForAction(action); button && !action->isSeparator())
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
    updateActions();
}

void TargetsPage::setAddTargetAction(QAction *action)
{
    m_addAction = action;
    if (!m_emptyState->action())
        m_emptyState->setAction(action);
}

AddTargetWizard *TargetsPage::wizard() const
{
    return m_wizard;
}

const Target *TargetsPage::currentTarget() const
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    return index.isValid() ? m_model->target(index.row()) : nullptr;
}

QStringList TargetsPage::targetNames() const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row)
        names << m_model->target(row)->name;
    return names;
}

void TargetsPage::reload()
{
    const Target *current = currentTarget();
    const QString selected = current ? current->name : QString();
    auto targets = TargetRepository(m_context.database).all();
    if (!targets) {
        ErrorDialog::showError(this, tr("Ferry cannot read the targets."), targets.error());
        return;
    }
    m_model->setTargets(*targets);
    m_stack->setCurrentWidget(
        targets->isEmpty() ? static_cast<QWidget *>(m_emptyState) : m_content);
    if (!selected.isEmpty() && m_model->rowOfName(selected) >= 0)
        selectTarget(selected);
    else if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    showCurrent();
    Q_EMIT targetsChanged();
}

void TargetsPage::selectTarget(const QString &name)
{
    const int row = m_model->rowOfName(name);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    showCurrent();
}

void TargetsPage::showCurrent()
{
    const Target *t = currentTarget();
    if (!t) {
        m_details->clear();
        updateActions();
        return;
    }
    QString file;
    if (t->connectivityStatus == connectivity::AuthenticationError && !t->clientCertPem.isEmpty()) {
        // The file ferryctl or the wizard wrote; written again when it is missing (the public
        // half only, a few hundred bytes).
        TargetService service = m_context.service();
        file = service.clientCertificateFile(*t);
        if (!QFileInfo::exists(file)) {
            auto exported = service.exportClientCertificate(*t);
            file = exported ? *exported : QString();
        }
    }
    m_details->setTarget(*t, file);
    m_details->setBusyText(m_jobs.contains(t->id)
            ? m_model->data(m_model->index(m_model->rowOfId(t->id), 0)).toString()
            : QString());
    updateActions();
}

void TargetsPage::updateActions()
{
    const Target *t = currentTarget();
    const bool busy = t && m_jobs.contains(t->id);
    const QString none = tr("Select a target first.");
    const QString wait = tr("Ferry is still working on this target.");
    const QString whyNot = !t ? none : (busy ? wait : QString());
    setReason(m_refreshAction, t && !busy,
        tr("Connect again, check the trust both ways and re-read the inventory"), whyNot);
    setReason(m_editAction, t && !busy, tr("Change the name, endpoint, limits or trust"), whyNot);
    setReason(m_removeAction, t && !busy, tr("Remove the target and its client key"), whyNot);
    const bool canTrust = t && !busy && t->cert.canTrust(t->connectivityStatus);
    QString trustWhyNot = whyNot;
    if (t && !busy && !canTrust)
        trustWhyNot = t->connectivityStatus == connectivity::Ok
            ? tr("Ferry trusts the server's certificate; there is nothing to confirm.")
            : tr("The server has not presented a certificate that Ferry could trust. Check "
                 "again first.");
    setReason(
        m_trustAction, canTrust, tr("Check the server's certificate and trust it"), trustWhyNot);
}

void TargetsPage::showContextMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    menu.addAction(m_refreshAction);
    menu.addAction(m_editAction);
    menu.addAction(m_trustAction);
    menu.addSeparator();
    menu.addAction(m_removeAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void TargetsPage::addTarget()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    auto *wizard = new AddTargetWizard(m_context, targetNames(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &AddTargetWizard::targetChanged, this, [this](const QString &name) {
        reload();
        selectTarget(name);
    });
    m_wizard = wizard;
    wizard->open();
}

void TargetsPage::onTargetFinished(qint64 id, const TargetJobOutcome &outcome, const QString &what)
{
    m_jobs.remove(id);
    m_model->setBusy(id, {});
    if (outcome.target)
        m_model->updateTarget(*outcome.target);
    if (outcome.error && outcome.error->code != Error::Code::Canceled)
        ErrorDialog::showError(this, what, *outcome.error);
    if (const Target *t = currentTarget(); t && t->id == id)
        showCurrent();
    updateActions();
    Q_EMIT targetsChanged();
}

void TargetsPage::refreshCurrent()
{
    const Target *t = currentTarget();
    if (!t || m_jobs.contains(t->id))
        return;
    const qint64 id = t->id;
    const QString name = t->name;
    auto job = std::make_shared<TargetJobControl>();
    m_jobs.insert(id, job);
    m_model->setBusy(id, tr("Checking…"));
    showCurrent();
    const TargetsContext context = m_context;
    runInBackground(
        this,
        [context, name, job] {
            return runTargetCall(context, name,
                [&](TargetService &service) { return service.refresh(name, &job->cancel); });
        },
        [this, id, name](const TargetJobOutcome &outcome) {
            onTargetFinished(id, outcome, tr("Ferry could not check target %1.").arg(name));
        });
}

void TargetsPage::editCurrent()
{
    const Target *t = currentTarget();
    if (!t || m_jobs.contains(t->id))
        return;
    auto *dialog = new EditTargetDialog(m_context, *t, targetNames(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditTargetDialog::targetChanged, this, [this](const QString &name) {
        reload();
        selectTarget(name);
    });
    dialog->open();
}

void TargetsPage::trustCurrentCertificate()
{
    const Target *t = currentTarget();
    if (!t || !t->cert.canTrust(t->connectivityStatus) || m_jobs.contains(t->id))
        return;
    auto *dialog = new TargetTrustCertificateDialog(m_context, *t, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &TargetTrustCertificateDialog::targetChanged, this, [this](const QString &name) {
            reload();
            selectTarget(name);
        });
    dialog->open();
}

void TargetsPage::removeCurrent()
{
    const Target *t = currentTarget();
    if (!t || m_jobs.contains(t->id))
        return;
    const qint64 id = t->id;
    const QString name = t->name;
    const QString client = clientFingerprint(*t);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Target?"),
        tr("Remove target %1?").arg(name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeTargetQuestion"));
    QString info = tr("Ferry forgets the server and deletes its client key from the keychain. "
                      "Nothing on the server changes.");
    if (!client.isEmpty())
        info += QLatin1Char(' ')
            + tr("To revoke Ferry's access there too, run \"%1 config trust remove %2\" on the "
                 "server.")
                  .arg(t->targetType == QLatin1String("incus") ? QStringLiteral("incus")
                                                               : QStringLiteral("lxc"),
                      client.left(12));
    box->setInformativeText(info);
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id, name](QAbstractButton *b) {
        if (b != remove)
            return;
        auto job = std::make_shared<TargetJobControl>();
        m_jobs.insert(id, job);
        m_model->setBusy(id, tr("Removing…"));
        updateActions();
        const TargetsContext context = m_context;
        runInBackground(
            this,
            [context, name] {
                TargetJobOutcome outcome;
                if (Status st = context.service().remove(name); !st)
                    outcome.error = st.error();
                return outcome;
            },
            [this, id, name](const TargetJobOutcome &outcome) {
                m_jobs.remove(id);
                m_model->setBusy(id, {});
                if (outcome.error)
                    ErrorDialog::showError(
                        this, tr("Ferry could not remove target %1.").arg(name), *outcome.error);
                reload();
            });
    });
    box->open();
}

} // namespace ferry::gui
