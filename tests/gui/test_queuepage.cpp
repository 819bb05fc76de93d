// The Queue page (the migration dashboard) on a temporary database with entries in several
// statuses: the table, the batch and status filters, the detail pane (placement, disks with
// SHA-256, log), the actions (Cancel writes Canceled, Retry writes Waiting, Resolve turns a
// Conflict into Waiting keeping the retry count; refused ones say why), the engine lock held by
// another process, the GUI's engine taking over when that process lets go, and the in-window
// notification.
#include "common/queuestatustest.h"
#include "guitestsupport.h"
#include "queuetestdata.h"

#include "appsettings/appsettings.h"
#include "common/emptystatewidget.h"
#include "common/errordialog.h"
#include "engine/engine.h"
#include "queue/enginecontroller.h"
#include "queue/queuedetailswidget.h"
#include "queue/queuemodel.h"
#include "queue/queuenotifier.h"
#include "queue/queuepage.h"
#include "queue/queuesummarywidget.h"
#include "queue/throughputchart.h"
#include "secrets/credentialstore.h"
#include "store/enginerepository.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

#include <algorithm>

using namespace ferry;
using namespace ferry::gui;

class TestQueuePage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyQueueShowsTheEmptyState();
    void listsEntriesWithSummaryAndChart();
    void filtersByBatchAndStatus();
    void detailPaneShowsPlacementDisksAndLog();
    void cancelWritesCanceled();
    void cancelKeepingLeftoversSaysSo();
    void retryWritesWaiting();
    void resolveWritesWaitingAndKeepsRetries();
    void refusedActionsSayWhy();
    void showsAnotherEngine();
    void engineRunsNextToAnotherEngine();
    void engineUsesTheSharedSettings();
    void failureIsAnnouncedInTheWindow();

private:
    std::unique_ptr<QueuePage> createPage(
        const std::shared_ptr<Database> &db, EngineController *engine = nullptr);
    QString statusOf(qint64 entryId) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    test::SampleQueue m_queue;
    DataEvents m_events;
};

void TestQueuePage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateUserState(m_settingsDir);
}

void TestQueuePage::init()
{
    test::clearSettings();
    m_dataDir = std::make_unique<QTemporaryDir>();
    auto filled = test::fillSampleQueue(m_dataDir->path());
    QVERIFY2(filled.ok(), qPrintable(filled.ok() ? QString() : filled.error().toString()));
    m_queue = *filled;
}

void TestQueuePage::cleanup()
{
    m_queue = {};
    m_dataDir.reset();
}

std::unique_ptr<QueuePage> TestQueuePage::createPage(
    const std::shared_ptr<Database> &db, EngineController *engine)
{
    auto *empty = new EmptyStateWidget;
    empty->setObjectName(QStringLiteral("queueEmptyState"));
    auto page = std::make_unique<QueuePage>(
        GuiContext {db, std::make_shared<CredentialStore>(), &m_events}, empty, engine);
    page->notifier()->setUseTray(false);
    page->resize(1200, 760);
    page->show();
    return page;
}

QString TestQueuePage::statusOf(qint64 entryId) const
{
    auto e = QueueRepository(m_queue.inventory.db).byId(entryId);
    return e ? queuestatus::wireName(e->status) : e.error().message;
}

void TestQueuePage::emptyQueueShowsTheEmptyState()
{
    QTemporaryDir dir;
    auto inventory = test::fillSampleInventory(dir.path());
    QVERIFY(inventory.ok());
    auto page = createPage(inventory->db);
    QTRY_VERIFY(page->loadCount() > 0);
    auto *stack = page->findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("queueEmptyState"));
    QCOMPARE(page->engineLabel()->text(), QStringLiteral("No engine is running"));
}

void TestQueuePage::listsEntriesWithSummaryAndChart()
{
    auto page = createPage(m_queue.inventory.db);
    QTRY_COMPARE(page->model()->rowCount(), 6);
    auto *stack = page->findChild<QStackedWidget *>();
    QVERIFY(stack->currentWidget() != page->findChild<EmptyStateWidget *>());
    QCOMPARE(page->view()->model()->rowCount(), 6);
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("queueCountLabel"))->text(),
        QStringLiteral("6 entries"));
    QCOMPARE(page->summary()->lineCount(), 2);
    QVERIFY(page->chart()->samples().size() >= 1);
    // 32 MiB/s: web's disk being copied.
    QCOMPARE(page->chart()->samples().constLast().bytesPerSecond, 32.0 * 1048576);
    // The first row is selected and detailed.
    QVERIFY(page->selectedId() != 0);
    QCOMPARE(page->details()->entryId(), page->selectedId());
    // The batch filter lists both batches.
    QCOMPARE(page->batchFilter()->count(), 3);
    QCOMPARE(page->batchFilter()->itemText(1), QStringLiteral("wave1"));
    // Polling: the page reads again without being asked.
    const int loads = page->loadCount();
    QTRY_VERIFY_WITH_TIMEOUT(page->loadCount() > loads, 5000);
}

