#include "about/aboutdialog.h"

#include "version.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QPushButton>
#include <QTest>

using ferry::gui::AboutDialog;

class TestAboutDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsNameVersionAndQt();
    void closeButtonCloses();

private:
    static QString allText(const QWidget *w);
};

QString TestAboutDialog::allText(const QWidget *w)
{
    QStringList texts;
    const QList<QLabel *> labels = w->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

void TestAboutDialog::showsNameVersionAndQt()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.versionText(),
        QStringLiteral("Version %1").arg(QLatin1String(FERRY_VERSION_STRING)));
    const QString text = allText(&dialog);
    QVERIFY(text.contains(QLatin1String("Ferry")));
    QVERIFY(text.contains(QLatin1String("VMware")));
    QVERIFY(text.contains(QLibraryInfo::version().toString()));
    QVERIFY(text.contains(QLatin1String("LGPL")));
    auto *icon = dialog.findChild<QLabel *>(QStringLiteral("iconLabel"));
    QVERIFY(icon && !icon->pixmap().isNull());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("aboutQtButton")));
}

void TestAboutDialog::closeButtonCloses()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *close = dialog.findChild<QPushButton *>(QStringLiteral("closeButton"));
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestAboutDialog)
#include "test_aboutdialog.moc"
