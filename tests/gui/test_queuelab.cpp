// The Queue page watching a real migration (issue 6) against the lab (tests/lab): ferryctl sets
// up the ESXi simulator, the VM-capable LXD and a batch with `Debian Bookworm` (1 GiB, powered
// off), as an administrator would; then the page's own engine (EngineController, as the main
// window runs it) migrates it. The page must show the copy under way (a bar between 0 and 100 %
// before Finished), the entry Finished with the disk's SHA-256 as `ferryctl queue show` reports
// it, the batch's end as a notification, and release the engine lock when stopped.
#include "common/queuestatustest.h"
#include "guitestsupport.h"

#include "common/dataevents.h"
#include "common/emptystatewidget.h"
#include "common/labenv.h"
#include "common/processrun.h"
#include "engine/queuestatemachine.h"
#include "queue/enginecontroller.h"
#include "queue/queuedetailswidget.h"
#include "queue/queuemodel.h"
#include "queue/queuenotifier.h"
#include "queue/queuepage.h"
#include "secrets/credentialstore.h"
#include "store/database.h"
#include "store/enginerepository.h"
#include "util/paths.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace ferry;
using namespace ferry::gui;

namespace {
constexpr const char *kTargetName = "ferry-gui-queue-debian";
} // namespace

class TestQueueLab final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pageWatchesARealMigration();

private:
    QString ferryctl(
        const QStringList &args, const QByteArray &input = {}, int *exitCode = nullptr);
    QString lab(const char *key) const { return m_lab[key]; }

    ferry::test::LabEnv m_lab;
    QTemporaryDir m_settings;
    QTemporaryDir m_data;
    QProcessEnvironment m_env;
};

QString TestQueueLab::ferryctl(const QStringList &args, const QByteArray &input, int *exitCode)
{
    const ferry::test::ProcessRun r = ferry::test::runFerryctl(m_data.path(), args, input, m_env);
    if (exitCode)
        *exitCode = r.exitCode;
    if (r.exitCode != 0)
        qWarning("ferryctl %s: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(r.err));
    return r.out;
}

void TestQueueLab::initTestCase()
{
    m_lab = ferry::test::LabEnv::load();
    FERRY_REQUIRE_LAB(m_lab, "keyring", "esx", "lxdvm", "scenario");
    m_lab.useLabKeyring();
    QVERIFY2(CredentialStore().probe(), "the lab keyring does not answer");
    QVERIFY(m_settings.isValid() && m_data.isValid());
    ferry::gui::test::isolateUserState(m_settings);
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.remove(QStringLiteral("DISPLAY"));
    m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), lab("FERRY_LAB_DBUS_ADDRESS"));
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), lab("FERRY_LAB_XDG_RUNTIME_DIR"));
    m_env.insert(QStringLiteral("LXD_DIR"), lab("FERRY_LAB_LXDVM_DIR"));
    m_env.insert(QStringLiteral("LXD_CONF"), lab("FERRY_LAB_DIR") + QStringLiteral("/lxc-conf"));

    int code = -1;
    ferryctl({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("esxi-q"),
                 lab("FERRY_LAB_ESX_HOST_PORT"), QStringLiteral("--username"),
                 lab("FERRY_LAB_ESX_USER"), QStringLiteral("--password-stdin"),
                 QStringLiteral("--trusted-cert-fingerprint"), lab("FERRY_LAB_ESX_FINGERPRINT")},
        lab("FERRY_LAB_ESX_PASSWORD").toUtf8(), &code);
    QCOMPARE(code, 0);
    ferryctl(
        {QStringLiteral("source"), QStringLiteral("sync"), QStringLiteral("esxi-q")}, {}, &code);
    QCOMPARE(code, 0);
    // A name of its own on the shared lab LXD: integration.migration lands Debian Bookworm
    // under its default name, and the two must not meet whatever order they run in.
    ferryctl({QStringLiteral("instance"), QStringLiteral("override"),
                 QStringLiteral("/ha-datacenter/vm/Debian Bookworm"), QStringLiteral("--name"),
                 QString::fromLatin1(kTargetName)},
        {}, &code);
    QCOMPARE(code, 0);
    QProcess lxc;
    lxc.setProcessEnvironment(m_env);
    lxc.start(QStringLiteral("lxc"),
        {QStringLiteral("config"), QStringLiteral("trust"), QStringLiteral("add"),
            QStringLiteral("--name"), QStringLiteral("ferry-gui-queue-lab")});
    QVERIFY(lxc.waitForFinished(60000));
    QCOMPARE(lxc.exitCode(), 0);
    const QString token = QString::fromUtf8(lxc.readAllStandardOutput())
                              .trimmed()
                              .split(QLatin1Char('\n'))
                              .constLast()
                              .trimmed();
    ferryctl({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("lxdvm"),
                 lab("FERRY_LAB_LXDVM_URL"), QStringLiteral("--trust-token"), token},
        {}, &code);
    QCOMPARE(code, 0);
    ferryctl(
        {QStringLiteral("network"), QStringLiteral("update"),
            QStringLiteral("/ha-datacenter/network/VM Network"), QStringLiteral("--target-network"),
            lab("FERRY_LAB_LXDVM_BRIDGE"), QStringLiteral("--nictype"), QStringLiteral("managed")},
        {}, &code);
    QCOMPARE(code, 0);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    const QString yaml = QStringLiteral(
        "name: guiq\n"
        "include_expression: \"location == '/ha-datacenter/vm/Debian Bookworm'\"\n"
        "migration_windows:\n  - name: now\n    start: %1\n    end: %2\n"
        "defaults:\n    placement:\n        target: lxdvm\n        target_project: default\n"
        "        storage_pool: %3\n"
        "config:\n    instance_restriction_overrides:\n        allow_no_background_import: true\n")
                             .arg(now.addSecs(-3600).toString(fmt), now.addDays(1).toString(fmt),
                                 lab("FERRY_LAB_LXDVM_POOL"));
    ferryctl({QStringLiteral("batch"), QStringLiteral("add"), QStringLiteral("guiq"),
                 QStringLiteral("--file"), QStringLiteral("-")},
        yaml.toUtf8(), &code);
    QCOMPARE(code, 0);
    ferryctl({QStringLiteral("batch"), QStringLiteral("start"), QStringLiteral("guiq")}, {}, &code);
    QCOMPARE(code, 0);
}

