// The Batch wizard on a temporary database filled through the repositories, with a registered
// target whose inventory "refresh" is faked through TargetRefresher (the lab has real ones):
// an invalid expression first (the marker at its column, Next disabled), a valid one (the live
// count), a window (an invalid one marked first), placement from the inventory, pre-flight, and
// Create; the saved batch's YAML is the one the summary showed. Also: the highlighter, stale
// preview runs, an unreachable target with Retry, and nothing saved for a taken name.
#include "batchtestdata.h"
#include "guitestdata.h"
#include "guitestsupport.h"

#include "batch/batchservice.h"
#include "batches/batchnamepage.h"
#include "batches/batchoptionspage.h"
#include "batches/batchplacementpage.h"
#include "batches/batchpreflightpage.h"
#include "batches/batchselectionpage.h"
#include "batches/batchsummarypage.h"
#include "batches/batchwindowspage.h"
#include "batches/batchwizard.h"
#include "batches/dryrunmodel.h"
#include "batches/expressionedit.h"
#include "batches/selectionpreview.h"
#include "batches/windowstimeline.h"
#include "common/dataevents.h"
#include "engine/guestdryrun.h"
#include "secrets/credentialstore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace ferry;
using namespace ferry::gui;

class TestBatchWizard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void highlighterClassifiesTokens();
    void completerOffersFieldsAndFunctions();
    void wizardCreatesTheBatchEndToEnd();
    void createAndStartQueuesTheInstances();
    void takenNameKeepsNextDisabled();
    void unreachableTargetShowsErrorAndRetry();
    void stalePreviewRunsAreDropped();
    void clusteredTargetOffersItsMembers();

private:
    std::unique_ptr<BatchWizard> createWizard(TargetRefresher refresher = {});
    TargetRefresher cachedInventory() const;
    static void clickNext(BatchWizard *wizard);
    static void typeExpression(BatchWizard *wizard, const QString &text);
    void walkToSummary(BatchWizard *wizard, const QString &name);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    test::SampleInventory m_inventory;
    DataEvents m_events;
};

void TestBatchWizard::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateUserState(m_settingsDir);
}

void TestBatchWizard::init()
{
    test::clearSettings();
    m_dataDir = std::make_unique<QTemporaryDir>();
    auto filled = test::fillSampleInventory(m_dataDir->path());
    QVERIFY2(filled.ok(), qPrintable(filled.ok() ? QString() : filled.error().toString()));
    m_inventory = *filled;
    auto target = test::addSampleTarget(m_inventory.db);
    QVERIFY2(target.ok(), qPrintable(target.ok() ? QString() : target.error().toString()));
}

void TestBatchWizard::cleanup()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows)
        if (qobject_cast<QDialog *>(w))
            w->close();
    QThreadPool::globalInstance()->waitForDone();
    m_inventory = {};
    m_dataDir.reset();
}

TargetRefresher TestBatchWizard::cachedInventory() const
{
    auto db = m_inventory.db;
    return [db](const QString &name) {
        return TargetRepository(db).byName(name);
    };
}

std::unique_ptr<BatchWizard> TestBatchWizard::createWizard(TargetRefresher refresher)
{
    auto wizard = std::make_unique<BatchWizard>(BatchWizardContext {
        GuiContext {m_inventory.db, std::make_shared<CredentialStore>(), &m_events},
        refresher ? refresher : cachedInventory()});
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        return nullptr;
    return wizard;
}

void TestBatchWizard::clickNext(BatchWizard *wizard)
{
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QVERIFY(next->isEnabled());
    next->click();
}

void TestBatchWizard::typeExpression(BatchWizard *wizard, const QString &text)
{
    ExpressionEdit *editor = wizard->selectionPage()->editor();
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClicks(editor, text);
}

void TestBatchWizard::walkToSummary(BatchWizard *wizard, const QString &name)
{
    QTest::keyClicks(
        wizard->namePage()->findChild<QLineEdit *>(QStringLiteral("batchNameEdit")), name);
    clickNext(wizard);
    typeExpression(wizard, QStringLiteral("cpus >= 4"));
    QTRY_COMPARE(wizard->selectionPage()->matchedCount(), 3);
    clickNext(wizard);
    clickNext(wizard); // no windows
    QTRY_VERIFY(wizard->placementPage()->inventoryLoaded());
    clickNext(wizard);
    clickNext(wizard);
    QTRY_VERIFY(!wizard->preflightPage()->isLoading());
    clickNext(wizard);
    QCOMPARE(wizard->currentId(), int(BatchWizard::SummaryPage));
}

