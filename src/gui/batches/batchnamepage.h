#pragma once

// A page of the Batch wizard (batchwizard.h); its object names are stable for tests.

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace ferry::gui {

class BatchWizard;

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

} // namespace ferry::gui