void TestQueuePage::filtersByBatchAndStatus()
{
    auto page = createPage(m_queue.inventory.db);
    QTRY_COMPARE(page->model()->rowCount(), 6);
    page->batchFilter()->setCurrentIndex(page->batchFilter()->findText(QStringLiteral("wave2")));
    QCOMPARE(page->view()->model()->rowCount(), 2);
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("queueCountLabel"))->text(),
        QStringLiteral("2 of 6 entries"));
    page->statusFilter()->setCurrentIndex(
        page->statusFilter()->findText(QStringLiteral("Finished")));
    QCOMPARE(page->view()->model()->rowCount(), 0);
    QCOMPARE(page->details()->entryId(), qint64(0));
    QVERIFY(page->details()
                ->findChild<QLabel *>(QStringLiteral("queueDetailsPlaceholder"))
                ->text()
                .contains(QStringLiteral("No entry matches")));
    page->batchFilter()->setCurrentIndex(0);
    QCOMPARE(page->view()->model()->rowCount(), 1);
    // The filters hold across a reload.
    const int loads = page->loadCount();
    page->reload();
    QTRY_VERIFY(page->loadCount() > loads);
    QCOMPARE(page->view()->model()->rowCount(), 1);
    QCOMPARE(page->statusFilter()->currentText(), QStringLiteral("Finished"));
}

void TestQueuePage::detailPaneShowsPlacementDisksAndLog()
{
    auto page = createPage(m_queue.inventory.db);
    QTRY_COMPARE(page->model()->rowCount(), 6);
    const qint64 web = m_queue.entries.value(QStringLiteral("web 01 (prod)"));
    page->selectEntry(web);
    QueueDetailsWidget *d = page->details();
    QCOMPARE(d->entryId(), web);
    QCOMPARE(d->findChild<QLabel *>(QStringLiteral("queueDetailsTitle"))->text(),
        QStringLiteral("web 01 (prod)"));
    QVERIFY(d->statusLabel()->text().startsWith(QStringLiteral("Performing final import tasks")));
    const QString placement = d->placementLabel()->text();
    QVERIFY2(placement.contains(QStringLiteral("lxdvm, project default")), qPrintable(placement));
    QVERIFY2(
        placement.contains(QStringLiteral("ferrybr0 (bridged), VLAN 42")), qPrintable(placement));
    QTableWidget *disks = d->disksTable();
    QCOMPARE(disks->rowCount(), 2);
    QCOMPARE(disks->item(0, 0)->text(), QStringLiteral("root"));
    QCOMPARE(disks->item(0, 6)->text(), QStringLiteral("5f").repeated(32));
    QCOMPARE(disks->item(1, 1)->data(QueueModel::ProgressRole).toInt(), 250);
    QCOMPARE(disks->item(1, 2)->text(), QStringLiteral("512.00 MiB"));
    QCOMPARE(disks->item(1, 3)->text(), QStringLiteral("2.00 GiB"));
    QCOMPARE(disks->item(1, 4)->text(), QStringLiteral("32.0 MiB/s"));
    QVERIFY(!disks->item(1, 5)->text().isEmpty()); // ETA
    QVERIFY(disks->item(1, 6)->text().isEmpty()); // no SHA-256 before the disk is done
    QTRY_VERIFY(d->logView()->toPlainText().contains(QStringLiteral("Queued in the batch")));
    QVERIFY(d->logView()->toPlainText().contains(QStringLiteral("Importing disk (2/3)")));
    // Only new lines are added.
    QVERIFY(QueueRepository(m_queue.inventory.db)
                .appendLog(web, QStringLiteral("info"), QStringLiteral("Disk 2 of 3 copied"))
                .ok());
    QTRY_VERIFY_WITH_TIMEOUT(
        d->logView()->toPlainText().contains(QStringLiteral("Disk 2 of 3 copied")), 5000);
    QCOMPARE(d->logView()->toPlainText().count(QStringLiteral("Queued in the batch")), 1);
    // Actions for a running entry: the two cancels.
    QVERIFY(d->cancelButton()->isEnabled());
    QVERIFY(!d->retryButton()->isEnabled());
    QVERIFY(!d->resolveButton()->isEnabled());
    QVERIFY(d->cancelKeepButton()->isEnabled());
    QVERIFY(!d->cancelKeepButton()->toolTip().isEmpty());

    // A finished entry: its SHA-256, no actions.
    page->selectEntry(m_queue.entries.value(QString::fromUtf8("Zürich-DB ünïcødé")));
    QCOMPARE(d->disksTable()->item(0, 6)->text(), QStringLiteral("ab").repeated(32));
    QVERIFY(!d->cancelButton()->isEnabled());
    QVERIFY(!d->retryButton()->isEnabled());
}

