// The Queue page's Engines panel (issue 15, docs/scale.md "The dashboard") on a temporary
// database with two engines of other processes registered: the rows, the heartbeat's age and the
// late one marked, the entries an engine holds by name, restrictions; the model ageing with the
// clock; the Queue page's button and Engine column; accessible names; on PostgreSQL
// (pg.enginespanel) a write of another process shown through the change feed.
#include "accessibilitycheck.h"
#include "common/testdatabase.h"
#include "guitestsupport.h"
#include "queuetestdata.h"

#include "common/emptystatewidget.h"
#include "queue/enginesmodel.h"
#include "queue/enginespanel.h"
#include "queue/queuemodel.h"
#include "queue/queuenotifier.h"
#include "queue/queuepage.h"
#include "secrets/credentialstore.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/enginerepository.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace ferry;
using namespace ferry::gui;

namespace {

EngineRecord fakeEngine(
    const QString &id, const QString &host, qint64 pid, const QString &limits = {})
{
    EngineRecord e;
    e.id = id;
    e.host = host;
    e.pid = pid;
    e.version = QStringLiteral("0.9.0");
    e.restrictions = limits;
    return e;
}

} // namespace

class TestEnginesPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        gui::test::isolateUserState(m_settingsDir);
    }

    void init()
    {
        gui::test::clearSettings();
        m_dataDir = std::make_unique<QTemporaryDir>();
        auto filled = gui::test::fillSampleQueue(m_dataDir->path());
        QVERIFY2(filled.ok(), qPrintable(filled.ok() ? QString() : filled.error().toString()));
        m_queue = *filled;
        const auto &db = m_queue.inventory.db;
        EngineRepository engines(db);
        // node-a works on app 02 and may only use the target lxdvm; node-b's heartbeat is
        // 95 s old (it died, its lease has not run out yet).
        QVERIFY(
            engines
                .registerEngine(fakeEngine(QStringLiteral("engine-a"), QStringLiteral("node-a"),
                    1111, QStringLiteral(R"({"targets":["lxdvm"],"lacks":{"sources":["vc02"]}})")))
                .ok());
        QVERIFY(engines
                    .registerEngine(
                        fakeEngine(QStringLiteral("engine-b"), QStringLiteral("node-b"), 2222))
                    .ok());
        const qint64 app = m_queue.entries.value(QStringLiteral("app 02"));
        auto claimed = engines.claim(app, QStringLiteral("engine-a"), 60000,
            [](const ClaimView &) { return std::optional<qint64>(0); });
        QVERIFY(claimed.ok() && claimed->has_value());
        auto aged = db->exec(QStringLiteral("UPDATE engines SET heartbeat_at = ? WHERE id = ?"),
            {toDbTime(QDateTime::currentDateTimeUtc().addSecs(-95)), QStringLiteral("engine-b")});
        QVERIFY(aged.ok());
    }

    void cleanup()
    {
        m_queue = {};
        m_dataDir.reset();
    }

    void listsEnginesWithHeartbeatAndEntries()
    {
        EnginesPanel panel(context(), nullptr);
        QAbstractItemModelTester tester(panel.model());
        panel.resize(1100, 200);
        panel.show();
        QTRY_COMPARE(panel.model()->rowCount(), 2);
        EnginesModel *m = panel.model();
        auto text = [m](int row, int column) {
            return m->index(row, column).data().toString();
        };

        QCOMPARE(text(0, EnginesModel::HostColumn), QStringLiteral("node-a"));
        QCOMPARE(text(0, EnginesModel::ProcessColumn), QStringLiteral("1111"));
        QCOMPARE(text(0, EnginesModel::VersionColumn), QStringLiteral("0.9.0"));
        QVERIFY(!text(0, EnginesModel::StartedColumn).isEmpty());
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-5] s ago$"))
                     .match(text(0, EnginesModel::HeartbeatColumn))
                     .hasMatch(),
            qPrintable(text(0, EnginesModel::HeartbeatColumn)));
        QCOMPARE(text(0, EnginesModel::EntriesColumn), QStringLiteral("1: app 02"));
        QCOMPARE(text(0, EnginesModel::RestrictionsColumn),
            QStringLiteral("targets: lxdvm; no credentials for source vc02"));
        QCOMPARE(m->index(0, 0).data(EnginesModel::StaleRole).toBool(), false);

        QCOMPARE(text(1, EnginesModel::HostColumn), QStringLiteral("node-b"));
        QVERIFY2(QRegularExpression(QStringLiteral("^9[5-9] s ago, late$"))
                     .match(text(1, EnginesModel::HeartbeatColumn))
                     .hasMatch(),
            qPrintable(text(1, EnginesModel::HeartbeatColumn)));
        QCOMPARE(m->index(1, 0).data(EnginesModel::StaleRole).toBool(), true);
        QVERIFY(m->index(1, EnginesModel::HostColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("may have stopped")));
        QVERIFY(!m->index(1, EnginesModel::HostColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(text(1, EnginesModel::EntriesColumn), QStringLiteral("none"));
        QCOMPARE(text(1, EnginesModel::RestrictionsColumn), QStringLiteral("none"));
        QCOMPARE(m->staleCount(), 1);
        QCOMPARE(
            panel.summaryLabel()->text(), QStringLiteral("2 engines, 1 with a late heartbeat"));
        QVERIFY(panel.summaryLabel()->isHidden()); // the Queue page's button says it
        QVERIFY(panel.view()->isVisible());
        QCOMPARE(panel.buttonText(), QStringLiteral("Engines (2, 1 late)"));

        // A new engine shows up on the next read; one that stops goes.
        QVERIFY(
            EngineRepository(m_queue.inventory.db)
                .registerEngine(fakeEngine(QStringLiteral("engine-c"), QStringLiteral("node-c"), 3))
                .ok());
        QVERIFY(EngineRepository(m_queue.inventory.db)
                    .unregisterEngine(QStringLiteral("engine-b"))
                    .ok());
        panel.reload();
        QTRY_COMPARE(panel.model()->rowCount(), 2);
        QTRY_COMPARE(text(1, EnginesModel::HostColumn), QStringLiteral("node-c"));
        QCOMPARE(panel.buttonText(), QStringLiteral("Engines (2)"));

        // No engine at all: a line says what that means instead of an empty table.
        for (const char *id : {"engine-a", "engine-c"})
            QVERIFY(EngineRepository(m_queue.inventory.db)
                        .unregisterEngine(QString::fromLatin1(id))
                        .ok());
        panel.reload();
        QTRY_COMPARE(panel.model()->rowCount(), 0);
        QVERIFY(panel.summaryLabel()->isVisible());
        QVERIFY(panel.summaryLabel()->text().startsWith(QStringLiteral("No engine is running")));
        QVERIFY(!panel.view()->isVisible());
        QVERIFY(gui::test::settled());
    }

    void heartbeatAgesWithTheClock()
    {
        EnginesModel model;
        QAbstractItemModelTester tester(&model);
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        EngineRow r;
        r.engine = fakeEngine(QStringLiteral("e"), QStringLiteral("here"), 7);
        r.engine.heartbeatAt = t0;
        r.thisProcess = true;
        model.setRows({r});
        model.setNow(t0.addSecs(12));
        const QModelIndex beat = model.index(0, EnginesModel::HeartbeatColumn);
        QCOMPARE(beat.data().toString(), QStringLiteral("12 s ago"));
        QCOMPARE(model.index(0, EnginesModel::ProcessColumn).data().toString(),
            QStringLiteral("7 (this window)"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNow(t0.addSecs(31));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(beat.data().toString(), QStringLiteral("31 s ago, late"));
        QVERIFY(beat.data(EnginesModel::StaleRole).toBool());
        model.setNow(t0.addSecs(180));
        QCOMPARE(beat.data().toString(), QStringLiteral("3 min ago, late"));
        model.setNow(t0.addSecs(3 * 3600));
        QCOMPARE(beat.data().toString(), QStringLiteral("3 h ago, late"));
        // The same engine read again: its cells change, the row stays (no reset).
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        r.engine.heartbeatAt = t0.addSecs(3 * 3600);
        model.setRows({r});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(beat.data().toString(), QStringLiteral("0 s ago"));
    }

    void queuePageShowsTheEnginesAndWhoWorksOnEachEntry()
    {
        auto page = createPage();
        QTRY_COMPARE(page->model()->rowCount(), 6);
        QTRY_COMPARE(page->enginesButton()->text(), QStringLiteral("Engines (2, 1 late)"));
        // More than one engine and no choice saved yet: the panel is shown.
        QTRY_VERIFY(page->enginesShown());
        QVERIFY(page->enginesPanel()->isVisible());
        QCOMPARE(page->enginesButton()->arrowType(), Qt::DownArrow);
        QCOMPARE(page->enginesPanel()->model()->rowCount(), 2);
        // On SQLite nothing notifies: the page polls every second.
        QVERIFY(!page->changeFeed()->isActive());

        QueueModel *m = page->model();
        const int app = m->rowOfId(m_queue.entries.value(QStringLiteral("app 02")));
        QVERIFY(app >= 0);
        QCOMPARE(m->headerData(QueueModel::EngineColumn, Qt::Horizontal).toString(),
            QStringLiteral("Engine"));
        QCOMPARE(m->index(app, QueueModel::EngineColumn).data().toString(),
            QStringLiteral("node-a (pid 1111)"));
        QVERIFY(m->index(app, QueueModel::EngineColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("engine-a")));
        QCOMPARE(shortHostName(QStringLiteral("ferry-01.example.org")), QStringLiteral("ferry-01"));
        QCOMPARE(shortHostName(QStringLiteral("10.0.0.7")), QStringLiteral("10.0.0.7"));
        QCOMPARE(shortHostName(QStringLiteral("fe80::1")), QStringLiteral("fe80::1"));
        const int web = m->rowOfId(m_queue.entries.value(QStringLiteral("web 01 (prod)")));
        QCOMPARE(m->index(web, QueueModel::EngineColumn).data().toString(), QString());

        // Hidden by hand: remembered.
        page->enginesButton()->click();
        QVERIFY(!page->enginesPanel()->isVisible());
        QCOMPARE(page->enginesButton()->arrowType(), Qt::RightArrow);
        QCOMPARE(QSettings().value(QStringLiteral("QueuePage/enginesShown")).toBool(), false);
        page.reset();
        page = createPage();
        QTRY_VERIFY(page->enginesPanel()->loadCount() > 0);
        QTRY_COMPARE(page->enginesButton()->text(), QStringLiteral("Engines (2, 1 late)"));
        QVERIFY(!page->enginesPanel()->isVisible());
        QVERIFY(gui::test::settled());
    }

    // On PostgreSQL (pg.enginespanel) a write by another process reaches the panel through the
    // change feed long before its poll; on SQLite (gui.enginespanel) nothing notifies and only
    // a read shows it.
    void notificationsRefreshThePanel()
    {
        ferry::test::TestDatabase testDb;
        std::shared_ptr<Database> db;
        FERRY_OPEN_TEST_DATABASE(testDb, m_dataDir->filePath(QStringLiteral("feed.db")), db);
        {
            ChangeFeed feed(db);
            EnginesPanel panel(
                GuiContext {db, std::make_shared<CredentialStore>(), &m_events}, &feed);
            panel.pollTimer()->setInterval(60 * 1000);
            QTRY_VERIFY(panel.loadCount() > 0);
            QCOMPARE(panel.model()->rowCount(), 0);
            const int loads = panel.loadCount();

            auto other = Database::open(db->url()); // its own connections, as another process
            QVERIFY(other.ok());
            QVERIFY(EngineRepository(*other)
                        .registerEngine(
                            fakeEngine(QStringLiteral("engine-x"), QStringLiteral("node-x"), 77))
                        .ok());
            if (db->isPostgreSQL()) {
                QVERIFY(feed.isActive());
                QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 1, 5000);
                QVERIFY(panel.loadCount() > loads);
            } else {
                QVERIFY(!feed.isActive());
                QTest::qWait(800);
                QCOMPARE(panel.loadCount(), loads);
                panel.reload();
                QTRY_COMPARE(panel.model()->rowCount(), 1);
            }
            QCOMPARE(panel.model()->index(0, EnginesModel::HostColumn).data().toString(),
                QStringLiteral("node-x"));
            QVERIFY(gui::test::settled());
        }
        db.reset();
        testDb.drop();
    }

    void accessibleNames()
    {
        auto page = createPage();
        QTRY_VERIFY(page->enginesPanel()->isVisible());
        const QStringList problems = gui::test::unnamedWidgets(page.get(), QStringLiteral("queue"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(page->enginesPanel()->view()->accessibleName(), QStringLiteral("Engines"));
        QCOMPARE(page->enginesButton()->accessibleName(), QStringLiteral("Show the engines"));
        QVERIFY(gui::test::settled());
    }

private:
    GuiContext context()
    {
        return GuiContext {m_queue.inventory.db, std::make_shared<CredentialStore>(), &m_events};
    }

    std::unique_ptr<QueuePage> createPage()
    {
        auto *empty = new EmptyStateWidget;
        empty->setObjectName(QStringLiteral("queueEmptyState"));
        auto page = std::make_unique<QueuePage>(context(), empty, nullptr);
        page->notifier()->setUseTray(false);
        page->resize(1200, 760);
        page->show();
        return page;
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    gui::test::SampleQueue m_queue;
    DataEvents m_events;
};

QTEST_MAIN(TestEnginesPanel)
#include "test_enginespanel.moc"
