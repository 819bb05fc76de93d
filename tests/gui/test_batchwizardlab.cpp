// The Batch wizard against the lab's real LXD (tests/lab): the target registered with the lab's
// client certificate, the placement page reads its live inventory through TargetService::refresh
// (the lab's keyring holds the key), the projects and pools listed are the server's, and the
// batch created is stored with them. The instances are the GUI tests' sample inventory.
#include "common/labenv.h"
#include "guitestdata.h"
#include "guitestsupport.h"

#include "batch/batchservice.h"
#include "batches/batchplacementpage.h"
#include "batches/batchpreflightpage.h"
#include "batches/batchselectionpage.h"
#include "batches/batchsummarypage.h"
#include "batches/batchwizard.h"
#include "batches/expressionedit.h"
#include "common/dataevents.h"
#include "secrets/credentialstore.h"
#include "store/targetrepository.h"
#include "targets/targetinventory.h"
#include "targets/targetservice.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

using namespace ferry;
using namespace ferry::gui;

class TestBatchWizardLab final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void placementFromTheLiveTarget();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    ferry::test::LabEnv m_lab;
    ferry::gui::test::SampleInventory m_inventory;
    std::shared_ptr<CredentialStore> m_credentials;
};

void TestBatchWizardLab::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    ferry::gui::test::isolateUserState(m_settingsDir);
    m_lab = ferry::test::LabEnv::load();
    FERRY_REQUIRE_LAB(m_lab, "keyring", "lxd");
    m_lab.useLabKeyring();
    auto filled = ferry::gui::test::fillSampleInventory(m_dataDir.path());
    QVERIFY2(filled.ok(), qPrintable(filled.ok() ? QString() : filled.error().toString()));
    m_inventory = *filled;
    m_credentials = std::make_shared<CredentialStore>();

    QFile cert(m_lab["FERRY_LAB_LXD_CLIENT_CERT"]);
    QFile key(m_lab["FERRY_LAB_LXD_CLIENT_KEY"]);
    QVERIFY(cert.open(QIODevice::ReadOnly));
    QVERIFY(key.open(QIODevice::ReadOnly));
    Target t;
    t.name = QStringLiteral("incus01");
    t.endpoint = m_lab["FERRY_LAB_LXD_URL"];
    t.cert.trustedSha256 = m_lab["FERRY_LAB_LXD_FINGERPRINT"];
    TargetAuth auth;
    auth.method = TargetAuth::Method::ClientCertificate;
    auth.certPem = cert.readAll();
    auth.keyPem = key.readAll();
    auto added = TargetService(m_inventory.db, m_credentials, m_dataDir.path()).add(t, auth);
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
    QCOMPARE(added->connectivityStatus, connectivity::Ok);
    // Forget the cached inventory: what the page shows must come from the server now.
    Target stale = *added;
    stale.inventory = {};
    QVERIFY(TargetRepository(m_inventory.db).update(stale).ok());
}

void TestBatchWizardLab::cleanupTestCase()
{
    QThreadPool::globalInstance()->waitForDone();
    if (!m_inventory.db)
        return; // initTestCase did not get as far
    // The batch the wizard made names the target: it goes first, then the target (and with it
    // its key in the lab's keyring).
    batch::BatchService batches(m_inventory.db);
    if (batches.byName(QStringLiteral("lab1")).ok()) {
        const Status gone = batches.remove(QStringLiteral("lab1"));
        QVERIFY2(gone.ok(), qPrintable(gone.ok() ? QString() : gone.error().toString()));
    }
    const Status removed = TargetService(m_inventory.db, m_credentials, m_dataDir.path())
                               .remove(QStringLiteral("incus01"));
    QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().toString()));
}

void TestBatchWizardLab::placementFromTheLiveTarget()
{
    DataEvents events;
    BatchWizard wizard(BatchWizardContext {
        GuiContext {m_inventory.db, m_credentials, &events}, TargetRefresher()});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(
        wizard.findChild<QLineEdit *>(QStringLiteral("batchNameEdit")), QStringLiteral("lab1"));
    wizard.button(QWizard::NextButton)->click();
    QTest::keyClicks(wizard.selectionPage()->editor(), QStringLiteral("cpus >= 8"));
    QTRY_COMPARE(wizard.selectionPage()->matchedCount(), 2);
    wizard.button(QWizard::NextButton)->click();
    wizard.button(QWizard::NextButton)->click();

    BatchPlacementPage *placement = wizard.placementPage();
    QTRY_VERIFY_WITH_TIMEOUT(!placement->isLoading(), 60000);
    QVERIFY2(placement->inventoryLoaded(), qPrintable(placement->loadError()));
    // The server's own projects and pools, as the Incus client reads them.
    const auto stored = TargetRepository(m_inventory.db).byName(QStringLiteral("incus01"));
    QVERIFY(stored.ok());
    const TargetInventory live = TargetInventory::fromJson(stored->inventory);
    QVERIFY(!live.projects.isEmpty());
    QVERIFY(!live.storagePools.isEmpty());
    auto *project = placement->findChild<QComboBox *>(QStringLiteral("projectCombo"));
    auto *pool = placement->findChild<QComboBox *>(QStringLiteral("poolCombo"));
    QCOMPARE(project->count(), live.projects.size());
    QCOMPARE(pool->count(), live.storagePools.size());
    QVERIFY(project->findData(QStringLiteral("default")) >= 0);
    QCOMPARE(placement->project(), QStringLiteral("default"));
    const QString chosenPool = pool->currentData().toString();
    QVERIFY(live.storagePool(chosenPool));

    wizard.button(QWizard::NextButton)->click();
    wizard.button(QWizard::NextButton)->click();
    QTRY_VERIFY(!wizard.preflightPage()->isLoading());
    QCOMPARE(wizard.preflightPage()->planned().size(), 2);
    wizard.button(QWizard::NextButton)->click();
    QVERIFY2(
        wizard.summaryPage()->problem().isEmpty(), qPrintable(wizard.summaryPage()->problem()));
    const QString yaml = wizard.summaryPage()->yamlText();
    wizard.button(QWizard::FinishButton)->click();
    QTRY_COMPARE(wizard.createdBatch(), QStringLiteral("lab1"));
    batch::BatchService service(m_inventory.db);
    QCOMPARE(QString::fromUtf8(*service.yaml(QStringLiteral("lab1"))), yaml);
    QCOMPARE(service.byName(QStringLiteral("lab1"))->defaultPool, chosenPool);
}

QTEST_MAIN(TestBatchWizardLab)
#include "test_batchwizardlab.moc"
