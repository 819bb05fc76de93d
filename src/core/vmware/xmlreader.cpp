#include "vmware/xmlreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <array>
#include <cstring>

namespace ferry::vmware {

struct XmlReader::Open
{
    QByteArray qualifiedName;
    size_t namespaceMark = 0; // m_namespaces' size before this element's declarations
};

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(vmware)
};

constexpr QByteArrayView kXsi("http://www.w3.org/2001/XMLSchema-instance");
constexpr qsizetype kChunk = 256 * 1024;

// vSphere answers repeat a few hundred element names, type names and short values ("true", "0",
// "persistent") hundreds of thousands of times. Handing out shared copies of strings seen before
// instead of decoding and allocating each time saves much of a large parse. A direct-mapped
// table per thread, keyed by the UTF-8 bytes: a collision simply decodes.
class StringTable
{
public:
    struct Slot
    {
        QByteArray key;
        QString value;
    };
    // The shared bytes and text of data[0, size), which must be at most kMaxLength long.
    const Slot &slot(const char *data, qsizetype size)
    {
        Slot &slot = m_slots[qHash(QByteArrayView(data, size)) & (kSlots - 1)];
        if (slot.key.size() != size || std::memcmp(slot.key.constData(), data, size_t(size)) != 0) {
            slot.key = QByteArray(data, size);
            slot.value = QString::fromUtf8(data, size);
        }
        return slot;
    }
    QString get(const char *data, qsizetype size)
    {
        return size <= kMaxLength ? slot(data, size).value : QString::fromUtf8(data, size);
    }
    QByteArray bytes(const char *data, qsizetype size)
    {
        return size <= kMaxLength ? slot(data, size).key : QByteArray(data, size);
    }
    static constexpr qsizetype kMaxLength = 40;

private:
    static constexpr size_t kSlots = 2048;
    std::array<Slot, kSlots> m_slots;
};

StringTable &strings()
{
    thread_local StringTable table;
    return table;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Name characters as XML allows them, with every non-ASCII byte accepted (UTF-8 sequences of
// the letters XML allows).
bool isNameStart(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u == ':' || u >= 0x80;
}

bool isNameChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return isNameStart(c) || (u >= '0' && u <= '9') || u == '-' || u == '.';
}

// The local part of a qualified name: after its last colon.
QByteArrayView localPart(QByteArrayView qualified)
{
    const qsizetype colon = qualified.lastIndexOf(':');
    return colon >= 0 ? qualified.sliced(colon + 1) : qualified;
}

} // namespace

XmlReader::XmlReader(const QByteArray &document)
    : m_buf(document)
{ }

XmlReader::XmlReader(QIODevice *device)
    : m_device(device)
    , m_deviceDone(device == nullptr)
{ }

XmlReader::~XmlReader() = default;

bool XmlReader::fill()
{
    if (m_deviceDone)
        return false;
    const qsizetype old = m_buf.size();
    m_buf.resize(old + kChunk);
    const qint64 n = m_device->read(m_buf.data() + old, kChunk);
    m_buf.resize(old + qMax<qint64>(n, 0));
    if (n <= 0)
        m_deviceDone = true;
    return n > 0;
}

bool XmlReader::ensure(qsizetype bytes)
{
    while (m_buf.size() - m_pos < bytes)
        if (!fill())
            return false;
    return true;
}

qsizetype XmlReader::find(char c, qsizetype from)
{
    while (true) {
        const qsizetype at = m_buf.indexOf(c, from);
        if (at >= 0)
            return at;
        from = m_buf.size();
        if (!fill())
            return -1;
    }
}

qsizetype XmlReader::find(const char *sequence, qsizetype from)
{
    const auto length = qsizetype(std::strlen(sequence));
    while (true) {
        const qsizetype at = m_buf.indexOf(QByteArrayView(sequence, length), from);
        if (at >= 0)
            return at;
        from = qMax(from, m_buf.size() - length + 1);
        if (!fill())
            return -1;
    }
}

// Drops what was read: only between tokens, so no position held by a token goes stale.
void XmlReader::compact()
{
    if (m_pos < 4 * kChunk)
        return;
    const char *data = m_buf.constData();
    const qsizetype lastNewline = QByteArrayView(data, m_pos).lastIndexOf('\n');
    if (lastNewline >= 0) {
        m_discardedLines += QByteArrayView(data, m_pos).count('\n');
        m_discardedColumn = m_pos - lastNewline - 1;
    } else {
        m_discardedColumn += m_pos;
    }
    m_buf.remove(0, m_pos);
    m_pos = 0;
}

