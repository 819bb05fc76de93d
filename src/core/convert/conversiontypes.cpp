#include "convert/conversiontypes.h"

namespace ferry::convert {

QString DiskEndpoint::guestfishUri() const
{
    if (!nbdSocket.isEmpty())
        return QStringLiteral("nbd://?socket=") + nbdSocket;
    return file;
}

const char *ConversionResult::outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Converted:
        return "converted";
    case Outcome::NoOperatingSystem:
        return "no-operating-system";
    case Outcome::Inspected:
        return "inspected";
    case Outcome::OtherConverter:
        return "other-converter";
    }
    return "unknown";
}

bool ConversionResult::hasStep(const QString &name) const
{
    for (const ConversionStep &s : steps) {
        if (s.name == name)
            return true;
    }
    return false;
}

} // namespace ferry::convert