void TestQueuePage::cancelWritesCanceled()
{
    auto page = createPage(m_queue.inventory.db);
    QTRY_COMPARE(page->model()->rowCount(), 6);
    const qint64 web = m_queue.entries.value(QStringLiteral("web 01 (prod)"));
    page->selectEntry(web);
    QSignalSpy done(page.get(), &QueuePage::actionFinished);
    QTest::mouseClick(page->details()->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.first().at(1).toBool(), true);
    QCOMPARE(statusOf(web), queuestatus::wireName(QueueStatus::Canceled));
    QVERIFY(!QueueRepository(m_queue.inventory.db).byId(web)->keepLeftovers);
    auto log = QueueRepository(m_queue.inventory.db).log(web);
    QVERIFY(log.ok());
    QCOMPARE(log->constLast().message.contains(QStringLiteral("Canceled by a person")), true);
    // The page shows it after its reload; Retry is offered now.
    QTRY_COMPARE(page->model()->rowById(web)->status, QueueStatus::Canceled);
    QTRY_VERIFY(page->details()->retryButton()->isEnabled());
    QVERIFY(!page->details()->cancelButton()->isEnabled());
}

// "Cancel, Keep Leftovers" records the choice with the cancel, where the job reads it.
void TestQueuePage::cancelKeepingLeftoversSaysSo()
{
    auto page = createPage(m_queue.inventory.db);
    QTRY_COMPARE(page->model()->rowCount(), 6);
    const qint64 web = m_queue.entries.value(QStringLiteral("web 01 (prod)"));
    page->selectEntry(web);
    QVERIFY(page->details()->cancelKeepButton()->isEnabled());
    QSignalSpy done(page.get(), &QueuePage::actionFinished);
    QTest::mouseClick(page->details()->cancelKeepButton(), Qt::LeftButton);
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.first().at(1).toBool(), true);
    QVERIFY(done.first().at(2).toString().contains(QStringLiteral("stays")));
    QCOMPARE(statusOf(web), queuestatus::wireName(QueueStatus::Canceled));
    QVERIFY(QueueRepository(m_queue.inventory.db).byId(web)->keepLeftovers);
    QTRY_COMPARE(page->model()->rowById(web)->status, QueueStatus::Canceled);
    QVERIFY(!page->details()->cancelKeepButton()->isEnabled());
}

void TestQueuePage::retryWritesWaiting()
{
    const qint64 cbt = m_queue.entries.value(QStringLiteral("cbt-vm"));
    {
        QueueRepository queue(m_queue.inventory.db);
        QueueEntry e = *queue.byId(cbt);
        e.retryCount = 2;
        e.nextAttemptAt = QDateTime::currentDateTimeUtc().addSecs(600);
        QVERIFY(queue.update(e).ok());
    }
    auto page = createPage(m_queue.inventory.db);
    QTRY_COMPARE(page->model()->rowCount(), 6);
    page->selectEntry(cbt);
    QVERIFY(page->details()->retryButton()->isEnabled());
    QSignalSpy done(page.get(), &QueuePage::actionFinished);
    QTest::mouseClick(page->details()->retryButton(), Qt::LeftButton);
    QTRY_COMPARE(done.size(), 1);
    QVERIFY(done.first().at(1).toBool());
    auto e = QueueRepository(m_queue.inventory.db).byId(cbt);
    QCOMPARE(e->status, QueueStatus::Waiting);
    QCOMPARE(e->statusMessage, QStringLiteral("Retry requested"));
    QCOMPARE(e->retryCount, 0);
    QVERIFY(!e->nextAttemptAt.isValid());
    QTRY_COMPARE(page->model()->rowById(cbt)->status, QueueStatus::Waiting);
}

