// The Add Source wizard driven end to end against the lab's vCenter simulator, as a person
// would: type the endpoint and credentials, reach the certificate step, find the lab's real
// fingerprint there, tick, let the first sync run, finish, and see the source OK and its VMs on
// the Instances page. Also: a wrong password, and a cancelled wizard that leaves nothing.
#include "common/labenv.h"
#include "guitestsupport.h"

#include "instances/instancesmodel.h"
#include "instances/instancespage.h"
#include "mainwindow/mainwindow.h"
#include "sources/addsourcewizard.h"
#include "sources/sourcesmodel.h"
#include "sources/sourcespage.h"
#include "startup/startup.h"
#include "store/instancerepository.h"
#include "store/sourcerepository.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QWizardPage>
#include <QtTest>

using namespace ferry;
using namespace ferry::gui;

namespace {

constexpr int kServerTimeoutMs = 30000;

Status keychainAnswers()
{
    return {};
}

QString labelText(QWidget *parent, const char *name)
{
    auto *label = parent->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

} // namespace

class TestAddSourceWizard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void addsTheLabVCenterThroughTheCertificatePage();
    void wrongPasswordShowsAnAuthenticationErrorWithAWayBack();
    void cancelledWizardLeavesNothing();
    void emptyFieldsAreRefusedBeforeConnecting();

private:
    std::unique_ptr<MainWindow> createWindow();
    AddSourceWizard *openWizard(MainWindow *window);
    // prefix: FERRY_LAB_VC or FERRY_LAB_ESX
    void fillFirstStep(AddSourceWizard *wizard, const QString &name, const QString &password,
        const QString &prefix = QStringLiteral("FERRY_LAB_VC"));
    QStringList requestLogSince(qint64 offset) const;
    qint64 requestLogSize() const;

    ferry::test::LabEnv m_lab;
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    StartupContext m_context;
};

void TestAddSourceWizard::initTestCase()
{
    m_lab = ferry::test::LabEnv::load();
    QVERIFY2(m_lab.isValid(), "no lab: FERRY_LAB_ENV must name a lab.env (ctest starts the lab)");
    QVERIFY(!m_lab["FERRY_LAB_VC_URL"].isEmpty());
    m_lab.useLabKeyring();
    QVERIFY(m_settingsDir.isValid() && m_dataDir.isValid());
    gui::test::isolateUserState(m_settingsDir);
    qputenv("FERRY_DATA_DIR", QFile::encodeName(m_dataDir.path()));
    StartupOptions options;
    options.installLogger = false;
    auto startup = prepareStartup(options);
    QVERIFY2(startup.ok(), qPrintable(startup.ok() ? QString() : startup.error().toString()));
    m_context = *startup;
}

void TestAddSourceWizard::cleanup()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows)
        w->close();
    QTest::qWait(50);
}

