// The Add Target wizard and the Targets page against the lab's two real LXDs and its keyring
// (tests/lab): a trust token to OK with the inventory on the page, a certificate Ferry creates
// trusted with the command the wizard shows, a server whose certificate is not the one named
// (both fingerprints, Next only after the tick), a used token, Cancel once the target is
// stored, and "Trust New Certificate" on the page after the endpoint moved to another server.
// Widgets are found by object name and driven with QTest, as a person would.

#include "common/labenv.h"
#include "guitestsupport.h"

#include "mainwindow/mainwindow.h"
#include "startup/startup.h"

#include "common/emptystatewidget.h"
#include "common/operationstatuswidget.h"
#include "secrets/credentialstore.h"
#include "sources/certificateview.h"
#include "store/database.h"
#include "store/targetrepository.h"
#include "targets/addtargetwizard.h"
#include "targets/edittargetdialog.h"
#include "targets/targetdetailswidget.h"
#include "targets/targetinventorymodel.h"
#include "targets/targetsmodel.h"
#include "targets/targetspage.h"
#include "targets/targettrustcertificatedialog.h"
#include "util/paths.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
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

constexpr int kServerWaitMs = 60000;

template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

QString labelText(QObject *parent, const char *name)
{
    auto *label = child<QLabel>(parent, name);
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

// The button that moves forward: Next, or the commit button on a commit page.
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

} // namespace

class TestTargetWizardLab : public QObject
{
    Q_OBJECT

private:
    ferry::test::LabEnv m_lab;
    QTemporaryDir m_settings;
    QTemporaryDir m_data;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<TargetsPage> m_page;
    QAction *m_addAction = nullptr;

    QString lxd(const char *key) const
    {
        return m_lab.value(QStringLiteral("FERRY_LAB_LXD_") + QLatin1String(key));
    }
    QString lxdvm(const char *key) const
    {
        return m_lab.value(QStringLiteral("FERRY_LAB_LXDVM_") + QLatin1String(key));
    }

