#include "common/errordialog.h"

#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using ferry::Error;
using ferry::gui::ErrorDialog;

class TestErrorDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsSummaryAndMessage();
    void detailsAreBehindTheExpander();
    void detailsAlwaysNameTheErrorCode();
    void copyPutsEverythingOnTheClipboard();
    void showErrorIsWindowModalAndDeletesItself();
    void startupFailureWaitsForThePersonAndFails();
};

namespace {

Error sampleError()
{
    return Error(Error::Code::DatabaseTooNew,
        QStringLiteral("The database was written by a newer version of Ferry."),
        QStringLiteral("/data/ferry.db: schema 999"));
}

} // namespace

void TestErrorDialog::showsSummaryAndMessage()
{
    ErrorDialog dialog(QStringLiteral("Ferry cannot start"), sampleError());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.summary(), QStringLiteral("Ferry cannot start"));
    QCOMPARE(dialog.message(), sampleError().message);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->isVisible());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("messageLabel"))->isVisible());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("iconLabel"))->pixmap().isNull());
}

void TestErrorDialog::detailsAreBehindTheExpander()
{
    ErrorDialog dialog(QStringLiteral("Ferry cannot start"), sampleError());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *button = dialog.findChild<QToolButton *>(QStringLiteral("detailsButton"));
    auto *details = dialog.findChild<QPlainTextEdit *>(QStringLiteral("detailsText"));
    QVERIFY(button && details);
    QVERIFY(!details->isVisible());
    QVERIFY(!dialog.detailsVisible());
    const int collapsedHeight = dialog.height();

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(details->isVisible());
    QVERIFY(dialog.detailsVisible());
    QVERIFY(details->toPlainText().contains(QLatin1String("schema 999")));
    QTRY_VERIFY(dialog.height() > collapsedHeight);

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!details->isVisible());
}

void TestErrorDialog::detailsAlwaysNameTheErrorCode()
{
    ErrorDialog dialog(QStringLiteral("Something failed"),
        Error(Error::Code::Io, QStringLiteral("Cannot write.")));
    QVERIFY(dialog.detailsText().contains(QLatin1String(Error::codeName(Error::Code::Io))));
    QVERIFY(!dialog.detailsText().contains(QLatin1String("\n\n")));
}

void TestErrorDialog::copyPutsEverythingOnTheClipboard()
{
    ErrorDialog dialog(QStringLiteral("Ferry cannot start"), sampleError());
    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyDetailsButton"));
    QVERIFY(copy);
    copy->click();
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY(text.contains(QLatin1String("Ferry cannot start")));
    QVERIFY(text.contains(sampleError().message));
    QVERIFY(text.contains(sampleError().details));
}

void TestErrorDialog::showErrorIsWindowModalAndDeletesItself()
{
    QWidget parent;
    parent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&parent));
    QPointer<ErrorDialog> dialog
        = ErrorDialog::showError(&parent, QStringLiteral("Sync failed"), sampleError());
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    dialog->findChild<QPushButton *>(QStringLiteral("closeButton"))->click();
    QTRY_VERIFY(!dialog);
}

void TestErrorDialog::startupFailureWaitsForThePersonAndFails()
{
    bool shown = false;
    QTimer::singleShot(0, this, [&shown] {
        QWidget *modal = QApplication::activeModalWidget();
        shown = modal && modal->objectName() == QLatin1String("startupErrorDialog")
            && modal->isVisible();
        auto *dialog = qobject_cast<ErrorDialog *>(modal);
        if (dialog) {
            shown = shown && dialog->message() == sampleError().message;
            dialog->findChild<QPushButton *>(QStringLiteral("closeButton"))->click();
        }
    });
    QCOMPARE(ErrorDialog::reportStartupFailure(sampleError()), 1);
    QVERIFY(shown);
}

QTEST_MAIN(TestErrorDialog)
#include "test_errordialog.moc"