std::unique_ptr<MainWindow> TestAddSourceWizard::createWindow()
{
    auto window = std::make_unique<MainWindow>(m_context, keychainAnswers);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

AddSourceWizard *TestAddSourceWizard::openWizard(MainWindow *window)
{
    auto *action = window->findChild<QAction *>(QStringLiteral("actionAddSource"));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    auto *wizard = window->findChild<AddSourceWizard *>(QStringLiteral("addSourceWizard"));
    if (wizard)
        QTest::qWaitForWindowExposed(wizard);
    return wizard;
}

void TestAddSourceWizard::fillFirstStep(
    AddSourceWizard *wizard, const QString &name, const QString &password, const QString &prefix)
{
    auto *endpoint = wizard->findChild<QLineEdit *>(QStringLiteral("endpointEdit"));
    auto *nameEdit = wizard->findChild<QLineEdit *>(QStringLiteral("sourceNameEdit"));
    auto *user = wizard->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    auto *pass = wizard->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QVERIFY(endpoint && nameEdit && user && pass);
    QTest::keyClicks(endpoint, m_lab.value(prefix + QStringLiteral("_HOST_PORT")));
    // The host is suggested as the name until one is typed.
    QCOMPARE(nameEdit->text(), QStringLiteral("127.0.0.1"));
    nameEdit->clear();
    // QTest types ASCII only; the rest goes in as a paste would.
    nameEdit->insert(name);
    QTest::keyClicks(user, m_lab.value(prefix + QStringLiteral("_USER")));
    QTest::keyClicks(pass, password);
}

qint64 TestAddSourceWizard::requestLogSize() const
{
    return QFileInfo(m_lab["FERRY_LAB_VC_REQUEST_LOG"]).size();
}

QStringList TestAddSourceWizard::requestLogSince(qint64 offset) const
{
    QFile f(m_lab["FERRY_LAB_VC_REQUEST_LOG"]);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestAddSourceWizard::addsTheLabVCenterThroughTheCertificatePage()
{
    auto window = createWindow();
    QVERIFY(window);
    const qint64 logStart = requestLogSize();
    AddSourceWizard *wizard = openWizard(window.get());
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(AddSourceWizard::ConnectionPageId));
    QVERIFY(wizard->currentPage()->subTitle().startsWith(QLatin1String("Step 1 of 5")));

    const QString name = QString::fromUtf8("lab vCenter ü");
    fillFirstStep(wizard, name, m_lab["FERRY_LAB_VC_PASSWORD"]);
    auto *next = wizard->findChild<QAbstractButton *>(QStringLiteral("nextButton"));
    QVERIFY(next && next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    // Step 2 connects off the GUI thread and moves on to the certificate by itself.
    QTRY_COMPARE_WITH_TIMEOUT(
        wizard->currentId(), int(AddSourceWizard::CertificatePageId), kServerTimeoutMs);
    QWizardPage *page = wizard->currentPage();
    QVERIFY(page->subTitle().startsWith(QLatin1String("Step 3 of 5")));
    QCOMPARE(labelText(page, "certificateSha256"), m_lab["FERRY_LAB_VC_FINGERPRINT"]);
    QCOMPARE(labelText(page, "certificateSha256Colons").remove(QLatin1Char('\n')),
        m_lab["FERRY_LAB_VC_FINGERPRINT"].toUpper().replace(
            QRegularExpression(QStringLiteral("(..)(?!$)")), QStringLiteral("\\1:")));
    QVERIFY(labelText(page, "certificateSubject").contains(QLatin1String("127.0.0.1")));
    QVERIFY(!labelText(page, "certificateValidUntil").isEmpty());
    QVERIFY(!labelText(page, "certificateProblems").isEmpty());
    // Nothing but the service content was asked for: no credentials before the trust.
    for (const QString &line : requestLogSince(logStart))
        QVERIFY2(!line.contains(QLatin1String("Login")), qPrintable(line));

    // Next only after the explicit tick.
    QVERIFY(!next->isEnabled());
    auto *tick = page->findChild<QCheckBox *>(QStringLiteral("trustCertificateCheckBox"));
    QVERIFY(tick && tick->isVisible());
    QTest::mouseClick(tick, Qt::LeftButton);
    QVERIFY(tick->isChecked());
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    // Trust, log in, first sync (step 4), summary (step 5).
    QTRY_COMPARE_WITH_TIMEOUT(
        wizard->currentId(), int(AddSourceWizard::SummaryPageId), kServerTimeoutMs);
    page = wizard->currentPage();
    QVERIFY(page->subTitle().startsWith(QLatin1String("Step 5 of 5")));
    const int vmCount = m_lab["FERRY_LAB_VC_VM_COUNT"].toInt();
    QCOMPARE(labelText(page, "summaryInstancesLabel"), QStringLiteral("%1 imported").arg(vmCount));
    QVERIFY(labelText(page, "summaryNetworksLabel").endsWith(QLatin1String("imported")));
    QVERIFY(labelText(page, "summaryServerLabel").startsWith(QLatin1String("vCenter Server")));
    QCOMPARE(labelText(page, "summaryCertificateLabel"), m_lab["FERRY_LAB_VC_FINGERPRINT"]);
    QVERIFY(labelText(page, "summarySkippedLabel").contains(QLatin1String("template")));
    auto *finish = wizard->findChild<QAbstractButton *>(QStringLiteral("finishButton"));
    QVERIFY(finish && finish->isVisible());
    QTest::mouseClick(finish, Qt::LeftButton);

    // The source is OK with the lab's fingerprint pinned ...
    auto stored = SourceRepository(m_context.database).byName(name);
    QVERIFY(stored.ok());
    QCOMPARE(stored->connectivityStatus, connectivity::Ok);
    QCOMPARE(stored->cert.trustedSha256, m_lab["FERRY_LAB_VC_FINGERPRINT"]);
    // ... and shown so on the Sources page ...
    SourcesModel *sources = window->sourcesPage()->model();
    const int row = [&] {
        for (int r = 0; r < sources->rowCount(); ++r)
            if (sources->source(r)->name == name)
                return r;
        return -1;
    }();
    QVERIFY(row >= 0);
    QCOMPARE(
        sources->index(row, SourcesModel::StatusColumn).data().toString(), QStringLiteral("OK"));
    QCOMPARE(sources->index(row, SourcesModel::FingerprintColumn).data().toString(),
        m_lab["FERRY_LAB_VC_FINGERPRINT"]);
    // ... and its VMs on the Instances page, where the wizard leads.
    QTRY_COMPARE(window->currentPage(), Page::Instances);
    InstancesPage *instances = window->instancesPage();
    QTRY_COMPARE_WITH_TIMEOUT(instances->model()->totalCount(), vmCount, kServerTimeoutMs);
    QVERIFY(instances->view()->isVisible());
    QStringList locations;
    for (int r = 0; r < instances->model()->rowCount(); ++r)
        locations << instances->model()->rowAt(r)->location;
    QVERIFY2(locations.contains(QStringLiteral("/DC0/vm/web 01 (prod)")),
        qPrintable(locations.join(u',')));
    QVERIFY(locations.contains(QString::fromUtf8("/DC0/vm/Zürich-DB ünïcødé")));
    QVERIFY(!locations.contains(QStringLiteral("/DC0/vm/tmpl-debian")));
}

void TestAddSourceWizard::wrongPasswordShowsAnAuthenticationErrorWithAWayBack()
{
    auto window = createWindow();
    QVERIFY(window);
    AddSourceWizard *wizard = openWizard(window.get());
    QVERIFY(wizard);
    // The ESXi simulator: the vCenter's VMs belong to the first test's source already.
    const QString name = QStringLiteral("lab esxi");
    fillFirstStep(
        wizard, name, QStringLiteral("not the password"), QStringLiteral("FERRY_LAB_ESX"));
    auto *next = wizard->findChild<QAbstractButton *>(QStringLiteral("nextButton"));
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        wizard->currentId(), int(AddSourceWizard::CertificatePageId), kServerTimeoutMs);
    QWizardPage *page = wizard->currentPage();
    QTest::mouseClick(
        page->findChild<QCheckBox *>(QStringLiteral("trustCertificateCheckBox")), Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);

    // The certificate is trusted now; the password is what the server refused.
    QTRY_COMPARE_WITH_TIMEOUT(
        labelText(page, "trustHeadline"), QStringLiteral("Authentication error"), kServerTimeoutMs);
    QCOMPARE(wizard->currentId(), int(AddSourceWizard::CertificatePageId));
    QVERIFY(labelText(page, "trustMessage")
                .contains(QLatin1String("refused the user name or the password")));
    auto stored = SourceRepository(m_context.database).byName(name);
    QVERIFY(stored.ok());
    QCOMPARE(stored->connectivityStatus, connectivity::AuthenticationError);
    auto *fix = page->findChild<QAbstractButton *>(QStringLiteral("certificateFixPasswordButton"));
    QVERIFY(fix && fix->isVisible());
    QTest::mouseClick(fix, Qt::LeftButton);

    // Back on step 1, with the reason next to the password.
    QCOMPARE(wizard->currentId(), int(AddSourceWizard::ConnectionPageId));
    auto *problem = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("formProblemLabel"));
    QVERIFY(problem && problem->isVisible());
    QVERIFY(problem->text().contains(QLatin1String("refused")));
    auto *pass = wizard->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QTRY_VERIFY(pass->hasFocus() || !wizard->isActiveWindow());
    pass->clear();
    QTest::keyClicks(pass, m_lab["FERRY_LAB_ESX_PASSWORD"]);
    QTest::mouseClick(next, Qt::LeftButton);
    // The certificate is pinned already: straight through the sync to the summary.
    QTRY_COMPARE_WITH_TIMEOUT(
        wizard->currentId(), int(AddSourceWizard::SummaryPageId), kServerTimeoutMs);
    QVERIFY(!wizard->visitedIds().contains(AddSourceWizard::CertificatePageId));
    QCOMPARE(labelText(wizard->currentPage(), "summaryInstancesLabel"),
        QStringLiteral("%1 imported").arg(m_lab["FERRY_LAB_ESX_VM_COUNT"]));
    QVERIFY(
        labelText(wizard->currentPage(), "summaryServerLabel").startsWith(QLatin1String("ESXi")));
    QTest::mouseClick(
        wizard->findChild<QAbstractButton *>(QStringLiteral("finishButton")), Qt::LeftButton);
    stored = SourceRepository(m_context.database).byName(name);
    QCOMPARE(stored->connectivityStatus, connectivity::Ok);
}

