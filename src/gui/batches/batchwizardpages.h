#pragma once

// The pages of the Batch wizard (batchwizard.h). Each page owns its part of the batch and
// hands it to the wizard's document(); object names are stable for tests and accessibility.

#include "batch/batchconfig.h"
#include "batch/batchservice.h"
#include "batches/selectionpreview.h"
#include "model/batch.h"
#include "targets/targetinventory.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace ferry::gui {

class BatchWizard;
class ExpressionEdit;
class WindowsTimeline;

class BatchNamePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchNamePage)

public:
    explicit BatchNamePage(BatchWizard *wizard);
    ~BatchNamePage() override;

    QString name() const;
    QString problem() const;
    bool isComplete() const override;
    void initializePage() override;

private:
    BatchWizard *m_wizard;
    QLineEdit *m_name = nullptr;
    QLabel *m_problem = nullptr;
    QStringList m_existing;
};

class BatchSelectionPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchSelectionPage)

public:
    explicit BatchSelectionPage(BatchWizard *wizard);
    ~BatchSelectionPage() override;

    QString expression() const;
    ExpressionEdit *editor() const { return m_editor; }
    SelectionPreview *preview() const { return m_preview; }
    int matchedCount() const { return m_matched; }
    bool isComplete() const override;
    void initializePage() override;

private:
    void onTextChanged();
    void showResult(const PreviewResult &result);
    void loadData();

    BatchWizard *m_wizard;
    ExpressionEdit *m_editor = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_count = nullptr;
    QProgressBar *m_busy = nullptr;
    QListWidget *m_matches = nullptr;
    QLabel *m_more = nullptr;
    SelectionPreview *m_preview = nullptr;
    int m_matched = -1; // -1: not counted yet for the current text
    bool m_loading = false;
};

class BatchWindowsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchWindowsPage)

public:
    enum Column {
        NameColumn,
        StartColumn,
        EndColumn,
        LockoutColumn,
        CapacityColumn,
        ProblemColumn,
        ColumnCount
    };

    explicit BatchWindowsPage(BatchWizard *wizard);
    ~BatchWindowsPage() override;

    QVector<MigrationWindow> windows() const;
    // One entry per window, empty when it is fine.
    QStringList problems() const;
    QTableWidget *table() const { return m_table; }
    WindowsTimeline *timeline() const { return m_timeline; }
    // Adds a row (start: the next full hour, or the end of the last window; one hour long).
    int addWindow();
    void setWindow(int row, const MigrationWindow &window);
    void removeSelected();
    bool isComplete() const override;
    bool validatePage() override;

private:
    void revalidate();

    BatchWizard *m_wizard;
    QTableWidget *m_table = nullptr;
    WindowsTimeline *m_timeline = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_problem = nullptr;
    bool m_updating = false;
};

class BatchPlacementPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchPlacementPage)

public:
    explicit BatchPlacementPage(BatchWizard *wizard);
    ~BatchPlacementPage() override;

    QString target() const;
    QString project() const;
    QString pool() const;
    QVector<batch::MigrationNetwork> migrationNetworks() const;
    QString script() const;
    bool inventoryLoaded() const { return m_loaded; }
    bool isLoading() const { return m_loading; }
    QString loadError() const { return m_loadError; }
    // Reads the selected target's inventory again.
    void reload();
    void dryRun();
    bool isComplete() const override;
    bool validatePage() override;
    void initializePage() override;

private:
    void fillFromInventory();
    void fillNetworks();

    BatchWizard *m_wizard;
    QComboBox *m_target = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
    QComboBox *m_project = nullptr;
    QComboBox *m_pool = nullptr;
    QComboBox *m_network = nullptr;
    QComboBox *m_nicType = nullptr;
    QLineEdit *m_vlan = nullptr;
    QPlainTextEdit *m_script = nullptr;
    QLabel *m_scriptProblem = nullptr;
    QPushButton *m_dryRun = nullptr;
    QTreeWidget *m_dryRunResult = nullptr;
    TargetInventory m_inventory;
    bool m_loaded = false;
    bool m_loading = false;
    int m_loadGeneration = 0;
    QString m_loadError;
    bool m_initialized = false;
};

class BatchOptionsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchOptionsPage)

public:
    explicit BatchOptionsPage(BatchWizard *wizard);
    ~BatchOptionsPage() override;

    // Everything but the placement script.
    batch::BatchConfig config() const;
    QString problem() const;
    bool isComplete() const override;

private:
    QSpinBox *m_retries = nullptr;
    QCheckBox *m_unknownOs = nullptr;
    QCheckBox *m_noIpv4 = nullptr;
    QCheckBox *m_noBackgroundImport = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_finalLimit = nullptr;
    QLabel *m_problem = nullptr;
};

class BatchPreflightPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchPreflightPage)

public:
    explicit BatchPreflightPage(BatchWizard *wizard);
    ~BatchPreflightPage() override;

    bool isLoading() const { return m_loading; }
    const QVector<batch::PlannedInstance> &planned() const { return m_planned; }
    QTreeWidget *results() const { return m_tree; }
    bool isComplete() const override;
    void initializePage() override;

private:
    BatchWizard *m_wizard;
    QProgressBar *m_busy = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QVector<batch::PlannedInstance> m_planned;
    bool m_loading = false;
    int m_generation = 0;
};

class BatchSummaryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchSummaryPage)

public:
    explicit BatchSummaryPage(BatchWizard *wizard);
    ~BatchSummaryPage() override;

    QString yamlText() const;
    bool startNow() const;
    QCheckBox *startCheckBox() const { return m_start; }
    QString problem() const { return m_problemText; }
    bool isComplete() const override;
    void initializePage() override;

private:
    BatchWizard *m_wizard;
    QPlainTextEdit *m_yaml = nullptr;
    QLabel *m_problem = nullptr;
    QCheckBox *m_start = nullptr;
    QString m_problemText;
};

} // namespace ferry::gui
