#include "tls/certificatetrust.h"

#include "model/source.h"
#include "tls/certificate.h"

namespace ferry {

bool CertificateTrust::changed(const QString &connectivityStatus) const
{
    return !trustedSha256.isEmpty() && seenDiffers() && connectivityStatus != connectivity::Ok;
}

bool CertificateTrust::canTrust(const QString &connectivityStatus) const
{
    return !seenPem.isEmpty() && seenDiffers()
        && (connectivityStatus == connectivity::ConfirmFingerprint
            || connectivityStatus == connectivity::TlsError);
}

Status CertificateTrust::trustFingerprint(const QString &fingerprint)
{
    auto fp = tls::normalizeFingerprint(fingerprint);
    if (!fp)
        return fp.error();
    trustedSha256 = *fp;
    trustedPem = seenSha256 == *fp ? seenPem : QString();
    return {};
}

Status CertificateTrust::normalizePin()
{
    if (trustedSha256.isEmpty())
        return {};
    auto fp = tls::normalizeFingerprint(trustedSha256);
    if (!fp)
        return fp.error();
    trustedSha256 = *fp;
    return {};
}

Status CertificateTrust::applyEditedPin(const CertificateTrust &before)
{
    if (Status st = normalizePin(); !st)
        return st;
    if (trustedSha256.isEmpty())
        trustedPem.clear();
    else if (trustedSha256 != before.trustedSha256)
        trustedPem = seenSha256 == trustedSha256 ? seenPem : QString();
    return {};
}

} // namespace ferry
