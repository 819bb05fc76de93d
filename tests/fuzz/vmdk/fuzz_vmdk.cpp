// libFuzzer target for VMDK text descriptors (src/core/transfer/vmdkdescriptor.cpp): any bytes
// are read as the .vmdk file a datastore served; what parses is checked for copyability and
// sized. No crash, no sanitizer report (overflow included), no hang is the contract.
// Seeds: the lab's real descriptors and hand-written layouts. Run: tests/fuzz/run [SECONDS]
#include "vmware/vmdkdescriptor.h"

#include <cstddef>
#include <cstdint>

using namespace ferry::vmware;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto d = parseVmdkDescriptor(text)) {
        (void)checkCopyable(*d);
        (void)d->sizeBytes();
    }
    return 0;
}
