// The certificate as a person checks it before trusting it: the view's fields, the tick that
// gates trust, and a changed certificate showing both the trusted and the presented
// fingerprint, in the Add Source wizard's certificate step and in the Sources page's dialog.
#include "guitestdata.h"
#include "guitestsupport.h"

#include "secrets/credentialstore.h"
#include "sources/addsourcewizard.h"
#include "sources/certificateview.h"
#include "sources/sourcecertificatepage.h"
#include "sources/trustcertificatedialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace ferry;
using namespace ferry::gui;

namespace {

Source changedSource()
{
    Source s;
    s.id = 42;
    s.name = QStringLiteral("vc01");
    s.endpoint = QStringLiteral("https://vc01.example.test");
    s.username = QStringLiteral("administrator@vsphere.local");
    s.connectivityStatus = connectivity::TlsError;
    s.statusDetail = QStringLiteral("The certificate of vc01.example.test has changed.");
    s.cert.trustedSha256 = test::kOldSha256;
    s.cert.seenPem = test::samplePem();
    s.cert.seenSha256 = test::kSampleSha256;
    return s;
}

QString text(const QWidget *parent, const char *name)
{
    auto *label = parent->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
}

bool shown(const QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<QWidget *>(QLatin1String(name));
    return widget && widget->isVisible();
}

} // namespace

class TestCertificateView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsSubjectIssuerValidityAndFingerprint();
    void tickGatesTrust();
    void unreadableCertificateCannotBeTrusted();
    void wizardPageShowsBothFingerprintsForAChangedCertificate();
    void dialogShowsBothFingerprintsForAChangedCertificate();

private:
    QTemporaryDir m_settingsDir;
};

void TestCertificateView::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateUserState(m_settingsDir);
    QVERIFY2(!test::samplePem().isEmpty(), "tests/gui/data/vc01.example.test.pem not found");
}

void TestCertificateView::showsSubjectIssuerValidityAndFingerprint()
{
    CertificateView view;
    view.setCertificate(test::samplePem(), QStringLiteral("vc01.example.test"), {});
    view.show();
    QVERIFY(view.isValid());
    QCOMPARE(view.presentedSha256(), test::kSampleSha256);
    QCOMPARE(text(&view, "certificateSha256"), test::kSampleSha256);
    // Colon form, upper case, in two lines of 16 pairs (what openssl and browsers show).
    QCOMPARE(text(&view, "certificateSha256Colons"),
        QStringLiteral("A4:FB:1F:1D:5F:F8:0E:1C:16:ED:A0:43:0B:4D:3B:42:\n"
                       "F8:2E:BF:1F:27:0C:84:AC:60:F1:8A:72:14:50:6E:D9"));
    QVERIFY(text(&view, "certificateSubject").startsWith(QLatin1String("vc01.example.test")));
    QVERIFY(text(&view, "certificateSubject").contains(QLatin1String("Example Corp")));
    QVERIFY(text(&view, "certificateIssuer").contains(QLatin1String("self-signed")));
    QVERIFY(text(&view, "certificateAlternativeNames").contains(QLatin1String("IP 192.0.2.5")));
    QVERIFY(!text(&view, "certificateValidFrom").isEmpty());
    QVERIFY(!text(&view, "certificateValidUntil").isEmpty());
    // The system does not trust a self-signed certificate: the reason is listed.
    QVERIFY(!view.problems().isEmpty());
    QVERIFY(shown(&view, "certificateProblems"));
    QVERIFY(
        text(&view, "certificateProblems").contains(QLatin1String("self"), Qt::CaseInsensitive));
    QVERIFY(!shown(&view, "certificateChangedBanner"));
    QVERIFY(!shown(&view, "certificateTrustedSha256"));
}

