// Settings > Database: the fields are checked (empty host, bad port, missing CA file) in plain
// words; Save stores the URL without the password (the password goes to the keychain writer)
// and the next dialog shows it again; the SQLite default removes the choice. Test Connection
// runs on the thread pool against the tests' own PostgreSQL (fixture ferry_pg, FERRY_TEST_PG_ENV;
// registered as pg.databasesettings): verify-full with the run's CA succeeds and says TLS is in
// use, a wrong password fails with a clear message, a CA that signed nothing fails as such.

#include "guitestsupport.h"

#include "appsettings/databasechoice.h"
#include "common/operationstatuswidget.h"
#include "settings/databasesettingswidget.h"
#include "settings/settingsdialog.h"
#include "store/database.h"
#include "util/paths.h"

#include "common/testdatabase.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>

using namespace ferry;
using namespace ferry::gui;

namespace {
QString labValue(const QString &key)
{
    return ferry::test::TestDatabase::labValue(key);
}
} // namespace

// What both test classes share: the page with a fake keychain, its fields, the lab's values.
class PageFixture
{
protected:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    QTemporaryDir m_configDir;
    std::shared_ptr<Database> m_db;
    QStringList m_keysWritten;
    QByteArrayList m_secretsWritten;

    QString choiceFile() const { return m_configDir.filePath(QStringLiteral("database.conf")); }

    std::unique_ptr<DatabaseSettingsWidget> makePage()
    {
        auto page
            = std::make_unique<DatabaseSettingsWidget>(m_dataDir.path(), QStringLiteral("in use"));
        page->setChoiceFile(choiceFile());
        page->setPasswordWriter([this](const QString &key, const QByteArray &secret) {
            m_keysWritten << key;
            m_secretsWritten << secret;
            return Status();
        });
        return page;
    }

    static QLineEdit *edit(QWidget *page, const char *name)
    {
        return page->findChild<QLineEdit *>(QLatin1String(name));
    }

    static void fill(QWidget *page, const QString &host, const QString &port,
        const QString &database, const QString &user, const QString &password,
        const QString &sslMode, const QString &caFile)
    {
        page->findChild<QRadioButton *>(QStringLiteral("databasePostgresRadio"))->setChecked(true);
        edit(page, "databaseHostEdit")->setText(host);
        edit(page, "databasePortEdit")->setText(port);
        edit(page, "databaseNameEdit")->setText(database);
        edit(page, "databaseUserEdit")->setText(user);
        edit(page, "databasePasswordEdit")->setText(password);
        auto *mode = page->findChild<QComboBox *>(QStringLiteral("databaseSslModeComboBox"));
        mode->setCurrentIndex(mode->findData(sslMode));
        edit(page, "databaseCaFileEdit")->setText(caFile);
    }

    // The lab's PostgreSQL, or a reason to skip.
    static QString labSkipReason()
    {
        if (qEnvironmentVariable("FERRY_TEST_PG_ENV").isEmpty()
            || labValue(QStringLiteral("FERRY_PG_PORT")).isEmpty())
            return QStringLiteral("needs the tests' PostgreSQL: run as pg.databasesettings "
                                  "(CTest fixture ferry_pg)");
        return {};
    }

    // Clicks Test Connection and waits for its outcome; the event loop runs meanwhile.
    static bool clickTest(DatabaseSettingsWidget *page)
    {
        QSignalSpy tested(page, &DatabaseSettingsWidget::connectionTested);
        page->findChild<QPushButton *>(QStringLiteral("databaseTestButton"))->click();
        if (!page->isTesting())
            return tested.size() == 1 && tested.first().first().toBool();
        // Running on the pool: the button is off and the page still answers.
        [&] {
            QVERIFY(
                !page->findChild<QPushButton *>(QStringLiteral("databaseTestButton"))->isEnabled());
        }();
        [&] {
            QVERIFY(tested.wait(30000));
        }();
        return !tested.isEmpty() && tested.first().first().toBool();
    }

