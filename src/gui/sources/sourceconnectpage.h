#pragma once

#include "model/source.h"
#include "util/result.h"

#include <QWizardPage>

#include <memory>

class QPushButton;

namespace ferry::gui {

class AddSourceWizard;
class OperationStatusWidget;
struct SourceJobControl;

// Step 2 of the Add Source wizard: stores the source and its password (or updates them when the
// person came back to correct something) and connects, off the GUI thread, with a Stop button.
// An untrusted certificate leads to the certificate step, success to the first sync; a refused
// password or an unreachable server stays here with the reason and a way to fix it.
class SourceConnectPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceConnectPage)

public:
    enum class Outcome {
        None,
        Running,
        Connected,
        NeedsCertificate,
        Failed,
    };

    explicit SourceConnectPage(AddSourceWizard *wizard);
    ~SourceConnectPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    Outcome outcome() const { return m_outcome; }

private:
    void start();
    void stop();
    void onFinished(const Result<Source> &result);
    void setOutcome(Outcome outcome);

    AddSourceWizard *m_wizard = nullptr;
    OperationStatusWidget *m_status = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_fixPassword = nullptr;
    Outcome m_outcome = Outcome::None;
    std::shared_ptr<SourceJobControl> m_control;
};

} // namespace ferry::gui