void TestAddSourceWizard::cancelledWizardLeavesNothing()
{
    auto window = createWindow();
    QVERIFY(window);
    AddSourceWizard *wizard = openWizard(window.get());
    QVERIFY(wizard);
    const QString name = QStringLiteral("lab cancelled");
    fillFirstStep(wizard, name, m_lab["FERRY_LAB_VC_PASSWORD"]);
    QTest::mouseClick(
        wizard->findChild<QAbstractButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        wizard->currentId(), int(AddSourceWizard::CertificatePageId), kServerTimeoutMs);
    // Stored by the connect step ...
    QVERIFY(SourceRepository(m_context.database).byName(name).ok());
    QTest::mouseClick(
        wizard->findChild<QAbstractButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
    // ... and taken back when the wizard is cancelled.
    QTRY_VERIFY_WITH_TIMEOUT(
        !SourceRepository(m_context.database).byName(name).ok(), kServerTimeoutMs);
}

void TestAddSourceWizard::emptyFieldsAreRefusedBeforeConnecting()
{
    auto window = createWindow();
    QVERIFY(window);
    AddSourceWizard *wizard = openWizard(window.get());
    QVERIFY(wizard);
    auto *next = wizard->findChild<QAbstractButton *>(QStringLiteral("nextButton"));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(AddSourceWizard::ConnectionPageId));
    auto *problem = wizard->findChild<QLabel *>(QStringLiteral("formProblemLabel"));
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QLatin1String("endpoint")));
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("endpointEdit")),
        m_lab["FERRY_LAB_VC_HOST_PORT"]);
    QTest::keyClicks(
        wizard->findChild<QLineEdit *>(QStringLiteral("usernameEdit")), QStringLiteral("someone"));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(AddSourceWizard::ConnectionPageId));
    QVERIFY(problem->text().contains(QLatin1String("password")));
    wizard->reject();
}

QTEST_MAIN(TestAddSourceWizard)
#include "test_addsourcewizard.moc"