    // `lxc` as the administrator of the container LXD (or of another LXD_DIR) runs it.
    QString lxc(const QStringList &args, int *exitCode = nullptr, const QString &lxdDir = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LXD_DIR"), lxdDir.isEmpty() ? lxd("DIR") : lxdDir);
        env.insert(
            QStringLiteral("LXD_CONF"), m_lab["FERRY_LAB_DIR"] + QStringLiteral("/lxc-conf"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("lxc"), args);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return {};
        if (exitCode)
            *exitCode = p.exitCode();
        if (p.exitCode() != 0)
            qWarning("lxc %s: %s", qPrintable(args.join(QLatin1Char(' '))),
                p.readAllStandardError().constData());
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // A fresh trust token, as `lxc config trust add --name NAME` prints it (its last line).
    QString newToken(const QString &clientName)
    {
        const QStringList lines
            = lxc({QStringLiteral("config"), QStringLiteral("trust"), QStringLiteral("add"),
                      QStringLiteral("--name"), clientName})
                  .trimmed()
                  .split(QLatin1Char('\n'));
        return lines.isEmpty() ? QString() : lines.last().trimmed();
    }

    QStringList trustedFingerprints()
    {
        QStringList fps;
        const QJsonArray list = QJsonDocument::fromJson(
            lxc({QStringLiteral("config"), QStringLiteral("trust"), QStringLiteral("list"),
                    QStringLiteral("--format"), QStringLiteral("json")})
                .toUtf8())
                                    .array();
        for (const QJsonValue &v : list)
            fps << v.toObject().value(QStringLiteral("fingerprint")).toString();
        return fps;
    }

    AddTargetWizard *openWizard()
    {
        m_addAction->trigger();
        AddTargetWizard *wizard = m_page->wizard();
        if (!wizard)
            return nullptr;
        if (!QTest::qWaitForWindowExposed(wizard))
            return nullptr;
        return wizard;
    }

    // Step 1, then Next.
    void fillSettings(AddTargetWizard *wizard, const QString &name, const QString &endpoint,
        const QString &fingerprint = {})
    {
        QCOMPARE(wizard->currentId(), int(AddTargetWizard::SettingsPageId));
        typeInto(wizard, "nameEdit", name);
        typeInto(wizard, "endpointEdit", endpoint);
        typeInto(wizard, "fingerprintEdit", fingerprint);
        QTest::mouseClick(forwardButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(AddTargetWizard::AuthenticationPageId));
    }

    // Connect (the auth page's Next), then wait until the target is stored and checked.
    void connectAndWait(AddTargetWizard *wizard)
    {
        QAbstractButton *connect = forwardButton(wizard);
        QCOMPARE(connect->text().remove(QLatin1Char('&')), QStringLiteral("Connect"));
        QTest::mouseClick(connect, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(AddTargetWizard::ConnectPageId));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isBusy(), kServerWaitMs);
    }

    const Target *row(const QString &name) const
    {
        return m_page->model()->target(m_page->model()->rowOfName(name));
    }
    QString cell(const QString &name, int column) const
    {
        const int r = m_page->model()->rowOfName(name);
        return m_page->model()->index(r, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = ferry::test::LabEnv::load();
        FERRY_REQUIRE_LAB(m_lab, "keyring", "lxd", "lxdvm");
        m_lab.useLabKeyring();
        QVERIFY2(CredentialStore().probe(), "the lab keyring does not answer");
        QVERIFY(m_settings.isValid() && m_data.isValid());
        gui::test::isolateUserState(m_settings);

        auto db = Database::open(databaseFile(m_data.path()));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        m_db = *db;
        m_addAction = new QAction(QStringLiteral("Add &Target…"), this);
        m_addAction->setObjectName(QStringLiteral("actionAddTarget"));
        m_page = std::make_unique<TargetsPage>(
            TargetsContext {m_db, std::make_shared<CredentialStore>(), m_data.path()});
        m_page->setAddTargetAction(m_addAction);
        connect(m_addAction, &QAction::triggered, m_page.get(), &TargetsPage::addTarget);
        m_page->resize(1100, 720);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        // Join the pool's threads while QtSql is alive: each closes its database connection.
        QThreadPool::globalInstance()->waitForDone();
        m_db.reset();
    }

    // Must show 5 / 1: a trust token, end to end to OK; the page shows type, version, pool and
    // network of the lab's LXD.
    void trustTokenToOk()
    {
        auto *stack = child<QStackedWidget>(m_page.get(), "targetsStack");
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget(), m_page->emptyState());

        AddTargetWizard *wizard = openWizard();
        QVERIFY(wizard);
        QVERIFY2(wizard->currentPage()->subTitle().startsWith(QStringLiteral("Step 1 of 4")),
            qPrintable(wizard->currentPage()->subTitle()));
        fillSettings(wizard, QStringLiteral("lxd-token"), lxd("URL"));

        // The token is the default; what it says shows before anything is sent.
        QVERIFY(child<QRadioButton>(wizard, "authTokenRadio")->isChecked());
        typeInto(wizard, "tokenEdit", newToken(QStringLiteral("ferry-gui-token")));
        QCOMPARE(child<OperationStatusWidget>(wizard, "tokenInfoStatus")->state(),
            OperationStatusWidget::State::Succeeded);
        QVERIFY(child<OperationStatusWidget>(wizard, "tokenInfoStatus")
                    ->message()
                    .contains(QStringLiteral("ferry-gui-token")));
        connectAndWait(wizard);
        QVERIFY(wizard->isStored());
        QCOMPARE(wizard->target()->connectivityStatus, connectivity::Ok);
        auto *status = child<OperationStatusWidget>(wizard, "connectStatus");
        QCOMPARE(status->state(), OperationStatusWidget::State::Succeeded);
        QVERIFY2(status->headline().startsWith(QStringLiteral("Connected to LXD 5.")),
            qPrintable(status->headline()));
        // Stored: no way back to the authentication.
        QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());

        // No certificate page (the token named it), no trust page (the token made the server
        // trust Ferry): straight to the summary.
        QTest::mouseClick(forwardButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(AddTargetWizard::SummaryPageId));
        QVERIFY2(wizard->currentPage()->subTitle().startsWith(QStringLiteral("Step 4 of 4")),
            qPrintable(wizard->currentPage()->subTitle()));
        QVERIFY2(QRegularExpression(QStringLiteral("^LXD 5\\.\\d+"))
                     .match(labelText(wizard, "summaryServerLabel"))
                     .hasMatch(),
            qPrintable(labelText(wizard, "summaryServerLabel")));
        QCOMPARE(labelText(wizard, "summaryServerCertLabel"), lxd("FINGERPRINT"));
        QCOMPARE(labelText(wizard, "summaryProjectsLabel"), QStringLiteral("1: default"));
        QVERIFY2(labelText(wizard, "summaryPoolsLabel")
                     .contains(QStringLiteral("%1 (dir)").arg(lxd("POOL"))),
            qPrintable(labelText(wizard, "summaryPoolsLabel")));
        QVERIFY2(labelText(wizard, "summaryNetworksLabel")
                     .contains(QStringLiteral("%1 (bridge)").arg(lxd("BRIDGE"))),
            qPrintable(labelText(wizard, "summaryNetworksLabel")));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!m_page->wizard());

