// The Add Target wizard with OIDC (issue 14, item 13), clicked through against the scripted
// OpenID provider and the HTTPS server answering like upstream Incus of
// tests/common/oidcfixture.h, with the tokens in a private gnome-keyring on a private D-Bus
// (tests/unit/with-private-keyring.sh):
// - the Connect page shows the verification address and the user code while it waits, and its
//   "Open in Browser" button hands the address to QDesktopServices (a handler of the test's);
//   the sign-in approved, the target is stored with its tokens in the keychain, status OK;
// - Stop while the provider still says authorization_pending cancels: nothing is stored.

#include "guitestsupport.h"

#include "common/oidcfixture.h"
#include "common/operationstatuswidget.h"
#include "secrets/credentialstore.h"
#include "store/database.h"
#include "store/targetrepository.h"
#include "targets/addtargetwizard.h"
#include "targets/oidctokens.h"
#include "util/paths.h"

#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace ferry;
using namespace ferry::gui;
using namespace ferry::test;

// Receives the URLs QDesktopServices::openUrl would open in a browser.
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TestTargetWizardOidc final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    QTemporaryDir m_data;
    QTemporaryDir m_certs;
    std::shared_ptr<Database> m_db;
    std::shared_ptr<CredentialStore> m_secrets
        = std::make_shared<CredentialStore>(QStringLiteral("ferry-oidc-gui-test"), 10000);
    ScriptedProvider m_provider;
    FakeOidcIncus m_incus {m_provider};
    QString m_pin;
    UrlCatcher m_catcher;
    std::unique_ptr<AddTargetWizard> m_wizard;

    template<typename T>
    T *child(const char *name) const
    {
        return m_wizard->findChild<T *>(QLatin1String(name));
    }
    QAbstractButton *forward() const
    {
        QAbstractButton *commit = m_wizard->button(QWizard::CommitButton);
        return commit->isVisible() ? commit : m_wizard->button(QWizard::NextButton);
    }
    void type(const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(name);
        QVERIFY2(edit, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    OperationStatusWidget *connectStatus() const
    {
        return m_wizard->findChild<OperationStatusWidget *>(QStringLiteral("connectStatus"));
    }
    void toConnectPage(const QString &name)
    {
        m_wizard = std::make_unique<AddTargetWizard>(
            TargetsContext {m_db, m_secrets, m_data.path()}, QStringList());
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        type("nameEdit", name);
        type("endpointEdit", m_incus.endpoint());
        type("fingerprintEdit", m_pin);
        QTest::mouseClick(forward(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(AddTargetWizard::AuthenticationPageId));
        auto *oidc = child<QRadioButton>("authOidcRadio");
        QVERIFY(oidc && oidc->isEnabled());
        QTest::mouseClick(oidc, Qt::LeftButton, {}, QPoint(6, oidc->height() / 2));
        QVERIFY(oidc->isChecked());
        QTest::mouseClick(forward(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(AddTargetWizard::ConnectPageId));
    }

private Q_SLOTS:
    void initTestCase()
    {
        ferry::gui::test::isolateUserState(m_settings);
        m_pin = makeServerCertificate(m_certs.path());
        QVERIFY2(!m_pin.isEmpty(), "openssl could not make the server certificate");
        QVERIFY(m_provider.start());
        QVERIFY(m_incus.start(m_certs.filePath(QStringLiteral("incus.crt")),
            m_certs.filePath(QStringLiteral("incus.key"))));
        if (Status st = m_secrets->probe(); !st)
            QFAIL(qPrintable(QStringLiteral("no keychain (run under with-private-keyring.sh): ")
                + st.error().toString()));
        auto db = Database::open(databaseFile(m_data.path()));
        QVERIFY(db);
        m_db = *db;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_catcher, "open");
    }

    void cleanup() { m_wizard.reset(); }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QThreadPool::globalInstance()->waitForDone();
    }

    void signInShowsAddressAndCode()
    {
        m_provider.reset();
        // Two polls pending (a second apart), then approved.
        m_provider.pollScript
            = {QStringLiteral("pending"), QStringLiteral("pending"), QStringLiteral("ok")};
        toConnectPage(QStringLiteral("sso01"));
        auto *panel = child<QWidget>("oidcPanel");
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 10000);
        QCOMPARE(child<QLabel>("oidcCodeLabel")->text(), QStringLiteral("WDJB-MJHT"));
        QVERIFY(child<QLabel>("oidcUrlLabel")->text().endsWith(QLatin1String("/device/verify")));
        QTest::mouseClick(child<QPushButton>("oidcOpenButton"), Qt::LeftButton);
        QCOMPARE(m_catcher.urls.size(), 1);
        QVERIFY(m_catcher.urls[0].toString().endsWith(
            QLatin1String("/device/verify?user_code=WDJB-MJHT")));
        QTRY_COMPARE_WITH_TIMEOUT(
            connectStatus()->state(), OperationStatusWidget::State::Succeeded, 20000);
        QVERIFY(!panel->isVisible());
        QVERIFY(m_wizard->isStored());
        auto t = TargetRepository(m_db).byName(QStringLiteral("sso01"));
        QVERIFY(t);
        QCOMPARE(t->authType, QStringLiteral("oidc"));
        QCOMPARE(t->connectivityStatus, connectivity::Ok);
        auto tokens = oidc::readTokens(*m_secrets, *t);
        QVERIFY2(tokens, qPrintable(tokens ? QString() : tokens.error().toString()));
        QVERIFY(m_provider.validAccess.contains(tokens->accessToken));
        QTest::mouseClick(forward(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(AddTargetWizard::SummaryPageId));
    }

    void stopCancelsTheWait()
    {
        m_provider.reset();
        m_provider.pollScript = {QStringLiteral("pending")};
        toConnectPage(QStringLiteral("sso02"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>("oidcPanel")->isVisible(), 10000);
        QTest::mouseClick(child<QPushButton>("connectStopButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            connectStatus()->state(), OperationStatusWidget::State::NeedsAttention, 10000);
        QVERIFY(!m_wizard->isStored());
        QVERIFY(!TargetRepository(m_db).byName(QStringLiteral("sso02")));
    }
};

QTEST_MAIN(TestTargetWizardOidc)
#include "test_targetwizardoidc.moc"
