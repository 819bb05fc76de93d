// The Batches page on a temporary database: the list with status, matched and queued counts and
// windows; the selected batch's YAML and matched instances; Start, Stop, Reset and Remove (the
// last two only after their confirmation); reloading on DataEvents::batchesChanged.
#include "batchtestdata.h"
#include "guitestdata.h"
#include "guitestsupport.h"

#include "batch/batchconfig.h"
#include "batch/batchservice.h"
#include "batches/batchespage.h"
#include "common/dataevents.h"
#include "common/emptystatewidget.h"
#include "secrets/credentialstore.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QtTest>

using namespace ferry;
using namespace ferry::gui;

namespace {

const QByteArray kWave = "name: wave\n"
                         "include_expression: \"cpus >= 4\"\n"
                         "migration_windows:\n"
                         "  - name: night\n"
                         "    start: 2030-01-10 01:00:00\n"
                         "    end: 2030-01-10 03:00:00\n"
                         "defaults:\n"
                         "    placement:\n"
                         "        target: incus01\n";

} // namespace

class TestBatchesPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyUntilTheFirstBatch();
    void listsBatchesWithTheirDetails();
    void startStopResetRemove();
    void cancelledRemoveKeepsTheBatch();

private:
    std::unique_ptr<BatchesPage> createPage();
    // The row of the batch named name in the page's view, invalid when it is not listed.
    QModelIndex row(BatchesPage *page, const QString &name) const;
    QString cell(BatchesPage *page, const QString &name, int column) const;
    static void confirm(QMessageBox *box);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    test::SampleInventory m_inventory;
    DataEvents m_events;
};

void TestBatchesPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateUserState(m_settingsDir);
}

void TestBatchesPage::init()
{
    test::clearSettings();
    m_dataDir = std::make_unique<QTemporaryDir>();
    auto filled = test::fillSampleInventory(m_dataDir->path());
    QVERIFY2(filled.ok(), qPrintable(filled.ok() ? QString() : filled.error().toString()));
    m_inventory = *filled;
    QVERIFY(test::addSampleTarget(m_inventory.db).ok());
}

void TestBatchesPage::cleanup()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows)
        if (qobject_cast<QDialog *>(w))
            w->close();
    QThreadPool::globalInstance()->waitForDone();
    m_inventory = {};
    m_dataDir.reset();
}

std::unique_ptr<BatchesPage> TestBatchesPage::createPage()
{
    auto *empty = new EmptyStateWidget;
    empty->setObjectName(QStringLiteral("batchesEmptyState"));
    auto page = std::make_unique<BatchesPage>(
        GuiContext {m_inventory.db, std::make_shared<CredentialStore>(), &m_events}, empty);
    page->resize(1000, 600);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return nullptr;
    return page;
}

