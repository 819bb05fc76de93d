#include "targets/addtargetauthpage.h"

#include "common/notelabel.h"
#include "common/operationstatuswidget.h"
#include "incus/clientcertificate.h"
#include "incus/incusclient.h"
#include "targets/addtargetwizard.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

constexpr int kIndent = 26;

QString oidcReason()
{
    return AddTargetAuthPage::tr(
        "For an Incus server whose administrators sign in at an identity provider (oidc.issuer "
        "is set on the server). Ferry shows an address and a code, you approve the sign-in in a "
        "browser, and Ferry keeps the tokens only in the system keychain. The server's "
        "certificate must be trusted first: its fingerprint in step 1, or verification by "
        "certificate authority.");
}

} // namespace

QLabel *AddTargetAuthPage::hint(const QString &text, const QString &objectName)
{
    QLabel *label = noteLabel(text, this);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

AddTargetAuthPage::AddTargetAuthPage(AddTargetWizard *wizard)
    : AddTargetPage(wizard, AddTargetWizard::AuthenticationPageId)
    , m_choice(new QButtonGroup(this))
    , m_tokenRadio(new QRadioButton(tr("Trust &token (recommended)"), this))
    , m_tokenEdit(new QLineEdit(this))
    , m_tokenInfo(new OperationStatusWidget(QStringLiteral("tokenInfo"), this))
    , m_generateRadio(new QRadioButton(tr("&Create a certificate for Ferry"), this))
    , m_filesRadio(new QRadioButton(tr("Use an &existing certificate and key"), this))
    , m_certFileEdit(new QLineEdit(this))
    , m_keyFileEdit(new QLineEdit(this))
    , m_certBrowse(new QPushButton(tr("Browse…"), this))
    , m_keyBrowse(new QPushButton(tr("Browse…"), this))
    , m_oidcRadio(new QRadioButton(tr("&OIDC single sign-on"), this))
    , m_message(new OperationStatusWidget(QStringLiteral("auth"), this))
{
    setObjectName(QStringLiteral("authenticationPage"));
    setTitle(tr("Authentication"));
    setIntro(tr("Choose how Ferry proves to the server who it is."));
    setButtonText(QWizard::NextButton, tr("&Connect"));

    m_tokenRadio->setObjectName(QStringLiteral("authTokenRadio"));
    m_generateRadio->setObjectName(QStringLiteral("authGenerateRadio"));
    m_filesRadio->setObjectName(QStringLiteral("authFilesRadio"));
    m_oidcRadio->setObjectName(QStringLiteral("authOidcRadio"));
    m_choice->addButton(m_tokenRadio, int(AddTargetWizard::AuthChoice::TrustToken));
    m_choice->addButton(m_generateRadio, int(AddTargetWizard::AuthChoice::GenerateCertificate));
    m_choice->addButton(m_filesRadio, int(AddTargetWizard::AuthChoice::CertificateFiles));
    m_choice->addButton(m_oidcRadio, int(AddTargetWizard::AuthChoice::Oidc));
    m_tokenRadio->setChecked(true);

    m_tokenEdit->setObjectName(QStringLiteral("tokenEdit"));
    m_tokenEdit->setPlaceholderText(tr("Paste the token the server printed"));
    m_tokenEdit->setAccessibleName(tr("Trust token"));
    m_tokenEdit->setClearButtonEnabled(true);

    m_certFileEdit->setObjectName(QStringLiteral("certFileEdit"));
    m_certFileEdit->setPlaceholderText(tr("Client certificate (PEM)"));
    m_certFileEdit->setAccessibleName(tr("Client certificate file"));
    m_keyFileEdit->setObjectName(QStringLiteral("keyFileEdit"));
    m_keyFileEdit->setPlaceholderText(tr("Private key (PEM, not encrypted)"));
    m_keyFileEdit->setAccessibleName(tr("Private key file"));
    m_certBrowse->setObjectName(QStringLiteral("certBrowseButton"));
    m_keyBrowse->setObjectName(QStringLiteral("keyBrowseButton"));

    auto *layout = new QGridLayout(this);
    layout->setColumnMinimumWidth(0, kIndent);
    layout->setColumnStretch(1, 1);
    layout->setVerticalSpacing(6);
    int row = 0;
    const auto section = [&](QRadioButton *radio) {
        if (row > 0)
            layout->setRowMinimumHeight(row++, 8);
        layout->addWidget(radio, row++, 0, 1, 3);
    };
    const auto indented = [&](QWidget *w, int span = 2) {
        layout->addWidget(w, row++, 1, 1, span);
    };

    section(m_tokenRadio);
    indented(hint(tr("On the server, run \"lxc config trust add --name ferry\" (LXD) or "
                     "\"incus config trust add ferry\" (Incus) and paste the token it prints. "
                     "Ferry creates its certificate, redeems the token once and never stores "
                     "it; the token also tells Ferry the server's certificate."),
        QStringLiteral("tokenHint")));
    indented(m_tokenEdit);
    indented(m_tokenInfo);

    section(m_generateRadio);
    indented(hint(tr("Ferry creates a key pair and keeps the private key only in the system "
                     "keychain. You then run one command on the server to trust the "
                     "certificate; the wizard shows it."),
        QStringLiteral("generateHint")));

    section(m_filesRadio);
    indented(hint(tr("PEM files; the key must not be encrypted. Ferry copies the key into the "
                     "system keychain."),
        QStringLiteral("filesHint")));
    layout->addWidget(m_certFileEdit, row, 1);
    layout->addWidget(m_certBrowse, row++, 2);
    layout->addWidget(m_keyFileEdit, row, 1);
    layout->addWidget(m_keyBrowse, row++, 2);

    section(m_oidcRadio);
    indented(hint(oidcReason(), QStringLiteral("oidcReason")));

    layout->setRowMinimumHeight(row++, 8);
    layout->addWidget(m_message, row++, 0, 1, 3);
    layout->setRowStretch(row, 1);

    connect(m_choice, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            onChoiceChanged();
    });
    connect(m_tokenEdit, &QLineEdit::textChanged, this, &AddTargetAuthPage::describeToken);
    connect(m_tokenEdit, &QLineEdit::textChanged, m_message, &OperationStatusWidget::clear);
    connect(m_certFileEdit, &QLineEdit::textChanged, m_message, &OperationStatusWidget::clear);
    connect(m_keyFileEdit, &QLineEdit::textChanged, m_message, &OperationStatusWidget::clear);
    connect(m_certBrowse, &QPushButton::clicked, this,
        [this] { browse(m_certFileEdit, tr("Client Certificate")); });
    connect(m_keyBrowse, &QPushButton::clicked, this,
        [this] { browse(m_keyFileEdit, tr("Private Key")); });
    onChoiceChanged();
}

