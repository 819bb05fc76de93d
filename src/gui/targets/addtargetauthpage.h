#pragma once

#include "targets/addtargetpage.h"

class QButtonGroup;
class QLineEdit;
class QRadioButton;
class QPushButton;
class QLabel;

namespace ferry::gui {

class OperationStatusWidget;

// Step 2: how Ferry proves who it is to the server. A trust token (recommended; redeemed once,
// never stored), a certificate Ferry creates (its key only in the keychain), or an existing
// certificate and key. OIDC is shown, greyed out, with the reason.
class AddTargetAuthPage final : public AddTargetPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddTargetAuthPage)

public:
    explicit AddTargetAuthPage(AddTargetWizard *wizard);
    ~AddTargetAuthPage() override;

    void initializePage() override;
    bool validatePage() override;

private:
    void onChoiceChanged();
    void describeToken();
    void browse(QLineEdit *edit, const QString &title);
    QLabel *hint(const QString &text, const QString &objectName);

    QButtonGroup *m_choice;
    QRadioButton *m_tokenRadio;
    QLineEdit *m_tokenEdit;
    OperationStatusWidget *m_tokenInfo;
    QRadioButton *m_generateRadio;
    QRadioButton *m_filesRadio;
    QLineEdit *m_certFileEdit;
    QLineEdit *m_keyFileEdit;
    QPushButton *m_certBrowse;
    QPushButton *m_keyBrowse;
    QRadioButton *m_oidcRadio;
    OperationStatusWidget *m_message;
};

} // namespace ferry::gui
