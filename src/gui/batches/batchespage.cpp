#include "batches/batchespage.h"

#include "batch/batchconfig.h"
#include "batch/batchservice.h"
#include "batch/windows.h"
#include "common/backgroundtask.h"
#include "common/dataevents.h"
#include "common/emptystatewidget.h"
#include "common/errordialog.h"
#include "common/icons.h"
#include "queue/queuepresentation.h"
#include "store/batchrepository.h"
#include "store/queuerepository.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ferry::gui {

BatchesPage::BatchesPage(GuiContext context, EmptyStateWidget *emptyState, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(emptyState)
    , m_content(new QWidget(this))
    , m_toolBar(new QToolBar(tr("Batch actions"), m_content))
    , m_model(new BatchesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(m_content))
    , m_tabs(new QTabWidget(m_content))
    , m_yaml(new QPlainTextEdit(m_content))
    , m_matched(new QListWidget(m_content))
    , m_detailStatus(new QLabel(m_content))
{
    setObjectName(QStringLiteral("batchesPage"));
    m_view->setObjectName(QStringLiteral("batchesView"));
    m_view->setAccessibleName(tr("Batches"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BatchesModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BatchesModel::NameColumn, Qt::AscendingOrder);
    m_view->setIconSize(QSize(14, 14));
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int widths[] = {220, 110, 80, 80};
    for (int c = 0; c < BatchesModel::WindowsColumn; ++c)
        m_view->setColumnWidth(c, widths[c]);

    m_yaml->setObjectName(QStringLiteral("batchYamlView"));
    m_yaml->setAccessibleName(tr("Batch YAML"));
    m_yaml->setReadOnly(true);
    m_yaml->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = m_yaml->font();
    mono.setFamilies({QStringLiteral("monospace")});
    mono.setStyleHint(QFont::Monospace);
    m_yaml->setFont(mono);
    m_matched->setObjectName(QStringLiteral("batchMatchedView"));
    m_matched->setAccessibleName(tr("Matched instances"));
    m_matched->setUniformItemSizes(true);
    m_detailStatus->setObjectName(QStringLiteral("batchDetailStatus"));
    m_detailStatus->setWordWrap(true);
    m_detailStatus->setContentsMargins(8, 4, 8, 4);
    m_tabs->setObjectName(QStringLiteral("batchDetailTabs"));
    m_tabs->addTab(m_yaml, tr("YAML"));
    m_tabs->addTab(m_matched, tr("Matched Instances"));

    m_startAction = new QAction(themedIcon(QStringLiteral("connect")), tr("&Start"), this);
    m_startAction->setObjectName(QStringLiteral("actionStartBatch"));
    m_stopAction = new QAction(themedIcon(QStringLiteral("status-warning")), tr("S&top"), this);
    m_stopAction->setObjectName(QStringLiteral("actionStopBatch"));
    m_resetAction = new QAction(themedIcon(QStringLiteral("reset")), tr("R&eset…"), this);
    m_resetAction->setObjectName(QStringLiteral("actionResetBatch"));
    m_removeAction = new QAction(themedIcon(QStringLiteral("remove")), tr("Re&move…"), this);
    m_removeAction->setObjectName(QStringLiteral("actionRemoveBatch"));
    connect(m_startAction, &QAction::triggered, this, &BatchesPage::startSelected);
    connect(m_stopAction, &QAction::triggered, this, &BatchesPage::stopSelected);
    connect(m_resetAction, &QAction::triggered, this, [this] { resetSelected(); });
    connect(m_removeAction, &QAction::triggered, this, [this] { removeSelected(); });
    m_toolBar->setObjectName(QStringLiteral("batchesToolBar"));
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({m_startAction, m_stopAction, m_resetAction, m_removeAction});

    auto *detail = new QWidget(m_content);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailStatus);
    detailLayout->addWidget(m_tabs, 1);
    auto *splitter = new QSplitter(Qt::Vertical, m_content);
    splitter->setObjectName(QStringLiteral("batchesSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_toolBar);
    contentLayout->addWidget(splitter, 1);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_resetting)
            return; // reload() updates the actions and details once it is done
        updateActions();
        loadDetails();
    });
    if (m_context.events) {
        connect(m_context.events, &DataEvents::batchesChanged, this, &BatchesPage::reload);
        connect(m_context.events, &DataEvents::inventoryChanged, this, &BatchesPage::reload);
    }
    updateActions();
    reload();
}

