#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace ferry::tls {

// A server certificate as a person sees it before trusting it.
struct CertificateInfo
{
    QString pem;
    QString sha256; // lowercase hex, no colons
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QStringList errors; // what the system's verification said, empty when it trusted it

    bool isNull() const { return pem.isEmpty(); }
    static CertificateInfo from(const QSslCertificate &cert, const QList<QSslError> &errors = {});
};

// "BA:4F:5b..." or "ba4f5b..." -> "ba4f5b..."; an error unless it is 64 hex digits.
Result<QString> normalizeFingerprint(const QString &input);
QString sha256Of(const QSslCertificate &cert);
// "ba4f5b77..." -> "BA:4F:5B:77:..." for people who compare with other tools.
QString colonFingerprint(const QString &sha256);

// How a connection attempt ended with respect to trust.
enum class TrustOutcome {
    Trusted, // system-trusted, or the pinned certificate
    NeedsConfirmation, // not trusted and nothing pinned: show it, ask a person
    Changed, // something is pinned and the server shows another certificate
    Untrusted, // verified by certificate authority, and none issued it for the host
};

// The decision for one presented certificate. pinnedSha256 empty means nothing pinned.
// Rules: a pin must match exactly (a changed certificate is refused even if the system would
// trust the new one); without a pin, a certificate the system trusts for the host is accepted
// and any other needs confirmation.
TrustOutcome decide(
    const QString &pinnedSha256, const QString &presentedSha256, bool systemTrusted);

} // namespace ferry::tls
