// The Add Source wizard driven end to end against the lab's vCenter simulator, as a person
// would: type the endpoint and credentials, reach the certificate step, find the lab's real
// fingerprint there, tick, let the first sync run, finish, and see the source OK and its VMs on
// the Instances page. Also: a wrong password, a cancelled wizard that leaves nothing, Stop while
// a server keeps silent, the Sources page's actions, and a server whose certificate changed.
#include "common/labenv.h"
#include "common/vcsim.h"
#include "guitestsupport.h"

#include "instances/instancesmodel.h"
#include "instances/instancespage.h"
#include "mainwindow/mainwindow.h"
#include "secrets/credentialstore.h"
#include "sources/addsourcewizard.h"
#include "sources/sourceservice.h"
#include "sources/sourcesmodel.h"
#include "sources/sourcespage.h"
#include "startup/startup.h"
#include "store/instancerepository.h"
#include "store/sourcerepository.h"

#include "sources/syncdialog.h"
#include "sources/trustcertificatedialog.h"
#include "tls/certificate.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
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
    void init();
    void cleanup();

    void addsTheLabVCenterThroughTheCertificatePage();
    void wrongPasswordShowsAnAuthenticationErrorWithAWayBack();
    void cancelledWizardLeavesNothing();
    void emptyFieldsAreRefusedBeforeConnecting();
    void stopWhileConnectingIsImmediate();
    void sourcesPageChecksSyncsAndRemoves();
    void changedCertificateIsTrustedFromTheSourcesPage();

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
    std::unique_ptr<QTemporaryDir> m_dataDir; // a fresh one per test function
    StartupContext m_context;
};

void TestAddSourceWizard::initTestCase()
{
    m_lab = ferry::test::LabEnv::load();
    FERRY_REQUIRE_LAB(m_lab, "keyring", "vc", "esx");
    m_lab.useLabKeyring();
    QVERIFY(m_settingsDir.isValid());
    gui::test::isolateUserState(m_settingsDir);
}

// Each test function starts on an empty data directory and database of its own: none depends on
// what another one added (run one alone: ./test_addsourcewizard sourcesPageChecksSyncsAndRemoves).
void TestAddSourceWizard::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    qputenv("FERRY_DATA_DIR", QFile::encodeName(m_dataDir->path()));
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
    // What the closed windows left running (a wizard's clean-up, a sync) ends here, not in the
    // next test function.
    QVERIFY(gui::test::settled(kServerTimeoutMs));
    m_context = {};
    m_dataDir.reset();
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
    // Not shown: the caller's checks of its pages fail with their own message.
    if (wizard && !QTest::qWaitForWindowExposed(wizard))
        qWarning("the Add Source wizard was not shown");
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

void TestAddSourceWizard::stopWhileConnectingIsImmediate()
{
    // A server that accepts the connection and never says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held << socket;
    });
    auto window = createWindow();
    QVERIFY(window);
    AddSourceWizard *wizard = openWizard(window.get());
    QVERIFY(wizard);
    const QString name = QStringLiteral("silent server");
    wizard->findChild<QLineEdit *>(QStringLiteral("endpointEdit"))
        ->setText(QStringLiteral("127.0.0.1:%1").arg(silent.serverPort()));
    wizard->findChild<QLineEdit *>(QStringLiteral("sourceNameEdit"))->setText(name);
    wizard->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("u"));
    wizard->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("p"));
    QTest::mouseClick(
        wizard->findChild<QAbstractButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(AddSourceWizard::ConnectPageId));
    QWizardPage *page = wizard->currentPage();
    auto *stop = page->findChild<QAbstractButton *>(QStringLiteral("stopConnectButton"));
    QVERIFY(stop && stop->isVisible());
    QTRY_VERIFY(!held.isEmpty()); // connected, waiting for the TLS handshake
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_COMPARE(labelText(page, "connectHeadline"), QStringLiteral("Stopped."));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(page->findChild<QAbstractButton *>(QStringLiteral("retryConnectButton"))->isVisible());
    QVERIFY(!wizard->findChild<QAbstractButton *>(QStringLiteral("nextButton"))->isEnabled());
    // The stopped add took its row back; a cancelled wizard leaves nothing either way.
    QTRY_VERIFY_WITH_TIMEOUT(
        !SourceRepository(m_context.database).byName(name).ok(), kServerTimeoutMs);
    QPointer<AddSourceWizard> closed(wizard);
    QTest::mouseClick(
        wizard->findChild<QAbstractButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
    // Closed, and its clean-up (on the thread pool) ended: then nothing may be stored.
    QTRY_VERIFY(closed.isNull());
    QVERIFY(gui::test::settled(kServerTimeoutMs));
    QVERIFY(!SourceRepository(m_context.database).byName(name).ok());
}

