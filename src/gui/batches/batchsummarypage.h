#pragma once

// A page of the Batch wizard (batchwizard.h); its object names are stable for tests.

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace ferry::gui {

class BatchWizard;

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
