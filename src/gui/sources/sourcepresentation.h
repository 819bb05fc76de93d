#pragma once

#include <QString>

namespace ferry {
struct Source;
}

namespace ferry::gui {

// How a source's state reads in the GUI: the connectivity status as the CLI prints it (with the
// reason a person needs next to it), a status badge, the server type.
namespace sourcepresentation {

// "status-ok", "status-warning", "status-error", "status-unknown".
QString statusIconName(const QString &connectivityStatus);
// The status as `ferryctl source list` prints it, in the desktop's language; a changed
// certificate says so.
QString statusText(const Source &source);
// A sentence for the tool tip: what the status means and what to do about it.
QString statusExplanation(const Source &source);
// Whether the certificate changed or can be trusted now: CertificateTrust::changed() and
// canTrust() of source.cert (src/core/tls/certificatetrust.h).
// "vCenter Server 7.0.3", "ESXi 8.0", or "Unknown" before the first connection.
QString serverType(const Source &source);

} // namespace sourcepresentation

} // namespace ferry::gui
