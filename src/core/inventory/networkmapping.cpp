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
        // A host bridge carrying the port group's VLAN: for a VM, `physical` would hand a whole
        // host NIC over (PCI passthrough) and refuse the MAC and the VLAN.
        p.nicType = QStringLiteral("bridged");
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

const QStringList &nicTypes()
{
    static const QStringList types {QStringLiteral("managed"), QStringLiteral("bridged"),
        QStringLiteral("macvlan"), QStringLiteral("physical")};
    return types;
}

QString validatePlacement(const NetworkPlacement &p)
{
    if (!nicTypes().contains(p.nicType))
        return QCoreApplication::translate(
            "networkmapping", "The NIC type must be managed, bridged, macvlan or physical.");
    if (!p.vlan.isEmpty()
        && (p.nicType == QLatin1String("managed") || p.nicType == QLatin1String("physical")))
        return QCoreApplication::translate(
            "networkmapping", "A VLAN can only be set with the bridged or macvlan NIC type.");
    if (p.network.trimmed().isEmpty())
        return QCoreApplication::translate("networkmapping", "The target network is empty.");
    return {};
}

} // namespace ferry
