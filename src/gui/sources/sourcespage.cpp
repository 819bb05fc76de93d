#include "sources/sourcespage.h"

#include "common/backgroundtask.h"
#include "common/columnchooser.h"
#include "common/dataevents.h"
#include "common/emptystatewidget.h"
#include "common/errordialog.h"
#include "common/iconlabel.h"
#include "common/icons.h"
#include "sources/addsourcewizard.h"
#include "sources/sourceeditdialog.h"
#include "sources/sourcejob.h"
#include "sources/sourcepresentation.h"
#include "sources/sourcesmodel.h"
#include "sources/syncdialog.h"
#include "sources/trustcertificatedialog.h"
#include "store/database.h"
#include "store/sourcerepository.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ferry::gui {

using namespace sourcepresentation;

SourcesPage::SourcesPage(GuiContext context, EmptyStateWidget *emptyState, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_model(new SourcesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(emptyState)
    , m_content(new QWidget(this))
    , m_toolBar(new QToolBar(tr("Source actions"), m_content))
    , m_view(new QTableView(m_content))
{
    setObjectName(QStringLiteral("sourcesPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SourcesModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_view->setObjectName(QStringLiteral("sourcesView"));
    m_view->setAccessibleName(tr("Sources"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SourcesModel::NameColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->setIconSize(QSize(16, 16));
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int widths[] = {170, 110, 150, 190, 200, 170, 150};
    for (int column = 0; column < SourcesModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    // Until people size the columns themselves, they fit what they show (see reload()).
    m_autoSizeColumns = !QSettings().contains(QStringLiteral("SourcesPage/header/state"));
    new ColumnChooser(header, QStringLiteral("SourcesPage/header"), {},
        {SourcesModel::StatusColumn, SourcesModel::NameColumn});

    createActions();

    // Under the table: what the selected source's status means and what to do.
    m_details = new QWidget(m_content);
    m_details->setObjectName(QStringLiteral("sourceDetails"));
    m_detailsIcon = new IconLabel(m_details);
    m_detailsTitle = new QLabel(m_details);
    m_detailsTitle->setObjectName(QStringLiteral("sourceDetailsTitle"));
    QFont titleFont = m_detailsTitle->font();
    titleFont.setWeight(QFont::DemiBold);
    m_detailsTitle->setFont(titleFont);
    m_detailsText = new QLabel(m_details);
    m_detailsText->setObjectName(QStringLiteral("sourceDetailsText"));
    m_detailsText->setWordWrap(true);
    m_detailsText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *trustButton = new QToolButton(m_details);
    trustButton->setObjectName(QStringLiteral("detailsTrustButton"));
    trustButton->setDefaultAction(m_trustAction);
    trustButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    trustButton->setAccessibleName(tr("Trust certificate"));
    connect(m_trustAction, &QAction::changed, trustButton,
        [this, trustButton] { trustButton->setVisible(m_trustAction->isEnabled()); });
    auto *detailsLayout = new QHBoxLayout(m_details);
    detailsLayout->setContentsMargins(12, 8, 12, 10);
    detailsLayout->setSpacing(10);
    detailsLayout->addWidget(m_detailsIcon, 0, Qt::AlignTop);
    auto *detailsText = new QVBoxLayout;
    detailsText->setSpacing(4);
    detailsText->addWidget(m_detailsTitle);
    detailsText->addWidget(m_detailsText);
    detailsLayout->addLayout(detailsText, 1);
    detailsLayout->addWidget(trustButton, 0, Qt::AlignTop);

    m_toolBar->setObjectName(QStringLiteral("sourcesToolBar"));
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_syncAction);
    m_toolBar->addAction(m_checkAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_editAction);
    m_toolBar->addAction(m_trustAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_removeAction);
    const QList<QAction *> actions = m_toolBar->actions();
    for (QAction *action : actions) {
        if (QWidget *button = m_toolBar->widgetForAction(action);
            button && !action->isSeparator()) {
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
            button->setAccessibleName(
                action->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));
        }
    }

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_toolBar);
    contentLayout->addWidget(m_view, 1);
    contentLayout->addWidget(m_details);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_view, &QTableView::doubleClicked, this, [this] { editSelected(); });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_view->indexAt(pos).isValid())
            return;
        auto *menu = new QMenu(this);
        menu->setObjectName(QStringLiteral("sourceContextMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->setToolTipsVisible(true);
        menu->addActions({m_syncAction, m_checkAction});
        menu->addSeparator();
        menu->addActions({m_editAction, m_trustAction});
        menu->addSeparator();
        menu->addAction(m_removeAction);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    if (m_context.events)
        connect(m_context.events, &DataEvents::sourcesChanged, this, &SourcesPage::reload);

    reload();
}

SourcesPage::~SourcesPage() = default;

void SourcesPage::createActions()
{
    auto make = [this](const char *name, const QString &text, const QString &icon) {
        auto *action = new QAction(themedIcon(icon), text, this);
        action->setObjectName(QLatin1String(name));
        addAction(action);
        return action;
    };
    m_syncAction = make("actionSyncSource", tr("S&ync"), QStringLiteral("sync"));
    m_checkAction = make("actionCheckSource", tr("&Check Connectivity"), QStringLiteral("connect"));
    m_editAction = make("actionEditSource", tr("&Edit…"), QStringLiteral("edit"));
    m_trustAction = make(
        "actionTrustSourceCertificate", tr("&Trust Certificate…"), QStringLiteral("certificate"));
    m_removeAction = make("actionRemoveSource", tr("&Remove…"), QStringLiteral("remove"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_syncAction, &QAction::triggered, this, [this] { syncSelected(); });
    connect(m_checkAction, &QAction::triggered, this, &SourcesPage::checkSelected);
    connect(m_editAction, &QAction::triggered, this, [this] { editSelected(); });
    connect(m_trustAction, &QAction::triggered, this, [this] { trustSelected(); });
    connect(m_removeAction, &QAction::triggered, this, [this] { removeSelected(); });
}

int SourcesPage::sourceCount() const
{
    return m_model->rowCount();
}

void SourcesPage::reload()
{
    const Source *current = selectedSource();
    const qint64 selectedId = current ? current->id : 0;
    auto sources = SourceRepository(m_context.database).all();
    if (!sources) {
        showError(tr("The sources could not be read."), sources.error());
        return;
    }
    m_model->setSources(*sources);
    if (selectedId != 0) {
        const int row = m_model->rowOfId(selectedId);
        if (row >= 0)
            m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    }
    if (!m_view->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    const int count = m_model->rowCount();
    if (m_autoSizeColumns && count > 0) {
        m_autoSizeColumns = false;
        QHeaderView *header = m_view->horizontalHeader();
        m_view->resizeColumnsToContents();
        for (int column = 0; column < SourcesModel::ColumnCount; ++column)
            header->resizeSection(column, header->sectionSize(column) + 10);
        // The fingerprint is elided in the middle: its start and end identify it.
        header->resizeSection(SourcesModel::FingerprintColumn,
            qMin(header->sectionSize(SourcesModel::FingerprintColumn), 190));
    }
    m_stack->setCurrentWidget(count > 0 ? m_content : static_cast<QWidget *>(m_emptyState));
    if (count != m_lastCount) {
        m_lastCount = count;
        Q_EMIT sourceCountChanged(count);
    }
    updateActions();
    updateDetails();
}

void SourcesPage::selectSource(const QString &name)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(SourcesModel::SourceNameRole).toString() == name) {
            m_view->selectRow(row);
            return;
        }
    }
}

const Source *SourcesPage::selectedSource() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->source(m_proxy->mapToSource(rows.constFirst()).row());
}

void SourcesPage::updateActions()
{
    const Source *s = selectedSource();
    const bool busy = s && m_model->isBusy(s->id);
    const QString noSelection = tr("Select a source first.");
    const QString busyText = tr("Wait until the current operation on this source ends.");
    auto set = [&](QAction *action, bool enabled, const QString &tip, const QString &whyNot) {
        action->setEnabled(enabled);
        action->setToolTip(enabled ? tip : whyNot);
        action->setStatusTip(action->toolTip());
    };
    const QString why = !s ? noSelection : busy ? busyText : QString();
    const bool syncing = m_syncDialog && m_syncDialog->isRunning();
    set(m_syncAction, s && !busy && !syncing,
        tr("Read the VMs and networks of the selected source now."),
        syncing ? tr("A sync is running.") : why);
    set(m_checkAction, s && !busy, tr("Connect and log in to see whether the source is reachable."),
        why);
    set(m_editAction, s && !busy, tr("Change the name, endpoint, credentials or import options."),
        why);
    set(m_removeAction, s && !busy, tr("Remove the source and its imported inventory from Ferry."),
        why);
    QString trustWhyNot = why;
    if (s && !busy && !s->cert.canTrust(s->connectivityStatus))
        trustWhyNot = s->connectivityStatus == connectivity::Ok
            ? tr("The server's certificate is trusted already.")
            : tr("The server has not presented a certificate to trust; check the connectivity "
                 "first.");
    set(m_trustAction, s && !busy && s->cert.canTrust(s->connectivityStatus),
        s && s->cert.changed(s->connectivityStatus)
            ? tr("Review and trust the server's new certificate.")
            : tr("Review and trust the server's certificate."),
        trustWhyNot);
}

void SourcesPage::updateDetails()
{
    const Source *s = selectedSource();
    m_details->setVisible(s != nullptr);
    if (!s)
        return;
    m_detailsIcon->setIcon(statusIconName(s->connectivityStatus), 20);
    m_detailsTitle->setText(tr("%1: %2").arg(s->name, statusText(*s)));
    QString text = statusExplanation(*s);
    if (s->connectivityStatus != connectivity::Ok && !s->statusDetail.isEmpty())
        text = tr("%1\n%2").arg(text, s->statusDetail);
    m_detailsText->setText(text);
}

void SourcesPage::applyUpdatedSource(const Source &source)
{
    m_model->updateSource(source);
    updateActions();
    updateDetails();
    if (m_context.events)
        Q_EMIT m_context.events->sourcesChanged();
}

void SourcesPage::showError(const QString &summary, const Error &error)
{
    ErrorDialog::showError(this, summary, error);
}

AddSourceWizard *SourcesPage::addSource()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new AddSourceWizard(m_context, window());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &AddSourceWizard::sourceAdded, this, [this](const Source &source) {
        reload();
        selectSource(source.name);
        if (m_wizard && m_wizard->showInstancesRequested())
            Q_EMIT showInstancesRequested();
    });
    m_wizard->open();
    return m_wizard;
}

