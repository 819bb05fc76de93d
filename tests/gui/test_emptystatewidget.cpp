#include "common/emptystatewidget.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using ferry::gui::EmptyStateWidget;

class TestEmptyStateWidget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTextAndIcon();
    void buttonFollowsTheAction();
    void disabledActionShowsItsReason();
    void withoutActionThereIsNoButton();
};

void TestEmptyStateWidget::showsTextAndIcon()
{
    EmptyStateWidget w;
    w.setIconName(QStringLiteral("sources"));
    w.setTitle(QStringLiteral("No sources yet"));
    w.setDescription(QStringLiteral("Sources are where VMs come from."));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.title(), QStringLiteral("No sources yet"));
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("emptyStateTitle"))->text(), w.title());
    QCOMPARE(w.description(), QStringLiteral("Sources are where VMs come from."));
    QVERIFY(!w.findChild<QLabel *>(QStringLiteral("emptyStateIcon"))->pixmap().isNull());
}

void TestEmptyStateWidget::buttonFollowsTheAction()
{
    EmptyStateWidget w;
    QAction action(QStringLiteral("Add &Source…"));
    action.setToolTip(QStringLiteral("Add a VMware source"));
    w.setAction(&action);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *button = w.findChild<QPushButton *>(QStringLiteral("emptyStateButton"));
    auto *hint = w.findChild<QLabel *>(QStringLiteral("emptyStateHint"));
    QVERIFY(button && hint);
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), action.text());
    QCOMPARE(button->accessibleName(), QStringLiteral("Add Source…"));
    QVERIFY(!hint->isVisible());

    QSignalSpy triggered(&action, &QAction::triggered);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(triggered.count(), 1);

    action.setText(QStringLiteral("Add VMware Source…"));
    QCOMPARE(button->text(), QStringLiteral("Add VMware Source…"));
    action.setVisible(false);
    QVERIFY(!button->isVisible());
}

void TestEmptyStateWidget::disabledActionShowsItsReason()
{
    EmptyStateWidget w;
    QAction action(QStringLiteral("Create Batch…"));
    action.setEnabled(false);
    action.setToolTip(QStringLiteral("Not available yet: batches arrive later."));
    w.setAction(&action);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *button = w.findChild<QPushButton *>(QStringLiteral("emptyStateButton"));
    auto *hint = w.findChild<QLabel *>(QStringLiteral("emptyStateHint"));
    QVERIFY(!button->isEnabled());
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), action.toolTip());
    QCOMPARE(button->toolTip(), action.toolTip());

    action.setEnabled(true);
    QVERIFY(button->isEnabled());
    QVERIFY(!hint->isVisible());
}

void TestEmptyStateWidget::withoutActionThereIsNoButton()
{
    EmptyStateWidget w;
    w.setTitle(QStringLiteral("No warnings"));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("emptyStateButton"))->isVisible());

    auto *action = new QAction(QStringLiteral("Go"));
    w.setAction(action);
    QVERIFY(w.findChild<QPushButton *>(QStringLiteral("emptyStateButton"))->isVisible());
    delete action; // the button goes with the action, nothing dangles
    QVERIFY(!w.action());
    QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("emptyStateButton"))->isVisible());
}

QTEST_MAIN(TestEmptyStateWidget)
#include "test_emptystatewidget.moc"
