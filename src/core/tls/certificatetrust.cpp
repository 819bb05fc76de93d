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

} // namespace ferry