BatchesPage::~BatchesPage() = default;

void BatchesPage::setCreateAction(QAction *action)
{
    m_createAction = action;
    if (action) {
        m_toolBar->insertAction(m_startAction, action);
        m_toolBar->insertSeparator(m_startAction);
    }
    for (QAction *a : m_toolBar->actions()) {
        if (QWidget *button = m_toolBar->widgetForAction(a); button && !a->isSeparator()) {
            button->setObjectName(a->objectName() + QStringLiteral("Button"));
            button->setAccessibleName(a->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));
        }
    }
}

QString BatchesPage::selectedBatch() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString()
                          : rows.constFirst().data(BatchesModel::BatchNameRole).toString();
}

void BatchesPage::selectBatch(const QString &name)
{
    const int row = m_model->rowOfName(name);
    if (row >= 0)
        m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

void BatchesPage::reload()
{
    ++m_loading;
    const auto db = m_context.database;
    runInBackground(
        this,
        [db]() -> Result<QVector<BatchesModel::Row>> {
            auto batches = BatchRepository(db).all();
            if (!batches)
                return batches.error();
            QVector<BatchesModel::Row> rows;
            for (const Batch &b : std::as_const(*batches)) {
                BatchesModel::Row row {b, 0, 0};
                if (auto matched = BatchRepository(db).matched(b.id))
                    row.matched = int(matched->size());
                if (auto queued = QueueRepository(db).byBatch(b.id))
                    row.queued = int(queued->size());
                rows << row;
            }
            return rows;
        },
        [this](const Result<QVector<BatchesModel::Row>> &rows) {
            --m_loading;
            if (!rows) {
                ErrorDialog::showError(this, tr("The batches could not be read."), rows.error());
                return;
            }
            const QString selected = selectedBatch();
            m_resetting = true;
            m_model->setRows(*rows);
            m_stack->setCurrentWidget(
                rows->isEmpty() ? static_cast<QWidget *>(m_emptyState) : m_content);
            selectBatch(selected);
            if (!m_view->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
                m_view->selectRow(0);
            m_resetting = false;
            updateActions();
            loadDetails();
            Q_EMIT reloaded();
        });
}

void BatchesPage::updateActions()
{
    const QString name = selectedBatch();
    const BatchesModel::Row *row = m_model->row(m_model->rowOfName(name));
    const QString status = row ? row->batch.status : QString();
    const bool any = !name.isEmpty();
    m_startAction->setEnabled(any && batch::BatchService::canStart(status));
    m_stopAction->setEnabled(any && status == batchstatus::Running);
    m_resetAction->setEnabled(
        any && status != batchstatus::Running && status != batchstatus::Defined);
    m_removeAction->setEnabled(any && status != batchstatus::Running);
    m_startAction->setToolTip(
        any ? tr("Queue the instances the batch selects now.") : tr("Select a batch first."));
    m_stopAction->setToolTip(tr("Stop queueing new work; the entries stay."));
    m_resetAction->setToolTip(tr("Back to Defined: the queue entries are removed."));
    m_removeAction->setToolTip(
        status == batchstatus::Running ? tr("Stop the batch first.") : tr("Delete the batch."));
}

void BatchesPage::loadDetails()
{
    const QString name = selectedBatch();
    const int generation = ++m_detailGeneration;
    if (name.isEmpty()) {
        m_yaml->clear();
        m_matched->clear();
        m_detailStatus->clear();
        return;
    }
    ++m_loading;
    m_detailStatus->setText(tr("Reading %1…").arg(name));
    const auto db = m_context.database;
    struct Details
    {
        Result<QByteArray> yaml;
        Result<batch::BatchInfo> info;
    };
    runInBackground(
        this,
        [db, name] {
            batch::BatchService service(db);
            return Details {service.yaml(name), service.info(name)};
        },
        [this, generation, name](const Details &d) {
            --m_loading;
            if (generation != m_detailGeneration)
                return;
            m_yaml->setPlainText(d.yaml ? QString::fromUtf8(*d.yaml) : d.yaml.error().message);
            m_matched->clear();
            if (!d.info) {
                m_detailStatus->setText(d.info.error().message);
            } else {
                for (const Instance &vm : d.info->matched)
                    m_matched->addItem(vm.location);
                const int matched = int(d.info->matched.size());
                const QString queued = QLocale().toString(d.info->queued.size());
                QString text = d.info->targetName.isEmpty()
                    ? tr("%1: %2, %Ln instance(s) selected now, %3 queued.", nullptr, matched)
                          .arg(name, queuetext::batchStatusText(d.info->batch.status), queued)
                    : tr("%1: %2, %Ln instance(s) selected now, %3 queued, target %4.", nullptr,
                        matched)
                          .arg(name, queuetext::batchStatusText(d.info->batch.status), queued,
                              d.info->targetName);
                text += QLatin1Char(' ')
                    + (batch::configOf(d.info->batch).convertGuests ? tr("Guest conversion: on.")
                                                                    : tr("Guest conversion: off."));
                if (!d.info->batch.statusMessage.isEmpty())
                    text += QLatin1Char(' ') + d.info->batch.statusMessage;
                m_detailStatus->setText(text);
                // info() refreshed the members: keep the list's count in step.
                m_model->setMatched(name, int(d.info->matched.size()));
            }
            Q_EMIT detailsLoaded();
        });
}

BatchWizard *BatchesPage::createBatch()
{
    auto *wizard = new BatchWizard(BatchWizardContext {m_context, m_refresher}, window());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &BatchWizard::batchCreated, this, [this](const QString &name) {
        reload();
        connect(
            this, &BatchesPage::reloaded, this, [this, name] { selectBatch(name); },
            Qt::SingleShotConnection);
    });
    wizard->open();
    return wizard;
}

void BatchesPage::run(const QString &what, std::function<Status(const QString &)> action)
{
    const QString name = selectedBatch();
    if (name.isEmpty())
        return;
    ++m_loading;
    runInBackground(
        this, [action, name] { return action(name); },
        [this, what, name](const Status &status) {
            --m_loading;
            if (!status)
                ErrorDialog::showError(this, what.arg(name), status.error());
            if (m_context.events)
                Q_EMIT m_context.events->batchesChanged();
            else
                reload();
        });
}

void BatchesPage::startSelected()
{
    const auto db = m_context.database;
    run(tr("The batch %1 did not start."), [db](const QString &name) -> Status {
        auto report = batch::BatchService(db).start(name);
        if (!report)
            return report.error();
        return {};
    });
}

void BatchesPage::stopSelected()
{
    const auto db = m_context.database;
    run(tr("The batch %1 did not stop."),
        [db](const QString &name) { return batch::BatchService(db).stop(name); });
}

QMessageBox *BatchesPage::confirm(const QString &objectName, const QString &text,
    const QString &info, const QString &yes, std::function<Status(const QString &)> action,
    const QString &what)
{
    if (selectedBatch().isEmpty())
        return nullptr;
    auto *box
        = new QMessageBox(QMessageBox::Question, tr("Ferry"), text, QMessageBox::Cancel, window());
    box->setObjectName(objectName);
    box->setInformativeText(info);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirmButton = box->addButton(yes, QMessageBox::DestructiveRole);
    confirmButton->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    const QString name = selectedBatch();
    connect(box, &QMessageBox::buttonClicked, this,
        [this, confirmButton, action, what, name](QAbstractButton *clicked) {
            if (clicked != confirmButton)
                return;
            selectBatch(name);
            run(what, action);
        });
    box->open();
    return box;
}

QMessageBox *BatchesPage::resetSelected()
{
    const auto db = m_context.database;
    const QString name = selectedBatch();
    return confirm(
        QStringLiteral("confirmResetBatch"), tr("Reset the batch %1?").arg(name),
        tr("Its queue entries are removed and it goes back to Defined. Instances already "
           "created on the target stay there."),
        tr("&Reset"),
        [db](const QString &n) -> Status {
            auto report = batch::BatchService(db).reset(n);
            if (!report)
                return report.error();
            return {};
        },
        tr("The batch %1 was not reset."));
}

QMessageBox *BatchesPage::removeSelected()
{
    const auto db = m_context.database;
    const QString name = selectedBatch();
    return confirm(
        QStringLiteral("confirmRemoveBatch"), tr("Remove the batch %1?").arg(name),
        tr("Its definition and queue entries are deleted. This cannot be undone."), tr("&Remove"),
        [db](const QString &n) { return batch::BatchService(db).remove(n); },
        tr("The batch %1 was not removed."));
}

} // namespace ferry::gui