qint64 XmlReader::lineNumber() const
{
    const qsizetype upTo = qMin(m_pos, m_buf.size());
    return m_discardedLines + QByteArrayView(m_buf.constData(), upTo).count('\n') + 1;
}

qint64 XmlReader::columnNumber() const
{
    const qsizetype upTo = qMin(m_pos, m_buf.size());
    const qsizetype lastNewline = QByteArrayView(m_buf.constData(), upTo).lastIndexOf('\n');
    return lastNewline >= 0 ? upTo - lastNewline - 1 : m_discardedColumn + upTo;
}

XmlReader::Token XmlReader::fail(const QString &message)
{
    if (m_token != Invalid)
        m_errorString = message;
    m_token = Invalid;
    return m_token;
}

void XmlReader::raiseError(const QString &message)
{
    fail(message.isEmpty() ? Text::tr("Invalid document.") : message);
}

XmlReader::Token XmlReader::readNext()
{
    if (m_token == Invalid || m_token == EndDocument)
        return m_token;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        // The name is still the one of the start element.
        m_namespaces.resize(m_open.back().namespaceMark);
        m_open.pop_back();
        m_rootClosed = m_open.empty();
        return m_token = EndElement;
    }
    compact();
    if (m_token == NoToken) {
        // A UTF-8 byte order mark is allowed before the document; UTF-16 is not spoken here.
        if (ensure(3) && std::memcmp(m_buf.constData(), "\xEF\xBB\xBF", 3) == 0)
            m_pos = 3;
        else if (ensure(2)
            && (std::memcmp(m_buf.constData(), "\xFE\xFF", 2) == 0
                || std::memcmp(m_buf.constData(), "\xFF\xFE", 2) == 0))
            return fail(Text::tr("Encoding not supported (only UTF-8 is)."));
    }
    while (true) {
        if (m_pos >= m_buf.size() && !fill()) {
            if (!m_open.empty() || !m_sawRoot)
                return fail(Text::tr("Premature end of document."));
            return m_token = EndDocument;
        }
        if (m_buf.at(m_pos) != '<') {
            qsizetype end = find('<', m_pos);
            if (end < 0)
                end = m_buf.size();
            const char *data = m_buf.constData() + m_pos;
            const qsizetype size = end - m_pos;
            if (m_open.empty()) {
                for (qsizetype i = 0; i < size; ++i)
                    if (!isSpace(data[i]))
                        return fail(m_rootClosed ? Text::tr("Extra content at end of document.")
                                                 : Text::tr("Start tag expected."));
                m_pos = end;
                continue;
            }
            if (!decode(data, size, &m_text, false))
                return m_token;
            m_pos = end;
            return m_token = Characters;
        }
        if (!ensure(2))
            return fail(Text::tr("Premature end of document."));
        const char next = m_buf.at(m_pos + 1);
        if (next == '?') {
            // The XML declaration or a processing instruction: only UTF-8 is spoken here.
            const qsizetype end = find("?>", m_pos + 2);
            if (end < 0)
                return fail(Text::tr("Premature end of document."));
            const QByteArray pi = m_buf.mid(m_pos + 2, end - m_pos - 2).toLower();
            if (pi.startsWith("xml") && pi.contains("encoding")
                && !(pi.contains("utf-8") || pi.contains("us-ascii")))
                return fail(Text::tr("Encoding not supported (only UTF-8 is)."));
            m_pos = end + 2;
            continue;
        }
        if (next == '!') {
            if (!ensure(4))
                return fail(Text::tr("Premature end of document."));
            if (std::memcmp(m_buf.constData() + m_pos, "<!--", 4) == 0) {
                const qsizetype end = find("-->", m_pos + 4);
                if (end < 0)
                    return fail(Text::tr("Premature end of document."));
                m_pos = end + 3;
                continue;
            }
            if (ensure(9) && std::memcmp(m_buf.constData() + m_pos, "<![CDATA[", 9) == 0) {
                if (m_open.empty())
                    return fail(Text::tr("Start tag expected."));
                const qsizetype end = find("]]>", m_pos + 9);
                if (end < 0)
                    return fail(Text::tr("Premature end of document."));
                m_text = QString::fromUtf8(m_buf.constData() + m_pos + 9, end - m_pos - 9);
                m_pos = end + 3;
                return m_token = Characters;
            }
            return fail(Text::tr("Document type declarations are not accepted."));
        }
        if (next == '/')
            return endTag();
        return startTag();
    }
}

