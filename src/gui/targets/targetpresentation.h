#pragma once

#include <QString>

namespace ferry {
struct Target;
}

namespace ferry::gui {

// How a target's state reads in the GUI: the connectivity status as `ferryctl target list`
// prints it (with what to do next), the server type, the authentication, and whether a person
// has a certificate to confirm.
namespace targetpresentation {

// The status as the CLI prints it, in the desktop's language; a changed server certificate
// says so.
QString statusText(const Target &target);
// A sentence for the tool tip and the details: what the status means and what to do.
QString statusExplanation(const Target &target);
// "LXD 5.0.2", "Incus 6.0.1", or "Unknown" before the first trusted connection.
QString serverType(const Target &target);
// "lxd" -> "LXD", "incus" -> "Incus", "" -> "".
QString serverTypeName(const QString &targetType);
// "TLS" or "OIDC", as `ferryctl target list` prints it.
QString authLabel(const Target &target);
// "TLS client certificate" or "OIDC".
QString authDescription(const Target &target);
// SHA-256 of Ferry's client certificate for this target, lowercase hex, or empty.
QString clientFingerprint(const Target &target);
// Whether the certificate changed or can be trusted now: CertificateTrust::changed() and
// canTrust() of target.cert (src/core/tls/certificatetrust.h).
// The host of the endpoint, for the certificate's name check.
QString endpointHost(const Target &target);

} // namespace targetpresentation

} // namespace ferry::gui
