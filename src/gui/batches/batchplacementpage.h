#pragma once

// A page of the Batch wizard (batchwizard.h); its object names are stable for tests.

#include "batch/batchconfig.h"
#include "batch/batchservice.h"
#include "targets/targetinventory.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ferry::gui {

class BatchWizard;
class DryRunModel;

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
    // The cluster member the batch's VMs land on ('' : any member, or the target is no cluster).
    QString member() const;
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
    QLabel *m_memberLabel = nullptr;
    QComboBox *m_member = nullptr; // shown for a clustered target only
    QComboBox *m_network = nullptr;
    QComboBox *m_nicType = nullptr;
    QLineEdit *m_vlan = nullptr;
    QPlainTextEdit *m_script = nullptr;
    QLabel *m_scriptProblem = nullptr;
    QPushButton *m_dryRun = nullptr;
    DryRunModel *m_dryRunModel = nullptr;
    QTableView *m_dryRunResult = nullptr;
    TargetInventory m_inventory;
    bool m_loaded = false;
    bool m_loading = false;
    int m_loadGeneration = 0;
    QString m_loadError;
    bool m_initialized = false;
};

} // namespace ferry::gui
