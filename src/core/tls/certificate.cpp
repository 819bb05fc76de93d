#include "tls/certificate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace ferry::tls {

CertificateInfo CertificateInfo::from(const QSslCertificate &cert, const QList<QSslError> &errors)
{
    CertificateInfo info;
    if (cert.isNull())
        return info;
    info.pem = QString::fromLatin1(cert.toPem());
    info.sha256 = sha256Of(cert);
    info.subject = cert.subjectDisplayName();
    info.issuer = cert.issuerDisplayName();
    info.notBefore = cert.effectiveDate().toUTC();
    info.notAfter = cert.expiryDate().toUTC();
    for (const QSslError &e : errors)
        if (!info.errors.contains(e.errorString()))
            info.errors << e.errorString();
    return info;
}

QString sha256Of(const QSslCertificate &cert)
{
    return QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex());
}

Result<QString> normalizeFingerprint(const QString &input)
{
    QString s = input.trimmed().toLower();
    s.remove(QLatin1Char(':'));
    s.remove(QLatin1Char(' '));
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex64.match(s).hasMatch())
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("tls",
                "\"%1\" is not a SHA-256 fingerprint: expected 64 hexadecimal "
                "digits, with or without colons.")
                .arg(input.trimmed()));
    return s;
}

QString colonFingerprint(const QString &sha256)
{
    QStringList pairs;
    for (int i = 0; i + 1 < sha256.size(); i += 2)
        pairs << sha256.mid(i, 2).toUpper();
    return pairs.join(QLatin1Char(':'));
}

TrustOutcome decide(const QString &pinnedSha256, const QString &presentedSha256, bool systemTrusted)
{
    if (!pinnedSha256.isEmpty())
        return pinnedSha256 == presentedSha256 ? TrustOutcome::Trusted : TrustOutcome::Changed;
    return systemTrusted ? TrustOutcome::Trusted : TrustOutcome::NeedsConfirmation;
}

} // namespace ferry::tls