SyncDialog *SourcesPage::sync(const QStringList &names)
{
    if (m_syncDialog && m_syncDialog->isRunning()) {
        m_syncDialog->raise();
        return m_syncDialog;
    }
    if (m_syncDialog)
        m_syncDialog->close(); // the results of the last sync
    m_syncDialog = nullptr;
    m_syncDialog = new SyncDialog(m_context, names, window());
    m_syncDialog->setAttribute(Qt::WA_DeleteOnClose);
    for (const QString &name : names) {
        const int row = [&] {
            for (int r = 0; r < m_model->rowCount(); ++r)
                if (m_model->source(r)->name == name)
                    return r;
            return -1;
        }();
        if (row >= 0)
            m_model->setBusy(m_model->source(row)->id, tr("Syncing…"));
    }
    // Done when the dialog shows its results, not only when it is closed.
    const auto done = [this] {
        for (int r = 0; r < m_model->rowCount(); ++r)
            m_model->setBusy(m_model->source(r)->id, {});
        reload();
    };
    connect(m_syncDialog, &SyncDialog::finished, this, done);
    m_syncDialog->open();
    m_syncDialog->start();
    updateActions();
    return m_syncDialog;
}

SyncDialog *SourcesPage::syncAll()
{
    QStringList names;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        names << m_proxy->index(row, 0).data(SourcesModel::SourceNameRole).toString();
    if (names.isEmpty())
        return nullptr;
    return sync(names);
}

