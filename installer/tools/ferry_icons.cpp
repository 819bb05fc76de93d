// Renders Ferry's application icon (resources/icons/ferry.svg) for the installers:
//   ferry_icons SVG OUTDIR NAME
// writes OUTDIR/hicolor/<N>x<N>/apps/NAME.png for the freedesktop sizes and OUTDIR/NAME.ico
// (16 to 256 pixels, PNG entries, as Windows Vista and later read them).

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

const int kHicolorSizes[] = {16, 22, 24, 32, 48, 64, 128, 256, 512};
const int kIcoSizes[] = {16, 24, 32, 48, 64, 256};

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image;
}

QByteArray png(const QImage &image)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return data;
}

template<typename T>
void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// ICONDIR, one ICONDIRENTRY per size, then the PNG data of each.
QByteArray ico(QSvgRenderer &svg)
{
    QList<QByteArray> images;
    for (int size : kIcoSizes)
        images << png(render(svg, size));
    QByteArray out;
    put<quint16>(out, 0);
    put<quint16>(out, 1);
    put<quint16>(out, quint16(images.size()));
    quint32 offset = 6 + 16 * quint32(images.size());
    for (int i = 0; i < images.size(); ++i) {
        const int size = kIcoSizes[i];
        out.append(char(size >= 256 ? 0 : size)); // 0 means 256
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0));
        put<quint16>(out, 1); // planes
        put<quint16>(out, 32); // bits per pixel
        put<quint32>(out, quint32(images[i].size()));
        put<quint32>(out, offset);
        offset += quint32(images[i].size());
    }
    for (const QByteArray &image : images)
        out += image;
    return out;
}

bool write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        std::fprintf(stderr, "ferry_icons: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: ferry_icons SVG OUTDIR NAME\n");
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "ferry_icons: %s is not a valid SVG file\n", qPrintable(args[1]));
        return 1;
    }
    const QString outDir = args[2];
    const QString name = args[3];
    for (int size : kHicolorSizes) {
        const QString path
            = QStringLiteral("%1/hicolor/%2x%2/apps/%3.png").arg(outDir).arg(size).arg(name);
        if (!write(path, png(render(svg, size))))
            return 1;
    }
    if (!write(QStringLiteral("%1/%2.ico").arg(outDir, name), ico(svg)))
        return 1;
    return 0;
}
