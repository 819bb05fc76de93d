#pragma once

#include "util/result.h"

#include <QString>

namespace ferry {

struct InstanceOverrides;

// The rules for what people override on an instance, for ferry's overrides dialog and ferryctl
// instance override alike (the store keeps whatever it is given).

// Why `name` cannot be the instance's name on the target, or an empty string when it can: a
// host name (isValidHostName in inventory/osinfo.h) of letters, digits and hyphens, at most 63,
// not starting or ending with a hyphen, not only digits.
QString overrideNameProblem(const QString &name);

// Every override that is set: the name as above, CPUs and memory more than zero. InvalidInput
// with the first problem.
Status validateOverrides(const InstanceOverrides &overrides);

} // namespace ferry
