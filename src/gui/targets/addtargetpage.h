#pragma once

#include <QWizardPage>

namespace ferry::gui {

class AddTargetWizard;

// A page of the Add Target wizard: its subtitle reads "Step N of M: <what to do>" and follows
// the way through the wizard as choices and results change it; the page is not complete while
// the wizard waits for the server.
class AddTargetPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddTargetPage)

public:
    AddTargetPage(AddTargetWizard *wizard, int pageId, QWidget *parent = nullptr);
    ~AddTargetPage() override;

    bool isComplete() const override;

protected:
    AddTargetWizard *targetWizard() const { return m_wizard; }
    void setIntro(const QString &intro);
    void updateSubTitle();
    // isComplete() apart from the busy state.
    virtual bool isReady() const { return true; }

private:
    AddTargetWizard *m_wizard;
    int m_pageId;
    QString m_intro;
};

} // namespace ferry::gui
