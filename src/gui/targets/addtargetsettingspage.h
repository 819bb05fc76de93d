#pragma once

#include "targets/addtargetpage.h"

namespace ferry::gui {

class TargetSettingsWidget;

// Step 1: the target's name, endpoint, limits, timeout and (optionally) the fingerprint of the
// server certificate a person already knows.
class AddTargetSettingsPage final : public AddTargetPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddTargetSettingsPage)

public:
    explicit AddTargetSettingsPage(AddTargetWizard *wizard);
    ~AddTargetSettingsPage() override;

    void initializePage() override;
    bool validatePage() override;

    TargetSettingsWidget *settings() const { return m_settings; }

private:
    TargetSettingsWidget *m_settings;
};

} // namespace ferry::gui