QModelIndex TestBatchesPage::row(BatchesPage *page, const QString &name) const
{
    const QAbstractItemModel *model = page->view()->model();
    for (int i = 0; i < model->rowCount(); ++i) {
        const QModelIndex index = model->index(i, BatchesModel::NameColumn);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

QString TestBatchesPage::cell(BatchesPage *page, const QString &name, int column) const
{
    return row(page, name).siblingAtColumn(column).data().toString();
}

void TestBatchesPage::confirm(QMessageBox *box)
{
    QVERIFY(box);
    auto *yes = box->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY(yes);
    yes->click();
}

void TestBatchesPage::emptyUntilTheFirstBatch()
{
    auto page = createPage();
    QVERIFY(page);
    QTRY_VERIFY(!page->isLoading());
    auto *stack = page->findChild<QStackedWidget *>();
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("batchesEmptyState"));
    QVERIFY(batch::BatchService(m_inventory.db).addFromYaml(kWave).ok());
    Q_EMIT m_events.batchesChanged();
    QTRY_VERIFY(row(page.get(), QStringLiteral("wave")).isValid());
    QVERIFY(stack->currentWidget() != stack->widget(0));
}

void TestBatchesPage::listsBatchesWithTheirDetails()
{
    batch::BatchService service(m_inventory.db);
    QVERIFY(service.addFromYaml(kWave).ok());
    batch::BatchConfig unconverted;
    unconverted.convertGuests = false;
    QVERIFY(service.add(QStringLiteral("empty"), unconverted).ok());
    auto page = createPage();
    QVERIFY(page);
    QTRY_COMPARE(page->view()->model()->rowCount(), 2);
    QTRY_VERIFY(!page->isLoading());
    const QModelIndex wave = row(page.get(), QStringLiteral("wave"));
    QVERIFY(wave.isValid());
    QCOMPARE(wave.siblingAtColumn(BatchesModel::StatusColumn).data().toString(),
        QStringLiteral("Defined"));
    QCOMPARE(
        wave.siblingAtColumn(BatchesModel::MatchedColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(
        wave.siblingAtColumn(BatchesModel::QueuedColumn).data().toString(), QStringLiteral("0"));
    QCOMPARE(wave.siblingAtColumn(BatchesModel::WindowsColumn).data().toString(),
        QStringLiteral("from 2030-01-10 01:00 UTC"));
    QCOMPARE(cell(page.get(), QStringLiteral("empty"), BatchesModel::WindowsColumn),
        QStringLiteral("any time"));

    page->selectBatch(QStringLiteral("wave"));
    QTRY_VERIFY(!page->isLoading());
    QTRY_COMPARE(page->matchedView()->count(), 3);
    QCOMPARE(
        page->yamlView()->toPlainText(), QString::fromUtf8(*service.yaml(QStringLiteral("wave"))));
    QCOMPARE(page->matchedView()->item(2)->text(), QStringLiteral("/ha/vm/vm9"));
    auto *status = page->findChild<QLabel *>(QStringLiteral("batchDetailStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QLatin1String("Guest conversion: on.")),
        qPrintable(status->text()));
    // Start and Remove fit a Defined batch; Stop and Reset do not.
    QVERIFY(page->findChild<QAction *>(QStringLiteral("actionStartBatch"))->isEnabled());
    QVERIFY(!page->findChild<QAction *>(QStringLiteral("actionStopBatch"))->isEnabled());
    QVERIFY(!page->findChild<QAction *>(QStringLiteral("actionResetBatch"))->isEnabled());
    QVERIFY(page->findChild<QAction *>(QStringLiteral("actionRemoveBatch"))->isEnabled());

    page->selectBatch(QStringLiteral("empty"));
    QTRY_VERIFY(status->text().contains(QLatin1String("Guest conversion: off.")));
    QVERIFY(page->yamlView()->toPlainText().contains(QLatin1String("convert_guests: false")));
}

void TestBatchesPage::startStopResetRemove()
{
    batch::BatchService service(m_inventory.db);
    QVERIFY(service.addFromYaml(kWave).ok());
    auto page = createPage();
    QVERIFY(page);
    QTRY_VERIFY(row(page.get(), QStringLiteral("wave")).isValid());
    page->selectBatch(QStringLiteral("wave"));

    page->startSelected();
    QTRY_COMPARE(cell(page.get(), QStringLiteral("wave"), BatchesModel::StatusColumn),
        QStringLiteral("Running"));
    QTRY_VERIFY(!page->isLoading());
    QCOMPARE(
        cell(page.get(), QStringLiteral("wave"), BatchesModel::QueuedColumn), QStringLiteral("3"));
    QVERIFY(!page->findChild<QAction *>(QStringLiteral("actionRemoveBatch"))->isEnabled());
    QVERIFY(page->findChild<QAction *>(QStringLiteral("actionStopBatch"))->isEnabled());

    page->stopSelected();
    QTRY_COMPARE(cell(page.get(), QStringLiteral("wave"), BatchesModel::StatusColumn),
        QStringLiteral("Stopped"));
    QTRY_VERIFY(!page->isLoading());

    confirm(page->resetSelected());
    QTRY_COMPARE(cell(page.get(), QStringLiteral("wave"), BatchesModel::StatusColumn),
        QStringLiteral("Defined"));
    QTRY_VERIFY(!page->isLoading());
    QCOMPARE(
        cell(page.get(), QStringLiteral("wave"), BatchesModel::QueuedColumn), QStringLiteral("0"));

    confirm(page->removeSelected());
    QTRY_VERIFY(!row(page.get(), QStringLiteral("wave")).isValid());
    QVERIFY(!service.byName(QStringLiteral("wave")).ok());
}

void TestBatchesPage::cancelledRemoveKeepsTheBatch()
{
    QVERIFY(batch::BatchService(m_inventory.db).addFromYaml(kWave).ok());
    auto page = createPage();
    QVERIFY(page);
    QTRY_VERIFY(row(page.get(), QStringLiteral("wave")).isValid());
    page->selectBatch(QStringLiteral("wave"));
    QMessageBox *box = page->removeSelected();
    QVERIFY(box);
    QCOMPARE(box->text(), QStringLiteral("Remove the batch wave?"));
    box->button(QMessageBox::Cancel)->click();
    // Whatever the click started (nothing, if right) has ended before the batch is looked for.
    QVERIFY(QTest::qWaitFor(
        [&] { return gui::test::backgroundWorkDone() && !page->isLoading(); }, 5000));
    QVERIFY(row(page.get(), QStringLiteral("wave")).isValid());
    QVERIFY(batch::BatchService(m_inventory.db).byName(QStringLiteral("wave")).ok());
}

QTEST_MAIN(TestBatchesPage)
#include "test_batchespage.moc"