SyncDialog *SourcesPage::syncSelected()
{
    const Source *s = selectedSource();
    return s ? sync({s->name}) : nullptr;
}

QDialog *SourcesPage::editSelected()
{
    const Source *s = selectedSource();
    if (!s || m_model->isBusy(s->id))
        return nullptr;
    auto *dialog = new SourceEditDialog(m_context, *s, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SourceEditDialog::sourceUpdated, this, [this](const Source &updated) {
        applyUpdatedSource(updated);
        if (m_context.events)
            Q_EMIT m_context.events->inventoryChanged(); // the source's name shows there too
    });
    dialog->open();
    return dialog;
}

QDialog *SourcesPage::trustSelected()
{
    const Source *s = selectedSource();
    if (!s || !s->cert.canTrust(s->connectivityStatus))
        return nullptr;
    auto *dialog = new TrustCertificateDialog(m_context, *s, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TrustCertificateDialog::sourceUpdated, this, &SourcesPage::applyUpdatedSource);
    dialog->open();
    return dialog;
}

void SourcesPage::checkSelected()
{
    const Source *s = selectedSource();
    if (!s || m_model->isBusy(s->id))
        return;
    const qint64 id = s->id;
    m_model->setBusy(id, tr("Checking…"));
    updateActions();
    const auto db = m_context.database;
    const auto credentials = m_context.credentials;
    runInBackground(
        this,
        [db, credentials, name = s->name]() {
            return sourceServiceFor(db, credentials, nullptr).checkConnectivity(name);
        },
        [this, id](const Result<Source> &result) {
            m_model->setBusy(id, {});
            if (result)
                applyUpdatedSource(*result);
            else
                showError(tr("The connectivity could not be checked."), result.error());
            updateActions();
        });
}