    void setUp()
    {
        gui::test::isolateUserState(m_settingsDir);
        // The connection test hands the typed password to the driver: PGPASSWORD must not
        // decide instead.
        qunsetenv("PGPASSWORD");
        qunsetenv("FERRY_DATABASE");
        auto db = Database::open(databaseFile(m_dataDir.path()));
        QVERIFY(db);
        m_db = *db;
    }

    void reset()
    {
        QFile::remove(choiceFile());
        m_keysWritten.clear();
        m_secretsWritten.clear();
    }
};

class TestDatabaseSettings : public QObject, public PageFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void init() { reset(); }

    void sqliteIsTheDefault()
    {
        auto page = makePage();
        QVERIFY(!page->isPostgreSQL());
        QCOMPARE(edit(page.get(), "databaseSqlitePathEdit")->text(),
            QDir::toNativeSeparators(databaseFile(m_dataDir.path())));
        QVERIFY(!edit(page.get(), "databaseHostEdit")->isEnabled());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("databaseTestButton"))->isEnabled());
        auto url = page->chosenUrl();
        QVERIFY(url);
        QVERIFY(!*url);
    }

    void fieldsAreChecked()
    {
        auto page = makePage();
        fill(page.get(), QString(), QStringLiteral("5432"), QStringLiteral("ferry"),
            QStringLiteral("ferry"), QString(), QStringLiteral("require"), QString());
        auto url = page->chosenUrl();
        QVERIFY(!url);
        QVERIFY2(
            url.error().message.contains(QLatin1String("host")), qPrintable(url.error().message));

        edit(page.get(), "databaseHostEdit")->setText(QStringLiteral("db.example.com"));
        for (const QString &port :
            {QStringLiteral("0"), QStringLiteral("70000"), QStringLiteral("abc"), QString()}) {
            edit(page.get(), "databasePortEdit")->setText(port);
            url = page->chosenUrl();
            QVERIFY2(!url, qPrintable(port));
            QCOMPARE(
                url.error().message, QStringLiteral("The port must be a number from 1 to 65535."));
        }
        edit(page.get(), "databasePortEdit")->setText(QStringLiteral("5433"));

        auto *mode = page->findChild<QComboBox *>(QStringLiteral("databaseSslModeComboBox"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("verify-full")));
        edit(page.get(), "databaseCaFileEdit")
            ->setText(m_dataDir.filePath(QStringLiteral("no.pem")));
        url = page->chosenUrl();
        QVERIFY(!url);
        QVERIFY2(url.error().message.contains(QLatin1String("does not exist")),
            qPrintable(url.error().message));

        // Saving refuses the same way, in the dialog's Database tab.
        auto dialog
            = std::make_unique<SettingsDialog>(m_db, m_dataDir.path(), [] { return Status(); });
        dialog->databaseSettings()->setChoiceFile(choiceFile());
        fill(dialog->databaseSettings(), QStringLiteral("db.example.com"), QStringLiteral("99999"),
            QStringLiteral("ferry"), QStringLiteral("ferry"), QString(), QStringLiteral("require"),
            QString());
        dialog->tabs()->setCurrentIndex(0);
        dialog->accept();
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QCOMPARE(dialog->tabs()->currentWidget(), dialog->databaseSettings());
        QCOMPARE(
            dialog->databaseSettings()->status()->state(), OperationStatusWidget::State::Failed);
        QCOMPARE(dialog->databaseSettings()->status()->message(),
            QStringLiteral("The port must be a number from 1 to 65535."));
        QVERIFY(!QFile::exists(choiceFile()));
    }

    void dialogOkStoresTheChoice()
    {
        auto dialog
            = std::make_unique<SettingsDialog>(m_db, m_dataDir.path(), [] { return Status(); });
        dialog->setQuietDatabaseNotice(true);
        DatabaseSettingsWidget *page = dialog->databaseSettings();
        page->setChoiceFile(choiceFile());
        page->setPasswordWriter([this](const QString &key, const QByteArray &) {
            m_keysWritten << key;
            return Status();
        });
        fill(page, QStringLiteral("db.example.com"), QStringLiteral("5432"),
            QStringLiteral("ferry"), QStringLiteral("ferry"), QStringLiteral("pw"),
            QStringLiteral("require"), QString());
        dialog->accept();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_keysWritten,
            QStringList {QStringLiteral("database:ferry@db.example.com:5432/ferry")});
        auto loaded = DatabaseChoice::load(choiceFile());
        QVERIFY(loaded && *loaded);
        QCOMPARE((*loaded)->toString(),
            QStringLiteral("postgresql://ferry@db.example.com:5432/ferry?sslmode=require"));
    }

    void tlsModeFollowsTheHost()
    {
        auto page = makePage();
        page->findChild<QRadioButton *>(QStringLiteral("databasePostgresRadio"))->setChecked(true);
        auto *mode = page->findChild<QComboBox *>(QStringLiteral("databaseSslModeComboBox"));
        auto *host = edit(page.get(), "databaseHostEdit");
        host->setFocus();
        QTest::keyClicks(host, QStringLiteral("localhost"));
        QCOMPARE(mode->currentData().toString(), QStringLiteral("disable"));
        host->clear();
        QTest::keyClicks(host, QStringLiteral("db.example.com"));
        QCOMPARE(mode->currentData().toString(), QStringLiteral("verify-full"));
        QVERIFY(edit(page.get(), "databaseCaFileEdit")->isEnabled());
        mode->setCurrentIndex(mode->findData(QStringLiteral("require")));
        QVERIFY(!edit(page.get(), "databaseCaFileEdit")->isEnabled());
    }

    void saveStoresTheUrlAndThePasswordApart()
    {
        const QString ca = m_dataDir.filePath(QStringLiteral("ca.pem"));
        {
            QFile f(ca);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not read here\n");
        }
        auto page = makePage();
        fill(page.get(), QStringLiteral("db.example.com"), QStringLiteral("5433"),
            QStringLiteral("ferry"), QStringLiteral("migrator"), QStringLiteral("s3cret!"),
            QStringLiteral("verify-full"), ca);
        auto *hint = page->findChild<QPlainTextEdit *>(QStringLiteral("databaseCopyCommandEdit"));
        QVERIFY(hint->toPlainText().contains(
            QLatin1String("ferryctl system db-copy --database 'sqlite://")));
        QVERIFY(!hint->toPlainText().contains(QLatin1String("s3cret")));
        QVERIFY(page->save());
        QCOMPARE(m_keysWritten,
            QStringList {QStringLiteral("database:migrator@db.example.com:5433/ferry")});
        QCOMPARE(m_secretsWritten, QByteArrayList {"s3cret!"});

        QFile stored(choiceFile());
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray content = stored.readAll();
        QVERIFY(!content.contains("s3cret"));
        auto loaded = DatabaseChoice::load(choiceFile());
        QVERIFY(loaded);
        QVERIFY(*loaded);
        QCOMPARE((*loaded)->toString(),
            QStringLiteral(
                "postgresql://migrator@db.example.com:5433/ferry?sslmode=verify-full&sslrootcert=")
                + QString::fromLatin1(
                    QUrl::toPercentEncoding(QFileInfo(ca).absoluteFilePath(), "/")));

        // The next page shows it; the password field is empty (the keychain keeps it).
        auto again = makePage();
        QVERIFY(again->isPostgreSQL());
        QCOMPARE(edit(again.get(), "databaseHostEdit")->text(), QStringLiteral("db.example.com"));
        QCOMPARE(edit(again.get(), "databasePortEdit")->text(), QStringLiteral("5433"));
        QCOMPARE(edit(again.get(), "databaseUserEdit")->text(), QStringLiteral("migrator"));
        QVERIFY(edit(again.get(), "databasePasswordEdit")->text().isEmpty());
        QCOMPARE(edit(again.get(), "databaseCaFileEdit")->text(), QDir::toNativeSeparators(ca));
        QVERIFY(!again->isModified());

        // Back to SQLite: the choice is removed, no password written.
        again->findChild<QRadioButton *>(QStringLiteral("databaseSqliteRadio"))->setChecked(true);
        QVERIFY(again->save());
        loaded = DatabaseChoice::load(choiceFile());
        QVERIFY(loaded);
        QVERIFY(!*loaded);
        QCOMPARE(m_keysWritten.size(), 1);
    }
};

