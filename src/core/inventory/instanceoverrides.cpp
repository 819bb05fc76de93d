#include "inventory/instanceoverrides.h"

#include "inventory/osinfo.h"
#include "model/instance.h"

#include <QCoreApplication>

namespace ferry {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InstanceOverrides)
};

} // namespace

QString overrideNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Text::tr("The name on the target is empty.");
    if (!isValidHostName(name))
        return Text::tr("\"%1\" cannot be a host name on the target: use letters, digits and "
                        "hyphens, at most 63, not starting or ending with a hyphen.")
            .arg(name);
    return {};
}

Status validateOverrides(const InstanceOverrides &o)
{
    if (o.name)
        if (const QString problem = overrideNameProblem(*o.name); !problem.isEmpty())
            return Error(Error::Code::InvalidInput, problem);
    if (o.cpus && *o.cpus <= 0)
        return Error(
            Error::Code::InvalidInput, Text::tr("The number of CPUs must be more than zero."));
    if (o.memoryBytes && *o.memoryBytes <= 0)
        return Error(Error::Code::InvalidInput, Text::tr("The memory must be more than zero."));
    return {};
}

} // namespace ferry
