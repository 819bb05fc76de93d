// The Sources page on a temporary database: the model under QAbstractItemModelTester, status
// icons and texts, the actions with their reasons when greyed out, the edit dialog's checks and
// the remove confirmation. (Talking to a server is the integration test's part.)
#include "guitestdata.h"
#include "guitestsupport.h"

#include "common/dataevents.h"
#include "common/emptystatewidget.h"
#include "secrets/credentialstore.h"
#include "sources/sourceeditdialog.h"
#include "sources/sourceformwidget.h"
#include "sources/sourcesmodel.h"
#include "sources/sourcespage.h"
#include "sources/trustcertificatedialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace ferry;
using namespace ferry::gui;

class TestSourcesPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void modelShowsEverySourceWithItsStatus();
    void statusesHaveIconsAndTexts_data();
    void statusesHaveIconsAndTexts();
    void actionsFollowTheSelectionAndSayWhy();
    void detailsExplainTheSelectedStatus();
    void trustOpensForAnUntrustedCertificate();
    void editDialogChecksTheFields();
    void removeAsksFirst();
    void noSourcesShowsTheEmptyState();
    void formSuggestsANameFromTheEndpoint();

private:
    std::unique_ptr<SourcesPage> createPage();
    void select(SourcesPage *page, const QString &name);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    test::SampleInventory m_inventory;
    DataEvents m_events;
    EmptyStateWidget *m_empty = nullptr;
};

void TestSourcesPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateUserState(m_settingsDir);
}

void TestSourcesPage::init()
{
    test::clearSettings();
    m_dataDir = std::make_unique<QTemporaryDir>();
    auto filled = test::fillSampleInventory(m_dataDir->path());
    QVERIFY2(filled.ok(), qPrintable(filled.ok() ? QString() : filled.error().toString()));
    m_inventory = *filled;
}

void TestSourcesPage::cleanup()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows)
        if (qobject_cast<QDialog *>(w))
            w->close();
    m_inventory = {};
    m_dataDir.reset();
}

std::unique_ptr<SourcesPage> TestSourcesPage::createPage()
{
    m_empty = new EmptyStateWidget;
    m_empty->setObjectName(QStringLiteral("sourcesEmptyState"));
    auto page = std::make_unique<SourcesPage>(
        GuiContext {m_inventory.db, std::make_shared<CredentialStore>(), &m_events}, m_empty);
    page->resize(1100, 600);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return nullptr;
    return page;
}

void TestSourcesPage::select(SourcesPage *page, const QString &name)
{
    page->selectSource(name);
    QCOMPARE(page->view()
                 ->selectionModel()
                 ->selectedRows()
                 .constFirst()
                 .data(SourcesModel::SourceNameRole)
                 .toString(),
        name);
}

