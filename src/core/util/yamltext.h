#pragma once

#include <QString>

namespace ferry {

// Text as a double-quoted YAML scalar, written by yaml-cpp's YAML::Emitter: quotes, backslashes
// and control characters escaped (\n, \t, \x07 ...), as are DEL, the C1 controls, the no-break
// space and the byte order mark; every other character as it is (UTF-8). What the batch writer
// quotes with, and what any other code that writes YAML by hand should call rather than escape
// on its own.
QString yamlDoubleQuoted(const QString &text);

} // namespace ferry