// Test Connection against the tests' PostgreSQL: what pg.databasesettings runs (the same
// executable with FERRY_TEST_PG_ENV set; gui.databasesettings runs the class above).
class TestDatabaseSettingsLab : public QObject, public PageFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { reset(); }
    void initTestCase()
    {
        setUp();
        if (const QString reason = labSkipReason(); !reason.isEmpty())
            QFAIL(qPrintable(reason));
    }

    void testConnectionSucceedsWithVerifyFull()
    {
        auto page = makePage();
        fill(page.get(), QStringLiteral("127.0.0.1"), labValue(QStringLiteral("FERRY_PG_PORT")),
            QStringLiteral("postgres"), QStringLiteral("ferry"),
            labValue(QStringLiteral("FERRY_PG_PASSWORD")), QStringLiteral("verify-full"),
            labValue(QStringLiteral("FERRY_PG_CA")));
        QVERIFY2(clickTest(page.get()),
            qPrintable(page->status()->message() + QLatin1Char(' ') + page->status()->details()));
        QCOMPARE(page->status()->state(), OperationStatusWidget::State::Succeeded);
        QVERIFY2(page->status()->headline().startsWith(QLatin1String("Connected to PostgreSQL 1")),
            qPrintable(page->status()->headline()));
        QVERIFY2(
            page->status()->message().startsWith(QLatin1String("The connection is encrypted (TLS")),
            qPrintable(page->status()->message()));
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("databaseTestButton"))->isEnabled());
        QVERIFY(!QFile::exists(choiceFile())); // testing stores nothing
    }

    void testConnectionFailsClearly()
    {
        const QString port = labValue(QStringLiteral("FERRY_PG_PORT"));
        auto page = makePage();
        fill(page.get(), QStringLiteral("127.0.0.1"), port, QStringLiteral("postgres"),
            QStringLiteral("ferry"), QStringLiteral("wrong-password"),
            QStringLiteral("verify-full"), labValue(QStringLiteral("FERRY_PG_CA")));
        QVERIFY(!clickTest(page.get()));
        QCOMPARE(page->status()->state(), OperationStatusWidget::State::Failed);
        QCOMPARE(page->status()->message(),
            QStringLiteral("The server 127.0.0.1:%1 did not accept the password of the user "
                           "\"ferry\".")
                .arg(port));
        QVERIFY(!page->status()->details().contains(QLatin1String("wrong-password")));

        // A CA that did not sign the server's certificate.
        fill(page.get(), QStringLiteral("127.0.0.1"), port, QStringLiteral("postgres"),
            QStringLiteral("ferry"), labValue(QStringLiteral("FERRY_PG_PASSWORD")),
            QStringLiteral("verify-full"), labValue(QStringLiteral("FERRY_PG_OTHER_CA")));
        QVERIFY(!clickTest(page.get()));
        QVERIFY2(page->status()->message().contains(QLatin1String("could not be verified")),
            qPrintable(page->status()->message() + QLatin1Char(' ') + page->status()->details()));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    if (!qEnvironmentVariable("FERRY_TEST_PG_ENV").isEmpty()) {
        TestDatabaseSettingsLab lab;
        return QTest::qExec(&lab, argc, argv);
    }
    TestDatabaseSettings test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_databasesettings.moc"