XmlReader::Token XmlReader::endTag()
{
    const qsizetype end = find('>', m_pos + 2);
    if (end < 0)
        return fail(Text::tr("Premature end of document."));
    const char *data = m_buf.constData();
    qsizetype nameEnd = end;
    while (nameEnd > m_pos + 2 && isSpace(data[nameEnd - 1]))
        --nameEnd;
    const QByteArrayView qualified(data + m_pos + 2, nameEnd - m_pos - 2);
    if (m_open.empty() || qualified != QByteArrayView(m_open.back().qualifiedName))
        return fail(Text::tr("Opening and ending tag mismatch."));
    m_pos = end + 1;
    const QByteArrayView local = localPart(qualified);
    m_name = strings().get(local.data(), local.size());
    m_namespaces.resize(m_open.back().namespaceMark);
    m_open.pop_back();
    m_rootClosed = m_open.empty();
    return m_token = EndElement;
}

XmlReader::Token XmlReader::startTag()
{
    if (m_rootClosed)
        return fail(Text::tr("Extra content at end of document."));
    // The tag ends at the first '>' outside a quoted attribute value.
    qsizetype end = m_pos + 1;
    char quote = 0;
    while (true) {
        if (end >= m_buf.size() && !fill())
            return fail(Text::tr("Premature end of document."));
        const char c = m_buf.at(end);
        if (quote) {
            if (c == quote)
                quote = 0;
            else if (c == '<')
                return fail(Text::tr("Invalid attribute value."));
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            break;
        } else if (c == '<') {
            return fail(Text::tr("Invalid tag."));
        }
        ++end;
    }
    const char *data = m_buf.constData();
    qsizetype i = m_pos + 1;
    qsizetype tagEnd = end;
    const bool selfClosing = tagEnd > i && data[tagEnd - 1] == '/';
    if (selfClosing)
        --tagEnd;

    if (i >= tagEnd || !isNameStart(data[i]))
        return fail(Text::tr("Invalid element name."));
    const qsizetype nameStart = i;
    while (i < tagEnd && isNameChar(data[i]))
        ++i;
    const QByteArrayView qualified(data + nameStart, i - nameStart);
    Open open;
    open.qualifiedName = strings().bytes(qualified.data(), qualified.size());
    open.namespaceMark = m_namespaces.size();

    // Attributes: declarations take effect for the element itself, so collect first.
    m_attributes.clear();
    while (true) {
        const qsizetype before = i;
        while (i < tagEnd && isSpace(data[i]))
            ++i;
        if (i >= tagEnd)
            break;
        if (i == before || !isNameStart(data[i]))
            return fail(Text::tr("Invalid attribute."));
        Attribute a;
        a.nameStart = i;
        while (i < tagEnd && isNameChar(data[i]))
            ++i;
        a.nameSize = i - a.nameStart;
        while (i < tagEnd && isSpace(data[i]))
            ++i;
        if (i >= tagEnd || data[i] != '=')
            return fail(Text::tr("Expected '=' after the attribute name."));
        ++i;
        while (i < tagEnd && isSpace(data[i]))
            ++i;
        if (i >= tagEnd || (data[i] != '"' && data[i] != '\''))
            return fail(Text::tr("Expected a quoted attribute value."));
        const char q = data[i++];
        a.valueStart = i;
        while (i < tagEnd && data[i] != q)
            ++i;
        if (i >= tagEnd)
            return fail(Text::tr("Invalid attribute value."));
        a.valueSize = i - a.valueStart;
        ++i;
        const QByteArrayView name(data + a.nameStart, a.nameSize);
        if (name.startsWith("xmlns:")) {
            QString uri;
            if (!decode(data + a.valueStart, a.valueSize, &uri, true))
                return m_token;
            m_namespaces.push_back({name.sliced(6).toByteArray(), uri.toUtf8()});
        } else if (name != "xmlns") {
            m_attributes.push_back(a);
        }
    }

    QByteArrayView uri;
    if (!resolvePrefix(qualified, &uri))
        return m_token;
    m_xsiType.clear();
    m_plainType.clear();
    for (const Attribute &a : m_attributes) {
        const QByteArrayView name(data + a.nameStart, a.nameSize);
        if (!resolvePrefix(name, &uri))
            return m_token;
        if (localPart(name) != "type")
            continue;
        QString value;
        if (!decode(data + a.valueStart, a.valueSize, &value, true))
            return m_token;
        if (!name.contains(':')) {
            m_plainType = value;
        } else if (uri == kXsi) {
            const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
            m_xsiType = colon >= 0 ? value.mid(colon + 1) : value;
        }
    }

    const QByteArrayView local = localPart(qualified);
    m_name = strings().get(local.data(), local.size());
    m_open.push_back(std::move(open));
    m_sawRoot = true;
    m_pendingEnd = selfClosing;
    m_pos = end + 1;
    return m_token = StartElement;
}

