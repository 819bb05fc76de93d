#include "targets/targetpresentation.h"

#include "incus/clientcertificate.h"
#include "incus/incustypes.h"
#include "model/target.h"
#include "tls/certificate.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QUrl>

namespace ferry::gui::targetpresentation {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::gui::targetpresentation)
};
} // namespace

QString statusText(const Target &t)
{
    if (t.connectivityStatus == connectivity::TlsError && t.cert.changed(t.connectivityStatus))
        return Text::tr("TLS error: certificate changed");
    if (t.connectivityStatus == connectivity::Unknown)
        return Text::tr("Not checked yet");
    // The stored status in words of the desktop's language (ferryctl prints it as stored).
    if (t.connectivityStatus == connectivity::Ok)
        return Text::tr("OK");
    if (t.connectivityStatus == connectivity::TlsError)
        return Text::tr("TLS error");
    if (t.connectivityStatus == connectivity::ConfirmFingerprint)
        return Text::tr("Confirm TLS fingerprint");
    if (t.connectivityStatus == connectivity::CannotConnect)
        return Text::tr("Cannot connect");
    if (t.connectivityStatus == connectivity::AuthenticationError)
        return Text::tr("Authentication error");
    return t.connectivityStatus;
}

QString statusExplanation(const Target &t)
{
    const QString &st = t.connectivityStatus;
    if (st == connectivity::Ok)
        return Text::tr("Ferry and the server trust each other, and the inventory was read.");
    if (st == connectivity::ConfirmFingerprint)
        return Text::tr(
            "The server presented a certificate that Ferry does not trust yet. Compare its "
            "fingerprint with the certificate_fingerprint that \"lxc info\" or \"incus "
            "info\" shows on the server, then trust it.");
    if (t.cert.changed(t.connectivityStatus))
        return Text::tr("The server now presents another certificate than the one you trusted. "
                        "Nothing was sent. Trust the new certificate only if you know why it "
                        "changed.");
    if (st == connectivity::TlsError)
        return Text::tr("The secure connection failed.");
    if (st == connectivity::AuthenticationError && t.authType == QLatin1String("oidc"))
        return Text::tr("The OIDC sign-in of this target is missing or has expired. Sign in "
                        "again with \"ferryctl target login %1\", then check again.")
            .arg(t.name);
    if (st == connectivity::AuthenticationError)
        return Text::tr("The server does not trust Ferry's client certificate yet. Run the trust "
                        "command (the target's details show it) on the server and check again, or "
                        "redeem a new trust token with Edit.");
    if (st == connectivity::CannotConnect)
        return Text::tr("Ferry could not reach an Incus or LXD server there. Check the address and "
                        "port (8443 by default) and core.https_address, then check again.");
    return Text::tr("Not checked yet.");
}

QString serverTypeName(const QString &type)
{
    if (type == incus::ServerLxd)
        return QStringLiteral("LXD");
    if (type == incus::ServerIncus)
        return QStringLiteral("Incus");
    return type;
}

QString serverType(const Target &t)
{
    if (t.targetType.isEmpty())
        return Text::tr("Unknown");
    const QString type = serverTypeName(t.targetType);
    return t.serverVersion.isEmpty() ? type : Text::tr("%1 %2").arg(type, t.serverVersion);
}

QString authLabel(const Target &t)
{
    return t.authType == QLatin1String("oidc") ? QStringLiteral("OIDC") : QStringLiteral("TLS");
}

QString authDescription(const Target &t)
{
    return t.authType == QLatin1String("oidc") ? Text::tr("OIDC")
                                               : Text::tr("TLS client certificate");
}

QString clientFingerprint(const Target &t)
{
    if (t.clientCertPem.isEmpty())
        return {};
    auto cert = incus::parseCertificate(t.clientCertPem.toLatin1());
    return cert ? tls::sha256Of(*cert) : QString();
}

QString endpointHost(const Target &t)
{
    return QUrl(t.endpoint).host();
}

} // namespace ferry::gui::targetpresentation
