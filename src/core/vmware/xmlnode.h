#pragma once

#include "util/result.h"

#include <QString>
#include <QStringView>

#include <functional>
#include <optional>
#include <vector>

namespace ferry::vmware {
class XmlReader;
}

namespace ferry::vmware {

// A small element tree for vSphere SOAP answers. Names are local names (prefixes dropped);
// `type` is the xsi:type (also when a server writes it as XMLSchema-instance:type), local part.
struct XmlNode
{
    QString name;
    QString type;
    QString refType; // the plain "type" attribute of a managed object reference
    QString text;
    std::vector<XmlNode> children;

    const XmlNode *child(QStringView name) const;
    // Follows a path of child names separated by '/'. Null if any step is missing.
    const XmlNode *at(QStringView path) const;
    QString textAt(QStringView path) const;
    std::vector<const XmlNode *> all(QStringView name) const;
    bool isNull() const { return name.isEmpty(); }
};

// Parses a whole document. `what` names what was being read for the error message.
Result<XmlNode> parseXml(const QByteArray &data, const QString &what);
// Reads the element the reader stands on (after a StartElement) with all its children.
// Elements nested deeper than kMaxXmlDepth make the reader fail (raiseError) instead of
// recursing without bound: vSphere's answers nest a few dozen levels.
XmlNode readElement(XmlReader &reader);
constexpr int kMaxXmlDepth = 256;

// What walkSoapResponse() saw in a streamed answer.
struct SoapStream
{
    bool sawResponse = false; // <method>Response was there
    std::optional<XmlNode> fault; // a SOAP fault instead of the response
    QString parseError; // not well-formed XML ("line L, column C: text")
};

// Walks Envelope > Body > (Fault | <method>Response) > returnval > items as they are read and
// calls `onItem` with the reader on the start of each item (it must consume the element, up to
// its EndElement). The SOAP client runs it on the receiving pipe; the fuzzer on whole answers.
SoapStream walkSoapResponse(
    XmlReader &reader, const QString &method, const std::function<void(XmlReader &)> &onItem);

} // namespace ferry::vmware
