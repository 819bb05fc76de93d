#pragma once

// A page of the Batch wizard (batchwizard.h); its object names are stable for tests.

#include "batches/windowsmodel.h"
#include "model/batch.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableView;

namespace ferry::gui {

class BatchWizard;
class WindowsTimeline;

class BatchWindowsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchWindowsPage)

public:
    // The columns of table(): WindowsModel's.
    enum Column {
        NameColumn = WindowsModel::NameColumn,
        StartColumn = WindowsModel::StartColumn,
        EndColumn = WindowsModel::EndColumn,
        LockoutColumn = WindowsModel::LockoutColumn,
        CapacityColumn = WindowsModel::CapacityColumn,
        ProblemColumn = WindowsModel::ProblemColumn,
        ColumnCount = WindowsModel::ColumnCount
    };

    explicit BatchWindowsPage(BatchWizard *wizard);
    ~BatchWindowsPage() override;

    QVector<MigrationWindow> windows() const;
    // One entry per window, empty when it is fine.
    QStringList problems() const;
    QTableView *table() const { return m_table; }
    WindowsModel *model() const { return m_model; }
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
    WindowsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    WindowsTimeline *m_timeline = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_problem = nullptr;
    bool m_updating = false;
};

} // namespace ferry::gui