void TestBatchWizard::highlighterClassifiesTokens()
{
    using K = ExpressionHighlighter::Kind;
    const QString text = QStringLiteral("len(disks) > 1 and name matches \"db\"");
    const QVector<K> kinds = ExpressionHighlighter::classify(text);
    QCOMPARE(kinds.size(), text.size());
    QCOMPARE(kinds.at(0), K::Function); // len
    QCOMPARE(kinds.at(4), K::Field); // disks
    QCOMPARE(kinds.at(3), K::Plain); // (
    QCOMPARE(kinds.at(13), K::Number); // 1
    QCOMPARE(kinds.at(15), K::Keyword); // and
    QCOMPARE(kinds.at(19), K::Field); // name
    QCOMPARE(kinds.at(24), K::Keyword); // matches
    QCOMPARE(kinds.at(32), K::String); // "db"
    QCOMPARE(kinds.at(35), K::String);
    // A field's name after a dot is a member, not a keyword.
    QCOMPARE(ExpressionHighlighter::classify(QStringLiteral("x.in")).at(2), K::Plain);
}

void TestBatchWizard::completerOffersFieldsAndFunctions()
{
    ExpressionEdit editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::keyClicks(&editor, QStringLiteral("len(dis"));
    QCOMPARE(editor.wordBeforeCursor(), QStringLiteral("dis"));
    QCOMPARE(editor.completer()->completionPrefix(), QStringLiteral("dis"));
    QVERIFY(editor.completer()->completionCount() >= 1);
    QCOMPARE(editor.completer()->currentCompletion(), QStringLiteral("disks"));
    QTest::keyClick(editor.completer()->popup(), Qt::Key_Return);
    QCOMPARE(editor.toPlainText(), QStringLiteral("len(disks"));
    // Functions too.
    editor.clear();
    QTest::keyClicks(&editor, QStringLiteral("has_t"));
    QCOMPARE(editor.completer()->currentCompletion(), QStringLiteral("has_tag"));
}