AddTargetAuthPage::~AddTargetAuthPage() = default;

void AddTargetAuthPage::initializePage()
{
    describeToken();
    updateSubTitle();
}

void AddTargetAuthPage::onChoiceChanged()
{
    const auto choice = AddTargetWizard::AuthChoice(m_choice->checkedId());
    const bool token = choice == AddTargetWizard::AuthChoice::TrustToken;
    const bool files = choice == AddTargetWizard::AuthChoice::CertificateFiles;
    m_tokenEdit->setEnabled(token);
    m_tokenInfo->setEnabled(token);
    for (QWidget *w :
        {static_cast<QWidget *>(m_certFileEdit), static_cast<QWidget *>(m_keyFileEdit),
            static_cast<QWidget *>(m_certBrowse), static_cast<QWidget *>(m_keyBrowse)})
        w->setEnabled(files);
    m_message->clear();
    targetWizard()->setAuthChoice(choice);
    if (token)
        m_tokenEdit->setFocus(Qt::OtherFocusReason);
    else if (files)
        m_certFileEdit->setFocus(Qt::OtherFocusReason);
}

// What the token says, before anything is sent: who it is for, which server issued it, when it
// expires, and whether that server is the endpoint of step 1.
void AddTargetAuthPage::describeToken()
{
    const QString text = m_tokenEdit->text().trimmed();
    if (text.isEmpty()) {
        m_tokenInfo->clear();
        return;
    }
    auto token = incus::parse::trustToken(text);
    if (!token) {
        // ferryctl's words: what is wrong and what to copy instead.
        m_tokenInfo->setResult(OperationStatusWidget::State::Failed, QString(),
            token.error().message, token.error().details);
        return;
    }
    if (token->expired(QDateTime::currentDateTimeUtc())) {
        m_tokenInfo->setResult(OperationStatusWidget::State::Failed, QString(),
            tr("This token expired at %1. Create a new one on the server.").arg(token->expiresAt));
        return;
    }
    const Target &draft = targetWizard()->draft();
    const QUrl endpoint(draft.endpoint);
    const QString hostPort = QStringLiteral("%1:%2").arg(endpoint.host()).arg(endpoint.port(8443));
    const QString addresses = token->addresses.join(QLatin1String(", "));
    if (!draft.cert.trustedSha256.isEmpty() && draft.cert.trustedSha256 != token->fingerprint) {
        m_tokenInfo->setResult(OperationStatusWidget::State::NeedsAttention, QString(),
            tr("This token names the server certificate %1, not the fingerprint %2 you entered "
               "in step 1. Ferry will refuse it.")
                .arg(token->fingerprint, draft.cert.trustedSha256));
        return;
    }
    if (!token->addresses.isEmpty() && !token->addresses.contains(hostPort)) {
        m_tokenInfo->setResult(OperationStatusWidget::State::NeedsAttention, QString(),
            tr("This token was issued by the server at %1, but the endpoint is %2. Ferry sends "
               "the token only if %2 presents the token's certificate.")
                .arg(addresses, hostPort));
        return;
    }
    m_tokenInfo->setResult(OperationStatusWidget::State::Succeeded, QString(),
        tr("A token for client \"%1\" from the server at %2 (certificate %3…).")
            .arg(token->clientName, addresses.isEmpty() ? hostPort : addresses,
                token->fingerprint.left(16)));
}

