#include "inventory/networkmapping.h"

#include "model/network.h"

#include <QCoreApplication>

namespace ferry {

NetworkPlacement defaultPlacement(const Network &n)
{
    NetworkPlacement p;
    p.network = n.location.section(QLatin1Char('/'), -1);
    p.network.replace(QLatin1Char(' '), QLatin1Char('-'));
    if (n.type == QLatin1String("distributed")) {
        p.nicType = QStringLiteral("physical");
        p.vlan = n.properties.value(QStringLiteral("vlan_id")).toString();
        if (p.vlan.isEmpty())
            p.vlan = n.properties.value(QStringLiteral("vlan_ranges")).toString();
    } else {
        p.nicType = QStringLiteral("managed");
    }
    return p;
}

NetworkPlacement effectivePlacement(const Network &n)
{
    NetworkPlacement p = defaultPlacement(n);
    if (n.overrideNetwork)
        p.network = *n.overrideNetwork;
    if (n.overrideNicType)
        p.nicType = *n.overrideNicType;
    if (n.overrideVlan)
        p.vlan = *n.overrideVlan;
    if (p.nicType == QLatin1String("managed") && n.overrideNicType && !n.overrideVlan)
        p.vlan.clear();
    return p;
}

QString validatePlacement(const NetworkPlacement &p)
{
    if (p.nicType != QLatin1String("managed") && p.nicType != QLatin1String("bridged")
        && p.nicType != QLatin1String("physical"))
        return QCoreApplication::translate(
            "networkmapping", "The NIC type must be managed, bridged or physical.");
    if (!p.vlan.isEmpty() && p.nicType == QLatin1String("managed"))
        return QCoreApplication::translate(
            "networkmapping", "A VLAN can only be set with the bridged or physical NIC type.");
    if (p.network.trimmed().isEmpty())
        return QCoreApplication::translate("networkmapping", "The target network is empty.");
    return {};
}

} // namespace ferry
