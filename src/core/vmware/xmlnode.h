#pragma once

#include "util/result.h"

#include <QString>
#include <QStringView>

#include <vector>

class QXmlStreamReader;

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
XmlNode readElement(QXmlStreamReader &reader);

} // namespace ferry::vmware