void TestCertificateView::tickGatesTrust()
{
    CertificateView view;
    QSignalSpy ticks(&view, &CertificateView::trustTickChanged);
    view.setCertificate(test::samplePem(), QStringLiteral("vc01.example.test"), {});
    auto *tick = view.findChild<QCheckBox *>(QStringLiteral("trustCertificateCheckBox"));
    QVERIFY(tick);
    QVERIFY(tick->isEnabled());
    QVERIFY(!tick->isChecked());
    QVERIFY(!view.isTrustTicked());
    tick->click();
    QVERIFY(view.isTrustTicked());
    QCOMPARE(ticks.count(), 1);
    // Another certificate starts unticked again.
    view.setCertificate(test::samplePem(), QStringLiteral("vc01.example.test"), {});
    QVERIFY(!view.isTrustTicked());
}

void TestCertificateView::unreadableCertificateCannotBeTrusted()
{
    CertificateView view;
    view.show();
    view.setCertificate(QStringLiteral("not a certificate"), QStringLiteral("x"), {});
    QVERIFY(!view.isValid());
    QVERIFY(shown(&view, "certificateProblems"));
    QVERIFY(!view.findChild<QCheckBox *>(QStringLiteral("trustCertificateCheckBox"))->isEnabled());
    QVERIFY(!view.isTrustTicked());
}

void TestCertificateView::wizardPageShowsBothFingerprintsForAChangedCertificate()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("ferry.db")));
    QVERIFY(db.ok());
    AddSourceWizard wizard(GuiContext {*db, std::make_shared<CredentialStore>(), nullptr});
    wizard.setSource(changedSource());
    auto *page
        = qobject_cast<SourceCertificatePage *>(wizard.page(AddSourceWizard::CertificatePageId));
    QVERIFY(page);
    page->initializePage();
    wizard.show();
    page->show();
    QVERIFY(page->subTitle().startsWith(QLatin1String("Step 3 of 5")));
    QCOMPARE(text(page, "certificateTrustedSha256"), test::kOldSha256);
    QCOMPARE(text(page, "certificateSha256"), test::kSampleSha256);
    QVERIFY(text(page, "certificateTrustedSha256Colons").startsWith(QLatin1String("01:23:45:67")));
    QVERIFY(text(page, "certificateSha256Colons").startsWith(QLatin1String("A4:FB:1F:1D")));
    QVERIFY(shown(page, "certificateTrustedSha256"));
    QVERIFY(shown(page, "certificateChangedBanner"));
    QVERIFY(text(page, "certificateProblems")
                .contains(QLatin1String("not the certificate you trusted")));
    QVERIFY(text(page, "certificateIntro").contains(QLatin1String("another certificate")));
    QVERIFY(!page->isComplete());
    page->findChild<QCheckBox *>(QStringLiteral("trustCertificateCheckBox"))->click();
    QVERIFY(page->isComplete());
    QCOMPARE(page->findChild<QCheckBox *>(QStringLiteral("trustCertificateCheckBox"))->text(),
        QStringLiteral("I &trust the new certificate"));
    wizard.setSource({}); // nothing stored: closing removes nothing
    wizard.reject();
}

void TestCertificateView::dialogShowsBothFingerprintsForAChangedCertificate()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("ferry.db")));
    QVERIFY(db.ok());
    TrustCertificateDialog dialog(
        GuiContext {*db, std::make_shared<CredentialStore>(), nullptr}, changedSource());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(text(&dialog, "certificateTrustedSha256"), test::kOldSha256);
    QCOMPARE(text(&dialog, "certificateSha256"), test::kSampleSha256);
    QVERIFY(shown(&dialog, "certificateTrustedSha256"));
    QVERIFY(shown(&dialog, "certificateTrustedSha256Colons"));
    QVERIFY(shown(&dialog, "certificateChangedBanner"));
    auto *trust = dialog.findChild<QPushButton *>(QStringLiteral("trustButton"));
    QCOMPARE(trust->text(), QStringLiteral("&Trust New Certificate"));
    QVERIFY(!trust->isEnabled());
    dialog.findChild<QCheckBox *>(QStringLiteral("trustCertificateCheckBox"))->click();
    QVERIFY(trust->isEnabled());
    dialog.findChild<QCheckBox *>(QStringLiteral("trustCertificateCheckBox"))->click();
    QVERIFY(!trust->isEnabled());
}

QTEST_MAIN(TestCertificateView)
#include "test_certificateview.moc"