void TestQueuePage::resolveWritesWaitingAndKeepsRetries()
{
    const qint64 vm9 = m_queue.entries.value(QStringLiteral("vm9"));
    {
        QueueRepository queue(m_queue.inventory.db);
        QueueEntry e = *queue.byId(vm9);
        e.retryCount = 1;
        QVERIFY(queue.update(e).ok());
    }
    auto page = createPage(m_queue.inventory.db);
    QTRY_COMPARE(page->model()->rowCount(), 6);
    page->selectEntry(vm9);
    QueueDetailsWidget *d = page->details();
    QVERIFY(d->resolveButton()->isEnabled());
    QVERIFY(d->retryButton()->isEnabled());
    QVERIFY(!d->resolveButton()->toolTip().isEmpty());
    QSignalSpy done(page.get(), &QueuePage::actionFinished);
    QTest::mouseClick(d->resolveButton(), Qt::LeftButton);
    QTRY_COMPARE(done.size(), 1);
    QVERIFY(done.first().at(1).toBool());
    auto e = QueueRepository(m_queue.inventory.db).byId(vm9);
    QCOMPARE(e->status, QueueStatus::Waiting);
    QCOMPARE(e->statusMessage, QStringLiteral("Conflict resolved by a person; waiting again"));
    QCOMPARE(e->retryCount, 1);
    QTRY_VERIFY(!d->resolveButton()->isEnabled());
    // Only a Conflict can be resolved.
    const qint64 cbt = m_queue.entries.value(QStringLiteral("cbt-vm"));
    page->resolveEntry(cbt);
    QTRY_COMPARE(done.size(), 2);
    QCOMPARE(done.last().at(1).toBool(), false);
    QVERIFY(done.last().at(2).toString().contains(QStringLiteral("only entries in Conflict")));
    QCOMPARE(statusOf(cbt), queuestatus::wireName(QueueStatus::Failed));
}

void TestQueuePage::refusedActionsSayWhy()
{
    auto page = createPage(m_queue.inventory.db);
    QTRY_COMPARE(page->model()->rowCount(), 6);
    QSignalSpy done(page.get(), &QueuePage::actionFinished);
    // A Finished entry cannot be canceled, a Waiting one cannot be retried, an unknown one
    // is not found: nothing is written, and the page says why.
    const qint64 zurich = m_queue.entries.value(QString::fromUtf8("Zürich-DB ünïcødé"));
    page->cancelEntry(zurich);
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.last().at(1).toBool(), false);
    QCOMPARE(done.last().at(2).toString(),
        QString::fromUtf8("Zürich-DB ünïcødé is Finished and cannot be canceled."));
    QCOMPARE(statusOf(zurich), queuestatus::wireName(QueueStatus::Finished));
    // The error dialog says it, with the error's code behind Details.
    QTRY_VERIFY(page->findChild<ErrorDialog *>() != nullptr);
    auto *dialog = page->findChild<ErrorDialog *>();
    QCOMPARE(dialog->summary(), QStringLiteral("The entry was not canceled."));
    QCOMPARE(dialog->message(), done.last().at(2).toString());
    QVERIFY(dialog->detailsText().contains(QStringLiteral("invalid-input")));
    dialog->close();
    QTRY_VERIFY(page->findChild<ErrorDialog *>() == nullptr);

    const qint64 app = m_queue.entries.value(QStringLiteral("app 02"));
    page->retryEntry(app);
    QTRY_COMPARE(done.size(), 2);
    QCOMPARE(done.last().at(1).toBool(), false);
    QCOMPARE(statusOf(app), queuestatus::wireName(QueueStatus::Waiting));

    page->retryEntry(987654);
    QTRY_COMPARE(done.size(), 3);
    QCOMPARE(done.last().at(1).toBool(), false);
    QTRY_VERIFY(page->findChildren<ErrorDialog *>().size() == 2);
    const auto dialogs = page->findChildren<ErrorDialog *>();
    QVERIFY(std::any_of(dialogs.begin(), dialogs.end(), [](const ErrorDialog *d) {
        return d->detailsText().contains(QStringLiteral("not-found"));
    }));
}

