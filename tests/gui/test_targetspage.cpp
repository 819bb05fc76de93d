// The Targets page without a server, on a temporary database: the empty state with "Add
// Target…", the list and the details of the selected target (inventory tree, the trust command
// while the server does not trust Ferry), actions greyed out with their reasons, "Trust New
// Certificate" with both fingerprints and Trust only after the tick, Edit refusing a taken
// name, and "Check Again" running off the GUI thread.

#include "guitestsupport.h"

#include "common/emptystatewidget.h"
#include "incus/clientcertificate.h"
#include "secrets/credentialstore.h"
#include "sources/certificateview.h"
#include "store/database.h"
#include "store/targetrepository.h"
#include "targets/edittargetdialog.h"
#include "targets/targetdetailswidget.h"
#include "targets/targetinventory.h"
#include "targets/targetinventorymodel.h"
#include "targets/targetsmodel.h"
#include "targets/targetspage.h"
#include "targets/targettrustcertificatedialog.h"
#include "tls/certificate.h"
#include "util/paths.h"

#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSslCertificate>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolBar>
#include <QTreeView>

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

template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

QString labelText(QObject *parent, const char *name)
{
    auto *label = child<QLabel>(parent, name);
    return label ? label->text() : QString();
}

const QString kFpA
    = QStringLiteral("aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11aa11");

} // namespace

class TestTargetsPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_data;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<TargetsPage> m_page;
    QAction *m_add = nullptr;
    QString m_presentedSha256;
    quint16 m_closedPort = 0;

    TargetsContext context() const
    {
        return {
            m_db, std::make_shared<CredentialStore>(QStringLiteral("ferry"), 3000), m_data.path()};
    }
    QAction *action(const char *name) const { return child<QAction>(m_page.get(), name); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/ferry-test-bus");
        test::isolateUserState(m_settings);
        auto db = Database::open(databaseFile(m_data.path()));
        QVERIFY(db);
        m_db = *db;
        m_add = new QAction(QStringLiteral("Add &Target…"), this);
        m_add->setObjectName(QStringLiteral("actionAddTarget"));

        // A real certificate for the "changed" target, and one for Ferry's client.
        auto server = incus::generateClientCertificate(QStringLiteral("lxd03.example.test"));
        QVERIFY2(server, qPrintable(server ? QString() : server.error().toString()));
        auto client = incus::generateClientCertificate(QStringLiteral("ferry-lxd04"));
        QVERIFY(client);
        m_presentedSha256 = server->sha256;
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        m_closedPort = probe.serverPort();
        probe.close();

        TargetInventory inv;
        inv.projects = {{QStringLiteral("default"), QString(), true, true}};
        incus::StoragePool pool;
        pool.name = QStringLiteral("default");
        pool.driver = QStringLiteral("zfs");
        inv.storagePools = {pool};
        incus::Network bridge;
        bridge.name = QStringLiteral("incusbr0");
        bridge.type = QStringLiteral("bridge");
        bridge.managed = true;
        inv.networks.insert(QStringLiteral("default"), {bridge});
        inv.profiles.insert(QStringLiteral("default"), {{QStringLiteral("default"), QString()}});

        Target ok;
        ok.name = QStringLiteral("incus01");
        ok.endpoint = QStringLiteral("https://incus01.example.test:8443");
        ok.targetType = QStringLiteral("incus");
        ok.serverVersion = QStringLiteral("6.0.1");
        ok.connectivityStatus = connectivity::Ok;
        ok.cert.trustedSha256 = kFpA;
        ok.cert.seenSha256 = kFpA;
        ok.apiExtensions = {QStringLiteral("projects")};
        ok.inventory = inv.toJson();
        ok.inventoryAt = QDateTime::currentDateTimeUtc();

        Target confirm;
        confirm.name = QStringLiteral("lxd02");
        confirm.endpoint = QStringLiteral("https://127.0.0.1:%1").arg(m_closedPort);

        Target changed;
        changed.name = QStringLiteral("lxd03");
        changed.endpoint = QStringLiteral("https://lxd03.example.test:8443");
        changed.targetType = QStringLiteral("lxd");
        changed.connectivityStatus = connectivity::TlsError;
        changed.cert.trustedSha256 = kFpA;
        changed.cert.seenPem = QString::fromLatin1(server->certPem);
        changed.cert.seenSha256 = server->sha256;

        Target untrusted;
        untrusted.name = QStringLiteral("lxd04");
        untrusted.endpoint = QStringLiteral("https://lxd04.example.test:8443");
        untrusted.targetType = QStringLiteral("lxd");
        untrusted.serverVersion = QStringLiteral("5.0.2");
        untrusted.connectivityStatus = connectivity::AuthenticationError;
        untrusted.clientCertPem = QString::fromLatin1(client->certPem);
        untrusted.cert.trustedSha256 = kFpA;

        TargetRepository repo(m_db);
        for (const Target &t : {ok, confirm, changed, untrusted})
            QVERIFY(repo.insert(t));
    }

    void emptyStateWithAddTarget()
    {
        QTemporaryDir dir;
        auto db = Database::open(databaseFile(dir.path()));
        QVERIFY(db);
        TargetsPage page(TargetsContext {*db, std::make_shared<CredentialStore>(), dir.path()});
        page.setAddTargetAction(m_add);
        auto *stack = child<QStackedWidget>(&page, "targetsStack");
        QCOMPARE(stack->currentWidget(), page.emptyState());
        QCOMPARE(page.emptyState()->title(), QStringLiteral("No targets yet"));
        QCOMPARE(page.emptyState()->action(), m_add);
        QVERIFY(child<QPushButton>(page.emptyState(), "emptyStateButton"));
    }

    void listAndDetails()
    {
        m_page = std::make_unique<TargetsPage>(context());
        m_page->setAddTargetAction(m_add);
        m_page->resize(1100, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QCOMPARE(child<QStackedWidget>(m_page.get(), "targetsStack")->currentWidget()->objectName(),
            QStringLiteral("targetsContent"));
        QCOMPARE(m_page->model()->rowCount(), 4);
        // Sorted by name, the first one selected.
        QCOMPARE(m_page->currentTarget()->name, QStringLiteral("incus01"));
        QCOMPARE(labelText(m_page.get(), "targetDetailsName"), QStringLiteral("incus01"));
        QCOMPARE(labelText(m_page.get(), "targetDetailsStatus"), QStringLiteral("OK"));
        // One API extension only: the page names the ones Ferry misses.
        QVERIFY2(labelText(m_page.get(), "targetDetailsServer")
                     .startsWith(QStringLiteral("Incus 6.0.1, 1 API extensions; missing: ")),
            qPrintable(labelText(m_page.get(), "targetDetailsServer")));
        QCOMPARE(labelText(m_page.get(), "targetDetailsServerCert"), kFpA);
        QCOMPARE(labelText(m_page.get(), "targetDetailsLimits"),
            QStringLiteral("50 imports, 10 creations at once; timeout 5m0s"));
        QTreeView *tree = m_page->details()->inventoryView();
        QVERIFY(tree->isVisibleTo(m_page.get()));
        TargetInventoryModel *inventory = m_page->details()->inventoryModel();
        const QModelIndex project = inventory->find(QStringLiteral("default"));
        QVERIFY(tree->isExpanded(project));
        QVERIFY(!child<QWidget>(m_page.get(), "trustCommands")->isVisibleTo(m_page.get()));

        // What can be done with it, and why the rest cannot.
        QVERIFY(action("actionRefreshTarget")->isEnabled());
        QVERIFY(action("actionEditTarget")->isEnabled());
        QVERIFY(action("actionRemoveTarget")->isEnabled());
        QVERIFY(!action("actionTrustTargetCertificate")->isEnabled());
        QVERIFY(action("actionTrustTargetCertificate")
                    ->toolTip()
                    .contains(QStringLiteral("nothing to confirm")));

        // Not trusted by its server yet: the command that trusts Ferry's certificate.
        m_page->selectTarget(QStringLiteral("lxd04"));
        auto *commands = child<QWidget>(m_page.get(), "trustCommands");
        QVERIFY(commands->isVisibleTo(m_page.get()));
        const QString file = m_data.path() + QStringLiteral("/client-certificates/lxd04.crt");
        QCOMPARE(child<QLineEdit>(commands, "trustCommandEdit")->text(),
            QStringLiteral("lxc config trust add %1").arg(file));
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(labelText(m_page.get(), "targetInventoryPlaceholder")
                    .contains(QStringLiteral("once the target's status is OK")));
    }

    void trustNewCertificateShowsBothFingerprints()
    {
        m_page->selectTarget(QStringLiteral("lxd03"));
        QCOMPARE(labelText(m_page.get(), "targetDetailsStatus"),
            QStringLiteral("TLS error: certificate changed"));
        QVERIFY(labelText(m_page.get(), "targetDetailsServerCert").contains(m_presentedSha256));
        QAction *trust = action("actionTrustTargetCertificate");
        QVERIFY(trust->isEnabled());
        trust->trigger();
        auto *dialog = m_page->findChild<TargetTrustCertificateDialog *>(
            QStringLiteral("trustCertificateDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(labelText(dialog, "certificateTrustedSha256"), kFpA);
        QCOMPARE(labelText(dialog, "certificateSha256"), m_presentedSha256);
        QCOMPARE(labelText(dialog, "certificateSha256Colons").remove(QLatin1Char('\n')),
            tls::colonFingerprint(m_presentedSha256));
        QVERIFY(
            labelText(dialog, "certificateSubject").contains(QStringLiteral("lxd03.example.test")));
        QVERIFY(!child<QLabel>(dialog, "certificateChangedBanner")->isHidden());
        auto *trustButton = child<QPushButton>(dialog, "trustButton");
        QVERIFY(!trustButton->isEnabled());
        auto *tick = child<QCheckBox>(dialog, "trustCertificateCheckBox");
        QVERIFY(tick->toolTip().contains(QStringLiteral("lxc info")));
        clickToggle(tick);
        QVERIFY(trustButton->isEnabled());
        clickToggle(tick);
        QVERIFY(!trustButton->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_page->findChild<TargetTrustCertificateDialog *>(
            QStringLiteral("trustCertificateDialog")));
        auto pinned = TargetRepository(m_db).byName(QStringLiteral("lxd03"));
        QCOMPARE(pinned->cert.trustedSha256, kFpA); // nothing trusted without the tick
    }

    void editRefusesTakenName()
    {
        m_page->selectTarget(QStringLiteral("lxd03"));
        action("actionEditTarget")->trigger();
        auto *dialog = m_page->findChild<EditTargetDialog *>(QStringLiteral("editTargetDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("lxd03"));
        QCOMPARE(child<QLineEdit>(dialog, "fingerprintEdit")->text(), kFpA);
        auto *name = child<QLineEdit>(dialog, "nameEdit");
        name->clear();
        QTest::keyClicks(name, QStringLiteral("incus01"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(labelText(dialog, "settingsMessage")
                    .contains(QStringLiteral("A target named incus01 already exists")));
        QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_page->findChild<EditTargetDialog *>(QStringLiteral("editTargetDialog")));
    }

    // "Check Again" off the GUI thread: busy while it runs, then the status the server earned.
    void checkAgainRunsInBackground()
    {
        m_page->selectTarget(QStringLiteral("lxd02"));
        QCOMPARE(labelText(m_page.get(), "targetDetailsStatus"), QStringLiteral("Not checked yet"));
        action("actionRefreshTarget")->trigger();
        QCOMPARE(labelText(m_page.get(), "targetDetailsStatus"), QStringLiteral("Checking…"));
        QVERIFY(!action("actionRefreshTarget")->isEnabled());
        QVERIFY(action("actionRefreshTarget")->toolTip().contains(QStringLiteral("still working")));
        QTRY_COMPARE_WITH_TIMEOUT(labelText(m_page.get(), "targetDetailsStatus"),
            QStringLiteral("Cannot connect"), 20000);
        QVERIFY(action("actionRefreshTarget")->isEnabled());
        QVERIFY(labelText(m_page.get(), "targetDetailsStatusDetail")
                    .contains(QStringLiteral("127.0.0.1:%1").arg(m_closedPort)));
        QCOMPARE(TargetRepository(m_db).byName(QStringLiteral("lxd02"))->connectivityStatus,
            connectivity::CannotConnect);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        // Join the pool's threads while QtSql is alive: each closes its database connection.
        QThreadPool::globalInstance()->waitForDone();
    }
};

QTEST_MAIN(TestTargetsPage)
#include "test_targetspage.moc"
