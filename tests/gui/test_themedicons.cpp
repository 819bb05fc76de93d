#include "common/icons.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QSvgRenderer>
#include <QTest>

using namespace ferry::gui;

namespace {

// The colour of the most opaque pixel: the stroke, free of anti-aliasing.
QColor strokeColor(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    QColor best(Qt::transparent);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > best.alpha())
                best = c;
        }
    }
    return best;
}

} // namespace

class TestThemedIcons final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void everyIconIsValidSvg();
    void pageIconsExist_data();
    void pageIconsExist();
    void iconsFollowThePalette();
    void selectedAndDisabledUseTheirRoles();
    void applicationIconHasEverySize();
    void statusBadgesKeepTheirColours();

private:
    QPalette m_original = QApplication::palette();
};

void TestThemedIcons::cleanup()
{
    QApplication::setPalette(m_original);
}

void TestThemedIcons::everyIconIsValidSvg()
{
    const QStringList files = QDir(QStringLiteral(":/ferry/icons")).entryList(QDir::Files);
    QVERIFY(files.size() >= 9);
    for (const QString &file : files) {
        QSvgRenderer renderer(QStringLiteral(":/ferry/icons/") + file);
        QVERIFY2(renderer.isValid(), qPrintable(file));
        QVERIFY2(!renderer.defaultSize().isEmpty(), qPrintable(file));
        const QString name = file.chopped(4);
        // The application icon and the status badges (green OK, amber, red, ...) keep their
        // own colours; every other icon is a line icon.
        if (name != QLatin1String("ferry") && !name.startsWith(QLatin1String("status-"))) {
            // Line icons are drawn in currentColor only, so that the palette decides.
            const QByteArray svg = iconSource(name);
            QVERIFY2(svg.contains("currentColor"), qPrintable(file));
            QVERIFY2(!svg.contains("#fff") && !svg.contains("white"), qPrintable(file));
        }
    }
}

void TestThemedIcons::pageIconsExist_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"sources", "targets", "instances", "networks", "batches", "queue",
             "artifacts", "warnings"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestThemedIcons::pageIconsExist()
{
    QFETCH(QString, name);
    const QIcon icon = themedIcon(name);
    QVERIFY(!icon.isNull());
    const QPixmap pixmap = icon.pixmap(QSize(24, 24));
    QCOMPARE(pixmap.size(), QSize(24, 24));
    QVERIFY(strokeColor(pixmap).alpha() > 200);
}

void TestThemedIcons::iconsFollowThePalette()
{
    QPalette light = m_original;
    light.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    QApplication::setPalette(light);
    QCOMPARE(strokeColor(themedIcon(QStringLiteral("queue")).pixmap(QSize(32, 32))).rgb(),
        QColor(0x20, 0x20, 0x20).rgb());

    QPalette dark = m_original;
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    QCOMPARE(strokeColor(themedIcon(QStringLiteral("queue")).pixmap(QSize(32, 32))).rgb(),
        QColor(0xee, 0xee, 0xee).rgb());
}

void TestThemedIcons::selectedAndDisabledUseTheirRoles()
{
    QPalette palette = m_original;
    palette.setColor(QPalette::Active, QPalette::HighlightedText, QColor(0x00, 0xaa, 0x00));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x99, 0x00, 0x99));
    QApplication::setPalette(palette);
    const QIcon icon = themedIcon(QStringLiteral("sources"));
    QCOMPARE(strokeColor(icon.pixmap(QSize(32, 32), QIcon::Selected)).rgb(),
        QColor(0x00, 0xaa, 0x00).rgb());
    QCOMPARE(strokeColor(icon.pixmap(QSize(32, 32), QIcon::Disabled)).rgb(),
        QColor(0x99, 0x00, 0x99).rgb());
}

void TestThemedIcons::applicationIconHasEverySize()
{
    const QIcon icon = applicationIcon();
    QVERIFY(!icon.isNull());
    for (const int side : {16, 32, 64, 256}) {
        const QPixmap pixmap = icon.pixmap(QSize(side, side));
        QCOMPARE(pixmap.size(), QSize(side, side));
        QVERIFY(strokeColor(pixmap).alpha() == 255);
    }
}

void TestThemedIcons::statusBadgesKeepTheirColours()
{
    // Green, amber and red mean the same on light and dark themes.
    for (const QColor text : {QColor(0x20, 0x20, 0x20), QColor(0xee, 0xee, 0xee)}) {
        QPalette palette = m_original;
        palette.setColor(QPalette::WindowText, text);
        QApplication::setPalette(palette);
        const QColor ok = strokeColor(themedIcon(QStringLiteral("status-ok")).pixmap(32, 32));
        QVERIFY(ok.green() > ok.red() + 60);
        const QColor error = strokeColor(themedIcon(QStringLiteral("status-error")).pixmap(32, 32));
        QVERIFY(error.red() > error.green() + 60);
        QVERIFY(!themedIcon(QStringLiteral("status-warning")).isNull());
        QVERIFY(!themedIcon(QStringLiteral("status-unknown")).isNull());
        QVERIFY(!themedIcon(QStringLiteral("status-busy")).isNull());
    }
}

QTEST_MAIN(TestThemedIcons)
#include "test_themedicons.moc"
