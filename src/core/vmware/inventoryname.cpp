#include "vmware/inventoryname.h"

#include <QUrl>

namespace ferry::vmware {

QString unescapeInventoryName(const QString &name)
{
    if (!name.contains(QLatin1Char('%')))
        return name;
    QString out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == QLatin1Char('%') && i + 2 < name.size()) {
            const QString hex = name.mid(i + 1, 2).toLower();
            if (hex == QLatin1String("25")) {
                out += QLatin1Char('%');
                i += 2;
                continue;
            }
            if (hex == QLatin1String("2f")) {
                out += QLatin1Char('/');
                i += 2;
                continue;
            }
            if (hex == QLatin1String("5c")) {
                out += QLatin1Char('\\');
                i += 2;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QByteArray encodeFolderQueryValue(const QString &value)
{
    // QUrl::toPercentEncoding leaves only the unreserved characters and those in the
    // exclude list as they are.
    return QUrl::toPercentEncoding(value, QByteArrayLiteral("/"));
}

QByteArray encodeFolderPath(const QString &relativePath)
{
    return QUrl::toPercentEncoding(relativePath, QByteArrayLiteral("/"));
}

} // namespace ferry::vmware
