#pragma once

#include "util/result.h"

#include <QString>

namespace ferry {

// The server certificate trust of a source or target: what a person confirmed (trusted) and
// what the server presented last (seen). The rules about it live here, once, for sources and
// targets, ferry and ferryctl alike.
struct CertificateTrust
{
    QString trustedPem;
    QString trustedSha256; // lowercase hex, no colons
    QString seenPem;
    QString seenSha256;

    // A pinned certificate no longer matches what the server presented, and the last check
    // (connectivityStatus, see model/source.h) did not succeed.
    bool changed(const QString &connectivityStatus) const;
    // The server presented a certificate that a person can confirm now: one never trusted, or
    // a changed one, while the status asks for a fingerprint or reports a TLS error.
    bool canTrust(const QString &connectivityStatus) const;
    // The server presented something other than the pin (or nothing is pinned yet).
    bool seenDiffers() const { return !seenSha256.isEmpty() && seenSha256 != trustedSha256; }
    // Pins `fingerprint` (colons and either case accepted): the seen PEM is kept when it is the
    // certificate with that fingerprint, else no PEM is pinned. InvalidInput, and nothing
    // changed, unless it is a SHA-256 fingerprint.
    Status trustFingerprint(const QString &fingerprint);
    // A pin as a person typed it (add, edit) in the stored form: lowercase hex without colons.
    // InvalidInput unless it is empty or a SHA-256 fingerprint.
    Status normalizePin();
    // After an edit of a source or target (`before`: as stored): the pin normalised; a new pin
    // pins the seen PEM when that is its certificate, a cleared pin no PEM, an unchanged pin
    // keeps its PEM.
    Status applyEditedPin(const CertificateTrust &before);
};

} // namespace ferry