        // The Targets page: the row and the inventory tree.
        QVERIFY(stack->currentWidget() != m_page->emptyState());
        QVERIFY(row(QStringLiteral("lxd-token")));
        QCOMPARE(
            cell(QStringLiteral("lxd-token"), TargetsModel::StatusColumn), QStringLiteral("OK"));
        QCOMPARE(
            cell(QStringLiteral("lxd-token"), TargetsModel::TypeColumn), QStringLiteral("lxd"));
        QVERIFY(QRegularExpression(QStringLiteral("^5\\.\\d+(\\.\\d+)?$"))
                    .match(cell(QStringLiteral("lxd-token"), TargetsModel::VersionColumn))
                    .hasMatch());
        QCOMPARE(
            cell(QStringLiteral("lxd-token"), TargetsModel::AuthColumn), QStringLiteral("TLS"));
        QCOMPARE(
            cell(QStringLiteral("lxd-token"), TargetsModel::FingerprintColumn), lxd("FINGERPRINT"));
        QCOMPARE(m_page->currentTarget()->name, QStringLiteral("lxd-token"));
        QCOMPARE(labelText(m_page.get(), "targetDetailsStatus"), QStringLiteral("OK"));

        TargetInventoryModel *inventory = m_page->details()->inventoryModel();
        const QModelIndex project = inventory->find(QStringLiteral("default"));
        QVERIFY(project.isValid());
        QModelIndex pools, networks;
        for (int r = 0; r < inventory->rowCount(project); ++r) {
            const QModelIndex group = inventory->index(r, 0, project);
            const auto kind
                = TargetInventoryModel::Kind(group.data(TargetInventoryModel::KindRole).toInt());
            if (kind == TargetInventoryModel::Kind::PoolGroup)
                pools = group;
            if (kind == TargetInventoryModel::Kind::NetworkGroup)
                networks = group;
        }
        const QModelIndex pool = inventory->find(lxd("POOL"), pools);
        QVERIFY(pool.isValid());
        QCOMPARE(pool.siblingAtColumn(TargetInventoryModel::TypeColumn).data().toString(),
            QStringLiteral("dir"));
        const QModelIndex bridge = inventory->find(lxd("BRIDGE"), networks);
        QVERIFY(bridge.isValid());
        QCOMPARE(bridge.siblingAtColumn(TargetInventoryModel::TypeColumn).data().toString(),
            QStringLiteral("bridge"));
        QCOMPARE(bridge.siblingAtColumn(TargetInventoryModel::ManagedColumn).data().toString(),
            QStringLiteral("yes"));
        QCOMPARE(bridge.siblingAtColumn(TargetInventoryModel::Ipv4Column).data().toString(),
            QString()); // the lab's bridge has no addresses
        // Pools and networks are open in the tree, as placement needs them.
        QVERIFY(m_page->details()->inventoryView()->isExpanded(pools));
        QVERIFY(m_page->details()->inventoryView()->isExpanded(networks));
    }

    // A used token: refused with the server's words and what to do; nothing saved.
    void usedTokenRefused()
    {
        const QString token = newToken(QStringLiteral("ferry-gui-used"));
        int exitCode = -1;
        // The server no longer accepts it (as after a first use): it was revoked.
        lxc({QStringLiteral("config"), QStringLiteral("trust"), QStringLiteral("revoke-token"),
                QStringLiteral("ferry-gui-used")},
            &exitCode);
        QCOMPARE(exitCode, 0);

        AddTargetWizard *wizard = openWizard();
        QVERIFY(wizard);
        fillSettings(wizard, QStringLiteral("lxd-used"), lxd("URL"));
        typeInto(wizard, "tokenEdit", token);
        connectAndWait(wizard);
        QVERIFY(!wizard->isStored());
        auto *status = child<OperationStatusWidget>(wizard, "connectStatus");
        QCOMPARE(status->state(), OperationStatusWidget::State::Failed);
        QVERIFY2(status->message().contains(QStringLiteral("already used")),
            qPrintable(status->message()));
        QVERIFY(status->message().contains(QStringLiteral("lxc config trust add --name NAME")));
        QVERIFY(status->message().contains(QStringLiteral("Nothing was saved")));
        QVERIFY(!status->message().contains(token));
        // Nothing stored: Back works, Next does not.
        QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());
        QVERIFY(!forwardButton(wizard)->isEnabled());
        QVERIFY(!TargetRepository(m_db).byName(QStringLiteral("lxd-used")));
        QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(AddTargetWizard::AuthenticationPageId));
        wizard->reject(); // nothing stored: closes without asking
        QTRY_VERIFY(!m_page->wizard());
        QCOMPARE(m_page->model()->rowOfName(QStringLiteral("lxd-used")), -1);
    }

    // A certificate Ferry creates: the server's certificate to confirm (Next only after the
    // tick), the exact trust command with Copy, and Check Again reaching OK once it ran.
    void generatedCertificateTrustedWithCommand()
    {
        AddTargetWizard *wizard = openWizard();
        QVERIFY(wizard);
        fillSettings(wizard, QStringLiteral("lxd-gen"), lxd("URL"));
        clickToggle(child<QRadioButton>(wizard, "authGenerateRadio"));
        QVERIFY(child<QRadioButton>(wizard, "authGenerateRadio")->isChecked());
        QVERIFY2(wizard->currentPage()->subTitle().startsWith(QStringLiteral("Step 2 of 6")),
            qPrintable(wizard->currentPage()->subTitle()));
        connectAndWait(wizard);
        QVERIFY(wizard->isStored());
        QCOMPARE(wizard->target()->connectivityStatus, connectivity::ConfirmFingerprint);
        QCOMPARE(child<OperationStatusWidget>(wizard, "connectStatus")->state(),
            OperationStatusWidget::State::NeedsAttention);

        QTest::mouseClick(forwardButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(AddTargetWizard::CertificatePageId));
        QVERIFY2(wizard->currentPage()->subTitle().startsWith(QStringLiteral("Step 4 of 6")),
            qPrintable(wizard->currentPage()->subTitle()));
        QWizardPage *page = wizard->currentPage();
        QCOMPARE(labelText(page, "certificateSha256"), lxd("FINGERPRINT"));
        QVERIFY(labelText(page, "certificateSha256Colons")
                    .startsWith(lxd("FINGERPRINT").left(4).toUpper().insert(2, QLatin1Char(':'))));
        QVERIFY(child<QLabel>(page, "certificateChangedBanner")->isHidden());
        QVERIFY(child<QLabel>(page, "certificateTrustedSha256")->isHidden());
        // Next only after the tick.
        QAbstractButton *trust = forwardButton(wizard);
        QCOMPARE(trust->text().remove(QLatin1Char('&')), QStringLiteral("Trust and Continue"));
        QVERIFY(!trust->isEnabled());
        auto *tick = child<QCheckBox>(page, "trustCertificateCheckBox");
        clickToggle(tick);
        QVERIFY(trust->isEnabled());
        clickToggle(tick);
        QVERIFY(!trust->isEnabled());
        clickToggle(tick);
        QTest::mouseClick(trust, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            wizard->currentId(), int(AddTargetWizard::TrustPageId), kServerWaitMs);
        QCOMPARE(wizard->target()->connectivityStatus, connectivity::AuthenticationError);
        QCOMPARE(wizard->target()->cert.trustedSha256, lxd("FINGERPRINT"));

        // The exact command, for LXD (the server said which it is), with the file Ferry wrote.
        page = wizard->currentPage();
        const QString command = child<QLineEdit>(page, "trustCommandEdit")->text();
        const QRegularExpression shape(QStringLiteral("^lxc config trust add (\\S+)$"));
        const auto match = shape.match(command);
        QVERIFY2(match.hasMatch(), qPrintable(command));
        const QString file = match.captured(1);
        QVERIFY(file.startsWith(m_data.path()));
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(!child<QLineEdit>(page, "trustCommandEdit2")); // one server type: one command
        QCOMPARE(labelText(page, "trustCertificateFile"), file);
        QTest::mouseClick(child<QPushButton>(page, "copyCommandButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), command);

        // Checking before the command ran: not yet.
        auto *check = child<QPushButton>(page, "checkAgainButton");
        auto *status = child<OperationStatusWidget>(page, "trustCheckStatus");
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isBusy(), kServerWaitMs);
        QCOMPARE(status->state(), OperationStatusWidget::State::NeedsAttention);
        QVERIFY(status->headline().startsWith(QStringLiteral("Not yet")));

        // The administrator runs it; Check Again reaches OK.
        int exitCode = -1;
        lxc(command.split(QLatin1Char(' ')).mid(1), &exitCode);
        QCOMPARE(exitCode, 0);
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isBusy(), kServerWaitMs);
        QCOMPARE(status->state(), OperationStatusWidget::State::Succeeded);
        QCOMPARE(status->headline(), QStringLiteral("OK: the server trusts Ferry now."));
        QCOMPARE(wizard->target()->connectivityStatus, connectivity::Ok);

        QTest::mouseClick(forwardButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(AddTargetWizard::SummaryPageId));
        QVERIFY2(wizard->currentPage()->subTitle().startsWith(QStringLiteral("Step 6 of 6")),
            qPrintable(wizard->currentPage()->subTitle()));
        QCOMPARE(child<OperationStatusWidget>(wizard, "summaryStatus")->state(),
            OperationStatusWidget::State::Succeeded);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!m_page->wizard());
        QCOMPARE(cell(QStringLiteral("lxd-gen"), TargetsModel::StatusColumn), QStringLiteral("OK"));
    }

    // A server whose certificate is not the fingerprint a person entered: both fingerprints,
    // Next only after the tick; an existing, already trusted client certificate then ends in
    // OK without a trust page.
    void changedCertificateShowsBothFingerprints()
    {
        AddTargetWizard *wizard = openWizard();
        QVERIFY(wizard);
        fillSettings(wizard, QStringLiteral("lxd-changed"), lxd("URL"), lxdvm("FINGERPRINT"));
        clickToggle(child<QRadioButton>(wizard, "authFilesRadio"));
        typeInto(wizard, "certFileEdit", lxd("CLIENT_CERT"));
        typeInto(wizard, "keyFileEdit", lxd("CLIENT_KEY"));
        connectAndWait(wizard);
        QVERIFY(wizard->isStored());
        QCOMPARE(wizard->target()->connectivityStatus, connectivity::TlsError);
        QVERIFY(child<OperationStatusWidget>(wizard, "connectStatus")
                    ->headline()
                    .contains(QStringLiteral("not the one you named")));

        QTest::mouseClick(forwardButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(AddTargetWizard::CertificatePageId));
        QWizardPage *page = wizard->currentPage();
        QVERIFY(!child<QLabel>(page, "certificateChangedBanner")->isHidden());
        QCOMPARE(labelText(page, "certificateTrustedSha256"), lxdvm("FINGERPRINT"));
        QCOMPARE(labelText(page, "certificateSha256"), lxd("FINGERPRINT"));
        QVERIFY(!child<QLabel>(page, "certificateTrustedSha256Colons")->text().isEmpty());
        QVERIFY(!forwardButton(wizard)->isEnabled());
        clickToggle(child<QCheckBox>(page, "trustCertificateCheckBox"));
        QVERIFY(forwardButton(wizard)->isEnabled());
        QTest::mouseClick(forwardButton(wizard), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            wizard->currentId(), int(AddTargetWizard::SummaryPageId), kServerWaitMs);
        QCOMPARE(wizard->target()->connectivityStatus, connectivity::Ok);
        QCOMPARE(wizard->target()->cert.trustedSha256, lxd("FINGERPRINT"));
        QVERIFY2(wizard->currentPage()->subTitle().startsWith(QStringLiteral("Step 5 of 5")),
            qPrintable(wizard->currentPage()->subTitle()));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!m_page->wizard());
    }

    // Cancel once the target is stored asks whether to keep it; Remove deletes it.
    void cancelAfterStoredAsksKeepOrRemove()
    {
        AddTargetWizard *wizard = openWizard();
        QVERIFY(wizard);
        fillSettings(wizard, QStringLiteral("lxd-cancel"), lxd("URL"));
        clickToggle(child<QRadioButton>(wizard, "authGenerateRadio"));
        connectAndWait(wizard);
        QVERIFY(wizard->isStored());
        QVERIFY(TargetRepository(m_db).byName(QStringLiteral("lxd-cancel")));
        QVERIFY(m_page->model()->rowOfName(QStringLiteral("lxd-cancel")) >= 0);

        QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QTRY_VERIFY(wizard->keepQuestion() && wizard->keepQuestion()->isVisible());
        QVERIFY(wizard->keepQuestion()->informativeText().contains(
            QStringLiteral("Confirm TLS fingerprint")));
        // "Continue Adding" keeps the wizard open.
        QTest::mouseClick(
            child<QPushButton>(wizard->keepQuestion(), "continueAddingButton"), Qt::LeftButton);
        QTRY_VERIFY(!wizard->keepQuestion());
        QVERIFY(wizard->isVisible());
        QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QTRY_VERIFY(wizard->keepQuestion() && wizard->keepQuestion()->isVisible());
        QTest::mouseClick(
            child<QPushButton>(wizard->keepQuestion(), "removeTargetButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->wizard(), kServerWaitMs);
        QVERIFY(!TargetRepository(m_db).byName(QStringLiteral("lxd-cancel")));
        QCOMPARE(m_page->model()->rowOfName(QStringLiteral("lxd-cancel")), -1);
    }

    // On the page: Edit moves lxd-token to the other LXD; the page says the certificate changed,
    // "Trust New Certificate" shows both fingerprints and trusts only after the tick; that
    // server does not know Ferry's certificate, so the page then shows the trust command.
    void pageTrustsNewCertificateAfterEndpointChange()
    {
        m_page->selectTarget(QStringLiteral("lxd-token"));
        auto *edit = m_page->findChild<QAction *>(QStringLiteral("actionEditTarget"));
        QVERIFY(edit->isEnabled());
        auto *trust = m_page->findChild<QAction *>(QStringLiteral("actionTrustTargetCertificate"));
        QVERIFY(!trust->isEnabled());
        QVERIFY(trust->toolTip().contains(QStringLiteral("nothing to confirm")));
        edit->trigger();
        auto *dialog = m_page->findChild<EditTargetDialog *>(QStringLiteral("editTargetDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(child<QLineEdit>(dialog, "fingerprintEdit")->text(), lxd("FINGERPRINT"));
        typeInto(dialog, "endpointEdit", lxdvm("URL"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_page->findChild<EditTargetDialog *>(QStringLiteral("editTargetDialog")),
            kServerWaitMs);

        QCOMPARE(cell(QStringLiteral("lxd-token"), TargetsModel::StatusColumn),
            QStringLiteral("TLS error: certificate changed"));
        const QString shown = labelText(m_page.get(), "targetDetailsServerCert");
        QVERIFY2(shown.contains(lxd("FINGERPRINT")) && shown.contains(lxdvm("FINGERPRINT")),
            qPrintable(shown));
        QVERIFY(trust->isEnabled());
        trust->trigger();
        auto *trustDialog = m_page->findChild<TargetTrustCertificateDialog *>(
            QStringLiteral("trustCertificateDialog"));
        QVERIFY(trustDialog);
        QVERIFY(QTest::qWaitForWindowExposed(trustDialog));
        QCOMPARE(labelText(trustDialog, "certificateTrustedSha256"), lxd("FINGERPRINT"));
        QCOMPARE(labelText(trustDialog, "certificateSha256"), lxdvm("FINGERPRINT"));
        QVERIFY(!child<QLabel>(trustDialog, "certificateChangedBanner")->isHidden());
        auto *trustButton = child<QPushButton>(trustDialog, "trustButton");
        QVERIFY(!trustButton->isEnabled());
        clickToggle(child<QCheckBox>(trustDialog, "trustCertificateCheckBox"));
        QVERIFY(trustButton->isEnabled());
        QTest::mouseClick(trustButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<TargetTrustCertificateDialog *>(
                                     QStringLiteral("trustCertificateDialog")),
            kServerWaitMs);

        const Target *t = row(QStringLiteral("lxd-token"));
        QCOMPARE(t->cert.trustedSha256, lxdvm("FINGERPRINT"));
        QCOMPARE(t->connectivityStatus, connectivity::AuthenticationError);
        // The details pane follows the model through its own signal: on a busy machine a
        // moment later.
        QLineEdit *command = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (command = m_page->findChild<QLineEdit *>(QStringLiteral("trustCommandEdit")))
                && command->isVisibleTo(m_page.get()),
            kServerWaitMs);
        QVERIFY2(command->text().startsWith(QStringLiteral("lxc config trust add ")),
            qPrintable(command->text()));
    }

    // Remove asks first, then deletes the target and its key.
    void removeFromPage()
    {
        m_page->selectTarget(QStringLiteral("lxd-token"));
        const qint64 id = m_page->currentTarget()->id;
        m_page->findChild<QAction *>(QStringLiteral("actionRemoveTarget"))->trigger();
        auto *box = m_page->findChild<QMessageBox *>(QStringLiteral("removeTargetQuestion"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QStringLiteral("config trust remove")));
        QTest::mouseClick(child<QPushButton>(box, "confirmRemoveButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_page->model()->rowOfName(QStringLiteral("lxd-token")), -1, kServerWaitMs);
        auto key = CredentialStore().read(CredentialStore::targetClientKeyKey(id));
        QVERIFY(!key);
        QCOMPARE(key.error().code, Error::Code::NotFound);
    }

protected:
    // Not a check: docs/screenshots/targets*.png and add-target*.png, taken from the real flow
    // against the lab when FERRY_SCREENSHOT_DIR names a directory (TargetWizardScreenshots, below,
    // runs it; the test itself never does, so it has nothing to skip), e.g. with a lab started by
    // tests/lab/lab-start DIR:
    //   FERRY_LAB_ENV=DIR/lab.env FERRY_SCREENSHOT_DIR=docs/screenshots QT_QPA_PLATFORM=xcb
    //   xvfb-run -a -s "-screen 0 1400x900x24" build/tests/gui/test_targetwizardlab screenshots
    void takeScreenshots()
    {
        const QString out = qEnvironmentVariable("FERRY_SCREENSHOT_DIR");
        QVERIFY2(!out.isEmpty(), "FERRY_SCREENSHOT_DIR names no directory");
        const auto save = [&out](QWidget *w, const QString &file) {
            QTest::qWait(150);
            QVERIFY2(w->grab().save(out + QLatin1Char('/') + file), qPrintable(file));
        };
        QTemporaryDir data;
        auto db = Database::open(databaseFile(data.path()));
        QVERIFY(db);
        MainWindow window(StartupContext {data.path(), *db}, [] { return Status(); });
        window.resize(1280, 800);
        window.showPage(Page::Targets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TargetsPage *page = window.targetsPage();
        QAction *add = window.findChild<QAction *>(QStringLiteral("actionAddTarget"));
        QVERIFY(add && add->isEnabled());
        save(&window, QStringLiteral("targets-empty.png"));

        // lxd01: a trust token.
        add->trigger();
        AddTargetWizard *wizard = page->wizard();
        QVERIFY(wizard && QTest::qWaitForWindowExposed(wizard));
        fillSettings(wizard, QStringLiteral("lxd01"), lxd("URL"));
        typeInto(wizard, "tokenEdit", newToken(QStringLiteral("ferry")));
        save(wizard, QStringLiteral("add-target-wizard.png"));
        connectAndWait(wizard);
        QTest::mouseClick(forwardButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(AddTargetWizard::SummaryPageId));
        save(wizard, QStringLiteral("add-target-summary.png"));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!page->wizard());

        // lxd02: the VM-capable LXD, with a certificate Ferry creates.
        add->trigger();
        wizard = page->wizard();
        QVERIFY(wizard && QTest::qWaitForWindowExposed(wizard));
        fillSettings(wizard, QStringLiteral("lxd02"), lxdvm("URL"));
        clickToggle(child<QRadioButton>(wizard, "authGenerateRadio"));
        connectAndWait(wizard);
        QTest::mouseClick(forwardButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(AddTargetWizard::CertificatePageId));
        clickToggle(child<QCheckBox>(wizard->currentPage(), "trustCertificateCheckBox"));
        save(wizard, QStringLiteral("add-target-certificate.png"));
        QTest::mouseClick(forwardButton(wizard), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            wizard->currentId(), int(AddTargetWizard::TrustPageId), kServerWaitMs);
        auto *check = child<QPushButton>(wizard->currentPage(), "checkAgainButton");
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isBusy(), kServerWaitMs);
        save(wizard, QStringLiteral("add-target-trust.png"));
        const QString command = child<QLineEdit>(wizard->currentPage(), "trustCommandEdit")->text();
        int exitCode = -1;
        lxc(command.split(QLatin1Char(' ')).mid(1), &exitCode, lxdvm("DIR"));
        QCOMPARE(exitCode, 0);
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isBusy(), kServerWaitMs);
        QCOMPARE(wizard->target()->connectivityStatus, connectivity::Ok);
        QTest::mouseClick(forwardButton(wizard), Qt::LeftButton);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!page->wizard());

        // dr-site: registered, but its server does not trust Ferry yet.
        add->trigger();
        wizard = page->wizard();
        QVERIFY(wizard && QTest::qWaitForWindowExposed(wizard));
        fillSettings(wizard, QStringLiteral("dr-site"), lxd("URL"), lxd("FINGERPRINT"));
        clickToggle(child<QRadioButton>(wizard, "authGenerateRadio"));
        connectAndWait(wizard);
        QTest::mouseClick(forwardButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(AddTargetWizard::TrustPageId));
        QTest::mouseClick(forwardButton(wizard), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            wizard->currentId(), int(AddTargetWizard::SummaryPageId), kServerWaitMs);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!page->wizard());

        page->selectTarget(QStringLiteral("lxd01"));
        save(&window, QStringLiteral("targets.png"));
        page->selectTarget(QStringLiteral("dr-site"));
        save(&window, QStringLiteral("targets-untrusted.png"));
    }
};

// The test's functions and the screenshots; only with FERRY_SCREENSHOT_DIR set.
class TargetWizardScreenshots final : public TestTargetWizardLab
{
    Q_OBJECT

private Q_SLOTS:
    void screenshots() { takeScreenshots(); }
};

int main(int argc, char *argv[])
{
    QTEST_MAIN_SETUP()
    QTEST_SET_MAIN_SOURCE_PATH
    if (qEnvironmentVariableIsSet("FERRY_SCREENSHOT_DIR")) {
        TargetWizardScreenshots shots;
        return QTest::qExec(&shots, argc, argv);
    }
    TestTargetWizardLab test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_targetwizardlab.moc"
