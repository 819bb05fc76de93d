#pragma once

// A page of the Batch wizard (batchwizard.h); its object names are stable for tests.

#include "batch/batchconfig.h"
#include "batch/batchservice.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace ferry::gui {

class BatchWizard;

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
    QCheckBox *m_convertGuests = nullptr;
    QLabel *m_convertGuestsHint = nullptr;
    QSpinBox *m_retries = nullptr;
    QCheckBox *m_unknownOs = nullptr;
    QCheckBox *m_noIpv4 = nullptr;
    QCheckBox *m_noBackgroundImport = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_finalLimit = nullptr;
    QSpinBox *m_guestShutdownTimeout = nullptr;
    QCheckBox *m_hardPowerOff = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace ferry::gui
