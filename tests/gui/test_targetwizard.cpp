// The Add Target wizard without a server: Forward validates each page (name, endpoint, timeout,
// fingerprint, the token, the certificate files) and says why it stays; "Step N of M" follows
// the authentication chosen; OIDC asks for a trusted server certificate first; and without a
// keychain nothing is stored and the person is told what is missing.

#include "guitestsupport.h"

#include "common/operationstatuswidget.h"
#include "secrets/credentialstore.h"
#include "store/database.h"
#include "store/targetrepository.h"
#include "targets/addtargetwizard.h"
#include "util/paths.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace ferry;
using namespace ferry::gui;

namespace {

// Radio buttons and check boxes react only to clicks on their box or text, which sits at the
// left of a wide widget.
void clickToggle(QAbstractButton *button)
{
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

const QString kFp
    = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

QAbstractButton *forwardButton(QWizard *wizard)
{
    QAbstractButton *commit = wizard->button(QWizard::CommitButton);
    return commit->isVisible() ? commit : wizard->button(QWizard::NextButton);
}

void typeInto(QObject *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    QVERIFY2(edit, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

QString token(const QString &address, const QString &expiresAt)
{
    const QJsonObject o {{QStringLiteral("client_name"), QStringLiteral("ferry")},
        {QStringLiteral("fingerprint"), kFp}, {QStringLiteral("addresses"), QJsonArray {address}},
        {QStringLiteral("secret"), QStringLiteral("s3cr3t")},
        {QStringLiteral("expires_at"), expiresAt}};
    return QString::fromLatin1(QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64());
}

} // namespace

class TestTargetWizard final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_data;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<AddTargetWizard> m_wizard;

    OperationStatusWidget *status(const char *prefix) const
    {
        return m_wizard->findChild<OperationStatusWidget *>(
            QLatin1String(prefix) + QStringLiteral("Status"));
    }
    QString subTitle() const { return m_wizard->currentPage()->subTitle(); }

    void toAuthPage(const QString &fingerprint = {})
    {
        typeInto(m_wizard.get(), "nameEdit", QStringLiteral("lxd01"));
        typeInto(m_wizard.get(), "endpointEdit", QStringLiteral("127.0.0.1:1"));
        typeInto(m_wizard.get(), "fingerprintEdit", fingerprint);
        QTest::mouseClick(forwardButton(m_wizard.get()), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(AddTargetWizard::AuthenticationPageId));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // No keychain answers on this bus: what a desktop without one looks like.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/ferry-test-bus");
        test::isolateUserState(m_settings);
        auto db = Database::open(databaseFile(m_data.path()));
        QVERIFY(db);
        m_db = *db;
        Target taken;
        taken.name = QStringLiteral("taken");
        taken.endpoint = QStringLiteral("https://taken:8443");
        QVERIFY(TargetRepository(m_db).insert(taken));
    }

    void init()
    {
        m_wizard = std::make_unique<AddTargetWizard>(
            TargetsContext {m_db, std::make_shared<CredentialStore>(QStringLiteral("ferry"), 3000),
                m_data.path()},
            QStringList {QStringLiteral("taken")});
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    void cleanup() { m_wizard.reset(); }

    void cleanupTestCase()
    {
        // Join the pool's threads while QtSql is alive: each closes its database connection.
        QThreadPool::globalInstance()->waitForDone();
    }

    void settingsPageValidates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("timeout");
        QTest::addColumn<QString>("fingerprint");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("focus");
        QTest::newRow("no name") << QString() << QStringLiteral("h") << QStringLiteral("5m")
                                 << QString() << QStringLiteral("Give the target a name")
                                 << QStringLiteral("nameEdit");
        QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("h")
                               << QStringLiteral("5m") << QString()
                               << QStringLiteral("cannot contain a slash")
                               << QStringLiteral("nameEdit");
        QTest::newRow("taken") << QStringLiteral("taken") << QStringLiteral("h")
                               << QStringLiteral("5m") << QString()
                               << QStringLiteral("A target named taken already exists")
                               << QStringLiteral("nameEdit");
        QTest::newRow("no endpoint")
            << QStringLiteral("n") << QString() << QStringLiteral("5m") << QString()
            << QStringLiteral("The endpoint is empty") << QStringLiteral("endpointEdit");
        QTest::newRow("http") << QStringLiteral("n") << QStringLiteral("http://h:8443")
                              << QStringLiteral("5m") << QString()
                              << QStringLiteral("Only https endpoints")
                              << QStringLiteral("endpointEdit");
        QTest::newRow("timeout") << QStringLiteral("n") << QStringLiteral("h")
                                 << QStringLiteral("soon") << QString()
                                 << QStringLiteral("is not a duration")
                                 << QStringLiteral("timeoutEdit");
        QTest::newRow("fingerprint")
            << QStringLiteral("n") << QStringLiteral("h") << QStringLiteral("5m")
            << QStringLiteral("abc") << QStringLiteral("64 hexadecimal digits")
            << QStringLiteral("fingerprintEdit");
    }

    void settingsPageValidates()
    {
        QFETCH(QString, name);
        QFETCH(QString, endpoint);
        QFETCH(QString, timeout);
        QFETCH(QString, fingerprint);
        QFETCH(QString, message);
        QFETCH(QString, focus);
        typeInto(m_wizard.get(), "nameEdit", name);
        typeInto(m_wizard.get(), "endpointEdit", endpoint);
        typeInto(m_wizard.get(), "timeoutEdit", timeout);
        typeInto(m_wizard.get(), "fingerprintEdit", fingerprint);
        QTest::mouseClick(forwardButton(m_wizard.get()), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(AddTargetWizard::SettingsPageId));
        QCOMPARE(status("settings")->state(), OperationStatusWidget::State::Failed);
        QVERIFY2(status("settings")->message().contains(message),
            qPrintable(status("settings")->message()));
        QCOMPARE(m_wizard->focusWidget()->objectName(), focus);
        // Typing clears the complaint.
        QTest::keyClicks(child<QLineEdit>(m_wizard.get(), qPrintable(focus)), QStringLiteral("x"));
        QCOMPARE(status("settings")->state(), OperationStatusWidget::State::Idle);
    }

    void settingsNormalisedOnForward()
    {
        QVERIFY(subTitle().startsWith(QStringLiteral("Step 1 of 4:")));
        typeInto(m_wizard.get(), "nameEdit", QStringLiteral(" lxd01 "));
        typeInto(m_wizard.get(), "endpointEdit", QStringLiteral("lxd01.example.test"));
        typeInto(m_wizard.get(), "timeoutEdit", QStringLiteral("90s"));
        child<QSpinBox>(m_wizard.get(), "importLimitSpin")->setValue(0);
        typeInto(m_wizard.get(), "fingerprintEdit", kFp.toUpper());
        QTest::mouseClick(forwardButton(m_wizard.get()), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(AddTargetWizard::AuthenticationPageId));
        const Target &t = m_wizard->draft();
        QCOMPARE(t.name, QStringLiteral("lxd01"));
        QCOMPARE(t.endpoint, QStringLiteral("https://lxd01.example.test:8443"));
        QCOMPARE(t.connectionTimeoutMs, qint64(90000));
        QCOMPARE(t.importLimit, 0);
        QCOMPARE(t.createLimit, 10);
        QCOMPARE(t.cert.trustedSha256, kFp);
        QCOMPARE(
            child<QSpinBox>(m_wizard.get(), "importLimitSpin")->text(), QStringLiteral("No limit"));
        // Back shows what will be used.
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(m_wizard.get(), "endpointEdit")->text(),
            QStringLiteral("https://lxd01.example.test:8443"));
    }

    // Verification by certificate authority (ACME certificates renew): the fingerprint's rows
    // give way to the CA file's, the certificate page leaves the plan, and a CA file that holds
    // no certificate is refused under the field.
    void verifyByCertificateAuthority()
    {
        typeInto(m_wizard.get(), "nameEdit", QStringLiteral("acme01"));
        typeInto(m_wizard.get(), "endpointEdit", QStringLiteral("incus.example.test"));
        typeInto(m_wizard.get(), "fingerprintEdit", kFp);
        auto *combo = child<QComboBox>(m_wizard.get(), "verifyCombo");
        QVERIFY(combo);
        auto *fingerprint = child<QLineEdit>(m_wizard.get(), "fingerprintEdit");
        auto *caFile = child<QLineEdit>(m_wizard.get(), "caFileEdit");
        QVERIFY(fingerprint->isVisible());
        QVERIFY(!caFile->isVisible());
        // Keyboard, as a person would: focus the combo and pick the second way.
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("ca"));
        QVERIFY(!fingerprint->isVisible());
        QVERIFY(caFile->isVisible());
        QVERIFY(child<QAbstractButton>(m_wizard.get(), "caBrowseButton")->isVisible());

        const QString bad = m_data.filePath(QStringLiteral("not-a-ca.pem"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello\n");
        f.close();
        typeInto(m_wizard.get(), "caFileEdit", bad);
        QTest::mouseClick(forwardButton(m_wizard.get()), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(AddTargetWizard::SettingsPageId));
        QCOMPARE(status("settings")->state(), OperationStatusWidget::State::Failed);
        QVERIFY2(status("settings")->message().contains(QLatin1String("no PEM certificate")),
            qPrintable(status("settings")->message()));

        // The system's authorities (no file): on to authentication, nothing pinned, and no
        // certificate page planned with a generated certificate.
        caFile->clear();
        QTest::mouseClick(forwardButton(m_wizard.get()), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(AddTargetWizard::AuthenticationPageId));
        const Target &t = m_wizard->draft();
        QCOMPARE(t.tlsVerify, QStringLiteral("ca"));
        QVERIFY(t.tlsCaPem.isEmpty());
        QVERIFY2(t.cert.trustedSha256.isEmpty(), "a CA-verified target pins nothing");
        clickToggle(child<QRadioButton>(m_wizard.get(), "authFilesRadio"));
        QVERIFY2(subTitle().startsWith(QStringLiteral("Step 2 of 4:")), qPrintable(subTitle()));
    }

    void stepsFollowTheAuthentication()
    {
        toAuthPage();
        QVERIFY2(subTitle().startsWith(QStringLiteral("Step 2 of 4:")), qPrintable(subTitle()));
        clickToggle(child<QRadioButton>(m_wizard.get(), "authGenerateRadio"));
        QVERIFY2(subTitle().startsWith(QStringLiteral("Step 2 of 6:")), qPrintable(subTitle()));
        clickToggle(child<QRadioButton>(m_wizard.get(), "authFilesRadio"));
        QVERIFY2(subTitle().startsWith(QStringLiteral("Step 2 of 5:")), qPrintable(subTitle()));
        QVERIFY(child<QLineEdit>(m_wizard.get(), "certFileEdit")->isEnabled());
        QVERIFY(!child<QLineEdit>(m_wizard.get(), "tokenEdit")->isEnabled());
        // A fingerprint known in advance: no certificate page.
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        toAuthPage(kFp);
        clickToggle(child<QRadioButton>(m_wizard.get(), "authGenerateRadio"));
        QVERIFY2(subTitle().startsWith(QStringLiteral("Step 2 of 5:")), qPrintable(subTitle()));
    }

    void oidcNeedsATrustedServerCertificate()
    {
        toAuthPage();
        auto *oidc = child<QRadioButton>(m_wizard.get(), "authOidcRadio");
        QVERIFY(oidc->isVisible());
        QVERIFY(oidc->isEnabled());
        auto *reason = child<QLabel>(m_wizard.get(), "oidcReason");
        QVERIFY(reason->isVisible());
        QVERIFY(reason->text().contains(QStringLiteral("identity provider")));
        clickToggle(oidc);
        // Settings, Authentication, Connect, Summary: no certificate or trust page for OIDC.
        QVERIFY2(subTitle().startsWith(QStringLiteral("Step 2 of 4:")), qPrintable(subTitle()));
        QCOMPARE(forwardButton(m_wizard.get())->text().remove(QLatin1Char('&')),
            QStringLiteral("Connect"));
        // Without a fingerprint (or CA verification) the server cannot be asked.
        QTest::mouseClick(forwardButton(m_wizard.get()), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(AddTargetWizard::AuthenticationPageId));
        QVERIFY2(status("auth")->message().contains(QStringLiteral("fingerprint")),
            qPrintable(status("auth")->message()));
    }

    void tokenCheckedBeforeConnecting()
    {
        toAuthPage();
        auto *info = status("tokenInfo");
        // Nothing pasted: Connect says what is missing.
        QTest::mouseClick(forwardButton(m_wizard.get()), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(AddTargetWizard::AuthenticationPageId));
        QVERIFY(status("auth")->message().contains(QStringLiteral("Paste the trust token")));

        typeInto(m_wizard.get(), "tokenEdit", QStringLiteral("not a token"));
        QCOMPARE(info->state(), OperationStatusWidget::State::Failed);
        QVERIFY(
            info->message().contains(QStringLiteral("This is not an Incus or LXD trust token")));
        QTest::mouseClick(forwardButton(m_wizard.get()), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(AddTargetWizard::AuthenticationPageId));

        typeInto(m_wizard.get(), "tokenEdit",
            token(QStringLiteral("127.0.0.1:1"), QStringLiteral("2001-01-01T00:00:00Z")));
        QCOMPARE(info->state(), OperationStatusWidget::State::Failed);
        QVERIFY(info->message().contains(QStringLiteral("expired")));
        QTest::mouseClick(forwardButton(m_wizard.get()), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(AddTargetWizard::AuthenticationPageId));

        typeInto(m_wizard.get(), "tokenEdit",
            token(QStringLiteral("10.9.9.9:8443"), QStringLiteral("0001-01-01T00:00:00Z")));
        QCOMPARE(info->state(), OperationStatusWidget::State::NeedsAttention);
        QVERIFY(info->message().contains(QStringLiteral("10.9.9.9:8443")));

        typeInto(m_wizard.get(), "tokenEdit",
            token(QStringLiteral("127.0.0.1:1"), QStringLiteral("0001-01-01T00:00:00Z")));
        QCOMPARE(info->state(), OperationStatusWidget::State::Succeeded);
        QVERIFY(info->message().contains(QStringLiteral("\"ferry\"")));
        QVERIFY(info->message().contains(kFp.left(16)));
    }

    void certificateFilesChecked()
    {
        toAuthPage();
        clickToggle(child<QRadioButton>(m_wizard.get(), "authFilesRadio"));
        QTest::mouseClick(forwardButton(m_wizard.get()), Qt::LeftButton);
        QVERIFY(
            status("auth")->message().contains(QStringLiteral("Choose the client certificate")));
        QCOMPARE(m_wizard->focusWidget()->objectName(), QStringLiteral("certFileEdit"));

        const QString missing = m_data.filePath(QStringLiteral("missing.crt"));
        typeInto(m_wizard.get(), "certFileEdit", missing);
        typeInto(m_wizard.get(), "keyFileEdit", missing);
        QTest::mouseClick(forwardButton(m_wizard.get()), Qt::LeftButton);
        QVERIFY2(status("auth")->message().startsWith(QStringLiteral("Cannot read")),
            qPrintable(status("auth")->message()));

        QFile junk(m_data.filePath(QStringLiteral("junk.crt")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a certificate\n");
        junk.close();
        typeInto(m_wizard.get(), "certFileEdit", junk.fileName());
        typeInto(m_wizard.get(), "keyFileEdit", junk.fileName());
        QTest::mouseClick(forwardButton(m_wizard.get()), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(AddTargetWizard::AuthenticationPageId));
        QCOMPARE(status("auth")->state(), OperationStatusWidget::State::Failed);
    }

    // Without a keychain, Ferry stores nothing (and spends no token) and says what is missing;
    // the person can go back.
    void noKeychainNothingStored()
    {
        toAuthPage();
        clickToggle(child<QRadioButton>(m_wizard.get(), "authGenerateRadio"));
        QTest::mouseClick(forwardButton(m_wizard.get()), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(AddTargetWizard::ConnectPageId));
        QVERIFY(m_wizard->isBusy());
        QVERIFY(!m_wizard->button(QWizard::BackButton)->isEnabled());
        QVERIFY(!forwardButton(m_wizard.get())->isEnabled());
        QVERIFY(child<QPushButton>(m_wizard.get(), "connectStopButton")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->isBusy(), 20000);
        auto *connect = status("connect");
        QCOMPARE(connect->state(), OperationStatusWidget::State::Failed);
        QVERIFY2(connect->message().contains(QStringLiteral("Nothing was saved")),
            qPrintable(connect->message()));
        QVERIFY(!connect->details().isEmpty() || !connect->message().isEmpty());
        QVERIFY(!m_wizard->isStored());
        QVERIFY(!TargetRepository(m_db).byName(QStringLiteral("lxd01")));
        QVERIFY(child<QPushButton>(m_wizard.get(), "connectRetryButton")->isVisible());
        QVERIFY(!child<QPushButton>(m_wizard.get(), "connectStopButton")->isVisible());
        QVERIFY(m_wizard->button(QWizard::BackButton)->isEnabled());
        QVERIFY(!forwardButton(m_wizard.get())->isEnabled());
        // Cancel closes without asking: nothing is stored.
        QSignalSpy rejected(m_wizard.get(), &QDialog::rejected);
        m_wizard->reject();
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!m_wizard->keepQuestion());
    }
};

QTEST_MAIN(TestTargetWizard)
#include "test_targetwizard.moc"