void TestSourcesPage::modelShowsEverySourceWithItsStatus()
{
    auto page = createPage();
    QVERIFY(page);
    QAbstractItemModelTester tester(
        page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(
        page->view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->sourceCount(), 2);
    QAbstractItemModel *model = page->view()->model();
    // Sorted by name: esx01, vc01.
    QCOMPARE(model->index(0, SourcesModel::NameColumn).data().toString(), QStringLiteral("esx01"));
    const QModelIndex vc = model->index(1, 0);
    QCOMPARE(
        vc.siblingAtColumn(SourcesModel::StatusColumn).data().toString(), QStringLiteral("OK"));
    QCOMPARE(vc.siblingAtColumn(SourcesModel::ServerTypeColumn).data().toString(),
        QStringLiteral("vCenter Server 8.0.2.0"));
    QCOMPARE(vc.siblingAtColumn(SourcesModel::EndpointColumn).data().toString(),
        QStringLiteral("https://vc01.example.test"));
    QCOMPARE(vc.siblingAtColumn(SourcesModel::UsernameColumn).data().toString(),
        QStringLiteral("administrator@vsphere.local"));
    QCOMPARE(
        vc.siblingAtColumn(SourcesModel::FingerprintColumn).data().toString(), test::kSampleSha256);
    QVERIFY(vc.siblingAtColumn(SourcesModel::FingerprintColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("A4:FB:1F:1D")));
    QVERIFY(vc.siblingAtColumn(SourcesModel::LastSyncColumn).data().toString()
        != QStringLiteral("Never"));
    const QModelIndex esx = model->index(0, 0);
    QCOMPARE(esx.siblingAtColumn(SourcesModel::ServerTypeColumn).data().toString(),
        QStringLiteral("Unknown"));
    QCOMPARE(esx.siblingAtColumn(SourcesModel::FingerprintColumn).data().toString(),
        QStringLiteral("Not trusted yet"));
    QCOMPARE(esx.siblingAtColumn(SourcesModel::LastSyncColumn).data().toString(),
        QStringLiteral("Never"));
    // Sorting by the status column puts "Confirm TLS fingerprint" before "OK".
    page->view()->sortByColumn(SourcesModel::StatusColumn, Qt::DescendingOrder);
    QCOMPARE(model->index(0, SourcesModel::NameColumn).data().toString(), QStringLiteral("vc01"));
}

void TestSourcesPage::statusesHaveIconsAndTexts_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("changed");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("icon");
    QTest::newRow("ok") << connectivity::Ok << false << "OK"
                        << "status-ok";
    QTest::newRow("confirm") << connectivity::ConfirmFingerprint << false
                             << "Confirm TLS fingerprint"
                             << "status-warning";
    QTest::newRow("tls") << connectivity::TlsError << false << "TLS error"
                         << "status-error";
    QTest::newRow("changed") << connectivity::TlsError << true << "TLS error: certificate changed"
                             << "status-error";
    QTest::newRow("auth") << connectivity::AuthenticationError << false << "Authentication error"
                          << "status-error";
    QTest::newRow("cannot connect") << connectivity::CannotConnect << false << "Cannot connect"
                                    << "status-error";
    QTest::newRow("unknown") << connectivity::Unknown << false << "Unknown"
                             << "status-unknown";
}

void TestSourcesPage::statusesHaveIconsAndTexts()
{
    QFETCH(QString, status);
    QFETCH(bool, changed);
    QFETCH(QString, text);
    QFETCH(QString, icon);
    Source s;
    s.id = 1;
    s.name = QStringLiteral("vc01");
    s.connectivityStatus = status;
    s.statusDetail = QStringLiteral("detail from the server");
    s.cert.seenSha256 = test::kSampleSha256;
    s.cert.trustedSha256 = changed ? test::kOldSha256 : QString();
    SourcesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSources({s});
    const QModelIndex index = model.index(0, SourcesModel::StatusColumn);
    QCOMPARE(index.data().toString(), text);
    QCOMPARE(index.data(Qt::DecorationRole).value<QIcon>().name(), icon);
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY(!tip.isEmpty());
    QCOMPARE(tip.contains(QLatin1String("detail from the server")), status != connectivity::Ok);
    model.setBusy(1, QStringLiteral("Syncing…"));
    QCOMPARE(index.data().toString(), QStringLiteral("Syncing…"));
    QCOMPARE(index.data(Qt::DecorationRole).value<QIcon>().name(), QStringLiteral("status-busy"));
    model.setBusy(1, {});
    QCOMPARE(index.data().toString(), text);
}

