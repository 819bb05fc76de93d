#pragma once

#include <QString>
#include <QStringList>

namespace ferry {

struct Network;

// Where a source network's NICs go on the target.
struct NetworkPlacement
{
    QString network;
    QString nicType; // managed | bridged | physical
    QString vlan; // empty: none
};

// The default mapping (as the reference): a standard or NSX network becomes a managed NIC on the
// target network named after the last part of its location, spaces as '-'; a distributed port
// group becomes a bridged NIC with its VLAN (or trunk ranges). Overrides replace each part.
NetworkPlacement defaultPlacement(const Network &network);
NetworkPlacement effectivePlacement(const Network &network);
// The NIC types a mapping can name: managed (network=), bridged, macvlan, physical.
const QStringList &nicTypes();
// An error text if the combination is invalid (a VLAN needs bridged or macvlan), else empty.
QString validatePlacement(const NetworkPlacement &placement);

} // namespace ferry