void TestAddSourceWizard::sourcesPageChecksSyncsAndRemoves()
{
    // The lab's vCenter, registered, trusted and synced as ferryctl would do it.
    const QString name = QString::fromUtf8("lab vCenter ü");
    SourceService service(m_context.database, std::make_shared<CredentialStore>());
    Source s;
    s.name = name;
    s.endpoint = m_lab["FERRY_LAB_VC_HOST_PORT"];
    s.username = m_lab["FERRY_LAB_VC_USER"];
    auto added = service.add(s, m_lab["FERRY_LAB_VC_PASSWORD"].toUtf8());
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
    QCOMPARE(added->cert.seenSha256, m_lab["FERRY_LAB_VC_FINGERPRINT"]);
    auto trusted = service.trustFingerprint(name, added->cert.seenSha256);
    QVERIFY2(trusted.ok(), qPrintable(trusted.ok() ? QString() : trusted.error().toString()));
    auto synced = service.sync(name);
    QVERIFY2(synced.ok(), qPrintable(synced.ok() ? QString() : synced.error().toString()));
    auto source = SourceRepository(m_context.database).byName(name);
    QVERIFY(source.ok());
    auto window = createWindow();
    QVERIFY(window);
    SourcesPage *page = window->sourcesPage();
    page->selectSource(name);
    SourcesModel *model = page->model();
    const int row = model->rowOfId(source->id);
    QVERIFY(row >= 0);

    window->findChild<QAction *>(QStringLiteral("actionCheckSource"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(source->id), kServerTimeoutMs);
    QCOMPARE(model->index(row, SourcesModel::StatusColumn).data().toString(), QStringLiteral("OK"));

    window->findChild<QAction *>(QStringLiteral("actionSyncSource"))->trigger();
    auto *sync = window->findChild<SyncDialog *>(QStringLiteral("syncDialog"));
    QVERIFY(sync);
    auto *close = sync->findChild<QAbstractButton *>(QStringLiteral("closeButton"));
    QTRY_VERIFY_WITH_TIMEOUT(close->isVisible(), kServerTimeoutMs);
    auto *results = sync->findChild<QListWidget *>(QStringLiteral("syncResultsList"));
    QCOMPARE(results->count(), 1);
    QVERIFY2(results->item(0)->text().contains(
                 QStringLiteral("%1 VMs").arg(m_lab["FERRY_LAB_VC_VM_COUNT"])),
        qPrintable(results->item(0)->text()));
    QTest::mouseClick(close, Qt::LeftButton);

    const int before = InstanceRepository(m_context.database).all()->size();
    window->findChild<QAction *>(QStringLiteral("actionRemoveSource"))->trigger();
    auto *box = window->findChild<QMessageBox *>(QStringLiteral("removeSourceConfirmation"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QTest::mouseClick(
        box->findChild<QAbstractButton *>(QStringLiteral("confirmRemoveButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !SourceRepository(m_context.database).byName(name).ok(), kServerTimeoutMs);
    QCOMPARE(InstanceRepository(m_context.database).all()->size(),
        before - m_lab["FERRY_LAB_VC_VM_COUNT"].toInt());
    QTRY_COMPARE(model->rowOfId(source->id), -1);
    QTRY_COMPARE(window->instancesPage()->model()->totalCount(),
        before - m_lab["FERRY_LAB_VC_VM_COUNT"].toInt());
}

void TestAddSourceWizard::changedCertificateIsTrustedFromTheSourcesPage()
{
    // A simulator of our own, restarted on the same port with another certificate.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ferry::test::VcsimProcess simulator(m_lab, dir.path());
    QVERIFY2(simulator.makeCertificate(QStringLiteral("first")), qPrintable(simulator.error()));
    QVERIFY2(simulator.makeCertificate(QStringLiteral("second")), qPrintable(simulator.error()));
    ferry::test::VcsimProcess::Options options;
    options.certificate = QStringLiteral("first");
    options.requestLog = false;
    const int port = simulator.start(options);
    QVERIFY2(port > 0, qPrintable(simulator.error()));

    // Registered and trusted as ferryctl would do it.
    SourceService service(m_context.database, std::make_shared<CredentialStore>());
    Source s;
    s.name = QStringLiteral("restarted vc");
    s.endpoint = QStringLiteral("127.0.0.1:%1").arg(port);
    s.username = QStringLiteral("admin@vsphere.local");
    auto added = service.add(s, "pw-1234");
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
    const QString firstSha = added->cert.seenSha256;
    QVERIFY(service.trustFingerprint(s.name, firstSha).ok());

    options.certificate = QStringLiteral("second");
    options.port = quint16(port); // the same server, restarted with another certificate
    QVERIFY2(simulator.start(options) == port, qPrintable(simulator.error()));
    auto window = createWindow();
    QVERIFY(window);
    SourcesPage *page = window->sourcesPage();
    page->selectSource(s.name);
    const qint64 id = added->id;
    window->findChild<QAction *>(QStringLiteral("actionCheckSource"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isBusy(id), kServerTimeoutMs);
    const int row = page->model()->rowOfId(id);
    QCOMPARE(page->model()->index(row, SourcesModel::StatusColumn).data().toString(),
        QStringLiteral("TLS error: certificate changed"));
    auto *trust = window->findChild<QAction *>(QStringLiteral("actionTrustSourceCertificate"));
    QVERIFY(trust->isEnabled());
    trust->trigger();
    auto *dialog
        = window->findChild<TrustCertificateDialog *>(QStringLiteral("trustCertificateDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString secondSha = labelText(dialog, "certificateSha256");
    QCOMPARE(labelText(dialog, "certificateTrustedSha256"), firstSha);
    QVERIFY(secondSha != firstSha);
    QCOMPARE(secondSha,
        tls::sha256Of(
            QSslCertificate::fromPath(dir.filePath(QStringLiteral("second.pem"))).constFirst()));
    auto *button = dialog->findChild<QAbstractButton *>(QStringLiteral("trustButton"));
    QVERIFY(!button->isEnabled());
    QTest::mouseClick(
        dialog->findChild<QCheckBox *>(QStringLiteral("trustCertificateCheckBox")), Qt::LeftButton);
    QVERIFY(button->isEnabled());
    QPointer<TrustCertificateDialog> guard(dialog);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!guard, kServerTimeoutMs);
    QCOMPARE(page->model()->index(row, SourcesModel::StatusColumn).data().toString(),
        QStringLiteral("OK"));
    QCOMPARE(SourceRepository(m_context.database).byId(id)->cert.trustedSha256, secondSha);
    QVERIFY(service.remove(s.name).ok());
}

QTEST_MAIN(TestAddSourceWizard)
#include "test_addsourcewizard.moc"