void TestSourcesPage::actionsFollowTheSelectionAndSayWhy()
{
    auto page = createPage();
    QVERIFY(page);
    auto *trust = page->findChild<QAction *>(QStringLiteral("actionTrustSourceCertificate"));
    auto *sync = page->findChild<QAction *>(QStringLiteral("actionSyncSource"));
    auto *edit = page->findChild<QAction *>(QStringLiteral("actionEditSource"));
    auto *check = page->findChild<QAction *>(QStringLiteral("actionCheckSource"));
    auto *remove = page->findChild<QAction *>(QStringLiteral("actionRemoveSource"));
    QVERIFY(trust && sync && edit && check && remove);
    for (const char *name :
        {"actionSyncSourceButton", "actionEditSourceButton", "actionTrustSourceCertificateButton",
            "actionCheckSourceButton", "actionRemoveSourceButton"})
        QVERIFY2(page->findChild<QWidget *>(QLatin1String(name)), name);

    select(page.get(), QStringLiteral("esx01"));
    QVERIFY(trust->isEnabled());
    QVERIFY(sync->isEnabled() && edit->isEnabled() && check->isEnabled() && remove->isEnabled());
    select(page.get(), QStringLiteral("vc01"));
    QVERIFY(!trust->isEnabled());
    QCOMPARE(trust->toolTip(), QStringLiteral("The server's certificate is trusted already."));
    page->view()->clearSelection();
    for (QAction *a : {trust, sync, edit, check, remove}) {
        QVERIFY(!a->isEnabled());
        QCOMPARE(a->toolTip(), QStringLiteral("Select a source first."));
    }
    // A busy source cannot be worked on twice.
    select(page.get(), QStringLiteral("vc01"));
    page->model()->setBusy(m_inventory.vc01, QStringLiteral("Checking…"));
    QVERIFY(!edit->isEnabled());
    QVERIFY(edit->toolTip().contains(QLatin1String("Wait until")));
    page->model()->setBusy(m_inventory.vc01, {});
    QVERIFY(edit->isEnabled());
}

void TestSourcesPage::detailsExplainTheSelectedStatus()
{
    auto page = createPage();
    QVERIFY(page);
    select(page.get(), QStringLiteral("esx01"));
    auto *title = page->findChild<QLabel *>(QStringLiteral("sourceDetailsTitle"));
    auto *text = page->findChild<QLabel *>(QStringLiteral("sourceDetailsText"));
    QCOMPARE(title->text(), QStringLiteral("esx01: Confirm TLS fingerprint"));
    QVERIFY(text->text().contains(QLatin1String("not trusted")));
    auto *trustButton = page->findChild<QWidget *>(QStringLiteral("detailsTrustButton"));
    QVERIFY(trustButton && trustButton->isVisible());
    select(page.get(), QStringLiteral("vc01"));
    QCOMPARE(title->text(), QStringLiteral("vc01: OK"));
    QVERIFY(!trustButton->isVisible());
}

void TestSourcesPage::trustOpensForAnUntrustedCertificate()
{
    auto page = createPage();
    QVERIFY(page);
    select(page.get(), QStringLiteral("esx01"));
    auto *dialog = qobject_cast<TrustCertificateDialog *>(page->trustSelected());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *sha = dialog->findChild<QLabel *>(QStringLiteral("certificateSha256"));
    QCOMPARE(sha->text(), test::kSampleSha256);
    // Not a changed certificate: no "trusted before" row.
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("certificateTrustedSha256"))->isVisible());
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("trustButton"));
    QVERIFY(!button->isEnabled());
    dialog->findChild<QAbstractButton *>(QStringLiteral("trustCertificateCheckBox"))->click();
    QVERIFY(button->isEnabled());
    dialog->reject();
}