void TestBatchWizard::wizardCreatesTheBatchEndToEnd()
{
    auto wizard = createWizard();
    QVERIFY(wizard);
    QSignalSpy batchesChanged(&m_events, &DataEvents::batchesChanged);
    QAbstractButton *next = wizard->button(QWizard::NextButton);

    // Name.
    QVERIFY(!next->isEnabled());
    QTest::keyClicks(
        wizard->findChild<QLineEdit *>(QStringLiteral("batchNameEdit")), QStringLiteral("wave1"));
    clickNext(wizard.get());
    QCOMPARE(wizard->currentId(), int(BatchWizard::SelectionPage));

    // An invalid expression: the marker at the error's column, the message, Next disabled.
    BatchSelectionPage *selection = wizard->selectionPage();
    typeExpression(wizard.get(), QStringLiteral("cpus >= "));
    QVERIFY(selection->editor()->hasErrorMarker());
    QCOMPARE(selection->editor()->errorOffset(), 8); // at the end, where the operand is missing
    // The marker covers the token before the gap: ">=".
    const QTextCursor marked = selection->editor()->extraSelections().constFirst().cursor;
    QCOMPARE(marked.selectedText(), QStringLiteral(">="));
    auto *error = selection->findChild<QLabel *>(QStringLiteral("expressionError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QLatin1String("column 9: ")), qPrintable(error->text()));
    QVERIFY(!next->isEnabled());
    QCOMPARE(selection->editor()->extraSelections().size(), 1);
    QCOMPARE(selection->editor()->extraSelections().constFirst().format.underlineStyle(),
        QTextCharFormat::WaveUnderline);

    typeExpression(wizard.get(), QStringLiteral("len(nics) = 1"));
    QVERIFY(selection->editor()->hasErrorMarker());
    QVERIFY(!next->isEnabled());

    // A valid one: the marker goes, the live count and list come.
    typeExpression(wizard.get(), QStringLiteral("cpus >= 4"));
    QVERIFY(!selection->editor()->hasErrorMarker());
    QVERIFY(!error->isVisible());
    QTRY_COMPARE(selection->matchedCount(), 3);
    auto *count = selection->findChild<QLabel *>(QStringLiteral("matchCountLabel"));
    QVERIFY2(count->text().startsWith(QLatin1String("3 of 6 instances match.")),
        qPrintable(count->text()));
    auto *list = selection->findChild<QListWidget *>(QStringLiteral("matchList"));
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(1)->text(), QStringLiteral("/ha/vm/vm10"));
    // A change starts a new count; the old one is not shown.
    typeExpression(wizard.get(), QStringLiteral("cpus >= 8"));
    QTRY_COMPARE(selection->matchedCount(), 2);
    QCOMPARE(list->count(), 2);
    clickNext(wizard.get());

    // Windows: one that ends before it starts is marked, then fixed.
    BatchWindowsPage *windows = wizard->windowsPage();
    QVERIFY(next->isEnabled()); // none is fine
    const int row = windows->addWindow();
    MigrationWindow bad;
    bad.name = QStringLiteral("night1");
    bad.start = QDateTime(QDate(2030, 1, 10), QTime(2, 0), Qt::UTC);
    bad.end = QDateTime(QDate(2030, 1, 10), QTime(1, 0), Qt::UTC);
    windows->setWindow(row, bad);
    // The core's rules (batch::checkWindows), as a batch document gets them.
    const QString endsEarly = QStringLiteral(
        "The window \"night1\" ends (2030-01-10 01:00:00) before it starts (2030-01-10 02:00:00).");
    QCOMPARE(windows->problems().value(0), endsEarly);
    QCOMPARE(
        windows->table()->model()->index(row, BatchWindowsPage::ProblemColumn).data().toString(),
        endsEarly);
    QVERIFY(!next->isEnabled());
    MigrationWindow good = bad;
    good.start = QDateTime(QDate(2030, 1, 10), QTime(1, 0), Qt::UTC);
    good.end = QDateTime(QDate(2030, 1, 10), QTime(3, 0), Qt::UTC);
    good.lockout = QDateTime(QDate(2030, 1, 10), QTime(2, 30), Qt::UTC);
    good.capacity = 5;
    windows->setWindow(row, good);
    QVERIFY(windows->problems().value(0).isEmpty());
    // The table's editors stay open and change the window as they change.
    auto *end = windows->table()->findChild<QDateTimeEdit *>(
        QStringLiteral("windowEdit%1_%2").arg(row).arg(BatchWindowsPage::EndColumn));
    QVERIFY(end);
    QCOMPARE(end->dateTime(), good.end);
    end->setDateTime(good.end.addSecs(1800));
    QCOMPARE(windows->windows().constFirst().end, good.end.addSecs(1800));
    auto *capacity = windows->table()->findChild<QSpinBox *>();
    QVERIFY(capacity);
    QCOMPARE(capacity->value(), 5);
    windows->setWindow(row, good);
    QCOMPARE(end->dateTime(), good.end);
    // A second window overlapping the first is marked.
    const int second = windows->addWindow();
    MigrationWindow overlap = good;
    overlap.name = QStringLiteral("night2");
    overlap.lockout = {};
    overlap.start = QDateTime(QDate(2030, 1, 10), QTime(2, 0), Qt::UTC);
    overlap.end = QDateTime(QDate(2030, 1, 10), QTime(4, 0), Qt::UTC);
    windows->setWindow(second, overlap);
    QVERIFY(windows->problems().value(0).isEmpty());
    QVERIFY2(windows->problems().value(1).startsWith(QStringLiteral("The window \"night2\" (")),
        qPrintable(windows->problems().value(1)));
    QVERIFY(
        windows->problems().value(1).contains(QStringLiteral("overlaps the window \"night1\"")));
    QVERIFY(!next->isEnabled());
    windows->table()->selectRow(second);
    windows->removeSelected();
    QCOMPARE(windows->windows().size(), 1);
    QVERIFY(next->isEnabled());
    clickNext(wizard.get());

    // Placement from the target's inventory.
    BatchPlacementPage *placement = wizard->placementPage();
    QTRY_VERIFY(placement->inventoryLoaded());
    auto *project = placement->findChild<QComboBox *>(QStringLiteral("projectCombo"));
    auto *pool = placement->findChild<QComboBox *>(QStringLiteral("poolCombo"));
    auto *network = placement->findChild<QComboBox *>(QStringLiteral("migrationNetworkCombo"));
    QCOMPARE(project->count(), 2);
    QCOMPARE(placement->project(), QStringLiteral("default"));
    QCOMPARE(pool->count(), 2);
    pool->setCurrentIndex(pool->findData(QStringLiteral("fast")));
    QCOMPARE(network->count(), 3); // None, incusbr0, br-prod
    network->setCurrentIndex(network->findData(QStringLiteral("incusbr0")));
    // The dry run shows each instance's placement.
    placement->findChild<QPushButton *>(QStringLiteral("dryRunButton"))->click();
    auto *dryRun = placement->findChild<QTableView *>(QStringLiteral("dryRunTable"));
    QVERIFY(dryRun);
    QTRY_COMPARE(dryRun->model()->rowCount(), 2);
    QCOMPARE(dryRun->model()->index(0, DryRunModel::TargetColumn).data().toString(),
        QStringLiteral("incus01"));
    QCOMPARE(dryRun->model()->index(0, DryRunModel::PoolsColumn).data().toString(),
        QStringLiteral("fast"));
    clickNext(wizard.get());

    // Options: a final limit above the interval is refused.
    auto *interval = wizard->findChild<QSpinBox *>(QStringLiteral("syncIntervalSpin"));
    auto *limit = wizard->findChild<QSpinBox *>(QStringLiteral("finalSyncLimitSpin"));
    interval->setValue(30);
    limit->setValue(45);
    QVERIFY(!next->isEnabled());
    limit->setValue(5);
    // Guest conversion: ticked in a new wizard, its explanation beneath; unticked here.
    auto *convert = wizard->findChild<QCheckBox *>(QStringLiteral("convertGuestsCheck"));
    QVERIFY(convert);
    QVERIFY(convert->isVisible());
    QVERIFY(convert->isChecked());
    auto *hint = wizard->findChild<QLabel *>(QStringLiteral("convertGuestsHint"));
    QVERIFY(hint && hint->isVisible());
    QVERIFY(hint->text().contains(QLatin1String("libguestfs")));
    QVERIFY(hint->geometry().top() >= convert->geometry().bottom());
    QTest::mouseClick(convert, Qt::LeftButton, {}, QPoint(6, convert->height() / 2));
    QVERIFY(!convert->isChecked());
    QVERIFY(!wizard->optionsPage()->config().convertGuests);
    wizard->findChild<QSpinBox *>(QStringLiteral("retriesSpin"))->setValue(3);
    wizard->findChild<QCheckBox *>(QStringLiteral("allowNoIpv4Check"))->setChecked(true);
    // The source power-off: 120 s and no hard power-off in a new wizard; 600 s and allowed here.
    auto *shutdown = wizard->findChild<QSpinBox *>(QStringLiteral("guestShutdownTimeoutSpin"));
    auto *hard = wizard->findChild<QCheckBox *>(QStringLiteral("hardPowerOffCheck"));
    QVERIFY(shutdown && hard);
    QVERIFY(shutdown->isVisible() && hard->isVisible());
    QCOMPARE(shutdown->value(), 120);
    QVERIFY(!hard->isChecked());
    shutdown->setFocus();
    shutdown->selectAll();
    QTest::keyClicks(shutdown, QStringLiteral("600"));
    QCOMPARE(shutdown->value(), 600);
    QTest::mouseClick(hard, Qt::LeftButton, {}, QPoint(6, hard->height() / 2));
    QVERIFY(hard->isChecked());
    // A conversion dry run kept for every instance (as `ferryctl batch dry-run` keeps them).
    {
        auto ids = m_inventory.db->exec(QStringLiteral("SELECT id FROM instances"));
        QVERIFY(ids);
        while (ids->next()) {
            engine::GuestDryRunReport kept;
            kept.at = QDateTime::currentDateTimeUtc();
            kept.read = true;
            kept.findings = {{convert::DryRunFinding::Severity::Info, QStringLiteral("os-found"),
                                 QStringLiteral("debian 12.8, root /dev/sda1, BIOS, packages deb")},
                {convert::DryRunFinding::Severity::Error, QStringLiteral("no-initramfs-tool"),
                    QStringLiteral("neither")}};
            QVERIFY(engine::saveDryRun(m_inventory.db, ids->value(0).toLongLong(), kept).ok());
        }
    }
    clickNext(wizard.get());

    // Pre-flight: one row per selected instance; under it, each one's last conversion dry run
    // and the button that runs it anew.
    BatchPreflightPage *preflight = wizard->preflightPage();
    QTRY_VERIFY(!preflight->isLoading());
    QCOMPARE(preflight->planned().size(), 2);
    QCOMPARE(preflight->results()->model()->rowCount(), 2);
    QVERIFY(preflight->dryRunButton()->isVisible());
    QVERIFY(preflight->dryRunButton()->isEnabled());
    QTRY_COMPARE(preflight->dryRunResults()->topLevelItemCount(), 2);
    QVERIFY(preflight->dryRunResults()->isVisible());
    const QTreeWidgetItem *firstRun = preflight->dryRunResults()->topLevelItem(0);
    QCOMPARE(firstRun->childCount(), 2);
    QVERIFY(firstRun->child(0)->text(0).startsWith(QLatin1String("os-found: debian 12.8")));
    QCOMPARE(firstRun->text(1), preflight->tr("Error"));
    clickNext(wizard.get());

    // Summary and Create.
    BatchSummaryPage *summary = wizard->summaryPage();
    QVERIFY2(summary->problem().isEmpty(), qPrintable(summary->problem()));
    const QString yaml = summary->yamlText();
    QVERIFY(yaml.contains(QLatin1String("include_expression: cpus >= 8"))
        || yaml.contains(QLatin1String("include_expression: \"cpus >= 8\"")));
    QVERIFY(!summary->startNow());
    QVERIFY2(yaml.contains(QLatin1String("\n    convert_guests: false\n")), qPrintable(yaml));
    QVERIFY2(yaml.contains(QLatin1String("\n    guest_shutdown_timeout: 600\n")), qPrintable(yaml));
    QVERIFY2(yaml.contains(QLatin1String("\n    hard_power_off: true\n")), qPrintable(yaml));
    QAbstractButton *create = wizard->button(QWizard::FinishButton);
    QCOMPARE(create->text().remove(QLatin1Char('&')), QStringLiteral("Create"));
    QVERIFY(create->isEnabled());
    QVERIFY(batch::BatchService(m_inventory.db).list()->isEmpty()); // nothing saved before
    create->click();
    QTRY_COMPARE(wizard->createdBatch(), QStringLiteral("wave1"));
    QCOMPARE(batchesChanged.count(), 1);

    batch::BatchService service(m_inventory.db);
    auto saved = service.yaml(QStringLiteral("wave1"));
    QVERIFY(saved.ok());
    QCOMPARE(QString::fromUtf8(*saved), yaml);
    auto stored = service.byName(QStringLiteral("wave1"));
    QVERIFY(stored.ok());
    QCOMPARE(stored->status, batchstatus::Defined);
    QCOMPARE(stored->includeExpression, QStringLiteral("cpus >= 8"));
    QCOMPARE(stored->defaultPool, QStringLiteral("fast"));
    QCOMPARE(service.targetName(*stored), QStringLiteral("incus01"));
    QCOMPARE(stored->windows.size(), 1);
    QCOMPARE(stored->windows.first().start, good.start);
    QCOMPARE(stored->windows.first().lockout, good.lockout);
    QCOMPARE(stored->windows.first().capacity, 5);
    const batch::BatchConfig config = batch::configOf(*stored);
    QCOMPARE(config.postMigrationRetries, 3);
    QVERIFY(config.restrictionOverrides.allowNoIpv4);
    QCOMPARE(config.finalBackgroundSyncLimitMs, qint64(5) * 60000);
    QCOMPARE(config.convertGuests, false);
    QCOMPARE(config.guestShutdownTimeoutSeconds, 600);
    QVERIFY(config.hardPowerOff);
    const auto nets = batch::MigrationNetwork::listFromJson(stored->migrationNetwork);
    QCOMPARE(nets.size(), 1);
    QCOMPARE(nets.first().network, QStringLiteral("incusbr0"));
    // The same document `ferryctl batch add --file` reads gives the same batch.
    const batch::ParsedBatch reparsed = service.parse(yaml.toUtf8());
    QVERIFY(reparsed.ok());
    QCOMPARE(batch::emitBatchYaml(reparsed.document), yaml.toUtf8());
    QVERIFY(!wizard->isVisible());
}

void TestBatchWizard::createAndStartQueuesTheInstances()
{
    auto wizard = createWizard();
    QVERIFY(wizard);
    walkToSummary(wizard.get(), QStringLiteral("started"));
    // Left as the wizard starts: guests converted, which the YAML leaves out.
    QVERIFY(wizard->findChild<QCheckBox *>(QStringLiteral("convertGuestsCheck"))->isChecked());
    QVERIFY(!wizard->summaryPage()->yamlText().contains(QLatin1String("convert_guests")));
    QVERIFY(!wizard->summaryPage()->yamlText().contains(QLatin1String("hard_power_off")));
    wizard->summaryPage()->startCheckBox()->setChecked(true);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_COMPARE(wizard->createdBatch(), QStringLiteral("started"));
    auto info = batch::BatchService(m_inventory.db).info(QStringLiteral("started"));
    QVERIFY(info.ok());
    QCOMPARE(info->batch.status, batchstatus::Running);
    QVERIFY(batch::configOf(info->batch).convertGuests);
    QCOMPARE(info->queued.size(), 3);
}

void TestBatchWizard::takenNameKeepsNextDisabled()
{
    QVERIFY(batch::BatchService(m_inventory.db).add(QStringLiteral("taken")).ok());
    auto wizard = createWizard();
    QVERIFY(wizard);
    auto *name = wizard->findChild<QLineEdit *>(QStringLiteral("batchNameEdit"));
    QTest::keyClicks(name, QStringLiteral("taken"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto *problem = wizard->findChild<QLabel *>(QStringLiteral("batchNameProblem"));
    QCOMPARE(problem->text(), QStringLiteral("A batch named taken exists already."));
    name->setText(QStringLiteral("a/b"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(problem->text().contains(QLatin1String("slashes")));
    name->setText(QStringLiteral("fresh"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!problem->isVisible());
}

void TestBatchWizard::unreachableTargetShowsErrorAndRetry()
{
    auto attempts = std::make_shared<int>(0);
    auto cached = cachedInventory();
    auto wizard = createWizard([attempts, cached](const QString &name) -> Result<Target> {
        if ((*attempts)++ == 0)
            return Error(Error::Code::Network, QStringLiteral("Connection refused"));
        return cached(name);
    });
    QVERIFY(wizard);
    QTest::keyClicks(
        wizard->findChild<QLineEdit *>(QStringLiteral("batchNameEdit")), QStringLiteral("retry"));
    clickNext(wizard.get());
    typeExpression(wizard.get(), QStringLiteral("true"));
    clickNext(wizard.get());
    clickNext(wizard.get());
    BatchPlacementPage *placement = wizard->placementPage();
    QTRY_VERIFY(!placement->isLoading());
    QVERIFY(!placement->inventoryLoaded());
    QCOMPARE(placement->loadError(), QStringLiteral("Connection refused"));
    auto *status = placement->findChild<QLabel *>(QStringLiteral("inventoryStatus"));
    QCOMPARE(status->text(), QStringLiteral("incus01 could not be read: Connection refused"));
    auto *retry = placement->findChild<QPushButton *>(QStringLiteral("retryInventoryButton"));
    QVERIFY(retry->isVisible());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    retry->click();
    QTRY_VERIFY(placement->inventoryLoaded());
    QVERIFY(!retry->isVisible());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(*attempts, 2);
}

void TestBatchWizard::stalePreviewRunsAreDropped()
{
    // Enough instances that a run is still going when the next expression arrives.
    auto data = std::make_shared<PreviewData>();
    for (int i = 0; i < 20000; ++i)
        data->instances << test::sampleInstance(1, QStringLiteral("vm-%1").arg(i),
            QStringLiteral("/DC0/vm/vm%1").arg(i, 5, 10, QLatin1Char('0')), 1 + i % 16, 1024);
    SelectionPreview preview;
    preview.setDebounceMs(0);
    preview.setData(data);
    QSignalSpy finished(&preview, &SelectionPreview::finished);
    QSignalSpy invalid(&preview, &SelectionPreview::invalid);
    preview.setExpression(QStringLiteral("cpus > 8 and location matches 'vm0'"));
    QVERIFY(preview.isRunning());
    preview.setExpression(QStringLiteral("cpus > 14"));
    QCOMPARE(preview.cancelledRuns(), 1);
    QTRY_COMPARE(finished.count(), 1);
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1); // the first run's result never arrives
    const auto result = finished.first().first().value<PreviewResult>();
    QCOMPARE(result.expression, QStringLiteral("cpus > 14"));
    QCOMPARE(result.matched, 20000 / 16 * 2);
    QCOMPARE(result.sample.size(), SelectionPreview::kSampleSize);
    QVERIFY(result.latencyMs > 0);
    // An invalid expression is reported at once, and no run starts.
    preview.setExpression(QStringLiteral("cpus >"));
    QCOMPARE(invalid.count(), 1);
    QVERIFY(!preview.isRunning());
    QVERIFY(!preview.isValid());
}

// A clustered target (its inventory with the members GET /1.0/cluster/members gave, as in
// tests/fixtures/releases/cluster-members-incus-6.23.json): the placement page offers "Any
// member" and each member with its status, and the chosen one is the batch's
// defaults.placement.target_member. The sample target is not clustered: no member row, no key.
void TestBatchWizard::clusteredTargetOffersItsMembers()
{
    auto plain = createWizard();
    QVERIFY(plain);
    QTest::keyClicks(
        plain->findChild<QLineEdit *>(QStringLiteral("batchNameEdit")), QStringLiteral("single"));
    clickNext(plain.get());
    typeExpression(plain.get(), QStringLiteral("cpus >= 4"));
    QTRY_COMPARE(plain->selectionPage()->matchedCount(), 3);
    clickNext(plain.get());
    clickNext(plain.get()); // no windows
    QTRY_VERIFY(plain->placementPage()->inventoryLoaded());
    QVERIFY(!plain->placementPage()
                 ->findChild<QComboBox *>(QStringLiteral("memberCombo"))
                 ->isVisible());
    QVERIFY(!plain->yaml().contains("target_member"));
    plain->close();

    auto db = m_inventory.db;
    auto wizard = createWizard([db](const QString &name) -> Result<Target> {
        auto t = TargetRepository(db).byName(name);
        if (!t)
            return t.error();
        QJsonObject inv = t->inventory;
        inv.insert(QStringLiteral("clustered"), true);
        inv.insert(QStringLiteral("cluster_members"),
            QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("node1")},
                            {QStringLiteral("status"), QStringLiteral("Online")}},
                QJsonObject {{QStringLiteral("name"), QStringLiteral("node3")},
                    {QStringLiteral("status"), QStringLiteral("Offline")}}});
        Target clustered = *t;
        clustered.inventory = inv;
        return clustered;
    });
    QVERIFY(wizard);
    QTest::keyClicks(
        wizard->findChild<QLineEdit *>(QStringLiteral("batchNameEdit")), QStringLiteral("site1"));
    clickNext(wizard.get());
    typeExpression(wizard.get(), QStringLiteral("cpus >= 4"));
    QTRY_COMPARE(wizard->selectionPage()->matchedCount(), 3);
    clickNext(wizard.get());
    clickNext(wizard.get()); // no windows
    BatchPlacementPage *placement = wizard->placementPage();
    QTRY_VERIFY(placement->inventoryLoaded());
    auto *member = placement->findChild<QComboBox *>(QStringLiteral("memberCombo"));
    QVERIFY(member->isVisible());
    QCOMPARE(member->count(), 3);
    QCOMPARE(member->itemText(2), QStringLiteral("node3 (Offline)"));
    QVERIFY(placement->member().isEmpty()); // any member by default
    member->setCurrentIndex(member->findData(QStringLiteral("node1")));
    QCOMPARE(placement->member(), QStringLiteral("node1"));
    QVERIFY2(wizard->yaml().contains("        target_member: node1\n"), wizard->yaml().constData());
}

QTEST_MAIN(TestBatchWizard)
#include "test_batchwizard.moc"