void AddTargetAuthPage::browse(QLineEdit *edit, const QString &title)
{
    const QString start = edit->text().isEmpty() ? QDir::homePath() : edit->text();
    const QString file = QFileDialog::getOpenFileName(
        this, title, start, tr("PEM files (*.crt *.pem *.key *.cer);;All files (*)"));
    if (!file.isEmpty())
        edit->setText(QDir::toNativeSeparators(file));
}

bool AddTargetAuthPage::validatePage()
{
    TargetAuth auth;
    switch (targetWizard()->authChoice()) {
    case AddTargetWizard::AuthChoice::TrustToken: {
        const QString text = m_tokenEdit->text().trimmed();
        if (text.isEmpty()) {
            m_message->setResult(OperationStatusWidget::State::Failed, QString(),
                tr("Paste the trust token, or choose another way to authenticate."));
            m_tokenEdit->setFocus(Qt::OtherFocusReason);
            return false;
        }
        auto token = incus::parse::trustToken(text);
        if (!token || token->expired(QDateTime::currentDateTimeUtc())) {
            m_message->setResult(OperationStatusWidget::State::Failed, QString(),
                tr("Ferry cannot use this token (see above). Create a new one on the server."));
            m_tokenEdit->setFocus(Qt::OtherFocusReason);
            return false;
        }
        // As ferryctl does: Ferry makes the key pair the token is redeemed for.
        auth.method = TargetAuth::Method::GenerateCertificate;
        auth.trustToken = text;
        break;
    }
    case AddTargetWizard::AuthChoice::GenerateCertificate:
        auth.method = TargetAuth::Method::GenerateCertificate;
        break;
    case AddTargetWizard::AuthChoice::CertificateFiles: {
        QByteArray pem[2];
        QLineEdit *edits[2] = {m_certFileEdit, m_keyFileEdit};
        for (int i = 0; i < 2; ++i) {
            const QString path = QDir::fromNativeSeparators(edits[i]->text().trimmed());
            QFile file(path);
            if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
                m_message->setResult(OperationStatusWidget::State::Failed, QString(),
                    path.isEmpty() ? (i == 0 ? tr("Choose the client certificate file.")
                                             : tr("Choose the private key file."))
                                   : tr("Cannot read %1: %2")
                                         .arg(QDir::toNativeSeparators(path), file.errorString()));
                edits[i]->setFocus(Qt::OtherFocusReason);
                return false;
            }
            pem[i] = file.read(1024 * 1024);
        }
        if (auto cert = incus::parseCertificate(pem[0]); !cert) {
            m_message->setResult(OperationStatusWidget::State::Failed, QString(),
                cert.error().message, cert.error().details);
            m_certFileEdit->setFocus(Qt::OtherFocusReason);
            return false;
        }
        if (auto key = incus::parsePrivateKey(pem[1]); !key) {
            m_message->setResult(OperationStatusWidget::State::Failed, QString(),
                key.error().message, key.error().details);
            m_keyFileEdit->setFocus(Qt::OtherFocusReason);
            return false;
        }
        auth.method = TargetAuth::Method::ClientCertificate;
        auth.certPem = pem[0];
        auth.keyPem = pem[1];
        break;
    }
    case AddTargetWizard::AuthChoice::Oidc: {
        const Target &draft = targetWizard()->draft();
        if (draft.cert.trustedSha256.isEmpty() && !draft.verifiesByCa()) {
            // The server is asked for its identity provider over a trusted connection only.
            m_message->setResult(OperationStatusWidget::State::Failed, QString(),
                tr("For OIDC, go back to step 1 and enter the server's certificate "
                   "fingerprint (\"incus info\" shows it) or verify it by certificate "
                   "authority."));
            return false;
        }
        auth.method = TargetAuth::Method::Oidc;
        break;
    }
    }
    m_message->clear();
    targetWizard()->auth() = auth;
    return true;
}

} // namespace ferry::gui