void TestSourcesPage::editDialogChecksTheFields()
{
    auto page = createPage();
    QVERIFY(page);
    select(page.get(), QStringLiteral("vc01"));
    auto *dialog = qobject_cast<SourceEditDialog *>(page->editSelected());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("sourceNameEdit"));
    auto *endpoint = dialog->findChild<QLineEdit *>(QStringLiteral("endpointEdit"));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("formProblemLabel"));
    QCOMPARE(name->text(), QStringLiteral("vc01"));
    QCOMPARE(endpoint->text(), QStringLiteral("https://vc01.example.test"));
    QVERIFY(password->text().isEmpty());
    QCOMPARE(password->placeholderText(), QStringLiteral("Unchanged"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));

    name->setText(QStringLiteral("esx01"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QLatin1String("exists already")));
    QVERIFY(name->hasFocus() || !dialog->isActiveWindow());
    // Drawn in red (the label's text can be selected, which draws through a text control).
    const QImage drawn = problem->grab().toImage();
    int red = 0;
    for (int y = 0; y < drawn.height(); ++y)
        for (int x = 0; x < drawn.width(); ++x) {
            const QColor c = drawn.pixelColor(x, y);
            red += c.red() > 140 && c.green() < 110 && c.blue() < 110;
        }
    QVERIFY2(red > 20, qPrintable(QStringLiteral("%1 red pixels").arg(red)));

    name->setText(QStringLiteral("vc01"));
    endpoint->setText(QStringLiteral("ftp://vc01"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(problem->text().contains(QLatin1String("https")));
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void TestSourcesPage::removeAsksFirst()
{
    auto page = createPage();
    QVERIFY(page);
    select(page.get(), QStringLiteral("vc01"));
    // The box deletes itself when closed: a QPointer tells when that happened.
    QPointer<QMessageBox> box = qobject_cast<QMessageBox *>(page->removeSelected());
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->objectName(), QStringLiteral("removeSourceConfirmation"));
    QVERIFY(box->text().contains(QLatin1String("vc01")));
    QVERIFY(box->informativeText().contains(QLatin1String("4 imported VMs")));
    QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("cancelButton"));
    QTest::mouseClick(
        box->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
    // Cancel closes the box (which then deletes itself) and removes nothing.
    QTRY_VERIFY(box.isNull());
    QVERIFY(!page->model()->isBusy(m_inventory.vc01));
    QCOMPARE(page->sourceCount(), 2);
    auto stored = SourceRepository(m_inventory.db).all();
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), qsizetype(2));
}

void TestSourcesPage::noSourcesShowsTheEmptyState()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("ferry.db")));
    QVERIFY(db.ok());
    m_inventory.db = *db;
    auto page = createPage();
    QVERIFY(page);
    QSignalSpy count(page.get(), &SourcesPage::sourceCountChanged);
    QVERIFY(m_empty->isVisible());
    QVERIFY(!page->view()->isVisible());
    Source s;
    s.name = QStringLiteral("new");
    s.endpoint = QStringLiteral("https://new.example.test");
    QVERIFY(SourceRepository(*db).insert(s).ok());
    Q_EMIT m_events.sourcesChanged();
    QCOMPARE(count.count(), 1);
    QCOMPARE(count.first().first().toInt(), 1);
    QVERIFY(!m_empty->isVisible());
    QVERIFY(page->view()->isVisible());
}

void TestSourcesPage::formSuggestsANameFromTheEndpoint()
{
    SourceFormWidget form(SourceFormWidget::Mode::Add);
    QTest::keyClicks(form.endpointEdit(), QStringLiteral("vc01.example.com"));
    QCOMPARE(form.nameEdit()->text(), QStringLiteral("vc01"));
    form.endpointEdit()->setText(QStringLiteral("https://10.0.0.5:8443/sdk"));
    QCOMPARE(form.nameEdit()->text(), QStringLiteral("10.0.0.5"));
    // Once typed, the name is the person's.
    QTest::keyClicks(form.nameEdit(), QStringLiteral("-lab"));
    form.endpointEdit()->setText(QStringLiteral("esx02"));
    QCOMPARE(form.nameEdit()->text(), QStringLiteral("10.0.0.5-lab"));
    const Source s = form.applyTo({});
    QCOMPARE(s.endpoint, QStringLiteral("https://esx02"));
    QCOMPARE(s.importLimit, 50);
    QCOMPARE(s.connectionTimeoutMs, qint64(600000));
    // Host-direct reads: off by default, the checkbox sets them and shows a source's.
    QVERIFY(!s.hostDirectReads);
    auto *hostDirect = form.findChild<QCheckBox *>(QStringLiteral("hostDirectReadsCheckBox"));
    QVERIFY(hostDirect);
    hostDirect->setChecked(true);
    QVERIFY(form.applyTo({}).hostDirectReads);
    Source on = s;
    on.hostDirectReads = false;
    form.setSource(on);
    QVERIFY(!hostDirect->isChecked());
    // Forward checks what ferryctl checks.
    auto problem = form.validate({});
    QVERIFY(problem);
    QVERIFY(problem->contains(QLatin1String("user name")));
}

QTEST_MAIN(TestSourcesPage)
#include "test_sourcespage.moc"