QDialog *SourcesPage::removeSelected()
{
    const Source *s = selectedSource();
    if (!s || m_model->isBusy(s->id))
        return nullptr;
    const qint64 id = s->id;
    const QString name = s->name;
    int vms = 0;
    if (auto count = m_context.database->exec(
            QStringLiteral("SELECT COUNT(*) FROM instances WHERE source_id = ?"), {id});
        count && count->next())
        vms = count->value(0).toInt();

    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Source"),
        tr("Remove the source %1?").arg(name), QMessageBox::NoButton, window());
    box->setObjectName(QStringLiteral("removeSourceConfirmation"));
    box->setInformativeText(
        tr("Its %Ln imported VM(s) and its networks are removed from Ferry, and its password "
           "from the keychain. Nothing changes on the server.",
            nullptr, vms));
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, id, name] {
        if (box->clickedButton() != remove)
            return;
        m_model->setBusy(id, tr("Removing…"));
        updateActions();
        const auto db = m_context.database;
        const auto credentials = m_context.credentials;
        runInBackground(
            this,
            [db, credentials, name]() {
                return sourceServiceFor(db, credentials, nullptr).remove(name);
            },
            [this, id](const Status &status) {
                m_model->setBusy(id, {});
                if (!status)
                    showError(tr("The source could not be removed."), status.error());
                reload();
                if (m_context.events) {
                    Q_EMIT m_context.events->sourcesChanged();
                    Q_EMIT m_context.events->inventoryChanged();
                }
            });
    });
    box->open();
    return box;
}

} // namespace ferry::gui
