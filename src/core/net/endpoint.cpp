#include "net/endpoint.h"

#include <QCoreApplication>
#include <QUrl>

namespace ferry::net {

namespace {

// The messages keep the context they were first translated in.
struct Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(SourceService)
};

} // namespace

Result<QString> normalizeHttpsEndpoint(const QString &input, int defaultPort, bool keepDefaultPort)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return Error(Error::Code::InvalidInput, Endpoint::tr("The endpoint is empty."));
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Error(Error::Code::InvalidInput,
            Endpoint::tr("\"%1\" is not a host name, an IP address or an https URL.")
                .arg(input.trimmed()));
    if (url.scheme() != QLatin1String("https"))
        return Error(Error::Code::InvalidInput,
            Endpoint::tr("Only https endpoints are supported (got %1).").arg(url.scheme()));
    QUrl out;
    out.setScheme(QStringLiteral("https"));
    out.setHost(url.host());
    const int port = url.port(defaultPort);
    if (keepDefaultPort || port != defaultPort)
        out.setPort(port);
    return out.toString();
}

} // namespace ferry::net
