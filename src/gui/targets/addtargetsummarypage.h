#pragma once

#include "targets/addtargetpage.h"

class QFormLayout;
class QLabel;

namespace ferry::gui {

class OperationStatusWidget;

// The last step: what Ferry registered and found: the server type and version, the API
// extensions, the trusted certificates, the limits, and how many projects, storage pools and
// networks the target offers.
class AddTargetSummaryPage final : public AddTargetPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddTargetSummaryPage)

public:
    explicit AddTargetSummaryPage(AddTargetWizard *wizard);
    ~AddTargetSummaryPage() override;

    void initializePage() override;

private:
    QLabel *addRow(const QString &label, const QString &objectName, bool monospace = false);

    OperationStatusWidget *m_status;
    QFormLayout *m_form;
    QLabel *m_server;
    QLabel *m_extensions;
    QLabel *m_endpoint;
    QLabel *m_serverCert;
    QLabel *m_clientCert;
    QLabel *m_auth;
    QLabel *m_limits;
    QLabel *m_projects;
    QLabel *m_pools;
    QLabel *m_networks;
};

} // namespace ferry::gui
