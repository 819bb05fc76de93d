#include "util/yamltext.h"

#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>

namespace ferry {

QString yamlDoubleQuoted(const QString &text)
{
    YAML::Emitter out;
    out << YAML::DoubleQuoted << text.toStdString();
    QString quoted = QString::fromUtf8(out.c_str(), int(out.size()));
    // yaml-cpp leaves DEL as it is; YAML counts it as not printable. Inside the quotes a DEL can
    // only be the text's own.
    quoted.replace(QChar(0x7f), QLatin1String("\\x7f"));
    return quoted;
}

} // namespace ferry
