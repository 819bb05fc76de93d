#include "common/icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace ferry::gui {

namespace {

QString iconPath(const QString &name)
{
    return QStringLiteral(":/ferry/icons/%1.svg").arg(name);
}

QColor colorFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

// Renders the SVG with currentColor replaced by the palette colour for the mode. The palette is
// read at paint time, so a theme change repaints icons in the new colours.
class ThemedSvgIconEngine final : public QIconEngine
{
public:
    explicit ThemedSvgIconEngine(QString name)
        : m_name(std::move(name))
        , m_source(iconSource(m_name))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QByteArray svg = m_source;
        svg.replace("currentColor", colorFor(mode).name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        if (!renderer.isValid())
            return;
        QSizeF size = renderer.defaultSize();
        size.scale(rect.size(), Qt::KeepAspectRatio);
        QRectF target(QPointF(), size);
        target.moveCenter(QRectF(rect).center());
        renderer.render(painter, target);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        const QString key = QStringLiteral("ferry-icon:%1:%2x%3:%4")
                                .arg(m_name)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(colorFor(mode).rgba());
        QPixmap pm;
        if (QPixmapCache::find(key, &pm))
            return pm;
        pm = QPixmap(size);
        pm.fill(Qt::transparent);
        {
            QPainter painter(&pm);
            painter.setRenderHint(QPainter::Antialiasing);
            paint(&painter, QRect(QPoint(), size), mode, state);
        }
        QPixmapCache::insert(key, pm);
        return pm;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new ThemedSvgIconEngine(m_name); }
    QString key() const override { return QStringLiteral("FerryThemedSvg"); }
    QString iconName() override { return m_name; }
    bool isNull() override { return m_source.isEmpty(); }

private:
    QString m_name;
    QByteArray m_source;
};

} // namespace

QByteArray iconSource(const QString &name)
{
    QFile file(iconPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QIcon themedIcon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    Q_ASSERT_X(!iconSource(name).isEmpty(), "themedIcon", "unknown icon name");
    const QIcon icon(new ThemedSvgIconEngine(name));
    cache.insert(name, icon);
    return icon;
}

QIcon applicationIcon()
{
    QIcon icon;
    // Pre-rendered at the usual sizes with QtSvg, so the icon does not depend on the SVG
    // icon-engine plugin being deployed next to the executable.
    QSvgRenderer renderer(iconPath(QStringLiteral("ferry")));
    for (const int side : {16, 22, 24, 32, 48, 64, 128, 256}) {
        QPixmap pm(side, side);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, side, side));
        painter.end();
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace ferry::gui
