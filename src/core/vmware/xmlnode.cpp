#include "vmware/xmlnode.h"

#include "vmware/xmlreader.h"
#include <QCoreApplication>

namespace ferry::vmware {

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
XmlNode readElementAt(XmlReader &reader, int depth)
{
    XmlNode node;
    node.name = reader.name();
    if (depth > kMaxXmlDepth) {
        reader.raiseError(
            QCoreApplication::translate("vmware", "Elements nested more than %1 levels deep.")
                .arg(kMaxXmlDepth));
        return node;
    }
    node.type = reader.xsiType();
    node.refType = reader.plainType();
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == XmlReader::StartElement) {
            node.children.push_back(readElementAt(reader, depth + 1));
        } else if (token == XmlReader::Characters) {
            // One Characters token per value is the rule; CDATA or comments may split it.
            if (node.children.empty())
                node.text = node.text.isEmpty() ? reader.text() : node.text + reader.text();
        } else if (token == XmlReader::EndElement) {
            break;
        }
    }
    return node;
}
} // namespace

XmlNode readElement(XmlReader &reader)
{
    return readElementAt(reader, 1);
}

SoapStream walkSoapResponse(
    XmlReader &reader, const QString &method, const std::function<void(XmlReader &)> &onItem)
{
    SoapStream out;
    const QString responseName = method + QLatin1String("Response");
    int depth = 0;
    bool inReturnval = false;
    while (!reader.atEnd() && !reader.hasError()) {
        const auto token = reader.readNext();
        if (token == XmlReader::StartElement) {
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
        } else if (token == XmlReader::EndElement) {
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
    XmlReader reader(data);
    XmlNode root;
    while (!reader.atEnd()) {
        if (reader.readNext() == XmlReader::StartElement) {
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
