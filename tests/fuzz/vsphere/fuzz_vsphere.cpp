// libFuzzer target for vSphere SOAP answers: any bytes are read the two ways the SOAP client
// reads a server's answer (src/core/vmware): as a whole document (parseXml, for call()) and as a
// streamed RetrievePropertiesEx page (walkSoapResponse, for callStreaming()) whose objects go
// through the inventory reader (InventoryAssembler) and then what a sync does with each VM (OS
// derivation, restrictions). No crash, no sanitizer report, no hang is the contract.
// Seeds: the lab simulator's real answers (capture-lab). Run: tests/fuzz/run [SECONDS]
#include "inventory/osinfo.h"
#include "inventory/restrictions.h"
#include "vmware/inventory.h"
#include "vmware/xmlnode.h"

#include "vmware/xmlreader.h"

#include <cstddef>
#include <cstdint>

using namespace ferry;
using namespace ferry::vmware;

namespace {

// Touches every node the way the client's accessors do.
size_t walk(const XmlNode &node)
{
    size_t n = 1 + size_t(node.text.size() + node.type.size() + node.refType.size());
    for (const XmlNode &c : node.children)
        n += walk(c);
    return n;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    // call(): the whole answer, then the paths the client and the reader follow.
    if (auto doc = parseXml(bytes, QStringLiteral("fuzz"))) {
        (void)walk(*doc);
        (void)doc->textAt(u"Body/RetrievePropertiesExResponse/returnval/token");
        (void)doc->at(u"Body/Fault/detail");
        if (const XmlNode *body = doc->child(u"Body"))
            for (const XmlNode *item : body->all(u"RetrieveServiceContentResponse"))
                (void)item->textAt(u"returnval/about/apiType");
    }

    // callStreaming(): the inventory reader on a page, once for all datacenters, once scoped.
    for (const QStringList &scope : {QStringList(), QStringList {QStringLiteral("DC0/")}}) {
        XmlReader reader(bytes);
        InventoryAssembler assembler;
        assembler.setFieldNames({{QStringLiteral("101"), QStringLiteral("owner")}});
        QString token;
        const SoapStream stream
            = walkSoapResponse(reader, QStringLiteral("RetrievePropertiesEx"), [&](XmlReader &r) {
                  if (r.name() == QLatin1String("token"))
                      token = r.readElementText();
                  else if (r.name() == QLatin1String("objects"))
                      assembler.addObject(readElement(r));
                  else
                      readElement(r);
              });
        if (stream.fault)
            (void)walk(*stream.fault);
        Inventory inventory = assembler.finish(scope, 1);
        for (Instance &vm : inventory.instances) {
            applyDerivedOs(vm);
            (void)restrictionsOf(vm);
            (void)targetHostName(vm.name);
        }
    }
    return 0;
}
