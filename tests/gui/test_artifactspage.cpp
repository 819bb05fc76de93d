// The Artifacts page on a temporary data directory with small ISO images made by xorriso: Add…
// (the file dialog bypassed through the page's seam) lists the virtio-win ISO with its type, OS,
// versions, architectures, size and date; a file that is no ISO is refused in an error dialog and
// nothing is stored; Remove asks first, and Cancel keeps the artifact.
#include "guitestsupport.h"

#include "artifacts/artifactsmodel.h"
#include "artifacts/artifactspage.h"
#include "common/artifactiso.h"
#include "common/dataevents.h"
#include "common/emptystatewidget.h"
#include "common/errordialog.h"
#include "secrets/credentialstore.h"
#include "store/artifactrepository.h"
#include "store/database.h"
#include "util/paths.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace ferry;
using namespace ferry::gui;

class TestArtifactsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addListAndRemove();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::shared_ptr<Database> m_db;
    DataEvents m_events;
};

void TestArtifactsPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    gui::test::isolateUserState(m_settingsDir);
}

void TestArtifactsPage::init()
{
    if (!ferry::test::haveXorriso())
        QSKIP("xorriso is not installed (Debian package xorriso)");
    gui::test::clearSettings();
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    auto db = Database::open(databaseFile(m_dataDir->path()));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    m_db = *db;
}

void TestArtifactsPage::cleanup()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows)
        if (qobject_cast<QDialog *>(w))
            w->close();
    m_db.reset();
    m_dataDir.reset();
}

void TestArtifactsPage::addListAndRemove()
{
    const QString iso = m_dataDir->filePath(QStringLiteral("virtio-win-0.1.266.iso"));
    QCOMPARE(ferry::test::makeIso(
                 m_dataDir->filePath(QStringLiteral("tree")), iso, ferry::test::virtioWinFiles()),
        QString());
    const QString notIso = m_dataDir->filePath(QStringLiteral("notes.iso"));
    {
        QFile f(notIso);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(40000, 'x'));
    }

    auto *empty = new EmptyStateWidget;
    ArtifactsPage page(GuiContext {m_db, std::make_shared<CredentialStore>(), &m_events},
        m_dataDir->filePath(QStringLiteral("data")), empty);
    empty->setAction(page.addAction());
    QAbstractItemModelTester tester(
        page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString chosen = iso;
    page.setFileChooser([&chosen](QWidget *) { return chosen; });
    QStringList asked;
    bool answer = false;
    page.setConfirmation([&](QWidget *, const QString &question) {
        asked << question;
        return answer;
    });
    page.resize(1100, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *stack = page.findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget(), empty);

    // Add… from the empty state: the ISO is checked and copied in the background, then listed.
    auto *emptyButton = empty->findChild<QPushButton *>(QStringLiteral("emptyStateButton"));
    QVERIFY(emptyButton && emptyButton->isVisible());
    QTest::mouseClick(emptyButton, Qt::LeftButton);
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QTRY_VERIFY(!page.isAdding());
    QVERIFY(stack->currentWidget() != empty);
    auto cell = [&page](int column) {
        return page.view()->model()->index(0, column).data().toString();
    };
    QCOMPARE(cell(ArtifactsModel::TypeColumn), QStringLiteral("Drivers"));
    QCOMPARE(cell(ArtifactsModel::OsColumn), QStringLiteral("Windows"));
    QCOMPARE(cell(ArtifactsModel::VersionsColumn), QStringLiteral("2k19, w11, 2k22"));
    QCOMPARE(cell(ArtifactsModel::ArchitecturesColumn), QStringLiteral("amd64, x86"));
    QVERIFY(cell(ArtifactsModel::SizeColumn).endsWith(QLatin1String("KiB")));
    QVERIFY(!cell(ArtifactsModel::AddedColumn).isEmpty());
    QCOMPARE(cell(ArtifactsModel::DescriptionColumn), QStringLiteral("virtio-win-0.1.266.iso"));
    QCOMPARE(page.model()->headerData(ArtifactsModel::VersionsColumn, Qt::Horizontal).toString(),
        QStringLiteral("Versions"));
    QVERIFY(page.findChildren<ErrorDialog *>().isEmpty());

    // A file that is no ISO: refused in an error dialog, nothing more stored.
    chosen = notIso;
    auto *addButton = page.findChild<QToolButton *>(QStringLiteral("actionAddArtifactFileButton"));
    QVERIFY(addButton && addButton->isVisible());
    QTest::mouseClick(addButton, Qt::LeftButton);
    QTRY_VERIFY(page.findChild<ErrorDialog *>() != nullptr);
    auto *dialog = page.findChild<ErrorDialog *>();
    QCOMPARE(dialog->summary(), QStringLiteral("notes.iso could not be added."));
    QVERIFY2(dialog->message().contains(QStringLiteral("is not an ISO 9660 image")),
        qPrintable(dialog->message()));
    dialog->close();
    QTRY_VERIFY(page.findChild<ErrorDialog *>() == nullptr);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(ArtifactRepository(m_db).all()->size(), 1);

    // Remove asks; Cancel keeps it, Yes removes it and its file.
    const QString stored = ArtifactRepository(m_db).all()->first().path;
    QVERIFY(QFile::exists(stored));
    page.view()->selectRow(0);
    auto *removeButton
        = page.findChild<QToolButton *>(QStringLiteral("actionRemoveArtifactButton"));
    QVERIFY(removeButton && removeButton->isEnabled());
    QTest::mouseClick(removeButton, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QStringLiteral("virtio-win-0.1.266.iso")),
        qPrintable(asked.first()));
    QCOMPARE(page.model()->rowCount(), 1);
    answer = true;
    QTest::mouseClick(removeButton, Qt::LeftButton);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!QFile::exists(stored));
    QCOMPARE(stack->currentWidget(), empty);
}

QTEST_MAIN(TestArtifactsPage)
#include "test_artifactspage.moc"
