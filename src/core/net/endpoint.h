#pragma once

#include "util/result.h"

#include <QString>

namespace ferry::net {

// The address of a server as a person types it ("vc.example", "10.0.0.5:8443",
// "https://host:443/sdk") in the one form Ferry stores: "https://host[:port]", the scheme added
// when missing, path, query and user information dropped. `defaultPort` is the port when none is
// given; with keepDefaultPort false it is left out of the result (sources: 443), with true it is
// always written (targets: 8443). InvalidInput when the text is empty, not a host name, an IP
// address or an https URL, or names another scheme. Sources and targets, ferry and ferryctl all
// go through it.
Result<QString> normalizeHttpsEndpoint(const QString &input, int defaultPort, bool keepDefaultPort);

} // namespace ferry::net
