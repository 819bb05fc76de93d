#pragma once

#include <QString>

namespace ferry {

// Where Ferry keeps its state. The first of these wins: the explicit override (--data-dir), the
// FERRY_DATA_DIR environment variable, <generic data location>/Ferry (the same for ferry and
// ferryctl).
QString resolveDataDirectory(const QString &explicitOverride = {});
QString databaseFile(const QString &dataDirectory);
QString logDirectory(const QString &dataDirectory);

} // namespace ferry
