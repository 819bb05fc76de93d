#pragma once

// A page of the Batch wizard (batchwizard.h); its object names are stable for tests.

#include "batches/selectionpreview.h"

#include <QWizardPage>

class QLabel;
class QListWidget;
class QProgressBar;

namespace ferry::gui {

class BatchWizard;
class ExpressionEdit;

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

} // namespace ferry::gui
