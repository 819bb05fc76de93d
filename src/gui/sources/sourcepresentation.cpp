#include "sources/sourcepresentation.h"

#include "model/source.h"

#include <QCoreApplication>

namespace ferry::gui::sourcepresentation {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::gui::sourcepresentation)
};
} // namespace

QString statusIconName(const QString &status)
{
    if (status == connectivity::Ok)
        return QStringLiteral("status-ok");
    if (status == connectivity::ConfirmFingerprint)
        return QStringLiteral("status-warning");
    if (status == connectivity::TlsError || status == connectivity::CannotConnect
        || status == connectivity::AuthenticationError)
        return QStringLiteral("status-error");
    return QStringLiteral("status-unknown");
}

QString statusText(const Source &s)
{
    const QString &st = s.connectivityStatus;
    if (st == connectivity::TlsError && s.cert.changed(s.connectivityStatus))
        return Text::tr("TLS error: certificate changed");
    // The stored status in words of the desktop's language (ferryctl prints it as stored).
    if (st == connectivity::Ok)
        return Text::tr("OK");
    if (st == connectivity::TlsError)
        return Text::tr("TLS error");
    if (st == connectivity::ConfirmFingerprint)
        return Text::tr("Confirm TLS fingerprint");
    if (st == connectivity::CannotConnect)
        return Text::tr("Cannot connect");
    if (st == connectivity::AuthenticationError)
        return Text::tr("Authentication error");
    if (st == connectivity::Unknown)
        return Text::tr("Unknown");
    return st;
}

QString statusExplanation(const Source &s)
{
    const QString &st = s.connectivityStatus;
    if (st == connectivity::Ok)
        return Text::tr("Ferry connected and logged in.");
    if (st == connectivity::ConfirmFingerprint)
        return Text::tr(
            "The server presented a certificate that this computer does not trust. Check "
            "its fingerprint and trust it to continue; nothing was sent to the server.");
    if (s.cert.changed(s.connectivityStatus))
        return Text::tr("The server now presents another certificate than the one you trusted. "
                        "Nothing was sent. Trust the new certificate only if you know why it "
                        "changed.");
    if (st == connectivity::TlsError)
        return Text::tr("The secure connection failed.");
    if (st == connectivity::AuthenticationError)
        return Text::tr("The server refused the user name or the password. Edit the source to "
                        "correct them.");
    if (st == connectivity::CannotConnect)
        return Text::tr(
            "Ferry could not reach the server. Check the endpoint and the network, then "
            "check the connectivity again.");
    return Text::tr("Not checked yet.");
}

QString serverType(const Source &s)
{
    QString type;
    const QString kind = s.serverKind();
    if (kind == QLatin1String("vcenter"))
        type = Text::tr("vCenter Server");
    else if (kind == QLatin1String("esxi"))
        type = Text::tr("ESXi");
    else if (!s.apiType.isEmpty())
        type = s.apiType;
    else
        return Text::tr("Unknown");
    return s.apiVersion.isEmpty() ? type : Text::tr("%1 %2").arg(type, s.apiVersion);
}

} // namespace ferry::gui::sourcepresentation
