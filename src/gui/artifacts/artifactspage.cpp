#include "artifacts/artifactspage.h"

#include "artifacts/artifactservice.h"
#include "artifacts/artifactsmodel.h"
#include "common/backgroundtask.h"
#include "common/emptystatewidget.h"
#include "common/errordialog.h"
#include "common/icons.h"
#include "common/notelabel.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ferry::gui {

ArtifactsPage::ArtifactsPage(
    GuiContext context, QString dataDirectory, EmptyStateWidget *emptyState, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_dataDirectory(std::move(dataDirectory))
    , m_model(new ArtifactsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(emptyState)
    , m_content(new QWidget(this))
    , m_toolBar(new QToolBar(tr("Artifact actions"), m_content))
    , m_view(new QTableView(m_content))
    , m_hint(noteLabel(QString(), m_content))
{
    setObjectName(QStringLiteral("artifactsPage"));
    m_chooseFile = [](QWidget *owner) {
        return QFileDialog::getOpenFileName(owner, tr("Add a virtio-win Driver ISO"), QString(),
            tr("ISO images (*.iso);;All files (*)"));
    };
    m_confirm = [](QWidget *owner, const QString &question) {
        return QMessageBox::question(owner, tr("Remove Artifact"), question,
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ArtifactsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(QStringLiteral("artifactsView"));
    m_view->setAccessibleName(tr("Artifacts"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ArtifactsModel::AddedColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int widths[] = {90, 90, 260, 140, 100, 150, 200};
    for (int column = 0; column < ArtifactsModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);

    m_addAction = new QAction(themedIcon(QStringLiteral("add")), tr("&Add…"), this);
    m_addAction->setObjectName(QStringLiteral("actionAddArtifactFile"));
    m_addAction->setToolTip(tr("Add a virtio-win driver ISO: it is checked and copied into "
                               "Ferry's data directory."));
    m_removeAction = new QAction(themedIcon(QStringLiteral("remove")), tr("&Remove"), this);
    m_removeAction->setObjectName(QStringLiteral("actionRemoveArtifact"));
    connect(m_addAction, &QAction::triggered, this, &ArtifactsPage::addArtifact);
    connect(m_removeAction, &QAction::triggered, this, &ArtifactsPage::removeSelected);
    m_toolBar->setObjectName(QStringLiteral("artifactsToolBar"));
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_addAction);
    m_toolBar->addAction(m_removeAction);
    for (QAction *action : {m_addAction, m_removeAction}) {
        QWidget *button = m_toolBar->widgetForAction(action);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));
    }

    m_hint->setObjectName(QStringLiteral("artifactsHint"));
    m_hint->setContentsMargins(12, 6, 12, 8);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_toolBar);
    contentLayout->addWidget(m_view, 1);
    contentLayout->addWidget(m_hint);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ArtifactsPage::updateActions);
    reload();
}

ArtifactsPage::~ArtifactsPage() = default;

void ArtifactsPage::reload()
{
    const Artifact *current = selectedArtifact();
    const qint64 selected = current ? current->id : 0;
    auto all = artifacts::ArtifactService(m_context.database, m_dataDirectory).list();
    if (!all) {
        ErrorDialog::showError(this, tr("The artifacts could not be read."), all.error());
        return;
    }
    m_model->setArtifacts(*all);
    selectArtifact(selected);
    if (!m_view->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    // The empty state while nothing is listed, unless an add is under way (its progress shows
    // in the hint under the table).
    m_stack->setCurrentWidget(
        m_model->rowCount() > 0 || m_adding ? m_content : static_cast<QWidget *>(m_emptyState));
    updateActions();
}

void ArtifactsPage::selectArtifact(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

const Artifact *ArtifactsPage::selectedArtifact() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr
                          : m_model->artifact(m_proxy->mapToSource(rows.constFirst()).row());
}

void ArtifactsPage::updateActions()
{
    m_addAction->setEnabled(!m_adding);
    const Artifact *a = selectedArtifact();
    m_removeAction->setEnabled(a != nullptr && !m_adding);
    m_removeAction->setToolTip(
        a ? tr("Remove this artifact and its file.") : tr("Select an artifact first."));
    if (m_adding)
        return;
    m_hint->setText(tr("Windows guests get the virtio drivers from a virtio-win ISO (the Fedora "
                       "project's virtio-win.iso): a Windows VM whose guest is converted waits, "
                       "Blocked, until one is added here. Engines on other computers need the "
                       "same file at the same path."));
}

void ArtifactsPage::addArtifact()
{
    if (m_adding)
        return;
    const QString file = m_chooseFile ? m_chooseFile(this) : QString();
    if (file.isEmpty())
        return;
    addFile(file);
}

void ArtifactsPage::addFile(const QString &file)
{
    m_adding = true;
    m_stack->setCurrentWidget(m_content);
    m_hint->setText(tr("Adding %1: checking the ISO and copying it into Ferry's data "
                       "directory…")
                        .arg(QFileInfo(file).fileName()));
    updateActions();
    const auto db = m_context.database;
    const QString dataDirectory = m_dataDirectory;
    runInBackground(
        this,
        [db, dataDirectory, file]() -> Result<Artifact> {
            return artifacts::ArtifactService(db, dataDirectory).add(file);
        },
        [this, file](const Result<Artifact> &added) {
            m_adding = false;
            reload();
            if (!added) {
                ErrorDialog::showError(this,
                    tr("%1 could not be added.").arg(QFileInfo(file).fileName()), added.error());
            } else {
                selectArtifact(added->id);
            }
            Q_EMIT artifactsChanged();
        });
}

void ArtifactsPage::removeSelected()
{
    const Artifact *a = selectedArtifact();
    if (!a || m_adding)
        return;
    const Artifact artifact = *a;
    const QString question
        = tr("Remove the artifact \"%1\" and delete its file %2? Windows guests that still "
             "need a virtio-win ISO will wait until another one is added.")
              .arg(artifact.description, artifact.path);
    if (!m_confirm || !m_confirm(this, question))
        return;
    if (Status st
        = artifacts::ArtifactService(m_context.database, m_dataDirectory).remove(artifact.id);
        !st)
        ErrorDialog::showError(this,
            tr("The artifact \"%1\" could not be removed.").arg(artifact.description), st.error());
    reload();
    Q_EMIT artifactsChanged();
}

} // namespace ferry::gui
