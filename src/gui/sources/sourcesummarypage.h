#pragma once

#include <QWizardPage>

class QCheckBox;
class QFormLayout;
class QLabel;
class QListWidget;

namespace ferry::gui {

class AddSourceWizard;
class IconLabel;

// Step 5 of the Add Source wizard: what was registered and imported (server, certificate, VM
// and network counts, what was skipped, the warnings of the sync).
class SourceSummaryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceSummaryPage)

public:
    explicit SourceSummaryPage(AddSourceWizard *wizard);
    ~SourceSummaryPage() override;

    void initializePage() override;
    bool showInstances() const;

private:
    QLabel *addRow(const QString &label, const QString &objectName);

    AddSourceWizard *m_wizard = nullptr;
    IconLabel *m_icon = nullptr;
    QLabel *m_headline = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_endpoint = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_certificate = nullptr;
    QLabel *m_instances = nullptr;
    QLabel *m_networks = nullptr;
    QLabel *m_skipped = nullptr;
    QListWidget *m_warnings = nullptr;
    QLabel *m_noWarnings = nullptr;
    QCheckBox *m_showInstances = nullptr;
};

} // namespace ferry::gui
