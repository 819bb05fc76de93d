#include "vmware/xmlnode.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <array>

namespace ferry::vmware {

namespace {
const QString kXsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

// vSphere answers repeat a few hundred element names, type names and short values ("true",
// "0", "persistent") hundreds of thousands of times. Handing out shared copies of strings
// seen before instead of a fresh allocation each time makes a large inventory parse markedly
// faster. A small direct-mapped table per thread: a collision simply allocates.
class StringTable
{
public:
    QString get(QStringView s)
    {
        if (s.size() > kMaxLength)
            return s.toString();
        QString &slot = m_slots[qHash(s) & (kSlots - 1)];
        if (slot != s)
            slot = s.toString();
        return slot;
    }

private:
    static constexpr qsizetype kMaxLength = 40;
    static constexpr size_t kSlots = 2048;
    std::array<QString, kSlots> m_slots;
};

StringTable &strings()
{
    thread_local StringTable table;
    return table;
}

QString localPart(QStringView qualified)
{
    const qsizetype colon = qualified.lastIndexOf(QLatin1Char(':'));
    return strings().get(colon >= 0 ? qualified.mid(colon + 1) : qualified);
}

// Values worth sharing: short ones (booleans, small numbers, enumerations). Longer texts are
// mostly unique (UUIDs, paths, MAC addresses) and would only churn the table.
QString text(QStringView s)
{
    return s.size() <= 16 ? strings().get(s) : s.toString();
}
} // namespace

const XmlNode *XmlNode::child(QStringView n) const
{
    for (const XmlNode &c : children)
        if (c.name == n)
            return &c;
    return nullptr;
}

const XmlNode *XmlNode::at(QStringView path) const
{
    const XmlNode *node = this;
    for (QStringView part : path.split(QLatin1Char('/'))) {
        node = node->child(part);
        if (!node)
            return nullptr;
    }
    return node;
}

QString XmlNode::textAt(QStringView path) const
{
    const XmlNode *n = at(path);
    return n ? n->text : QString();
}

std::vector<const XmlNode *> XmlNode::all(QStringView n) const
{
    std::vector<const XmlNode *> out;
    for (const XmlNode &c : children)
        if (c.name == n)
            out.push_back(&c);
    return out;
}

namespace {
XmlNode readElementAt(QXmlStreamReader &reader, int depth)
{
    XmlNode node;
    node.name = strings().get(reader.name());
    if (depth > kMaxXmlDepth) {
        reader.raiseError(QCoreApplication::translate("vmware",
            "Elements nested more than %1 "
            "levels deep.")
                              .arg(kMaxXmlDepth));
        return node;
    }
    const QXmlStreamAttributes attrs = reader.attributes();
    for (const QXmlStreamAttribute &a : attrs) {
        if (a.name() != QLatin1String("type"))
            continue;
        if (a.namespaceUri() == kXsi)
            node.type = localPart(a.value());
        else if (a.namespaceUri().isEmpty())
            node.refType = strings().get(a.value());
    }
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            node.children.push_back(readElementAt(reader, depth + 1));
        } else if (token == QXmlStreamReader::Characters) {
            // One Characters token per value is the rule; entities or CDATA may split it.
            if (node.children.empty())
                node.text = node.text.isEmpty() ? text(reader.text()) : node.text + reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        }
    }
    return node;
}
} // namespace

XmlNode readElement(QXmlStreamReader &reader)
{
    return readElementAt(reader, 1);
}

SoapStream walkSoapResponse(QXmlStreamReader &reader, const QString &method,
    const std::function<void(QXmlStreamReader &)> &onItem)
{
    SoapStream out;
    const QString responseName = method + QLatin1String("Response");
    int depth = 0;
    bool inReturnval = false;
    while (!reader.atEnd() && !reader.hasError()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 3) {
                if (reader.name() == QLatin1String("Fault")) {
                    out.fault = readElement(reader);
                    --depth;
                    continue;
                }
                out.sawResponse = reader.name() == responseName;
            } else if (depth == 4 && out.sawResponse
                && reader.name() == QLatin1String("returnval")) {
                inReturnval = true;
            } else if (depth == 5 && inReturnval) {
                onItem(reader); // consumes the element, ending on its EndElement
                --depth;
            } else if (depth > kMaxXmlDepth) {
                reader.raiseError(QCoreApplication::translate(
                    "vmware", "Elements nested more than %1 levels deep.")
                                      .arg(kMaxXmlDepth));
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 4)
                inReturnval = false;
            --depth;
        }
    }
    if (reader.hasError())
        out.parseError = QStringLiteral("line %1, column %2: %3")
                             .arg(reader.lineNumber())
                             .arg(reader.columnNumber())
                             .arg(reader.errorString());
    return out;
}

Result<XmlNode> parseXml(const QByteArray &data, const QString &what)
{
    QXmlStreamReader reader(data);
    reader.setNamespaceProcessing(true);
    XmlNode root;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement) {
            root = readElement(reader);
            break;
        }
    }
    // Read to the end so truncated or malformed trailing data is reported too.
    while (!reader.atEnd() && !reader.hasError())
        reader.readNext();
    if (reader.hasError() || root.isNull())
        return Error(Error::Code::Server,
            QCoreApplication::translate("vmware",
                "The server's answer to %1 is not valid "
                "XML.")
                .arg(what),
            reader.hasError() ? QStringLiteral("line %1, column %2: %3")
                                    .arg(reader.lineNumber())
                                    .arg(reader.columnNumber())
                                    .arg(reader.errorString())
                              : QStringLiteral("empty document"));
    return root;
}

} // namespace ferry::vmware
