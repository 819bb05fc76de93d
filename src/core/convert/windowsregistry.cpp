#include "convert/windowsregistry.h"

#include <QRegularExpression>

namespace ferry::convert::winreg {

namespace {

QString quoted(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    q.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString hexBytes(const QByteArray &bytes)
{
    QStringList parts;
    parts.reserve(bytes.size());
    for (char c : bytes)
        parts.append(QStringLiteral("%1").arg(quint8(c), 2, 16, QLatin1Char('0')));
    return parts.join(QLatin1Char(','));
}

QByteArray utf16z(const QString &s)
{
    QByteArray out;
    for (QChar c : s) {
        out.append(char(c.unicode() & 0xff));
        out.append(char(c.unicode() >> 8));
    }
    out.append(2, '\0');
    return out;
}

QString fromUtf16(const QByteArray &bytes)
{
    QString s;
    for (int i = 0; i + 1 < bytes.size(); i += 2) {
        const ushort u = ushort(quint8(bytes.at(i))) | ushort(quint8(bytes.at(i + 1)) << 8);
        s.append(QChar(u));
    }
    return s;
}

QString unquote(const QString &s)
{
    QString out;
    for (int i = 0; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('\\') && i + 1 < s.size())
            ++i;
        out.append(s.at(i));
    }
    return out;
}

} // namespace

Value Value::ofDword(const QString &name, quint32 v)
{
    Value x;
    x.name = name;
    x.type = Type::Dword;
    x.dword = v;
    return x;
}

Value Value::ofString(const QString &name, const QString &v)
{
    Value x;
    x.name = name;
    x.type = Type::String;
    x.string = v;
    return x;
}

Value Value::ofExpandString(const QString &name, const QString &v)
{
    Value x = ofString(name, v);
    x.type = Type::ExpandString;
    return x;
}

Value Value::ofMultiString(const QString &name, const QStringList &v)
{
    Value x;
    x.name = name;
    x.type = Type::MultiString;
    x.strings = v;
    return x;
}

Value Value::ofBinary(const QString &name, const QByteArray &v)
{
    Value x;
    x.name = name;
    x.type = Type::Binary;
    x.binary = v;
    return x;
}

const Value *Key::value(const QString &name) const
{
    for (const Value &v : values) {
        if (v.name.compare(name, Qt::CaseInsensitive) == 0)
            return &v;
    }
    return nullptr;
}

QString regText(const QString &prefix, const QList<Key> &keys)
{
    QString out = QStringLiteral("Windows Registry Editor Version 5.00\n");
    QStringList written;
    auto header = [&](const QString &path) {
        out += QStringLiteral("\n[%1\\%2]\n").arg(prefix, path);
    };
    for (const Key &key : keys) {
        // Every parent first, once: hivexregedit creates a key only under an existing one.
        const QStringList parts = key.path.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
        for (int n = 1; n < parts.size(); ++n) {
            const QString parent = parts.mid(0, n).join(QLatin1Char('\\'));
            if (!written.contains(parent, Qt::CaseInsensitive)) {
                written.append(parent);
                header(parent);
            }
        }
        const QString path = parts.join(QLatin1Char('\\'));
        written.append(path);
        header(path);
        for (const Value &v : key.values) {
            const QString name = v.name.isEmpty() ? QStringLiteral("@") : quoted(v.name);
            QString data;
            switch (v.type) {
            case Value::Type::Dword:
                data = QStringLiteral("dword:%1").arg(v.dword, 8, 16, QLatin1Char('0'));
                break;
            case Value::Type::String:
                data = quoted(v.string);
                break;
            case Value::Type::ExpandString:
                data = QStringLiteral("hex(2):") + hexBytes(utf16z(v.string));
                break;
            case Value::Type::MultiString: {
                QByteArray bytes;
                for (const QString &s : v.strings)
                    bytes += utf16z(s);
                bytes.append(2, '\0');
                data = QStringLiteral("hex(7):") + hexBytes(bytes);
                break;
            }
            case Value::Type::Binary:
            case Value::Type::Other:
                data = QStringLiteral("hex:") + hexBytes(v.binary);
                break;
            }
            out += name + QLatin1Char('=') + data + QLatin1Char('\n');
        }
    }
    return out;
}

QList<Key> parseExport(const QString &text)
{
    QList<Key> keys;
    // Continuation lines (a trailing backslash) joined first.
    QString joined = text;
    joined.replace(QStringLiteral("\\\r\n"), QString());
    joined.replace(QStringLiteral("\\\n"), QString());
    static const QRegularExpression valueLine(
        QStringLiteral(R"re(^(@|"((?:[^"\\]|\\.)*)")=(.*)$)re"));
    static const QRegularExpression hexType(QStringLiteral(R"(^hex(?:\(([0-9a-fA-F]+)\))?:(.*)$)"));
    for (QString line : joined.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            QString path = line.mid(1, line.size() - 2);
            while (path.startsWith(QLatin1Char('\\')))
                path = path.mid(1);
            keys.append({path, {}});
            continue;
        }
        if (keys.isEmpty())
            continue;
        const auto m = valueLine.match(line);
        if (!m.hasMatch())
            continue;
        Value v;
        v.name = m.captured(1) == QLatin1String("@") ? QString() : unquote(m.captured(2));
        const QString data = m.captured(3);
        if (data.startsWith(QLatin1String("dword:"))) {
            v.type = Value::Type::Dword;
            v.dword = data.mid(6).toUInt(nullptr, 16);
        } else if (data.startsWith(QLatin1Char('"'))) {
            v.type = Value::Type::String;
            v.string = unquote(data.mid(1, data.size() - 2));
        } else if (const auto h = hexType.match(data); h.hasMatch()) {
            QByteArray bytes;
            for (const QString &b : h.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts))
                bytes.append(char(b.trimmed().toUInt(nullptr, 16)));
            const int type = h.captured(1).isEmpty() ? 3 : h.captured(1).toInt(nullptr, 16);
            QString s = fromUtf16(bytes);
            while (s.endsWith(QChar(0)) && type != 7)
                s.chop(1);
            switch (type) {
            case 1:
                v.type = Value::Type::String;
                v.string = s;
                break;
            case 2:
                v.type = Value::Type::ExpandString;
                v.string = s;
                break;
            case 4:
                v.type = Value::Type::Dword;
                for (int i = 0; i < 4 && i < bytes.size(); ++i)
                    v.dword |= quint32(quint8(bytes.at(i))) << (8 * i);
                break;
            case 7:
                v.type = Value::Type::MultiString;
                v.strings = s.split(QChar(0), Qt::SkipEmptyParts);
                break;
            case 3:
                v.type = Value::Type::Binary;
                v.binary = bytes;
                break;
            default:
                v.type = Value::Type::Other;
                v.binary = bytes;
                break;
            }
        } else {
            continue;
        }
        keys.last().values.append(v);
    }
    return keys;
}

const Key *findKey(const QList<Key> &keys, const QString &path)
{
    for (const Key &k : keys) {
        if (k.path.compare(path, Qt::CaseInsensitive) == 0)
            return &k;
    }
    return nullptr;
}

QString controlSetName(quint32 current)
{
    if (current == 0 || current > 999)
        return {};
    return QStringLiteral("ControlSet%1").arg(current, 3, 10, QLatin1Char('0'));
}

} // namespace ferry::convert::winreg
