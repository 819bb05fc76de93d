#pragma once

#include <QWizardPage>

namespace ferry::gui {

class AddSourceWizard;
class SourceFormWidget;

// Step 1 of the Add Source wizard: endpoint, name, credentials and import options. Forward
// checks them (and that the name is free) before anything is stored or sent.
class SourceConnectionPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceConnectionPage)

public:
    explicit SourceConnectionPage(AddSourceWizard *wizard);
    ~SourceConnectionPage() override;

    bool validatePage() override;
    void cleanupPage() override;

    // Called when the server refused the credentials: the message under the form, the
    // password field focused.
    void showAuthenticationProblem(const QString &message);
    SourceFormWidget *form() const { return m_form; }
    // Called when the wizard shows this page again: focuses the field the problem is about.
    void pageShownAgain();

private:
    AddSourceWizard *m_wizard = nullptr;
    SourceFormWidget *m_form = nullptr;
    bool m_focusPassword = false;
};

} // namespace ferry::gui
