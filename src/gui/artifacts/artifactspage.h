#pragma once

#include "common/guicontext.h"
#include "model/artifact.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace ferry::gui {

class ArtifactsModel;
class EmptyStateWidget;

// The Artifacts page (issue 16): the artifacts Ferry keeps, today the virtio-win driver ISO that
// Windows guests' conversion needs, with Add… (a file dialog; the ISO is checked and copied into
// the data directory in the background by artifacts::ArtifactService, the same rules as
// `ferryctl artifact add`) and Remove (after a confirmation). Errors are shown as they are.
class ArtifactsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactsPage)

public:
    // Seams for tests: the file to add (empty: none chosen) and the yes/no question before a
    // removal. The defaults are a QFileDialog and a QMessageBox.
    using FileChooser = std::function<QString(QWidget *parent)>;
    using Confirmation = std::function<bool(QWidget *parent, const QString &question)>;

    ArtifactsPage(GuiContext context, QString dataDirectory, EmptyStateWidget *emptyState,
        QWidget *parent = nullptr);
    ~ArtifactsPage() override;

    ArtifactsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *addAction() const { return m_addAction; }
    QAction *removeAction() const { return m_removeAction; }
    bool isAdding() const { return m_adding; }

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    void reload();
    void selectArtifact(qint64 id);
    // Asks for a file and adds it in the background.
    void addArtifact();
    void addFile(const QString &file);
    // Asks, then removes the selected artifact and its file.
    void removeSelected();

Q_SIGNALS:
    // An add or a remove finished (successfully or not).
    void artifactsChanged();

private:
    const Artifact *selectedArtifact() const;
    void updateActions();

    GuiContext m_context;
    QString m_dataDirectory;
    ArtifactsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QWidget *m_content = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_hint = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
    bool m_adding = false;
    FileChooser m_chooseFile;
    Confirmation m_confirm;
};

} // namespace ferry::gui