bool XmlReader::resolvePrefix(QByteArrayView qualifiedName, QByteArrayView *uri)
{
    *uri = {};
    const qsizetype colon = qualifiedName.indexOf(':');
    if (colon < 0)
        return true;
    const QByteArrayView prefix = qualifiedName.first(colon);
    if (prefix == "xml") {
        *uri = "http://www.w3.org/XML/1998/namespace";
        return true;
    }
    for (auto it = m_namespaces.rbegin(); it != m_namespaces.rend(); ++it) {
        if (QByteArrayView(it->prefix) == prefix) {
            *uri = it->uri;
            return true;
        }
    }
    fail(Text::tr("Namespace prefix %1 not declared.").arg(QString::fromUtf8(prefix)));
    return false;
}

// Decodes text or an attribute value: entity and character references, line ends.
bool XmlReader::decode(const char *data, qsizetype size, QString *out, bool attribute)
{
    const bool plain = std::memchr(data, '&', size_t(size)) == nullptr
        && std::memchr(data, '\r', size_t(size)) == nullptr;
    if (plain) {
        *out = size <= 16 ? strings().get(data, size) : QString::fromUtf8(data, size);
        return true;
    }
    QByteArray bytes;
    bytes.reserve(size);
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '\r') {
            bytes += '\n';
            if (i + 1 < size && data[i + 1] == '\n')
                ++i;
            continue;
        }
        if (c != '&') {
            bytes += c;
            continue;
        }
        const char *semicolon
            = static_cast<const char *>(std::memchr(data + i, ';', size_t(size - i)));
        if (!semicolon || semicolon - (data + i) > 12) {
            fail(Text::tr("Invalid entity reference."));
            return false;
        }
        const QByteArrayView entity(data + i + 1, semicolon - (data + i) - 1);
        i = semicolon - data;
        if (entity == "lt") {
            bytes += '<';
        } else if (entity == "gt") {
            bytes += '>';
        } else if (entity == "amp") {
            bytes += '&';
        } else if (entity == "quot") {
            bytes += '"';
        } else if (entity == "apos") {
            bytes += '\'';
        } else if (entity.startsWith('#') && entity.size() > 1) {
            bool ok = false;
            const QByteArray digits = entity.at(1) == 'x'
                ? QByteArray(entity.data() + 2, entity.size() - 2)
                : QByteArray(entity.data() + 1, entity.size() - 1);
            const uint code = digits.toUInt(&ok, entity.at(1) == 'x' ? 16 : 10);
            // Characters XML allows: tab, line feed, carriage return, and from space on,
            // without surrogates and the two non-characters at the end of the BMP.
            const bool allowed = ok
                && (code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF)
                    || (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF));
            if (!allowed) {
                fail(Text::tr("Invalid character reference."));
                return false;
            }
            const char32_t ch = code;
            bytes += QString::fromUcs4(&ch, 1).toUtf8();
        } else {
            fail(Text::tr("Entity '%1' not declared.").arg(QString::fromUtf8(entity)));
            return false;
        }
    }
    if (attribute)
        bytes.replace('\n', ' ').replace('\t', ' ');
    *out = QString::fromUtf8(bytes);
    return true;
}

QString XmlReader::readElementText()
{
    QString result;
    if (m_token != StartElement)
        return result;
    while (true) {
        switch (readNext()) {
        case Characters:
            result += m_text;
            break;
        case EndElement:
            return result;
        case StartElement:
            raiseError(Text::tr("Expected character data."));
            return result;
        default:
            return result;
        }
    }
}

void XmlReader::skipCurrentElement()
{
    int depth = 1;
    while (depth > 0 && !atEnd()) {
        const Token t = readNext();
        if (t == StartElement)
            ++depth;
        else if (t == EndElement)
            --depth;
    }
}

} // namespace ferry::vmware