void TestQueuePage::showsAnotherEngine()
{
    // ferryctl engine run in another process, as the engines table records it.
    EngineRecord other;
    other.id = QStringLiteral("other-engine");
    other.pid = 4242;
    other.host = QStringLiteral("build-host");
    QVERIFY(EngineRepository(m_queue.inventory.db).registerEngine(other).ok());
    auto page = createPage(m_queue.inventory.db, nullptr);
    QTRY_COMPARE(page->model()->rowCount(), 6);
    QTRY_COMPARE(
        page->engineLabel()->text(), QStringLiteral("Engine held by pid 4242 on host build-host"));
    // The page keeps watching the database: a change by the other process shows up.
    const qint64 app = m_queue.entries.value(QStringLiteral("app 02"));
    QueueEntry e = *QueueRepository(m_queue.inventory.db).byId(app);
    QVERIFY(engine::QueueStateMachine(m_queue.inventory.db)
                .transition(e, QueueStatus::Creating, QStringLiteral("Creating"))
                .ok());
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowById(app)->status, QueueStatus::Creating, 5000);
    QVERIFY(EngineRepository(m_queue.inventory.db).unregisterEngine(other.id).ok());
}

void TestQueuePage::engineRunsNextToAnotherEngine()
{
    // A database whose queue has nothing the engine could start (no batch runs), with another
    // engine on it: both run (leases, docs/scale.md), and this one registers next to it.
    QTemporaryDir dir;
    auto inventory = test::fillSampleInventory(dir.path());
    QVERIFY(inventory.ok());
    EngineRecord other;
    other.id = QStringLiteral("other-engine");
    other.pid = 4242;
    other.host = QStringLiteral("build-host");
    EngineRepository engines(inventory->db);
    QVERIFY(engines.registerEngine(other).ok());
    EngineController engine(inventory->db, std::make_shared<CredentialStore>());
    engine.setRetryInterval(100);
    engine.start();
    QCOMPARE(engine.state(), EngineController::State::Running);
    QVERIFY(engine.engine() != nullptr);
    QCOMPARE(engine.stateText(), QStringLiteral("Engine running in this window"));
    auto list = engines.list();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QVERIFY(std::any_of(list->begin(), list->end(), [&](const EngineRecord &r) {
        return r.id == engine.engine()->engineId() && r.pid == EngineRepository::currentPid();
    }));
    auto page = createPage(inventory->db, &engine);
    QTRY_COMPARE(page->engineLabel()->text(), QStringLiteral("Engine running in this window"));
    // Stopping unregisters this engine only.
    engine.stop();
    QCOMPARE(engine.state(), EngineController::State::Stopped);
    list = engines.list();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).id, other.id);
}

// engine.threads and engine.retries (Settings…, ferryctl system settings) drive the desktop's
// engine as they drive ferryctl engine run; a change reaches a running engine.
void TestQueuePage::engineUsesTheSharedSettings()
{
    QTemporaryDir dir;
    auto inventory = test::fillSampleInventory(dir.path());
    QVERIFY(inventory.ok());
    AppSettings settings;
    settings.engineThreads = 3;
    settings.engineRetries = 7;
    QVERIFY(settings.save(inventory->db).ok());
    EngineController engine(inventory->db, std::make_shared<CredentialStore>());
    engine.start();
    QCOMPARE(engine.state(), EngineController::State::Running);
    QCOMPARE(engine.engine()->options().maxThreads, 3);
    QCOMPARE(engine.engine()->options().maxRetries, 7);
    settings.engineThreads = 9;
    settings.engineRetries = 0;
    QVERIFY(settings.save(inventory->db).ok());
    engine.reloadSettings();
    QCOMPARE(engine.engine()->options().maxThreads, 9);
    QCOMPARE(engine.engine()->options().maxRetries, 0);
    engine.stop();
}

void TestQueuePage::failureIsAnnouncedInTheWindow()
{
    auto page = createPage(m_queue.inventory.db);
    QTRY_COMPARE(page->model()->rowCount(), 6);
    QSignalSpy notified(page->notifier(), &QueueNotifier::notified);
    QVERIFY(!page->messageLabel()->isVisible());
    const qint64 web = m_queue.entries.value(QStringLiteral("web 01 (prod)"));
    QueueEntry e = *QueueRepository(m_queue.inventory.db).byId(web);
    QVERIFY(engine::QueueStateMachine(m_queue.inventory.db)
                .transition(e, QueueStatus::Failed, QStringLiteral("The datastore went away"))
                .ok());
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 5000);
    QVERIFY(page->messageLabel()->isVisible());
    QCOMPARE(page->messageLabel()->text(),
        QStringLiteral("Migration of web 01 (prod) failed: The datastore went away"));
}

QTEST_MAIN(TestQueuePage)
#include "test_queuepage.moc"