// What the migration left on the shared lab LXD goes, so later tests start from a clean target.
void TestQueueLab::cleanupTestCase()
{
    if (!m_lab.has({"lxdvm"}))
        return;
    QProcess lxc;
    lxc.setProcessEnvironment(m_env);
    lxc.start(QStringLiteral("lxc"),
        {QStringLiteral("delete"), QStringLiteral("--force"), QString::fromLatin1(kTargetName)});
    if (!lxc.waitForFinished(120000) || lxc.exitCode() != 0)
        qWarning("lxc delete %s: %s", kTargetName, lxc.readAllStandardError().constData());
}

void TestQueueLab::pageWatchesARealMigration()
{
    auto db = Database::open(databaseFile(m_data.path()));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    DataEvents events;
    EngineController engine(*db, std::make_shared<CredentialStore>());
    auto *empty = new EmptyStateWidget;
    QueuePage page(GuiContext {*db, std::make_shared<CredentialStore>(), &events}, empty, &engine);
    page.notifier()->setUseTray(false);
    page.resize(1200, 760);
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QSignalSpy notified(page.notifier(), &QueueNotifier::notified);
    const qint64 id = page.model()->rowAt(0)->id;
    QCOMPARE(page.model()->rowAt(0)->status, QueueStatus::Waiting);

    engine.start();
    QCOMPARE(engine.state(), EngineController::State::Running);
    QTRY_COMPARE(page.engineLabel()->text().startsWith(QStringLiteral("Engine running")), true);
    // Under way: a bar strictly between empty and full, seen by the page before the end.
    bool midway = false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 600000) {
        const QueueRow *r = page.model()->rowById(id);
        QVERIFY(r);
        const int p = r->progressPermille();
        if (r->status != QueueStatus::Finished && p > 0 && p < 1000)
            midway = true;
        if (r->status == QueueStatus::Finished || r->status == QueueStatus::Failed
            || r->status == QueueStatus::Conflict)
            break;
        QTest::qWait(100);
    }
    const QueueRow *r = page.model()->rowById(id);
    QVERIFY2(r->status == QueueStatus::Finished,
        qPrintable(queuestatus::wireName(r->status) + QStringLiteral(": ") + r->statusMessage));
    QVERIFY2(midway, "the page never showed the copy between 0 and 100 %");
    QCOMPARE(r->progressPermille(), 1000);

    // The detail pane: the disk's SHA-256 as ferryctl reports it, the log's last line.
    page.selectEntry(id);
    QTRY_COMPARE(page.details()->disksTable()->rowCount(), 1);
    const QJsonObject shown = QJsonDocument::fromJson(
        ferryctl({QStringLiteral("queue"), QStringLiteral("show"), QString::fromLatin1(kTargetName),
                     QStringLiteral("--format"), QStringLiteral("json")})
            .toUtf8())
                                  .object();
    const QString sha = shown[QStringLiteral("disks")][0][QStringLiteral("sha256")].toString();
    QCOMPARE(sha.size(), 64);
    QTRY_COMPARE(page.details()->disksTable()->item(0, 6)->text(), sha);
    QTRY_VERIFY(page.details()->logView()->toPlainText().contains(QStringLiteral("Migrated")));

    // The batch's end is announced.
    QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 15000);
    QCOMPARE(notified.constLast().at(1).toString(), QStringLiteral("Batch guiq finished"));

    engine.stop();
    auto engines = EngineRepository(*db).list();
    QVERIFY(engines.ok());
    QVERIFY(engines->isEmpty());
}

QTEST_MAIN(TestQueueLab)
#include "test_queuelab.moc"
